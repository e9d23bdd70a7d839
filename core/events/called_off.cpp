#include "core/events/called_off.h"

#include <set>
#include <string>
#include <vector>

#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"
#include "core/text/modal_verbs.h"

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

// Whether a word names a day, a month or a year: "Tuesday", "March", "Sept.", "2025".
bool calendar_word(std::string_view lower) {
  if (lower.ends_with('.')) lower.remove_suffix(1);
  return is_day_word(lower) || is_month_word(lower) || is_year_word(lower);
}

// Whether the phrase headed by `word` names a point in time: a day, a month, a year, a clock time
// or a single coming period ("Tuesday", "March 3", "9 a.m.", "next week"), not a length ("for
// months", "for years").
bool names_a_time(const TokenizedText& text, const ParseView& parse, std::size_t word) {
  static const std::set<std::string, std::less<>> kParts = {"weekend", "spring",  "summer",    "autumn", "fall",
                                                            "winter",  "morning", "afternoon", "evening"};
  const Token& t = text.tokens[word];
  const std::string w = token_lower(t);
  // (a period said once: "next week", not "months")
  const bool period = (is_time_unit(w) || is_period_noun(w) || kParts.contains(w)) && !w.ends_with('s');
  if (calendar_word(w) || t.upos == "NUM" || period) return true;
  for (const auto c : parse.children(word))
    if (calendar_word(token_lower(text.tokens[c])) || text.tokens[c].upos == "NUM") return true;
  // ("the end of the month", "the first day of March": a part of a time is a time)
  for (const auto c : parse.children(word))
    if (parse.relation_is(c, "nmod") && c > word && names_a_time(text, parse, c)) return true;
  return false;
}

// Whether the scheduling word has the time it schedules for: "for Tuesday", "on March 3"; for
// "due" any time ("due next week").
bool schedules_a_time(const TokenizedText& text, const ParseView& parse, std::size_t i, std::size_t noun, bool due) {
  // (the parser may hang the time on the noun: "the strike planned [for next week]")
  std::vector<std::size_t> phrases = parse.children(i);
  for (const auto c : parse.children(noun))
    if (c > i) phrases.push_back(c);
  for (const auto c : phrases) {
    if (!parse.relation_is(c, "obl") && !parse.relation_is(c, "nmod")) continue;
    const auto opener = parse.child(c, "case");
    const std::string word = opener ? token_lower(text.tokens[*opener]) : std::string();
    if ((due || word == "for" || word == "on") && names_a_time(text, parse, c)) return true;
  }
  return false;
}

// The thing a verb calls off or puts off can only be an event: "the strike", "the summit",
// "the concert" (WordNet's eventive senses too), not "the passengers".
bool names_an_event(const Token& t, const EventLexicon& lexicon) {
  if (eventive_noun(t, lexicon)) return true;
  for (const auto& c : lexicon.wordnet_classes(guess_lemma(t, lexicon)))
    if (c == "n.eventive-sense" || c == "n.communication") return true;
  return false;
}

// Whether the verb's own group says the calling off did not (or may not) happen: "did not call
// off", "may call off", "threatened to call off".
bool not_told_as_done(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb)) {
    const std::string w = token_lower(text.tokens[c]);
    if (is_negator(w) || (parse.relation_is(c, "aux") && is_modal(w))) return true;
    if (parse.relation_is(c, "mark") && w == "to") return true;
  }
  return false;
}

// Whether a word is a unit of time counted ("three days", "a week", "three-week", "40-day").
bool counted_time_unit(const TokenizedText& text, const ParseView& parse, std::size_t word) {
  const std::string w = token_lower(text.tokens[word]);
  if (!is_time_unit(after_last_hyphen(w))) return false;
  return w.find('-') != std::string::npos || parse.child(word, "nummod") || parse.child(word, "det");
}

// Whether the text says the thing called off had been going on: stopped "after three days" or
// "after finding no survivors" (not "after violence erupted", a reason), or a run that lasted
// ("their three-week hunger strike", "the long-running show"). Calling that off ends it; it
// happened.
bool had_been_going_on(const TokenizedText& text, const ParseView& parse, std::size_t verb, std::size_t noun) {
  for (const auto c : parse.children(verb)) {
    const auto opener = parse.child(c, "case") ? parse.child(c, "case") : parse.child(c, "mark");
    if (!opener || token_lower(text.tokens[*opener]) != "after") continue;
    if (parse.relation_is(c, "obl") && counted_time_unit(text, parse, c)) return true;
    if (parse.relation_is(c, "advcl") && text.tokens[c].xpos == "VBG") return true;
  }
  // (a strike "planned for Monday" is to come, however long)
  if (parse.child(noun, "acl")) return false;
  for (const auto c : parse.children(noun))
    if (c < noun && counted_time_unit(text, parse, c)) return true;
  std::string before;  // the words right before the noun, hyphens joined: "long-running"
  for (std::size_t k = noun > parse.begin() + 3 ? noun - 3 : parse.begin(); k < noun; ++k)
    before += token_lower(text.tokens[k]);
  return before.find("long-running") != std::string::npos || before.find("ongoing") != std::string::npos;
}

// "Bids for the company's assets are due Feb. 28", parsed with no copula under "due": the words
// say it where the parse does not. A form of "be" right before "due" and a date right after (or
// after its "by"/"on"), the subject the noun that ends the words before "be" up to their first
// preposition ("Bids", not "assets"), from the clause's start (the sentence's, or a comma's).
// "an election, which is not due until the spring of 2015": "not ... until" gives the time it is
// due, and a relative "which" stands for the noun before its comma.
std::optional<std::size_t> due_subject_by_words(const TokenizedText& text, const ParseView& parse, std::size_t i) {
  static const std::set<std::string, std::less<>> kBe = {"is", "are", "was", "were", "be"};
  if (i < parse.begin() + 2 || i + 1 >= parse.end()) return std::nullopt;
  std::size_t be = i - 1;
  const bool negated = is_negator(token_lower(text.tokens[be]));
  if (negated) --be;
  if (be <= parse.begin() || !kBe.contains(token_lower(text.tokens[be]))) return std::nullopt;
  std::size_t when = i + 1;
  const std::string next = token_lower(text.tokens[when]);
  if ((next == "by" || next == "on" || (negated && next == "until")) && when + 1 < parse.end()) ++when;
  if (token_lower(text.tokens[when]) == "the" && when + 1 < parse.end()) ++when;
  if (!calendar_word(token_lower(text.tokens[when])) && !names_a_time(text, parse, when)) return std::nullopt;
  std::size_t start = be;
  while (start > parse.begin() && !is_punctuation(text.tokens[start - 1].text) && text.tokens[start - 1].upos != "CCONJ") --start;
  std::size_t end = be;
  for (std::size_t k = start; k < end; ++k)
    if (text.tokens[k].upos == "ADP" && text.tokens[k].xpos != "POS") end = k;
  for (std::size_t k = end; k > start;)
    if (text.tokens[--k].upos == "NOUN") return k;
  const bool relative = end == start + 1 && token_lower(text.tokens[start]) == "which";
  if (relative && start >= parse.begin() + 2 && text.tokens[start - 2].upos == "NOUN") return start - 2;
  return std::nullopt;
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

CallOff verb_calls_off(const TokenizedText& text, const ParseView& parse, std::size_t verb,
                       const EventLexicon& lexicon) {
  if (!text.tokens[verb].xpos.starts_with("VB")) return CallOff::None;
  // ("cancelled again": an adverb taken for a particle leaves the verb's own lemma to say)
  for (const std::string& lemma :
       {phrasal_lemma(text, parse, verb, lexicon), guess_lemma(text.tokens[verb], lexicon)}) {
    if (lexicon.has_category(lemma, "cancels")) return CallOff::Cancelled;
    if (lexicon.has_category(lemma, "puts-off")) return CallOff::PutOff;
  }
  return CallOff::None;
}

CallOff called_off(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  // ("cancelled the concert and the parade": a conjunct shares the first noun's verb)
  if (const auto first = parse.head(noun); first && parse.relation_is(noun, "conj") && *first < noun) noun = *first;
  const auto verb = parse.head(noun);
  // ("froze hiring", "suspended drilling": a gerund the parser makes the verb's complement is its object)
  const bool gerund_object = parse.relation(noun) == "xcomp" && text.tokens[noun].xpos == "VBG";
  if (!verb || !(parse.relation(noun) == "obj" || parse.relation(noun) == "nsubj:pass" || gerund_object)) return CallOff::None;
  // (a gerund names an act whatever WordNet files its noun under: "froze recruiting")
  if ((!gerund_object && !names_an_event(text.tokens[noun], lexicon)) || not_told_as_done(text, parse, *verb))
    return CallOff::None;
  const CallOff what = verb_calls_off(text, parse, *verb, lexicon);
  if (what == CallOff::Cancelled && had_been_going_on(text, parse, *verb, noun)) return CallOff::None;
  return what;
}

std::optional<std::size_t> scheduled_noun(const TokenizedText& text, const ParseView& parse, std::size_t i,
                                          const EventLexicon& lexicon) {
  const auto noun = parse.head(i);
  if (!noun || *noun > i || !(parse.relation_is(i, "acl") || parse.relation_is(i, "amod"))) return std::nullopt;
  // ("a session that had been scheduled for Saturday": a relative clause's subject is its noun)
  const auto subject = parse.child(i, "nsubj");
  const bool relative_subject = subject && (text.tokens[*subject].xpos == "WDT" || text.tokens[*subject].xpos == "WP");
  if (!text.tokens[*noun].xpos.starts_with("NN") || (subject && !relative_subject)) return std::nullopt;
  const std::string lemma = guess_lemma(text.tokens[i], lexicon);
  if (!lexicon.has_category(lemma, "schedules") || !names_an_event(text.tokens[*noun], lexicon)) return std::nullopt;
  return schedules_a_time(text, parse, i, *noun, lemma == "due") ? noun : std::nullopt;
}

std::optional<std::size_t> due_subject(const TokenizedText& text, const ParseView& parse, std::size_t i) {
  if (token_lower(text.tokens[i]) != "due") return std::nullopt;
  if (!parse.child(i, "cop")) return due_subject_by_words(text, parse, i);
  const auto noun = parse.child(i, "nsubj");
  // (whatever is due is to be done or delivered: "the report", "the rent", "the ruling")
  if (!noun || text.tokens[*noun].upos != "NOUN") return std::nullopt;
  return schedules_a_time(text, parse, i, *noun, true) ? noun : std::nullopt;
}

std::optional<std::size_t> scheduled_object(const TokenizedText& text, const ParseView& parse, std::size_t verb,
                                            const EventLexicon& lexicon) {
  const auto noun = parse.child(verb, "obj");
  if (!noun || text.tokens[verb].upos != "VERB" || text.tokens[*noun].upos != "NOUN") return std::nullopt;
  if (!lexicon.has_category(guess_lemma(text.tokens[verb], lexicon), "schedules")) return std::nullopt;
  // ("set sentencing for March 20": a noun in "-ing" names the act of its verb)
  const bool act = names_an_event(text.tokens[*noun], lexicon) || token_lower(text.tokens[*noun]).ends_with("ing");
  return act && schedules_a_time(text, parse, verb, *noun, false) ? noun : std::nullopt;
}

}  // namespace chronograph::core
