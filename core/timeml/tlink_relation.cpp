#include "core/timeml/tlink_relation.h"

#include <array>
#include <utility>

namespace chronograph::core {
namespace {

constexpr std::array<std::pair<TlinkRelation, std::string_view>, 14> kNames{{
    {TlinkRelation::Before, "BEFORE"},
    {TlinkRelation::After, "AFTER"},
    {TlinkRelation::IBefore, "IBEFORE"},
    {TlinkRelation::IAfter, "IAFTER"},
    {TlinkRelation::Begins, "BEGINS"},
    {TlinkRelation::BegunBy, "BEGUN_BY"},
    {TlinkRelation::Ends, "ENDS"},
    {TlinkRelation::EndedBy, "ENDED_BY"},
    {TlinkRelation::Includes, "INCLUDES"},
    {TlinkRelation::IsIncluded, "IS_INCLUDED"},
    {TlinkRelation::Simultaneous, "SIMULTANEOUS"},
    {TlinkRelation::Identity, "IDENTITY"},
    {TlinkRelation::During, "DURING"},
    {TlinkRelation::DuringInv, "DURING_INV"},
}};

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (upper(a[i]) != upper(b[i])) return false;
  return true;
}

}  // namespace

std::string_view to_string(TlinkRelation relation) {
  for (const auto& [value, name] : kNames)
    if (value == relation) return name;
  return "?";
}

std::optional<TlinkRelation> parse_tlink_relation(std::string_view rel_type) {
  for (const auto& [value, name] : kNames)
    if (equal_ignoring_case(rel_type, name)) return value;
  return std::nullopt;
}

std::string known_tlink_relations() {
  std::string out;
  for (const auto& [value, name] : kNames) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

TlinkRelation scored_as(TlinkRelation relation) {
  switch (relation) {
    case TlinkRelation::Identity:
    case TlinkRelation::During:
    case TlinkRelation::DuringInv:
      return TlinkRelation::Simultaneous;
    default:
      return relation;
  }
}

TlinkRelation converse(TlinkRelation relation) {
  switch (relation) {
    case TlinkRelation::Before: return TlinkRelation::After;
    case TlinkRelation::After: return TlinkRelation::Before;
    case TlinkRelation::IBefore: return TlinkRelation::IAfter;
    case TlinkRelation::IAfter: return TlinkRelation::IBefore;
    case TlinkRelation::Begins: return TlinkRelation::BegunBy;
    case TlinkRelation::BegunBy: return TlinkRelation::Begins;
    case TlinkRelation::Ends: return TlinkRelation::EndedBy;
    case TlinkRelation::EndedBy: return TlinkRelation::Ends;
    case TlinkRelation::Includes: return TlinkRelation::IsIncluded;
    case TlinkRelation::IsIncluded: return TlinkRelation::Includes;
    case TlinkRelation::During: return TlinkRelation::DuringInv;
    case TlinkRelation::DuringInv: return TlinkRelation::During;
    default: return relation;  // simultaneous, identity
  }
}

TlinkRelation inverse(TlinkRelation relation) { return converse(scored_as(relation)); }

}  // namespace chronograph::core
