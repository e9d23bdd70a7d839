#include "core/events/event_coreference.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>

#include "core/events/breakdowns.h"
#include "core/events/called_off.h"
#include "core/events/event_phase.h"
#include "core/events/sequence_participle.h"
#include "core/events/necessity_frame.h"
#include "core/events/parse_view.h"
#include "core/events/raising_frame.h"
#include "core/events/reported_clause.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// Union-find over mention indexes; the earlier mention is always the root.
class Groups {
 public:
  explicit Groups(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), std::size_t{0}); }
  std::size_t root(std::size_t m) {
    while (parent_[m] != m) m = parent_[m] = parent_[parent_[m]];
    return m;
  }
  void unite(std::size_t a, std::size_t b) {
    a = root(a), b = root(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

// TimeML ASPECTUAL predicates name a phase of another event, which they date.
bool aspectual(const EventLexicon& lexicon, const EventMention& e) {
  return e.event_class == "ASPECTUAL" || (e.pos == "VERB" && lexicon.has_category(e.lemma, "aspectual"));
}

// Verbs whose object noun carries the event ("hold a call", "have a discussion", "make a decision").
bool light_verb(const EventLexicon& lexicon, const EventMention& e) {
  return e.pos == "VERB" && lexicon.has_category(e.lemma, "support-verb");
}

struct Context {
  const TokenizedText& tokens;
  const EventLexicon& lexicon;
  DocumentEvents& found;
  std::vector<int> event_at;  // token -> mention index, -1

  int event_on(std::size_t token) const { return event_at[token]; }
  bool noun_event(std::size_t token) const {
    const int e = event_on(token);
    return e >= 0 && found.events[static_cast<std::size_t>(e)].pos == "NOUN";
  }
  const Sentence& sentence(const EventMention& e) const { return tokens.sentences[static_cast<std::size_t>(e.sentence)]; }
};

// ... and "will keep cancelling flights", "kept raising rates": a verb that names a phase only of
// the gerund it takes (predicates.tsv "aspectual-gerund"), when it takes one ("kept the money"
// is no phase). TimeML may class it an occurrence all the same.
bool aspectual(const Context& c, const EventMention& e) {
  if (aspectual(c.lexicon, e)) return true;
  if (e.pos != "VERB" || !c.lexicon.has_category(e.lemma, "aspectual-gerund")) return false;
  const auto complement = ParseView(c.tokens, c.sentence(e)).child(e.token, "xcomp");
  return complement && c.tokens.tokens[*complement].xpos == "VBG";
}

// "Last year's winner saw sales rise in the week after the ceremony": a noun that "after" or
// "since" puts before a verb told in the past happened, so it is no event still to come (a
// ceremony that "will" crown this year's winner).
bool ordered_before_past(const Context& c, const EventMention& e) {
  if (e.pos != "NOUN") return false;
  const ParseView parse(c.tokens, c.sentence(e));
  const auto marker = parse.child(e.token, "case");
  const std::string word = marker ? token_lower(c.tokens.tokens[*marker]) : std::string();
  if (word != "after" && word != "since" && word != "following") return false;
  std::optional<std::size_t> at = parse.head(e.token);
  for (int step = 0; at && step < 4; ++step, at = parse.head(*at)) {
    const Token& t = c.tokens.tokens[*at];
    // ("saw sales rise": the bare verb's governor, whatever the tagger made of "rise")
    const bool bare = t.xpos == "VB" || t.xpos == "VBG" || (t.xpos == "VBP" && (parse.relation_is(*at, "ccomp") || parse.relation_is(*at, "xcomp")));
    if (t.upos != "VERB" || bare) continue;
    return t.xpos == "VBD" && !parse.child(*at, "aux");
  }
  return false;
}

// The modality of what a noun's clause tells ("will be announced at a ceremony": planned): the
// first event on a verb above it, else the noun's own.
std::string clause_modality(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  std::optional<std::size_t> at = parse.head(e.token);
  for (int step = 0; at && step < 4; ++step, at = parse.head(*at))
    if (c.tokens.tokens[*at].upos == "VERB" && c.event_on(*at) >= 0)
      return c.found.events[static_cast<std::size_t>(c.event_on(*at))].modality;
  return e.modality;
}

// "such therapies", "such attacks": a noun "such" modifies names a kind of thing, no one
// event; it is never the one a singular noun of its kind names ("a second therapy").
bool names_a_kind(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  const auto children = parse.children(noun);
  return std::any_of(children.begin(), children.end(), [&](std::size_t k) {
    return k < noun && token_lower(tokens.tokens[k]) == "such" && (parse.relation_is(k, "amod") || parse.relation_is(k, "det"));
  });
}

// "take place", "happen", "occur", "the storm hit the coast": the event is the subject.
bool occurrence_predicate(const Context& c, const EventMention& e) {
  return e.pos == "VERB" && says_it_happens(c.tokens, e.token, c.lexicon);
}

// "until police raided the office", "when the strike ends": a clause a word of time opens, which
// tells when, never what (the parser may hang it as a complement all the same).
bool opened_by_time_word(const Context& c, const ParseView& parse, std::size_t clause) {
  static const std::set<std::string, std::less<>> kTimeWords = {"after", "when", "once", "before", "until", "till"};
  for (const std::size_t k : parse.children(clause))
    if (k < clause && (parse.relation_is(k, "mark") || parse.relation_is(k, "advmod")) &&
        kTimeWords.contains(token_lower(c.tokens.tokens[k])))
      return true;
  return false;
}

// The event a complement `relation` of `verb` names: not a clause of time hung there.
std::optional<std::size_t> complement_event(const Context& c, const ParseView& parse, std::size_t verb, const char* relation) {
  const auto t = parse.child(verb, relation);
  if (!t || c.event_on(*t) < 0 || opened_by_time_word(c, parse, *t)) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*t));
}

// (event_of_phase_verb and aspectual_target call each other)
std::optional<std::size_t> aspectual_target(const Context& c, const EventMention& e);

bool conjoined_phase(const Context& c, const ParseView& parse, const EventMention& e) {
  const bool told = e.modality == "actual" || e.modality == "planned";
  if (!parse.relation_is(e.token, "conj") || !parse.head(e.token) || !told || e.polarity == "NEG") return false;
  for (const char* rel : {"nsubj", "nsubj:pass", "obj"})
    if (parse.child(e.token, rel)) return false;
  for (const char* rel : {"ccomp", "xcomp"})
    if (const auto t = parse.child(e.token, rel); t && !opened_by_time_word(c, parse, *t)) return false;
  return c.tokens.tokens[e.token].upos == "VERB";
}

// The verb whose object or oblique holds `noun`: the noun itself, or a noun an "of"/"for" phrase
// hangs inside it ("a new payment model for such therapies"), or the place of a verb ("would go
// door to door in flooded neighborhoods starting at dawn": the going starts); none when there
// is no such verb.
std::optional<std::size_t> verb_of_object(const ParseView& parse, std::size_t noun) {
  constexpr int kNestedPhrases = 2;
  for (int step = 0; step < kNestedPhrases && parse.relation_is(noun, "nmod") && parse.head(noun); ++step) noun = *parse.head(noun);
  return parse.relation_is(noun, "obj") || parse.relation_is(noun, "obl") ? parse.head(noun) : std::nullopt;
}

// The event noun that is the object of `verb`, when it comes before `token`; none otherwise.
std::optional<std::size_t> object_event_before(const Context& c, const ParseView& parse, std::size_t verb, std::size_t token) {
  const auto object = parse.child(verb, "obj");
  if (!object || *object > token || !c.noun_event(*object)) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*object));
}

// "ordered evacuations for three parishes starting at 6 a.m.", "inspections of 300 aircraft
// beginning on Monday": a participle the parser hung on a noun that names no event names the
// phase of the event noun that noun modifies, or, for an oblique, of the object event before it
// (the evacuations start, not the parishes); none when there is no such event noun.
std::optional<std::size_t> event_over_plain_noun(const Context& c, const ParseView& parse, std::size_t noun) {
  while (parse.relation_is(noun, "nmod")) {
    const auto head = parse.head(noun);
    if (!head) return std::nullopt;
    if (c.noun_event(*head)) return static_cast<std::size_t>(c.event_on(*head));
    noun = *head;
  }
  if (!parse.relation_is(noun, "obl")) return std::nullopt;
  const auto verb = parse.head(noun);
  return verb ? object_event_before(c, parse, *verb, noun) : std::nullopt;
}

// "a slump in home sales that began in 2022", "a rise in prices that started in May": the noun
// "in" opens after an event noun of change is what the change is measured in; a relative clause
// telling a phase on that noun tells the change's phase. The change's event; none when the noun
// at `noun` follows no such "in".
std::optional<std::size_t> change_measured_in(const Context& c, const ParseView& parse, std::size_t noun) {
  const auto in = parse.child(noun, "case");
  if (!in || token_lower(c.tokens.tokens[*in]) != "in" || *in <= parse.begin()) return std::nullopt;
  const std::size_t change = *in - 1;
  if (!c.noun_event(change) || change == noun) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(change));
}

// "began taking bribes in 2016 and continued until May 2019": a phase conjoined to a phase verb
// with an event of its own, or to that event's verb (as the parser may hang it), is a phase of
// that event. The event the phase verb at `first` or above it governs; none when there is none.
std::optional<std::size_t> event_of_phase_verb(const Context& c, const ParseView& parse, std::size_t first) {
  const auto phase_verb = [&](std::size_t t) {
    const int m = c.event_on(t);
    return m >= 0 && aspectual(c, c.found.events[static_cast<std::size_t>(m)]) ? std::optional(static_cast<std::size_t>(m))
                                                                                        : std::nullopt;
  };
  if (const auto phase = phase_verb(first)) return aspectual_target(c, c.found.events[*phase]);
  const auto up = parse.head(first);
  if (parse.relation_is(first, "xcomp") && up && phase_verb(*up) && c.event_on(first) >= 0)
    return static_cast<std::size_t>(c.event_on(first));
  return std::nullopt;
}

// The event an aspectual verb is a phase of: its complement ("began to withdraw", "began the
// offensive"), else its subject ("the offensive began"), else the noun its relative clause
// modifies ("an offensive that could begin") or the verb a bare participle hangs on ("enrolled
// patients starting in 2019").
std::optional<std::size_t> aspectual_target(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  if (parse.parsed()) {
    // ("could begin cutting rates" parsed with "cutting" an adjective of "rates": a gerund
    // right after the verb is its complement whatever the parser made of it)
    const std::size_t next = e.token + 1;
    if (next < parse.end() && c.tokens.tokens[next].xpos == "VBG" && c.event_on(next) >= 0)
      return static_cast<std::size_t>(c.event_on(next));
    for (const char* rel : {"xcomp", "obj", "ccomp", "nsubj"})
      if (const auto event = complement_event(c, parse, e.token, rel)) return event;
    // ("the talks are set to begin": the subject the frame lends the phase)
    if (const auto t = raising_subject(c.tokens, parse, e.token, c.lexicon); t && c.event_on(*t) >= 0)
      return static_cast<std::size_t>(c.event_on(*t));
    // "The strike began on Monday and ended on Friday": an actual or planned conjoined verb
    // without a subject or complement of its own is a phase of the first verb's subject event
    // ("stopped traffic on Tuesday" is not the storm's end; "could end on Friday" stays an event)
    if (conjoined_phase(c, parse, e)) {
      const std::size_t first = *parse.head(e.token);
      if (const auto t = parse.child(first, "nsubj"); t && c.event_on(*t) >= 0) return static_cast<std::size_t>(c.event_on(*t));
      if (const auto phased = event_of_phase_verb(c, parse, first)) return phased;
    }
    // (not a "that" clause the parser hung as acl on a verb or on a noun of its obliques: "told
    // staff in a memo that the cuts would be completed" tells of the cuts, not of the telling's end)
    // (nor a noun that names a kind: "such therapies starting in 2025" is no therapy's start)
    const bool relative = parse.relation_is(e.token, "acl") && !complemented_verb(c.tokens, parse, e.token);
    if (const auto h = parse.head(e.token); h && relative && c.event_on(*h) >= 0 && !names_a_kind(c.tokens, parse, *h))
      return static_cast<std::size_t>(change_measured_in(c, parse, *h).value_or(static_cast<std::size_t>(c.event_on(*h))));
    // "enrolled 1,795 patients starting in 2019", "test a new payment model for such therapies
    // starting in 2025": a bare participle names its verb's phase, also when the parser hung it
    // on the verb's object or on a noun inside it
    const bool participle = c.tokens.tokens[e.token].xpos == "VBG" && !parse.child(e.token, "mark") &&
                            !parse.child(e.token, "obj") && !parse.child(e.token, "xcomp") && !parse.child(e.token, "ccomp");
    auto h = parse.head(e.token);
    if (h && participle && parse.relation_is(e.token, "acl") && c.event_on(*h) < 0)
      if (const auto event = event_over_plain_noun(c, parse, *h)) return event;
    // ("ordered inspections of 300 aircraft beginning on Monday" parsed with the participle the
    // ordering's complement: the inspections begin)
    if (h && participle && parse.relation_is(e.token, "xcomp"))
      if (const auto event = object_event_before(c, parse, *h, e.token)) return event;
    if (h && participle && parse.relation_is(e.token, "acl")) h = verb_of_object(parse, *h);
    else if (!parse.relation_is(e.token, "advcl")) h.reset();
    if (h && participle && c.event_on(*h) >= 0 && c.found.events[static_cast<std::size_t>(c.event_on(*h))].pos == "VERB")
      return static_cast<std::size_t>(c.event_on(*h));
    return std::nullopt;
  }
  // Without a parse: "began (to|the) X", or "X that|which [could] begin".
  for (std::size_t j = e.token + 1; j < parse.end() && j <= e.token + 3; ++j) {
    if (c.event_on(j) >= 0) return static_cast<std::size_t>(c.event_on(j));
    const std::string w = token_lower(c.tokens.tokens[j]);
    if (w != "to" && !is_determiner(w)) break;
  }
  for (std::size_t j = e.token; j > parse.begin() && e.token - j < 5;) {
    --j;
    const std::string w = token_lower(c.tokens.tokens[j]);
    if ((w == "that" || w == "which") && j > parse.begin() && c.event_on(j - 1) >= 0) return static_cast<std::size_t>(c.event_on(j - 1));
    if (!is_auxiliary(w) && w != "not" && w != "soon") break;
  }
  return std::nullopt;
}

// The noun of a verb's "from" phrase ("suffering from a shoulder injury"); none when it has none.
std::optional<std::size_t> noun_after_from(const Context& c, const ParseView& parse, std::size_t verb) {
  for (const std::size_t k : parse.children(verb)) {
    const auto from = parse.child(k, "case");
    if (parse.relation_is(k, "obl") && from && token_lower(c.tokens.tokens[*from]) == "from") return k;
  }
  return std::nullopt;
}

// The event noun a light verb holds: its object, else the noun after its "from" ("had been
// suffering from a shoulder injury": the suffering is the injury), or without a parse the next
// noun after a determiner and modifiers.
std::optional<std::size_t> light_verb_target(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  if (parse.parsed()) {
    auto t = parse.child(e.token, "obj");
    if (!t) t = noun_after_from(c, parse, e.token);
    if (t && c.noun_event(*t)) return static_cast<std::size_t>(c.event_on(*t));
    return std::nullopt;
  }
  for (std::size_t j = e.token + 1; j < parse.end() && j <= e.token + 4; ++j) {
    if (c.noun_event(j)) return static_cast<std::size_t>(c.event_on(j));
    if (is_punctuation(c.tokens.tokens[j].text) || c.event_on(j) >= 0) break;
  }
  return std::nullopt;
}

// The kind key of a noun naming an event, mention or not ("the conversation" the model missed).
std::string noun_kind(const Context& c, std::size_t token) {
  const std::string lemma = guess_lemma(c.tokens.tokens[token], c.lexicon);
  const std::string key = c.lexicon.coref_key(lemma);
  if (c.noun_event(token) || key != lemma || c.lexicon.is_event_nominal(token_lower(c.tokens.tokens[token])))
    return "n:" + key;
  return {};
}

std::string verb_kind(const EventMention& e) { return "v:" + to_lower(e.title) + "|" + e.modality; }

// "until a successor is named, which it expects to happen by the end of the year": the event
// that a relative pronoun subject of "happen" (or the object controlling it) stands for, the
// clause or the event noun it hangs on; none when the subject is no such pronoun.
std::optional<std::size_t> clause_of_relative_subject(const Context& c, const ParseView& parse, std::size_t verb) {
  const auto is_which = [&](std::optional<std::size_t> t) { return t && token_lower(c.tokens.tokens[*t]) == "which"; };
  auto subject = parse.child(verb, "nsubj");
  // ("which it expects to happen", "which is due to take place", "which is expected to happen")
  const auto head = parse.head(verb);
  if (!subject && head && (parse.relation_is(verb, "xcomp") || parse.relation_is(verb, "advcl")))
    for (const char* relation : {"obj", "nsubj", "nsubj:pass"})
      if (const auto controller = parse.child(*head, relation); is_which(controller)) subject = controller;
  if (!is_which(subject)) return std::nullopt;
  const auto clause = parse.head(*subject);
  if (!clause || !parse.relation_is(*clause, "acl:relcl") || !parse.head(*clause)) return std::nullopt;
  // (not the verb whose object the clause follows: "cancelled the parade, which had been
  // scheduled to take place on Sunday" is no cancelling on Sunday)
  const int event = c.event_on(*parse.head(*clause));
  if (event < 0) return std::nullopt;
  return static_cast<std::size_t>(event);
}

// "the conversation will indeed take place": the subject's kind.
std::string occurrence_subject_kind(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  if (const auto clause = clause_of_relative_subject(c, parse, e.token)) {
    const EventMention& before = c.found.events[*clause];
    return before.pos == "NOUN" ? "n:" + c.lexicon.coref_key(before.lemma) : verb_kind(before);
  }
  if (const auto subject = parse.child(e.token, "nsubj"))
    if (auto kind = noun_kind(c, *subject); !kind.empty()) return kind;
  // The parser often misses the subject of "will indeed take place": the nearest noun before,
  // when the verb has no object ("after the meeting the army hit the town" is no meeting;
  // UD makes "place" the object of "take").
  if (e.lemma != "take" && parse.child(e.token, "obj")) return {};
  for (std::size_t j = e.token; j > parse.begin() && e.token - j < 6;) {
    --j;
    if (is_punctuation(c.tokens.tokens[j].text)) break;
    if (auto kind = noun_kind(c, j); !kind.empty()) return kind;
  }
  return {};
}

// "the exact timing of the call": the kind of the event it is a property of.
std::string attribute_kind(const Context& c, const EventMention& e) {
  const Sentence& s = c.sentence(e);
  std::size_t j = e.token + 1;
  if (!c.lexicon.has_category(e.lemma, "attribute-noun") || j >= s.first_token + s.token_count || token_lower(c.tokens.tokens[j]) != "of") return {};
  for (++j; j < s.first_token + s.token_count && j <= e.token + 4; ++j) {
    if (auto kind = noun_kind(c, j); !kind.empty()) return kind;
    if (!is_determiner(token_lower(c.tokens.tokens[j])) && c.tokens.tokens[j].upos != "ADJ") break;
  }
  return {};
}

std::string kind_key(const Context& c, EventMention& e) {
  if (auto kind = attribute_kind(c, e); !kind.empty()) {
    e.support = true;
    return kind;
  }
  if (e.pos == "NOUN") return "n:" + c.lexicon.coref_key(e.lemma);
  if (occurrence_predicate(c, e))
    if (auto kind = occurrence_subject_kind(c, e); !kind.empty()) return kind;
  return verb_kind(e);
}

bool communication_kind(const EventLexicon& lexicon, const std::string& lemma) {
  static const char* const kinds[] = {"call", "talk", "meeting", "conversation", "discussion"};
  const std::string key = lexicon.coref_key(lemma);
  for (const char* k : kinds)
    if (key == lexicon.coref_key(k)) return true;
  return lemma == "meet" || lemma == "speak" || lemma == "discuss" || lemma == "negotiate";
}

// "the two", "both", "they", "the leaders": a plural subject that names no one.
bool unnamed_plural_subject(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  std::optional<std::size_t> subject;
  if (parse.parsed()) subject = parse.child(e.token, "nsubj");
  else
    for (std::size_t j = e.token; j > parse.begin() && e.token - j < 4 && !subject;) {
      --j;
      const std::string w = token_lower(c.tokens.tokens[j]);
      if (!is_auxiliary(w) && !(w.size() > 3 && w.ends_with("ly")) && w != "also" && w != "not") subject = j;
    }
  if (!subject) return false;
  const std::string w = token_lower(c.tokens.tokens[*subject]);
  if (std::isupper(static_cast<unsigned char>(c.tokens.tokens[*subject].text[0])) && *subject != parse.begin()) return false;
  return w == "two" || w == "both" || w == "they" || w == "leaders" || w == "sides" || w == "presidents";
}

// The named participants before the trigger: the subject's, not the object's ("Biden wants to
// discuss US concerns" is Biden's alone).
std::set<std::string> subject_ids(const DocumentEvents& found, const EventMention& e) {
  std::set<std::string> ids;
  for (const auto m : e.actor_mentions) {
    const EntityMention& mention = found.entity_mentions[m];
    if (mention.span.begin < e.span.begin) ids.insert(found.entities[static_cast<std::size_t>(mention.entity)].id);
  }
  return ids;
}

// A verb of communication continuing the last communication event between two or more named participants.
void join_communications(Context& c, Groups& groups) {
  std::optional<std::size_t> last;  // last mention of a communication with >= 2 actors
  std::map<std::size_t, std::set<std::string>> actors_of;  // group root -> participants' entity ids
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& e = c.found.events[m];
    if (!communication_kind(c.lexicon, e.lemma)) continue;
    auto& actors = actors_of[groups.root(m)];
    const auto own = subject_ids(c.found, e);
    if (last && e.pos == "VERB" && e.modality == c.found.events[*last].modality) {
      const auto& previous = actors_of[groups.root(*last)];
      if ((own.empty() && unnamed_plural_subject(c, e)) || (own.size() >= 2 && own == previous)) {
        groups.unite(*last, m);
        continue;
      }
    }
    actors.insert(own.begin(), own.end());
    if (actors.size() >= 2) last = m;
  }
}

// "will indeed take place": an adverb of the verb group taken for a verb (not "-ly" words:
// "rally", "reply" are events).
bool adverb_taken_for_verb(const Context& c, const EventMention& e) {
  const std::string w = token_lower(c.tokens.tokens[e.token]);
  return is_adverb_like(w) && !w.ends_with("ly") && e.token + 1 < c.event_at.size() && c.event_on(e.token + 1) >= 0;
}

// "will stay closed", "remained shut": the state a verb of staying keeps is the staying itself,
// one event ("Schools stay closed"), not another that begins somewhere.
std::optional<std::size_t> kept_state(const Context& c, const EventMention& e) {
  if (e.pos == "NOUN") return std::nullopt;
  const ParseView parse(c.tokens, c.sentence(e));
  const auto head = parse.head(e.token);
  if (!head || !parse.relation_is(e.token, "xcomp") || c.event_on(*head) < 0) return std::nullopt;
  const Token& state = c.tokens.tokens[e.token];
  if (state.upos != "ADJ" && state.xpos != "VBN") return std::nullopt;  // "stayed to defend the city" is two
  const std::string& lemma = c.tokens.tokens[*head].lemma;
  if (lemma != "stay" && lemma != "remain") return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*head));
}

// The mention of the verb (no aspectual one) whose "to" infinitive complement (xcomp) `e` is.
std::optional<std::size_t> verb_over_to_infinitive(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  const auto head = parse.head(e.token);
  const auto to = parse.child(e.token, "mark");
  if (!head || !parse.relation_is(e.token, "xcomp") || !to || token_lower(c.tokens.tokens[*to]) != "to") return std::nullopt;
  const int governing = c.event_on(*head);
  if (governing < 0) return std::nullopt;
  const EventMention& verb = c.found.events[static_cast<std::size_t>(governing)];
  if (verb.pos != "VERB" || aspectual(c, verb)) return std::nullopt;
  return static_cast<std::size_t>(governing);
}

// "sued to stop the deal", "voted to end the strike": an aspectual infinitive that a verb which
// is neither aspectual nor light governs says what that verb aimed at; the phase has not
// happened. Not after a verb of planning, threatening or declining ("pledged to end the subsidy
// in 2027": the end is an event of its own, planned). Returns the governing verb's mention.
std::optional<std::size_t> goal_of(const Context& c, const EventMention& e) {
  const auto governing = verb_over_to_infinitive(c, e);
  if (!governing) return std::nullopt;
  const EventMention& verb = c.found.events[*governing];
  if (light_verb(c.lexicon, verb)) return std::nullopt;
  for (const char* governor : {"plan-governor", "poss-governor", "neg-governor"})
    if (c.lexicon.has_category(verb.lemma, governor)) return std::nullopt;
  return governing;
}

// "declined to comment", "refused to improve the offer": the infinitive a verb that denies it
// (modality.tsv neg-governor) governs did not happen, and the refusal says so: it is that
// verb's aim, one event with it, not a second event on the timeline that only repeats the
// refusal. (TimeML still has both verbs.) Returns the governing verb's mention.
std::optional<std::size_t> refused_by(const Context& c, const EventMention& e) {
  if (e.pos != "VERB" || e.modality != "negated") return std::nullopt;
  const auto governing = verb_over_to_infinitive(c, e);
  if (!governing || !c.lexicon.has_category(c.found.events[*governing].lemma, "neg-governor")) return std::nullopt;
  return governing;
}

// "the first country", "the only state", "the third bank", "the largest lender": a noun ranked
// among those who did something.
bool ranked_among_doers(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  static constexpr std::string_view kRanks[] = {"first", "second", "third", "last", "only", "latest"};
  for (const auto c : parse.children(noun)) {
    const Token& t = tokens.tokens[c];
    const std::string w = token_lower(t);
    const bool numbered = !w.empty() && std::isdigit(static_cast<unsigned char>(w.front())) && t.upos == "ADJ";
    if (numbered || t.xpos == "JJS" || std::find(std::begin(kRanks), std::end(kRanks), w) != std::end(kRanks)) return true;
  }
  return false;
}

// "declared an emergency, the first country to do so": a "do so" whose doer is ranked among
// those who did it stands for the verb told before it in its sentence, and is a mention of that
// verb's event (TimeML still has both). Not one with any other doer ("urged its neighbours to do
// so", "and Peru did so in June": another event of that kind). Returns the mention of that verb; none when
// no verb comes before.
std::optional<std::size_t> done_so(const Context& c, const EventMention& e) {
  const Sentence& s = c.sentence(e);
  const std::size_t end = s.first_token + s.token_count;
  if (c.tokens.tokens[e.token].lemma != "do" || e.token + 1 >= end || token_lower(c.tokens.tokens[e.token + 1]) != "so")
    return std::nullopt;
  // the doer, however the parser hung it: the noun "do" is on, or its subject
  const ParseView parse(c.tokens, s);
  const auto doer = parse.relation_is(e.token, "acl") ? parse.head(e.token) : parse.child(e.token, "nsubj");
  if (!doer || !ranked_among_doers(c.tokens, parse, *doer)) return std::nullopt;
  for (std::size_t k = e.token; k > s.first_token;) {
    const int before = c.event_on(--k);
    if (before >= 0 && c.found.events[static_cast<std::size_t>(before)].pos == "VERB") return static_cast<std::size_t>(before);
  }
  return std::nullopt;
}

// "He plans to visit all 42 warehouses", "the firm aims to cut 300 jobs": a plan told in the
// present frames the act it plans; the act, planned, is the news, one event with it. Not a plan
// told in the past ("had planned to visit", "pledged to end"), made at a time of its own.
// Returns the planned act's mention.
std::optional<std::size_t> act_planned_now(const Context& c, const EventMention& e) {
  static const std::set<std::string> kPlanning = {"plan", "aim"};
  const std::string& xpos = c.tokens.tokens[e.token].xpos;
  if (e.pos != "VERB" || !kPlanning.contains(e.lemma) || (xpos != "VBZ" && xpos != "VBP")) return std::nullopt;
  const auto act = ParseView(c.tokens, c.sentence(e)).child(e.token, "xcomp");
  if (!act || c.event_on(*act) < 0) return std::nullopt;
  const auto index = static_cast<std::size_t>(c.event_on(*act));
  if (c.found.events[index].pos != "VERB") return std::nullopt;
  return index;
}

// "needed only 70 minutes on Tuesday to beat the qualifier", "took six hours to restore power":
// a verb of taking time whose object counts the time tells how long the act of its "to"
// infinitive took; the act, done then, is the news, one event with it (whose date it tells).
// Returns the act's mention.
std::optional<std::size_t> act_timed_by(const Context& c, const EventMention& e) {
  static const std::set<std::string> kTakingTime = {"take", "need"};
  if (e.pos != "VERB" || !kTakingTime.contains(e.lemma)) return std::nullopt;
  const ParseView parse(c.tokens, c.sentence(e));
  const auto time = parse.child(e.token, "obj");
  if (!time || c.tokens.tokens[*time].upos != "NOUN" || !parse.child(*time, "nummod")) return std::nullopt;
  for (const std::size_t act : parse.children(e.token)) {
    const auto to = parse.child(act, "mark");
    if (act < *time || !(parse.relation_is(act, "xcomp") || parse.relation_is(act, "advcl"))) continue;
    if (!to || token_lower(c.tokens.tokens[*to]) != "to" || c.event_on(act) < 0) continue;
    const auto index = static_cast<std::size_t>(c.event_on(act));
    if (c.found.events[index].pos == "VERB") return index;
  }
  return std::nullopt;
}

// "Tugboats tried to pull the vessel free on Friday but failed", "attempted to land at 9 p.m.":
// the infinitive a verb of trying governs is what the trying aimed at, done or not; it is that
// verb's aim, one event with it (whose time it tells), not a second event that may have
// happened. Returns the governing verb's mention.
std::optional<std::size_t> tried_by(const Context& c, const EventMention& e) {
  if (e.pos != "VERB") return std::nullopt;
  const auto governing = verb_over_to_infinitive(c, e);
  if (!governing || !is_verb_of_trying(c.found.events[*governing].lemma)) return std::nullopt;
  return governing;
}

// Whether the event an aspectual verb is a phase of is that verb's subject ("the talks resumed",
// "the talks are set to resume").
bool phase_of_its_subject(const Context& c, const EventMention& e, std::size_t target) {
  const ParseView parse(c.tokens, c.sentence(e));
  auto subject = parse.child(e.token, "nsubj");
  if (!subject) subject = raising_subject(c.tokens, parse, e.token, c.lexicon);
  return subject && *subject == c.found.events[target].token;
}

// "negotiations failed", "the talks collapsed": a verb that tells how its subject event ended
// (predicates.tsv outcome-of-subject) is one event with it; that subject's event, or none.
std::optional<std::size_t> outcome_of_subject(const Context& c, const EventMention& e) {
  if (e.pos != "VERB" || !c.lexicon.has_category(e.lemma, "outcome-of-subject")) return std::nullopt;
  const ParseView parse(c.tokens, c.sentence(e));
  auto subject = parse.child(e.token, "nsubj");
  // ("after the talks failed" parsed with "talks" the object of "after" and "failed" a
  // participle: the event noun right before a participle with no auxiliary)
  if (!subject && c.tokens.tokens[e.token].xpos == "VBN" && !parse.child(e.token, "aux") &&
      !parse.child(e.token, "aux:pass") && e.token > parse.begin())
    subject = e.token - 1;
  if (!subject || c.event_on(*subject) < 0) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*subject));
}

// A phase folded into its event before the joins: which mention, into which, and how the
// event's mention stood before the phase lent it its modality.
struct PhaseFold {
  std::size_t phase, target;
  std::string modality, polarity;  // the target's, before the fold
};

// "if the deal is not completed by the end of the year", "had hoped to complete the merger in
// the third quarter": a phase told as only supposed, denied, or (for a completion, a
// milestone of an event under way) not yet done, whose event the text also tells as done,
// is not that event: whether it be decided after the joins, where the event's other
// mentions are known.
bool phase_may_stand_apart(const EventMention& phase, const EventMention& target) {
  if (target.pos != "NOUN" || phase.modality == "actual") return false;
  return phase.modality == "hypothetical" || phase.modality == "negated" || phase.polarity == "NEG" ||
         completes_an_event(phase.lemma);
}

// "The vote is expected to pass on Friday": the frame's mention of the event its infinitive
// tells (raising_frame.h); none when it is no such frame.
std::optional<std::size_t> raised_by_frame(const Context& c, const EventMention& e) {
  const auto infinitive = raised_infinitive(c.tokens, ParseView(c.tokens, c.sentence(e)), e.token, c.lexicon);
  if (!infinitive || c.event_on(*infinitive) < 0) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*infinitive));
}

// "will be held after the campaign ends", "will reopen when the strike ends": a phase of its
// subject told in a time clause of another verb is what that verb waits for; its event is no
// more told as going on than the phase (unlike "the strike will end on Friday", where the
// strike goes on).
bool phase_in_time_clause(const Context& c, const EventMention& phase) {
  const ParseView parse(c.tokens, c.sentence(phase));
  return parse.relation_is(phase.token, "advcl") && opened_by_time_word(c, parse, phase.token);
}

// "People need to take it seriously", "have to leave": the frame's mention of the act its
// infinitive says must be done (necessity_frame.h); none when it is no such frame.
std::optional<std::size_t> required_by_frame(const Context& c, const EventMention& e) {
  const auto act = necessary_act(c.tokens, ParseView(c.tokens, c.sentence(e)), e.token, c.lexicon);
  if (!act || c.event_on(*act) < 0) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*act));
}

// The verb of the clause a participle after it sums up: the verb it hangs on, or, after a comma,
// the first verb above it told in a finite form ("sentenced him to six years for taking bribes,
// capping a case" parsed with "capping" joined to "taking"); none when there is none before it.
std::optional<std::size_t> summed_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t participle) {
  constexpr int kMaxSteps = 4;
  const auto head = parse.head(participle);
  if (parse.relation_is(participle, "advcl")) return head && *head < participle ? head : std::nullopt;
  if (participle == parse.begin() || tokens.tokens[participle - 1].text != ",") return std::nullopt;
  auto up = head;
  for (int step = 0; step < kMaxSteps && up && *up < participle; ++step, up = parse.head(*up)) {
    const Token& t = tokens.tokens[*up];
    if (t.upos == "VERB" && (t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP")) return up;
  }
  return std::nullopt;
}

// "A judge sentenced him on Thursday, capping a case that began in 2021", "reported a loss,
// marking its third in a row": a participle of summing up (predicates.tsv sums-up) after its
// clause, with no subject or opening word of its own, says what that clause's event amounts
// to: no event of its own. The clause's verb mention, or none.
// So does "making it" and what it makes the clause's thing ("burned 62,000 acres, making it
// the largest fire in the county").
bool makes_it_so(const Context& c, const ParseView& parse, const EventMention& e) {
  if (e.lemma != "make" || !parse.child(e.token, "xcomp")) return false;
  const auto object = parse.child(e.token, "obj");
  return object && token_lower(c.tokens.tokens[*object]) == "it";
}

std::optional<std::size_t> summed_up_by(const Context& c, const EventMention& e) {
  const Token& t = c.tokens.tokens[e.token];
  const ParseView parse(c.tokens, c.sentence(e));
  if (e.pos != "VERB" || t.xpos != "VBG" || !(c.lexicon.has_category(e.lemma, "sums-up") || makes_it_so(c, parse, e)))
    return std::nullopt;
  if (parse.child(e.token, "nsubj") || parse.child(e.token, "mark")) return std::nullopt;
  const auto clause = summed_clause(c.tokens, parse, e.token);
  if (!clause || c.event_on(*clause) < 0) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*clause));
}

// "The theft is the second at a British museum in three years": a rank told of an event (its
// subject, through "be") is a mention of that event, no event of its own. Its event, or none.
std::optional<std::size_t> ranked_subject(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  if (!ranks_in_a_series(c.tokens.tokens[e.token]) || !parse.child(e.token, "cop")) return std::nullopt;
  const auto subject = parse.child(e.token, "nsubj");
  if (!subject || c.event_on(*subject) < 0) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*subject));
}

// The lemma of a verb's object noun ("assent" of "will receive royal assent"), empty when none.
std::string object_lemma(const Context& c, const EventMention& verb) {
  const auto object = ParseView(c.tokens, c.sentence(verb)).child(verb.token, "obj");
  return object && c.tokens.tokens[*object].upos == "NOUN" ? c.tokens.tokens[*object].lemma : std::string{};
}

// "hold the next match ... the second player to hold the title": two verbs of one kind acting
// on nouns of different kinds do different things. A pronoun or no object leaves it open.
bool act_on_different_things(const Context& c, const EventMention& a, const EventMention& b) {
  const std::string x = object_lemma(c, a), y = object_lemma(c, b);
  return !x.empty() && !y.empty() && c.lexicon.coref_key(x) != c.lexicon.coref_key(y);
}

// "Hart resigned on Tuesday. He is the second minister to resign this year": an infinitive on
// a ranked noun that describes the copula's subject ("the second minister to resign") ranks an
// event the text told before; the latest earlier mention of its kind within three sentences
// that acts on the same kind of thing, or none.
std::optional<std::size_t> ranked_repeat(const Context& c, std::size_t m) {
  constexpr int kReach = 3;  // sentences back
  const EventMention& e = c.found.events[m];
  const ParseView parse(c.tokens, c.sentence(e));
  const auto noun = parse.head(e.token);
  if (e.pos != "VERB" || !noun || !parse.relation_is(e.token, "acl") || !parse.child(*noun, "cop")) return std::nullopt;
  const auto mark = parse.child(e.token, "mark");
  if (!mark || token_lower(c.tokens.tokens[*mark]) != "to") return std::nullopt;
  const auto rank = parse.child(*noun, "amod");
  if (!rank || !ranks_in_a_series(c.tokens.tokens[*rank])) return std::nullopt;
  const std::string kind = c.lexicon.coref_key(e.lemma);
  for (std::size_t v = m; v-- > 0;) {
    const EventMention& earlier = c.found.events[v];
    if (earlier.sentence + kReach < e.sentence) break;
    if (earlier.sentence < e.sentence && c.lexicon.coref_key(earlier.lemma) == kind && !act_on_different_things(c, earlier, e))
      return v;
  }
  return std::nullopt;
}

// "left rates unchanged for the seventh meeting in a row", "for the third straight session": an
// occasion counted in a run of them is the one the clause's event happens at, a mention of that
// event. The clause's verb mention, or none.
std::optional<std::size_t> counted_occasion(const Context& c, const EventMention& e) {
  static const std::set<std::string> kRunWords = {"straight", "consecutive", "successive", "running"};
  constexpr int kMaxSteps = 3;  // noun, adjective it hangs on, verb
  if (e.pos != "NOUN") return std::nullopt;
  const ParseView parse(c.tokens, c.sentence(e));
  bool ranked = false, in_a_run = false;
  for (const std::size_t k : parse.children(e.token)) {
    const Token& t = c.tokens.tokens[k];
    ranked = ranked || (parse.relation_is(k, "amod") && ranks_in_a_series(t));
    in_a_run = in_a_run || (parse.relation_is(k, "amod") && kRunWords.contains(token_lower(t))) ||
               (parse.relation_is(k, "nmod") && token_lower(t) == "row");
  }
  if (!ranked || !in_a_run) return std::nullopt;
  auto up = parse.head(e.token);
  for (int step = 0; step < kMaxSteps && up; ++step, up = parse.head(*up))
    if (c.tokens.tokens[*up].upos == "VERB") return c.event_on(*up) >= 0 ? std::optional<std::size_t>(c.event_on(*up)) : std::nullopt;
  return std::nullopt;
}

// "Tickets went on sale in June", "the house was put up for sale", "staff went on strike": a
// bare noun that "on" or "for" joins to a verb of going, putting or being is the state the verb
// brings its subject into, told with it: a mention of the verb's event. The verb's mention, or
// none.
std::optional<std::size_t> state_gone_into(const Context& c, const EventMention& e) {
  static const std::set<std::string> kInto = {"go", "put", "come", "be", "remain", "stay"};
  if (e.pos != "NOUN") return std::nullopt;
  const ParseView parse(c.tokens, c.sentence(e));
  const auto marker = parse.child(e.token, "case");
  const std::string word = marker ? token_lower(c.tokens.tokens[*marker]) : std::string();
  const auto verb = parse.head(e.token);
  if ((word != "on" && word != "for") || parse.child(e.token, "det") || !parse.relation_is(e.token, "obl") || !verb)
    return std::nullopt;
  if (!kInto.contains(c.tokens.tokens[*verb].lemma) || c.event_on(*verb) < 0) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*verb));
}

// "would report results on Nov. 5", "published figures", "posted a loss": what a verb of making
// public takes for its object, when WordNet files the noun under no act or event ("announced a
// merger" is one), is what the verb's event makes public: a mention of that event. The verb's
// mention, or none.
std::optional<std::size_t> made_public_by(const Context& c, const EventMention& e) {
  static const std::set<std::string> kMakePublic = {"report", "publish", "release", "post", "unveil", "issue"};
  if (e.pos != "NOUN" || c.lexicon.is_event_nominal(token_lower(c.tokens.tokens[e.token]))) return std::nullopt;
  const ParseView parse(c.tokens, c.sentence(e));
  const auto verb = parse.head(e.token);
  if (!verb || !parse.relation_is(e.token, "obj") || !kMakePublic.contains(c.tokens.tokens[*verb].lemma) || c.event_on(*verb) < 0)
    return std::nullopt;
  const auto& classes = c.lexicon.wordnet_classes(e.lemma);
  const bool eventive = std::any_of(classes.begin(), classes.end(), [](const std::string& k) {
    return k == "n.act" || k == "n.event" || k == "n.eventive-sense";
  });
  return eventive ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(c.event_on(*verb)));
}

// "the Grammy-winning indie band", "an Iran-backed militia", "a state-owned bank": a participle
// joined by a hyphen to the word before it, written before a noun, is part of an adjective that
// describes the noun; no event of its own (TimeML still tags it).
bool hyphened_modifier(const Context& c, const EventMention& e) {
  const auto& tokens = c.tokens.tokens;
  const std::size_t i = e.token;
  const std::string& tag = tokens[i].xpos;
  if ((tag != "VBG" && tag != "VBN") || i < 2 || i + 1 >= tokens.size()) return false;
  const Token &word = tokens[i - 2], &hyphen = tokens[i - 1];
  if (hyphen.text != "-" || word.span.end != hyphen.span.begin || hyphen.span.end != tokens[i].span.begin) return false;
  for (std::size_t k = i + 1; k < tokens.size() && k < i + 4; ++k) {
    if (tokens[k].upos == "NOUN" || tokens[k].upos == "PROPN") return true;
    if (tokens[k].upos != "ADJ") return false;
  }
  return false;
}

void fold_support_verbs(Context& c, Groups& groups, std::vector<PhaseFold>& deferred, std::vector<PhaseFold>& ends_to_come) {
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    EventMention& e = c.found.events[m];
    std::optional<std::size_t> target;
    if (const auto raised = raised_by_frame(c, e)) {
      e.support = true;  // "is expected to pass": a mention of the passing, to come
      groups.unite(m, *raised);
      continue;
    }
    if (const auto ranked = ranked_subject(c, e)) {
      e.support = true;  // "the theft is the second": a mention of the theft
      groups.unite(*ranked, m);
      continue;
    }
    if (const auto told = ranked_repeat(c, m)) {
      e.support = true;  // "the second minister to resign": a mention of the resignation told before
      groups.unite(*told, m);
      continue;
    }
    if (const auto occasion = counted_occasion(c, e)) {
      e.support = true;  // "for the seventh meeting in a row": the holding's occasion
      groups.unite(*occasion, m);
      continue;
    }
    if (const auto going = state_gone_into(c, e)) {
      e.support = true;  // "went on sale": a mention of the going
      groups.unite(*going, m);
      continue;
    }
    if (const auto publishing = made_public_by(c, e)) {
      e.support = true;  // "report results": a mention of the reporting
      groups.unite(*publishing, m);
      continue;
    }
    if (summed_up_by(c, e)) {
      // "capping a case": what the sentencing amounts to, no news of its own; no node (and so
      // no model guess on it passes to the sentencing), TimeML still tags it
      e.background_state = true;
      continue;
    }
    if (hyphened_modifier(c, e)) {
      e.background_state = true;  // "the Grammy-winning band": a description, no event
      continue;
    }
    if (e.pos == "VERB" && sequence_participle(c.tokens, ParseView(c.tokens, c.sentence(e)), e.token)) {
      // "followed by a carriage procession": only the order of two events (cues.txt), no node;
      // TimeML still tags it
      e.background_state = true;
      continue;
    }
    if (const auto act = act_planned_now(c, e)) {
      e.support = true;  // "plans to visit": a mention of the visit, planned
      groups.unite(m, *act);
      continue;
    }
    if (const auto act = act_timed_by(c, e)) {
      e.support = true;  // "took six hours to restore power": a mention of the restoring
      // ("would take four days to clear the backlog": the clearing is to come as the taking is)
      EventMention& timed = c.found.events[*act];
      if (timed.modality == "actual") timed.modality = e.modality, timed.polarity = e.polarity;
      groups.unite(m, *act);
      continue;
    }
    if (const auto act = required_by_frame(c, e)) {
      e.support = true;  // "need to take it seriously": a mention of the taking, required
      groups.unite(m, *act);
      continue;
    }
    if (const auto staying = kept_state(c, e)) {
      e.support = true;
      groups.unite(*staying, m);
      continue;
    }
    if (const auto told = done_so(c, e)) {
      e.support = true;
      groups.unite(*told, m);
      continue;
    }
    if (const auto refusing = refused_by(c, e)) {
      e.support = e.aim = true;  // "declined to comment": the declining's aim
      groups.unite(*refusing, m);
      continue;
    }
    if (const auto trying = tried_by(c, e)) {
      e.support = e.aim = true;  // "tried to pull the vessel free": the trying's aim
      groups.unite(*trying, m);
      continue;
    }
    if (const auto trying = aspectual(c, e) ? goal_of(c, e) : std::nullopt) {
      e.support = e.aim = true;  // "sued to stop the deal": the suing's aim, not the deal's end
      groups.unite(*trying, m);
      continue;
    }
    if (aspectual(c, e)) {
      target = aspectual_target(c, e);
      e.phase_of_subject = target && phase_of_its_subject(c, e, *target);
    } else if (const auto ended = outcome_of_subject(c, e)) {
      target = ended;
      e.phase_of_subject = true;
    } else if (light_verb(c.lexicon, e))
      target = light_verb_target(c, e);
    else if (adverb_taken_for_verb(c, e)) target = static_cast<std::size_t>(c.event_on(e.token + 1));
    if (!target || *target == m) continue;
    e.support = true;
    EventMention& governed = c.found.events[*target];
    const bool apart = aspectual(c, e) && phase_may_stand_apart(e, governed);
    if (apart) deferred.push_back({m, *target, governed.modality, governed.polarity});
    // "could begin an offensive", "could complete the merger": the offensive, the merger may
    // happen; "will end the strike", "would not stop the disease": the strike, the disease go
    // on, so the modality of a stop stays the stop's
    // ("had hoped to complete the merger ..., but": a plan undone leaves its object undone too)
    const bool undone_plan = e.modality == "negated" && governed.modality == "planned";
    const bool lends_modality = !stops_an_event(e.lemma) || phase_in_time_clause(c, e);
    if ((governed.modality == "actual" || undone_plan) && e.modality != "actual" && lends_modality) {
      governed.modality = e.modality;
      if (e.modality == "negated") governed.polarity = "NEG";
    }
    if (!lends_modality && e.phase_of_subject && e.modality == "planned" && governed.modality == "actual")
      ends_to_come.push_back({m, *target, governed.modality, governed.polarity});
    if (!apart) groups.unite(m, *target);
  }
}

// Whether the group of `target` holds a mention told as done outside the phase's sentence
// ("The deal could push up fares" before "if the deal is not completed").
bool told_done_elsewhere(const Context& c, Groups& groups, const PhaseFold& fold) {
  const int sentence = c.found.events[fold.phase].sentence;
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& other = c.found.events[m];
    if (m == fold.target || other.support || other.sentence == sentence || groups.root(m) != groups.root(fold.target)) continue;
    if (other.modality == "actual") return true;
  }
  return false;
}

// The deferred phases: one apart from an event told as done is an event of its own (the
// completion that may not come), and the event's mention keeps how it stood; else it is folded
// as any phase.
void settle_phases(Context& c, Groups& groups, const std::vector<PhaseFold>& deferred) {
  for (const PhaseFold& fold : deferred) {
    if (!told_done_elsewhere(c, groups, fold)) {
      groups.unite(fold.phase, fold.target);
      continue;
    }
    EventMention& phase = c.found.events[fold.phase];
    phase.support = phase.phase_of_subject = false;
    phase.phase_apart = true;
    c.found.events[fold.target].modality = fold.modality;
    c.found.events[fold.target].polarity = fold.polarity;
  }
}

// "The visit will end on Friday": an event whose only news is a stop still to come is planned as
// that stop is, unless another of its mentions tells it as begun or going on ("The walkout began
// on Monday and will end on Saturday", "The strike, now in its third week, will end on Friday"
// told elsewhere as actual), where only the end is to come and the event stays actual.
void settle_ends_to_come(Context& c, Groups& groups, const std::vector<PhaseFold>& ends_to_come) {
  for (const PhaseFold& fold : ends_to_come) {
    bool going_on = false;
    for (std::size_t m = 0; m < c.found.events.size() && !going_on; ++m)
      going_on = m != fold.phase && m != fold.target && groups.root(m) == groups.root(fold.target) &&
                 c.found.events[m].modality == "actual";
    if (going_on) continue;
    c.found.events[fold.target].modality = c.found.events[fold.phase].modality;
    c.found.events[fold.phase].end_is_the_news = true;
  }
}

// "arrested the man again": a verb said to happen again is another occurrence.
bool said_again(const Context& c, const EventMention& e) {
  const auto children = ParseView(c.tokens, c.sentence(e)).children(e.token);
  return std::any_of(children.begin(), children.end(), [&](std::size_t t) { return token_lower(c.tokens.tokens[t]) == "again"; });
}

// What opens a noun's phrase: its determiner or possessor ("the", "a", "this", "its", "Russia's"),
// and whether a word in it marks another occurrence of its kind ("a previous strike", "the next
// attempt", "another summit", "the earlier talks"). The scan stops at the first word no noun
// phrase holds.
struct NounPhraseStart {
  std::string determiner;  // lower-cased; empty when none
  bool other = false;
  // the other occurrence is one before the story's ("the previous strike", "last year's race")
  bool looks_back = false;
};

// The noun whose phrase names the mention's event: its own, or for "the quake struck" the
// subject's ("a second quake struck" is another quake); none for other verbs.
std::optional<std::size_t> naming_noun(const Context& c, const EventMention& e) {
  if (e.pos == "NOUN") return e.token;
  if (!occurrence_predicate(c, e)) return std::nullopt;
  const auto subject = ParseView(c.tokens, c.sentence(e)).child(e.token, "nsubj");
  if (subject && !noun_kind(c, *subject).empty()) return subject;
  return std::nullopt;
}

// "the first strike at the port since 1990", "its last rally in a decade": a rank counted over
// a span ("since", or "in" and a time) ranks the event told, and marks no other one.
bool ranked_over_a_span(const Context& c, const Sentence& s, std::size_t noun) {
  constexpr std::size_t kReach = 6;
  const std::size_t end = s.first_token + s.token_count;
  for (std::size_t k = noun + 1; k < end && k <= noun + kReach; ++k) {
    const std::string w = token_lower(c.tokens.tokens[k]);
    if (w == "since") return true;
    if (w != "in" && w != "for") continue;
    for (std::size_t j = k + 1; j < end && j <= k + 3; ++j) {
      const std::string next = token_lower(c.tokens.tokens[j]);
      if (is_time_unit(next)) return true;
    }
  }
  return false;
}

bool looks_back_word(const std::string& w) {
  return w == "previous" || w == "prior" || w == "earlier" || w == "former" || w == "last" || w == "original";
}

// "last year's race", "the previous week's vote", "yesterday's storm": a possessor that is a time
// gone by, before the possessive 's at `possessive`, dates its noun to an occurrence before the
// story's ("This year's race", "Sunday's race" are the story's own).
bool possessor_time_gone_by(const Context& c, const Sentence& s, std::size_t possessive) {
  if (possessive == s.first_token) return false;
  const std::string time = token_lower(c.tokens.tokens[possessive - 1]);
  if (time == "yesterday") return true;
  const bool time_word = is_time_unit(time) || is_period_noun(time) || is_day_word(time) || is_month_word(time);
  if (!time_word || possessive - 1 == s.first_token) return false;
  const std::string which = token_lower(c.tokens.tokens[possessive - 2]);
  return which == "last" || which == "previous" || which == "past";
}

// "teachers'", "the workers'": the apostrophe of a plural possessor (tagged POS), which the
// phrase holds (a bare quote mark ends it).
bool plural_possessive_mark(const Token& t) {
  return (t.text == "'" || t.text == "\u2019") && t.xpos == "POS";
}

// "A second, larger blast": a comma between two adjectives of one noun stays inside its phrase.
bool comma_between_adjectives(const Context& c, const Sentence& s, std::size_t comma) {
  const auto& tokens = c.tokens.tokens;
  return tokens[comma].text == "," && comma > s.first_token && tokens[comma - 1].upos == "ADJ" && tokens[comma + 1].upos == "ADJ";
}

// The determiner and the words of order before the noun (phrase_start_of). A plural possessor
// is the determiner ("the union's strike", "the workers' strike") unless "a" opens the phrase
// before it: "a teachers' strike" is one strike of teachers, named anew.
NounPhraseStart opening_of_phrase(const Context& c, const Sentence& s, std::size_t noun) {
  NounPhraseStart out;
  bool plural_possessor = false;
  bool compared = false;  // a comparative before the noun: "a smaller eruption"
  const auto opened = [&] {
    if (out.determiner.empty() && plural_possessor) out.determiner = "'s";
    return out;
  };
  for (std::size_t j = noun; j > s.first_token && noun - j < 5;) {
    --j;
    const Token& t = c.tokens.tokens[j];
    const std::string w = token_lower(t);
    if (plural_possessive_mark(t)) {
      plural_possessor = true;
      continue;
    }
    const bool rank = w == "first" || w == "last";
    if (marks_another_occurrence(w) && !(rank && ranked_over_a_span(c, s, noun))) {
      out.other = true;
      out.looks_back = looks_back_word(w);
    }
    // "said that attacks had doubled": "that" opens a clause, not the phrase.
    const bool demonstrative = (w == "this" || w == "that" || w == "these" || w == "those") && (t.deprel.empty() || t.deprel == "det");
    for (const char* d : {"the", "a", "an", "another", "its", "their", "his", "her", "'s", "\u2019s"})
      if (w == d) out.determiner = w;
    if (demonstrative) out.determiner = w;
    if ((w == "'s" || w == "\u2019s") && possessor_time_gone_by(c, s, j)) out.other = out.looks_back = true;
    // "A smaller eruption in 2021 caused no casualties": one named anew by how it compares with
    // the story's own is another, and "the eruption" later is the story's, not that one
    const bool a_or_an = out.determiner == "a" || out.determiner == "an";
    if (a_or_an && compared) out.other = out.looks_back = true;
    if (!out.determiner.empty()) return out;
    compared = compared || t.xpos == "JJR";
    // ("a threatened walkout", "the proposed merger": a participle that modifies the noun)
    const bool participle = t.deprel == "amod" && (t.xpos == "VBN" || t.xpos == "VBG");
    const bool inside = t.upos.empty() || t.upos == "ADJ" || t.upos == "NUM" || t.upos == "NOUN" || t.upos == "PROPN" || participle;
    if (comma_between_adjectives(c, s, j)) continue;
    if (!inside || is_punctuation(t.text)) return opened();
  }
  return opened();
}

// "the release after next", "the election before last": a noun that "after next" or "before
// last" follows is one further along a series than the one the story tells of.
bool one_further_in_series(const Context& c, const Sentence& s, std::size_t noun) {
  if (noun + 2 >= s.first_token + s.token_count) return false;
  const std::string order = token_lower(c.tokens.tokens[noun + 1]);
  const std::string which = token_lower(c.tokens.tokens[noun + 2]);
  return (order == "after" && which == "next") || (order == "before" && which == "last");
}

NounPhraseStart phrase_start_of(const Context& c, const Sentence& s, std::size_t noun) {
  NounPhraseStart out = opening_of_phrase(c, s, noun);
  if (one_further_in_series(c, s, noun)) out.other = true;
  return out;
}

NounPhraseStart noun_phrase_start(const Context& c, const EventMention& e) {
  const auto noun = naming_noun(c, e);
  return noun ? phrase_start_of(c, c.sentence(e), *noun) : NounPhraseStart{};
}

bool definite(const NounPhraseStart& start) {
  return !start.determiner.empty() && start.determiner != "a" && start.determiner != "an" && start.determiner != "another";
}

bool share_or_unknown(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  return std::any_of(a.begin(), a.end(), [&](const std::string& id) { return b.count(id) > 0; });
}

// The first two sentences with events: the headline's and the lead's (a dateline between them
// has none). A first sentence that ends in a full stop is no headline: the text has none.
struct Opening {
  int headline = -1;
  int lead = -1;
};

Opening opening_sentences(const TokenizedText& tokens, const std::vector<EventMention>& events) {
  Opening opening;
  for (const auto& event : events) {
    if (opening.headline < 0) {
      opening.headline = event.sentence;
    } else if (event.sentence != opening.headline) {
      opening.lead = event.sentence;
      break;
    }
  }
  if (opening.headline < 0) return opening;
  const Sentence& first = tokens.sentences[static_cast<std::size_t>(opening.headline)];
  if (first.token_count > 0 && tokens.tokens[first.first_token + first.token_count - 1].text == ".") return {};
  return opening;
}

// How a mention stands: a noun that is the object of a verb event stands as that verb does
// ("for Putin to take military action": the action is as hypothetical as the taking).
const std::string& standing_of(const Context& c, const EventMention& e) {
  if (e.pos != "NOUN") return e.modality;
  const ParseView parse(c.tokens, c.sentence(e));
  const auto head = parse.head(e.token);
  if (!head || !parse.relation_is(e.token, "obj") || c.event_on(*head) < 0) return e.modality;
  return c.found.events[static_cast<std::size_t>(c.event_on(*head))].modality;
}

// The words that say which kind of its kind a noun event is: the common nouns compounded with
// it ("wage increases", "a video call") and the adjectives that pertain to a noun ("economic
// growth", "military action"), lower-cased; not a name or a time. (Other adjectives say as
// often how likely or how big it is as which one: "a potential invasion", "a risky offensive".)
std::set<std::string> sort_words(const Context& c, const EventMention& e) {
  // (when it was is no sort of it: "a dawn raid" ... "the police raid" may be one raid)
  static const std::set<std::string> kWhenNouns = {"dawn",      "night",  "morning", "evening", "afternoon", "midnight",
                                                   "overnight", "weekend", "summer", "winter",  "spring",    "autumn"};
  std::set<std::string> out;
  if (e.pos != "NOUN") return out;
  const ParseView parse(c.tokens, c.sentence(e));
  for (const std::size_t k : parse.children(e.token)) {
    const Token& t = c.tokens.tokens[k];
    const std::string w = token_lower(t);
    const bool compound = parse.relation_is(k, "compound") && t.upos == "NOUN";
    // (not a people's or a place's adjective inside a sentence, "Russian", "French": it says who
    // takes part, which the participants rule weighs)
    const bool named = is_capitalized(t.text) && k != c.sentence(e).first_token;
    const bool relational = parse.relation_is(k, "amod") && t.upos == "ADJ" && !named && c.lexicon.is_relational_adjective(w);
    if (!compound && !relational) continue;
    if (is_day_word(w) || is_month_word(w) || is_time_unit(w) || kWhenNouns.contains(w)) continue;
    out.insert(w);
  }
  return out;
}

// Two nouns of one kind told apart by the words that sort them (a group's: all its mentions'):
// "price increases" and "wage increases", "a video call" and "a phone call".
bool sorted_apart(const std::set<std::string>& x, const std::set<std::string>& y) {
  if (x.empty() || y.empty()) return false;
  return std::none_of(x.begin(), x.end(), [&](const std::string& w) { return y.contains(w); });
}

// How many events a noun names: one when singular ("a large trial"), several when a number
// counts its plural ("two large trials") or it names a kind ("such therapies"); unknown for a
// verb or an uncounted plural ("the talks").
enum class Count { Unknown, One, Several, Bare };

Count count_of(const Context& c, const EventMention& e) {
  if (e.pos != "NOUN") return Count::Unknown;
  const std::string& xpos = c.tokens.tokens[e.token].xpos;
  if (xpos == "NN") return Count::One;
  // ("won 19 consecutive matches": a noun event's plural "-s" the tagger read as a verb's)
  const bool plural = xpos == "NNS" || xpos == "VBZ";
  const bool counted = plural && ParseView(c.tokens, c.sentence(e)).child(e.token, "nummod");
  return counted || names_a_kind(c.tokens, ParseView(c.tokens, c.sentence(e)), e.token) ? Count::Several : Count::Unknown;
}

// "would begin a large trial" ... "stopped two large trials": one event and several of its kind
// are not the same (a group's count: any of its mentions'); nor are ones counted and ones of the
// kind a bare plural names ("1,200 appointments were postponed" ... "patients with appointments
// next week should attend": those are "the appointments").
bool counted_apart(const std::set<Count>& x, const std::set<Count>& y) {
  const auto apart = [](Count a, Count b) {
    return (a == Count::One && b == Count::Several) || (a == Count::Several && (b == Count::One || b == Count::Bare));
  };
  return std::any_of(x.begin(), x.end(), [&](Count a) { return std::any_of(y.begin(), y.end(), [&](Count b) { return apart(a, b) || apart(b, a); }); });
}

// A plural noun with no determiner and no number: the kind, not the ones told of before.
Count bare_or(Count count, const Context& c, const EventMention& e, const NounPhraseStart& start) {
  const std::string& xpos = c.tokens.tokens[e.token].xpos;
  const bool bare_plural = e.pos == "NOUN" && xpos == "NNS" && count == Count::Unknown && start.determiner.empty();
  return bare_plural ? Count::Bare : count;
}

// The words that pick which of a pair or a series of its kind the mention's event is
// (contrast_modifiers.txt): "closing" in "the closing ceremony will take place", "women" in
// "the women's downhill"; lower-cased.
std::set<std::string> contrast_words(const Context& c, const EventMention& e) {
  std::set<std::string> out;
  const auto noun = naming_noun(c, e);
  if (!noun) return out;
  // (the words before the noun in its phrase, whatever the parser hung them on: it may hang
  // "women" of "The women's tournament begins" on the verb)
  const Sentence& s = c.sentence(e);
  constexpr std::size_t kPhraseReach = 4;
  for (std::size_t j = *noun; j > s.first_token && *noun - j < kPhraseReach;) {
    --j;
    const Token& t = c.tokens.tokens[j];
    const std::string w = token_lower(t);
    if (c.lexicon.is_contrast_modifier(w)) out.insert(w);
    const bool inside = t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "NUM" || t.xpos == "POS" || t.xpos == "VBG";
    if (!inside) break;
  }
  return out;
}

// "a ceremony in Milan" ... "the closing ceremony": a mention whose event a contrasting word
// picks out joins only a group told with the same word; one without such a word may join any
// ("the opening ceremony" ... "the ceremony").
bool contrasted_apart(const std::set<std::string>& group, const std::set<std::string>& own) {
  return std::any_of(own.begin(), own.end(), [&](const std::string& w) { return !group.contains(w); });
}

// "If you stop trading or change your address, you must tell HMRC within 30 days of the change":
// a definite noun naming the act of a verb event before it in its own sentence is that act
// (join_nominalizations), not an event of its kind told of paragraphs before ("bigger changes
// are coming").
bool names_an_earlier_verb_here(const Context& c, std::size_t m) {
  const EventMention& noun = c.found.events[m];
  if (noun.pos != "NOUN") return false;
  const auto& verbs = c.lexicon.source_verbs(noun.lemma);
  for (std::size_t v = m; v-- > 0 && c.found.events[v].sentence == noun.sentence;) {
    const EventMention& verb = c.found.events[v];
    if (verb.pos != "VERB") continue;
    if (verb.lemma == noun.lemma || std::find(verbs.begin(), verbs.end(), verb.lemma) != verbs.end()) return true;
  }
  return false;
}

// Mentions of one kind join the first earlier group of that kind whose named participants they
// share or leave open; two mentions with named participants and none in common are two events
// ("Keller's call with Brandt" ... "Lang's call with Olsen"). A group last mentioned more than
// kSameKindReach sentences back is closed: an article's story stays one event, a book's
// chapters do not collapse into one (and the search stays short).
void join_same_kind(Context& c, Groups& groups) {
  constexpr int kSameKindReach = 30;  // sentences
  std::map<std::size_t, std::set<std::string>> actors;     // group root -> entity ids so far
  std::map<std::size_t, std::set<std::string>> sorts;      // group root -> sort_words of its mentions
  std::map<std::size_t, std::set<Count>> counts;           // group root -> count_of its mentions
  std::map<std::size_t, int> last_sentence;                // group root -> its last mention's sentence
  std::map<std::size_t, std::set<std::string>> tenses;     // group root -> its verb mentions' tenses
  std::map<std::size_t, std::set<std::string>> contrasts;  // group root -> contrast_words of its mentions
  std::map<std::string, std::vector<std::size_t>> groups_of;  // kind -> a mention of each open group of that kind
  // ("Conditions were cooler than last year's race ... The race started at 9:15 a.m.": once an
  // occurrence before the story's is named, "the race" is the story's own, not that one)
  std::set<std::size_t> looking_back;  // groups first named as an occurrence before the story's
  const Opening opening = opening_sentences(c.tokens, c.found.events);
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const int sentence = c.found.events[m].sentence;
    const auto ids = c.found.actor_ids(c.found.events[m]);
    const std::set<std::string> own(ids.begin(), ids.end());
    auto& candidates = groups_of[kind_key(c, c.found.events[m])];
    std::erase_if(candidates, [&](std::size_t other) { return last_sentence[groups.root(other)] + kSameKindReach < sentence; });
    const std::set<std::string> own_sorts = sort_words(c, c.found.events[m]);
    const std::set<std::string> own_contrasts = contrast_words(c, c.found.events[m]);
    std::set<std::string> merged = actors[groups.root(m)];
    merged.insert(own.begin(), own.end());
    // "since 1999, when an earthquake struck": an actual event named with "a" is a new one,
    // unless it is the lead's after the headline's ("Port strike" / "A strike by dockers shut
    // ..."). A feared or planned one may be named with "a" again and again ("a possible
    // invasion" ... "an invasion"): it stays one event.
    NounPhraseStart start = noun_phrase_start(c, c.found.events[m]);
    // (a headline's bare plural is the story's own: "Airline Cancels Flights")
    const Count counted = count_of(c, c.found.events[m]);
    const std::set<Count> own_count = {sentence == opening.headline ? counted : bare_or(counted, c, c.found.events[m], start)};
    if (c.found.events[m].pos == "VERB" && said_again(c, c.found.events[m])) start.other = true;  // "arrested him again"
    const bool a_or_an = start.determiner == "a" || start.determiner == "an";
    const bool indefinite = a_or_an && c.found.events[m].modality == "actual";
    // "an outside investigation found ... could open a formal investigation": one that may come
    // is not one that happened; nor is a bare noun's ("Russia's actions" ... "make it difficult
    // for Putin to take military action")
    const bool bare_noun = start.determiner.empty() && c.found.events[m].pos == "NOUN";
    const bool unlike_done = (a_or_an || bare_noun) && standing_of(c, c.found.events[m]) != "actual";
    const auto done = [&](std::size_t other) { return c.found.events[groups.root(other)].modality == "actual"; };
    // "ended the round without a deal" ... "the 2015 deal": one that did not happen is no
    // event that did, whichever is told first
    const bool denied = c.found.events[m].modality == "negated";
    const auto denied_apart = [&](std::size_t other) {
      const std::string& theirs = c.found.events[groups.root(other)].modality;
      return denied ? theirs == "actual" : c.found.events[m].modality == "actual" && theirs == "negated";
    };
    // "a second quake struck": another of its kind, but the verb is still its own noun's event
    // ("would be followed by a second strike": the noun itself is another; "met ... and will
    // meet again": so is the verb said to happen again)
    const auto naming = naming_noun(c, c.found.events[m]);
    const int naming_event = naming && *naming != c.found.events[m].token ? c.event_on(*naming) : -1;
    const auto of_its_naming_noun = [&](std::size_t other) {
      return naming_event >= 0 && groups.root(other) == groups.root(static_cast<std::size_t>(naming_event));
    };
    // "Liquidation sales will begin on Friday" ... "not ruling out a sale of the business": one
    // named anew that may come is not one that is planned, nor the other way round; nor is one
    // "after" which a past event came ("after the ceremony" last year) one still to come
    const std::string& own_modality = c.found.events[m].modality;
    const auto hoped_apart = [&](std::size_t other) {
      const std::string& theirs = c.found.events[groups.root(other)].modality;
      const bool foreseen = own_modality == "possible" || own_modality == "planned";
      if ((a_or_an || bare_noun) && foreseen && (theirs == "possible" || theirs == "planned") && theirs != own_modality)
        return true;
      const auto& root = c.found.events[groups.root(other)];
      return (theirs == "planned" || clause_modality(c, root) == "planned") && ordered_before_past(c, c.found.events[m]);
    };
    // "met twice a week during the crisis ... will meet on Thursday": what was done and what
    // is still to come are two events of one kind
    const std::string& tense = c.found.events[m].tense;
    const auto told_apart = [&](std::size_t other) {
      const auto& theirs = tenses[groups.root(other)];
      return (tense == "PAST" && theirs.contains("FUTURE")) || (tense == "FUTURE" && theirs.contains("PAST"));
    };
    const bool act_of_own_verb = definite(start) && names_an_earlier_verb_here(c, m);
    const auto joins = [&](std::size_t other) {
      if (looking_back.contains(groups.root(other)) || act_of_own_verb) return false;
      if (sorted_apart(sorts[groups.root(other)], own_sorts) || counted_apart(counts[groups.root(other)], own_count)) return false;
      if (contrasted_apart(contrasts[groups.root(other)], own_contrasts)) return false;
      if (indefinite && !(sentence == opening.lead && last_sentence[groups.root(other)] == opening.headline))
        return of_its_naming_noun(other);
      if ((unlike_done && done(other)) || denied_apart(other) || told_apart(other) || hoped_apart(other)) return false;
      return groups.root(other) == groups.root(m) || share_or_unknown(actors[groups.root(other)], own);
    };
    const auto into = start.other ? std::find_if(candidates.begin(), candidates.end(), of_its_naming_noun)
                                  : std::find_if(candidates.begin(), candidates.end(), joins);
    std::set<std::string> group_sorts = sorts[groups.root(m)];
    group_sorts.insert(own_sorts.begin(), own_sorts.end());
    std::set<Count> group_count = counts[groups.root(m)];
    group_count.insert(own_count.begin(), own_count.end());
    std::set<std::string> group_tenses = tenses[groups.root(m)];
    std::set<std::string> group_contrasts = contrasts[groups.root(m)];
    group_contrasts.insert(own_contrasts.begin(), own_contrasts.end());
    if (c.found.events[m].pos == "VERB") group_tenses.insert(tense);
    if (into == candidates.end()) {
      candidates.push_back(m);
      if (start.looks_back) looking_back.insert(m);
    } else {
      group_tenses.insert(tenses[groups.root(*into)].begin(), tenses[groups.root(*into)].end());
      merged.insert(actors[groups.root(*into)].begin(), actors[groups.root(*into)].end());
      group_sorts.insert(sorts[groups.root(*into)].begin(), sorts[groups.root(*into)].end());
      group_count.insert(counts[groups.root(*into)].begin(), counts[groups.root(*into)].end());
      group_contrasts.insert(contrasts[groups.root(*into)].begin(), contrasts[groups.root(*into)].end());
      groups.unite(*into, m);
    }
    actors[groups.root(m)] = std::move(merged);
    sorts[groups.root(m)] = std::move(group_sorts);
    counts[groups.root(m)] = std::move(group_count);
    last_sentence[groups.root(m)] = sentence;
    tenses[groups.root(m)] = std::move(group_tenses);
    contrasts[groups.root(m)] = std::move(group_contrasts);
  }
}

// "five days after launch", "six months after royal assent", "since kick-off": a bare singular
// noun a word of order ties to another event names one event the reader already knows, as
// "the" would.
bool bare_after_signal(const Context& c, const EventMention& noun) {
  static const std::set<std::string> kOrderWords = {"after", "before", "following", "since", "until", "prior"};
  const Token& t = c.tokens.tokens[noun.token];
  if (noun.pos != "NOUN" || t.xpos != "NN") return false;
  const auto marker = ParseView(c.tokens, c.sentence(noun)).child(noun.token, "case");
  return marker && kOrderWords.contains(token_lower(c.tokens.tokens[*marker]));
}

// What a verb acts on: its object, its passive subject, or the noun its participle modifies
// ("the agreements reached in Geneva").
std::optional<std::size_t> patient_noun(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  if (!parse.parsed() || c.lexicon.has_category(e.lemma, "support-verb")) return std::nullopt;
  std::optional<std::size_t> patient = parse.child(e.token, "obj");
  if (!patient) patient = parse.child(e.token, "nsubj:pass");
  if (!patient && parse.relation_is(e.token, "acl")) patient = parse.head(e.token);
  if (!patient || c.tokens.tokens[*patient].upos != "NOUN") return std::nullopt;
  return patient;
}

// The entity a name at `token` belongs to; none when no named entity covers it.
std::optional<std::string> entity_at(const Context& c, std::size_t token) {
  const Span& span = c.tokens.tokens[token].span;
  for (const EntityMention& mention : c.found.entity_mentions)
    if (mention.entity >= 0 && mention.span.begin <= span.begin && span.end <= mention.span.end)
      return c.found.entities[static_cast<std::size_t>(mention.entity)].id;
  return std::nullopt;
}

// "Version 11, released last October, will ...": a past participle set off by a comma right
// after a name tells of what that name names, however the parser hung it (it may hang it on
// the time that follows). The name's last token; none otherwise.
std::optional<std::size_t> name_before_participle(const Context& c, const EventMention& verb) {
  const Sentence& s = c.sentence(verb);
  if (c.tokens.tokens[verb.token].xpos != "VBN" || verb.token < s.first_token + 2) return std::nullopt;
  if (c.tokens.tokens[verb.token - 1].text != ",") return std::nullopt;
  return verb.token - 2;
}

// The named participants of a verb: its actors and the named thing it acts on ("Version 11,
// released last October": the version), which the titles may leave out of its actors.
std::set<std::string> named_participants(const Context& c, const EventMention& verb) {
  const auto ids = c.found.actor_ids(verb);
  std::set<std::string> out(ids.begin(), ids.end());
  auto patient = patient_noun(c, verb);
  if (!patient) patient = name_before_participle(c, verb);
  if (patient)
    if (auto id = entity_at(c, *patient)) out.insert(*id);
  return out;
}

// "The launch was set for Monday ... to replace satellites launched in the 1990s ... pushed the
// launch back": a participle that describes the noun it hangs on tells which things those are,
// not the story's event; a noun of a kind the story named before that participle (at mention
// index below `verb`) takes up that earlier event, not the participle nearer to it.
bool describing_participle_after_kind(const Context& c, std::size_t verb, const EventMention& noun) {
  const EventMention& v = c.found.events[verb];
  const ParseView parse(c.tokens, c.sentence(v));
  if (c.tokens.tokens[v.token].xpos != "VBN" || !parse.relation_is(v.token, "acl")) return false;
  const std::string kind = c.lexicon.coref_key(noun.lemma);
  return std::any_of(c.found.events.begin(), c.found.events.begin() + static_cast<std::ptrdiff_t>(verb),
                     [&](const EventMention& e) { return e.pos == "NOUN" && c.lexicon.coref_key(e.lemma) == kind; });
}

// "the signing of a rail pact": a noun with an "of" phrase of its own names its own act.
bool acts_on_its_own(const Context& c, const EventMention& noun) {
  const ParseView parse(c.tokens, c.sentence(noun));
  const auto phrase = parse.child(noun.token, "nmod");
  const auto marker = phrase ? parse.child(*phrase, "case") : std::nullopt;
  return marker && token_lower(c.tokens.tokens[*marker]) == "of";
}

// "Officials have found that ... The new intelligence finding estimates ...": a definite noun
// naming the act of a verb event (WordNet's derivations, or the same word: "called ... the
// call", or a word of its line of coref_synonyms.txt: "offered ... the proposal") of its own or
// the last two sentences is that event again, unless it is marked as
// another ("the previous investigation"), their modalities or named participants differ ("could
// invade ... the 2014 invasion"), or the verb's event did not happen.
// A bare noun after a word of order ("will launch on Friday ... five days after launch",
// "will receive royal assent ... six months after royal assent": the verb's object too) is the
// verb's event whatever the verb's modality: it takes the event's standing, having none of its own.
// Such a noun reaches back to the nearest such verb anywhere before it: the story's landfall or
// launch is told of again paragraphs on, and "after landfall" names no other.
// So does a definite noun naming the outcome of a decision (outcome_nouns.tsv: "convicted ...
// the verdict"): a story tells of one verdict, however far on it is named; and one naming the
// act of a verb of the lead sentence after a headline ("Negotiators signed a treaty ... the
// Commission welcomed the signing"): the story's news, taken up again paragraphs on.
void join_nominalizations(Context& c, Groups& groups) {
  constexpr int kNominalReach = 2;  // sentences back
  // (the lead as the sentence after a headline: a text without one may be no story)
  const int lead = opening_sentences(c.tokens, c.found.events).lead;
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& noun = c.found.events[m];
    const NounPhraseStart start = noun_phrase_start(c, noun);
    const bool bare_signalled = start.determiner.empty() && bare_after_signal(c, noun);
    if (noun.pos != "NOUN" || !(definite(start) || bare_signalled) || start.other) continue;
    const auto& verbs = c.lexicon.source_verbs(noun.lemma);
    // ("was convicted in November ... would appeal the verdict": the story's one verdict)
    const auto& outcome_of = c.lexicon.outcome_verbs(noun.lemma);
    const bool reaches_far = bare_signalled || !outcome_of.empty();
    const auto noun_ids = c.found.actor_ids(noun);
    const std::set<std::string> own(noun_ids.begin(), noun_ids.end());
    for (std::size_t v = m; v-- > 0;) {
      const EventMention& verb = c.found.events[v];
      const bool outcome = std::find(outcome_of.begin(), outcome_of.end(), verb.lemma) != outcome_of.end();
      const bool far = verb.sentence + kNominalReach < noun.sentence;
      if (!reaches_far && far && verb.sentence != lead) continue;
      if (bare_signalled && verb.sentence == noun.sentence) continue;
      // ("had offered to swap their debt ... rejected the proposal": words of one line of
      // coref_synonyms.txt name one kind of event, as a verb and its own noun do)
      const bool synonym = c.lexicon.coref_key(verb.lemma) == c.lexicon.coref_key(noun.lemma);
      const bool names = verb.lemma == noun.lemma || std::find(verbs.begin(), verbs.end(), verb.lemma) != verbs.end() ||
                         synonym || outcome || (bare_signalled && object_lemma(c, verb) == noun.lemma);
      // (beyond two sentences only the outcome's own verb, a bare signalled noun's, or the
      // lead's same verb names it)
      const bool own_verb = verb.lemma == noun.lemma || std::find(verbs.begin(), verbs.end(), verb.lemma) != verbs.end();
      const bool leads_story = verb.sentence == lead && own_verb && !acts_on_its_own(c, noun);
      if (!bare_signalled && !outcome && far && !leads_story) continue;
      // ("If you ... change your address, you must tell HMRC within 30 days of the change": a
      // definite noun with no standing of its own takes that of its sentence's verb)
      const bool takes_its_standing = verb.sentence == noun.sentence && noun.modality == "actual" && verb.modality != "negated";
      const bool same_standing =
          verb.modality == noun.modality || takes_its_standing || (bare_signalled && verb.modality != "negated");
      // ("deployed a configuration change. They identified the change": a nearer noun of the
      // same kind is what "the change" takes up, not "what we are changing" before it)
      // (a bare noun a signal word opens still reaches the verb that takes it as its object)
      if (!bare_signalled && verb.pos == "NOUN" && c.lexicon.coref_key(verb.lemma) == c.lexicon.coref_key(noun.lemma)) break;
      if (verb.pos != "VERB" || !same_standing || !names || describing_participle_after_kind(c, v, noun)) continue;
      if (!share_or_unknown(named_participants(c, verb), own)) continue;
      groups.unite(v, m);
      break;
    }
  }
}

// "close 120 of its 410 stores": a number that counts the members of an "of" phrase stands for
// them; the noun of that phrase ("stores"). Any other word is itself.
std::size_t counted_noun(const Context& c, const ParseView& parse, std::size_t word) {
  if (c.tokens.tokens[word].upos != "NUM") return word;
  const auto of = parse.child(word, "nmod");
  const auto marker = of ? parse.child(*of, "case") : std::nullopt;
  return marker && token_lower(c.tokens.tokens[*marker]) == "of" ? *of : word;
}

// "Ines Varga ... dies at 92" / "Ines Varga ... died on Tuesday": the headline's verb and the
// lead's verb of the same lemma and modality with a named participant in common are one event;
// a headline in the present joins a lead of any modality ("Lumen cuts 1,200 jobs" / "Lumen
// said it would cut about 1,200 jobs"), which then says how the event stands.
// The lemmas of the common nouns a verb's subject or object is ("launch" in "the launch was
// postponed"; "mayor" in the headline "Former mayor convicted", where the participle hangs on
// it, and in "a jury convicted former mayor Daniel Okafor").
std::vector<std::string> participant_nouns(const Context& c, const EventMention& e) {
  const ParseView parse(c.tokens, c.sentence(e));
  std::vector<std::optional<std::size_t>> candidates;
  for (const char* relation : {"nsubj", "nsubj:pass"}) candidates.push_back(parse.child(e.token, relation));
  // "struck Turkey, toppling buildings and killing 5,000": a participle's subject is its verb's
  std::size_t clause = e.token;
  for (int step = 0; step < 2 && !candidates[0] && !candidates[1]; ++step) {
    const auto up = parse.head(clause);
    if (!up || (!parse.relation_is(clause, "advcl") && !parse.relation_is(clause, "conj")) ||
        c.tokens.tokens[clause].xpos != "VBG")
      break;
    clause = *up;
    candidates[0] = parse.child(clause, "nsubj");
  }
  // a light verb's object is the event itself, not who takes part ("held a phone call")
  if (!c.lexicon.has_category(e.lemma, "support-verb")) candidates.push_back(parse.child(e.token, "obj"));
  if (parse.relation_is(e.token, "acl")) candidates.push_back(parse.head(e.token));
  std::vector<std::string> lemmas;
  for (const auto& token : candidates) {
    if (!token) continue;
    // "former Riverton mayor Daniel Okafor": the common noun before the name
    std::size_t noun = counted_noun(c, parse, *token);
    while (c.tokens.tokens[noun].upos == "PROPN" && noun > parse.begin() && c.tokens.tokens[noun - 1].upos != "PUNCT") --noun;
    if (c.tokens.tokens[noun].upos == "NOUN") lemmas.push_back(c.tokens.tokens[noun].lemma);
  }
  return lemmas;
}

// Whether two verb mentions share a participant: a named actor, or a subject or object noun
// when their named actors do not differ ("Lumen cuts 1,200 jobs" / "Corvex would cut 300
// jobs" are two).
bool share_participant(const Context& c, const EventMention& a, const EventMention& b) {
  const auto ids = c.found.actor_ids(a), other = c.found.actor_ids(b);
  if (std::find_first_of(ids.begin(), ids.end(), other.begin(), other.end()) != ids.end()) return true;
  if (!ids.empty() && !other.empty()) return false;
  const auto nouns = participant_nouns(c, a), other_nouns = participant_nouns(c, b);
  return std::find_first_of(nouns.begin(), nouns.end(), other_nouns.begin(), other_nouns.end()) != nouns.end();
}

// ("Regulators Approve Alzheimer's Drug" / "The agency approved Veltrazine, a treatment for
// Alzheimer's disease": a participant the headline's verb has that the lead sentence names
// anywhere is one the two share, though the lead's verb has others)
bool headline_actor_named_in(const Context& c, const EventMention& headline, const Sentence& s) {
  const auto ids = c.found.actor_ids(headline);
  for (const auto& m : c.found.entity_mentions) {
    if (m.entity < 0 || m.span.begin < s.span.begin || m.span.end > s.span.end) continue;
    if (std::find(ids.begin(), ids.end(), c.found.entities[static_cast<std::size_t>(m.entity)].id) != ids.end()) return true;
  }
  return false;
}

// The kind of the noun a verb acts on (its first object's), empty when it has none.
std::string object_kind_of(const Context& c, const EventMention& verb) {
  const auto object = ParseView(c.tokens, c.sentence(verb)).child(verb.token, "obj");
  return object ? c.lexicon.coref_key(to_lower(c.tokens.tokens[*object].lemma)) : std::string();
}

// Whether a verb acts on an event noun of kind `kind` ("rejected sprinter Okafor's appeal": any
// of its objects, where the parser took the name's noun for one too).
bool acts_on_event_of_kind(const Context& c, const EventMention& verb, const std::string& kind) {
  const ParseView parse(c.tokens, c.sentence(verb));
  const auto objects = parse.children(verb.token);
  return std::any_of(objects.begin(), objects.end(), [&](std::size_t k) {
    return parse.relation_is(k, "obj") && c.event_on(k) >= 0 && c.lexicon.coref_key(to_lower(c.tokens.tokens[k].lemma)) == kind;
  });
}

// The kind of act a verb names: its lemma's, or the kind of the verb with the noun it takes
// (object or complement), when coref_synonyms.txt lists that pair ("wins world chess title" /
// "became world chess champion": win-title, become-champion).
std::string act_kind(const Context& c, const EventMention& verb) {
  const ParseView parse(c.tokens, c.sentence(verb));
  for (const char* relation : {"obj", "xcomp"})
    if (const auto noun = parse.child(verb.token, relation); noun && c.tokens.tokens[*noun].upos == "NOUN") {
      const std::string pair = verb.lemma + "-" + to_lower(c.tokens.tokens[*noun].lemma);
      if (c.lexicon.has_coref_synonyms(pair)) return c.lexicon.coref_key(pair);
    }
  return c.lexicon.coref_key(verb.lemma);
}

// Whether two verbs tell one kind of act: the kinds their objects make them ("wins title" and
// "became champion") or their own ("wins title" and a bare "won on Sunday").
bool same_act(const Context& c, const EventMention& a, const EventMention& b) {
  return act_kind(c, a) == act_kind(c, b) || c.lexicon.coref_key(a.lemma) == c.lexicon.coref_key(b.lemma);
}

void join_headline_verbs(Context& c, Groups& groups) {
  const Opening opening = opening_sentences(c.tokens, c.found.events);
  if (opening.lead < 0) return;
  const auto& events = c.found.events;
  for (std::size_t h = 0; h < events.size() && events[h].sentence == opening.headline; ++h) {
    if (events[h].pos != "VERB") continue;
    // ("Physicist dies aged 84" / "Margaret Ellison died on Tuesday": a headline that only
    // describes its subject tells of the one the lead names)
    const bool describes_only = c.found.actor_ids(events[h]).empty() && !participant_nouns(c, events[h]).empty();
    // ("Okafor Loses Final Appeal" / "The court on Tuesday rejected Okafor's appeal": two sides
    // of one act on one event, which the lead's noun names)
    const std::string object_kind = object_kind_of(c, events[h]);
    const auto on_one_object = [&](const EventMention& lead) { return !object_kind.empty() && acts_on_event_of_kind(c, lead, object_kind); };
    const auto of_kind = [&](const EventMention& lead) {
      const bool named_in_lead = describes_only && !c.found.actor_ids(lead).empty();
      return lead.sentence == opening.lead && lead.pos == "VERB" && (same_act(c, events[h], lead) || on_one_object(lead)) &&
             (named_in_lead || share_participant(c, events[h], lead) || headline_actor_named_in(c, events[h], c.sentence(lead)));
    };
    bool joined = false;
    for (std::size_t l = h + 1; l < events.size() && events[l].sentence <= opening.lead; ++l) {
      if (!of_kind(events[l]) || events[l].modality != events[h].modality) continue;
      groups.unite(h, l);
      joined = true;
    }
    // ("files for bankruptcy, plans to close 120 stores" / "filed for bankruptcy on Tuesday. The
    // company said it would close 120 of its 410 stores": a headline's second clause is often
    // the sentence after the lead's, told as the headline tells it)
    for (std::size_t l = h + 1; !joined && l < events.size() && events[l].sentence <= opening.lead + 1; ++l) {
      const bool next_sentence = events[l].sentence == opening.lead + 1;
      if (!next_sentence || events[l].pos != "VERB" || !same_act(c, events[h], events[l])) continue;
      if (events[l].modality != events[h].modality || !share_participant(c, events[h], events[l])) continue;
      groups.unite(h, l);
      joined = true;
    }
    // a headline's present tells news of any modality ("Lumen cuts 1,200 jobs" for "would
    // cut"): with no lead verb of its own modality it is the lead's first of its kind, not every
    // one ("cut 1,200 jobs on Tuesday and said it may cut more")
    const bool headline_present = events[h].modality == "actual" && events[h].tense == "PRESENT";
    if (joined || !headline_present) continue;
    for (std::size_t l = h + 1; l < events.size() && events[l].sentence <= opening.lead; ++l) {
      if (!of_kind(events[l])) continue;
      groups.unite(h, l);
      break;
    }
  }
}

// "agreements reached at their Geneva summit ... the agreements reached in Geneva": a verb acting
// on a definite noun that an earlier verb of the same lemma and modality in the last two
// sentences acted on is that event again ("the man arrested" after "police arrested a man"),
// unless their named participants differ or the later one says it happened "again".
void join_repeated_verbs(Context& c, Groups& groups) {
  constexpr int kRepeatReach = 2;  // sentences back
  std::vector<std::optional<std::size_t>> patients;  // per mention, once
  for (const auto& e : c.found.events) patients.push_back(e.pos == "VERB" ? patient_noun(c, e) : std::nullopt);
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& later = c.found.events[m];
    const auto noun = patients[m];
    if (!noun || !definite(phrase_start_of(c, c.sentence(later), *noun))) continue;
    if (said_again(c, later)) continue;
    const auto later_ids = c.found.actor_ids(later);
    for (std::size_t v = m; v-- > 0;) {
      const EventMention& earlier = c.found.events[v];
      if (earlier.sentence + kRepeatReach < later.sentence) break;
      if (earlier.pos != "VERB" || earlier.lemma != later.lemma || earlier.modality != later.modality) continue;
      const auto patient = patients[v];
      if (!patient || c.tokens.tokens[*patient].lemma != c.tokens.tokens[*noun].lemma) continue;
      const auto ids = c.found.actor_ids(earlier);
      if (!share_or_unknown({ids.begin(), ids.end()}, {later_ids.begin(), later_ids.end()})) continue;
      groups.unite(v, m);
      break;
    }
  }
}

// "had discussed the application with a donor before approving it. Mr Hart approved the scheme
// on 2 April": a gerund with no subject of its own, opened by a word of time and acting on a
// pronoun (or on nothing), names an act only in passing; the nearest verb of its lemma and
// modality in the two sentences around it, by the same actor or an unknown one, tells it.
bool gerund_in_passing(const Context& c, const EventMention& e) {
  static const std::set<std::string, std::less<>> kTimeWords = {"before", "after", "since", "while", "when", "upon"};
  const ParseView parse(c.tokens, c.sentence(e));
  if (e.pos != "VERB" || c.tokens.tokens[e.token].xpos != "VBG" || parse.child(e.token, "nsubj")) return false;
  const auto mark = parse.child(e.token, "mark");
  const auto opener = mark ? mark : parse.child(e.token, "case");
  if (!opener || !kTimeWords.contains(token_lower(c.tokens.tokens[*opener]))) return false;
  const auto object = parse.child(e.token, "obj");
  return !object || c.tokens.tokens[*object].upos == "PRON";
}

void join_gerunds_in_passing(Context& c, Groups& groups) {
  constexpr int kReach = 2;  // sentences either way
  for (std::size_t g = 0; g < c.found.events.size(); ++g) {
    const EventMention& gerund = c.found.events[g];
    if (!gerund_in_passing(c, gerund)) continue;
    const auto gerund_ids = c.found.actor_ids(gerund);
    std::optional<std::size_t> nearest;
    int distance = kReach + 1;
    for (std::size_t v = 0; v < c.found.events.size(); ++v) {
      const EventMention& told = c.found.events[v];
      const int apart = std::abs(told.sentence - gerund.sentence);
      if (apart == 0 || apart >= distance || told.pos != "VERB" || told.lemma != gerund.lemma ||
          told.modality != gerund.modality || told.support)
        continue;
      const auto ids = c.found.actor_ids(told);
      if (!share_or_unknown({ids.begin(), ids.end()}, {gerund_ids.begin(), gerund_ids.end()})) continue;
      nearest = v;
      distance = apart;
    }
    if (!nearest) continue;
    c.found.events[g].support = true;  // the verb that tells it names it ("Hart approves scheme")
    groups.unite(g, *nearest);
  }
}

// "called off the strike planned for next week", "the vote, scheduled for Tuesday, will
// decide": a scheduling participle stands for its noun's event, one event with it, when that
// event is called off or still to come. Not when the noun is already one with the verb that
// calls it off ("the vote, scheduled for Tuesday, has been cancelled": the cancelling and the vote
// that will not be held on Tuesday are two), nor when it was held ("the summit, planned for
// June, was held in Geneva": when it was planned for need not be when it was held).
// "Margaret Ellison ... has died ... she died at her home on Tuesday", "was born in Leeds ...
// born on 2 May 1936": what befalls a person once in a life, told as done of one named person,
// is one event however each sentence words it.
void join_once_in_a_life(Context& c, Groups& groups) {
  const auto once = [&](const EventMention& e) {
    if (e.pos != "VERB" || e.modality != "actual") return false;
    return e.lemma == "die" || (e.lemma == "bear" && c.tokens.tokens[e.token].xpos == "VBN");
  };
  std::map<std::pair<std::string, std::string>, std::size_t> first;  // (lemma, actor) -> first mention
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& e = c.found.events[m];
    if (!once(e)) continue;
    for (const auto& actor : c.found.actor_ids(e)) {
      const auto [it, added] = first.emplace(std::pair{e.lemma, actor}, m);
      if (!added) groups.unite(it->second, m);
    }
  }
}

// "Chloe Barrett was last seen at 11:40 p.m.", "nearly a week after she was last seen", the
// headline's "student last seen leaving Leeds bar": a verb told as the last time it happened
// ("last seen", "last heard from", "last spoke to") names one moment, however often the story
// tells it.
bool told_as_the_last_time(const Context& c, const EventMention& e) {
  // (by its tag: "was last seen" is told as a noun, "last" read as its adjective)
  if (c.tokens.tokens[e.token].upos != "VERB" || e.modality != "actual") return false;
  return e.token > c.sentence(e).first_token && token_lower(c.tokens.tokens[e.token - 1]) == "last";
}

// Mentions told as the last time of one lemma join, unless their named participants differ
// ("Ms Barrett was last seen on Friday ... Mr Hale was last seen in June" are two).
void join_last_times(Context& c, Groups& groups) {
  std::map<std::string, std::vector<std::size_t>> firsts;  // lemma -> first mention of each group
  std::map<std::size_t, std::set<std::string>> actors;     // group root -> named participants so far
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& e = c.found.events[m];
    if (!told_as_the_last_time(c, e)) continue;
    const auto ids = c.found.actor_ids(e);
    const std::set<std::string> own(ids.begin(), ids.end());
    auto& candidates = firsts[e.lemma];
    const auto into = std::find_if(candidates.begin(), candidates.end(),
                                   [&](std::size_t f) { return share_or_unknown(actors[groups.root(f)], own); });
    if (into == candidates.end()) {
      candidates.push_back(m);
      actors[groups.root(m)].insert(own.begin(), own.end());
      continue;
    }
    std::set<std::string> merged = actors[groups.root(*into)];
    merged.insert(own.begin(), own.end());
    groups.unite(*into, m);
    actors[groups.root(m)] = std::move(merged);
  }
}

bool relative_pronoun(const Token& t) {
  const std::string w = token_lower(t);
  return w == "which" || w == "that";
}

// "the release after next, which is still scheduled for April 2026": the event noun a relative
// pronoun stands for, by the words before it (the parser may hang the clause on "next"): the
// nearest event noun within a few words; none when there is none.
std::optional<std::size_t> noun_before_relative(const Context& c, const ParseView& parse, std::size_t pronoun) {
  constexpr std::size_t kReach = 4;  // "release after next ," before "which"
  for (std::size_t j = pronoun; j > parse.begin() && pronoun - j < kReach;) {
    --j;
    if (c.noun_event(j)) return j;
  }
  return std::nullopt;
}

// "A pretrial hearing is scheduled for Friday", "The vote is set for next week": the event a
// verb of scheduling told as planned has as its passive subject; none when there is none.
// So is the subject of "due" with a time ("the report is due by the end of the month").
std::optional<std::size_t> scheduled_subject(const Context& c, const ParseView& parse, const EventMention& e) {
  if (const auto due = due_subject(c.tokens, parse, e.token); due && c.noun_event(*due))
    return static_cast<std::size_t>(c.event_on(*due));
  if (e.pos != "VERB" || e.modality != "planned" || !c.lexicon.has_category(e.lemma, "schedules")) return std::nullopt;
  auto subject = parse.child(e.token, "nsubj:pass");
  if (subject && relative_pronoun(c.tokens.tokens[*subject])) subject = noun_before_relative(c, parse, *subject);
  if (!subject || !c.noun_event(*subject)) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*subject));
}

void join_scheduled_nouns(Context& c, Groups& groups) {
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& e = c.found.events[m];
    const ParseView parse(c.tokens, c.sentence(e));
    if (const auto subject = scheduled_subject(c, parse, e)) {
      EventMention& planned = c.found.events[*subject];
      if (planned.modality == "actual") planned.modality = "planned";
      groups.unite(m, *subject);
      continue;
    }
    const auto noun = scheduled_noun(c.tokens, parse, e.token, c.lexicon);
    if (!noun || c.event_on(*noun) < 0 || e.modality == "actual") continue;
    const auto noun_event = static_cast<std::size_t>(c.event_on(*noun));
    const auto verb = parse.head(*noun);
    const int calling_off =
        verb && called_off(c.tokens, parse, *noun, c.lexicon) != CallOff::None ? c.event_on(*verb) : -1;
    if (calling_off >= 0 && groups.root(static_cast<std::size_t>(calling_off)) == groups.root(noun_event)) continue;
    groups.unite(m, noun_event);
  }
}

// "The committee stage ran for six weeks and concluded on 28 June", "the trial lasted six weeks
// and ended on Friday": a verb of lasting for a time and a verb of ending conjoined with it (or
// beside it, over one head), the ending with no subject of its own, tell one event: how long it
// ran and when it ended.
void join_lasting_with_its_end(Context& c, Groups& groups) {
  static const std::set<std::string> kLasting = {"run", "last"};
  static const std::set<std::string> kEnding = {"end", "conclude", "finish", "close", "wrap"};
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& lasting = c.found.events[m];
    if (lasting.pos != "VERB" || !kLasting.contains(lasting.lemma)) continue;
    const ParseView parse(c.tokens, c.sentence(lasting));
    const auto over = parse.head(lasting.token);
    for (std::size_t k = lasting.token + 1; k < parse.end(); ++k) {
      const int ending = c.event_on(k);
      if (ending < 0 || !parse.relation_is(k, "conj") || parse.child(k, "nsubj")) continue;
      if (!kEnding.contains(c.found.events[static_cast<std::size_t>(ending)].lemma)) continue;
      const auto head = parse.head(k);
      if (head == lasting.token || (over && head == over && parse.relation_is(lasting.token, "conj")))
        groups.unite(m, static_cast<std::size_t>(ending));
      break;
    }
  }
}

// The event noun a verb's subject names: the subject itself, or for a relative clause opened by
// "that" or "which" the noun the clause hangs on ("an outbreak that has sickened 147 people");
// none when the subject names no event.
std::optional<std::size_t> subject_event_noun(const Context& c, const ParseView& parse, std::size_t verb) {
  auto subject = parse.child(verb, "nsubj");
  if (subject && relative_pronoun(c.tokens.tokens[*subject]) && parse.relation_is(verb, "acl:relcl")) subject = parse.head(verb);
  if (!subject || !c.noun_event(*subject)) return std::nullopt;
  return static_cast<std::size_t>(c.event_on(*subject));
}

// "The outbreak has sickened 147 people", "a storm that killed five people": a verb telling the
// toll an event took of people (predicates.tsv toll-of-subject) with that event for its subject
// tells the event itself, one event with it (told with the same modality).
void join_tolls(Context& c, Groups& groups) {
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& e = c.found.events[m];
    if (e.pos != "VERB" || !c.lexicon.has_category(e.lemma, "toll-of-subject")) continue;
    const ParseView parse(c.tokens, c.sentence(e));
    const auto noun = subject_event_noun(c, parse, e.token);
    if (noun && c.found.events[*noun].modality == e.modality) groups.unite(*noun, m);
  }
}

// "the visit will lead to new investment announcements", "talks that resulted in a ceasefire":
// a verb of bringing about (predicates.tsv brings-about, with its preposition) whose oblique is
// an event noun tells that event coming about, one event with it, not a second one. Not when
// the verb takes an object ("led the delegation to the talks": a leading of people there).
void join_brought_about(Context& c, Groups& groups) {
  for (std::size_t m = 0; m < c.found.events.size(); ++m) {
    const EventMention& e = c.found.events[m];
    if (e.pos != "VERB") continue;
    const ParseView parse(c.tokens, c.sentence(e));
    if (parse.child(e.token, "obj")) continue;
    for (const std::size_t k : parse.children(e.token)) {
      const auto marker = parse.child(k, "case");
      if (!parse.relation_is(k, "obl") || !marker || !c.noun_event(k)) continue;
      if (c.lexicon.has_category(e.lemma + " " + token_lower(c.tokens.tokens[*marker]), "brings-about"))
        groups.unite(m, static_cast<std::size_t>(c.event_on(k)));
    }
  }
}

}  // namespace

void group_coreferent_events(const TokenizedText& tokens, const EventLexicon& lexicon, DocumentEvents& found) {
  Context c{tokens, lexicon, found, std::vector<int>(tokens.tokens.size(), -1)};
  for (std::size_t e = 0; e < found.events.size(); ++e) c.event_at[found.events[e].token] = static_cast<int>(e);
  Groups groups(found.events.size());
  std::vector<PhaseFold> deferred, ends_to_come;
  fold_support_verbs(c, groups, deferred, ends_to_come);
  join_same_kind(c, groups);
  join_nominalizations(c, groups);
  settle_phases(c, groups, deferred);
  join_repeated_verbs(c, groups);
  join_gerunds_in_passing(c, groups);
  join_communications(c, groups);
  join_headline_verbs(c, groups);
  for (const auto& [earlier, later] : breakdown_pairs(tokens, lexicon, found)) groups.unite(earlier, later);
  join_tolls(c, groups);
  join_brought_about(c, groups);
  join_once_in_a_life(c, groups);
  join_last_times(c, groups);
  join_scheduled_nouns(c, groups);
  join_lasting_with_its_end(c, groups);
  settle_ends_to_come(c, groups, ends_to_come);
  std::map<std::size_t, int> number;  // root -> group id in text order
  for (std::size_t m = 0; m < found.events.size(); ++m) {
    const auto [it, added] = number.emplace(groups.root(m), static_cast<int>(number.size()));
    found.events[m].coref_group = it->second;
  }
}

}  // namespace chronograph::core
