#include "core/events/called_off.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// The verb's lemma with its particle: "call off", "put off", "push back" (a particle the parser
// took for an adverb right after the verb too: "pushed back the final").
std::string phrasal_lemma(const TokenizedText& text, const ParseView& parse, std::size_t verb,
                          const EventLexicon& lexicon) {
  std::string lemma = guess_lemma(text.tokens[verb], lexicon);
  auto particle = parse.child(verb, "compound:prt");
  if (!particle && verb + 1 < parse.end() && parse.head(verb + 1) == verb && parse.relation_is(verb + 1, "advmod"))
    particle = verb + 1;
  if (particle) lemma += " " + token_lower(text.tokens[*particle]);
  return lemma;
}

// Whether the word has a child opened by "for" ("set for Tuesday").
bool has_for_phrase(const TokenizedText& text, const ParseView& parse, std::size_t i) {
  for (const auto c : parse.children(i)) {
    const auto opener = parse.child(c, "case");
    if (opener && token_lower(text.tokens[*opener]) == "for") return true;
  }
  return false;
}

// Whether a word names a day, a month or a year: "Tuesday", "March", "Sept.", "2025".
bool calendar_word(const std::string& lower) {
  static const std::set<std::string, std::less<>> kNames = {
      "monday",  "tuesday", "wednesday", "thursday", "friday",   "saturday", "sunday",   "january", "february",
      "march",   "april",   "may",       "june",     "july",     "august",   "september", "october", "november",
      "december", "jan.",   "feb.",      "mar.",     "apr.",     "jun.",     "jul.",     "aug.",    "sep.",
      "sept.",   "oct.",    "nov.",      "dec."};
  const bool year = lower.size() == 4 && std::all_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; });
  return year || kNames.contains(lower);
}

}  // namespace

bool dated_by_its_modifier(const TokenizedText& text, const ParseView& parse, std::size_t noun) {
  for (const auto c : parse.children(noun)) {
    if (c > noun) continue;
    if (calendar_word(token_lower(text.tokens[c]))) return true;
    for (const auto g : parse.children(c))  // "March" under "28"
      if (g < noun && calendar_word(token_lower(text.tokens[g]))) return true;
  }
  return false;
}

CallOff verb_calls_off(const TokenizedText& text, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  if (!text.tokens[verb].xpos.starts_with("VB")) return CallOff::None;
  // ("cancelled again": an adverb taken for a particle leaves the verb's own lemma to say)
  for (const std::string& lemma : {phrasal_lemma(text, parse, verb, lexicon), guess_lemma(text.tokens[verb], lexicon)}) {
    if (lexicon.has_category(lemma, "cancels")) return CallOff::Cancelled;
    if (lexicon.has_category(lemma, "puts-off")) return CallOff::PutOff;
  }
  return CallOff::None;
}

CallOff called_off(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  // ("cancelled the concert and the parade": a conjunct shares the first noun's verb)
  if (const auto first = parse.head(noun); first && parse.relation_is(noun, "conj") && *first < noun) noun = *first;
  const auto verb = parse.head(noun);
  if (!verb || !(parse.relation_is(noun, "obj") || parse.relation(noun) == "nsubj:pass")) return CallOff::None;
  return verb_calls_off(text, parse, *verb, lexicon);
}

std::optional<std::size_t> scheduled_noun(const TokenizedText& text, const ParseView& parse, std::size_t i,
                                          const EventLexicon& lexicon) {
  const auto noun = parse.head(i);
  if (!noun || *noun > i || !(parse.relation_is(i, "acl") || parse.relation_is(i, "amod"))) return std::nullopt;
  if (!text.tokens[*noun].xpos.starts_with("NN") || parse.child(i, "nsubj")) return std::nullopt;
  const std::string lemma = guess_lemma(text.tokens[i], lexicon);
  if (lexicon.has_category(lemma, "schedules")) return noun;
  if (lexicon.has_category(lemma, "schedules-for") && has_for_phrase(text, parse, i)) return noun;
  return std::nullopt;
}

}  // namespace chronograph::core
