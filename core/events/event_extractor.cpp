#include "core/events/event_extractor.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/events/advice.h"
#include "core/events/background_state.h"
#include "core/events/called_off.h"
#include "core/events/comparison_standard.h"
#include "core/events/entity_finder.h"
#include "core/events/event_attributes.h"
#include "core/events/event_coreference.h"
#include "core/events/event_titles.h"
#include "core/events/lexicon.h"
#include "core/events/parse_view.h"
#include "core/events/reporting_period.h"
#include "core/events/term_of_object.h"
#include "core/events/trigger_model.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

std::vector<char> timex_mask(const TokenizedText& tokens, std::vector<Span> spans) {
  std::vector<char> mask(tokens.tokens.size(), 0);
  std::sort(spans.begin(), spans.end());
  std::size_t k = 0;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const Span t = tokens.tokens[i].span;
    while (k < spans.size() && spans[k].end <= t.begin) ++k;
    for (std::size_t j = k; j < spans.size() && spans[j].begin < t.end; ++j)
      if (spans[j].overlaps(t)) mask[i] = 1;
  }
  return mask;
}

// Where the label of a line that says when the article was written ends: after the colon of
// "Published: ...", else after an opening "Published", "Updated", "Posted" (and any "last",
// "first", "on", "at" around it); the line's first token when there is none.
std::size_t date_label_end(const TokenizedText& tokens, const Sentence& sentence) {
  const std::size_t begin = sentence.first_token, end = begin + sentence.token_count;
  const auto colon = std::find_if(tokens.tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                                  tokens.tokens.begin() + static_cast<std::ptrdiff_t>(end), [](const Token& t) { return t.text == ":"; });
  if (colon != tokens.tokens.begin() + static_cast<std::ptrdiff_t>(end)) return static_cast<std::size_t>(colon - tokens.tokens.begin());
  static const std::set<std::string> kLabels = {"published", "updated", "posted", "modified", "filed"};
  std::size_t i = begin;
  if (i < end && (token_lower(tokens.tokens[i]) == "last" || token_lower(tokens.tokens[i]) == "first")) ++i;
  if (i >= end || kLabels.count(token_lower(tokens.tokens[i])) == 0) return begin;
  ++i;
  if (i < end && (token_lower(tokens.tokens[i]) == "on" || token_lower(tokens.tokens[i]) == "at")) ++i;
  return i;
}

// "Published: 2024-03-14", "Updated: March 14, 2024 10:32 GMT", "Published Monday, October 16,
// 2023": a line that only says when the article was written (a date, a label, a time zone)
// tells of no event.
bool date_line(const TokenizedText& tokens, const Sentence& sentence, const std::vector<char>& in_timex) {
  const std::size_t end = sentence.first_token + sentence.token_count;
  const std::size_t label_end = date_label_end(tokens, sentence);
  bool dated = false;
  for (std::size_t i = sentence.first_token; i < end; ++i) {
    const std::string& w = tokens.tokens[i].text;
    const bool label = i < label_end;
    const bool zone = w.size() >= 2 && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    dated = dated || in_timex[i];
    if (!in_timex[i] && !is_punctuation(w) && !label && !zone) return false;
  }
  return dated;
}

// What an aspectual verb is a phase of, among the nouns the parse gives it: its object or
// subject ("began the offensive", "the flood began"), or the noun its relative clause modifies
// ("a flood that could begin").
std::optional<std::size_t> phase_noun(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                                      const EventLexicon& lexicon) {
  for (const char* rel : {"obj", "nsubj"})
    if (const auto t = parse.child(verb, rel); t && eventive_noun(tokens.tokens[*t], lexicon)) return t;
  if (const auto h = parse.head(verb); h && parse.relation_is(verb, "acl") && eventive_noun(tokens.tokens[*h], lexicon))
    return h;
  return std::nullopt;
}

// "the conversation will take place", "the storm hit the coast": the noun a verb of happening
// (predicates.tsv occurrence-verb) has for its subject. Whatever takes place, happens or occurs
// is an event; what hits something or is held is one only if the noun names events ("the army
// hit", "the hostages were held").
std::optional<std::size_t> occurring_noun(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                                          const EventLexicon& lexicon) {
  // ("a drone strike hit", "after a direct hit": a noun spelt like such a verb in a clause of
  // another verb says nothing happens, and the noun before it is its modifier, no subject; the
  // verb the tagger took for a noun heads its clause: "The quake hit at 4 a.m."; not when a clause
  // describes it, as in a headline: "Rail strike to go ahead")
  const bool noun = tokens.tokens[verb].upos == "NOUN";
  if ((noun && (parse.head(verb) || parse.child(verb, "acl"))) || !says_it_happens(tokens, verb, lexicon)) return std::nullopt;
  const std::string lemma = guess_lemma(tokens.tokens[verb], lexicon);
  const bool transitive = lemma != "take" && parse.child(verb, "obj");
  // (only what happens, occurs or takes place is an event whatever it is: who strikes ("Teachers
  // strike over pay") is no event, what strikes may be ("the quake struck"))
  const bool happening = lemma == "take" || lemma == "happen" || lemma == "occur" || lemma == "proceed";
  const bool named_events_only = transitive || !happening || lexicon.is_passive_occurrence_verb(lemma);
  const auto event = [&](std::size_t noun) {
    return tokens.tokens[noun].upos == "NOUN" && (!named_events_only || eventive_noun(tokens.tokens[noun], lexicon));
  };
  if (const auto subject = parse.child(verb, "nsubj")) return event(*subject) ? subject : std::nullopt;
  // The parser often misses the subject of "will indeed take place": the noun right before the
  // verb group.
  for (std::size_t j = verb; j > parse.begin() && verb - j < 5;) {
    --j;
    const Token& t = tokens.tokens[j];
    if (t.upos == "NOUN") return event(j) ? std::optional(j) : std::nullopt;
    if (t.upos != "AUX" && t.upos != "ADV" && t.upos != "PART") return std::nullopt;
  }
  return std::nullopt;
}

// "The border remains closed", "Schools will stay shut": the verb of staying over a state the
// model found is an event too, whose state it keeps (event_coreference folds the two), so the
// state holds at the verb's time and keeps its subject.
std::optional<std::size_t> staying_verb(const TokenizedText& tokens, const ParseView& parse, std::size_t state) {
  const Token& t = tokens.tokens[state];
  const auto head = parse.head(state);
  if (!head || !parse.relation_is(state, "xcomp") || (t.upos != "ADJ" && t.xpos != "VBN")) return std::nullopt;
  // ("it remains to be seen": an infinitive, no state kept)
  if (parse.child(state, "mark") || parse.child(state, "aux") || parse.child(state, "aux:pass")) return std::nullopt;
  const std::string& lemma = tokens.tokens[*head].lemma;
  return lemma == "stay" || lemma == "remain" ? head : std::nullopt;
}

// "Ortega expected full containment by next week", "Analysts expect a recovery in June": what
// a verb of expecting takes for its object, with a date for it, is an event of its own when the
// noun names one or the act of a verb ("containment"), so that the date is the expected
// thing's, not the expecting's ("expects an equal effort from them" dates nothing).
std::optional<std::size_t> expected_noun(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                                         const std::vector<char>& in_timex, const EventLexicon& lexicon) {
  const auto noun = parse.child(verb, "obj");
  if (!noun || tokens.tokens[verb].upos != "VERB" || !is_verb_of_expecting(tokens.tokens[verb].lemma)) return std::nullopt;
  const auto dated = [&](std::size_t head) {
    const auto children = parse.children(head);
    return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
      return c > *noun && in_timex[c] && (parse.relation_is(c, "obl") || parse.relation_is(c, "nmod"));
    });
  };
  if (!dated(verb) && !dated(*noun)) return std::nullopt;
  const Token& t = tokens.tokens[*noun];
  if (eventive_noun(t, lexicon)) return noun;
  const auto& classes = lexicon.wordnet_classes(guess_lemma(t, lexicon));
  const bool act_of_verb = t.upos == "NOUN" && std::find(classes.begin(), classes.end(), "n.from-verb") != classes.end();
  return act_of_verb ? noun : std::nullopt;
}

// "It takes effect next July", "The law comes into force on Monday": a verb that with the words
// after it says a rule starts to apply (predicates.tsv into-force) tells of an event, which the
// model, seeing only a light verb, may miss.
bool comes_into_force(const TokenizedText& tokens, std::size_t verb, const EventLexicon& lexicon) {
  if (tokens.tokens[verb].upos != "VERB") return false;
  std::string phrase = guess_lemma(tokens.tokens[verb], lexicon);
  for (std::size_t k = verb + 1; k < tokens.tokens.size() && k <= verb + 2; ++k) {
    phrase += " " + token_lower(tokens.tokens[k]);
    if (lexicon.has_category(phrase, "into-force")) return true;
  }
  return false;
}

// "SkyBridge Cancels 2,300 Flights as IT Outage Enters Fourth Day": a headline's present tense
// with a subject of its own tells the news, whatever the model, trained on body text, makes of
// a capitalised verb (not a verb of saying, which reports the news rather than being it, nor
// "be" or "have": "there is any suggestion").
std::vector<std::size_t> headline_clause_verbs(const TokenizedText& tokens, const ParseView& parse, const EventLexicon& lexicon) {
  std::vector<std::size_t> out;
  for (std::size_t i = parse.begin(); i < parse.end(); ++i) {
    const Token& t = tokens.tokens[i];
    const std::string lemma = guess_lemma(t, lexicon);
    const bool present = t.upos == "VERB" && (t.xpos == "VBZ" || t.xpos == "VBP") && lemma != "be" && lemma != "have";
    if (present && parse.child(i, "nsubj") && !lexicon.has_category(lemma, "report")) out.push_back(i);
  }
  return out;
}

// How sure an event found by a rule alone is: above the 0.5 the TLINK stage asks of events.
constexpr double kRuleConfidence = 0.6;

bool ends_with_full_stop(const TokenizedText& tokens, const Sentence& sentence) {
  if (sentence.token_count == 0) return false;
  const std::string& last = tokens.tokens[sentence.first_token + sentence.token_count - 1].text;
  return last == "." || last == "?" || last == "!";
}

// "check-in systems", "walk-in vaccinations", "drive-through desks": a word joined by a hyphen
// to a particle, the pair written before a noun, names a kind of thing, no event (whatever the
// tagger made of the words: "drop-in sessions" comes out as a noun and a preposition).
bool verb_in_noun_compound(const TokenizedText& tokens, std::size_t i) {
  static const std::set<std::string> kParticles = {"in", "out", "up", "off", "down", "on", "over", "through", "by", "away"};
  if (i + 2 >= tokens.tokens.size()) return false;
  const Token &word = tokens.tokens[i], &hyphen = tokens.tokens[i + 1], &particle = tokens.tokens[i + 2];
  const bool joined = word.span.end == hyphen.span.begin && hyphen.span.end == particle.span.begin && hyphen.text == "-";
  if (!joined) return false;
  // (a verb the parse puts in a compound, with any particle; else a particle of the list before a noun)
  if (word.upos == "VERB" && word.deprel == "compound" && (particle.upos == "ADP" || particle.upos == "ADV" ||
                                                           particle.deprel == "compound:prt"))
    return true;
  const std::string upos = i + 3 < tokens.tokens.size() ? tokens.tokens[i + 3].upos : std::string();
  return kParticles.count(token_lower(particle)) && (upos == "NOUN" || upos == "PROPN" || upos == "ADJ");
}

// "a dispute over pay and pensions", "a row about cover for absent staff": a word the tagger
// read as a bare verb (VB) right after a preposition is a noun, for no bare verb follows one
// ("to" aside); so is one "to" puts after a verb or adjective of opening ("reopened to
// traffic", "closed to shipping", "open to traffic"), which says whom the place is open to.
// Neither names an event.
bool noun_read_as_bare_verb(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  static const std::set<std::string> kPrepositions = {"over", "about", "for", "of", "on", "in", "with", "against",
                                                      "from", "into", "at", "by", "without", "under", "amid"};
  static const std::set<std::string> kOpening = {"open", "opened", "reopen", "reopened", "reopens", "opens",
                                                 "close", "closed", "closes", "shut", "shuts"};
  const std::string& xpos = tokens.tokens[i].xpos;
  if ((xpos != "VB" && xpos != "VBG") || i < sentence.first_token + 1) return false;
  const std::string before = token_lower(tokens.tokens[i - 1]);
  if (xpos == "VB" && kPrepositions.count(before)) return true;
  // ("opened to shipping": a gerund there is a noun too)
  // (not "closed to protect nesting birds": a verb with words of its own after it is an infinitive)
  const std::size_t end = sentence.first_token + sentence.token_count;
  const std::string next = i + 1 < end ? tokens.tokens[i + 1].upos : std::string("PUNCT");
  const bool phrase_ends = next == "ADP" || next == "PUNCT" || next == "CCONJ" || next == "SCONJ";
  return before == "to" && i >= sentence.first_token + 2 && kOpening.count(token_lower(tokens.tokens[i - 2])) &&
         phrase_ends;
}

// "no one came to harm", "came to power": after "come to", a bare verb with no words of its own
// but "to" is a noun, the state come into ("came to know him", "came to pick up his son", "came
// to look at the house" are verbs).
bool state_come_into(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  if (i < sentence.first_token + 2 || tokens.tokens[i].xpos != "VB" || token_lower(tokens.tokens[i - 1]) != "to") return false;
  if (tokens.tokens[i - 2].lemma != "come") return false;
  const ParseView parse(tokens, sentence);
  const auto words = parse.children(i);
  return parse.parsed() && std::all_of(words.begin(), words.end(), [&](std::size_t k) { return parse.relation_is(k, "mark"); });
}

// "raised the alert to Level 3", "entered Phase Two": a capitalised word that labels a grade,
// a step or a part by the number after it is no event.
bool labels_a_grade(const TokenizedText& tokens, const EventLexicon& lexicon, std::size_t i) {
  return is_capitalized(tokens.tokens[i].text) && labels_by_number(tokens, lexicon, i);
}

// "fell below freezing", "stayed above freezing": a gerund "below" or "above" puts after a verb
// names a level (of temperature), no event.
bool names_a_level(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  if (tokens.tokens[i].xpos != "VBG" || i == sentence.first_token) return false;
  const std::string before = token_lower(tokens.tokens[i - 1]);
  return before == "below" || before == "above";
}

// "were not told in advance", "gave nothing in return": a bare noun that makes an adverb with the
// preposition right before it (set_phrases.txt) names no event.
bool in_set_phrase(const TokenizedText& tokens, const Sentence& sentence, const EventLexicon& lexicon, std::size_t i) {
  if (i == sentence.first_token) return false;
  return lexicon.is_set_phrase(token_lower(tokens.tokens[i - 1]) + " " + token_lower(tokens.tokens[i]));
}

// "met face to face", "fought side by side", "went door to door", "year after year": a word
// repeated about a preposition is an adverb of manner or of repetition, no event (either word).
bool in_repeated_word_idiom(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  static const std::set<std::string> kJoining = {"to", "by", "after", "for", "on"};
  const std::size_t begin = sentence.first_token, end = sentence.first_token + sentence.token_count;
  const std::string w = token_lower(tokens.tokens[i]);
  const auto repeats_at = [&](std::size_t joining, std::size_t other) {
    return kJoining.count(token_lower(tokens.tokens[joining])) && token_lower(tokens.tokens[other]) == w;
  };
  return (i + 2 < end && repeats_at(i + 1, i + 2)) || (i >= begin + 2 && repeats_at(i - 1, i - 2));
}

// Whether the quotation mark at `q` opens, not closes, a quote: a curly opening mark, or a
// straight one after an even number of straight marks in the sentence.
bool opens_quote(const TokenizedText& tokens, const Sentence& sentence, std::size_t q) {
  const std::string& w = tokens.tokens[q].text;
  if (w == "\u201c" || w == "\u2018" || w == "``") return true;
  if (w == "\u201d" || w == "\u2019" || w == "''") return false;
  std::size_t before = 0;
  for (std::size_t j = sentence.first_token; j < q; ++j) before += tokens.tokens[j].text == w;
  return before % 2 == 0;
}

// Whether the word before a quote gives it as a name or a description: a verb of naming
// (predicates.tsv names-as) right before it ("dubbed 'the Beast'"), or its "as" a few words on
// ("described as", "described the trip as", "known as").
bool names_what_follows(const TokenizedText& tokens, const Sentence& sentence, std::size_t q, const EventLexicon& lexicon) {
  const auto naming = [&](std::size_t j) {
    const Token& t = tokens.tokens[j];
    return (t.upos == "VERB" || t.xpos.starts_with("VB")) && lexicon.has_category(guess_lemma(t, lexicon), "names-as");
  };
  if (q == sentence.first_token) return false;
  // ("called it 'a disaster'": a pronoun object between)
  if (naming(q - 1) || (q - 1 > sentence.first_token && tokens.tokens[q - 1].upos == "PRON" && naming(q - 2))) return true;
  if (token_lower(tokens.tokens[q - 1]) != "as") return false;
  for (std::size_t j = q - 1; j > sentence.first_token && q - j <= 5;) {
    --j;
    if (naming(j)) return true;
    if (is_punctuation(tokens.tokens[j].text)) return false;
  }
  return false;
}

// "a voyage she later described as 'the six months that decided everything'", "the storm
// dubbed 'the Beast from the East'": the words of a quoted name or description tell no news;
// they characterise what was named, which the sentence tells of elsewhere.
bool in_quoted_description(const TokenizedText& tokens, const Sentence& sentence, std::size_t i, const EventLexicon& lexicon) {
  for (std::size_t j = i; j > sentence.first_token;) {
    --j;
    if (!is_quote_mark(tokens.tokens[j].text)) continue;
    return opens_quote(tokens, sentence, j) && names_what_follows(tokens, sentence, j, lexicon);
  }
  return false;
}

// "the city's returning officer", "the acting president", "the reigning champion": a
// participle listed as a descriptor (descriptors.txt) names an office with the noun after it,
// no event.
bool names_an_office(const TokenizedText& tokens, const EventLexicon& lexicon, std::size_t i) {
  const std::string w = token_lower(tokens.tokens[i]);
  if (!w.ends_with("ing") || !lexicon.is_descriptor(w) || i + 1 >= tokens.tokens.size()) return false;
  const std::string& next = tokens.tokens[i + 1].upos;
  return next == "NOUN" || next == "PROPN";
}

// "Revenue dropped 18 percent compared with a year earlier", "rose 5% compared to last year": a
// participle of comparing (or its past form the tagger read, with no subject or object) with its
// "with" or "to" phrase names the other term of a comparison, as a preposition would; the time
// there is the standard's, no event's.
bool names_compared_term(const TokenizedText& tokens, const ParseView& parse, std::size_t i) {
  const Token& t = tokens.tokens[i];
  const bool bare = t.xpos == "VBN" || (t.xpos == "VBD" && !parse.child(i, "nsubj") && !parse.child(i, "obj"));
  if (t.lemma != "compare" || !bare || parse.child(i, "aux") || parse.child(i, "aux:pass")) return false;
  for (const std::size_t c : parse.children(i)) {
    const auto marker = parse.relation_is(c, "obl") ? parse.child(c, "case") : std::nullopt;
    const std::string word = marker ? token_lower(tokens.tokens[*marker]) : std::string();
    if (word == "with" || word == "to") return true;
  }
  return false;
}

// "The road will be shut on Monday", "Schools will be closed for a week from Monday": an
// adjective a copula predicates whose verb WordNet knows ("shut", "closed" from "close", "open")
// is the state that verb brings about (a STATE), often the passive participle the tagger read
// as an adjective after "will be"; not "the payment is due on Friday" (no verb).
bool verb_state_adjective(const Token& t, const ParseView& parse, std::size_t i, const EventLexicon& lexicon) {
  if (t.upos != "ADJ" || !parse.child(i, "cop")) return false;
  Token bare = t;
  bare.lemma.clear();
  const auto& classes = lexicon.wordnet_classes(guess_lemma(bare, lexicon));
  return std::any_of(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("v."); });
}

// "The women's downhill follows the next day", "the vote comes this week": a single unit of
// time after "the", "this" or "that", which the parser made the verb's object, is when it
// happens (a bare noun of time is an oblique in UD); not a length of time ("lasted an hour",
// "lasted three days"), nor a day a verb with an object of its own may be parsed with ("took
// a turn Thursday").
bool date_taken_for_object(const TokenizedText& tokens, const ParseView& parse, std::size_t c, const std::vector<char>& in_timex) {
  if (!in_timex[c] || !parse.relation_is(c, "obj") || parse.child(c, "nummod")) return false;
  const std::string w = token_lower(tokens.tokens[c]);
  const auto det = parse.child(c, "det");
  const std::string d = det ? token_lower(tokens.tokens[*det]) : std::string();
  return is_time_unit(w) && !w.ends_with('s') && (d == "the" || d == "this" || d == "that");
}

// "She had been unwell since Thursday", "stayed closed until Monday": an adjective a copula
// predicates with a time "since" or "until" bounds is a state that lasts then; so is a noun
// phrase a copula predicates with its preposition ("has been in a coma since May", "in dry dock
// since March": TimeML tags the noun). A bare noun there makes a set phrase ("in charge", "on
// patrol"), which the trigger model judges as it reads it.
bool state_since_a_time(const TokenizedText& tokens, const ParseView& parse, std::size_t i, const std::vector<char>& in_timex) {
  const std::string& upos = tokens.tokens[i].upos;
  const bool modified = parse.child(i, "det") || parse.child(i, "amod") || parse.child(i, "compound");
  const bool predicate = upos == "ADJ" || (upos == "NOUN" && parse.child(i, "case") && modified);
  if (!predicate || !parse.child(i, "cop")) return false;
  for (const std::size_t c : parse.children(i)) {
    const bool phrase = parse.relation_is(c, "obl") || parse.relation_is(c, "nmod");
    auto marker = phrase && in_timex[c] ? parse.child(c, "case") : std::nullopt;
    // ("Since 2012 the probe has been in ...", "Since May 2012 ...": an opening "since" the
    // parser made the predicate's mark, the time expression its number)
    std::size_t first = c;
    while (in_timex[c] && first > parse.begin() && in_timex[first - 1]) --first;
    if (!marker && in_timex[c] && first > parse.begin() && parse.head(first - 1) == i && parse.relation_is(first - 1, "mark"))
      marker = first - 1;
    const std::string word = marker ? token_lower(tokens.tokens[*marker]) : std::string();
    if (word == "since" || word == "until") return true;
  }
  return false;
}

// "would replace the sensor and run a full check on Friday morning", "Born in Leeds in 1933,
// Ellison studied ...", "will be shut on Monday": a verb (or the state adjective of one)
// with a date of its own is an event, though the model, trained on
// news that rarely says so, may miss it; for "there was a fire at the plant on Monday", the
// noun that "there was" says happened. Not "have" or "do", nor "ended" closing a period, nor
// "compared" naming what is compared with; but "have" is a support verb, whose event noun object
// carries the event, negated or not: "the region had no rain for six weeks" (TimeML tags the
// noun, polarity NEG, and a state for the time expression that bounds it).
std::vector<std::size_t> dated_verbs(const TokenizedText& tokens, const Sentence& sentence, const ParseView& parse,
                                     const std::vector<char>& in_timex, const EventLexicon& lexicon) {
  std::vector<std::size_t> out;
  for (std::size_t i = parse.begin(); i < parse.end(); ++i) {
    const Token& t = tokens.tokens[i];
    const bool state = state_since_a_time(tokens, parse, i, in_timex);
    const bool verb = t.upos == "VERB" || verb_state_adjective(t, parse, i, lexicon) || state;
    if (!verb || t.lemma == "do" || closes_reporting_period(tokens, sentence, i) ||
        names_compared_term(tokens, parse, i))
      continue;
    const auto dated_itself = [&](std::size_t head) {
      const auto children = parse.children(head);
      return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
        return ((parse.relation_is(c, "obl") || parse.relation_is(c, "nmod")) && in_timex[c]) ||
               date_taken_for_object(tokens, parse, c, in_timex);
      });
    };
    // ("was closed to traffic on Tuesday": the parse hangs the date on "traffic", read as a verb)
    const auto dated = [&](std::size_t head) {
      const auto children = parse.children(head);
      return dated_itself(head) || std::any_of(children.begin(), children.end(), [&](std::size_t c) {
               return noun_read_as_bare_verb(tokens, sentence, c) && dated_itself(c);
             });
    };
    if (t.lemma == "have") {
      if (const auto noun = parse.child(i, "obj"); noun && dated(i) && eventive_noun(tokens.tokens[*noun], lexicon))
        out.push_back(*noun);
    } else if (t.lemma != "be") {
      if (dated(i) || state) out.push_back(i);
    } else if (const auto noun = parse.child(i, "nsubj"); noun && parse.child(i, "expl") && tokens.tokens[*noun].upos == "NOUN") {
      if (dated(i) || dated(*noun)) out.push_back(*noun);  // ("there was a fire on Monday": the date may hang on the noun)
    }
  }
  return out;
}

// Whether a noun can name an event: WordNet gives it an event sense, or it is an eventive noun
// (event_nominals.txt, or an act, process or state in WordNet).
bool can_name_an_event(const Token& noun, const EventLexicon& lexicon) {
  const auto classes = lexicon.wordnet_classes(guess_lemma(noun, lexicon));
  return std::find(classes.begin(), classes.end(), "n.eventive-sense") != classes.end() || eventive_noun(noun, lexicon);
}

// "caused Thursday's outage", "ahead of Sunday's match": a noun a date owns names what happened
// then, when the noun can name an event (WordNet gives it an event sense); not "Thursday's
// newspaper" or "this year's budget".
std::vector<std::size_t> nouns_dated_by_possessive(const TokenizedText& tokens, const ParseView& parse,
                                                   const std::vector<char>& in_timex, const EventLexicon& lexicon) {
  std::vector<std::size_t> out;
  for (std::size_t i = parse.begin(); i < parse.end(); ++i) {
    const Token& t = tokens.tokens[i];
    if (t.upos != "NOUN" || in_timex[i]) continue;
    const auto owner = parse.child(i, "nmod:poss");
    if (!owner || !in_timex[*owner]) continue;
    if (can_name_an_event(t, lexicon)) out.push_back(i);
  }
  return out;
}

// The date a copula puts its subject on: the time expression `i` heads with "is", or one joined
// to such a date with its own subject ("The short program is on Feb. 10 and the free skate three
// days later": the second date's "is" is left out). None for any other word.
std::optional<std::size_t> copula_date(const ParseView& parse, std::size_t i, const std::vector<char>& in_timex) {
  if (!in_timex[i]) return std::nullopt;
  if (parse.child(i, "cop")) return i;
  const auto first = parse.head(i);
  if (!first || !parse.relation_is(i, "conj") || !in_timex[*first] || !parse.child(*first, "cop")) return std::nullopt;
  return first;
}

// "The men's short program is on Feb. 10": a copula that puts a thing "on" a day says that it
// takes place then, whatever the noun (a schedule names its items by what is done: "program",
// "skate", "downhill"); not a noun naming a time ("The deadline is on Friday").
bool scheduled_on(const TokenizedText& tokens, const ParseView& parse, std::size_t date, std::size_t subject,
                  const EventLexicon& lexicon) {
  const auto marker = parse.child(date, "case");
  if (!marker || token_lower(tokens.tokens[*marker]) != "on") return false;
  return !lexicon.has_category(guess_lemma(tokens.tokens[subject], lexicon), "time-noun");
}

// "because of fears", "amid concern", "over worries": a noun that a preposition of cause opens.
bool given_as_a_cause(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  static const std::set<std::string> kCauses = {"amid", "amidst", "over", "because", "due", "owing"};
  const auto marker = parse.child(noun, "case");
  if (!marker) return false;
  const std::string word = token_lower(tokens.tokens[*marker]);
  if (kCauses.count(word)) return true;
  return (word == "of" || word == "to") && *marker > parse.begin() && kCauses.count(token_lower(tokens.tokens[*marker - 1]));
}

// "because of fears that the rails would buckle", "amid hopes that the talks would resume": a
// noun of feeling or thinking whose verb takes a "that" clause, given as a cause with that clause
// right after it, names the state the clause is the content of: an event (I_STATE where the model
// missed it; a class the model gave stays), so the clause's event, often only feared or hoped
// for, is not taken for the cause.
std::vector<std::size_t> nouns_of_a_that_clause(const TokenizedText& tokens, const ParseView& parse, const EventLexicon& lexicon) {
  std::vector<std::size_t> out;
  for (std::size_t i = parse.begin(); i + 1 < parse.end(); ++i) {
    if (tokens.tokens[i].upos != "NOUN" || token_lower(tokens.tokens[i + 1]) != "that") continue;
    if (!given_as_a_cause(tokens, parse, i)) continue;
    const auto& classes = lexicon.wordnet_classes(guess_lemma(tokens.tokens[i], lexicon));
    const auto has = [&](std::string_view c) { return std::find(classes.begin(), classes.end(), c) != classes.end(); };
    const bool of_mind = has("n.from-emotion") || has("n.from-cognition");
    const auto clause = parse.head(i + 1);
    if (of_mind && has("v.takes-that") && clause && parse.head(*clause) == i) out.push_back(i);
  }
  return out;
}

// "The semi-final is on Tuesday", "The vote is next week": the subject of a date that a copula
// predicates of it names what happens then, when the noun can name an event or the copula puts
// it on a day (scheduled_on); not "The deadline is Friday" (no event sense).
std::vector<std::size_t> nouns_dated_by_copula(const TokenizedText& tokens, const ParseView& parse,
                                               const std::vector<char>& in_timex, const EventLexicon& lexicon) {
  std::vector<std::size_t> out;
  for (std::size_t i = parse.begin(); i < parse.end(); ++i) {
    // ("The report is due by the end of the month": whatever is due, when)
    if (const auto due = due_subject(tokens, parse, i); due && !in_timex[*due]) out.push_back(*due);
    const auto date = copula_date(parse, i, in_timex);
    if (!date) continue;
    const auto subject = parse.child(i, "nsubj");
    if (!subject || in_timex[*subject] || tokens.tokens[*subject].upos != "NOUN") continue;
    if (can_name_an_event(tokens.tokens[*subject], lexicon) || scheduled_on(tokens, parse, *date, *subject, lexicon))
      out.push_back(*subject);
  }
  return out;
}

// "within a week of the hearing", "within 30 days of the election": "of" after a duration
// that "within" opens puts the noun's event at most that long before the verb's.
bool within_duration_of(const TokenizedText& tokens, const ParseView& parse, std::size_t noun,
                        const std::vector<char>& in_timex) {
  const auto duration = parse.head(noun);
  if (!duration || !in_timex[*duration]) return false;
  for (std::size_t k = *duration; k > parse.begin() && *duration - k < 4;) {
    --k;
    if (token_lower(tokens.tokens[k]) == "within") return true;
    if (!in_timex[k] && tokens.tokens[k].upos != "DET" && tokens.tokens[k].upos != "NUM") return false;
  }
  return false;
}

// "fell ahead of the vote", "rose prior to the election", "left before the meeting": a noun a
// word of order puts before or after the verb's event names an event itself, when it can name
// one; not "before the crowd" (no event sense). So does one a word of order ties to a distance
// ("touch down five days after launch": the parse hangs the noun on "days"; "rule within a
// week of that hearing").
std::vector<std::size_t> nouns_ordered_by_signal(const TokenizedText& tokens, const ParseView& parse,
                                                 const std::vector<char>& in_timex, const EventLexicon& lexicon) {
  static const std::set<std::string, std::less<>> kOrderWords = {"before", "after", "following", "prior", "until", "since"};
  std::vector<std::size_t> out;
  for (std::size_t i = parse.begin(); i < parse.end(); ++i) {
    const Token& t = tokens.tokens[i];
    if (t.upos != "NOUN" || in_timex[i]) continue;
    const auto head = parse.head(i);
    const bool after_distance = parse.relation_is(i, "nmod") && head && in_timex[*head];
    if (!parse.relation_is(i, "obl") && !after_distance) continue;
    const auto marker = parse.child(i, "case");
    if (!marker) continue;
    const std::string word = token_lower(tokens.tokens[*marker]);
    const bool ahead_of = word == "of" && *marker > parse.begin() && token_lower(tokens.tokens[*marker - 1]) == "ahead";
    const bool within_of = word == "of" && after_distance && within_duration_of(tokens, parse, i, in_timex);
    // ("following the end of labor negotiations": a phase of the event its "of" names)
    if ((!ahead_of && !within_of && !kOrderWords.contains(word)) || lexicon.has_category(guess_lemma(t, lexicon), "aspectual")) continue;
    if (can_name_an_event(t, lexicon)) out.push_back(i);
  }
  return out;
}

// "a drone strike", "a missile attack", "the border clash": a noun that modifies an event noun
// in a compound says what kind of event it is, and is none itself (TimeML tags the head only);
// the compound's head is the event. The head for a modifier at `i`, none for any other word.
std::optional<std::size_t> event_head_of_compound(const TokenizedText& tokens, const ParseView& parse, std::size_t i,
                                                  const EventLexicon& lexicon) {
  if (tokens.tokens[i].upos != "NOUN" || !parse.relation_is(i, "compound")) return std::nullopt;
  const auto head = parse.head(i);
  // (a "noun" heading its sentence is a verb the tagger misread: "The quake hit at 4 a.m.")
  if (!head || *head < i || !parse.head(*head) || !eventive_noun(tokens.tokens[*head], lexicon)) return std::nullopt;
  return head;
}

// "The company has until Feb 20 to file its appeal", "Residents have until Friday to leave":
// having time until a date is no event; what the infinitive says is, by then.
bool has_time_until(const TokenizedText& tokens, std::size_t i) {
  return tokens.tokens[i].lemma == "have" && infinitive_given_time_until(tokens, i).has_value();
}

// A verb in the present tense (VBZ, VBP) that is not "be" or "have".
bool present_tense_verb(const Token& t) {
  return t.upos == "VERB" && (t.xpos == "VBZ" || t.xpos == "VBP") && t.lemma != "be" && t.lemma != "have";
}

// 'An antiquarian, the Reverend John Bell, described "charred beams" there in 1871': a past
// participle with a named subject of its own before it and no auxiliary is the past tense the
// tagger misread (after an apposition and before a quote it may make the verb a modifier). Not
// one with a common noun for subject: "a child born abroad", "over 1,000 injured" are reduced.
bool participle_with_own_subject(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  const Token& t = tokens.tokens[i];
  if (t.upos != "VERB" || t.xpos != "VBN") return false;
  const ParseView parse(tokens, sentence);
  if (parse.child(i, "aux") || parse.child(i, "aux:pass")) return false;
  for (const char* relation : {"nsubj", "nsubj:pass"})
    if (const auto subject = parse.child(i, relation); subject && *subject < i && tokens.tokens[*subject].upos == "PROPN")
      return true;
  return false;
}

// "Ferry operator suspends crossings": news trained on is told in the past, so the model knows
// "suspended" as an event and not "suspends". A present-tense verb of a headline it passes over
// (or a participle_with_own_subject) is scored again as its past tense, in `as_past` (a copy of
// `tokens`, made on first use).
TriggerScores score_as_past(const TriggerModel& model, const EventLexicon& lexicon, const TokenizedText& tokens,
                            const Sentence& sentence, std::size_t i, const std::vector<char>& in_timex,
                            std::optional<TokenizedText>& as_past) {
  if (!as_past) as_past = tokens;
  Token& verb = as_past->tokens[i];
  const Token original = verb;
  verb.xpos = "VBD";
  verb.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  std::vector<std::uint64_t> features;
  trigger_features(*as_past, sentence, i, lexicon, in_timex, features);
  verb = original;
  return model.score(features);
}

// "The Ghana Health Service will begin ...", "the Civil Aviation Authority": a word of an
// organisation's name ("Service", "Authority") names no event, though the same word elsewhere
// may ("the service resumed"). Drops the mentions inside a named organisation of two or more
// words (not persons', places' or other names': "Hurricane Katrina", "World War II" are events),
// after its first word: a verb may open a name the entity finder ran on ("Replied State
// Department deputy spokesman ...").
void drop_triggers_in_organisation_names(DocumentEvents& found) {
  std::vector<Span> names;
  for (const EntityMention& m : found.entity_mentions) {
    if (m.type == "ORGANIZATION" && m.text.find(' ') != std::string::npos) names.push_back(m.span);
  }
  std::sort(names.begin(), names.end());
  // reach[i]: the furthest end of names[0..i], so one binary search answers "does a name that
  // begins before this mention cover it" (a long text has thousands of names and events).
  std::vector<std::size_t> reach(names.size());
  for (std::size_t i = 0, furthest = 0; i < names.size(); ++i) reach[i] = furthest = std::max(furthest, names[i].end);
  const auto in_name = [&](const EventMention& e) {
    const auto before = std::lower_bound(names.begin(), names.end(), e.span.begin,
                                         [](const Span& name, std::size_t begin) { return name.begin < begin; });
    const auto count = static_cast<std::size_t>(before - names.begin());
    return count > 0 && e.span.end <= reach[count - 1];
  };
  std::erase_if(found.events, in_name);
}

// "the largest hoard ever found in Wales", "the most complete ever recorded", "the first ever
// built": a participle after "ever" that a superlative (or "first", "last") a few words before
// ranks against names the class of all such things, no event of the story.
bool ranks_against_all(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  constexpr std::size_t kRankWords = 4;  // "the [most complete bronze] ever found"
  const Token& t = tokens.tokens[i];
  if ((t.xpos != "VBN" && t.xpos != "VBD") || i < sentence.first_token + 2 || token_lower(tokens.tokens[i - 1]) != "ever")
    return false;
  for (std::size_t k = i - 1; k > sentence.first_token && i - 1 - k < kRankWords;) {
    --k;
    const std::string w = token_lower(tokens.tokens[k]);
    const std::string& tag = tokens.tokens[k].xpos;
    if (tag == "JJS" || tag == "RBS" || w == "first" || w == "last") return true;
    if (tag != "JJ" && tag != "NN" && tag != "NNS" && tag != "HYPH" && tag != "RB") return false;
  }
  return false;
}

// "won the final in 58 moves", "finished the course in 40 laps": a counted plural that "in"
// hangs on a verb measures what the act took, as a length of time would, when the noun names
// no act of its own (event_nominals.txt: "in three attacks" tells of attacks).
bool counts_what_it_took(const TokenizedText& tokens, const Sentence& sentence, const EventLexicon& lexicon, std::size_t i) {
  const Token& t = tokens.tokens[i];
  if (t.upos != "NOUN" || t.xpos != "NNS" || lexicon.is_event_nominal(guess_lemma(t, lexicon))) return false;
  const ParseView parse(tokens, sentence);
  const auto marker = parse.child(i, "case");
  const auto verb = parse.head(i);
  if (!marker || token_lower(tokens.tokens[*marker]) != "in" || !verb || tokens.tokens[*verb].upos != "VERB") return false;
  return parse.relation_is(i, "obl") && parse.child(i, "nummod").has_value();
}

// A word no finder makes an event, model or rule: a grade's label, a verb inside a noun
// compound, a repeated-word idiom, a noun the tagger read as a bare verb, a named level, a set
// phrase ("in advance"), a state one comes into ("come to harm"), a superlative's class ("the
// largest ever found"), a count of what an act took ("in 58 moves").
// "found customer records for sale on a forum": goods offered "for sale" are in a state; no
// sale is made. Only right after the goods' noun (however the parser hung the phrase): "was
// put up for sale" is the putting's own phrase (a mention of it).
bool offered_for_sale(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  if (token_lower(tokens.tokens[i]) != "sale" || i < sentence.first_token + 2 || token_lower(tokens.tokens[i - 1]) != "for")
    return false;
  return tokens.tokens[i - 2].upos == "NOUN";
}

// "expected 40,000 visitors, double its population": a bare verb the parser hangs on a noun as
// an apposition is a description of that noun (an amount, a kind) misread as a verb; a verb
// tells no apposition. (Not a verb after a quotation mark: 'The bars, "make a contribution,"
// said' is a quote whose subject the parser took for its head.)
bool apposition_read_as_verb(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  const Token& t = tokens.tokens[i];
  const bool after_comma = i > sentence.first_token && tokens.tokens[i - 1].text == ",";
  return (t.xpos == "VB" || t.xpos == "VBP") && t.deprel == "appos" && after_comma;
}

// "the latest pay offer", "Nurses reject pay offer": a word the tagger read as a bare verb (VB)
// right before a noun is the noun's modifier when the parse makes it one, or when a finite verb
// stands right before it, for only a few verbs take a bare infinitive ("help pay bills").
bool noun_modifier_read_as_verb(const TokenizedText& tokens, const Sentence& sentence, const EventLexicon& lexicon,
                                std::size_t i) {
  const Token& t = tokens.tokens[i];
  const std::size_t end = sentence.first_token + sentence.token_count;
  if (t.xpos != "VB" || i + 1 >= end || tokens.tokens[i + 1].upos != "NOUN") return false;
  if (t.deprel == "compound") return true;
  if (i == sentence.first_token) return false;
  const Token& before = tokens.tokens[i - 1];
  const bool finite = before.upos == "VERB" && (before.xpos == "VBP" || before.xpos == "VBZ" || before.xpos == "VBD");
  return finite && !lexicon.has_category(before.lemma, "bare-infinitive");
}

// "could grow 500-fold", "a 3-point lead": a word hyphened to a number is the number's measure.
bool hyphened_to_number(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  if (i < sentence.first_token + 2 || tokens.tokens[i - 1].text != "-") return false;
  return tokens.tokens[i - 2].upos == "NUM";
}

bool never_an_event(const TokenizedText& tokens, const Sentence& sentence, const EventLexicon& lexicon, std::size_t i) {
  return labels_a_grade(tokens, lexicon, i) || verb_in_noun_compound(tokens, i) || in_repeated_word_idiom(tokens, sentence, i) ||
         noun_read_as_bare_verb(tokens, sentence, i) || names_a_level(tokens, sentence, i) ||
         in_set_phrase(tokens, sentence, lexicon, i) || state_come_into(tokens, sentence, i) ||
         ranks_against_all(tokens, sentence, i) || counts_what_it_took(tokens, sentence, lexicon, i) ||
         apposition_read_as_verb(tokens, sentence, i) || offered_for_sale(tokens, sentence, i) ||
         noun_modifier_read_as_verb(tokens, sentence, lexicon, i) ||
         hyphened_to_number(tokens, sentence, i);
}

}  // namespace

EventExtractor::EventExtractor() = default;
EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

EventExtractor EventExtractor::load(const DataDir& data) {
  return load(data.data("events"), data.model("events/trigger.model"));
}

EventExtractor EventExtractor::load(const std::filesystem::path& lexicon_folder, const std::filesystem::path& model_file) {
  return load(lexicon_folder, TriggerModel::load(model_file));
}

EventExtractor EventExtractor::load(const std::filesystem::path& lexicon_folder, TriggerModel model) {
  EventExtractor x;
  x.lexicon_ = std::make_unique<EventLexicon>(EventLexicon::load_folder(lexicon_folder));
  x.model_ = std::make_unique<TriggerModel>(std::move(model));
  return x;
}

const EventLexicon& EventExtractor::lexicon() const { return *lexicon_; }

std::vector<EventMention> EventExtractor::triggers(const TokenizedText& tokens, const std::vector<Span>& timex_spans) const {
  std::vector<EventMention> out;
  const std::vector<char> in_timex = timex_mask(tokens, timex_spans);
  std::vector<std::uint64_t> features;
  std::optional<TokenizedText> as_past;  // a copy to retag present verbs in, made when first needed
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const Sentence& sentence = tokens.sentences[s];
    std::optional<ClauseCues> cues;
    const std::size_t first_event = out.size();
    // (the body's present tense is mostly what a firm or a person does as a rule: "the company,
    // which operates 30 stores"; a headline's is the news)
    const bool headline = s == 0 && !ends_with_full_stop(tokens, sentence);
    const auto mention = [&](std::size_t i, int label, double confidence) {
      const Token& t = tokens.tokens[i];
      if (!cues) cues = ClauseCues::of(tokens, sentence, *lexicon_);
      EventMention e;
      e.token = i;
      e.span = t.span;
      e.sentence = static_cast<int>(s);
      e.trigger = t.text;
      e.lemma = guess_lemma(t, *lexicon_);
      e.event_class = std::string(kTriggerLabelNames[static_cast<std::size_t>(label)]);
      // ("called off the strike": calling off reports nothing, though "call" may)
      if (e.event_class == "REPORTING" &&
          verb_calls_off(tokens, ParseView(tokens, sentence), i, *lexicon_) != CallOff::None)
        e.event_class = "OCCURRENCE";
      const EventAttributes a = event_attributes(tokens, sentence, i, *cues, *lexicon_);
      e.tense = a.tense;
      e.aspect = a.aspect;
      e.polarity = a.polarity;
      e.pos = a.pos;
      e.modality = a.modality;
      e.ahead_in_past = a.ahead_in_past;
      e.confidence = confidence;
      e.reporting_evidence = e.event_class == "REPORTING";
      e.comparison_standard = compared_verb(tokens, i).has_value();
      e.period_boundary = closes_reporting_period(tokens, sentence, i) || places_a_following_period(tokens, sentence, i) ||
                          bounds_the_period_before(tokens, sentence, i, in_timex);
      e.quoted_description = in_quoted_description(tokens, sentence, i, *lexicon_);
      e.advice = advice_to_readers(tokens, ParseView(tokens, sentence), i);
      // (what is told as still to come or supposed is no standing state: "before we know what happened")
      e.background_state = ((e.modality == "actual" || e.modality == "negated") &&
                            tells_a_state(tokens, ParseView(tokens, sentence), i, *lexicon_, headline)) ||
                           tells_a_comparison(tokens, ParseView(tokens, sentence), i, headline);
      e.with_its_object = lexicon_->has_category(e.lemma, "support-verb") || lexicon_->has_category(e.lemma, "title-verb") ||
                          lexicon_->has_category(e.lemma, "aspectual") || lexicon_->is_making_verb(e.lemma);
      e.length_is_its_objects = length_is_its_objects(ParseView(tokens, sentence), i, e.lemma, *lexicon_);
      return e;
    };
    // The sentence's event at `token`, if found yet; one made by rule where there is none.
    const auto found_at = [&](std::size_t token) {
      return std::find_if(out.begin() + static_cast<std::ptrdiff_t>(first_event), out.end(),
                          [&](const EventMention& e) { return e.token == token; });
    };
    const auto add_unless_found = [&](std::size_t token, int label, double confidence) {
      if (found_at(token) == out.end()) out.push_back(mention(token, label, confidence));
    };
    if (date_line(tokens, sentence, in_timex)) continue;
    for (std::size_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
      if (in_timex[i] || is_punctuation(tokens.tokens[i].text) || names_an_office(tokens, *lexicon_, i) ||
          has_time_until(tokens, i) || never_an_event(tokens, sentence, *lexicon_, i))
        continue;
      features.clear();
      trigger_features(tokens, sentence, i, *lexicon_, in_timex, features);
      TriggerScores scores = model_->score(features);
      if (scores.label == 0 && ((headline && present_tense_verb(tokens.tokens[i])) || participle_with_own_subject(tokens, sentence, i)))
        scores = score_as_past(*model_, *lexicon_, tokens, sentence, i, in_timex, as_past);
      if (scores.label != 0) out.push_back(mention(i, scores.label, scores.confidence));
    }
    // "a possible flood that could begin": an aspectual verb always dates an event, so the
    // eventive noun it is a phase of is one even when the model missed it; so is the noun a
    // verb of happening says happens ("the conversation will take place"), and the one a verb
    // of scheduling sets for a time ("set sentencing for March 20").
    const ParseView parse(tokens, sentence);
    if (!parse.parsed()) continue;
    for (std::size_t k = first_event; k < out.size();) {
      const auto head = event_head_of_compound(tokens, parse, out[k].token, *lexicon_);
      if (!head) {
        ++k;
        continue;
      }
      add_unless_found(*head, trigger_label(out[k].event_class), out[k].confidence);
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
    }
    for (std::size_t k = first_event, n = out.size(); k < n; ++k) {
      const bool aspectual = out[k].event_class == "ASPECTUAL" || (out[k].pos == "VERB" && lexicon_->has_category(out[k].lemma, "aspectual"));
      auto noun = aspectual ? phase_noun(tokens, parse, out[k].token, *lexicon_)
                            : occurring_noun(tokens, parse, out[k].token, *lexicon_);
      if (!noun) noun = scheduled_object(tokens, parse, out[k].token, *lexicon_);
      if (!noun) noun = due_subject(tokens, parse, out[k].token);
      if (!noun) noun = expected_noun(tokens, parse, out[k].token, in_timex, *lexicon_);
      // An event by rule, as sure as the aspectual verb that makes it one.
      if (noun && !in_timex[*noun]) add_unless_found(*noun, trigger_label("OCCURRENCE"), out[k].confidence);
    }
    for (std::size_t k = first_event, n = out.size(); k < n; ++k) {
      if (const auto staying = staying_verb(tokens, parse, out[k].token))
        add_unless_found(*staying, trigger_label("STATE"), out[k].confidence);
    }
    // events found by rule: dated verbs and nouns, ordered nouns, a headline's clause verbs
    std::vector<std::size_t> rule_found = dated_verbs(tokens, sentence, parse, in_timex, *lexicon_);
    for (std::size_t i = parse.begin(); i < parse.end(); ++i)
      if (comes_into_force(tokens, i, *lexicon_)) rule_found.push_back(i);
    for (const std::size_t noun : nouns_dated_by_possessive(tokens, parse, in_timex, *lexicon_)) rule_found.push_back(noun);
    for (const std::size_t noun : nouns_dated_by_copula(tokens, parse, in_timex, *lexicon_)) rule_found.push_back(noun);
    const std::vector<std::size_t> ordered = nouns_ordered_by_signal(tokens, parse, in_timex, *lexicon_);
    rule_found.insert(rule_found.end(), ordered.begin(), ordered.end());
    if (headline)
      for (const std::size_t verb : headline_clause_verbs(tokens, parse, *lexicon_)) rule_found.push_back(verb);
    for (const std::size_t noun : nouns_of_a_that_clause(tokens, parse, *lexicon_))
      add_unless_found(noun, trigger_label("I_STATE"), kRuleConfidence);
    for (const std::size_t at : rule_found) {
      if (never_an_event(tokens, sentence, *lexicon_, at)) continue;
      // (a noun a word of order ties to another event that the model found unsure is as sure as
      // the rule, so the TLINK stage links the two: "six months after royal assent")
      const auto found = found_at(at);
      const bool ordered_noun = std::find(ordered.begin(), ordered.end(), at) != ordered.end();
      if (found != out.end() && ordered_noun) found->confidence = std::max(found->confidence, kRuleConfidence);
      else if (found == out.end()) out.push_back(mention(at, trigger_label(tokens.tokens[at].upos == "ADJ" ? "STATE" : "OCCURRENCE"), kRuleConfidence));
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first_event), out.end(),
              [](const EventMention& a, const EventMention& b) { return a.token < b.token; });
  }
  return out;
}

DocumentEvents EventExtractor::extract(std::string_view /*text*/, const TokenizedText& tokens,
                                       const std::vector<Span>& timex_spans,
                                       std::optional<date::sys_days> /*dct*/) const {
  DocumentEvents found;
  found.events = triggers(tokens, timex_spans);
  const std::vector<char> in_timex = timex_mask(tokens, timex_spans);
  EntityFinder(*lexicon_).find(tokens, in_timex, found);
  drop_triggers_in_organisation_names(found);
  title_events(tokens, *lexicon_, in_timex, found);
  group_coreferent_events(tokens, *lexicon_, found);
  return found;
}

std::vector<std::string> DocumentEvents::actor_ids(const EventMention& event) const {
  std::vector<std::string> ids;
  for (auto m : event.actor_mentions) {
    const auto& id = entities[static_cast<std::size_t>(entity_mentions[m].entity)].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

}  // namespace chronograph::core
