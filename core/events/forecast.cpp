#include "core/events/forecast.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/events/word_forms.h"
#include "core/text/modal_verbs.h"

namespace chronograph::core {

namespace {

bool foretelling(const TokenizedText& tokens, std::size_t word, const EventLexicon& lexicon) {
  return lexicon.has_category(guess_lemma(tokens.tokens[word], lexicon), "forecast-verb");
}

bool has_class(const TokenizedText& tokens, std::size_t noun, const EventLexicon& lexicon,
               std::initializer_list<std::string_view> wanted) {
  if (tokens.tokens[noun].upos != "NOUN") return false;
  const auto& classes = lexicon.wordnet_classes(to_lower(guess_lemma(tokens.tokens[noun], lexicon)));
  return std::any_of(classes.begin(), classes.end(), [&](const std::string& c) {
    return std::find(wanted.begin(), wanted.end(), c) != wanted.end();
  });
}

// One who could act on a plan: a name, a pronoun, an institution, a person's role or title or a
// group ("Apple", "she", "the authority", "the minister", "the president", "officials"); not "temperatures", "the vote",
// "the economy".
bool may_act_on_a_plan(const TokenizedText& tokens, std::size_t noun, const EventLexicon& lexicon) {
  const Token& t = tokens.tokens[noun];
  if (t.upos == "PROPN" || t.upos == "PRON") return true;
  const std::string lower = to_lower(guess_lemma(t, lexicon));
  std::string title = lower;  // "the president": titles.txt lists "President"
  if (!title.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
  return lexicon.institution(lower) != 0 || lexicon.is_person_role(lower) || lexicon.is_group_noun(lower) ||
         lexicon.is_title(title);
}

std::optional<std::size_t> active_subject(const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb))
    if (parse.relation(c) == "nsubj") return c;
  return std::nullopt;
}

bool negated(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  const auto children = parse.children(verb);
  return std::any_of(children.begin(), children.end(), [&](std::size_t c) { return is_negator(token_lower(tokens.tokens[c])); });
}

// "predict that prices will fall" (a clause), "expect growth to slow" (an infinitive after the
// object, also when the parser hung it on the object), "temperatures are forecast to reach"
// (the passive's infinitive, of no one who acts). Not "expects to open" (the governor's own
// plan), "the regulator is expected to publish" (a body's act, as scheduled), "the bridge is
// expected to be reopened" (someone's act), nor a denied expectation
// ("is not expected to reopen until March" tells when it is due).
bool under_foretelling_verb(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                            const EventLexicon& lexicon) {
  auto governor = parse.head(verb);
  if (governor && parse.relation_is(verb, "acl") && parse.relation_is(*governor, "obj")) governor = parse.head(*governor);
  if (!governor || !foretelling(tokens, *governor, lexicon) || negated(tokens, parse, *governor)) return false;
  if (parse.relation_is(verb, "ccomp")) return true;
  // (an infinitive after the object may be hung as an adverbial clause)
  const bool xcomp = parse.relation_is(verb, "xcomp");
  if (!xcomp && !parse.relation_is(verb, "acl") && !parse.relation_is(verb, "advcl")) return false;
  if (const auto object = parse.child(*governor, "obj"); object && *object < verb) return true;
  if (!xcomp) return false;
  const auto raised = parse.child(*governor, "nsubj:pass");
  return raised && !parse.child(verb, "aux:pass") && !may_act_on_a_plan(tokens, *raised, lexicon);
}

// "the storm will bring", "inflation will rise": a future with "will" whose active subject is a
// WordNet phenomenon or process, which happens of itself ("the vote will take place", an act, is
// scheduled; "before the rains arrive at noon" keeps the timetable's modality).
bool subject_happens_of_itself(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                               const EventLexicon& lexicon) {
  const auto children = parse.children(verb);
  const bool will = std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    return parse.relation_is(c, "aux") && is_future_modal(token_lower(tokens.tokens[c]));
  });
  const auto subject = active_subject(parse, verb);
  return will && subject && has_class(tokens, *subject, lexicon, {"n.phenomenon", "n.process"});
}

}  // namespace

bool foretold(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  return under_foretelling_verb(tokens, parse, verb, lexicon) || subject_happens_of_itself(tokens, parse, verb, lexicon);
}

}  // namespace chronograph::core
