#include "core/events/title_parsed_subjects.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/events/misread_clauses.h"
#include "core/events/parse_view.h"
#include "core/events/title_actors.h"
#include "core/events/title_complements.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core::titles {

namespace {

bool is_article(std::string_view w) { return w == "a" || w == "an" || w == "the"; }

// "troops in the region are": a noun with a preposition is no subject, unless the preposition
// is a conjunction the parser misread ("until a new government is formed", "before the bill is
// passed").
bool in_prepositional_phrase(const Doc& d, const ParseView& parse, std::size_t noun) {
  bool marked = false;
  for (const auto c : parse.children(noun)) {
    if (!parse.relation_is(c, "case")) continue;
    const std::string w = lower_at(d, c);
    if (w == "until" || w == "till" || w == "before" || w == "after" || w == "once") return false;
    marked = true;
  }
  return marked;
}

// "the sanctions threatened by the West would do", "half of them are deployed": when the parser
// gave a verb no nominal subject, the noun phrase just before its auxiliaries, climbing out of
// the prepositional phrases and participles that end it.
// With `first_conjunct`, a later conjunct stands for the first ("deployment of western weapons
// or troops represented"); without, the conjunct right before the verb group is kept.
// "the former head of the authority, Rui Tavares, had been warned": the comma at `comma` closes
// a name in apposition, which is the subject of the verb after it (the clause of the noun it is
// apposed to, which the parser may hang on the verb before as its object).
std::optional<std::size_t> apposition_closed_at(const Doc& d, const ParseView& parse, std::size_t comma) {
  if (lower_at(d, comma) != "," || comma == parse.begin()) return std::nullopt;
  std::size_t name = comma - 1;
  while (parse.relation_is(name, "flat") && parse.head(name) && *parse.head(name) < name) name = *parse.head(name);
  if (!parse.relation_is(name, "appos") || d.mention_at[name] < 0) return std::nullopt;
  return name;
}

std::optional<std::size_t> left_subject(const Doc& d, const ParseView& parse, std::size_t verb, bool first_conjunct = false) {
  std::size_t group = verb;
  while (group > parse.begin()) {
    const std::string w = lower_at(d, group - 1);
    if (!is_auxiliary(w) && !is_adverb_like(w) && w != "not" && w != "n't" && d.tokens.tokens[group - 1].upos != "ADV") break;
    --group;
  }
  if (group == parse.begin()) return std::nullopt;
  std::size_t t = apposition_closed_at(d, parse, group - 1).value_or(group - 1);
  for (int step = 0; step < 4; ++step) {
    const bool noun = nominal(d, parse, t) && !d.tokens.tokens[t].upos.empty();
    const bool inner_conjunct = first_conjunct && noun && parse.relation_is(t, "conj") && parse.head(t) < t;
    // ("salaries for teachers and nurses will be delayed": a later conjunct lies in the phrase
    // its first one opens; not one with an article of its own, which may open a clause the
    // parser joined: "than in past years and the sanctions threatened by the West would do")
    const bool bare_conjunct = parse.relation_is(t, "conj") && !parse.child(t, "det");
    const auto first = bare_conjunct ? parse.head(t) : std::nullopt;
    const bool in_phrase = in_prepositional_phrase(d, parse, t) || (first && in_prepositional_phrase(d, parse, *first));
    if (noun && !in_phrase && !inner_conjunct && !misparsed_name_subject(d, parse, t)) return t;
    if (!noun && d.tokens.tokens[t].upos != "VERB") return std::nullopt;
    const auto head = parse.head(t);
    if (!head || *head >= group) return std::nullopt;
    t = *head;
  }
  return std::nullopt;
}

// "to deal with tensions" after "will hold a call", "referencing the warning" after "he said":
// an adverbial infinitive or participle without a subject of its own has its head's, unless
// a name stands right before it ("demands on Biden to guarantee": Biden guarantees).
bool controlled_adverbial(const Doc& d, const ParseView& parse, std::size_t verb) {
  if (!parse.relation_is(verb, "advcl")) return false;
  const auto to = parse.child(verb, "mark");
  const bool infinitive = to && lower_at(d, *to) == "to";
  // ("passed by the Senate, signed by the governor": a participle with its agent, too)
  // ("reported record sales, boosted by demand": after an object, the object's)
  const auto head = parse.head(verb);
  const bool agent_participle = !to && d.tokens.tokens[verb].xpos == "VBN" && parse.child(verb, "obl:agent") && head &&
                                !parse.child(*head, "obj");
  if (!infinitive && !agent_participle && d.tokens.tokens[verb].xpos != "VBG") return false;
  const std::size_t first = infinitive ? *to : verb;
  if (first == parse.begin() || d.mention_at[first - 1] < 0) return true;
  // "met in Oslo to discuss": a place named as where is no one who acts.
  std::size_t name = first - 1;
  while (name > parse.begin() && d.mention_at[name - 1] == d.mention_at[first - 1]) --name;
  const std::string before = name > parse.begin() ? lower_at(d, name - 1) : "";
  return before == "in" || before == "at" || before == "near" || before == "from";
}

// "an official with the Biden administration who spoke": "who" means a person, so a relative
// clause the parser hung on a noun inside a prepositional phrase that is no person's name
// belongs to the noun that phrase modifies. One hung on the first of conjoined nouns belongs
// to the conjunct right before it.
std::size_t relative_antecedent(const Doc& d, const ParseView& parse, std::size_t pronoun, std::size_t noun) {
  // "said Dewi Lestari, 31, who was travelling": a clause hung on the age set after a name
  // speaks of the one named
  if (const auto named = parse.head(noun); d.tokens.tokens[noun].upos == "NUM" && named && *named + 1 < noun &&
                                           lower_at(d, noun - 1) == "," && d.tokens.tokens[*named].upos == "PROPN")
    return *named;
  // "regulators and Calloway shareholders, who will vote"
  std::size_t j = pronoun;
  if (j > parse.begin() && lower_at(d, j - 1) == ",") --j;
  if (j > parse.begin() && j - 1 != noun && parse.head(j - 1) == noun && parse.relation_is(j - 1, "conj")) return j - 1;
  // (a noun of belonging: "the head of the agency, who", "an analyst at the bank who", "a
  // spokeswoman for the company who", "an official in the president's office who"; not one of
  // receiving, which may be people: "awarded damages to families who", "grants for farmers who")
  const auto marker = parse.child(noun, "case");
  const std::string word = marker ? lower_at(d, *marker) : std::string();
  const bool institution =
      d.lexicon.institution(lower_at(d, noun)) != 0 || d.mention_at[noun] >= 0 || parse.child(noun, "nmod:poss");
  const bool belonging = word == "of" || word == "with" || word == "at" || word == "from" ||
                         ((word == "for" || word == "in") && institution);
  if (lower_at(d, pronoun) != "who" || !parse.relation_is(noun, "nmod") || !belonging) return noun;
  if (is_person(d, noun)) return noun;
  const auto outer = parse.head(noun);
  return outer && *outer < noun && nominal(d, parse, *outer) ? *outer : noun;
}

// "an amendment on guns in schools, which was defeated", "a plan for a new bridge over the
// river, which was opposed": a "which" after a comma speaks of the head of the whole noun
// phrase, not of the last noun of the prepositional phrases that end it (the parser hangs the
// clause on that one). Not across "of" ("the cost of the war, which killed 300"), nor from a
// name ("a plant in Ohio, which has lost jobs").
// "Sales for the quarter, which ended July 31, rose": a period's noun before a clause that ends
// or starts something is what ends or starts, a time though it is.
bool period_bounded_by_clause(const Doc& d, const ParseView& parse, std::size_t pronoun, std::size_t noun) {
  const auto verb = parse.head(pronoun);
  return verb && is_bounding_verb(to_lower(d.tokens.tokens[*verb].lemma)) && is_period_noun(to_lower(d.tokens.tokens[noun].lemma));
}

std::size_t phrase_head_before_which(const Doc& d, const ParseView& parse, std::size_t pronoun, std::size_t noun) {
  if (lower_at(d, pronoun) != "which" || pronoun == parse.begin() || lower_at(d, pronoun - 1) != ",") return noun;
  if (period_bounded_by_clause(d, parse, pronoun, noun)) return noun;
  while (d.tokens.tokens[noun].upos == "NOUN" && parse.relation_is(noun, "nmod")) {
    const auto marker = parse.child(noun, "case");
    const auto outer = parse.head(noun);
    // ("an older model than the 737 MAX, which was grounded": a comparison's standard is a
    // noun phrase of its own, which the clause is about)
    const std::string word = marker ? lower_at(d, *marker) : std::string();
    if (!marker || word == "of" || word == "than" || word == "as" || !outer || *outer > noun ||
        d.tokens.tokens[*outer].upos != "NOUN")
      break;
    noun = *outer;
  }
  return noun;
}

// "suffered an outbreak in 2017, which lasted five months": a relative clause hung on a date
// speaks of the last noun before it that is no time.
std::size_t untimed_antecedent(const Doc& d, const ParseView& parse, std::size_t noun) {
  if (!d.in_timex[noun]) return noun;
  for (std::size_t j = noun; j-- > parse.begin();)
    if (!d.in_timex[j] && (d.tokens.tokens[j].upos == "NOUN" || d.tokens.tokens[j].upos == "PROPN")) return j;
  return noun;
}

// "to King Willem-Alexander, who will return": a relative clause the parser hung elsewhere than
// on a noun still speaks of the noun right before its "who" or "which".
std::optional<std::size_t> misattached_relative(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  const std::string w = lower_at(d, pronoun);
  const auto clause = parse.head(pronoun);
  if ((w != "who" && w != "which") || !clause || parse.relation_is(*clause, "acl")) return std::nullopt;
  std::size_t j = pronoun;
  if (j > parse.begin() && lower_at(d, j - 1) == ",") --j;
  if (j == parse.begin() || !owned_or_nominal(d, parse, j - 1) || is_pronoun(d, j - 1)) return std::nullopt;
  return j - 1;
}

// "troops and almost half of them are deployed": a noun phrase after "and", right before a
// verb group, conjoined to something else than the verb's subject, is the subject of a second
// clause the parser merged into the first.
std::optional<std::size_t> merged_clause_subject(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t subject) {
  if (!parse.child(verb, "aux") && !parse.child(verb, "aux:pass") && !parse.child(verb, "cop")) return std::nullopt;
  const auto left = left_subject(d, parse, verb);
  if (!left || *left <= subject || !parse.relation_is(*left, "conj") || parse.head(*left) == subject) return std::nullopt;
  // ("a ceasefire between Kaldor and Tessin will take effect": a conjunct inside the subject's
  // own phrase is part of it)
  if (parse.within_phrase(*left, subject)) return std::nullopt;
  return left;
}

// "he said, referencing the warning that ... represented": a participle after a comma whose
// parse head comes after it is controlled by the clause before the comma.
std::optional<std::size_t> verb_before_comma(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto head = parse.head(verb);
  if (!head || *head < verb || verb < parse.begin() + 2 || lower_at(d, verb - 1) != ",") return std::nullopt;
  const std::size_t before = verb - 2;
  return verb_token(d, before) ? std::optional<std::size_t>(before) : std::nullopt;
}

// "decision", "plan", "promise": an event noun WordNet files as an act, a thought or a message first.
// "the strongest earthquake", "the first bill", "the only film": a noun ranked among its kind by
// a superlative or an ordinal in the words before it.
bool ranked_noun(const Doc& d, std::size_t noun) {
  static const std::set<std::string, std::less<>> kRanks = {"first", "last", "only", "next", "second", "third"};
  for (std::size_t k = noun; k-- > 0 && noun - k <= 3;) {
    const Token& t = d.tokens.tokens[k];
    if (kRanks.contains(lower_at(d, k)) || t.xpos == "JJS") return true;
    if (t.upos == "DET" || t.upos == "PUNCT" || t.upos == "VERB") break;
  }
  return false;
}

// "an attempt to", "the effort to", "a bid to": a noun of trying, whose infinitive is what it aims
// at, ranked or not ("the latest effort to rescue the hostages" rescues no one).
bool aims_at_its_infinitive(const Doc& d, std::size_t noun) {
  static const std::set<std::string, std::less<>> kAims = {"attempt", "effort", "bid", "try", "push", "move", "step",
                                                           "plan", "proposal", "offer", "call", "request", "order",
                                                           "decision", "promise", "pledge", "campaign", "drive"};
  return kAims.contains(to_lower(d.tokens.tokens[noun].lemma));
}

bool content_noun(const Doc& d, std::size_t noun) {
  // ("the first bill to pass", "the only film to win": a ranked noun does what the infinitive
  // says, but for one of trying: "the latest effort to rescue the hostages")
  if (ranked_noun(d, noun) && !aims_at_its_infinitive(d, noun)) return false;
  const auto& classes = d.lexicon.wordnet_classes(to_lower(d.tokens.tokens[noun].lemma));
  if (classes.empty()) return false;
  const std::string& first = classes.front();
  return first == "n.act" || first == "n.cognition" || first == "n.communication";
}

// A noun whose infinitive says what its holder may or must do: "the right to see", "18 months
// to comply" (data/events/predicates.tsv holder-noun).
bool holder_noun(const Doc& d, std::size_t noun) {
  return d.lexicon.has_category(d.tokens.tokens[noun].lemma, "holder-noun");
}

// "the strongest earthquake to hit Taiwan", "the first strike to close the port": the ranked
// noun right before the "to" of the infinitive at `i`, which does what the infinitive says, not
// one of trying ("the first attempt to reach the summit"); none when there is none.
// "She was the first woman to chair the department": the subject a noun is said of by "be"
// (the noun is who the subject is), else the noun itself; not "it", "this" or "there", which
// name nothing ("It was the last spacecraft to land": the spacecraft lands).
std::size_t subject_said_to_be(const Doc& d, const ParseView& parse, std::size_t noun) {
  const auto subject = parse.child(noun, "nsubj");
  if (!subject || !parse.child(noun, "cop")) return noun;
  static const std::set<std::string, std::less<>> kEmpty = {"it", "this", "that", "these", "those", "there"};
  return kEmpty.count(lower_at(d, *subject)) > 0 ? noun : *subject;
}

std::optional<std::size_t> ranked_noun_before_to(const Doc& d, std::size_t i) {
  if (i < 2 || lower_at(d, i - 1) != "to" || d.tokens.tokens[i].xpos != "VB") return std::nullopt;
  const std::size_t noun = i - 2;
  // (a time is no such noun: "met Kamel last week to discuss", "decided on Thursday of the first
  // week to keep going")
  const bool time = d.in_timex[noun] || is_time_unit(to_lower(d.tokens.tokens[noun].lemma));
  if (d.tokens.tokens[noun].upos != "NOUN" || time || !ranked_noun(d, noun) || aims_at_its_infinitive(d, noun))
    return std::nullopt;
  return noun;
}

// "give Americans the right": the verb's indirect object, or the object the parser made of it
// before the thing given.
std::optional<std::size_t> recipient(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t given) {
  if (const auto indirect = parse.child(verb, "iobj")) return indirect;
  const auto object = parse.child(verb, "obj");
  if (object && *object < given && nominal(d, parse, *object)) return object;
  return std::nullopt;
}

// A gerund after "of" or "for" on a verb of judging, or after "from" on one of keeping.
bool judged_or_kept_gerund(const Doc& d, const ParseView& parse, std::size_t i, std::size_t verb) {
  const auto mark = parse.child(i, "mark");
  if (!mark || d.tokens.tokens[i].xpos != "VBG") return false;
  const std::string word = lower_at(d, *mark);
  if (word == "from") return keeps_from(d.tokens.tokens[verb].lemma);
  return (word == "of" || word == "for") && d.lexicon.has_category(d.tokens.tokens[verb].lemma, "judges-object");
}

// "asked the council to vote", "convicted Keane of accepting bribes" (predicates.tsv
// judges-object), and "prevented the protesters from entering" (keeps_from).
bool object_control_adverbial(const Doc& d, const ParseView& parse, std::size_t i, std::size_t head) {
  const auto mark = parse.child(i, "mark");
  if (!parse.relation_is(i, "advcl") || !mark) return false;
  if (lower_at(d, *mark) == "to") return object_control_verb(d, head);
  return judged_or_kept_gerund(d, parse, i, head);
}

// "Born in Leeds in 1933, Ellison studied ...": for a participle opening the sentence, the verb
// of the clause it is said of (whichever of the two the parser made the head); none otherwise.
std::optional<std::size_t> opening_participle_clause(const Doc& d, const ParseView& parse, std::size_t i) {
  if (i != parse.begin() || d.tokens.tokens[i].xpos != "VBN" || parse.child(i, "aux")) return std::nullopt;
  if (const auto head = parse.head(i); head && parse.relation_is(i, "advcl")) return head;
  for (const auto c : parse.children(i)) {
    const bool clause = parse.relation_is(c, "parataxis") || parse.relation_is(c, "conj") || parse.relation_is(c, "ccomp");
    if (clause && d.tokens.tokens[c].upos == "VERB" && parse.child(c, "nsubj")) return c;
  }
  return std::nullopt;
}

// "the last spacecraft to land", "the decision to stand down": an infinitive hung on a noun.
bool infinitive_on_noun(const Doc& d, const ParseView& parse, std::size_t i) {
  const auto head = parse.head(i);
  const auto to = parse.child(i, "mark");
  return head && parse.relation_is(i, "acl") && to && lower_at(d, *to) == "to" && nominal(d, parse, *head);
}

// "made a decision to", "announced plans to": a verb whose subject has the plan or decision.
bool takes_on_content(const Doc& d, std::size_t verb) {
  static const std::set<std::string, std::less<>> kVerbs = {"announce", "unveil", "outline", "take", "reach", "adopt", "set"};
  const std::string lemma = to_lower(d.tokens.tokens[verb].lemma);
  return kVerbs.contains(lemma) || d.lexicon.has_category(lemma, "title-verb");
}

// "The unit has until the end of the year to decide", "gave both sides until Nov 15 to file": the
// verb of having or giving time whose "until" phrase the infinitive at `i` hangs on, or on the
// verb itself; the one who has the time does what the infinitive says, not the date.
std::optional<std::size_t> giving_time_until(const Doc& d, const ParseView& parse, std::size_t i) {
  const auto head = parse.head(i);
  if (!head) return std::nullopt;
  if (infinitive_given_time_until(d.tokens, *head) == i) return head;
  const auto to = parse.child(i, "mark");
  if (!to || lower_at(d, *to) != "to" || !parse.relation_is(i, "acl")) return std::nullopt;
  // (hung on the date: "until the end of the year to decide" with "to decide" on "end")
  const auto marked_until = [&](std::size_t noun) {
    const auto until = parse.child(noun, "case");
    return until && (lower_at(d, *until) == "until" || lower_at(d, *until) == "till");
  };
  auto noun = head;
  for (int step = 0; step < 3 && noun && !marked_until(*noun) && parse.relation_is(*noun, "nmod"); ++step) noun = parse.head(*noun);
  if (!noun || !marked_until(*noun)) return std::nullopt;
  const auto verb = parse.head(*noun);
  if (!verb) return std::nullopt;
  const std::string& lemma = d.tokens.tokens[*verb].lemma;
  return lemma == "have" || lemma == "give" || lemma == "grant" ? verb : std::nullopt;
}

// "Jan Driessen, a Belgian archaeologist who has excavated on Crete": a relative clause on a
// common noun in apposition to a person's name speaks of that person; else of the noun.
std::size_t person_apposed_to(const Doc& d, const ParseView& parse, std::size_t noun) {
  if (d.mention_at[noun] >= 0 || !parse.relation_is(noun, "appos")) return noun;
  const auto name = parse.head(noun);
  return name && is_person(d, *name) ? *name : noun;
}

// The object of the verb of perceiving `head` whose phrase ends right before the participle
// `i` hung on that verb ("saw [the mountain] glowing"); none otherwise.
std::optional<std::size_t> perceived_object(const Doc& d, const ParseView& parse, std::size_t i, std::size_t head) {
  if (d.tokens.tokens[i].xpos != "VBG" || parse.child(i, "mark") || !d.lexicon.has_category(d.tokens.tokens[head].lemma, "perceives-object"))
    return std::nullopt;
  const auto object = parse.child(head, "obj");
  if (!object || *object + 1 != i || !(parse.relation_is(i, "advcl") || parse.relation_is(i, "xcomp"))) return std::nullopt;
  return object;
}

// "She said many sellers were refusing to cut prices and would rather wait": a conjunct with a
// modal and no subject, hung by the parser on a verb of saying after the clause that verb
// reports, goes on with that clause (a modal after "said" is the reported future). Returns the
// reported clause's verb.
std::optional<std::size_t> reported_clause_going_on(const Doc& d, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string, std::less<>> kModals = {"would", "could", "might", "will", "may", "should"};
  const auto saying = parse.head(verb);
  if (!saying || !parse.relation_is(verb, "conj") || parse.child(verb, "nsubj") || !is_reporting(d, *saying)) return std::nullopt;
  const auto modal = parse.child(verb, "aux");
  if (!modal || !kModals.contains(lower_at(d, *modal))) return std::nullopt;
  const auto reported = parse.child(*saying, "ccomp");
  if (!reported || *reported < *saying || *reported > verb || !parse.child(*reported, "nsubj")) return std::nullopt;
  return reported;
}

// "The pair, a man from Glasgow and a woman from Leeds, set out": the parser may make the
// apposition (a common noun) the subject and hang the noun that opens the sentence on the verb
// with no preposition; that noun, with a comma after it and one before the verb, is the subject
// (not a time's: "Each year, thousands of climbers try"; "Last spring, Okafor, 52, resigned").
std::optional<std::size_t> noun_before_apposition(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t subject) {
  if (verb == parse.begin() || lower_at(d, verb - 1) != "," || d.tokens.tokens[subject].upos != "NOUN") return std::nullopt;
  for (const auto c : parse.children(verb)) {
    if (c >= subject || c > parse.begin() + 2 || !parse.relation_is(c, "obl") || parse.child(c, "case")) continue;
    const Token& noun = d.tokens.tokens[c];
    if (noun.upos == "NOUN" && lower_at(d, c + 1) == "," && !d.in_timex[c] && !is_time_unit(to_lower(noun.lemma))) return c;
  }
  return std::nullopt;
}

// "The opening has been put off to 2032, citing rock conditions": an event noun does not speak, so
// a participle of speaking (WordNet's verbs of communication) after the clause it tells of is
// someone else's, whom that clause may not name.
bool speaking_event(const Doc& d, const ParseView& parse, std::size_t participle, std::size_t subject) {
  if (d.event_at[subject] < 0 || !nominal(d, parse, subject)) return false;
  const auto& classes = d.lexicon.wordnet_classes(to_lower(d.tokens.tokens[participle].lemma));
  const auto verb_class = std::find_if(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("v."); });
  return verb_class != classes.end() && *verb_class == "v.communication";
}

// "Federal inspectors on Tuesday, after a week of tests, ordered ...": a time set between the
// subject and its verb can lead the parser to hang the subject on the verb as a bare noun of
// time or measure ("obl:unmarked"); such a noun that opens the clause of a finite verb with no
// subject, and is no time itself, is the subject.
std::optional<std::size_t> subject_taken_for_adverbial(const Doc& d, const ParseView& parse, std::size_t verb) {
  const std::string& tag = d.tokens.tokens[verb].xpos;
  const bool finite = tag == "VBD" || tag == "VBZ" || tag == "VBP" || parse.child(verb, "aux");
  if (!finite || parse.child(verb, "nsubj") || parse.child(verb, "nsubj:pass") || parse.child(verb, "expl")) return std::nullopt;
  const auto within = [&](std::size_t k, std::size_t top) {
    for (int step = 0; step < 8 && k != top; ++step) {
      const auto up = parse.head(k);
      if (!up) return false;
      k = *up;
    }
    return k == top;
  };
  for (const auto c : parse.children(verb)) {
    const bool bare = parse.relation_is(c, "obl:unmarked") || parse.relation_is(c, "obl:npmod") || parse.relation_is(c, "obl:tmod");
    if (c > verb || !bare || d.in_timex[c] || parse.child(c, "case") || !nominal(d, parse, c)) continue;
    bool opens = true;
    for (std::size_t k = parse.begin(); k < c && opens; ++k) opens = within(k, c);
    if (opens) return c;
  }
  return std::nullopt;
}

// "drew the next two to take the title", parsed with "the next two" the subject of "take": an
// infinitive has a subject of its own only after "for" ("for the team to win"); else its doer is
// the subject of the verb it hangs on. Returns that verb; none for any other verb.
std::optional<std::size_t> infinitive_read_with_subject(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto subject = parse.child(verb, "nsubj");
  const auto head = parse.head(verb);
  if (!subject || !head || *head > verb || d.tokens.tokens[*head].upos != "VERB") return std::nullopt;
  if (object_control_verb(d, *head)) return std::nullopt;  // ("expect fares to rise": the fares rise)
  bool to = false;
  for (const auto c : parse.children(verb)) {
    if (!parse.relation_is(c, "mark")) continue;
    if (lower_at(d, c) == "for") return std::nullopt;
    to = to || (lower_at(d, c) == "to" && c > *subject);
  }
  return to ? head : std::nullopt;
}

}  // namespace

bool relative_pronoun(const std::string& w) { return w == "who" || w == "which" || w == "that"; }

bool relative_word(const Doc& d, std::size_t j) {
  const std::string& xpos = d.tokens.tokens[j].xpos;
  return relative_pronoun(lower_at(d, j)) && (xpos == "WDT" || xpos == "WP");
}

bool is_pronoun(const Doc& d, std::size_t j) {
  const std::string w = lower_at(d, j);
  return d.tokens.tokens[j].upos == "PRON" || w == "i" || w == "we" || w == "you" || w == "it" || w == "they" ||
         w == "he" || w == "she" || w == "this" || w == "these" || w == "those" || w == "there";
}

bool nominal(const Doc& d, const ParseView& parse, std::size_t j) {
  const std::string& upos = d.tokens.tokens[j].upos;
  if (upos.empty() || upos == "NOUN" || upos == "PROPN" || upos == "NUM" || upos == "PRON") return true;
  // ("hosepipe bans may be needed", tagged a verb): a subject with a compound or an article of its
  // own is a noun, whatever its tag; a verb has neither
  const bool subject = parse.relation_is(j, "nsubj") || parse.relation_is(j, "nsubj:pass");
  if (upos == "VERB" && subject && (parse.child(j, "compound") || parse.child(j, "det"))) return true;
  if (upos != "ADJ") return false;
  if (parse.child(j, "det")) return true;
  return j > parse.begin() && parse.relation_is(j, "nsubj") && is_article(lower_at(d, j - 1));
}

bool owned_or_nominal(const Doc& d, const ParseView& parse, std::size_t j) {
  return nominal(d, parse, j) || (d.tokens.tokens[j].upos == "ADJ" && parse.child(j, "nmod:poss"));
}

bool finite_form(const Token& t) { return t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP"; }

bool gerund_after_noun(const Doc& d, const ParseView& parse, std::size_t i) {
  if (d.tokens.tokens[i].xpos != "VBG" || i < parse.begin() + 2 || lower_at(d, i - 1) != "of") return false;
  const std::size_t noun = i - 2;
  if (d.tokens.tokens[noun].upos != "NOUN" || parse.child(i, "nsubj")) return false;
  const auto verb = parse.head(noun);
  return !(verb && parse.relation_is(noun, "obj") && d.lexicon.has_category(d.tokens.tokens[*verb].lemma, "judges-object"));
}

std::optional<std::size_t> noun_described_by_gerund(const Doc& d, const ParseView& parse, std::size_t i) {
  if (d.tokens.tokens[i].xpos != "VBG" || parse.child(i, "nsubj") || parse.child(i, "aux")) return std::nullopt;
  if (!d.lexicon.is_objectless_verb(guess_lemma(d.tokens.tokens[i], d.lexicon))) return std::nullopt;
  const auto noun = parse.child(i, "obj");
  if (!noun || *noun < i || d.tokens.tokens[*noun].upos != "NOUN") return std::nullopt;
  for (std::size_t k = i + 1; k < *noun; ++k)  // (only the noun's own modifiers between: no article)
    if (parse.head(k) != noun || is_determiner(lower_at(d, k))) return std::nullopt;
  return noun;
}

std::optional<std::size_t> content_completed(const Doc& d, const ParseView& parse, std::size_t i) {
  const auto head = parse.head(i);
  if (!head) return std::nullopt;
  if (infinitive_on_noun(d, parse, i)) {  // ("expect fares to rise": the fares rise)
    const auto verb = parse.head(*head);
    const bool controlled = verb && parse.relation_is(*head, "obj") && object_control_verb(d, *verb);
    return content_noun(d, *head) && !controlled ? head : std::nullopt;
  }
  if (!parse.relation_is(i, "xcomp") || object_control_verb(d, *head)) return std::nullopt;
  const auto object = parse.child(*head, "obj");
  const auto to = parse.child(i, "mark");
  if (!object || !to || *to != *object + 1 || !content_noun(d, *object)) return std::nullopt;
  return object;
}

std::optional<std::size_t> subject_before_apposition(const Doc& d, const ParseView& parse, std::size_t i) {
  if (!parse.relation_is(i, "acl") || parse.relation_is(i, "acl:relcl") || d.tokens.tokens[i].xpos != "VBD") return std::nullopt;
  if (i == parse.begin() || lower_at(d, i - 1) != "," || parse.child(i, "obl:agent") || parse.child(i, "mark")) return std::nullopt;
  const auto noun = parse.head(i);
  if (!noun || *noun > i || d.tokens.tokens[*noun].upos != "NOUN") return std::nullopt;
  const auto described = parse.child(*noun, "nsubj");
  return described && *described < *noun ? described : noun;
}

std::optional<std::size_t> gerund_subject(const Doc& d, const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb)) {
    const bool subject = parse.relation(c).starts_with("csubj") || parse.relation(c).starts_with("nsubj");
    if (c > verb || d.tokens.tokens[c].xpos != "VBG" || !subject || parse.child(c, "det")) continue;
    if (!parse.child(c, "nsubj") && !parse.child(c, "mark")) return c;
  }
  return std::nullopt;
}

bool gerund_subject_of(const Doc& d, const ParseView& parse, std::size_t gerund) {
  const auto verb = parse.head(gerund);
  return verb && gerund_subject(d, parse, *verb) == gerund;
}

std::optional<std::size_t> parse_subject(const Doc& d, const ParseView& parse, std::size_t i, int depth) {
  if (gerund_after_noun(d, parse, i) || owned_gerund(d, parse, i)) return std::nullopt;
  // ("Soil tests carried out last month dated", "the discovery of a rifle buried there represented")
  if (const auto participle = reduced_participle_before(d, parse, i))
    return left_subject(d, parse, *participle).value_or(*participle - 1);
  if (const auto described = noun_described_by_gerund(d, parse, i)) return described;
  if (const auto described = subject_before_apposition(d, parse, i)) return described;
  // "which lasted five months and killed 300": a time is no subject (the parser takes "five
  // months" for the second verb's)
  if (const auto gerund = gerund_subject(d, parse, i)) return gerund;
  if (const auto verb = infinitive_read_with_subject(d, parse, i); verb && depth < 2) return parse_subject(d, parse, *verb, depth + 1);
  if (const auto subject = parse.child(i, "nsubj"); subject && !d.in_timex[*subject] && !misparsed_name_subject(d, parse, *subject)) {
    if (relative_pronoun(lower_at(d, *subject)) && parse.relation_is(i, "acl"))
      if (const auto noun = parse.head(i)) {
        const std::size_t antecedent = person_apposed_to(d, parse, relative_antecedent(d, parse, *subject, *noun));
        const std::size_t noun_before = phrase_head_before_which(d, parse, *subject, antecedent);
        return period_bounded_by_clause(d, parse, *subject, noun_before) ? noun_before : untimed_antecedent(d, parse, noun_before);
      }
    // ("Ana Ruiz, 58, who set up the trust": the age before the "who" is no antecedent)
    if (const auto noun = misattached_relative(d, parse, *subject)) {
      const std::size_t antecedent = untimed_antecedent(d, parse, phrase_head_before_which(d, parse, *subject, *noun));
      return aged_subject(d, parse, antecedent).value_or(antecedent);
    }
    // ("which was played": a relative pronoun whose noun is not found stands for no one the
    // title can name)
    if (relative_word(d, *subject)) return std::nullopt;
    if (const auto merged = merged_clause_subject(d, parse, i, *subject)) return merged;
    if (const auto opener = noun_before_apposition(d, parse, i, *subject)) return opener;
    if (const auto aged = aged_subject(d, parse, *subject)) return aged;
    if (const auto aside = aside_before_verb(d, parse, i, *subject))
      if (const auto left = left_subject(d, parse, *aside)) return left;
    if (nominal(d, parse, *subject)) return subject;
    if (const auto left = left_subject(d, parse, i)) return left;
    return subject;
  }
  if (const auto taken = subject_taken_for_adverbial(d, parse, i)) return taken;
  // "Russia's decision to invade", "the plan to close the plant": a noun of an act or a thought
  // says what the infinitive is, not who does it; its owner does, or whoever makes or announces it
  if (const auto noun = content_completed(d, parse, i)) {
    if (const auto owner = parse.child(*noun, "nmod:poss")) return owner;
    const auto verb = parse.head(*noun);
    if (verb && depth < 2 && parse.relation_is(*noun, "obj") && takes_on_content(d, *verb)) return parse_subject(d, parse, *verb, depth + 1);
    return std::nullopt;
  }
  if (const auto reported = reported_clause_going_on(d, parse, i); reported && depth < 2)
    if (const auto subject = parse_subject(d, parse, *reported, depth + 1)) return subject;
  // "and almost half of them are deployed", "until a new government is formed": a conjoined or
  // adverbial clause with its own auxiliary has its own subject; so has one the parser set beside
  // the clause before ("found the engineer, Paul Brandt, had been told" as parataxis).
  if ((parse.relation_is(i, "conj") || parse.relation_is(i, "advcl") || parse.relation_is(i, "parataxis")) &&
      (parse.child(i, "aux") || parse.child(i, "cop")))
    if (const auto left = left_subject(d, parse, i)) return left;
  if (const auto verb = giving_time_until(d, parse, i)) {
    const auto given = d.tokens.tokens[*verb].lemma == "have" ? std::nullopt : recipient(d, parse, *verb, i);
    if (given) return given;
    if (const auto granted = parse.child(*verb, "nsubj:pass")) return granted;
    return depth < 2 ? parse_subject(d, parse, *verb, depth + 1) : std::nullopt;
  }
  // "expect fares to rise", "asked the council to vote": an infinitive complement after its
  // verb's object has that object for its subject; so has an infinitive the parser hung on
  // that object, unless the object is itself an event ("announced plans to expand").
  if (const auto head = parse.head(i)) {
    // An event noun can be the object too after a verb like "expect" ("expect the deal to close"),
    // but not after "announce" ("announced plans to expand": the plans do not expand).
    const bool control = object_control_verb(d, *head);
    // ("beat Lindqvist to win the title": an infinitive with "to" after the object of another
    // verb is the subject's purpose, whatever the parser called it; "saw prices fall" is the
    // object's)
    if (const auto called_for = for_controller(d, parse, i)) return called_for;
    const auto to = parse.child(i, "mark");
    const bool purpose = to && lower_at(d, *to) == "to" && !control;
    if ((parse.relation_is(i, "xcomp") && !purpose) || object_control_adverbial(d, parse, i, *head)) {
      for (const char* rel : {"obj", "iobj"})
        if (const auto object = parse.child(*head, rel); object && *object < i && (control || d.event_at[*object] < 0) &&
                                                         nominal(d, parse, *object) && !holder_noun(d, *object))
          return object;
      // ("the mayor was acquitted of taking bribes": the passive's subject is the one judged)
      if (const auto judged = parse.child(*head, "nsubj:pass"); judged && judged_or_kept_gerund(d, parse, i, *head))
        return judged;
    }
    // ("We saw the mountain glowing red": a participle right after the object of a verb of
    // perceiving is what the object did, wherever the parser hung it)
    if (const auto seen = perceived_object(d, parse, i, *head)) return seen;
    // ("accused the mayor of taking bribes" with "taking" hung on "mayor": that object does it)
    if (const auto verb = parse.head(*head); verb && parse.relation_is(i, "acl") && parse.relation_is(*head, "obj") &&
                                             judged_or_kept_gerund(d, parse, i, *verb))
      return head;
    // "the last spacecraft to land on the moon": so has one hung on any noun that is no event
    const bool infinitive_of_noun = infinitive_on_noun(d, parse, i);
    // "expect growth to slow" with "to slow" hung on "growth": the object of a verb like
    // "expect" does what the infinitive says, even when it is an event
    if (const auto verb = parse.head(*head);
        infinitive_of_noun && verb && parse.relation_is(*head, "obj") && object_control_verb(d, *verb))
      return head;
    // ("the strongest earthquake to hit Taiwan", "the first strike to close the port": an event
    // ranked among its kind does what the infinitive right after it says, wherever the parser
    // hung the infinitive)
    if (const auto ranked = ranked_noun_before_to(d, i)) return subject_said_to_be(d, parse, *ranked);
    // ("Ruiz stuns top seed to win first title": an infinitive the parser hung on the object of
    // a verb that does not make its object the doer is the subject's purpose or result, as above)
    if (const auto verb = parse.head(*head); infinitive_of_noun && verb && depth < 2 && parse.relation_is(*head, "obj") &&
                                             !object_control_verb(d, *verb) && !holder_noun(d, *head))
      return parse_subject(d, parse, *verb, depth + 1);
    if (infinitive_of_noun && d.event_at[*head] < 0) {
      if (!holder_noun(d, *head)) return subject_said_to_be(d, parse, *head);
      // "give Americans the right to see": the one given the right; "have 18 months to comply":
      // the one who has them
      const auto verb = parse.head(*head);
      if (const auto given = verb ? recipient(d, parse, *verb, *head) : std::nullopt) return given;
      if (verb && depth < 2) return parse_subject(d, parse, *verb, depth + 1);
    }
  }
  if (const auto main = opening_participle_clause(d, parse, i))
    if (const auto subject = parse.child(*main, "nsubj"); subject && nominal(d, parse, *subject)) return subject;
  const bool controlled = controlled_adverbial(d, parse, i);
  if (const auto before = controlled && depth < 2 ? verb_before_comma(d, parse, i) : std::nullopt)
    return parse_subject(d, parse, *before, depth + 1);
  const bool shares_subject = parse.relation_is(i, "xcomp") || parse.relation_is(i, "conj") || controlled;
  // ("plan to return", "are going to see": a verb that is no event still has the subject its
  // infinitive shares)
  const auto verb_with_infinitive = [&](std::size_t head) {
    return parse.relation_is(i, "xcomp") && d.tokens.tokens[head].upos == "VERB" && d.tokens.tokens[head].xpos != "VBN" &&
           d.tokens.tokens[i].xpos == "VB";
  };
  if (depth < 2 && shares_subject)
    if (const auto earlier = infinitive_conjunct_of(parse, d, i)) return parse_subject(d, parse, *earlier, depth + 1);
  // ("because shipping had not yet begun" parsed with "begun" a complement of "had": the
  // auxiliary of a perfect read as the verb has the participle's subject)
  const auto perfect_read_as_verb = [&](std::size_t head) {
    return parse.relation_is(i, "xcomp") && d.tokens.tokens[head].lemma == "have" && d.tokens.tokens[i].xpos == "VBN" &&
           !parse.child(head, "obj");
  };
  if (depth < 2 && shares_subject)
    if (const auto head = parse.head(i); head && (d.event_at[*head] >= 0 || controlled || parse.relation_is(i, "conj") ||
                                                  d.tokens.tokens[*head].upos == "ADJ" ||  // "are unable to pay"
                                                  verb_with_infinitive(*head) || perfect_read_as_verb(*head))) {
      const auto shared = parse_subject(d, parse, *head, depth + 1);
      return shared && controlled && speaking_event(d, parse, i, *shared) ? std::nullopt : shared;
    }
  if (!shares_subject && finite_form(d.tokens.tokens[i]) && (parse.relation_is(i, "ccomp") || !parse.head(i)))
    return left_subject(d, parse, i, true);
  // "Born in Leeds in 1936, Hale moved to ...": the parser hung the clause on the participle
  // and the name on the place; the name right before the verb is its subject
  if (!shares_subject && finite_form(d.tokens.tokens[i]) && parse.relation_is(i, "parataxis") && i > parse.begin() &&
      d.mention_at[i - 1] >= 0 && d.tokens.tokens[i - 1].upos == "PROPN")
    return i - 1;
  return std::nullopt;
}

std::optional<std::size_t> owned_gerund(const Doc& d, const ParseView& parse, std::size_t verb) {
  if (d.tokens.tokens[verb].xpos != "VBG") return std::nullopt;
  const auto owner = parse.child(verb, "nmod:poss");
  if (!owner || *owner > verb) return std::nullopt;
  for (std::size_t k = *owner + 1; k < verb; ++k)
    if (parse.head(k) != verb && parse.head(k) != *owner) return std::nullopt;
  return owner;
}

}  // namespace chronograph::core::titles
