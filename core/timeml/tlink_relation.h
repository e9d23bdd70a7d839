// The TimeML 1.2.1 TLINK relation types, and the relation TempEval-3 scores each as.
//
//   parse_tlink_relation("is_included") -> TlinkRelation::IsIncluded   (case-insensitive)
//   parse_tlink_relation("OVERLAP")     -> std::nullopt                 (not TimeML)
//   scored_as(TlinkRelation::During)    -> TlinkRelation::Simultaneous  (TempEval-3)
//   inverse(TlinkRelation::Begins)      -> TlinkRelation::BegunBy
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronograph::core {

enum class TlinkRelation {
  Before, After, IBefore, IAfter, Begins, BegunBy, Ends, EndedBy, Includes, IsIncluded,
  Simultaneous, Identity, During, DuringInv
};

// The relType spelling: "BEFORE", "IS_INCLUDED", "DURING_INV", ...
std::string_view to_string(TlinkRelation relation);

// Any TimeML relType, in any letter case; nullopt for anything else.
std::optional<TlinkRelation> parse_tlink_relation(std::string_view rel_type);

// "BEFORE, AFTER, ..." for error messages.
std::string known_tlink_relations();

// TempEval-3 scores IDENTITY, DURING and DURING_INV as SIMULTANEOUS; the others as themselves.
TlinkRelation scored_as(TlinkRelation relation);

// y R' x for x R y, keeping every TimeML relation (DURING <-> DURING_INV; SIMULTANEOUS and
// IDENTITY are their own converse).
TlinkRelation converse(TlinkRelation relation);

// y R' x for x R y; defined on the scored relations (DURING etc. map through scored_as first).
TlinkRelation inverse(TlinkRelation relation);

}  // namespace chronograph::core
