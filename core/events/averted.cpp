#include "core/events/averted.h"

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// Whether the averting is denied: its own "not" ("did not avoid"), or a governor that denies
// it ("failed to prevent", "refused to avoid").
bool averting_denied(const TokenizedText& text, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  for (const auto c : parse.children(verb))
    if (is_negator(token_lower(text.tokens[c]))) return true;
  const auto governor = parse.relation_is(verb, "xcomp") ? parse.head(verb) : std::nullopt;
  return governor && lexicon.has_category(guess_lemma(text.tokens[*governor], lexicon), "neg-governor");
}

}  // namespace

bool averted(const TokenizedText& text, const ParseView& parse, std::size_t event, const EventLexicon& lexicon) {
  if (const auto first = parse.head(event); first && parse.relation_is(event, "conj") && *first < event) event = *first;
  const auto verb = parse.head(event);
  const bool gerund = text.tokens[event].xpos == "VBG" && (parse.relation_is(event, "xcomp") || parse.relation_is(event, "ccomp"));
  if (!verb || !(parse.relation_is(event, "obj") || gerund) || !text.tokens[*verb].xpos.starts_with("VB")) return false;
  return lexicon.has_category(guess_lemma(text.tokens[*verb], lexicon), "averts") &&
         !averting_denied(text, parse, *verb, lexicon);
}

}  // namespace chronograph::core
