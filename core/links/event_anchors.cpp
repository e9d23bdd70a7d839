#include "core/links/event_anchors.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/events/comparison_standard.h"
#include "core/events/event_phase.h"
#include "core/events/reporting_period.h"
#include "core/events/word_forms.h"
#include "core/links/narrative_continuation.h"
#include "core/syntax/object_control.h"
#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// Tokens whose span lies inside the time expression.
std::vector<std::size_t> tokens_in(const TokenizedText& tokens, Span span) {
  std::vector<std::size_t> inside;
  const auto first = std::lower_bound(tokens.tokens.begin(), tokens.tokens.end(), span.begin,
                                      [](const Token& token, std::size_t begin) { return token.span.end <= begin; });
  for (auto it = first; it != tokens.tokens.end() && it->span.begin < span.end; ++it)
    inside.push_back(static_cast<std::size_t>(it - tokens.tokens.begin()));
  return inside;
}

std::size_t absolute_head(const TokenizedText& tokens, std::size_t token) {
  const auto* sentence = sentence_containing(tokens, token);
  const int head = tokens.tokens[token].head;
  if (!sentence || head < 0) return token;
  return sentence->first_token + static_cast<std::size_t>(head);
}

// The token of the expression whose head lies outside it. Where the parse hung more than one
// outside, the one it attached as a prepositional phrase ("for fiscal 2025 fell" with "fiscal"
// on the verb: "2025", the noun the preposition opens; "for the first quarter of fiscal 2027
// rose" with "2027" the verb's subject: "quarter"), else the first.
std::size_t expression_head(const TokenizedText& tokens, const std::vector<std::size_t>& inside) {
  std::optional<std::size_t> first;
  for (const auto token : inside) {
    const std::size_t head = absolute_head(tokens, token);
    if (head != token && std::find(inside.begin(), inside.end(), head) != inside.end()) continue;
    const std::string& relation = tokens.tokens[token].deprel;
    if (relation.starts_with("obl") || relation.starts_with("nmod")) return token;
    if (!first) first = token;
  }
  return first.value_or(inside.back());
}

AnchorRelation relation_from_cue(const std::string& word) {
  if (word == "before") return AnchorRelation::Before;
  if (word == "after") return AnchorRelation::After;
  if (word == "since") return AnchorRelation::Since;
  if (word == "by" || word == "until" || word == "till" || word == "through") return AnchorRelation::OnOrBefore;
  if (word == "from") return AnchorRelation::Since;  // "from 2015" with no end said
  if (word == "no earlier than") return AnchorRelation::Since;
  if (word == "no later than") return AnchorRelation::OnOrBefore;
  return AnchorRelation::Within;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The token's word when it is one of the prepositions that place a date, else empty.
std::string preposition_word(const Token& token) {
  const std::string word = lower(token.norm.empty() ? token.text : token.norm);
  static const char* const kPrepositions[] = {"on",    "in",   "at", "during", "before",  "after",  "since",
                                              "until", "till", "through", "by", "between", "from"};
  for (const char* preposition : kPrepositions)
    if (word == preposition) return word;
  // ("notified by mail starting October 16", "beginning Monday", "effective Friday")
  if (token.upos == "ADP" && (word == "starting" || word == "beginning" || word == "effective")) return "from";
  return {};
}

// "no earlier than Saturday", "not later than June": a bound said with a comparison ending at
// token `than`; "no earlier than" or "no later than", else empty.
std::string bound_before(const TokenizedText& tokens, std::size_t than) {
  if (than < 2 || lower(tokens.tokens[than].text) != "than") return {};
  const std::string comparison = lower(tokens.tokens[than - 1].text), negation = lower(tokens.tokens[than - 2].text);
  if (negation != "no" && negation != "not") return {};
  if (comparison == "earlier" || comparison == "sooner") return "no earlier than";
  if (comparison == "later") return "no later than";
  return {};
}

// "on or before Dec. 8", "on or after Monday": the day itself is inside the bound; "by" or
// "from", else empty. Token `bound` is "before" or "after".
std::string on_or_bound(const TokenizedText& tokens, std::size_t bound) {
  if (bound < 2 || lower(tokens.tokens[bound - 1].text) != "or" || lower(tokens.tokens[bound - 2].text) != "on") return {};
  const std::string word = lower(tokens.tokens[bound].text);
  return word == "before" ? "by" : word == "after" ? "from" : std::string();
}

// The preposition in front of the expression ("on", "before", ...), if any.
// "[the rest of] the year": a part of a time takes the preposition before it. Returns the index
// of the word before that part (`before` when there is none).
std::size_t before_part_of_time(const TokenizedText& tokens, std::size_t before) {
  if (before < 3 || lower(tokens.tokens[before].text) != "of") return before;
  const std::string part = lower(tokens.tokens[before - 1].text);
  if (part != "rest" && part != "remainder" && part != "balance") return before;
  return before - (lower(tokens.tokens[before - 2].text) == "the" ? 3 : 2);
}

// "until at least 2050": the hedge between the preposition and the date is skipped. A date
// before a possessive ("a day after Tuesday's vote") takes none: the preposition is its noun's.
std::string preposition_before(const TokenizedText& tokens, const std::vector<std::size_t>& inside) {
  if (inside.empty() || inside.front() == 0) return {};
  if (inside.back() + 1 < tokens.tokens.size() && tokens.tokens[inside.back() + 1].xpos == "POS") return {};
  std::size_t before = inside.front() - 1;
  if (before >= 2 && lower(tokens.tokens[before].text) == "least" && lower(tokens.tokens[before - 1].text) == "at") before -= 2;
  before = before_part_of_time(tokens, before);
  if (const std::string bound = bound_before(tokens, before); !bound.empty()) return bound;
  if (const std::string bound = on_or_bound(tokens, before); !bound.empty()) return bound;
  return preposition_word(tokens.tokens[before]);
}

// Whether "after" or "before" at token `bound` is said close: "shortly after", "just before",
// "minutes after".
bool said_close(const TokenizedText& tokens, std::size_t bound) {
  static const std::set<std::string> kClose = {"shortly", "soon", "just", "right", "immediately", "moments", "minutes"};
  const std::string word = lower(tokens.tokens[bound].text);
  if (bound == 0 || (word != "after" && word != "before")) return false;
  return kClose.count(lower(tokens.tokens[bound - 1].text)) > 0;
}

// "shortly after 9 p.m.", "just before noon": an event close to a time of day is on its day.
bool close_to_a_time_of_day(const TokenizedText& tokens, const Timex& timex, const std::vector<std::size_t>& inside) {
  if (!timex.interval || timex.interval->precision != Precision::Instant || inside.front() < 2) return false;
  return said_close(tokens, inside.front() - 1);
}

// "reached the girl before dawn on Tuesday", "left after dusk": a part of the day has no sharp
// edge, so what happens just before or after it is still on its day (not "before 9 a.m. on
// Friday", which bounds as any clock time does).
bool beside_a_part_of_day(const Timex& timex, const std::string& preposition) {
  if (preposition != "before" && preposition != "after") return false;
  const std::string& v = timex.value;
  return v.size() == 13 && v[10] == 'T' && std::isalpha(static_cast<unsigned char>(v[11])) != 0;
}

// The first dependent of `head` (in its sentence) that `wanted` accepts, if any.
template <typename Accept>
std::optional<std::size_t> dependent(const TokenizedText& tokens, std::size_t head, Accept wanted) {
  const auto* sentence = sentence_containing(tokens, head);
  if (!sentence) return std::nullopt;
  for (std::size_t t = sentence->first_token; t < sentence->first_token + sentence->token_count; ++t)
    if (t != head && absolute_head(tokens, t) == head && wanted(tokens.tokens[t])) return t;
  return std::nullopt;
}

// "the 2021 season", "the August recess": the expression's head modifies a noun.
bool modifies_noun(const TokenizedText& tokens, std::size_t head) {
  const std::string& relation = tokens.tokens[head].deprel;
  return relation == "compound" || relation == "amod" || relation == "nummod" || relation == "nmod:unmarked";
}

// "the 2027 world tour", "the 2008 banking crisis": a noun that is only part of a compound
// whose head is an event noun names no thing of its own; the date modifies the event.
bool compound_of_an_event(const TokenizedText& tokens, std::size_t noun, const std::map<std::size_t, std::size_t>& event_at) {
  for (int steps = 0; steps < 3 && tokens.tokens[noun].deprel == "compound"; ++steps) {
    const std::size_t up = absolute_head(tokens, noun);
    if (up == noun || tokens.tokens[up].upos != "NOUN") return false;
    if (event_at.count(up)) return true;
    noun = up;
  }
  return false;
}

// "the 1953 North Sea flood": a name that is part of a compound, as the date on it is, modifies
// the compound's head noun. Returns that noun, else `name`.
std::size_t head_of_a_named_compound(const TokenizedText& tokens, std::size_t name) {
  std::size_t noun = name;
  for (int steps = 0; steps < 3 && tokens.tokens[noun].upos == "PROPN" && tokens.tokens[noun].deprel == "compound"; ++steps) {
    const std::size_t up = absolute_head(tokens, noun);
    if (up == noun || up < noun) return name;
    noun = up;
  }
  return tokens.tokens[noun].upos == "NOUN" ? noun : name;
}

// The noun the expression's head hangs on, when that noun names a thing, not an event.
std::optional<std::size_t> thing_over(const TokenizedText& tokens, std::size_t head,
                                      const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t over = absolute_head(tokens, head);
  if (over == head || event_at.count(over) || compound_of_an_event(tokens, over, event_at)) return std::nullopt;
  const std::size_t noun = head_of_a_named_compound(tokens, over);
  if (event_at.count(noun)) return std::nullopt;
  // ("since the 2019 semi-final", with "semi-final" tagged an adjective: the head of a nominal
  // phrase is a noun whatever its tag)
  const Token& t = tokens.tokens[noun];
  const bool nominal_head = t.upos == "ADJ" && (t.deprel.starts_with("obl") || t.deprel.starts_with("nmod") ||
                                                t.deprel == "obj" || t.deprel.starts_with("nsubj"));
  if (t.upos != "NOUN" && !nominal_head) return std::nullopt;
  return noun;
}

// Whether a comma, dash or other punctuation lies between tokens `from` and `to` (from < to).
bool punctuation_between(const TokenizedText& tokens, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k)
    if (tokens.tokens[k].upos == "PUNCT") return true;
  return false;
}

// "a fine for a 2021 chemical spill", "the 2022 budget was passed in March": a date that only
// modifies a noun which is no event, in a phrase no preposition of time opens, tells which
// thing it is, not when anything happened.
// (not one a comma cuts off from the noun, a fronted date the parser hung on the subject: "The
// previous winter, farmers in the valley had blocked the road")
bool names_a_thing(const TokenizedText& tokens, std::size_t head, const std::map<std::size_t, std::size_t>& event_at) {
  if (!modifies_noun(tokens, head)) return false;
  const auto noun = thing_over(tokens, head, event_at);
  return noun && *noun > head && !punctuation_between(tokens, head, *noun);
}

// "the union had warned management about it since 2021", parsed with "warned" as an adjective of
// "management" and the date on the noun: a verb with an auxiliary right before the noun it
// modifies is the clause's finite verb, and the noun its object; the date is the verb's. Returns
// that verb's token.
std::optional<std::size_t> finite_verb_read_as_modifier(const TokenizedText& tokens, std::size_t noun,
                                                        const std::map<std::size_t, std::size_t>& event_at) {
  if (noun == 0 || tokens.tokens[noun].upos != "NOUN") return std::nullopt;
  const std::size_t verb = noun - 1;
  const Token& t = tokens.tokens[verb];
  if (t.upos != "VERB" || t.deprel != "amod" || absolute_head(tokens, verb) != noun || !event_at.count(verb)) return std::nullopt;
  const auto auxiliary = dependent(tokens, verb, [](const Token& d) { return d.deprel.starts_with("aux"); });
  return auxiliary ? std::optional(verb) : std::nullopt;
}

// "Third-quarter profit fell 12%", "first-half sales rose": a quarter, half or month that
// modifies the measure a verb's subject names is the period the verb reports on: the verb's
// event, when no other date hangs on the verb ("the first-quarter loss shocked investors on
// Tuesday" is Tuesday's). None for other dates ("the 2022 budget was passed in March") and other
// nouns' roles.
bool reports_on_a_period(const Timex& timex) {
  return timex.interval && (timex.interval->precision == Precision::Quarter || timex.interval->precision == Precision::Month ||
                            timex.value.find("-H") != std::string::npos);
}

// The event of the verb whose subject is `noun`, when no time expression but t hangs on that verb.
std::optional<std::size_t> undated_subject_verb(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t t,
                                                std::size_t noun, const std::map<std::size_t, std::size_t>& event_at) {
  if (tokens.tokens[noun].deprel != "nsubj") return std::nullopt;
  const std::size_t verb = absolute_head(tokens, noun);
  for (std::size_t other = 0; other < timexes.size(); ++other) {
    const auto inside = other == t ? std::vector<std::size_t>{} : tokens_in(tokens, timexes[other].span);
    if (!inside.empty() && absolute_head(tokens, expression_head(tokens, inside)) == verb) return std::nullopt;
  }
  const auto found = event_at.find(verb);
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

std::optional<std::size_t> verb_reporting_on(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t t,
                                             std::size_t head, const std::map<std::size_t, std::size_t>& event_at) {
  const auto noun = reports_on_a_period(timexes[t]) ? thing_over(tokens, head, event_at) : std::nullopt;
  return noun ? undated_subject_verb(tokens, timexes, t, *noun, event_at) : std::nullopt;
}

// "Revenue for the quarter rose 6%", "Sales in the third quarter fell", "Profit for 2022 doubled":
// a period (a year, or a span a day closes, too) that "for" or "in" ties to a verb's subject is
// the period the verb reports on, as above (the measure may be an event noun itself, "sales", or read as a name at the
// sentence's start).
std::optional<std::size_t> verb_measured_over(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t t,
                                              std::size_t head, const std::map<std::size_t, std::size_t>& event_at) {
  const auto& interval = timexes[t].interval;
  const bool year = interval && interval->precision == Precision::Year;
  // ("Net profit for the 12 months to June 30 fell": a period a day closes)
  const bool closed_period = interval && timexes[t].type == "DURATION";
  if (tokens.tokens[head].deprel != "nmod" || !(year || closed_period || reports_on_a_period(timexes[t]))) return std::nullopt;
  const auto marker = dependent(tokens, head, [](const Token& d) { return d.deprel == "case"; });
  const std::string word = marker ? lower(tokens.tokens[*marker].text) : std::string{};
  if (word != "for" && word != "in") return std::nullopt;
  const std::size_t noun = absolute_head(tokens, head);
  if (noun == head || (tokens.tokens[noun].upos != "NOUN" && tokens.tokens[noun].upos != "PROPN")) return std::nullopt;
  return undated_subject_verb(tokens, timexes, t, noun, event_at);
}

// "before the August recess": a date that only modifies a noun which is no event takes the
// preposition of that noun's phrase. Empty when there is none.
std::string phrase_preposition(const TokenizedText& tokens, std::size_t head,
                               const std::map<std::size_t, std::size_t>& event_at) {
  auto noun = modifies_noun(tokens, head) ? thing_over(tokens, head, event_at) : std::nullopt;
  if (!noun) return {};
  // ("in the 2019 school year": the phrase of the noun the compound is part of)
  for (int steps = 0; steps < 3 && tokens.tokens[*noun].deprel == "compound"; ++steps) {
    const std::size_t up = absolute_head(tokens, *noun);
    if (up == *noun || tokens.tokens[up].upos != "NOUN") break;
    noun = up;
  }
  const auto marker = dependent(tokens, *noun, [](const Token& t) { return t.deprel == "case"; });
  const std::string word = marker && *marker < *noun ? preposition_word(tokens.tokens[*marker]) : std::string{};
  return word == "through" ? std::string{} : word;  // "entered through a 2015 tunnel": a way, not a time
}

// Whether the noun is an amount: a number, a percentage or a sum ("10 percent", "$5 million").
bool amount_word(const TokenizedText& tokens, std::size_t noun) {
  static const std::set<std::string> kAmounts = {"percent", "%",       "cent",  "cents",
                                                 "points",  "dollars", "euros", "pounds"};
  const Token& t = tokens.tokens[noun];
  if (t.upos == "NUM" || t.upos == "SYM" || kAmounts.count(lower(t.text))) return true;
  return dependent(tokens, noun, [](const Token& d) { return d.deprel == "nummod"; }).has_value();  // "by 300 jobs"
}

// The word that opens the noun's phrase when it bounds a time ("until", "by", "before", "after",
// "since"); empty for any other. "By" after a passive names the agent ("killed by a bomb on
// Monday"), no bound.
std::string bounding_marker(const TokenizedText& tokens, std::size_t noun) {
  static const std::set<std::string> kBounds = {"until", "till", "by", "before", "after", "since"};
  const auto marker = dependent(tokens, noun, [](const Token& t) { return t.deprel == "case"; });
  if (!marker || *marker > noun) return {};
  const std::string word = lower(tokens.tokens[*marker].text);
  // ("ahead of Sunday's match", "prior to the vote on Monday": before it)
  const std::string before = *marker > 0 ? lower(tokens.tokens[*marker - 1].text) : std::string{};
  if ((word == "of" && before == "ahead") || (word == "to" && before == "prior")) return "before";
  // ("testify before a committee on Monday": a body one stands in front of, no time)
  const Token& t = tokens.tokens[noun];
  if (word == "before" && is_audience_body(lower(t.lemma.empty() ? t.text : t.lemma))) return {};
  // ("jumped by 10 percent on Tuesday": "by" before an amount measures, it bounds no time)
  if (word == "by" && amount_word(tokens, noun)) return {};
  if (word == "by") {
    const std::size_t verb = absolute_head(tokens, noun);
    const auto passive_word = [](const Token& t) { return t.deprel == "aux:pass" || t.deprel == "nsubj:pass"; };
    const bool passive = dependent(tokens, verb, passive_word).has_value();
    if (tokens.tokens[noun].deprel == "obl:agent" || passive) return {};
  }
  return kBounds.count(word) ? word : std::string{};
}

// "by the deadline on Friday", "by the end of the session in June": a noun "by" opens that is a
// time, unlike "a lawsuit by a rival contractor on Monday", whose "by" names who.
bool is_time_noun(const Token& noun) {
  static const std::set<std::string> kTimes = {"end", "deadline", "close", "start", "beginning", "time", "opening"};
  const std::string word = lower(noun.lemma.empty() ? noun.text : noun.lemma);
  return kTimes.count(word) > 0 || is_time_unit(word) || is_period_noun(word);
}

// "output held at the previous year's level", "last year's budget was cut in March": a period
// whose possessive names a thing (no event, and no time such as "next week's deadline") tells
// which thing it is, not when anything happened. (A day's is an occasion the model may have
// missed: "queued for Saturday's concert".)
bool possessor_of_a_thing(const TokenizedText& tokens, const Timex& timex, std::size_t head,
                          const std::map<std::size_t, std::size_t>& event_at) {
  const bool day = !timex.interval || timex.interval->precision == Precision::Day || timex.interval->precision == Precision::Instant;
  if (day || tokens.tokens[head].deprel != "nmod:poss") return false;
  const auto noun = thing_over(tokens, head, event_at);
  return noun && !is_time_noun(tokens.tokens[*noun]);
}

// The first word of the time expression holding token `head` when a preposition does not open it
// ("a week ago", "last month"); none when one does or no expression holds the token.
std::optional<std::size_t> first_word_of_bare_date(const TokenizedText& tokens, const std::vector<Timex>& timexes,
                                                   std::size_t head) {
  const Span at = tokens.tokens[head].span;
  for (const auto& timex : timexes) {
    if (!(timex.span.begin < at.end && at.begin < timex.span.end)) continue;
    const auto words = tokens_in(tokens, timex.span);
    if (words.empty() || words.front() == 0 || tokens.tokens[words.front() - 1].upos == "ADP") return std::nullopt;
    return words.front();
  }
  return std::nullopt;
}

// "have not seen a storm like this since Harvey in 2017": a date right after a short noun
// phrase that "since", "until" or "till" opens, and that names no event, bounds as that word
// says, wherever the parser hung the two phrases ("its highest level since 1982 in March" is no such phrase: a
// date opens it). Empty when there is no such phrase.
std::string bound_of_phrase_before(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t head,
                                   const std::map<std::size_t, std::size_t>& event_at) {
  constexpr std::size_t kMaxPhrase = 4;  // words between the bounding word and the date's preposition
  auto marker = dependent(tokens, head, [](const Token& t) { return t.deprel == "case"; });
  // ("since the third stage a week ago": a date no preposition opens goes on the phrase before it)
  if (!marker) marker = first_word_of_bare_date(tokens, timexes, head);
  if (!marker || *marker > head) return {};
  // (only bounds that keep the date's own side: "after Hurricane Ian in 2022" is after Ian, some
  // time in 2022, not after 2022)
  static const std::set<std::string> kOpenEnded = {"until", "till", "since"};
  // (and any bound before a time noun: "by the deadline on Monday", "before the close on Friday")
  static const std::set<std::string> kPointBounds = {"by", "before", "after"};
  bool time_noun = false;
  std::size_t allowed = kMaxPhrase;
  for (std::size_t k = *marker, words = 0; k-- > 0 && words <= allowed; ++words) {
    const Token& t = tokens.tokens[k];
    // ("until the end of the season in May": the time noun's "of" phrase is part of it)
    if (lower(t.text) == "of" && t.deprel == "case" && k > 1 && is_time_noun(tokens.tokens[k - 1])) {
      allowed += 2;
      continue;
    }
    // (a "since" the parser made the mark of a verbless clause around the date is one too; a
    // clause's own "since Beijing in January lifted the sanctions" is not)
    const bool opens = t.deprel == "case" || (t.deprel == "mark" && absolute_head(tokens, k) == head);
    const std::string word = lower(t.text);
    // ("since the third stage in Lyon a week ago": a place's own "in" is part of the phrase)
    if (opens && !kOpenEnded.count(word) && k + 1 < tokens.tokens.size() && tokens.tokens[k + 1].upos == "PROPN" &&
        absolute_head(tokens, k) == k + 1) {
      ++allowed;
      continue;
    }
    if (opens && (kOpenEnded.count(word) || (time_noun && kPointBounds.count(word))))
      return words > 0 ? word : std::string{};
    // ("by the close on Friday", with "close" tagged an adjective: a determiner's word is a noun)
    const bool noun = t.upos == "NOUN" || (k > 0 && tokens.tokens[k - 1].upos == "DET");
    time_noun = time_noun || (noun && is_time_noun(t));
    const bool nominal = t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "DET" || t.upos == "ADJ" || t.upos == "NUM";
    const auto holds = [&](const Timex& x) { return x.span.begin < t.span.end && t.span.begin < x.span.end; };
    if (!nominal || event_at.count(k) || std::any_of(timexes.begin(), timexes.end(), holds)) return {};
  }
  return {};
}

// "ran them until her retirement in 1931", with the date hung on the verb: the event noun right
// before the date's own "in" or "on", in a phrase that "until", "till" or "since" opens, is dated
// by it and bounds the verb as that word says. The noun's token and the word; none when there
// is no such noun.
std::optional<std::pair<std::size_t, std::string>> event_noun_bounding_before(
    const TokenizedText& tokens, std::size_t first, const std::map<std::size_t, std::size_t>& event_at) {
  static const std::set<std::string> kOpenEnded = {"until", "till", "since"};
  const auto* sentence = sentence_containing(tokens, first);
  if (!sentence || first < sentence->first_token + 3) return std::nullopt;
  const std::string own = lower(tokens.tokens[first - 1].text);
  const std::size_t noun = first - 2;
  if ((own != "in" && own != "on") || tokens.tokens[noun].upos != "NOUN" || !event_at.count(noun)) return std::nullopt;
  if (absolute_head(tokens, first) == noun) return std::nullopt;  // (the parse already gives the noun its date)
  const auto marker = dependent(tokens, noun, [](const Token& t) { return t.deprel == "case"; });
  if (!marker || *marker > noun || !kOpenEnded.count(lower(tokens.tokens[*marker].text))) return std::nullopt;
  return std::pair{noun, lower(tokens.tokens[*marker].text)};
}

// "held the post until her retirement in 1998": a date in a noun that is no event, whose phrase
// "until", "by", "before", "after" or "since" opens, bounds the verb as that word says. Empty
// when the date has a bounding word of its own, or there is none.
std::string bounding_noun_preposition(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t head,
                                      const std::string& preposition, const std::map<std::size_t, std::size_t>& event_at) {
  if (!preposition.empty() && preposition != "in" && preposition != "on") return {};
  const auto noun = tokens.tokens[head].deprel.starts_with("nmod") ? thing_over(tokens, head, event_at) : std::nullopt;
  const std::string bound = noun ? bounding_marker(tokens, *noun) : std::string{};
  if (noun && bound == "by" && !event_at.count(*noun) && !is_time_noun(tokens.tokens[*noun])) return {};  // (an agent)
  return bound.empty() ? bound_of_phrase_before(tokens, timexes, head, event_at) : bound;
}

// Whether the token is a superlative or carries one ("the largest since 2019", "its highest
// level since 1982", "the first time since 2010").
bool superlative(const TokenizedText& tokens, std::size_t token) {
  const auto is_superlative = [&](const Token& t) {
    const std::string word = lower(t.text);
    // ("led in most polls since March": "most" without "the" counts, it compares nothing)
    const std::size_t at = static_cast<std::size_t>(&t - tokens.tokens.data());
    if (word == "most" && (at == 0 || lower(tokens.tokens[at - 1].text) != "the")) return false;
    return t.xpos == "JJS" || t.xpos == "RBS" || word == "first" || word == "last" || word == "only";
  };
  if (is_superlative(tokens.tokens[token])) return true;
  // (an adjective "the most" or "the least" grades: "the most serious collision")
  const auto graded = [&](const Token& t) {
    const std::size_t at = static_cast<std::size_t>(&t - tokens.tokens.data());
    return dependent(tokens, at, [&](const Token& d) { return d.deprel == "advmod" && is_superlative(d); }).has_value();
  };
  return dependent(tokens, token, [&](const Token& t) { return t.deprel == "amod" && (is_superlative(t) || graded(t)); })
      .has_value();
}

// Whether the token is an amount ("$", a number, "percent", "per cent") a comparison starts
// from ("from", "than", "with" hang on it).
bool amount_compared_from(const TokenizedText& tokens, std::size_t amount) {
  const Token& a = tokens.tokens[amount];
  const std::string word = lower(a.text);
  if (!(a.upos == "SYM" || a.upos == "NUM" || word == "percent" || word == "cent" || word == "%")) return false;
  return dependent(tokens, amount, [](const Token& t) {
           const std::string w = lower(t.text);
           return t.deprel == "case" && (w == "from" || w == "than" || w == "with");
         }).has_value();
}

// Where an amount ("38 percent", "$1.1 billion", "17 billion dollars") that ends right before
// token `end` begins; nullopt when the words there are no amount (or, needs_unit, a bare
// number, which may be a year: "for the first time since 2019 on Wednesday").
std::optional<std::size_t> amount_ending_at(const TokenizedText& tokens, std::size_t end, bool needs_unit = false) {
  static constexpr std::string_view kAmountWords[] = {"percent",  "per",      "cent", "%", "billion", "million",
                                                      "trillion", "thousand", "bn",   "m", "points"};
  constexpr std::size_t kMaxAmountWords = 5;
  std::size_t k = end;
  bool number = false, unit = false;
  while (k > 0 && end - k < kMaxAmountWords) {
    const Token& t = tokens.tokens[k - 1];
    const std::string w = lower(t.text);
    // (a unit of time counts a stretch, no amount: "strike for 48 hours from Tuesday")
    const bool unit_after_number = t.upos == "NOUN" && k >= 2 && tokens.tokens[k - 2].upos == "NUM" && !is_time_unit(w);
    const bool amount_word = std::find(std::begin(kAmountWords), std::end(kAmountWords), w) != std::end(kAmountWords);
    if (!(t.upos == "NUM" || t.upos == "SYM" || amount_word || unit_after_number)) break;
    number = number || t.upos == "NUM";
    unit = unit || t.upos == "SYM" || amount_word || unit_after_number;
    --k;
  }
  if (!number || k == end || (needs_unit && !unit)) return std::nullopt;
  return k;
}

// Whether the words right before token `first` are an amount that a comparison opens ("than",
// "with", "against", and "from" after "up", "down" or a comma), whatever the parse.
bool after_amount_opened_by_comparison(const TokenizedText& tokens, std::size_t first) {
  const auto amount = amount_ending_at(tokens, first);
  if (!amount || *amount == 0) return false;
  const std::size_t k = *amount;
  const std::string opener = lower(tokens.tokens[k - 1].text);
  if (opener == "than" || opener == "with" || opener == "against") return true;
  // ("up from", ", from", "to $410 million from": not "rose from 4.1 percent in January to 6
  // percent", a span)
  const std::string before = k >= 2 ? lower(tokens.tokens[k - 2].text) : std::string();
  const bool after_new_amount = k >= 2 && amount_ending_at(tokens, k - 1).has_value();
  return opener == "from" && (before == "up" || before == "down" || before == "," || after_new_amount);
}

// A word of a phrase naming a period a date falls in ("the same period", "the year-earlier quarter").
bool is_period_word(const Token& t) {
  static const std::set<std::string> kPeriods = {"period", "quarter", "half", "month", "week", "months", "weeks"};
  return t.upos == "DET" || t.upos == "ADJ" || kPeriods.count(lower(t.text));
}

// "up from 3.6 per cent three weeks ago", parsed with the date on the verb: a date right after
// the amount a comparison starts from (its "in" may come between) says when that amount held.
bool right_after_a_baseline(const TokenizedText& tokens, std::size_t first) {
  if (first == 0) return false;
  std::size_t last = first - 1;
  // ("from $780 million in the same period last year": the period the date names may come between)
  for (int words = 0; words < 4 && last > 0 && is_period_word(tokens.tokens[last]); ++words) --last;
  const Token& t = tokens.tokens[last];
  // ("up from 38 percent in 2019": the date's own preposition may come between)
  const std::string word = lower(t.text);
  if (word == "in" || word == "during" || word == "at") return after_amount_opened_by_comparison(tokens, last);
  // ("rose 4 percent from a year earlier": a time compared with; not "jumped 10 percent on Tuesday")
  if (word == "from" || word == "than") return amount_ending_at(tokens, last, true).has_value();
  if (t.upos == "ADP" || t.upos == "PUNCT") return false;
  if (amount_compared_from(tokens, last) || after_amount_opened_by_comparison(tokens, first)) return true;
  // (or the amount's head just before it: "from $1.1 billion" has "$" for its head)
  const std::size_t head = absolute_head(tokens, last);
  return head < last && head + 3 > last && amount_compared_from(tokens, head);
}

// "rose to $2.4 billion, from $1.1 billion a year earlier", "up from 3.2 percent in March": a
// date that hangs on an amount a comparison starts from says when that amount held, not when
// the event happened.
bool dates_a_baseline(const TokenizedText& tokens, std::size_t head) {
  const std::size_t amount = absolute_head(tokens, head);
  return amount != head && amount_compared_from(tokens, amount);
}

// "intensifying faster than they did in the 1980s", "higher than it was in 2019": a date in a
// clause "than" opens around a stand-in verb (do, be, have) tells when the standard held, not
// when the event happened ("faster than forecast in May" dates the event: comparison_standard.h).
bool in_clause_of_comparison(const TokenizedText& tokens, std::size_t head) {
  const auto stand_in_than = [&](std::size_t node) {
    const std::string& lemma = tokens.tokens[node].lemma;
    const bool stand_in = lemma == "do" || lemma == "be" || lemma == "have" ||
                          dependent(tokens, node, [](const Token& t) { return t.deprel == "cop"; }).has_value();
    return stand_in &&
           dependent(tokens, node, [](const Token& t) { return t.deprel == "mark" && lower(t.text) == "than"; }).has_value();
  };
  return stand_in_than(head) || stand_in_than(absolute_head(tokens, head));
}

// "will try to become the first woman to defend the title since Serena Williams", wherever the
// parser hung "since": a superlative after "the" within the few words before `since`.
bool superlative_just_before(const TokenizedText& tokens, const Sentence& sentence, std::size_t since) {
  constexpr std::size_t kWindow = 8;  // words: "the first woman to defend the title since"
  for (std::size_t k = since, words = 0; k-- > sentence.first_token + 1 && words < kWindow; ++words) {
    const Token& t = tokens.tokens[k];
    if (t.upos == "PUNCT") return false;
    if (lower(tokens.tokens[k - 1].text) == "the" && (t.xpos == "JJS" || t.xpos == "RBS" || superlative(tokens, k))) return true;
  }
  return false;
}

// "The first flight since March landed on Monday", "the warmest October since 2006 ended":
// a date right after "since" that ends a noun phrase a superlative opens ("the" first ...,
// with no verb between) bounds the comparison, however the parser hung the date (here as the
// subject of "landed").
bool since_ends_superlative_phrase(const TokenizedText& tokens, std::size_t first) {
  const auto* sentence = sentence_containing(tokens, first);
  if (!sentence || first < sentence->first_token + 3 || lower(tokens.tokens[first - 1].text) != "since") return false;
  constexpr std::size_t kWindow = 5;  // words: "the first commercial passenger flight since"
  for (std::size_t k = first - 1, words = 0; k-- > sentence->first_token + 1 && words < kWindow; ++words) {
    const Token& t = tokens.tokens[k];
    if (t.upos != "ADJ" && t.upos != "NOUN" && t.upos != "PROPN" && t.upos != "ADV" && t.upos != "NUM") return false;
    if (lower(tokens.tokens[k - 1].text) == "the" && (t.xpos == "JJS" || t.xpos == "RBS" || superlative(tokens, k))) return true;
  }
  return false;
}

// "we will see queues again like in 2019", "a drought as in 2018": a date that "like" (or "as"
// with the date's own "in") opens names when the standard compared with held.
bool opened_by_like(const TokenizedText& tokens, std::size_t first) {
  const auto* sentence = sentence_containing(tokens, first);
  if (!sentence || first <= sentence->first_token) return false;
  std::size_t k = first - 1;
  const std::string word = lower(tokens.tokens[k].text);
  const bool own_preposition = (word == "in" || word == "during") && k > sentence->first_token;
  if (own_preposition) --k;
  const std::string opener = lower(tokens.tokens[k].text);
  return opener == "like" || (opener == "as" && own_preposition);
}

// "the strongest storm since Ida four years ago", "the worst result since the election in
// 2019": a date right after "since" and the words naming a thing (at most four) dates that
// thing, the standard a comparison is made with, when the phrase "since" opens hangs (within
// four steps) on a superlative. ("has cut 500 jobs since the merger in 2019" compares nothing:
// the date starts the cutting.)
bool dates_what_since_names(const TokenizedText& tokens, std::size_t first) {
  const auto* sentence = sentence_containing(tokens, first);
  if (!sentence) return false;
  for (std::size_t k = first, words = 0; k-- > sentence->first_token && words <= 4; ++words) {
    const Token& t = tokens.tokens[k];
    if (lower(t.text) == "since") {
      if (words == 0) return false;
      // (the superlative itself, one on it, or a superlative its verb takes: "rose to its
      // highest since", "fell the most since")
      const auto compared = [&](std::size_t node) {
        return superlative(tokens, node) || dependent(tokens, node, [&](const Token& d) {
                 const bool taken = d.deprel == "obj" || d.deprel.starts_with("obl") || d.deprel == "advmod";
                 return taken && superlative(tokens, static_cast<std::size_t>(&d - tokens.tokens.data()));
               }).has_value();
      };
      std::size_t current = absolute_head(tokens, k);
      for (int step = 0; step < 4; ++step) {
        if (compared(current)) return true;
        const std::size_t up = absolute_head(tokens, current);
        if (up == current) break;
        current = up;
      }
      return superlative_just_before(tokens, *sentence, k);
    }
    if (t.upos != "DET" && t.upos != "ADJ" && t.upos != "NOUN" && t.upos != "PROPN" && lower(t.text) != "in") return false;
  }
  return false;
}

// "raised 14 times from December 2021 to August 2023": a date followed by "to", "until" or
// "through" and another date (a year, or a word opening a month: "mid-November", "late
// June") opens a span, however a count or amount before it reads ("up 5 percent from 2020"
// is a baseline; "from 2020 to 2022" a period).
bool opens_a_span(const TokenizedText& tokens, std::size_t last) {
  static const std::set<std::string> kMonths = {
      "january", "february", "march", "april", "may",  "june", "july", "august", "september", "october", "november",
      "december", "jan",   "feb",   "mar",   "apr", "jun", "jul",  "aug",  "sep",    "sept",      "oct",     "nov", "dec"};
  if (last + 2 >= tokens.tokens.size()) return false;
  const std::string joint = lower(tokens.tokens[last + 1].text);
  if (joint != "to" && joint != "until" && joint != "through" && joint != "till") return false;
  std::string next = lower(tokens.tokens[last + 2].text);
  if (next == "early" || next == "late" || next == "mid") return true;
  if (next.starts_with("mid-")) next = next.substr(4);
  if (next.ends_with(".")) next.pop_back();
  const bool year = next.size() == 4 && std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; });
  return year || kMonths.count(next) > 0;
}

// "California has seen its five largest fires since 2018", "has recorded its three hottest
// summers since 2015": a perfect whose object counts several things a superlative picks out
// tells what happened in the time since the date, so the date starts the verb's event; one
// thing ("has reached its highest level since 1982") is the comparison's standard.
bool counts_events_since(const TokenizedText& tokens, std::size_t verb, std::size_t object) {
  const auto perfect = dependent(tokens, verb, [](const Token& t) { return t.deprel == "aux" && t.lemma == "have"; });
  const Token& o = tokens.tokens[object];
  const bool counted = dependent(tokens, object, [](const Token& t) { return t.deprel == "nummod"; }).has_value();
  return perfect && tokens.tokens[verb].xpos == "VBN" && o.xpos == "NNS" && counted;
}

// "The deal is the largest since 2019", "hit its highest level since 1982", "the strongest
// quake in 25 years": a "since" date or a counted time that a superlative hangs on below any
// event, or a "since" date of an event that is a superlative or of a verb whose object is one
// (or that happens "for the first time"), bounds the comparison, not an event. A day or month
// is no such bound ("led the first round on March 24").
bool bounds_a_comparison(const TokenizedText& tokens, const Timex& timex, std::size_t head, const std::string& preposition,
                         const std::map<std::size_t, std::size_t>& event_at) {
  const bool compares = preposition == "since" || timex.type == "DURATION";
  if (dates_a_baseline(tokens, head) || in_clause_of_comparison(tokens, head)) return true;
  const auto inside = tokens_in(tokens, timex.span);
  if (!inside.empty() && !opens_a_span(tokens, inside.back()) &&
      (right_after_a_baseline(tokens, inside.front()) || dates_what_since_names(tokens, inside.front()) ||
       since_ends_superlative_phrase(tokens, inside.front()) || opened_by_like(tokens, inside.front())))
    return true;
  std::size_t current = head;
  for (int step = 0; step < 4; ++step) {
    std::size_t up = absolute_head(tokens, current);
    if (up == current) return false;
    if (const auto verb = finite_verb_read_as_modifier(tokens, up, event_at)) up = *verb;
    if (event_at.count(up)) {
      if (preposition != "since") return false;
      if (superlative(tokens, up)) return true;  // "the deadliest earthquake since 1999"
      // "reached its highest level since 1982", "closed at their highest level since 2019",
      // "reached the final for the first time since 2019"
      // (not the date itself: "has risen since last month" compares nothing)
      const auto compared = dependent(tokens, up, [&](const Token& t) {
        const bool own = timex.span.begin < t.span.end && t.span.begin < timex.span.end;
        return !own && (t.deprel == "obj" || t.deprel.starts_with("obl")) &&
               superlative(tokens, static_cast<std::size_t>(&t - tokens.tokens.data()));
      });
      return compared.has_value() && !counts_events_since(tokens, up, *compared);
    }
    if (superlative(tokens, up)) return compares;
    current = up;
  }
  return false;
}

bool parsed(const TokenizedText& tokens, std::size_t token) {
  const auto* sentence = sentence_containing(tokens, token);
  if (!sentence || sentence->token_count < 2) return false;
  for (std::size_t t = sentence->first_token; t < sentence->first_token + sentence->token_count; ++t)
    if (tokens.tokens[t].head >= 0) return true;
  return false;
}

// "Born in Budapest in 1931, Varga fled Hungary after the 1956 uprising": a date the parse
// hangs on a participle that is no event, with no event above it, dates that participle's
// clause, not the nearest event.
bool dates_a_participle_clause(const TokenizedText& tokens, std::size_t head,
                               const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t up = absolute_head(tokens, head);
  const Token& verb = tokens.tokens[up];
  return up != head && verb.upos == "VERB" && (verb.xpos == "VBN" || verb.xpos == "VBG") && !event_at.count(up);
}

// "declared a dividend of 42 cents a share, payable on September 25", "issued permits, valid
// until June": a date the parse hangs on an adjective that a comma sets after a noun which is no
// event tells when that noun is so, not when the verb above it happened. (Not "an election due
// next spring", an event's time, nor "held rates unchanged for the past week", the verb's.)
bool dates_a_state_of_a_noun(const TokenizedText& tokens, std::size_t head,
                             const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t up = absolute_head(tokens, head);
  const Token& adjective = tokens.tokens[up];
  if (up == head || up == 0 || adjective.upos != "ADJ" || (adjective.deprel != "amod" && adjective.deprel != "acl")) return false;
  return tokens.tokens[up - 1].text == "," && !event_at.count(up) && !event_at.count(absolute_head(tokens, up));
}

// "on Monday and Tuesday, and queues stretched around the branches this morning", parsed with
// "queues" as a third conjunct of the dates and "stretched" as its participle: a noun conjunct
// that ", and" opens, with a past verb read as its modifier right after it, is a clause of its
// own, and that verb its predicate. Returns that verb's token.
std::optional<std::size_t> clause_verb_read_as_participle(const TokenizedText& tokens, std::size_t noun,
                                                          const std::map<std::size_t, std::size_t>& event_at) {
  if (tokens.tokens[noun].upos != "NOUN" || noun + 1 >= tokens.tokens.size()) return std::nullopt;
  const std::size_t verb = noun + 1;
  const Token& t = tokens.tokens[verb];
  const bool past = t.xpos == "VBD" || t.xpos == "VBN";
  if (t.upos != "VERB" || !past || t.deprel != "acl" || absolute_head(tokens, verb) != noun || !event_at.count(verb))
    return std::nullopt;
  const auto joint = dependent(tokens, noun, [](const Token& d) { return d.deprel == "cc"; });
  return joint && *joint > 0 && tokens.tokens[*joint - 1].text == "," ? std::optional(verb) : std::nullopt;
}

// "fled Hungary after the uprising and settled in Brazil two years later": a date after a verb
// conjoined to the one the parser hung it on belongs to that later conjunct (the last one
// before the date), as a clause's trailing adverbial does. ("suspended because of the pandemic
// and resumed in March": a parse that hung the second verb on a word of the first's phrase
// still joins the two predicates.)
std::size_t last_conjunct_before(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                 std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  if (tokens.tokens[verb].upos != "VERB" || date_token < verb) return event;
  const auto joined_to_verb = [&](std::size_t t) {
    const std::size_t head = absolute_head(tokens, t);
    return head == verb || (tokens.tokens[t].xpos != "VBG" && head != t && absolute_head(tokens, head) == verb);
  };
  std::size_t best = event;
  for (std::size_t t = verb + 1; t < date_token; ++t) {
    if (tokens.tokens[t].deprel != "conj" || !joined_to_verb(t)) continue;
    // (a noun conjunct whose finite verb the parser read as its modifier: "had failed twice, and
    // that the union had warned management about it since 2021")
    auto conjunct = tokens.tokens[t].upos == "VERB" ? std::optional(t) : finite_verb_read_as_modifier(tokens, t, event_at);
    if (!conjunct) conjunct = clause_verb_read_as_participle(tokens, t, event_at);
    if (!conjunct) continue;
    if (const auto found = event_at.find(*conjunct); found != event_at.end()) best = found->second;
  }
  return best;
}

// Whether token `t` lies in the phrase of token `top` (is it, or hangs on it through its heads).
bool in_phrase_of(const TokenizedText& tokens, std::size_t t, std::size_t top) {
  for (std::size_t step = 0; step < tokens.tokens.size(); ++step) {
    if (t == top) return true;
    const std::size_t up = absolute_head(tokens, t);
    if (up == t) return false;
    t = up;
  }
  return false;
}

// "Relations have warmed since a trade deal was signed in October 2020": a date right after the
// words of a clause "since" opens on the verb the parser hung the date on (only the date's own
// preposition between) is that clause's, which the date closes. Returns the clause's event, else
// `event`. (share_since_clause_dates then starts the verb from it.)
std::size_t closing_its_since_clause(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                     std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  if (tokens.tokens[verb].upos != "VERB" || date_token < verb) return event;
  for (std::size_t clause = verb + 1; clause < date_token; ++clause) {
    if (tokens.tokens[clause].deprel != "advcl" || absolute_head(tokens, clause) != verb) continue;
    const auto since = dependent(tokens, clause, [](const Token& d) { return d.deprel == "mark" && lower(d.text) == "since"; });
    const auto found = event_at.find(clause);
    if (!since || found == event_at.end()) continue;
    std::size_t k = clause + 1;
    while (k < date_token && in_phrase_of(tokens, k, clause)) ++k;
    if (k + 1 == date_token && tokens.tokens[k].upos == "ADP") ++k;  // the date's own "in" or "on"
    if (k == date_token) return found->second;
  }
  return event;
}

// "a helicopter joined the search two hours later", tagged with "search" a verb: an event word
// a determiner opens is a noun, the object of the verb event right before the determiner, and a
// date the parser hung on it is that verb's. Returns the verb's event, else `event`.
std::size_t verb_over_a_noun_read_as_verb(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                          const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t word = events.events[event].token;
  if (word < 2 || tokens.tokens[word].upos != "VERB" || tokens.tokens[word - 1].xpos != "DT") return event;
  const auto verb = event_at.find(word - 2);
  return verb != event_at.end() && tokens.tokens[word - 2].upos == "VERB" ? verb->second : event;
}

// Whether the verb at `verb` is in a perfect ("had claimed", "has led").
bool perfect(const TokenizedText& tokens, std::size_t verb) {
  return dependent(tokens, verb, [](const Token& d) { return d.deprel == "aux" && lower(d.lemma) == "have"; }).has_value();
}

// "reported at the weekend that she had claimed rent on the flat since April 2009", parsed with
// the date on "reported": what lasts since a date is told in a perfect, so a "since" date the
// parser hung on a verb that is in none, after a verb in a perfect, is that verb's (the last
// one before the date). Returns its event, else `event`.
std::size_t perfect_verb_since(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                               std::size_t date_token, const std::string& preposition,
                               const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  if (preposition != "since" || tokens.tokens[verb].upos != "VERB" || verb > date_token || perfect(tokens, verb)) return event;
  std::size_t best = event;
  for (std::size_t t = verb + 1; t < date_token; ++t)
    if (const auto found = event_at.find(t); found != event_at.end() && tokens.tokens[t].upos == "VERB" && perfect(tokens, t))
      best = found->second;
  return best;
}

// "is conducting a review and is expected to announce its decision by Aug. 20": a date after
// the infinitive a verb of expecting governs is the expected thing's, however the parser hung it
// (no one is expected by a date). Returns that infinitive's event, else `event`.
std::size_t expected_infinitive_before(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                       std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  if (tokens.tokens[verb].upos != "VERB" || !is_verb_of_expecting(tokens.tokens[verb].lemma) || date_token < verb)
    return event;
  for (std::size_t t = verb + 1; t < date_token; ++t) {
    if (tokens.tokens[t].deprel != "xcomp" || absolute_head(tokens, t) != verb || tokens.tokens[t - 1].text != "to") continue;
    if (const auto found = event_at.find(t); found != event_at.end()) return found->second;
  }
  return event;
}

// "rejected a bid on July 3 and a second offer later that month": a date after a noun event
// joined to the verb's object, when a date of its own came before that noun, is the verb's deed
// again on that noun (the second rejection), so the noun's. Returns the last such noun's event
// before the date, else `event`.
std::size_t elided_conjunct_before(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                                   std::size_t event, std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  const auto object = dependent(tokens, verb, [](const Token& t) { return t.deprel == "obj"; });
  if (tokens.tokens[verb].upos != "VERB" || !object || date_token < *object) return event;
  std::size_t last = event;
  for (std::size_t t = *object + 1; t < date_token; ++t) {
    if (tokens.tokens[t].deprel != "conj" || absolute_head(tokens, t) != *object || tokens.tokens[t].upos != "NOUN") continue;
    const auto found = event_at.find(t);
    const bool dated_before = std::any_of(timexes.begin(), timexes.end(), [&](const Timex& timex) {
      return timex.span.begin > tokens.tokens[*object].span.end && timex.span.end < tokens.tokens[t].span.begin;
    });
    if (found != event_at.end() && dated_before) last = found->second;
  }
  return last;
}

// "within days", "within two weeks": a time limit, which "within" opens, on what is to be done.
bool limit_within(const TokenizedText& tokens, std::size_t first) {
  return first > 0 && lower(tokens.tokens[first - 1].text) == "within";
}

// "ordered him to surrender to the prison by March 15 and to repay the money": a deadline said
// after the infinitive a verb governs is that infinitive's, what is to be done by then, however
// the parser hung it (here on the next conjunct, so the climb reached the ordering). Returns the
// last such infinitive's event before the date, else `event`. A time limit that "within" opens
// is a deadline too ("urged the two sides to return to the table within days": the return, not
// the urging, is within days).
std::size_t infinitive_before_a_deadline(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                         std::size_t date_token, const std::string& preposition,
                                         const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  const bool deadline =
      limit_within(tokens, date_token) || preposition == "by" || preposition == "before" || preposition == "until" || preposition == "till";
  if (!deadline || tokens.tokens[verb].upos != "VERB" || date_token < verb) return event;
  std::size_t last = event;
  for (std::size_t t = verb + 1; t < date_token; ++t) {
    if (tokens.tokens[t].deprel != "xcomp" || absolute_head(tokens, t) != verb || tokens.tokens[t - 1].text != "to") continue;
    if (const auto found = event_at.find(t); found != event_at.end()) last = found->second;
  }
  return last;
}

// "would call for a ballot no later than May 2", "demanded a hearing by Friday": a deadline
// after what a verb of asking (object_control.h) asks for, when that is an event, is the asked
// thing's; the asking comes before it. Returns that thing's event, else `event`.
std::size_t asked_for_by_a_deadline(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                    std::size_t date_token, const std::string& preposition,
                                    const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  const bool deadline = relation_from_cue(preposition) == AnchorRelation::OnOrBefore || preposition == "before";
  if (!deadline || cue_lasts_until(preposition)) return event;
  // (besides the verbs that ask their object to act, those that call for a thing)
  static const std::set<std::string> kCallingFor = {"call", "demand", "seek", "push"};
  const std::string lemma = lower(tokens.tokens[verb].lemma);
  if (tokens.tokens[verb].upos != "VERB" || !(asks_its_object(lemma) || kCallingFor.count(lemma)) || date_token < verb) return event;
  const auto asked = dependent(tokens, verb, [&](const Token& d) {
    const std::size_t at = static_cast<std::size_t>(&d - tokens.tokens.data());
    if (at > date_token || !event_at.count(at)) return false;
    if (d.deprel == "obj") return true;
    const auto marker = dependent(tokens, at, [](const Token& c) { return c.deprel == "case"; });
    return d.deprel == "obl" && marker && lower(tokens.tokens[*marker].text) == "for";
  });
  return asked ? event_at.at(*asked) : event;
}

// "do not expect full containment until late August", "expect two cuts in the second half of
// the year": a date after the object a verb of expecting takes, when that object is an event
// (core/events makes it one: expected_noun), is the expected thing's, however the parser hung
// it. Returns that object's event, else `event`; `negated` tells whether the expecting is denied.
std::size_t expected_object_before(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                   std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at,
                                   bool* negated) {
  const std::size_t verb = events.events[event].token;
  if (tokens.tokens[verb].upos != "VERB" || !is_verb_of_expecting(tokens.tokens[verb].lemma) || date_token < verb)
    return event;
  const auto object = dependent(tokens, verb, [](const Token& d) { return d.deprel == "obj"; });
  const auto found = object && *object < date_token ? event_at.find(*object) : event_at.end();
  if (found == event_at.end()) return event;
  *negated = negated_until_then(tokens, verb);
  return found->second;
}

// "joined a trade partnership led in part by Japan last year": a participle after a noun
// ("led", "owned", "run") that tells who holds a thing tells a standing state, which a date
// at the end of its phrase does not date; the verb the noun is the object of takes it. Returns
// that verb's event, else `event`. ("a report published by the ministry last week" is an act:
// the publishing keeps the date.)
std::size_t past_a_standing_participle(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                       std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  static const std::set<std::string> kStanding = {"lead", "run", "own", "control", "head", "chair", "dominate", "manage"};
  const std::size_t participle = events.events[event].token;
  const Token& p = tokens.tokens[participle];
  if (p.deprel != "acl" || p.xpos != "VBN" || participle > date_token || !kStanding.count(lower(p.lemma))) return event;
  std::size_t noun = absolute_head(tokens, participle);
  // ("bought a chain of hotels owned by a family": through the nouns it is part of)
  for (int step = 0; step < 2 && tokens.tokens[noun].deprel.starts_with("nmod"); ++step) noun = absolute_head(tokens, noun);
  const std::size_t verb = absolute_head(tokens, noun);
  const bool object = tokens.tokens[noun].deprel == "obj" || tokens.tokens[noun].deprel.starts_with("obl");
  if (noun == participle || verb == noun || !object || tokens.tokens[verb].upos != "VERB") return event;
  const auto found = event_at.find(verb);
  return found == event_at.end() ? event : found->second;
}

// Whether the relative or "as" clause of `verb`, which commas set off, closes before the short
// phrase of the date at `date_token` ("the plan, which covers roads and parks, on June 23").
bool closed_before(const TokenizedText& tokens, std::size_t verb, std::size_t date_token) {
  constexpr int kPhraseWords = 6;
  const std::string& relation = tokens.tokens[verb].deprel;
  if ((relation != "acl:relcl" && relation != "advcl") || verb > date_token) return false;
  std::size_t k = date_token;
  for (int step = 0; step < kPhraseWords && k > verb + 1 && tokens.tokens[k - 1].text != ","; ++step, --k)
    if (tokens.tokens[k - 1].upos == "VERB" || tokens.tokens[k - 1].upos == "AUX") return false;
  if (tokens.tokens[k - 1].text != ",") return false;
  const auto opener = dependent(tokens, verb, [&](const Token& d) {
    if (relation == "advcl") return d.deprel == "mark" && lower(d.text) == "as";
    return d.xpos == "WDT" || d.xpos == "WP";
  });
  return opener && *opener > 0 && tokens.tokens[*opener - 1].text == ",";
}

// The relative clause on `noun` whose phrase holds the date at `date_token` ("the wreck, which
// lies in 40 metres of water, on Tuesday" with the date hung on "metres"), or `noun` itself.
std::size_t relative_clause_holding(const TokenizedText& tokens, std::size_t noun, std::size_t date_token) {
  if (tokens.tokens[noun].upos != "NOUN") return noun;
  for (std::size_t t = noun + 1; t < date_token; ++t)
    if (tokens.tokens[t].deprel == "acl:relcl" && absolute_head(tokens, t) == noun && in_phrase_of(tokens, date_token, t))
      return t;
  return noun;
}

// "will vote on the city's capital plan, which covers roads, parks and water pipes, on June 23",
// "returned to Ho Chi Minh City, as Saigon is now called, for the first time in 2015": a date in
// a short phrase after the comma that closes a relative or "as" clause set off by commas is the
// main clause's, though the parser hung it on the clause's verb. Returns the event of the verb
// the clause belongs to (through at most three nouns for a relative clause), else `event`.
std::size_t past_a_closed_relative_clause(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                          std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  // (a clause whose verb is no event passes the date up to its noun, which may be one)
  const std::size_t verb = relative_clause_holding(tokens, events.events[event].token, date_token);
  const std::string& relation = tokens.tokens[verb].deprel;
  if (!closed_before(tokens, verb, date_token)) return event;
  std::size_t noun = verb;
  for (int step = 0; step < 4; ++step) {
    const std::size_t up = absolute_head(tokens, noun);
    if (up == noun) break;
    if (const auto found = event_at.find(up); found != event_at.end() && tokens.tokens[up].upos == "VERB") return found->second;
    if (relation == "advcl" || (tokens.tokens[up].upos != "NOUN" && tokens.tokens[up].upos != "PROPN")) break;
    noun = up;
  }
  return event;
}

// "was freed 36 hours after the first contact, at about 7:50 a.m. on Thursday", "signed the deal
// after weeks of talks, on Monday": a time set off by a comma after an event noun that a verb takes
// as its object or oblique is the verb's afterthought, not the noun's, though the parser hung it on
// the noun. Returns the verb's event, else `event`. (Only prepositions and hedges may stand
// between the comma and the date: "at about".)
std::string case_word_before(const TokenizedText& tokens, std::size_t noun);

std::size_t past_a_comma_after_its_noun(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                        std::size_t date_token, const std::map<std::size_t, std::size_t>& event_at) {
  std::size_t noun = events.events[event].token;
  if (tokens.tokens[noun].upos != "NOUN" || noun > date_token) return event;
  // ("a week after the start of talks, on Monday": from a noun inside the oblique's phrase)
  for (int step = 0; step < 2 && tokens.tokens[noun].deprel == "nmod"; ++step) noun = absolute_head(tokens, noun);
  const Token& n = tokens.tokens[noun];
  if (n.upos != "NOUN" || (n.deprel != "obj" && n.deprel != "obl")) return event;
  std::size_t k = date_token;
  while (k > noun + 1 && (tokens.tokens[k - 1].upos == "ADP" || tokens.tokens[k - 1].upos == "ADV")) --k;
  if (k <= noun + 1 || tokens.tokens[k - 1].text != ",") return event;
  const std::size_t verb = absolute_head(tokens, noun);
  if (verb == noun || verb > noun || tokens.tokens[verb].upos != "VERB") return event;
  const auto found = event_at.find(verb);
  return found == event_at.end() ? event : found->second;
}

// "had offered to swap their debt for equity in November, but Greystone rejected the proposal",
// "proposed to merge the two units in March": a date after the infinitive of a past verb of
// offering or proposing dates the offer, which is what the past tells of; the thing offered was
// only put forward then. Returns the offering verb's event, else `event`.
std::size_t offered_by(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                       const std::map<std::size_t, std::size_t>& event_at) {
  static const std::set<std::string> kOffering = {"offer", "propose", "volunteer"};
  const std::size_t infinitive = events.events[event].token;
  if (tokens.tokens[infinitive].deprel != "xcomp" || tokens.tokens[infinitive].xpos != "VB") return event;
  const std::size_t verb = absolute_head(tokens, infinitive);
  const Token& v = tokens.tokens[verb];
  if (verb == infinitive || !kOffering.count(v.lemma) || (v.xpos != "VBD" && v.xpos != "VBN")) return event;
  if (dependent(tokens, verb, [](const Token& d) { return d.deprel == "aux:pass" || d.xpos == "MD"; })) return event;
  const auto found = event_at.find(verb);
  return found == event_at.end() ? event : found->second;
}

// "The European Union will impose duties on American goods, effective March 1": a date that
// "effective" (or "effective from") opens starts the event before it in the sentence, which
// holds from then on. The event's index; none when the date follows no "effective" or no event.
std::optional<std::size_t> in_effect_from(const TokenizedText& tokens, std::size_t first,
                                          const std::map<std::size_t, std::size_t>& event_at) {
  std::size_t k = first;
  if (k > 0 && (lower(tokens.tokens[k - 1].text) == "from" || lower(tokens.tokens[k - 1].text) == "on")) --k;
  if (k == 0 || lower(tokens.tokens[k - 1].text) != "effective") return std::nullopt;
  const auto* sentence = sentence_containing(tokens, first);
  if (!sentence) return std::nullopt;
  for (std::size_t t = k - 1; t-- > sentence->first_token;)
    if (const auto found = event_at.find(t); found != event_at.end()) return found->second;
  return std::nullopt;
}

// "The next round of talks is on Monday", "The vote was in March": a date that is the predicate
// of "be" dates the events its subject names: the subject, and the event its "of" names ("round
// of talks"). Empty when there is no such subject.
std::vector<std::size_t> subjects_of_a_dated_be(const TokenizedText& tokens, std::size_t head,
                                                const std::map<std::size_t, std::size_t>& event_at) {
  std::vector<std::size_t> dated;
  if (!dependent(tokens, head, [](const Token& d) { return d.deprel == "cop"; })) return dated;
  const auto subject = dependent(tokens, head, [](const Token& d) { return d.deprel == "nsubj"; });
  if (!subject) return dated;
  if (const auto found = event_at.find(*subject); found != event_at.end()) dated.push_back(found->second);
  const auto of = dependent(tokens, *subject, [&](const Token& d) { return d.deprel == "nmod"; });
  if (const auto found = of && case_word_before(tokens, *of) == "of" ? event_at.find(*of) : event_at.end(); found != event_at.end())
    dated.push_back(found->second);
  return dated;
}

// "will be phased in over the next five years, starting in January 2027", "beginning on Monday":
// a date that "starting" or "beginning" (with "in" or "on") puts before it is where the
// event starts, not all of its time.
bool started_then(const TokenizedText& tokens, std::size_t first) {
  if (first < 2) return false;
  const std::string preposition = lower(tokens.tokens[first - 1].text);
  const std::string word = lower(tokens.tokens[first - 2].text);
  // (not a clock time, "starting at 6 a.m. Tuesday": the day it starts on is the one to draw)
  return (preposition == "in" || preposition == "on") && (word == "starting" || word == "beginning");
}

// "bids for the company's assets are due Feb. 28, and an auction would be held on March 10": a
// date right after "due" (or "due on", "due by") is the deadline of what is due; when that is no
// event, an event after it in the sentence is no better guess (the auction is on March 10).
bool after_due(const TokenizedText& tokens, std::size_t first) {
  std::size_t k = first;
  if (k > 0 && (lower(tokens.tokens[k - 1].text) == "on" || lower(tokens.tokens[k - 1].text) == "by")) --k;
  return k > 0 && lower(tokens.tokens[k - 1].text) == "due";
}

// Whether token `token` is inside a quotation of its sentence: after an opening mark (a straight
// one, or a double one that is no closing mark, toggles), or before a closing curly mark the
// sentence does not open ("We will win on Saturday," he said" goes on a quotation begun before).
bool quoted(const TokenizedText& tokens, std::size_t token) {
  const Sentence* s = sentence_containing(tokens, token);
  if (!s) return false;
  const auto text = [&](std::size_t k) -> const std::string& { return tokens.tokens[k].text; };
  const std::size_t end = s->first_token + s->token_count;
  bool inside = false;
  for (std::size_t k = s->first_token; k < end; ++k) {  // (a closing mark first: the sentence opens inside)
    if (text(k) == "\u201c" || text(k) == "\"" || text(k) == "``") break;
    if (text(k) == "\u201d" || text(k) == "''") { inside = true; break; }
  }
  for (std::size_t k = s->first_token; k < token; ++k) {
    const std::string& w = text(k);
    if (w == "\u201c" || w == "``") inside = true;
    else if (w == "\u201d" || w == "''") inside = false;
    else if (w == "\"") inside = !inside;
  }
  return inside;
}

// 'would reach Europe and Japan "early next year."': whether token `token` is in a quotation of
// a few words with no verb, which quotes how a thing was put, not what someone said.
bool in_quoted_phrase(const TokenizedText& tokens, std::size_t token) {
  constexpr std::size_t kMaxWords = 5;
  const Sentence* s = sentence_containing(tokens, token);
  if (!s || !quoted(tokens, token)) return false;
  const auto mark = [&](std::size_t k) {
    const std::string& w = tokens.tokens[k].text;
    return w == "\"" || w == "\u201c" || w == "\u201d" || w == "``" || w == "''";
  };
  const std::size_t end = s->first_token + s->token_count;
  std::size_t open = token, close = token;
  while (open > s->first_token && !mark(open)) --open;
  while (close + 1 < end && !mark(close)) ++close;
  if (!mark(open) || !mark(close) || close - open - 1 > kMaxWords + 1) return false;
  for (std::size_t k = open + 1; k < close; ++k)
    if (tokens.tokens[k].upos == "VERB" || tokens.tokens[k].upos == "AUX") return false;
  return true;
}

// Whether one of tokens `a` and `b` is quoted and the other not ("\"We were nowhere a year ago,\"
// Lindqvist said": the year is the quote's, not the saying's; not a word in scare quotes
// between them: "condemned the \"terrorist attack\" on Monday").
bool across_a_quote(const TokenizedText& tokens, std::size_t a, std::size_t b) {
  return quoted(tokens, a) != quoted(tokens, b) && !in_quoted_phrase(tokens, a) && !in_quoted_phrase(tokens, b);
}

// "A prisoner exchange agreed on Saturday will go ahead": the parser may hang the date on the
// noun a participle modifies rather than on the participle between them; the participle's event
// is the one dated. None when the noun is an event itself or has no such participle.
std::optional<std::size_t> participle_between(const TokenizedText& tokens, std::size_t noun, std::size_t head,
                                              const std::map<std::size_t, std::size_t>& event_at) {
  if (tokens.tokens[noun].upos != "NOUN" || event_at.count(noun) || noun > head) return std::nullopt;
  for (std::size_t j = noun + 1; j < head; ++j) {
    const Token& t = tokens.tokens[j];
    if (t.deprel == "acl" && t.xpos == "VBN" && absolute_head(tokens, j) == noun && event_at.count(j))
      return event_at.at(j);
  }
  return std::nullopt;
}

// "reminded users that support for version 10 ends on 14 October", parsed with the date on
// "reminded": a date after a "that" which opens a clause after the verb is that clause's, not the
// verb's, wherever the parser hung it ("that" as a determiner, "that day", opens none).
bool content_after_that(const TokenizedText& tokens, std::size_t verb, std::size_t first) {
  if (verb >= first) return false;
  for (std::size_t k = verb + 1; k < first; ++k) {
    const Token& t = tokens.tokens[k];
    if (lower(t.text) == "that" && t.xpos != "DT") return true;
  }
  return false;
}

// "said the worst could be over by Christmas", parsed with the date on "said": a date after a
// modal clause the verb takes as its content (a `ccomp` with "could", "would", "will" ...) is
// that clause's, what may come by then, not the saying's: it dates the clause's event, or none
// when the clause's head is no event. Returns that head, if there is such a clause.
std::optional<std::size_t> modal_clause_before(const TokenizedText& tokens, std::size_t verb, std::size_t first) {
  for (std::size_t k = verb + 1; k < first; ++k) {
    if (tokens.tokens[k].deprel != "ccomp" || absolute_head(tokens, k) != verb) continue;
    if (dependent(tokens, k, [](const Token& d) { return d.deprel == "aux" && d.xpos == "MD"; })) return k;
  }
  return std::nullopt;
}

// "Bekele finished second, and last year's champion was third": a conjoined clause with a
// subject of its own that is no event; a date in it is not the first conjunct's. Nor is one in a
// relative clause that is no event ("Alemu, who was fourth in London in April, said ..."), nor one
// in a conjoined predicate with a copula of its own that is no event ("won the race in Oslo and
// was the national champion in 2019": the title's year, not the win's).
bool clause_of_its_own(const TokenizedText& tokens, std::size_t node, std::size_t date,
                       const std::map<std::size_t, std::size_t>& event_at) {
  const std::string& relation = tokens.tokens[node].deprel;
  if (event_at.count(node) || (relation != "conj" && relation != "acl:relcl")) return false;
  // (not one the date comes after, past its closing comma: "reach the wreck, which lies in deep
  // water, on Tuesday"; the date was hung on it by mistake)
  if (relation == "acl:relcl") return !closed_before(tokens, node, date);
  return dependent(tokens, node, [](const Token& t) { return t.deprel.starts_with("nsubj") || t.deprel == "cop"; }).has_value();
}

// "have been annulled, including a fourth-place finish in Oslo in May 2023": a noun phrase that
// "including" (or "excluding") opens names one member of a set the clause is about; a date in it
// is that member's, not the clause's.
bool member_of_a_set(const TokenizedText& tokens, std::size_t node) {
  return dependent(tokens, node, [](const Token& t) {
           const std::string word = lower(t.text);
           return t.deprel == "case" && (word == "including" || word == "excluding");
         }).has_value();
}

std::set<std::size_t> ancestors(const TokenizedText& tokens, std::size_t head);

// "including a fourth-place finish at the Oslo meeting in May 2023": the last event in the
// phrase of set member `member` before token `before` (the meeting, when the date hangs on the
// finish); none when there is none.
std::optional<std::size_t> last_event_in_member(const TokenizedText& tokens, std::size_t member, std::size_t before,
                                                const std::map<std::size_t, std::size_t>& event_at) {
  const auto above = [&](std::size_t t) { return ancestors(tokens, t).count(member) > 0; };
  // (the member itself is passed over: its own date is the phrase's, not a later event's)
  for (std::size_t k = before; k-- > member + 1;)
    if (const auto found = event_at.find(k); found != event_at.end() && above(k)) return found->second;
  return std::nullopt;
}

// The first event above the expression's head in the parse, at most four steps up, and the steps
// taken; an event on the other side of a quotation mark is passed over ("condemned the
// \"terrorist attack\" on Monday": the condemning), and `quoted_apart` tells when one was. The
// climb stops at a conjoined clause of its own that is no event, or at a member of a set (`quoted_apart`
// set too: the date is that clause's or member's, and no event's), unless an event in the member's
// phrase before the date takes it.
std::optional<std::pair<std::size_t, int>> nearest_by_syntax(const TokenizedText& tokens, std::size_t head,
                                                             const std::map<std::size_t, std::size_t>& event_at,
                                                             bool* quoted_apart = nullptr) {
  std::size_t current = head;
  for (int step = 1; step <= 4; ++step) {
    if (current != head && member_of_a_set(tokens, current)) {
      if (const auto member_event = last_event_in_member(tokens, current, head, event_at)) return std::pair{*member_event, step};
      if (quoted_apart) *quoted_apart = true;
      return std::nullopt;
    }
    if (current != head && clause_of_its_own(tokens, current, head, event_at)) {
      if (quoted_apart) *quoted_apart = true;
      return std::nullopt;
    }
    const std::size_t up = absolute_head(tokens, current);
    if (up == current) return std::nullopt;
    if (const auto participle = participle_between(tokens, up, head, event_at)) return std::pair{*participle, step};
    if (const auto verb = finite_verb_read_as_modifier(tokens, up, event_at)) return std::pair{event_at.at(*verb), step};
    if (const auto found = event_at.find(up); found != event_at.end()) {
      if (!across_a_quote(tokens, head, up)) return std::pair{found->second, step};
      if (quoted_apart) *quoted_apart = true;
    }
    current = up;
  }
  return std::nullopt;
}

// "said a swarm stripped their fields in under two hours last Friday", parsed with "Friday" as
// the clause "said" reports and "swarm stripped" hanging on it: a date is no clause, so one the
// parser made a complement closes the clause whose words it took over; it dates the last verb
// event of its own phrase before it.
std::optional<std::size_t> event_of_a_date_read_as_clause(const TokenizedText& tokens, std::size_t head, std::size_t first,
                                                          const std::map<std::size_t, std::size_t>& event_at) {
  const Sentence* sentence = sentence_containing(tokens, head);
  if (!sentence || tokens.tokens[head].deprel != "ccomp") return std::nullopt;
  for (std::size_t t = first; t-- > sentence->first_token;) {
    const auto found = event_at.find(t);
    if (found != event_at.end() && tokens.tokens[t].upos == "VERB" && in_phrase_of(tokens, t, head)) return found->second;
  }
  return std::nullopt;
}

// "would re-examine the purse and clothing recovered in 1994 using new techniques", parsed with
// "1994" on "said" two clauses up: a date whose preposition follows a participle that modifies
// a noun ("clothing recovered in 1994") is that participle's, wherever the parser hung it.
std::optional<std::size_t> participle_right_before(const TokenizedText& tokens, std::size_t head, std::size_t first,
                                                   const std::map<std::size_t, std::size_t>& event_at) {
  if (first < 2 || tokens.tokens[first - 1].upos != "ADP") return std::nullopt;
  const std::size_t participle = first - 2;
  const Token& p = tokens.tokens[participle];
  const auto found = event_at.find(participle);
  if (found == event_at.end() || p.deprel != "acl" || p.xpos != "VBN" || in_phrase_of(tokens, head, participle))
    return std::nullopt;
  return found->second;
}

// "evacuated thousands overnight after it burst its banks late on Sunday": a clause starts at its
// "after", "when", "as" ...; a date the parser hung on the clause's verb but said before that word
// is the clause's host's, so the climb starts from the clause's verb. So does a date the parser
// made the subject of a later verb with the date's own preposition as that verb's mark ("had
// been training since last October and had run ...": "since" is no clause's). Else from the
// date itself.
std::size_t climb_from(const TokenizedText& tokens, std::size_t head, std::size_t first, std::size_t last) {
  const std::size_t verb = absolute_head(tokens, head);
  if (verb == head) return head;
  const auto mark = dependent(tokens, verb, [](const Token& t) { return t.deprel == "mark"; });
  const bool own_preposition = mark && *mark + 1 == first && tokens.tokens[head].deprel.starts_with("nsubj");
  if (verb < last) return head;
  return mark && (*mark > last || own_preposition) ? verb : head;
}


bool has_own_subject(const TokenizedText& tokens, std::size_t verb) {
  return dependent(tokens, verb, [](const Token& t) { return t.deprel.starts_with("nsubj"); }).has_value();
}

// The case marker before `noun` ("of", "during"), lower-cased; empty when there is none.
std::string case_word_before(const TokenizedText& tokens, std::size_t noun) {
  const auto marker = dependent(tokens, noun, [](const Token& t) { return t.deprel == "case"; });
  return marker && *marker < noun ? lower(tokens.tokens[*marker].text) : std::string{};
}

// "ended two days of talks on Monday": the time that measures an event noun ("two days" of
// "talks") stands where the noun would; the measure, or else the noun itself.
std::size_t through_a_measure_of_time(const TokenizedText& tokens, std::size_t noun) {
  if (tokens.tokens[noun].deprel != "nmod" || case_word_before(tokens, noun) != "of") return noun;
  const std::size_t measure = absolute_head(tokens, noun);
  return tokens.tokens[measure].upos == "NOUN" && is_time_unit(lower(tokens.tokens[measure].text)) ? measure : noun;
}

// "led it through a restructuring between 2019 and 2021", "stayed in the city during the siege in
// 1942": what a verb does through or during an event noun lasts the noun's time, however long.
bool lasts_through(const TokenizedText& tokens, std::size_t noun) {
  if (tokens.tokens[noun].deprel != "obl") return false;
  const std::string word = case_word_before(tokens, noun);
  return word == "through" || word == "throughout" || word == "during";
}

// "will announce its programme at a press conference on Thursday", "set out its plans during the
// summit in June": an event noun "at" or "during" opens is the occasion its verb is done at, so
// the verb is done then, even a verb of planning.
bool held_at(const TokenizedText& tokens, std::size_t noun) {
  const auto marker = dependent(tokens, noun, [](const Token& t) { return t.deprel == "case"; });
  const std::string word = marker && *marker < noun ? lower(tokens.tokens[*marker].text) : std::string{};
  return word == "at" || word == "during";
}

// "signed the deal on Monday", "ordered the evacuation of six counties on Tuesday": the parser
// hangs the day on the event noun (or on a noun below it), but in news such a day dates the
// verb whose object or oblique that event noun is, too ("would ask for a disaster declaration
// on Monday", "cut its sales forecast in July"); not a verb of planning ("scheduled a vote on
// Tuesday", "planned a summit in June").
std::optional<std::size_t> verb_over_noun_event(const TokenizedText& tokens, const DocumentEvents& events,
                                                std::size_t event, const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t token = through_a_measure_of_time(tokens, events.events[event].token);
  const Token& noun = tokens.tokens[token];
  if (noun.upos != "NOUN" || (noun.deprel != "obj" && noun.deprel != "obl" && noun.deprel != "nsubj")) return std::nullopt;
  // ("were annulled, including a second-place finish in May": one member's time, not the verb's)
  if (member_of_a_set(tokens, token)) return std::nullopt;
  const std::size_t up = absolute_head(tokens, token);
  if (up == token || tokens.tokens[up].upos != "VERB") return std::nullopt;
  if (looks_ahead(tokens.tokens[up].lemma) && !held_at(tokens, token)) return std::nullopt;
  const auto found = event_at.find(up);
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

// The tokens above `head` in the parse, up to the root.
std::set<std::size_t> ancestors(const TokenizedText& tokens, std::size_t head) {
  std::set<std::size_t> above;
  for (std::size_t k = head, up = absolute_head(tokens, k); up != k; k = up, up = absolute_head(tokens, k)) above.insert(up);
  return above;
}

// Whether token t lies in a relative clause that does not hold `head` (whose ancestors are
// `above_head`): "The storm, which brought flooding on Monday, was over the Basin on Tuesday"
// (the flooding is the clause's, on Monday).
bool inside_other_relative_clause(const TokenizedText& tokens, std::size_t t, std::size_t head,
                                  const std::set<std::size_t>& above_head) {
  for (std::size_t k = t, up = absolute_head(tokens, k);; k = up, up = absolute_head(tokens, k)) {
    if (tokens.tokens[k].deprel == "acl:relcl" && k != head && !above_head.count(k)) return true;
    if (up == k) return false;
  }
}

std::optional<std::size_t> nearest_in_sentence(const TokenizedText& tokens, std::size_t head,
                                               const std::map<std::size_t, std::size_t>& event_at) {
  const auto* sentence = sentence_containing(tokens, head);
  if (!sentence) return std::nullopt;
  const std::size_t first = sentence->first_token;
  const std::set<std::size_t> above_head = ancestors(tokens, head);
  const auto candidate = [&](std::size_t t) -> std::optional<std::size_t> {
    const auto found = event_at.find(t);
    if (found == event_at.end() || inside_other_relative_clause(tokens, t, head, above_head)) return std::nullopt;
    return found->second;
  };
  for (std::size_t t = head; t-- > first;)
    if (const auto found = candidate(t)) return found;
  for (std::size_t t = head + 1; t < first + sentence->token_count; ++t)
    if (const auto found = candidate(t)) return found;
  return std::nullopt;
}

// "in 1999, when an earthquake killed 17,000 people": the event of the clause that ", when"
// right after the expression opens; it happened within the expression's time. Without the
// comma "when" may ask a question ("will announce on Monday when the border reopens").
// The "when" of ", when" right after the expression's last token, or after a phrase set off by
// commas that tells no event of its own ("in 1966, a year after the discovery of the radiation,
// when she measured ..."); `end` when there is none.
std::size_t when_after_apposition(const TokenizedText& tokens, std::size_t last, std::size_t end) {
  constexpr std::size_t kLongestApposition = 12;
  if (last + 2 >= end || tokens.tokens[last + 1].text != ",") return end;
  for (std::size_t t = last + 2; t < end && t <= last + 2 + kLongestApposition; ++t) {
    const Token& word = tokens.tokens[t];
    if (lower(word.text) == "when") return tokens.tokens[t - 1].text == "," ? t : end;
    if (word.xpos == "VBD" || word.xpos == "VBZ" || word.xpos == "VBP" || word.xpos == "MD") return end;
  }
  return end;
}

std::optional<std::size_t> when_clause_event(const TokenizedText& tokens, std::size_t last,
                                             const std::map<std::size_t, std::size_t>& event_at) {
  const auto* sentence = sentence_containing(tokens, last);
  if (!sentence) return std::nullopt;
  const std::size_t end = sentence->first_token + sentence->token_count;
  const std::size_t when = when_after_apposition(tokens, last, end);
  if (when >= end) return std::nullopt;
  if (parsed(tokens, when)) {
    const std::size_t verb = absolute_head(tokens, when);
    // ("since 1999, when a magnitude 7.6 quake near Izmit killed ...": the parser may hang
    // "when" on the clause's subject; the time is the first verb's after it)
    if (tokens.tokens[verb].upos == "NOUN" || tokens.tokens[verb].upos == "PROPN") {
      for (std::size_t t = when + 1; t < end; ++t)
        if (const auto found = event_at.find(t); found != event_at.end() && tokens.tokens[t].upos == "VERB") return found->second;
      return std::nullopt;
    }
    // "said on Monday, when asked, ...": a complement is no time clause.
    const std::string_view relation = tokens.tokens[verb].deprel;
    if (relation == "ccomp" || relation == "xcomp" || relation == "obj" || relation.starts_with("csubj")) return std::nullopt;
    const auto found = event_at.find(verb);
    return found == event_at.end() ? std::nullopt : std::optional(found->second);
  }
  for (std::size_t t = when + 1; t < end; ++t)
    if (const auto found = event_at.find(t); found != event_at.end()) return found->second;
  return std::nullopt;
}

// "closed on Thursday and Friday", "in June or July": two dates of one precision joined after a
// preposition that puts the event inside them, the second later, make one span.
bool coordinated_dates(const Timex& first, const Timex& second, const std::string& preposition, const std::string& joint) {
  if (joint != "and" && joint != "or") return false;
  if (!preposition.empty() && preposition != "on" && preposition != "in" && preposition != "during") return false;
  if (!first.interval || !second.interval || first.interval->precision != second.interval->precision) return false;
  return first.interval->end < second.interval->start;
}

// "95 percent", "$3.6 billion", "3,000 workers", "fewer than 2,900": at most four words of an
// amount, one a number, from `from` up to (not including) `to`.
bool amount_between(const TokenizedText& tokens, std::size_t from, std::size_t to) {
  constexpr std::size_t kMaxAmountWords = 4;
  if (to <= from || to - from > kMaxAmountWords) return false;
  bool number = false;
  for (std::size_t k = from; k < to; ++k) {
    const std::string& upos = tokens.tokens[k].upos;
    const auto comparative = [&](std::size_t j) { return tokens.tokens[j].xpos == "JJR" || tokens.tokens[j].xpos == "RBR"; };
    const auto than = [&](std::size_t j) { return lower(tokens.tokens[j].text) == "than"; };
    // ("more than", "less than": the comparison opening the amount)
    if ((k + 1 < to && comparative(k) && than(k + 1)) || (k > from && than(k) && comparative(k - 1))) continue;
    if (upos != "NUM" && upos != "SYM" && upos != "NOUN" && upos != "ADJ") return false;
    number = number || upos == "NUM";
  }
  return number;
}

// The first word of the amount before the time expression starting at `start`, past one
// preposition ("95 percent in 2019"); `start` itself when there is none.
std::size_t amount_start(const TokenizedText& tokens, std::size_t start) {
  std::size_t k = start;
  if (k > 0 && tokens.tokens[k - 1].upos == "ADP") --k;
  const std::size_t end = k;
  while (k > 0 && end - k < 4 && tokens.tokens[k - 1].upos != "ADP" && tokens.tokens[k - 1].upos != "PUNCT") --k;
  return amount_between(tokens, k, end) ? k : start;
}

// The "from" opening the amount that starts at `start`, past a noun naming the amount ("from
// a peak of 61", "from a record high of 4.2 percent"); nullopt when there is none.
std::optional<std::size_t> from_before_amount(const TokenizedText& tokens, std::size_t start) {
  if (start == 0) return std::nullopt;
  std::size_t k = start - 1;
  if (lower(tokens.tokens[k].text) == "of") {
    constexpr std::size_t kMaxNameWords = 3;
    const std::size_t of = k;
    while (k > 0 && of - k < kMaxNameWords + 1 && tokens.tokens[k - 1].upos != "ADP" &&
           tokens.tokens[k - 1].upos != "PUNCT" && tokens.tokens[k - 1].upos != "VERB")
      --k;
    if (k == 0 || k == of) return std::nullopt;
    --k;
  }
  return lower(tokens.tokens[k].text) == "from" ? std::optional(k) : std::nullopt;
}

// "fell from 95 percent in 2019 to 86 percent last year", "from a peak of 61 in March to 19 in
// June": two amounts a change goes from and to, each with its date, span the change from the
// first date to the second.
bool dated_amounts_from_to(const TokenizedText& tokens, const std::vector<std::size_t>& first, const std::vector<std::size_t>& second) {
  const std::size_t start = amount_start(tokens, first.front());
  if (start == first.front() || !from_before_amount(tokens, start)) return false;
  const std::size_t to = first.back() + 1;
  if (to >= second.front() || lower(tokens.tokens[to].text) != "to") return false;
  std::size_t end = second.front();
  if (tokens.tokens[end - 1].upos == "ADP") --end;  // "to 86 percent in 2023"
  return amount_between(tokens, to + 1, end);
}

// "between 2020 and 2022", "from May to July", "on Thursday and Friday", "from 95 percent in 2019
// to 86 percent last year": the time expression right after the first one and its joining word,
// which ends the span; nullopt when there is none.
std::optional<std::size_t> span_end(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t t,
                                    const std::string& preposition) {
  if (t + 1 >= timexes.size()) return std::nullopt;
  const auto first = tokens_in(tokens, timexes[t].span), second = tokens_in(tokens, timexes[t + 1].span);
  if (!first.empty() && !second.empty() && dated_amounts_from_to(tokens, first, second)) return t + 1;
  if (first.empty() || second.empty() || second.front() != first.back() + 2) return std::nullopt;
  const std::string joint = lower(tokens.tokens[first.back() + 1].text);
  const bool to = joint == "to" || joint == "until" || joint == "till" || joint == "through" || joint == "-" ||
                  joint == "\xE2\x80\x93";  // en dash
  if (preposition == "between") return joint == "and" ? std::optional(t + 1) : std::nullopt;
  if (preposition == "from") return to ? std::optional(t + 1) : std::nullopt;
  // "the October-December period", "2019-2021": two dates written into one word by a dash
  const auto& dash = tokens.tokens[first.back() + 1];
  const bool written_together = (joint == "-" || joint == "\xE2\x80\x93") &&
                                tokens.tokens[first.back()].span.end == dash.span.begin &&
                                dash.span.end == tokens.tokens[second.front()].span.begin;
  const auto& a = timexes[t].interval;
  const auto& b = timexes[t + 1].interval;
  if (written_together && a && b && a->precision == b->precision && a->end < b->start) return t + 1;
  // ("founded in 2010 and five years later it went public": the second date belongs to the
  // clause after it when it hangs on that clause's verb, which has a subject of its own)
  const auto conjoined = [&] {
    const Sentence* sentence = sentence_containing(tokens, first.front());
    if (!sentence) return true;
    const ParseView parse(tokens, *sentence);
    for (const auto k : second) {
      const auto verb = parse.head(k);
      if (!verb || *verb <= second.back() || tokens.tokens[*verb].upos != "VERB" || !parse.child(*verb, "nsubj"))
        continue;
      if (parse.relation_is(k, "obl") || parse.relation_is(k, "advmod")) return false;
    }
    return true;
  };
  return coordinated_dates(timexes[t], timexes[t + 1], preposition, joint) && conjoined() ? std::optional(t + 1)
                                                                                          : std::nullopt;
}

// The aspectual verb whose complement event `event` is ("stopped selling", "began touring"):
// a date of the complement dates the phase too ("and stopped selling the models on Feb. 28").
std::optional<std::size_t> aspectual_over(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                          const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t token = events.events[event].token;
  if (tokens.tokens[token].deprel != "xcomp") return std::nullopt;
  const auto found = event_at.find(absolute_head(tokens, token));
  if (found == event_at.end() || events.events[found->second].event_class != "ASPECTUAL") return std::nullopt;
  return found->second;
}

// Calls `share(anchor, give)` for each date on an event (Within; with `spans`, a "between" span
// too) found so far; `give(token, relation)` dates the event at that token, when it has no date
// yet (nor its complement, if it is a phase of one), by the same expression (Within a span: the
// same span).
template <typename Share>
void share_each_date(const TokenizedText& tokens, const DocumentEvents& events,
                     const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors, Share share,
                     bool spans = false) {
  std::vector<bool> dated(events.events.size(), false);
  for (const auto& anchor : anchors) {
    dated[anchor.event] = true;
    if (const auto phase = aspectual_over(tokens, events, anchor.event, event_at)) dated[*phase] = true;
  }
  const std::size_t count = anchors.size();
  for (std::size_t a = 0; a < count; ++a) {
    const EventAnchor anchor = anchors[a];
    const bool span = spans && anchor.relation == AnchorRelation::Between;
    if (anchor.relation != AnchorRelation::Within && !span) continue;
    share(anchor, [&](std::size_t token, AnchorRelation relation) {
      const auto found = event_at.find(token);
      if (found == event_at.end() || dated[found->second]) return;
      dated[found->second] = true;
      const bool in_span = span && relation == AnchorRelation::Within;
      anchors.push_back({found->second, anchor.timex, in_span ? AnchorRelation::Between : relation, anchor.cue,
                         in_span ? anchor.until : 0, false, anchor.steps + 1});
    });
  }
}

// For each date on a verb (Within) that `from` accepts, the undated events after the verb in its
// sentence whose tokens `joins` accepts take the same date, as `shared` (Within: the same date;
// Since: no earlier than it). `joins(t, verb, chain)` sees the verb and the tokens it accepted
// before (`chain`, the verb first). With `spans`, a "between" span on the verb is shared too.
template <typename From, typename Joins>
void share_dates(const TokenizedText& tokens, const DocumentEvents& events, const std::map<std::size_t, std::size_t>& event_at,
                 std::vector<EventAnchor>& anchors, From from, Joins joins, AnchorRelation shared = AnchorRelation::Within,
                 bool spans = false) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const std::size_t verb = events.events[anchor.event].token;
    const auto* sentence = sentence_containing(tokens, verb);
    if (tokens.tokens[verb].upos != "VERB" || !sentence || !from(anchor, verb)) return;
    std::vector<std::size_t> chain{verb};
    for (std::size_t t = verb + 1; t < sentence->first_token + sentence->token_count; ++t) {
      if (!joins(t, verb, chain)) continue;
      chain.push_back(t);
      give(t, shared);
    }
  }, spans);
}

// "In August 2017, Harvey stalled over Houston and caused $125 billion in damage", "between 2011
// and 2015 the council sold six libraries and closed two museums": a date (or span) in front of
// its verb dates the verbs conjoined to it that share its subject and have no date of their own.
void share_fronted_dates(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                         const std::vector<char>& in_timex, const std::map<std::size_t, std::size_t>& event_at,
                         std::vector<EventAnchor>& anchors) {
  // (in front of the dated verb too: "peaked on Nov. 8 ... and have declined since" is no such date)
  const auto fronted = [&](const EventAnchor& anchor, std::size_t verb) {
    const std::size_t dated = events.events[anchor.event].token;
    const std::size_t last = anchor.relation == AnchorRelation::Between ? anchor.until : anchor.timex;
    return timexes[last].span.end <= tokens.tokens[std::min(verb, dated)].span.begin;
  };
  // (a time the parser took for a subject is none: "lasted five months and killed 300")
  const auto subject_of_its_own = [&](std::size_t t) {
    const auto subject = dependent(tokens, t, [](const Token& d) { return d.deprel.starts_with("nsubj"); });
    return subject && !in_timex[*subject];
  };
  const auto conjoined = [&](std::size_t t, std::size_t verb, const std::vector<std::size_t>&) {
    const Token& conj = tokens.tokens[t];
    return conj.deprel == "conj" && absolute_head(tokens, t) == verb && conj.upos == "VERB" && !subject_of_its_own(t);
  };
  share_dates(tokens, events, event_at, anchors, fronted, conjoined, AnchorRelation::Within, true);
}

// The verb joined to `verb` by "and" (or "or") alone, right before or after it: "arrested and
// charged"; none when another word comes between.
std::optional<std::size_t> bare_conjunct(const TokenizedText& tokens, std::size_t verb) {
  const auto& t = tokens.tokens;
  if (t[verb].upos != "VERB") return std::nullopt;
  const auto joins = [&](std::size_t k) { return lower(t[k].text) == "and" || lower(t[k].text) == "or"; };
  if (t[verb].deprel == "conj" && verb >= 2 && absolute_head(tokens, verb) == verb - 2 && joins(verb - 1) && t[verb - 2].upos == "VERB")
    return verb - 2;
  if (verb + 2 < t.size() && joins(verb + 1) && t[verb + 2].deprel == "conj" && absolute_head(tokens, verb + 2) == verb &&
      t[verb + 2].upos == "VERB")
    return verb + 2;
  return std::nullopt;
}

// "Hale was arrested and charged on 14 November 2021": two verbs joined by "and" alone, with
// no word of either's own between them, share a date given after them.
void share_with_bare_conjuncts(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                               const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const std::size_t verb = events.events[anchor.event].token;
    const auto other = bare_conjunct(tokens, verb);
    // (a date before them is the fronted one's: "on Monday, arrested and ...")
    if (other && timexes[anchor.timex].span.begin >= tokens.tokens[std::max(verb, *other)].span.end)
      give(*other, AnchorRelation::Within);
  });
}

// "raised the alert to the top level at 3:30 a.m. and extended the exclusion zone": a date the
// parser hung on a later conjunct but told before that conjunct's "and", after the first verb,
// is the first verb's too (one time for both acts, as with a date after bare conjuncts). (So is
// one on a clause "and" joins that the parser took for a parataxis.)
void share_with_conjuncts_before_their_and(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                                           const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const std::size_t verb = events.events[anchor.event].token;
    const Token& conj = tokens.tokens[verb];
    if ((conj.deprel != "conj" && conj.deprel != "parataxis") || conj.upos != "VERB") return;
    const std::size_t first = absolute_head(tokens, verb);
    const auto joiner = dependent(tokens, verb, [](const Token& d) { return d.deprel == "cc"; });
    const Span date = timexes[anchor.timex].span;
    if (first == verb || !joiner || tokens.tokens[first].upos != "VERB" || date.begin < tokens.tokens[first].span.end ||
        date.end > tokens.tokens[*joiner].span.begin)
      return;
    give(first, AnchorRelation::Within);
  });
}

// The verb that "but" joins to `attempt`, with no subject of its own: "tried ... but [failed]".
std::optional<std::size_t> outcome_of(const TokenizedText& tokens, std::size_t attempt) {
  const auto* sentence = sentence_containing(tokens, attempt);
  if (!sentence) return std::nullopt;
  for (std::size_t t = attempt + 1; t < sentence->first_token + sentence->token_count; ++t) {
    const Token& verb = tokens.tokens[t];
    if (verb.deprel != "conj" || verb.upos != "VERB" || absolute_head(tokens, t) != attempt) continue;
    const auto but = dependent(tokens, t, [](const Token& d) { return d.deprel == "cc" && lower(d.text) == "but"; });
    const auto subject = dependent(tokens, t, [](const Token& d) { return d.deprel.starts_with("nsubj"); });
    return but && !subject ? std::optional(t) : std::nullopt;
  }
  return std::nullopt;
}

// "Tugboats tried to pull the vessel free on Friday but failed", "sought to block the merger in
// March but lost": the verb "but" joins to a verb of trying tells how the attempt ended, then
// and there, so the attempt's date (the trying verb's or its infinitive's) is its own.
void share_with_outcomes_of_attempts(const TokenizedText& tokens, const DocumentEvents& events,
                                     const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    std::size_t attempt = events.events[anchor.event].token;
    if (tokens.tokens[attempt].deprel == "xcomp") attempt = absolute_head(tokens, attempt);
    if (!is_verb_of_trying(tokens.tokens[attempt].lemma)) return;
    if (const auto outcome = outcome_of(tokens, attempt)) give(*outcome, AnchorRelation::Within);
  });
}

// Whether `conj` is told in the tense of `verb`: the same tag, a simple past the tagger read as
// a participle or, when its past looks like its base form, as that form, with no auxiliary
// ("burned 77,000 acres and forced 200,000 people to flee", "claimed responsibility on Thursday
// and set a deadline"), or a base form sharing the first verb's modal ("will land on November 24
// and operate for 14 days"). So is a simple past after a first verb the tagger read as a
// participle with no auxiliary ("a tremor, hit on Tuesday and brought down a bridge").
bool in_the_same_tense(const TokenizedText& tokens, std::size_t conj, std::size_t verb) {
  const std::string& tag = tokens.tokens[conj].xpos;
  const std::string& first = tokens.tokens[verb].xpos;
  const auto has_auxiliary = [&](std::size_t v) {
    return dependent(tokens, v, [](const Token& d) { return d.deprel.starts_with("aux"); }).has_value();
  };
  if (has_auxiliary(conj)) return false;
  if (tag == first) return finite_tag(tag) || (tag == "VB" && dependent(tokens, verb, [](const Token& d) { return d.xpos == "MD"; }));
  if (first == "VBN" && tag == "VBD") return !has_auxiliary(verb);
  return first == "VBD" && (tag == "VBN" || tag == "VB");
}

// "entered the museum at 1:20 a.m., tied up two guards and left": a verb after a comma that the
// parser hung on the first of a list as a parataxis, with a conjunct of that first verb after it,
// is the list's middle member.
bool middle_of_a_list(const TokenizedText& tokens, std::size_t t, std::size_t verb) {
  if (tokens.tokens[t].deprel != "parataxis" || t == 0 || tokens.tokens[t - 1].text != ",") return false;
  const auto* sentence = sentence_containing(tokens, t);
  for (std::size_t k = t + 1; sentence && k < sentence->first_token + sentence->token_count; ++k)
    if (tokens.tokens[k].deprel == "conj" && tokens.tokens[k].upos == "VERB" && absolute_head(tokens, k) == verb) return true;
  return false;
}

// "At 14:32 UTC the load balancers began rejecting requests, and customer errors rose sharply",
// "On Monday, the storm hit Cuba and thousands fled": a date that opens its sentence (only a
// preposition before it) sets the scene for every clause conjoined to the sentence's main verb
// in its tense, each with a subject of its own too, when that clause has no date of its own.
void share_sentence_opening_dates(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                                  const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const auto inside = tokens_in(tokens, timexes[anchor.timex].span);
    const auto* sentence = inside.empty() ? nullptr : sentence_containing(tokens, inside.front());
    if (!sentence) return;
    const std::size_t first = sentence->first_token, end = first + sentence->token_count;
    if (inside.front() > first + 1 || (inside.front() == first + 1 && tokens.tokens[first].upos != "ADP")) return;
    std::size_t root = end;
    for (std::size_t t = first; t < end; ++t)
      if (tokens.tokens[t].deprel == "root") root = t;
    if (root == end || tokens.tokens[root].upos != "VERB" || root < inside.back()) return;
    // (a clause "and" joins that the parser took for a parataxis is conjoined all the same)
    const auto joined = [&](std::size_t t) {
      const std::string& relation = tokens.tokens[t].deprel;
      return relation == "conj" || (relation == "parataxis" && dependent(tokens, t, [](const Token& d) { return d.deprel == "cc"; }));
    };
    for (std::size_t t = root + 1; t < end; ++t)
      if (joined(t) && absolute_head(tokens, t) == root && tokens.tokens[t].upos == "VERB" && in_the_same_tense(tokens, t, root))
        give(t, AnchorRelation::Within);
  });
}

// "Police arrested two men on Monday and charged them with fraud": a date after its verb may
// be that verb's alone, but a verb conjoined to it in the same tense (or sharing its "will"),
// sharing its subject and undated, tells what happened next. News tells a day's or a month's
// doings in one breath ("held rates last Wednesday and signalled one cut", "visited Greenville
// on Saturday and promised state help"), so it falls within a date of a month or less; it falls
// within it too when it tells what the first verb's event brought about ("burned 77,000 acres
// five years ago and forced 200,000 people to flee"). After a longer date it is only no earlier
// than it ("joined the firm in 2010 and became its chief executive"): a span running to the
// article's date would draw a bar for what was one act.
void share_trailing_dates_with_next_verbs(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                                   const std::vector<char>& in_timex, const std::map<std::size_t, std::size_t>& event_at,
                                   std::vector<EventAnchor>& anchors) {
  const auto trailing = [&](const EventAnchor& anchor, std::size_t verb) {
    return timexes[anchor.timex].span.begin >= tokens.tokens[verb].span.end;
  };
  const auto trailing_month_or_less = [&](const EventAnchor& anchor, std::size_t verb) {
    const auto& interval = timexes[anchor.timex].interval;
    return trailing(anchor, verb) && interval && interval->precision <= Precision::Month;
  };
  const auto next_in_narrative = [&](std::size_t t, std::size_t verb, const std::vector<std::size_t>&) {
    const Token& conj = tokens.tokens[t];
    if (conj.deprel != "conj" && !middle_of_a_list(tokens, t, verb)) return false;
    if (absolute_head(tokens, t) != verb || conj.upos != "VERB") return false;
    if (!in_the_same_tense(tokens, t, verb)) return false;
    const auto subject = dependent(tokens, t, [](const Token& d) { return d.deprel.starts_with("nsubj"); });
    return !subject || in_timex[*subject];
  };
  const auto effect_in_narrative = [&](std::size_t t, std::size_t verb, const std::vector<std::size_t>& chain) {
    return brings_about(tokens.tokens[t].lemma) && next_in_narrative(t, verb, chain);
  };
  share_dates(tokens, events, event_at, anchors, trailing_month_or_less, next_in_narrative, AnchorRelation::Within);
  share_dates(tokens, events, event_at, anchors, trailing, effect_in_narrative, AnchorRelation::Within);
  share_dates(tokens, events, event_at, anchors, trailing, next_in_narrative, AnchorRelation::Since);
}

// "The blaze has burned 489,000 acres since it started on July 13", "has cut 500 jobs since
// it took over in March": a clause "since" opens, dated within a time, starts the verb it
// hangs on then, when that has no date of its own.
void share_since_clause_dates(const TokenizedText& tokens, const DocumentEvents& events,
                              const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const std::size_t clause = events.events[anchor.event].token;
    if (tokens.tokens[clause].deprel != "advcl" || tokens.tokens[clause].upos != "VERB") return;
    const auto since = dependent(tokens, clause, [](const Token& d) { return d.deprel == "mark" && lower(d.text) == "since"; });
    const std::size_t host = absolute_head(tokens, clause);
    if (since && host != clause) give(host, AnchorRelation::Since);
  });
}

// "a worker found a tree leaning on the power line on the morning of July 13", "saw smoke
// rising from the roof at 2 a.m.": a participle that describes a verb's object as it was then
// holds while the verb happens, so a date of the participle dates the verb too, when that has
// none of its own.
void share_with_verbs_over_described_objects(const TokenizedText& tokens, const DocumentEvents& events,
                                             const std::map<std::size_t, std::size_t>& event_at,
                                             std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const std::size_t participle = events.events[anchor.event].token;
    const Token& p = tokens.tokens[participle];
    if (p.xpos != "VBG" || anchor.steps == 0) return;
    const std::size_t up = absolute_head(tokens, participle);
    if (up == participle || up > participle) return;
    // (on the object, or, as the parser may have it, on a verb of perceiving right after its
    // object: "saw smoke rising")
    const bool on_object = p.deprel == "acl" && tokens.tokens[up].deprel == "obj";
    const auto object = dependent(tokens, up, [](const Token& d) { return d.deprel == "obj"; });
    const bool perceived = p.deprel == "advcl" && is_verb_of_perceiving(tokens.tokens[up].lemma) && object &&
                           *object + 1 == participle;
    const std::size_t verb = on_object ? absolute_head(tokens, up) : up;
    if (!(on_object || perceived) || (on_object && verb == up) || tokens.tokens[verb].upos != "VERB") return;
    give(verb, AnchorRelation::Within);
  });
}

// "winds expected to return on Tuesday and to last through Thursday", "the strike began on
// Monday and will continue until Friday", "reopened them in 1919 and ran them until 1931": a
// verb of lasting, or any verb, that only an "until" bounds, conjoined to a verb a date places,
// lasts from that date.
void start_lasting_conjuncts(const TokenizedText& tokens, const DocumentEvents& events,
                             const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  static const std::set<std::string> kLasting = {"last", "continue", "remain", "stay", "persist"};
  std::map<std::size_t, int> ways;  // event -> 1 when only an "until" dates it, 2 when more does
  for (const auto& anchor : anchors) {
    const bool until = anchor.relation == AnchorRelation::OnOrBefore && anchor.cue != "by";
    ways[anchor.event] = until && !ways.count(anchor.event) ? 1 : 2;
  }
  const std::size_t count = anchors.size();
  for (std::size_t a = 0; a < count; ++a) {
    const EventAnchor anchor = anchors[a];
    if (anchor.relation != AnchorRelation::Within) continue;
    const std::size_t verb = events.events[anchor.event].token;
    const auto lasting = dependent(tokens, verb, [&](const Token& d) {
      const std::size_t at = static_cast<std::size_t>(&d - tokens.tokens.data());
      if (d.deprel != "conj" || at <= verb || !event_at.count(at) || ways[event_at.at(at)] != 1) return false;
      // ("reopened two of them in 1919 and ran them until 1931": "until" tells any verb lasted)
      const auto until = std::find_if(anchors.begin(), anchors.end(), [&](const EventAnchor& x) {
        return x.event == event_at.at(at) && (x.cue == "until" || x.cue == "till");
      });
      return kLasting.count(d.lemma) > 0 || until != anchors.end();
    });
    if (lasting) anchors.push_back({event_at.at(*lasting), anchor.timex, AnchorRelation::Since, anchor.cue, 0, false, anchor.steps + 1});
  }
}

// A participle clause after its verb says what else happened then: "struck southern Turkey on
// Monday, toppling thousands of buildings and killing 5,000 people". Not one a word opens
// ("before leaving", "while visiting"), not one with a subject of its own.
bool trailing_participle(const TokenizedText& tokens, std::size_t t, std::size_t verb) {
  const Token& p = tokens.tokens[t];
  if (p.xpos != "VBG" || absolute_head(tokens, t) != verb || t < verb) return false;
  const bool opened = dependent(tokens, t, [](const Token& d) { return d.deprel == "mark"; }).has_value();
  return p.deprel == "advcl" && !opened && !has_own_subject(tokens, t);
}

// "forcing airlines [to cancel] flights", "allowing police [to stop] traffic": an infinitive
// hung on a participle says what it made happen, then and there.
bool infinitive_complement(const TokenizedText& tokens, std::size_t t) {
  const Token& v = tokens.tokens[t];
  if (v.xpos != "VB" || (v.deprel != "xcomp" && v.deprel != "advcl")) return false;
  const auto to = dependent(tokens, t, [](const Token& d) { return d.deprel == "mark"; });
  return to && lower(tokens.tokens[*to].text) == "to";
}

// Whether the infinitive at `t` is what `verb` made its object do ("forced 200,000 people to
// flee"), hung on the verb or, as the parser often has it, on the object ("people to flee").
bool brought_about_by(const TokenizedText& tokens, std::size_t t, std::size_t verb) {
  const Token& infinitive = tokens.tokens[t];
  if (infinitive.xpos != "VB" || !brings_about(tokens.tokens[verb].lemma)) return false;
  const auto to = dependent(tokens, t, [](const Token& d) { return d.deprel == "mark"; });
  if (!to || lower(tokens.tokens[*to].text) != "to") return false;
  const std::size_t up = absolute_head(tokens, t);
  const bool on_object = infinitive.deprel == "acl" && tokens.tokens[up].deprel == "obj" && absolute_head(tokens, up) == verb;
  return (up == verb && infinitive_complement(tokens, t)) || on_object;
}

// A date of a verb dates the participle clauses after it that have none of their own, the
// participles conjoined to them, and the infinitives they govern; so it does the infinitive of a
// verb that brings it about ("forced 200,000 people to flee five years ago").
void share_with_participles(const TokenizedText& tokens, const DocumentEvents& events,
                            const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  const auto any = [](const EventAnchor&, std::size_t) { return true; };
  const auto participle = [&](std::size_t t, std::size_t verb, const std::vector<std::size_t>& chain) {
    const std::size_t up = absolute_head(tokens, t);
    const bool on_participle = chain.size() > 1 && std::find(chain.begin() + 1, chain.end(), up) != chain.end();
    const bool conjoined = tokens.tokens[t].deprel == "conj" && tokens.tokens[t].xpos == "VBG" && on_participle;
    return conjoined || trailing_participle(tokens, t, verb) || (on_participle && infinitive_complement(tokens, t)) ||
           brought_about_by(tokens, t, verb);
  };
  share_dates(tokens, events, event_at, anchors, any, participle);
}

// "denied wrongdoing, telling the BBC on Sunday night that ...": a date of a trailing participle
// of speech dates the verb it hangs on when that has none, as the telling is how the denial was
// made. (Not other participles: "the river rose, flooding homes on Tuesday" may have risen before.)
void share_with_hosts_of_speech_participles(const TokenizedText& tokens, const DocumentEvents& events,
                                           const std::map<std::size_t, std::size_t>& event_at,
                                           std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const auto& participle = events.events[anchor.event];
    const std::size_t host = absolute_head(tokens, participle.token);
    if (participle.event_class == "REPORTING" && trailing_participle(tokens, participle.token, host))
      give(host, AnchorRelation::Within);
  });
}

// "touched down at 7:53 a.m. and slid for 300 metres before stopping": a clause "before" opens
// with a gerund and no subject of its own, on a verb a time of day dates, is the next step of a
// story told by the minute, on that day (as in share_trailing_dates_with_next_verbs). (Not "after
// driving all night", which may reach back into the day before.)
void share_with_next_steps_before(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                                  const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  const auto by_the_minute = [&](const EventAnchor& anchor, std::size_t) {
    const auto& interval = timexes[anchor.timex].interval;
    return interval && interval->precision == Precision::Instant;
  };
  const auto next_step = [&](std::size_t t, std::size_t verb, const std::vector<std::size_t>&) {
    const Token& gerund = tokens.tokens[t];
    if (gerund.xpos != "VBG" || gerund.deprel != "advcl" || absolute_head(tokens, t) != verb) return false;
    if (has_own_subject(tokens, t)) return false;
    const auto mark = dependent(tokens, t, [](const Token& d) { return d.deprel == "mark"; });
    return mark && lower(tokens.tokens[*mark].text) == "before";
  };
  share_dates(tokens, events, event_at, anchors, by_the_minute, next_step);
}

// "Halvern paid $2.3 million to settle a lawsuit last year": a date of an infinitive of purpose
// bounds the past verb it serves, when that has none of its own: done by then, or before it
// ("hired lawyers to defend itself at the trial on Monday"). Not a verb with "will" or a plan:
// "will travel to Paris to meet him on Monday", "agreed to resign in May" are xcomp or no
// simple past.
void share_with_purpose_hosts(const TokenizedText& tokens, const DocumentEvents& events,
                              const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    const std::size_t aim = events.events[anchor.event].token;
    // (only a date of the infinitive's own, not one of a noun it takes)
    if (anchor.steps != 1 || tokens.tokens[aim].deprel != "advcl" || !infinitive_complement(tokens, aim)) return;
    const std::size_t host = absolute_head(tokens, aim);
    if (host != aim && tokens.tokens[host].xpos == "VBD") give(host, AnchorRelation::OnOrBefore);
  });
}

// "began taking bribes in 2016 and continued until police raided his office in May 2019": a
// verb that carries its event on until a clause dated within a time goes on until that time at
// most (date_an_end makes that the end of the event it carries on), when nothing else dates it.
void continue_until_dated_clauses(const TokenizedText& tokens, const DocumentEvents& events,
                                  const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  std::set<std::size_t> dated;
  for (const auto& anchor : anchors) dated.insert(anchor.event);
  const std::size_t count = anchors.size();
  for (std::size_t a = 0; a < count; ++a) {
    const EventAnchor anchor = anchors[a];
    if (anchor.relation != AnchorRelation::Within) continue;
    const std::size_t clause = events.events[anchor.event].token;
    const auto until = dependent(tokens, clause, [](const Token& d) {
      return d.deprel == "mark" && (lower(d.text) == "until" || lower(d.text) == "till");
    });
    const std::size_t host = absolute_head(tokens, clause);
    // (the parser may hang the clause on the verb the continuing one is conjoined to)
    const auto continuing = [&](std::size_t t) { return continues_an_event(tokens.tokens[t].lemma); };
    const auto conjoined = dependent(tokens, host, [&](const Token& d) {
      const auto at = static_cast<std::size_t>(&d - tokens.tokens.data());
      return d.deprel == "conj" && at < clause && continuing(at);
    });
    const std::size_t verb = continuing(host) ? host : conjoined.value_or(host);
    const auto found = event_at.find(verb);
    if (!until || host == clause || !continuing(verb) || found == event_at.end() || dated.count(found->second)) continue;
    dated.insert(found->second);
    anchors.push_back({found->second, anchor.timex, AnchorRelation::OnOrBefore, "until", 0, false, anchor.steps + 1});
  }
}

// "A second attempt on Friday was called off", "the march on Sunday was cancelled": the verb
// that calls off a thing its own phrase dates (the thing told as not happening, the verb as
// done) does so by that date, when nothing else dates it.
void bound_calling_off_by_what_it_calls_off(const TokenizedText& tokens, const DocumentEvents& events,
                                            const std::map<std::size_t, std::size_t>& event_at,
                                            std::vector<EventAnchor>& anchors) {
  std::set<std::size_t> dated;
  for (const auto& anchor : anchors) dated.insert(anchor.event);
  const std::size_t count = anchors.size();
  for (std::size_t a = 0; a < count; ++a) {
    const EventAnchor anchor = anchors[a];
    const EventMention& thing = events.events[anchor.event];
    const Token& noun = tokens.tokens[thing.token];
    if (anchor.relation != AnchorRelation::Within || anchor.steps != 1 || thing.pos != "NOUN" || thing.modality != "negated")
      continue;
    if (noun.deprel != "nsubj:pass" && noun.deprel != "obj") continue;
    const auto found = event_at.find(absolute_head(tokens, thing.token));
    if (found == event_at.end() || dated.count(found->second) || events.events[found->second].modality != "actual") continue;
    dated.insert(found->second);
    anchors.push_back({found->second, anchor.timex, AnchorRelation::OnOrBefore, "called off", 0, false, anchor.steps + 1});
  }
}

// "ending a six-week trial" on Thursday: a verb folded into the event whose end it names dates
// that end, not the whole event, which ends by the date; so does one that carries it on "until"
// a time. (A start keeps dating the event it
// starts, as a reader places "an offensive that could begin in early 2022"; "sued to stop the
// deal" names no end, only an aim.)
// ("The visit will end on Friday", and nothing else told of it: the end is the event's news.)
void date_an_end(const EventMention& mention, EventAnchor& anchor) {
  if (!mention.support || mention.aim || mention.end_is_the_news) return;
  const bool until = lasts_until(anchor);
  if (anchor.relation == AnchorRelation::Within && ends_an_event(mention.lemma)) {
    anchor.relation = AnchorRelation::OnOrBefore;
    anchor.dates_its_end = true;
  } else if (until && continues_an_event(mention.lemma)) {
    anchor.dates_its_end = true;  // "continued until May": the event ends then
  }
}

// "pushed back to October", "moved to Friday": a date right after "to" (not "up to", which
// is "until"; "no earlier than" may come between) that the parse hangs on the verb, or on its particle, is where the verb sends
// something, not when the verb happened. So is one after "into" when the verb has an object
// ("pushing a final decision into next year"; "talks dragged into March" dates the talks' verb).
bool sends_to(const TokenizedText& tokens, const std::vector<std::size_t>& inside, std::size_t head, std::size_t verb) {
  std::size_t first = inside.front();
  if (first > 3 && !bound_before(tokens, first - 1).empty()) first -= 3;  // "pushed back to no earlier than Thursday"
  if (first == 0) return false;
  const std::string word = lower(tokens.tokens[first - 1].text);
  const bool into_with_object = word == "into" && dependent(tokens, verb, [](const Token& t) { return t.deprel == "obj"; });
  if (word != "to" && !into_with_object) return false;
  if (first >= 2 && lower(tokens.tokens[first - 2].text) == "up") return false;
  const std::size_t up = absolute_head(tokens, head);
  const bool particle = tokens.tokens[up].upos == "ADV" || tokens.tokens[up].deprel == "compound:prt";
  return up == verb || (particle && absolute_head(tokens, up) == verb);
}

// "raised its outlook for 2026", "scheduled the vote for Friday": a date after "for" on an
// active verb with an object is the object's time, not the verb's ("the vote was set for
// Friday" keeps it: the setting names when the vote is; and "has held rates for the past year"
// counts back the verb's own stretch).
bool books_for(const TokenizedText& tokens, const Timex& timex, const std::vector<std::size_t>& inside, std::size_t verb) {
  if (timex.type != "DATE" || tokens.tokens[verb].upos != "VERB" || inside.front() == 0) return false;
  // ("report results for its fiscal first quarter": a determiner may open the period's phrase)
  std::size_t before = inside.front() - 1;
  if (before > 0 && (tokens.tokens[before].upos == "DET" || tokens.tokens[before].xpos == "PRP$")) --before;
  if (lower(tokens.tokens[before_part_of_time(tokens, before)].text) != "for") return false;
  static const std::set<std::string> kBack = {"past", "last", "previous"};
  if (std::any_of(inside.begin(), inside.end(), [&](std::size_t k) { return kBack.count(lower(tokens.tokens[k].text)); }))
    return false;
  const auto passive = dependent(tokens, verb, [](const Token& t) { return t.deprel == "aux:pass" || t.deprel == "nsubj:pass"; });
  const auto object = dependent(tokens, verb, [](const Token& t) { return t.deprel == "obj"; });
  return !passive && object;
}

// "promised a referendum next year", "threatened further strikes in January": a date after the
// object of an active verb of promising is the promised thing's, where the timex tagger reads it
// ahead for that (promised_thing in core/timex/timex_tagger.cpp): a bare month or season or a
// "next" one, not a weekday, a day of the month, a year or a time counted back.
bool promises_for(const TokenizedText& tokens, const std::vector<std::size_t>& inside, std::size_t verb) {
  if (!is_verb_of_promising(tokens.tokens[verb].lemma)) return false;
  static const std::set<std::string> kBack = {"last", "ago", "earlier", "past", "previous", "this"};
  for (const auto k : inside) {
    const std::string w = lower(tokens.tokens[k].text);
    if (is_day_word(w) || kBack.count(w) || tokens.tokens[k].upos == "NUM") return false;
  }
  const auto object = dependent(tokens, verb, [](const Token& t) { return t.deprel == "obj"; });
  const auto passive = dependent(tokens, verb, [](const Token& t) { return t.deprel == "aux:pass"; });
  return object && *object < inside.front() && !passive;
}

// "Analysts expect a recession next year", "forecasts a rebound in the spring": a date after
// the object of a verb of expecting in the present is the expected thing's, as for promising
// (not a time counted back, nor a weekday or day of the month, which date the saying). So is a
// deadline in any tense, a weekday too: "said he expected full containment by next week",
// "expected a deal by Friday" expected it by then; no one expects by a date.
bool expects_for(const TokenizedText& tokens, const std::vector<std::size_t>& inside, std::size_t verb,
                 const std::string& preposition) {
  const Token& v = tokens.tokens[verb];
  const bool deadline = preposition == "by";
  if (!is_verb_of_expecting(v.lemma) || (v.xpos != "VBZ" && v.xpos != "VBP" && !deadline)) return false;
  static const std::set<std::string> kBack = {"last", "ago", "earlier", "past", "previous"};
  for (const auto k : inside) {
    const std::string w = lower(tokens.tokens[k].text);
    if ((is_day_word(w) && !deadline) || kBack.count(w)) return false;
  }
  const auto object = dependent(tokens, verb, [](const Token& t) { return t.deprel == "obj"; });
  return object && *object < inside.front();
}

// "Forecasters predicted heavy rain on Sunday", "warned of flooding on Monday": a date right
// after what a verb of forecasting takes (its object, or the noun "of" opens after "warn") is
// the forecast thing's; that noun, or none when the verb is no such verb.
std::optional<std::size_t> forecast_thing(const TokenizedText& tokens, const std::vector<std::size_t>& inside,
                                          std::size_t verb) {
  const std::string lemma = lower(tokens.tokens[verb].lemma);
  if (!is_verb_of_forecasting(lemma)) return std::nullopt;
  const bool forecasts = lemma != "warn";  // ("warn" takes its thing with "of")
  const auto thing = dependent(tokens, verb, [&](const Token& t) {
    if (forecasts) return t.deprel == "obj";
    if (t.deprel != "obl") return false;
    const std::size_t at = static_cast<std::size_t>(&t - tokens.tokens.data());
    const auto opener = dependent(tokens, at, [](const Token& c) { return c.deprel == "case"; });
    return opener && lower(tokens.tokens[*opener].text) == "of";
  });
  if (!thing || *thing > inside.front()) return std::nullopt;
  return thing;
}

// The event a verb sends to a date: its passive subject or object ("the launch has been pushed
// back to October" dates the launch), or for a verb with neither, what moves itself, its subject
// or its first conjunct's ("the flight had been planned for November but will slip to next
// year"); none when the verb sends no event. An event that is no verb keeps the date ("the delay
// to October").
std::optional<std::size_t> sent_event(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                      const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t verb = events.events[event].token;
  if (tokens.tokens[verb].upos != "VERB") return event;
  auto sent = dependent(tokens, verb, [](const Token& t) { return t.deprel == "nsubj:pass" || t.deprel == "obj"; });
  if (!sent) sent = dependent(tokens, verb, [](const Token& t) { return t.deprel == "nsubj"; });
  if (!sent && tokens.tokens[verb].deprel == "conj")
    sent = dependent(tokens, absolute_head(tokens, verb), [](const Token& t) { return t.deprel.starts_with("nsubj"); });
  const auto found = sent ? event_at.find(*sent) : event_at.end();
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

// "sued to stop the deal in February": a date the parser hung on the object of an infinitive
// that a past verb aimed at (folded into it as its support, event_coreference.h) dates that
// verb, not the object. Returns that verb's event, else `event`.
std::size_t aimed_by(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                     const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t noun = events.events[event].token;
  if (tokens.tokens[noun].upos != "NOUN" || tokens.tokens[noun].deprel != "obj") return event;
  const std::size_t goal = absolute_head(tokens, noun);
  const std::size_t verb = absolute_head(tokens, goal);
  const auto aim = event_at.find(goal), found = event_at.find(verb);
  if (tokens.tokens[verb].xpos != "VBD" || aim == event_at.end() || found == event_at.end()) return event;
  return events.events[aim->second].aim ? found->second : event;
}

// "were ordered to leave their homes on Monday", "had asked officials to look kindly on the bid
// in January 2023": a date the parser hung on the infinitive a past verb asked its object to do
// (object_control.h) dates the asking; what was asked was yet to be done then. Returns the asking
// verb's event, else `event`. (Not a verb still to ask, "will urge them to leave on Monday", nor
// one that only reports: "was told to evacuate the platform on Tuesday".)
std::size_t asked_by(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                     const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t infinitive = events.events[event].token;
  if (tokens.tokens[infinitive].deprel != "xcomp" || !infinitive_complement(tokens, infinitive)) return event;
  const std::size_t asker = absolute_head(tokens, infinitive);
  const Token& verb = tokens.tokens[asker];
  const auto found = event_at.find(asker);
  if (found == event_at.end() || (verb.xpos != "VBD" && verb.xpos != "VBN") || !asks_its_object(verb.lemma)) return event;
  return events.events[found->second].reporting_evidence ? event : found->second;
}

// "rose more than expected in March": a date on a comparison's standard dates the event the
// comparison measures (the rise), when that is an event.
std::size_t measured_by_comparison(const TokenizedText& tokens, const DocumentEvents& events, std::size_t event,
                                   const std::map<std::size_t, std::size_t>& event_at) {
  const auto measured = compared_verb(tokens, events.events[event].token);
  const auto found = measured ? event_at.find(*measured) : event_at.end();
  return found == event_at.end() ? event : found->second;
}

// Whether the phrase of event noun `noun` opens with "after" or "before" said close ("shortly
// after takeoff", "minutes before the vote"), so that what is close to it is on its day too.
bool close_to_a_noun(const TokenizedText& tokens, std::size_t noun, const Timex& timex) {
  if (!timex.interval || timex.interval->precision > Precision::Day) return false;
  const auto marker = dependent(tokens, noun, [](const Token& t) { return t.deprel == "case"; });
  return marker && *marker < noun && said_close(tokens, *marker);
}

// "signed the deal on Monday": the verb over a dated event noun takes the noun's date too, or,
// when "after", "before", ... opens the noun's phrase, is bounded as that word says ("stalled
// after the collapse on Monday" is after Monday; "lost power shortly after takeoff on Saturday"
// is on Saturday).
void share_with_verb_over_noun(const TokenizedText& tokens, const DocumentEvents& events, const Timex& timex,
                               const std::map<std::size_t, std::size_t>& event_at, const EventAnchor& noun_anchor,
                               std::vector<EventAnchor>& anchors) {
  const auto verb = verb_over_noun_event(tokens, events, noun_anchor.event, event_at);
  if (!verb) return;
  const std::size_t noun = events.events[noun_anchor.event].token;
  const std::string bound = close_to_a_noun(tokens, noun, timex) ? std::string{} : bounding_marker(tokens, noun);
  const AnchorRelation relation = bound.empty() ? noun_anchor.relation : relation_from_cue(bound);
  anchors.push_back({*verb, noun_anchor.timex, relation, bound.empty() ? noun_anchor.cue : bound, 0, false, noun_anchor.steps + 1});
}

// "used as collateral in drug deals during the 2000s", "was injured in an attack in 2014": a
// verb whose oblique event noun "in" opens happens within that event, whatever its date's length.
bool takes_place_in(const TokenizedText& tokens, std::size_t noun) {
  if (tokens.tokens[noun].deprel != "obl") return false;
  const auto marker = dependent(tokens, noun, [](const Token& t) { return t.deprel == "case"; });
  return marker && lower(tokens.tokens[*marker].text) == "in";
}

// "did not disclose the breach until Monday": a verb negated before "until" happens then (as
// happens_only_then in core/events/event_attributes.cpp makes it actual); so does one a negated
// verb of expecting governs ("is not expected to reopen until March").
bool not_until(const TokenizedText& tokens, const std::string& preposition, std::size_t verb) {
  if (preposition != "until" && preposition != "till") return false;
  return negated_until_then(tokens, verb);
}

// "The round robin starts on Wednesday, Feb. 4, and continues every day until Feb. 9", "opened
// on Monday and runs until Friday": a verb conjoined to a verb of starting runs from that verb's
// date to the one "until" gives. The index of the starting date (an earlier time expression
// hung on the starting verb), none when there is none, or when the subject is an event ("The
// strike began in February and continued until May": the strike runs between the two).
std::optional<std::size_t> started_on(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t until,
                                      std::size_t verb, const std::map<std::size_t, std::size_t>& event_at) {
  const Sentence* sentence = sentence_containing(tokens, verb);
  if (!sentence) return std::nullopt;
  const ParseView parse(tokens, *sentence);
  const auto start = parse.head(verb);
  if (!start || !parse.relation_is(verb, "conj") || *start > verb) return std::nullopt;
  const std::string lemma = lower(tokens.tokens[*start].lemma);
  if (!starts_an_event(lemma) && lemma != "open") return std::nullopt;
  if (const auto subject = parse.child(*start, "nsubj"); subject && event_at.count(*subject)) return std::nullopt;
  for (std::size_t k = 0; k < until; ++k) {
    const auto inside = tokens_in(tokens, timexes[k].span);
    if (inside.empty() || !timexes[k].interval || inside.front() < sentence->first_token) continue;
    if (parse.head(expression_head(tokens, inside)) == start) return k;
  }
  return std::nullopt;
}

// "is not expected to start before 2026", "will not be allowed back before Aug. 20": it
// happens no earlier than the date (event_attributes leaves it planned, not negated). Not a
// denied perfect ("had never lost a set before this season"), which denies the time before it.
bool not_expected_before(const TokenizedText& tokens, const std::string& preposition, std::size_t verb) {
  return preposition == "before" && negated_until_then(tokens, verb) && !perfect_without_modal(tokens, verb);
}

// "has until Feb 20 to file its appeal", "gave both sides until Nov 15 to file their briefs": a
// date "until" gives a verb of having or giving time is the deadline of the event its
// infinitive names (infinitive_given_time_until, word_forms.h), not the verb's time.
std::optional<std::size_t> event_due_by(const TokenizedText& tokens, std::size_t head, const std::string& preposition,
                                        const std::map<std::size_t, std::size_t>& event_at) {
  if (preposition != "until" && preposition != "till") return std::nullopt;
  const std::size_t given = absolute_head(tokens, head);
  auto infinitive = infinitive_given_time_until(tokens, given);
  // ("has 90 working days, until Nov. 23, to decide": the date on the time given)
  if (!infinitive && tokens.tokens[given].deprel == "obj")
    infinitive = infinitive_given_time_until(tokens, absolute_head(tokens, given));
  const auto found = infinitive ? event_at.find(*infinitive) : event_at.end();
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

// "The Commission now has 90 days, until Nov. 23, to decide": a time other than the "until"
// that hangs on a verb of having or giving time (no event: infinitive_given_time_until) tells
// when the time is had, which is not the time of what it is given for.
bool dates_the_time_given(const TokenizedText& tokens, std::size_t head, const std::string& preposition) {
  if (preposition == "until" || preposition == "till") return false;
  return infinitive_given_time_until(tokens, absolute_head(tokens, head)).has_value();
}

// "were released on bail until 10 March", "was placed under house arrest until June": an
// "until" right after the state a verb puts someone in ("on", "in" or "under" a noun) bounds
// that state, not the putting, which came before. A verb that lasts itself
// keeps it: "stayed in hospital until Monday", "was held in custody until his trial".
bool bounds_the_state_put_in(const TokenizedText& tokens, const std::vector<std::size_t>& inside, std::size_t head,
                             const std::string& preposition) {
  static const std::set<std::string> kLasting = {"stay", "remain", "keep", "hold", "be",   "live", "continue",
                                                 "wait", "sit",    "stand", "serve", "last", "run",  "detain"};
  if ((preposition != "until" && preposition != "till") || inside.front() < 3) return false;
  const std::size_t state = inside.front() - 2;
  const Token& noun = tokens.tokens[state];
  if (noun.upos != "NOUN" || noun.deprel != "obl") return false;
  const std::string opener = case_word_before(tokens, state);
  if (opener != "on" && opener != "in" && opener != "under") return false;
  const std::size_t verb = absolute_head(tokens, state);
  const bool same_verb = absolute_head(tokens, head) == verb || absolute_head(tokens, head) == state;
  return same_verb && tokens.tokens[verb].upos == "VERB" && !kLasting.count(tokens.tokens[verb].lemma);
}

// "set a deadline of midnight on Sunday", "issued an ultimatum for Friday": a date the parse
// hangs on the verb's object when that object is a time limit is the limit's time, not the verb's
// (the time limits of DEADLINENOUN in data/timex/lexicon.txt).
bool limits_its_object(const TokenizedText& tokens, std::size_t head, std::size_t verb) {
  static const std::set<std::string> kLimits = {"deadline", "ultimatum", "cutoff"};
  const std::size_t limit = absolute_head(tokens, head);
  return limit != head && tokens.tokens[limit].deprel == "obj" && absolute_head(tokens, limit) == verb &&
         kLimits.count(lower(tokens.tokens[limit].lemma)) > 0;
}

// Whether the verb sends, books, promises, expects or sets its object for the date ("moved the
// vote to Friday", "scheduled the vote for Friday", "set a deadline of Friday"), which is then the
// object's time, not the verb's.
bool sends_its_object(const TokenizedText& tokens, const Timex& timex, const std::vector<std::size_t>& inside,
                      std::size_t head, std::size_t verb, const std::string& preposition) {
  return sends_to(tokens, inside, head, verb) || books_for(tokens, timex, inside, verb) ||
         promises_for(tokens, inside, verb) || expects_for(tokens, inside, verb, preposition) ||
         limits_its_object(tokens, head, verb);
}

// Whether the verb's object is what the date is the time of, not the verb (sent, or forecast:
// "predicted heavy rain on Sunday").
bool times_the_object(const TokenizedText& tokens, const Timex& timex, std::size_t verb) {
  const auto inside = tokens_in(tokens, timex.span);
  const std::size_t head = expression_head(tokens, inside);
  return sends_its_object(tokens, timex, inside, head, verb, preposition_before(tokens, inside)) ||
         forecast_thing(tokens, inside, verb).has_value();
}

// Whether nothing but punctuation follows the expression in its sentence.
bool closes_its_sentence(const TokenizedText& tokens, const Timex& timex) {
  const auto inside = tokens_in(tokens, timex.span);
  const Sentence* sentence = inside.empty() ? nullptr : sentence_containing(tokens, inside.back());
  if (!sentence) return false;
  for (std::size_t k = inside.back() + 1; k < sentence->first_token + sentence->token_count; ++k)
    if (tokens.tokens[k].upos != "PUNCT") return false;
  return true;
}

// "had been flagged as unsafe by two inspections in the 1990s": the event that is a passive
// verb's agent is when the verb happened. And "Harlow was declared the winner of Northbridge's
// election on Tuesday night", "lifted orders for the neighbourhoods threatened by the fire on
// Thursday": a day closing its sentence, which the parse hangs on an event inside the main
// verb's object, dates that verb too, as news gives the day of its main event last.
void share_with_main_verbs(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                           const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  constexpr int kMaxSteps = 4;
  share_each_date(tokens, events, event_at, anchors, [&](const EventAnchor& anchor, auto give) {
    std::size_t t = events.events[anchor.event].token;
    if (tokens.tokens[t].deprel == "obl:agent") return give(absolute_head(tokens, t), AnchorRelation::Within);
    const Timex& timex = timexes[anchor.timex];
    if (!timex.interval || timex.interval->precision > Precision::Day || !closes_its_sentence(tokens, timex)) return;
    for (int step = 0; step < kMaxSteps; ++step) {
      const std::size_t up = absolute_head(tokens, t);
      const std::string& relation = tokens.tokens[t].deprel;
      if (up == t) return;
      if (relation == "obj") {
        if (tokens.tokens[up].deprel == "root" && tokens.tokens[up].upos == "VERB" && !times_the_object(tokens, timex, up))
          give(up, AnchorRelation::Within);
        return;
      }
      if (relation != "nmod" && relation != "acl") return;
      t = up;
    }
  });
}

// "By the time they arrived, about seven minutes later, the gang had left": a time set off by
// commas right after a clause that "by the time" or "when" opens, in front of the main verb,
// is that clause's afterthought: the clause's verb's event, if any. (The main verb's event is
// done by then after "by the time": by_the_time below.)
std::optional<std::size_t> clause_before_apposed_time(const TokenizedText& tokens, const std::vector<std::size_t>& inside,
                                                      const std::map<std::size_t, std::size_t>& event_at, bool* by_the_time) {
  if (inside.front() < 4) return std::nullopt;
  std::size_t comma = inside.front() - 1;
  if (tokens.tokens[comma].upos == "ADV") --comma;  // ("about seven minutes later")
  if (tokens.tokens[comma].text != "," || inside.back() + 1 >= tokens.tokens.size() || tokens.tokens[inside.back() + 1].text != ",")
    return std::nullopt;
  const std::size_t last = comma - 1;
  const auto* sentence = sentence_containing(tokens, last);
  if (!sentence) return std::nullopt;
  for (std::size_t k = last + 1; k-- > sentence->first_token;) {
    const Token& verb = tokens.tokens[k];
    if (verb.upos != "VERB" || !event_at.count(k)) continue;
    const std::size_t up = absolute_head(tokens, k);
    const bool time_noun = verb.deprel == "acl:relcl" && lower(tokens.tokens[up].text) == "time" &&
                           case_word_before(tokens, up) == "by";
    const auto mark = dependent(tokens, k, [](const Token& d) { return d.deprel == "mark"; });
    const bool when = verb.deprel == "advcl" && mark && lower(tokens.tokens[*mark].text) == "when";
    if (!time_noun && !when) return std::nullopt;
    *by_the_time = time_noun;
    return event_at.at(k);
  }
  return std::nullopt;
}

// "at 7:53 a.m. on April 30, just hours before tanks rolled in", "two days after the vote": the
// event of the clause or the noun that "before" or "after" right after a duration opens, which the
// tagger placed within that distance of the day named before it; none for another duration.
std::optional<std::size_t> event_at_a_distance(const TokenizedText& tokens, const Timex& timex, const std::vector<std::size_t>& inside,
                                               const std::map<std::size_t, std::size_t>& event_at) {
  const std::size_t marker = inside.back() + 1;
  if (timex.type != "DURATION" || marker >= tokens.tokens.size()) return std::nullopt;
  const Token& word = tokens.tokens[marker];
  if ((lower(word.text) != "before" && lower(word.text) != "after") || (word.deprel != "mark" && word.deprel != "case"))
    return std::nullopt;
  const auto found = event_at.find(absolute_head(tokens, marker));
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

// Whether token `from` reaches token `target` going up at most three heads.
bool hangs_within(const TokenizedText& tokens, std::size_t from, std::size_t target) {
  for (int steps = 0; steps < 3 && from != target; ++steps) {
    const std::size_t next = absolute_head(tokens, from);
    if (next == from) break;
    from = next;
  }
  return from == target;
}

// "at 7:53 a.m. on April 30, just hours before tanks rolled in": the tagger counts the distance
// from the day named last before it, which must date the clause the distance is counted from.
// "denied on Wednesday that it had cut power two days before the fire began" counts from the
// cutting, which no day dates, not from the denial's Wednesday. `event` is the clause (or noun)
// "before" or "after" opens.
bool counted_from_its_clause_day(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t t,
                                 std::size_t event) {
  const auto* sentence = sentence_containing(tokens, event);
  if (!sentence) return false;
  const std::size_t from = absolute_head(tokens, event);
  for (std::size_t k = t; k-- > 0;) {
    const auto inside = tokens_in(tokens, timexes[k].span);
    if (inside.empty() || inside.front() < sentence->first_token) return false;
    if (!timexes[k].interval || timexes[k].type == "DURATION") continue;
    // (the day on the clause's verb, or on a phrase of it: "on April 30, 1975")
    return hangs_within(tokens, expression_head(tokens, inside), from);
  }
  return false;
}

// A duration told as a least distance: "more than 80 hours", "at least two weeks".
bool open_ended(const Timex& timex) { return timex.mod == "MORE_THAN" || timex.mod == "EQUAL_OR_MORE"; }

// A dated duration right before "before" or "after" ("just hours before tanks rolled in"), not a
// span the event lies in ("prices rose in recent days after the mill closed").
bool duration_before_or_after(const TokenizedText& tokens, const Timex& timex, const std::vector<std::size_t>& inside) {
  const std::string opener = inside.front() > 0 ? lower(tokens.tokens[inside.front() - 1].text) : std::string{};
  const bool lies_in = opener == "in" || opener == "over" || opener == "during" || opener == "within" || opener == "for";
  if (timex.type != "DURATION" || !timex.interval || lies_in || inside.back() + 1 >= tokens.tokens.size()) return false;
  const std::string next = lower(tokens.tokens[inside.back() + 1].text);
  return next == "before" || next == "after";
}

// "warned them as early as 2011, nearly nine years before the dam failed": a date right before a
// distance counted back from a clause dates the clause the distance is counted from (the warning),
// not the one "before" opens, even where the parse hangs the date on that one. The event it dates.
std::optional<std::size_t> clause_a_distance_counts_from(const TokenizedText& tokens, const DocumentEvents& events,
                                                         const std::vector<Timex>& timexes, std::size_t t,
                                                         const std::map<std::size_t, std::size_t>& event_at) {
  constexpr std::size_t kGap = 3;  // ", nearly", ", just"
  if (t + 1 >= timexes.size() || timexes[t].type == "DURATION" || !timexes[t].interval) return std::nullopt;
  const auto inside = tokens_in(tokens, timexes[t].span);
  const auto distance = tokens_in(tokens, timexes[t + 1].span);
  if (inside.empty() || distance.empty() || distance.front() <= inside.back() || distance.front() - inside.back() > kGap)
    return std::nullopt;
  if (!duration_before_or_after(tokens, timexes[t + 1], distance)) return std::nullopt;
  const auto opened = event_at_a_distance(tokens, timexes[t + 1], distance, event_at);
  if (!opened || !counted_from_its_clause_day(tokens, timexes, t + 1, events.events[*opened].token)) return std::nullopt;
  // (only where the parse hangs the date on the clause "before" opens; elsewhere it dates what it hangs on)
  if (!hangs_within(tokens, expression_head(tokens, inside), events.events[*opened].token)) return std::nullopt;
  const auto from = event_at.find(absolute_head(tokens, events.events[*opened].token));
  return from == event_at.end() ? std::nullopt : std::optional(from->second);
}

// "publish an interim review within four weeks and a final review next year": a date right after
// a noun that "and" joins on after the verb's object and that object's own time expression dates
// the second object's event, which the verb leaves unsaid, not the verb ("sold the house and the
// car last year", with no time between, dates the one selling).
bool dates_a_gapped_object(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t first,
                           std::size_t verb) {
  if (first == 0 || first - 1 <= verb) return false;
  const std::size_t noun = first - 1;
  if (tokens.tokens[noun].upos != "NOUN" || tokens.tokens[noun].deprel != "conj") return false;
  const auto joint = dependent(tokens, noun, [](const Token& d) { return d.deprel == "cc" && lower(d.text) == "and"; });
  const auto object = dependent(tokens, verb, [](const Token& d) { return d.deprel == "obj"; });
  if (!joint || !object || *object > *joint) return false;
  return std::any_of(timexes.begin(), timexes.end(), [&](const Timex& other) {
    const auto words = tokens_in(tokens, other.span);
    return !words.empty() && words.front() > *object && words.back() < *joint;
  });
}

// The anchors of time expression t. Returns true when the next expression ends the span this
// one opens ("between 2020 and 2022") and so dates nothing else.
bool anchor_timex(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                  std::size_t t, const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  const auto& timex = timexes[t];
  const auto inside = tokens_in(tokens, timex.span);
  if (inside.empty()) return false;
  const std::size_t head = expression_head(tokens, inside);
  const bool has_parse = parsed(tokens, head);
  if (const auto effective = in_effect_from(tokens, inside.front(), event_at)) {
    anchors.push_back({*effective, t, AnchorRelation::Since, "effective", 0, false, 1});
    return false;
  }
  if (const auto from = has_parse ? clause_a_distance_counts_from(tokens, events, timexes, t, event_at) : std::nullopt) {
    anchors.push_back({*from, t, AnchorRelation::Within, "syntax", 0, false, 1});
    return false;
  }
  if (duration_before_or_after(tokens, timex, inside)) {
    // ("more than 80 hours after it collapsed": the event lies beyond that distance, not within
    // it; the ordering link's gap bounds it)
    if (open_ended(timex)) return false;
    const auto event = has_parse ? event_at_a_distance(tokens, timex, inside, event_at) : std::nullopt;
    if (event && counted_from_its_clause_day(tokens, timexes, t, events.events[*event].token))
      anchors.push_back({*event, t, AnchorRelation::Within, lower(tokens.tokens[inside.back() + 1].text), 0, false, 1});
    return false;
  }
  std::string preposition = preposition_before(tokens, inside);
  if (preposition.empty() && has_parse) preposition = phrase_preposition(tokens, head, event_at);
  if (has_parse && possessor_of_a_thing(tokens, timex, head, event_at)) return false;
  if (preposition.empty() && has_parse && names_a_thing(tokens, head, event_at)) {
    if (const auto verb = verb_reporting_on(tokens, timexes, t, head, event_at))
      anchors.push_back({*verb, t, AnchorRelation::Within, "syntax", 0, false, 2});
    return false;
  }
  // ("the first woman to defend the title since Serena Williams in 2014": the standard's year, not
  // a period the subject's verb reports on)
  if (has_parse && !dates_what_since_names(tokens, inside.front()))
    if (const auto verb = verb_measured_over(tokens, timexes, t, head, event_at)) {
      anchors.push_back({*verb, t, AnchorRelation::Within, "syntax", 0, false, 2});
      return false;
    }
  if (has_parse)
    if (const std::string bound = bounding_noun_preposition(tokens, timexes, head, preposition, event_at); !bound.empty()) preposition = bound;
  if (const auto bounding = has_parse ? event_noun_bounding_before(tokens, inside.front(), event_at) : std::nullopt) {
    anchors.push_back({event_at.at(bounding->first), t, AnchorRelation::Within, "syntax", 0, false, 1});
    preposition = bounding->second;
  }
  const auto clause = when_clause_event(tokens, inside.back(), event_at);
  if (has_parse && bounds_a_comparison(tokens, timex, head, preposition, event_at)) {
    if (clause) anchors.push_back({*clause, t, AnchorRelation::Within, "when", 0, false, 1});
    return false;
  }
  if (has_parse && dates_a_state_of_a_noun(tokens, head, event_at)) return false;
  if (has_parse && dates_the_time_given(tokens, head, preposition)) return false;
  if (has_parse && bounds_the_state_put_in(tokens, inside, head, preposition)) {
    // ("placed under house arrest until June": the state, when it is an event, lasts until then)
    if (const auto state = event_at.find(inside.front() - 2); state != event_at.end())
      anchors.push_back({state->second, t, AnchorRelation::OnOrBefore, preposition, 0, false, 1});
    return false;
  }
  bool by_the_time = false;
  if (const auto apposed = has_parse ? clause_before_apposed_time(tokens, inside, event_at, &by_the_time) : std::nullopt) {
    anchors.push_back({*apposed, t, AnchorRelation::Within, "syntax", 0, false, 1});
    const auto main = by_the_time ? nearest_by_syntax(tokens, head, event_at) : std::nullopt;
    if (main && main->first != *apposed) anchors.push_back({main->first, t, AnchorRelation::OnOrBefore, "by the time", 0, false, main->second});
    return false;
  }
  bool quoted_apart = false;
  auto misparsed = has_parse ? event_of_a_date_read_as_clause(tokens, head, inside.front(), event_at) : std::nullopt;
  if (!misparsed && has_parse) misparsed = participle_right_before(tokens, head, inside.front(), event_at);
  const std::size_t start = climb_from(tokens, head, inside.front(), inside.back());
  const auto climbed = misparsed ? std::optional(std::pair{*misparsed, 1})
                       : has_parse ? nearest_by_syntax(tokens, start, event_at, &quoted_apart)
                                   : std::nullopt;
  if (!climbed && quoted_apart) return false;  // (only events across a quotation mark above it)
  std::optional<std::size_t> by_syntax;
  if (climbed) by_syntax = last_conjunct_before(tokens, events, climbed->first, inside.front(), event_at);
  if (by_syntax) by_syntax = elided_conjunct_before(tokens, events, timexes, *by_syntax, inside.front(), event_at);
  if (by_syntax) by_syntax = verb_over_a_noun_read_as_verb(tokens, events, *by_syntax, event_at);
  if (by_syntax) by_syntax = perfect_verb_since(tokens, events, *by_syntax, inside.front(), preposition, event_at);
  if (by_syntax && content_after_that(tokens, events.events[*by_syntax].token, inside.front())) return false;
  if (const auto clause = by_syntax ? modal_clause_before(tokens, events.events[*by_syntax].token, inside.front()) : std::nullopt) {
    const auto found = event_at.find(*clause);
    if (found == event_at.end()) return false;  // (no event to date: "the worst could be over")
    by_syntax = found->second;
  }
  if (by_syntax) by_syntax = past_a_closed_relative_clause(tokens, events, *by_syntax, inside.front(), event_at);
  if (by_syntax) by_syntax = closing_its_since_clause(tokens, events, *by_syntax, inside.front(), event_at);
  if (by_syntax) by_syntax = past_a_standing_participle(tokens, events, *by_syntax, inside.front(), event_at);
  if (by_syntax) by_syntax = past_a_comma_after_its_noun(tokens, events, *by_syntax, inside.front(), event_at);
  if (by_syntax) by_syntax = offered_by(tokens, events, *by_syntax, event_at);
  if (by_syntax) by_syntax = expected_infinitive_before(tokens, events, *by_syntax, inside.front(), event_at);
  if (by_syntax) by_syntax = infinitive_before_a_deadline(tokens, events, *by_syntax, inside.front(), preposition, event_at);
  const auto asker = by_syntax;
  if (by_syntax) by_syntax = asked_for_by_a_deadline(tokens, events, *by_syntax, inside.front(), preposition, event_at);
  const bool asked_for = by_syntax != asker;
  bool expecting_denied = false;
  if (by_syntax) by_syntax = expected_object_before(tokens, events, *by_syntax, inside.front(), event_at, &expecting_denied);
  if (by_syntax) by_syntax = measured_by_comparison(tokens, events, *by_syntax, event_at);
  if (by_syntax) by_syntax = aimed_by(tokens, events, *by_syntax, event_at);
  // (a time limit on what was asked is not the asking's: "urged them to return within days")
  if (by_syntax && relation_from_cue(preposition) == AnchorRelation::Within && !limit_within(tokens, inside.front()))
    by_syntax = asked_by(tokens, events, *by_syntax, event_at);
  const int steps = climbed ? climbed->second : 0;
  if (!by_syntax && has_parse && dates_a_participle_clause(tokens, head, event_at)) return false;
  auto event = by_syntax ? by_syntax : nearest_in_sentence(tokens, head, event_at);
  if (!by_syntax && event && events.events[*event].token > inside.back() && after_due(tokens, inside.front())) return false;
  const bool sent = event && by_syntax && sends_its_object(tokens, timex, inside, head, events.events[*event].token, preposition);
  if (sent) event = sent_event(tokens, events, *event, event_at);
  // (what is forecast takes the date, or nothing does: the forecasting was before it)
  if (const auto thing =
          event && by_syntax ? forecast_thing(tokens, inside, events.events[*event].token) : std::nullopt) {
    const auto found = event_at.find(*thing);
    event = found == event_at.end() ? std::nullopt : std::optional<std::size_t>(found->second);
  }
  if (const auto due = has_parse ? event_due_by(tokens, head, preposition, event_at) : std::nullopt) event = due;
  const auto be_subjects = has_parse && !by_syntax ? subjects_of_a_dated_be(tokens, head, event_at) : std::vector<std::size_t>{};
  if (!be_subjects.empty()) event = be_subjects.front();
  if (!event) return false;
  if (by_syntax && dates_a_gapped_object(tokens, timexes, inside.front(), events.events[*event].token)) return false;
  const std::string cue = preposition.empty() ? (has_parse ? "syntax" : "proximity") : preposition;
  if (const auto until = span_end(tokens, timexes, t, preposition); until && timexes[*until].interval) {
    anchors.push_back({*event, t, AnchorRelation::Between, cue, *until, has_parse && !by_syntax, steps});
    const auto verb = by_syntax && lasts_through(tokens, events.events[*event].token)
                          ? verb_over_noun_event(tokens, events, *event, event_at) : std::nullopt;
    if (verb) anchors.push_back({*verb, t, AnchorRelation::Between, cue, *until, false, steps + 1});
    return true;
  }
  if (const auto from = has_parse && (preposition == "until" || preposition == "till")
                           ? started_on(tokens, timexes, t, events.events[*event].token, event_at) : std::nullopt) {
    anchors.push_back({*event, *from, AnchorRelation::Between, cue, t, false, steps});
    return true;
  }
  AnchorRelation relation = preposition == "between" ? AnchorRelation::Within : relation_from_cue(preposition);
  if (close_to_a_time_of_day(tokens, timex, inside) || beside_a_part_of_day(timex, preposition) ||
      not_until(tokens, preposition, events.events[*event].token))
    relation = AnchorRelation::Within;
  if (not_expected_before(tokens, preposition, events.events[*event].token)) relation = AnchorRelation::Since;
  if (relation == AnchorRelation::Within && started_then(tokens, inside.front())) relation = AnchorRelation::Since;
  // ("do not expect full containment until late August": not before then)
  if (expecting_denied && (preposition == "until" || preposition == "till")) relation = AnchorRelation::Since;
  // ("since November 2004, when a regional jet crashed": the parser may make the date the
  // clause's subject; what ", when" tells happened within the date, whatever came before it)
  if (clause && *clause == *event) relation = AnchorRelation::Within;
  anchors.push_back({*event, t, relation, cue, 0, has_parse && !by_syntax && be_subjects.empty(), steps});
  for (std::size_t k = 1; k < be_subjects.size(); ++k) anchors.push_back({be_subjects[k], t, relation, cue, 0, false, 2});
  // ("phased in over five years, starting in January 2027": the participle's host starts then too)
  if (relation == AnchorRelation::Since && started_then(tokens, inside.front()) &&
      tokens.tokens[events.events[*event].token].deprel == "advcl")
    if (const auto host = event_at.find(absolute_head(tokens, events.events[*event].token)); host != event_at.end())
      anchors.push_back({host->second, t, relation, cue, 0, false, steps + 1});
  // a day, or a month said with "in" ("cut its sales forecast in July"); a year is too long to
  // say the verb and its object happened together
  const auto precision = timex.interval ? timex.interval->precision : Precision::Unknown;
  // (an event that is the verb's subject does what the verb says then: "a fire in 1996 closed it")
  const bool subject = tokens.tokens[events.events[*event].token].deprel == "nsubj";
  // (an age is the subject's: "joined an expedition at the age of 17" is the joining's age too)
  const bool close_enough = precision == Precision::Day || (precision == Precision::Month && preposition == "in") ||
                            (subject && preposition == "in") || lasts_through(tokens, events.events[*event].token) ||
                            timex.rule == "age" || takes_place_in(tokens, events.events[*event].token);
  // (found through the parse too: one step further than the noun, and a "when" clause's verb one step from its date)
  if (by_syntax && close_enough && !sent && !asked_for)
    share_with_verb_over_noun(tokens, events, timex, event_at, {*event, t, relation, cue, 0, false, steps}, anchors);
  if (clause && *clause != *event) anchors.push_back({*clause, t, AnchorRelation::Within, "when", 0, false, 1});
  return false;
}

// The noun a relative pronoun at `pronoun` stands for: the noun its clause hangs on, or (for a
// clause the parser hung elsewhere) the last noun before it past a comma, a preposition and the
// time expressions between ("an outbreak in 2017, which lasted"); none past five words.
std::optional<std::size_t> relative_noun(const TokenizedText& tokens, std::size_t verb, std::size_t pronoun,
                                         const std::vector<char>& in_timex) {
  if (tokens.tokens[verb].deprel == "acl:relcl") return absolute_head(tokens, verb);
  for (std::size_t j = pronoun; j-- > 0 && pronoun - j <= 5;) {
    const Token& t = tokens.tokens[j];
    if (t.upos == "NOUN" && !in_timex[j]) return j;
    if (!in_timex[j] && t.upos != "PUNCT" && t.upos != "ADP") return std::nullopt;
  }
  return std::nullopt;
}

// "erupted in 2010, when 350 people were killed, many in villages that had refused to leave": a
// past perfect in a relative clause, with no date of its own, happened by the date of the event
// its noun hangs under (at most three steps up).
void bound_past_perfects_of_relative_clauses(const TokenizedText& tokens, const DocumentEvents& events,
                                             const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  std::map<std::size_t, EventAnchor> dated;  // event -> its first anchor
  for (const auto& anchor : anchors) dated.emplace(anchor.event, anchor);
  for (std::size_t e = 0; e < events.events.size(); ++e) {
    const std::size_t verb = events.events[e].token;
    if (dated.count(e) || tokens.tokens[verb].deprel != "acl:relcl" || tokens.tokens[verb].xpos != "VBN") continue;
    const auto had = dependent(tokens, verb, [](const Token& d) { return d.deprel == "aux" && d.lemma == "have" && d.xpos == "VBD"; });
    if (!had) continue;
    std::size_t current = absolute_head(tokens, verb);
    for (int step = 0; step < 3; ++step) {
      const auto found = event_at.find(current);
      const auto date = found == event_at.end() ? dated.end() : dated.find(found->second);
      if (date != dated.end()) {
        if (date->second.relation == AnchorRelation::Within)
          anchors.push_back({e, date->second.timex, AnchorRelation::OnOrBefore, "had", 0, false, date->second.steps + step + 1});
        break;
      }
      const std::size_t up = absolute_head(tokens, current);
      if (up == current) break;
      current = up;
    }
  }
}

// "a similar outbreak in 2017, which lasted five months": a past verb whose subject is a
// relative pronoun standing for a dated event noun happened then too, when it has no date of its own.
void share_with_relative_clauses(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<char>& in_timex,
                                 const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  std::map<std::size_t, EventAnchor> dated;  // event -> its date (Within)
  for (const auto& anchor : anchors) dated.emplace(anchor.event, anchor);
  for (std::size_t e = 0; e < events.events.size(); ++e) {
    const std::size_t verb = events.events[e].token;
    if (dated.count(e) || tokens.tokens[verb].xpos != "VBD") continue;
    const auto pronoun = dependent(tokens, verb, [](const Token& d) {
      const std::string w = lower(d.text);
      return d.deprel == "nsubj" && (w == "which" || w == "that");
    });
    const auto noun = pronoun ? relative_noun(tokens, verb, *pronoun, in_timex) : std::nullopt;
    const auto found = noun ? event_at.find(*noun) : event_at.end();
    if (found == event_at.end()) continue;
    // the noun's own date, else that of the verb it is the object or subject of ("suffered an outbreak in 2017")
    auto date = dated.find(found->second);
    if (date == dated.end()) {
      const auto up = event_at.find(absolute_head(tokens, *noun));
      const std::string& relation = tokens.tokens[*noun].deprel;
      if (up != event_at.end() && (relation == "obj" || relation == "nsubj")) date = dated.find(up->second);
    }
    if (date == dated.end() || date->second.relation != AnchorRelation::Within) continue;
    anchors.push_back({e, date->second.timex, AnchorRelation::Within, "which", 0, false, date->second.steps + 1});
  }
}

// The time expression that token `token` lies in; none when it lies in none.
std::optional<std::size_t> timex_at(const TokenizedText& tokens, const std::vector<Timex>& timexes, std::size_t token) {
  const Span& span = tokens.tokens[token].span;
  for (std::size_t t = 0; t < timexes.size(); ++t)
    if (timexes[t].span.begin <= span.begin && span.end <= timexes[t].span.end) return t;
  return std::nullopt;
}

// "in 1998, the year the company moved to Leeds": a verb in a relative clause on a time expression
// happens within that time, when it has no date of its own. A clause the parse hangs on the end
// of a "between" span happens within the span ("between 1990 and 1997 Lambert moved donations",
// where the parser took "1997 Lambert moved" for a noun and its clause).
void share_with_clauses_on_dates(const TokenizedText& tokens, const DocumentEvents& events, const std::vector<Timex>& timexes,
                                 std::vector<EventAnchor>& anchors) {
  std::set<std::size_t> dated;
  for (const auto& anchor : anchors) dated.insert(anchor.event);
  const std::size_t count = anchors.size();
  for (std::size_t e = 0; e < events.events.size(); ++e) {
    const std::size_t verb = events.events[e].token;
    if (dated.count(e) || tokens.tokens[verb].deprel != "acl:relcl" || tokens.tokens[verb].upos != "VERB") continue;
    const auto time = timex_at(tokens, timexes, absolute_head(tokens, verb));
    // ("the three weeks the strike lasted", "every Monday the market opens": no date to be within)
    if (!time || timexes[*time].type == "DURATION" || timexes[*time].type == "SET") continue;
    const auto span_end = std::find_if(anchors.begin(), anchors.begin() + static_cast<std::ptrdiff_t>(count), [&](const EventAnchor& a) {
      return a.relation == AnchorRelation::Between && a.until == *time;
    });
    if (span_end != anchors.begin() + static_cast<std::ptrdiff_t>(count))
      anchors.push_back({e, span_end->timex, AnchorRelation::Between, span_end->cue, *time, false, span_end->steps + 1});
    else
      anchors.push_back({e, *time, AnchorRelation::Within, "relative clause", 0, false, 1});
  }
}

// The event verb the phrase of `noun` belongs to, climbing over the nouns it modifies ("voted
// 91 percent in favor of strike action in a ballot": the parse may hang "ballot" on "action").
std::optional<std::size_t> verb_over_phrase(const TokenizedText& tokens, const std::map<std::size_t, std::size_t>& event_at,
                                            std::size_t noun) {
  constexpr int kReach = 3;  // nouns climbed
  for (int step = 0; step < kReach; ++step) {
    const std::size_t up = absolute_head(tokens, noun);
    if (up == noun) return std::nullopt;
    const Token& t = tokens.tokens[up];
    if (t.upos == "VERB") return event_at.count(up) ? std::optional<std::size_t>(up) : std::nullopt;
    if (t.upos != "NOUN" || (tokens.tokens[noun].deprel != "nmod" && tokens.tokens[noun].deprel != "obl")) return std::nullopt;
    noun = up;
  }
  return std::nullopt;
}

// "Members voted 91 percent in favour in a ballot that closed on Nov. 15", "agreed in talks that
// ended on Friday": what is done in a thing whose relative clause says it closed or ended then
// is done by then, when it has no date of its own.
void share_ends_of_enclosing_nouns(const TokenizedText& tokens, const DocumentEvents& events,
                                   const std::map<std::size_t, std::size_t>& event_at, std::vector<EventAnchor>& anchors) {
  static const std::set<std::string> kEnding = {"close", "end", "conclude", "finish", "expire", "wrap"};
  std::set<std::size_t> dated;
  for (const auto& anchor : anchors) dated.insert(anchor.event);
  const std::size_t found = anchors.size();
  for (std::size_t a = 0; a < found; ++a) {
    const EventAnchor anchor = anchors[a];
    const EventMention& ending = events.events[anchor.event];
    if (anchor.relation != AnchorRelation::Within || !kEnding.contains(ending.lemma) ||
        tokens.tokens[ending.token].deprel != "acl:relcl")
      continue;
    const std::size_t noun = absolute_head(tokens, ending.token);
    const bool in = dependent(tokens, noun, [](const Token& d) { return d.deprel == "case" && (lower(d.text) == "in" || lower(d.text) == "during"); }).has_value();
    const auto verb = in ? verb_over_phrase(tokens, event_at, noun) : std::nullopt;
    if (!verb || dated.contains(event_at.at(*verb))) continue;
    anchors.push_back({event_at.at(*verb), anchor.timex, AnchorRelation::OnOrBefore, "in ... that " + ending.trigger, 0, false,
                       anchor.steps + 2});
    dated.insert(event_at.at(*verb));
  }
}

// "Winds tore the roof late on Tuesday, and engineers inspected it on Wednesday morning": with
// the first clause misparsed, "Tuesday" went to the nearest event, but the parse dates that
// event by "Wednesday morning"; a guess yields to it.
void drop_guesses_beside_parsed_dates(std::vector<EventAnchor>& anchors) {
  std::set<std::size_t> parsed_dates;
  for (const auto& anchor : anchors)
    if (!anchor.nearest_only) parsed_dates.insert(anchor.event);
  std::erase_if(anchors, [&](const EventAnchor& anchor) { return anchor.nearest_only && parsed_dates.count(anchor.event) > 0; });
}

// A date, a time, or a duration counted from the article's date that an event happens in:
// "will decide in the coming weeks", "doubled over the past three years".
bool dates_events(const TokenizedText& tokens, const Timex& timex) {
  if (timex.type == "DATE" || timex.type == "TIME") return true;
  if (timex.type != "DURATION" || !timex.interval) return false;
  const auto inside = tokens_in(tokens, timex.span);
  if (inside.empty() || inside.front() == 0) return false;
  std::size_t k = inside.front() - 1;
  // ("for at least the next three days", "for at most two weeks": the hedge stands between)
  const std::string hedge = lower(tokens.tokens[k].text);
  if ((hedge == "least" || hedge == "most") && k >= 2 && lower(tokens.tokens[k - 1].text) == "at") k -= 2;
  const std::string before = lower(tokens.tokens[k].text);
  if (before == "in" || before == "over" || before == "during" || before == "within" || before == "for") return true;
  // ("at 7:53 a.m. on April 30, just hours before tanks rolled in": the tagger placed what the
  // clause after "before" or "after" tells within that distance of the day named before it)
  const std::size_t next = inside.back() + 1;
  return next < tokens.tokens.size() && (lower(tokens.tokens[next].text) == "before" || lower(tokens.tokens[next].text) == "after");
}

// "reviewed by the end of the third quarter of each fiscal year", "on the first Monday of every
// month": a time told of each period of a kind recurs; it dates no one event.
bool recurs_in_each_period(const TokenizedText& tokens, const Timex& timex) {
  const auto inside = tokens_in(tokens, timex.span);
  const std::size_t next = inside.empty() ? 0 : inside.back() + 1;
  if (inside.empty() || next + 1 >= tokens.tokens.size() || lower(tokens.tokens[next].text) != "of") return false;
  const std::string quantifier = lower(tokens.tokens[next + 1].text);
  return quantifier == "each" || quantifier == "every";
}

// "the three months ended [September 30]", "the year ending on [June 30]": a day that closes a
// reporting period only says where the period stops (the period's own expression dates what
// happened in it), not when the report was made.
bool closes_a_period(const TokenizedText& tokens, const Timex& timex) {
  const auto inside = tokens_in(tokens, timex.span);
  if (inside.empty() || inside.front() < 2) return false;
  std::size_t closer = inside.front() - 1;
  if (lower(tokens.tokens[closer].text) == "on") --closer;
  const auto* sentence = sentence_containing(tokens, closer);
  return sentence && closes_reporting_period(tokens, *sentence, closer);
}

}  // namespace

bool cue_lasts_until(std::string_view cue) { return cue == "until" || cue == "till" || cue == "through"; }

bool lasts_until(const EventAnchor& anchor) {
  return anchor.relation == AnchorRelation::OnOrBefore && cue_lasts_until(anchor.cue);
}

bool done_by(const EventAnchor& anchor) {
  return anchor.cue == "by" || anchor.cue == "before" || anchor.cue == "no later than";
}

bool looks_ahead(const std::string& lemma) {
  static const std::set<std::string> kAhead = {"plan",   "schedule", "set",     "call",     "propose", "announce",
                                               "promise", "pledge",  "prepare", "threaten", "seek",    "request",
                                               "demand", "expect",   "consider", "postpone", "delay", "urge",
                                               "invite"};
  return kAhead.count(lemma) > 0 || is_verb_of_forecasting(lemma);
}

// "the 12 months to [June 30]", "the six months through [Dec. 31]": a day right after a period
// it closes (the tagger gave the period its days) says where the period stops, as above.
bool closes_the_period_before(const std::vector<Timex>& timexes, std::size_t t) {
  if (t == 0 || !timexes[t].interval) return false;
  const Timex& period = timexes[t - 1];
  return period.type == "DURATION" && period.interval && period.interval->end == timexes[t].interval->end &&
         timexes[t].span.begin <= period.span.end + 12;
}

std::vector<EventAnchor> anchor_events(const TokenizedText& tokens, const DocumentEvents& events,
                                       const std::vector<Timex>& timexes, std::optional<date::sys_days> dct) {
  std::map<std::size_t, std::size_t> event_at;  // trigger token -> event index
  for (std::size_t e = 0; e < events.events.size(); ++e) event_at.emplace(events.events[e].token, e);
  std::vector<EventAnchor> anchors;
  for (std::size_t t = 0; t < timexes.size(); ++t)
    if (dates_events(tokens, timexes[t]) && !closes_a_period(tokens, timexes[t]) && !closes_the_period_before(timexes, t) &&
        !recurs_in_each_period(tokens, timexes[t]) &&
        anchor_timex(tokens, events, timexes, t, event_at, anchors))
      ++t;  // the span's end dates nothing else
  drop_guesses_beside_parsed_dates(anchors);
  std::vector<char> in_timex(tokens.tokens.size(), 0);  // tokens inside a time expression
  for (const auto& timex : timexes)
    for (const auto t : tokens_in(tokens, timex.span)) in_timex[t] = 1;
  share_with_relative_clauses(tokens, events, in_timex, event_at, anchors);
  share_with_clauses_on_dates(tokens, events, timexes, anchors);
  share_ends_of_enclosing_nouns(tokens, events, event_at, anchors);
  share_fronted_dates(tokens, events, timexes, in_timex, event_at, anchors);
  share_sentence_opening_dates(tokens, events, timexes, event_at, anchors);
  share_with_bare_conjuncts(tokens, events, timexes, event_at, anchors);
  share_with_conjuncts_before_their_and(tokens, events, timexes, event_at, anchors);
  share_with_outcomes_of_attempts(tokens, events, event_at, anchors);
  share_trailing_dates_with_next_verbs(tokens, events, timexes, in_timex, event_at, anchors);
  share_since_clause_dates(tokens, events, event_at, anchors);
  share_with_verbs_over_described_objects(tokens, events, event_at, anchors);
  start_lasting_conjuncts(tokens, events, event_at, anchors);
  share_with_participles(tokens, events, event_at, anchors);
  share_with_hosts_of_speech_participles(tokens, events, event_at, anchors);
  share_with_next_steps_before(tokens, events, timexes, event_at, anchors);
  share_with_purpose_hosts(tokens, events, event_at, anchors);
  share_with_main_verbs(tokens, events, timexes, event_at, anchors);
  continue_narrative_dates(tokens, events, timexes, dct, anchors);
  continue_until_dated_clauses(tokens, events, event_at, anchors);
  bound_calling_off_by_what_it_calls_off(tokens, events, event_at, anchors);
  bound_past_perfects_of_relative_clauses(tokens, events, event_at, anchors);
  for (auto& anchor : anchors) date_an_end(events.events[anchor.event], anchor);
  return anchors;
}

}  // namespace chronograph::core
