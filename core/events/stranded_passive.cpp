#include "core/events/stranded_passive.h"

#include "core/events/lexicon.h"
#include "core/events/word_forms.h"

namespace chronograph::core::titles {

std::optional<std::size_t> stranded_preposition(const Doc& d, const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb)) {
    const bool last =
        c + 1 >= parse.end() || is_punctuation(lower_at(d, c + 1)) || is_quote_mark(d.tokens.tokens[c + 1].text);
    if (c > verb && d.tokens.tokens[c].upos == "ADP" && !parse.relation_is(c, "compound") && parse.children(c).empty() && last)
      return c;
  }
  return std::nullopt;
}

bool passive_subject_is_we(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto subject = parse.child(verb, "nsubj");
  return subject && (lower_at(d, *subject) == "we" || lower_at(d, *subject) == "us");
}

std::string stranded_passive(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t preposition,
                             const std::string& predicate, bool has_subject, bool plural_subject) {
  const std::string phrase = predicate + " " + lower_at(d, preposition);
  const auto aux = parse.child(verb, "aux:pass");
  const bool bare_participle = predicate == to_lower(d.tokens.tokens[verb].text);
  if (!has_subject || !aux || !bare_participle) return phrase;
  const std::string& tag = d.tokens.tokens[*aux].xpos;
  if (tag == "VBD") return (plural_subject ? "were " : "was ") + phrase;
  if (tag == "VBZ" || tag == "VBP") return (plural_subject ? "are " : "is ") + phrase;
  return phrase;
}

}  // namespace chronograph::core::titles
