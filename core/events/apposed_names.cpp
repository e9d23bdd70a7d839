#include "core/events/apposed_names.h"

#include <string>

namespace chronograph::core::titles {

bool names_a_kind(const Doc& d, std::size_t name) {
  const int m = d.mention_at[name];
  std::size_t first = name;
  while (first > 0 && d.mention_at[first - 1] == m) --first;
  if (first == 0) return false;
  const std::string before = lower_at(d, first - 1);
  return before == "a" || before == "an";
}

std::optional<std::size_t> apposed_name(const Doc& d, const ParseView& parse, std::size_t noun, Apposed kind, int depth) {
  for (const auto c : parse.children(noun)) {
    // ("His wife, the singer Maya Torres,": a name right after the apposed noun, which the parser
    // may hang on it as a phrase with no preposition, is in apposition too)
    const bool bare_name = depth > 0 && c > noun && parse.relation_is(c, "nmod") && !parse.child(c, "case");
    if (!parse.relation_is(c, "appos") && !bare_name) continue;
    if (d.mention_at[c] < 0 && depth == 0 && d.tokens.tokens[c].upos == "NOUN")
      if (const auto inner = apposed_name(d, parse, c, kind, depth + 1)) return inner;
    if (d.mention_at[c] < 0 || names_a_kind(d, c)) continue;
    if (kind == Apposed::Any || (kind == Apposed::Person) == is_person(d, c)) return c;
  }
  return std::nullopt;
}

}  // namespace chronograph::core::titles
