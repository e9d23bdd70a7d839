#include "core/events/event_titles.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "core/events/apposed_names.h"
#include "core/events/called_off.h"
#include "core/events/misread_clauses.h"
#include "core/events/parse_view.h"
#include "core/events/quote_speakers.h"
#include "core/events/reported_clause.h"
#include "core/events/stranded_passive.h"
#include "core/events/title_actors.h"
#include "core/events/title_complements.h"
#include "core/events/title_noun_phrases.h"
#include "core/events/title_parsed_subjects.h"
#include "core/events/title_predicates.h"
#include "core/events/title_subjects.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"
#include "core/text/modal_verbs.h"

namespace chronograph::core {

namespace {

using titles::add_actor;
using titles::append;
using titles::Apposed;
using titles::apposed_name;
using titles::clause_break;
using titles::common_subject;
using titles::complement_tokens;
using titles::complement_words;
using titles::cut_complement;
using titles::describes_a_thing;
using titles::display_name;
using titles::Doc;
using titles::earlier_modifiers;
using titles::End;
using titles::finite_form;
using titles::fit;
using titles::gerund_after_noun;
using titles::gerund_subject_of;
using titles::hyphenated_word_end;
using titles::infinitive_conjunct_of;
using titles::is_person;
using titles::is_pronoun;
using titles::joined;
using titles::kMaxTitleWords;
using titles::last_plural_subject;
using titles::last_token_of;
using titles::lower_at;
using titles::maker_of_model;
using titles::modifies_a_thing;
using titles::named_subject;
using titles::names_home_of_one;
using titles::no_one_subject;
using titles::nominal;
using titles::noun_core;
using titles::noun_title_words;
using titles::owned_gerund;
using titles::parse_actors;
using titles::parse_subject;
using titles::participle_modifier;
using titles::passive_phrase;
using titles::person_before;
using titles::plural_word;
using titles::possessor;
using titles::predicate_adjective;
using titles::quote_speaker;
using titles::reads_would;
using titles::relative_pronoun;
using titles::relative_word;
using titles::render_words;
using titles::sentence_of;
using titles::serves_owner;
using titles::speaks_for_owner;
using titles::Subject;
using titles::subject_mentions;
using titles::third_singular;
using titles::Title;
using titles::token_word;
using titles::verb_phrase;
using titles::verb_subject;
using titles::window_actors;
using titles::Word;
using titles::Words;
using titles::words_of;
using titles::workplace_of;

// ---------------------------------------------------------------------------------------------
// Titles

// What the title rules share beyond Doc: each event's title so far and its subject's names.
struct Titles {
  std::vector<Title> of;
  std::vector<std::vector<std::size_t>> subjects;
};

// "Willem-Alexander [...] to meet him", "testified against him": "him" or "her" as the object
// or in a prepositional phrase of the verb is the last other person named before it, so the
// title says who ("Willem-Alexander meets Rutte"); a quote's "me" is who says it.
void name_object_pronoun(const Doc& d, const ParseView& parse, const EventMention& e, const std::vector<std::size_t>& subject,
                         Words& words) {
  std::optional<std::size_t> object;
  for (const auto c : parse.children(e.token)) {
    const std::string lower = lower_at(d, c);
    if ((lower == "him" || lower == "her" || lower == "me") &&
        (parse.relation_is(c, "obj") || parse.relation_is(c, "obl") || parse.relation_is(c, "iobj"))) {
      object = c;
      break;
    }
  }
  if (!object) return;
  const std::string w = lower_at(d, *object);
  const auto word = std::find_if(words.begin(), words.end(), [&](const Word& x) { return to_lower(x.text) == w; });
  if (word == words.end()) return;
  const int subject_entity = subject.empty() ? -1 : d.found.entity_mentions[subject.front()].entity;
  int entity = -1;
  if (w == "me") {  // the one who says the quote ('"She phones me," said her mother')
    entity = quote_speaker(d, *object, e.sentence);
    if (entity == subject_entity) entity = -1;
  } else if (const auto person = person_before(d, *object, e.sentence, subject_entity)) {
    entity = d.found.entity_mentions[*person].entity;
  }
  if (entity < 0) return;
  word->text = display_name(d, d.found.entities[static_cast<std::size_t>(entity)]);
  word->proper = true;
}

// "The canal reopened on Friday after a grounded ship blocked it": "it" as the object of a verb
// in a clause that hangs on the main verb is the main clause's subject, when that is a thing (a
// common noun in the singular, no person); without it the title reads the other way round
// ("Ship blocked"). When the main verb's object does what its infinitive says ("ordered the
// pier to remain shut until a surveyor approves it"), that object is what stays so: the "it".
std::optional<std::size_t> thing_meant_by_it(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto object = parse.child(verb, "obj");
  const auto main = parse.head(verb);
  if (!object || lower_at(d, *object) != "it" || !main || !parse.relation_is(verb, "advcl")) return std::nullopt;
  const auto controlled = parse.child(*main, "xcomp") ? parse.child(*main, "obj") : std::nullopt;
  const auto subject = controlled ? controlled : parse.child(*main, "nsubj");
  if (!subject || *subject > verb) return std::nullopt;
  const Token& noun = d.tokens.tokens[*subject];
  if (noun.upos != "NOUN" || noun.xpos != "NN" || is_person(d, *subject)) return std::nullopt;
  return subject;
}

// Words that open an adverbial clause a bare verb can lean on ("It comes as Russia ...").
bool subordinator(std::string_view w) {
  return w == "as" || w == "after" || w == "before" || w == "while" || w == "when" || w == "since" ||
         w == "until" || w == "because" || w == "although" || w == "though";
}

// Whether a subordinator opens the noun phrase of `noun`, or of the noun its "of" phrase hangs on.
bool opens_subordinate_clause(const Doc& d, const ParseView& parse, std::size_t noun) {
  while (parse.relation_is(noun, "nmod") && parse.head(noun) && *parse.head(noun) < noun) noun = *parse.head(noun);
  std::size_t start = noun;
  while (start > parse.begin() && parse.head(start - 1) == noun) --start;
  return subordinator(lower_at(d, start)) || (start > parse.begin() && subordinator(lower_at(d, start - 1)));
}

// The modality a verb's title is written in: a condition reads as a plain statement unless
// it says "would", and a negated one keeps its "not" ("if rates do not recover": "Rates do
// not recover", marked hypothetical beside the title). A claim's clause, or one a negated verb
// of perceiving governs, is possible but reads as the claim makes it ("alleged that the mayor
// took bribes": "Mayor takes bribes", marked possible beside the title, not "Mayor may take
// bribes"; "denied reports that the dam had been damaged": "Dam damaged").
std::string title_modality(const Doc& d, const ParseView& parse, const EventMention& e) {
  const bool claim =
      claiming_or_perceiving_governor(d.tokens, parse, e.token) || claim_noun_of_clause(d.tokens, parse, e.token);
  // ("A public meeting is scheduled for Thursday": planned, and reads "Public meeting scheduled")
  if (e.modality == "planned" && d.tokens.tokens[e.token].xpos == "VBN" && d.lexicon.has_category(e.lemma, "schedules"))
    return "actual";
  if (e.modality == "possible" && claim) return e.polarity == "NEG" ? "negated" : "actual";
  const std::string modality = e.modality == "hypothetical" && !reads_would(d, parse, e.token) ? "actual" : e.modality;
  return e.polarity == "NEG" && (modality == "actual" || modality == "hypothetical") ? "negated" : modality;
}

// "a new base, which it hopes to open", "the stadium that the club plans to sell": an infinitive
// with no complement of its own, whose verb's relative clause has its relative word for object,
// acts on the clause's noun; returns that verb, whose noun gapped_object finds. So does a clause
// a verb of saying reports in a relative clause with no relative word ("a decision consumer
// groups said they would challenge").
std::optional<std::size_t> relative_verb_over_infinitive(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto governor = parse.head(verb);
  if (!governor || parse.relation(*governor) != "acl:relcl") return std::nullopt;
  const bool reported = parse.relation_is(verb, "ccomp") && d.lexicon.has_category(d.tokens.tokens[*governor].lemma, "report");
  if (!parse.relation_is(verb, "xcomp") && !reported) return std::nullopt;
  for (const auto c : parse.children(verb)) {
    const bool complement = parse.relation_is(c, "obj") || parse.relation_is(c, "ccomp") || parse.relation_is(c, "xcomp");
    const bool stranded = d.tokens.tokens[c].upos == "ADP" && c > verb && parse.children(c).empty();
    if (complement || stranded) return std::nullopt;
  }
  const auto relative = parse.child(*governor, "obj");
  const Token* t = relative ? &d.tokens.tokens[*relative] : nullptr;
  const bool relative_object = t && *relative < *governor && (t->xpos == "WDT" || t->xpos == "WP" || relative_pronoun(lower_at(d, *relative)));
  const bool zero_relative = reported && !relative && !parse.child(verb, "mark");
  return relative_object || zero_relative ? governor : std::nullopt;
}

// "fears that the harbour wall would collapse": after a noun of mind whose verb takes a "that"
// clause ("fear", "belief"), "that" and a clause with a modal tell what is feared or thought, not a
// relative clause about the noun, whatever the parser made of it ("the belief that the firm held"
// is one).
bool content_of_mind_noun(const Doc& d, const ParseView& parse, std::size_t noun, std::size_t verb) {
  if (noun + 1 >= d.tokens.tokens.size() || lower_at(d, noun + 1) != "that") return false;
  const auto aux = parse.child(verb, "aux");
  if (!aux || d.tokens.tokens[*aux].xpos != "MD") return false;
  const auto& classes = d.lexicon.wordnet_classes(to_lower(d.tokens.tokens[noun].lemma));
  const auto has = [&](std::string_view c) { return std::find(classes.begin(), classes.end(), c) != classes.end(); };
  return (has("n.from-emotion") || has("n.from-cognition")) && has("v.takes-that");
}

// "a post she held", "the border villages they captured", "funds that Brussels suspended": a
// relative clause with no object but its relative word, no other relative word and no stranded
// preposition is about its noun, which is the verb's object. Not a noun of time, place or manner
// ("the day she arrived", "the way he spoke").
std::optional<std::size_t> gapped_object(const Doc& d, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string> kAdverbialNouns = {"way",  "reason", "place", "time",  "day",  "week", "month",
                                                        "year", "moment", "night", "morning", "extent", "manner"};
  const std::size_t infinitive = verb;
  if (const auto governor = relative_verb_over_infinitive(d, parse, verb)) verb = *governor;
  const auto noun = parse.head(verb);
  if (!noun || parse.relation(verb) != "acl:relcl" || *noun > verb) return std::nullopt;
  if (d.tokens.tokens[*noun].upos != "NOUN" || d.in_timex[*noun] || kAdverbialNouns.count(lower_at(d, *noun))) return std::nullopt;
  if (content_of_mind_noun(d, parse, *noun, verb)) return std::nullopt;
  if (parse.child(verb, "aux:pass") || parse.child(verb, "nsubj:pass")) return std::nullopt;
  for (const auto c : parse.children(verb)) {
    const Token& t = d.tokens.tokens[c];
    if (c == infinitive) continue;
    const bool relative_word = t.xpos == "WDT" || t.xpos == "WP" || t.xpos == "WRB" || relative_pronoun(lower_at(d, c));
    if (relative_word && t.xpos != "WRB" && parse.relation_is(c, "obj")) continue;  // "that" as the object
    const bool complement = parse.relation_is(c, "obj") || parse.relation_is(c, "ccomp") || parse.relation_is(c, "xcomp");
    const bool stranded = t.upos == "ADP" && c > verb && parse.children(c).empty();
    if (relative_word || complement || stranded || parse.relation_is(c, "mark")) return std::nullopt;
  }
  return noun;
}

// "was suspended in May and [dismissed] later": a regular verb's past and participle are one
// word, which the tagger may read as a past; conjoined to a passive, with no object, it is the
// participle the first conjunct's auxiliary serves ("fell" or "took" are pasts whatever follows).
bool participle_in_form(const Doc& d, const ParseView& parse, std::size_t verb) {
  const Token& t = d.tokens.tokens[verb];
  if (t.xpos == "VBN") return true;
  return t.xpos == "VBD" && lower_at(d, verb).ends_with("ed") && parse.relation_is(verb, "conj") && !parse.child(verb, "obj");
}

// "had no rain", "suffered no losses": a light verb's noun that "no" negates keeps its "no", and
// the title then says no "not" ("Region has no rain"), as one whose subject names no one does.
bool negated_by_no(const Doc& d, const ParseView& parse, std::size_t noun) {
  const auto det = parse.child(noun, "det");
  return det && lower_at(d, *det) == "no";
}

// "The companies last tried to combine in 2011": a participle that is a body sentence's main
// verb, with no auxiliary and no agent, is its past tense, though the parser took its subject
// for a passive's (a headline's "Mayor forced to resign" is a passive).
bool past_read_as_participle(const Doc& d, const ParseView& parse, std::size_t verb) {
  if (!parse.relation_is(verb, "root") || d.tokens.tokens[verb].xpos != "VBN") return false;
  for (const char* relation : {"aux", "aux:pass", "cop", "obl:agent"})
    if (parse.child(verb, relation)) return false;
  // (a subject after it is no past's: "Unless doctors are better protected, fewer doctors will")
  const auto subject = parse.child(verb, "nsubj");
  if (!subject || *subject > verb) return false;
  return d.tokens.tokens[parse.end() - 1].text == ".";
}

// Whether the verb with no subject of its own is a passive: it has a passive auxiliary, or it
// is a bare participle with an agent ("signed by the governor") or conjoined to a passive
// ("was drafted by the ministry and [approved] by the cabinet").
bool passive_voice(const Doc& d, const ParseView& parse, std::size_t verb, int depth = 0) {
  if (parse.child(verb, "aux:pass")) return true;
  if (!participle_in_form(d, parse, verb) || parse.child(verb, "aux")) return false;
  if (parse.child(verb, "obl:agent")) return true;
  const auto first = parse.head(verb);
  // "she felt vindicated", "they seemed relieved": a participle a linking verb predicates of its
  // subject says what was done to it
  if (first && parse.relation_is(verb, "xcomp") && d.tokens.tokens[verb].xpos == "VBN" &&
      d.lexicon.is_linking_verb(d.tokens.tokens[*first].lemma))
    return true;
  if (!first || !parse.relation_is(verb, "conj") || depth > 2) return false;
  if (const auto subject = parse.child(*first, "nsubj")) return parse.relation(*subject) == "nsubj:pass";
  return passive_voice(d, parse, *first, depth + 1);
}

// "Tom Crowe resigned in May and joined a rival firm", parsed with the name no subject: the
// names the title of the verb that `e` is conjoined to found for its subject, which `e` shares
// when it has no subject of its own. Empty for a verb with one, or with no such conjunct.
std::vector<std::size_t> conjunct_subject(const Doc& d, const ParseView& parse, const EventMention& e, const Titles& titles) {
  auto first = infinitive_conjunct_of(parse, d, e.token);
  if (!first) first = parse.head(e.token);
  if (!first || !parse.relation_is(e.token, "conj") || parse.child(e.token, "nsubj") || d.event_at[*first] < 0) return {};
  return titles.subjects[static_cast<std::size_t>(d.event_at[*first])];
}

// "We should have acted sooner", "could have been prevented": a modal with a perfect says what
// ought to or might have happened; "would act" or "acts" would tell another story. The modal,
// "have", "not" and "been" as the text has them, and the participle.
std::optional<std::string> modal_perfect(const Doc& d, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string, std::less<>> kModals = {"should", "could", "might", "must", "would", "may", "ought"};
  if (d.tokens.tokens[verb].xpos != "VBN") return std::nullopt;
  std::optional<std::size_t> modal;
  bool have = false;
  for (const auto c : parse.children(verb)) {
    if (c > verb || !parse.relation_is(c, "aux")) continue;
    if (kModals.contains(lower_at(d, c)) && !modal) modal = c;
    have = have || lower_at(d, c) == "have" || lower_at(d, c) == "'ve";
  }
  if (!modal || !have) return std::nullopt;
  std::string out;
  for (std::size_t k = *modal; k <= verb; ++k) {
    const std::string w = lower_at(d, k);
    const bool verb_group = k == verb || (parse.head(k) == verb && (parse.relation_is(k, "aux") || w == "not" || w == "n't"));
    if (!verb_group) continue;
    if (!out.empty()) out += ' ';
    out += w == "n't" ? "not" : w == "'ve" ? "have" : w;
  }
  return out;
}

// "to decide which museum should acquire the objects": "should" says what ought to be, which
// "would acquire" turns into a condition.
bool says_should(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto aux = parse.child(verb, "aux");
  return aux && lower_at(d, *aux) == "should";
}

// "before we know what happened": a clause that asks what happened keeps its past, which is
// what it asks about ("What happened", not "What happens").
bool asks_what_happened(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto subject = parse.child(verb, "nsubj");
  return subject && lower_at(d, *subject) == "what" && d.tokens.tokens[verb].xpos == "VBD";
}

// "Up to 15 inches of rain could fall": a possibility the text says with "could" or "might"
// keeps that word ("Rain could fall"), where "may" would say another thing; the predicate as
// verb_phrase or passive_phrase wrote it, with its "may" replaced.
std::string in_own_modal(const Doc& d, const ParseView& parse, std::size_t verb, const std::string& predicate) {
  if (!predicate.starts_with("may ")) return predicate;
  for (const auto c : parse.children(verb)) {
    const std::string w = lower_at(d, c);
    if (c < verb && parse.relation_is(c, "aux") && (w == "could" || w == "might")) return w + predicate.substr(3);
  }
  return predicate;
}

// "found that they could not open the files": a negated "can" or "could" says the subject was
// unable ("cannot open"), where "do not open" would say it chose not to; the predicate as
// verb_phrase wrote it, with its "does not" or "do not" replaced.
std::string in_own_inability(const Doc& d, const ParseView& parse, std::size_t verb, const std::string& predicate) {
  const std::size_t not_at = predicate.find("not ");
  if (!predicate.starts_with("do") || not_at == std::string::npos) return predicate;
  for (const auto c : parse.children(verb)) {
    const std::string w = lower_at(d, c);
    if (c < verb && parse.relation_is(c, "aux") && (w == "can" || w == "could" || w == "ca")) return "cannot " + predicate.substr(not_at + 4);
  }
  return predicate;
}

// "The court had been due to rule by March, but ...", "had been scheduled to lift off ... The
// countdown was halted": a plan told in the past perfect that did not go ahead is negated with
// no word of denial in the text; its title keeps the words that planned it ("Court was due to
// rule"), where "Court does not rule" would deny what no one denied.
std::optional<std::string> overtaken_plan_phrase(const Doc& d, const ParseView& parse, const EventMention& e, bool plural) {
  if (e.modality != "negated") return std::nullopt;
  const auto to = parse.child(e.token, "mark");
  const auto head = parse.head(e.token);
  if (!to || lower_at(d, *to) != "to" || !head) return std::nullopt;
  const auto aux = parse.child(*head, "aux");
  if (!aux || (lower_at(d, *aux) != "had" && lower_at(d, *aux) != "'d")) return std::nullopt;
  for (const std::size_t verb : {e.token, *head})
    for (const auto c : parse.children(verb))
      if (const std::string w = lower_at(d, c); w == "not" || w == "n't" || w == "never") return std::nullopt;
  return std::string(plural ? "were " : "was ") + lower_at(d, *head) + " to " + e.lemma;
}

// The word of mention `m` that the parse hangs outside the mention (its name's head); none for
// a mention outside the sentence `parse` covers (a pronoun's name in another sentence).
std::optional<std::size_t> mention_head(const Doc& d, const ParseView& parse, std::size_t m) {
  std::size_t name = last_token_of(d, d.found.entity_mentions[m]);
  if (name < parse.begin() || name >= parse.end()) return std::nullopt;
  while (parse.head(name) && d.mention_at[*parse.head(name)] == static_cast<int>(m)) name = *parse.head(name);
  return name;
}

// "Prosecutors in Porto said", "the helicopter from Inverness lifted": a place in a phrase of the
// common noun of people or a craft that is a subject says where they come from; the noun acts,
// not the place. Not an event's noun ("flooding in Pakistan killed": its place is its lane), nor
// a country's, nor a place those who speak for it are from ("officials in Dunmere").
bool place_of_acting_noun(const Doc& d, const ParseView& parse, const EventMention& e, std::size_t m) {
  const EntityMention& place = d.found.entity_mentions[m];
  if (place.type != "LOCATION" || place.entity < 0) return false;
  // ("Rescue teams from Peru", "officials in the US": a country's people act for it)
  if (!d.lexicon.countries_of(d.found.entities[static_cast<std::size_t>(place.entity)].name).empty()) return false;
  const auto head = mention_head(d, parse, m);
  if (!head) return false;
  const std::size_t name = *head;
  const auto noun = parse.head(name);
  const auto marker = parse.child(name, "case");
  if (!noun || *noun == e.token || !marker || !parse.relation_is(name, "nmod")) return false;
  const std::string preposition = lower_at(d, *marker);
  if (preposition != "in" && preposition != "from" && preposition != "at") return false;
  const Token& subject = d.tokens.tokens[*noun];
  if (subject.upos != "NOUN" || !parse.relation_is(*noun, "nsubj")) return false;
  // (people, a plural WordNet gives no abstract sense of its own, wordnet_classes.tsv; or a craft,
  // vessel_nouns.txt. Not "home prices in England fell" nor "the curfew in Port Arthur remains",
  // whose place is where they are)
  const std::string lemma = to_lower(subject.lemma);
  if (d.lexicon.is_vessel_noun(lemma)) return true;
  const auto& classes = d.lexicon.wordnet_classes(lemma);
  return subject.xpos == "NNS" && !d.lexicon.is_event_nominal(lemma) && !speaks_for_owner(lemma) &&
         std::none_of(classes.begin(), classes.end(), [](const std::string& c) { return own_noun_sense(c); });
}

// A verb's title: "Subject verb complement".
// "a review, led by a judge, would report": a verb hung on a noun with a "by" phrase naming its
// agent is a passive participle, whatever its tag.
bool modifier_with_agent(const Doc& d, const ParseView& parse, std::size_t verb) {
  const std::string& tag = d.tokens.tokens[verb].xpos;
  if (!parse.relation_is(verb, "acl") || (tag != "VBN" && tag != "VBD")) return false;
  for (const auto c : parse.children(verb)) {
    // (not an amount or a time: "grew by 20,000 acres", "rose by the end of May")
    const bool measure = d.tokens.tokens[c].upos == "NUM" || parse.child(c, "nummod") || d.in_timex[c];
    const auto marker = parse.relation_is(c, "obl") && !measure ? parse.child(c, "case") : std::nullopt;
    if (marker && lower_at(d, *marker) == "by") return true;
  }
  return false;
}

// "according to figures Eurostat released", parsed with "figures" a compound of the name or an
// oblique of the verb, and the name a passive subject: a common noun right before the name, after
// a preposition (its own or one hung on the name), is the noun a relative clause with no relative
// word is about, so the name is the verb's active subject and the noun its object. Returns that noun.
std::optional<std::size_t> subject_of_either_voice(const ParseView& parse, std::size_t verb) {
  const auto own = parse.child(verb, "nsubj");
  return own ? own : parse.child(verb, "nsubj:pass");
}

std::optional<std::size_t> object_read_as_compound(const Doc& d, const ParseView& parse, std::size_t verb) {
  const auto subject = subject_of_either_voice(parse, verb);
  if (!subject || *subject > verb || d.tokens.tokens[*subject].upos != "PROPN" || parse.child(verb, "obj")) return std::nullopt;
  // (the clause hangs on a word before its noun; "In response Britain withdrew" is a main clause)
  const auto governor = parse.head(verb);
  if (!governor || *governor > *subject) return std::nullopt;
  const auto preposition_before = [&](std::size_t noun, std::size_t before) {
    const auto marker = parse.child(noun, "case");
    return marker && *marker < before;
  };
  const auto right_before_name = [&](std::size_t noun) {
    for (std::size_t j = noun + 1; j < *subject; ++j)
      if (parse.head(j) != subject || d.tokens.tokens[j].upos != "PROPN") return false;
    return true;
  };
  for (const auto c : parse.children(*subject))
    if (*governor < c && c < *subject && parse.relation_is(c, "compound") && d.tokens.tokens[c].upos == "NOUN" && right_before_name(c) &&
        (preposition_before(c, c) || preposition_before(*subject, c)))
      return c;
  for (const auto c : parse.children(verb))
    if (*governor < c && c < *subject && parse.relation_is(c, "obl") && d.tokens.tokens[c].upos == "NOUN" && right_before_name(c) &&
        preposition_before(c, c))
      return c;
  return std::nullopt;
}

// The subject a name alone gives, with its entity mention when it is one.
Subject name_alone(const Doc& d, const ParseView& parse, std::size_t name) {
  Subject out;
  out.words.push_back(token_word(d, parse, name));
  if (d.mention_at[name] >= 0) out.mentions.push_back(static_cast<std::size_t>(d.mention_at[name]));
  return out;
}

Title verb_title(const Doc& d, const Sentence& s, EventMention& e, bool parsed, Titles& titles, std::size_t index) {
  const ParseView parse(d.tokens, s);
  Title t;
  Words complement = complement_words(d, s, e.token, false);
  // ("a session that had been scheduled for Saturday": a relative clause schedules its noun too)
  const auto scheduled = parsed ? scheduled_noun(d.tokens, parse, e.token, d.lexicon) : std::nullopt;
  if (const auto modified = scheduled ? scheduled : parsed ? participle_modifier(d, parse, e.token) : std::nullopt) {
    const std::size_t noun = *modified;
    if (noun > e.token) complement.clear();  // ("collapsed buildings": the noun after it is the title's subject)
    std::erase_if(e.actor_mentions, [&](std::size_t m) { return d.found.entity_mentions[m].span.end <= d.tokens.tokens[noun].span.end; });
    t.words = noun_core(d, s, noun, nullptr);
    // "as the number of applications rose": a finite verb the parser hung on a noun as a
    // modifier in a clause that "as", "when", ... opens still says what the noun did, in the
    // present as every title does ("agreements reached in Geneva" stays a participle).
    // So does one hung on a conjunct noun ("..., and two patients in the treatment group died").
    if (finite_form(d.tokens.tokens[e.token]) && (opens_subordinate_clause(d, parse, noun) || parse.relation_is(noun, "conj")))
      append(t.words, words_of(verb_phrase(e.lemma, title_modality(d, parse, e), true,
                                           plural_word(d.tokens.tokens[noun], lower_at(d, noun)), false),
                               false));
    else if (scheduled)  // "Scheduled vote": the thing scheduled
      t.words.insert(t.words.begin(), Word{e.lemma == "plan" ? "planned" : "scheduled"});  // (not "Set launch")
    else
      t.words.push_back(token_word(d, parse, e.token));
  } else if (const auto owner = parsed ? owned_gerund(d, parse, e.token) : std::nullopt) {
    std::vector<std::size_t> picked;
    for (std::size_t j = *owner; j <= e.token; ++j) picked.push_back(j);
    t.words = render_words(d, parse, picked);
  } else {
    const auto shared = parsed ? conjunct_subject(d, parse, e, titles) : std::vector<std::size_t>{};
    const auto misread_object = parsed ? object_read_as_compound(d, parse, e.token) : std::nullopt;
    Subject subject = misread_object ? name_alone(d, parse, *subject_of_either_voice(parse, e.token)) : verb_subject(d, parse, e, parsed, shared);
    // (title_and_actors dropped the actors that do not act before this adds the subject's)
    for (const auto m : subject.mentions)
      if (!place_of_acting_noun(d, parse, e, m)) add_actor(e, m);
    titles.subjects[index] = subject.mentions;
    const auto passive_subject = parse.child(e.token, "nsubj");
    // "Born in Leeds in 1933, Ellison ...": a participle opening the sentence is passive too
    const bool bare_participle = e.token == parse.begin() && d.tokens.tokens[e.token].xpos == "VBN" && !passive_subject &&
                                 !parse.child(e.token, "aux");
    const bool read_passive = passive_subject ? parse.relation(*passive_subject) == "nsubj:pass" &&
                                                    !past_read_as_participle(d, parse, e.token)
                                              : passive_voice(d, parse, e.token) || bare_participle;
    // ("the committee led by Ruth Adler said": a participle whose agent the parser made a subject)
    const bool passive = !misread_object && (read_passive || (parsed && (agent_read_as_subject(d, parse, e.token) || modifier_with_agent(d, parse, e.token))));
    const bool has_subject = !subject.words.empty();
    const std::string said = title_modality(d, parse, e);
    // ("The timing played no part": its object's "no" says it, as a subject's "No one" does)
    const auto object = parse.child(e.token, "obj");
    const bool no_object = parsed && object && negated_by_no(d, parse, *object);
    const std::string modality = (subject.no_one || no_object) && said == "negated" ? "actual" : said;
    t.words = subject.words;
    std::string predicate;
    if (const auto perfect = parsed ? modal_perfect(d, parse, e.token) : std::nullopt) predicate = *perfect;
    else if (parsed && asks_what_happened(d, parse, e.token)) predicate = to_lower(d.tokens.tokens[e.token].text);
    else if (passive) predicate = passive_phrase(to_lower(d.tokens.tokens[e.token].text), modality);
    else if (parsed && (gerund_after_noun(d, parse, e.token) || gerund_subject_of(d, parse, e.token)))
      predicate = to_lower(d.tokens.tokens[e.token].text);  // "fighting", "Rebuilding of pier"
    else if (parsed && modality == "hypothetical" && says_should(d, parse, e.token)) predicate = "should " + e.lemma;
    else if (const auto plan = parsed ? overtaken_plan_phrase(d, parse, e, subject.plural) : std::nullopt) predicate = *plan;
    else predicate = verb_phrase(e.lemma, modality, has_subject, subject.plural, third_singular(d, parse, e.token));
    if (const auto preposition = parsed && passive ? stranded_preposition(d, parse, e.token) : std::nullopt) {
      if (passive_subject_is_we(d, parse, e.token)) subject.words.clear();
      predicate = stranded_passive(d, parse, e.token, *preposition, predicate, !subject.words.empty(), subject.plural);
      t.words = subject.words;
      complement = complement_words(d, s, *preposition, false);
    }
    if (parsed && modality == "possible") predicate = in_own_modal(d, parse, e.token, predicate);
    if (parsed && modality == "negated" && !passive) predicate = in_own_inability(d, parse, e.token, predicate);
    append(t.words, words_of(predicate, false));
    if (const auto adjective = parsed && !passive ? predicate_adjective(d, parse, e.token) : std::nullopt) {
      t.words.push_back(token_word(d, parse, *adjective));
      complement = complement_words(d, s, *adjective, false);
    }
    if (parsed)
      if (const auto object = misread_object ? misread_object : gapped_object(d, parse, e.token)) append(t.words, noun_core(d, s, *object, nullptr));
    if (parsed && complement.empty())
      if (const auto thing = thing_meant_by_it(d, parse, e.token)) append(t.words, noun_core(d, s, *thing, nullptr));
  }
  t.core = t.words.size();
  append(t.words, complement);
  if (parsed) name_object_pronoun(d, parse, e, titles.subjects[index], t.words);
  return t;
}

// "Biden and Putin will hold a video call": the light verb's subject holds the call.
std::optional<Title> light_verb_title(const Doc& d, const Sentence& s, EventMention& e, const Title& np, std::size_t start, bool parsed) {
  for (std::size_t j = start; j > s.first_token && start - j < 4;) {
    --j;
    const std::string w = lower_at(d, j);
    if (is_punctuation(w) || clause_break(w)) break;
    const std::string lemma = guess_lemma(d.tokens.tokens[j], d.lexicon);
    if (!d.lexicon.has_category(lemma, "title-verb")) continue;
    // "have found Russian planning": an auxiliary is no light verb; with a parse the noun must be its object.
    if (parsed && !(d.tokens.tokens[e.token].deprel == "obj" && ParseView(d.tokens, s).head(e.token) == j)) continue;
    std::vector<std::size_t> subject = window_actors(d, s, j, false);
    if (subject.empty() && parsed) subject = parse_actors(d, s, j);
    std::erase_if(subject, [&](std::size_t m) { return d.found.entity_mentions[m].span.begin >= d.tokens.tokens[j].span.begin; });
    // "the ruling party suffered a heavy defeat", "the storm had a devastating effect": a
    // subject that is no name speaks with its noun, for every light verb
    const ParseView parse(d.tokens, s);
    const auto noun_subject = parsed ? parse.child(j, "nsubj") : std::nullopt;
    const bool common = subject.empty() && noun_subject && d.tokens.tokens[*noun_subject].upos == "NOUN";
    if (subject.empty() && !common) return std::nullopt;
    for (auto m : subject) add_actor(e, m);
    const Subject named = common ? common_subject(d, parse, *noun_subject) : named_subject(d, subject);
    const bool no = parsed && negated_by_no(d, parse, e.token);
    Title t;
    t.words = named.words;
    const std::string modality = no && e.modality == "negated" ? "actual" : e.modality;
    append(t.words, words_of(verb_phrase(lemma, modality, true, named.plural, false), false));
    if (no) t.words.push_back(Word{"no"});
    t.core = t.words.size() + np.core;
    append(t.words, np.words);
    return t;
  }
  return std::nullopt;
}

// "their Geneva summit": the people "their" most likely means are the noun's actors.
void add_their_people(const Doc& d, EventMention& e, std::size_t phrase_start, const Titles& titles) {
  const Sentence& s = *sentence_of(d.tokens, e);
  if (phrase_start <= s.first_token || lower_at(d, phrase_start - 1) != "their") return;
  for (const auto m : last_plural_subject(d, e, titles.subjects)) add_actor(e, m);
}

// "expected to resume deliveries": a lone noun a verb of phase takes for its object reads with
// that verb ("Deliveries resume"), which says what happens to it.
void add_phase_verb(const Doc& d, const Sentence& s, const EventMention& e, Title& np) {
  const ParseView parse(d.tokens, s);
  const auto verb = parse.head(e.token);
  if (!verb || !parse.relation_is(e.token, "obj") || !d.lexicon.has_category(d.tokens.tokens[*verb].lemma, "aspectual")) return;
  const bool plural = plural_word(d.tokens.tokens[e.token], lower_at(d, e.token));
  const Words phase = words_of(verb_phrase(d.tokens.tokens[*verb].lemma, title_modality(d, parse, e), true, plural, false), false);
  // (the noun's own phrase comes first, ended at a whole constituent: "Deliveries of milk resume")
  cut_complement(np, kMaxTitleWords - phase.size());
  append(np.words, phase);
  np.core = np.words.size();
}

Title noun_title(const Doc& d, const Sentence& s, EventMention& e, bool parsed, const Titles& titles) {
  std::size_t start = e.token;
  Title np = noun_title_words(d, s, e.token, &start);
  if (auto held = light_verb_title(d, s, e, np, start, parsed)) return *held;
  add_their_people(d, e, start, titles);
  Words owner = possessor(d, e, start, titles.subjects);
  if (owner.empty() && np.words.size() == 1) owner = earlier_modifiers(d, e.token);
  np.core += owner.size();
  np.words.insert(np.words.begin(), owner.begin(), owner.end());
  if (parsed && np.core == 1) add_phase_verb(d, s, e, np);
  return np;
}

// "the signing of Brazilian striker Lucas Ferreira": a name used as the adjective of a person's
// role (person_roles.txt) other than the event says who that person is, and takes no part in
// the event ("Russian offensive" keeps Russia, whose offensive it is, and "the Russian leader's
// warning" too, for the leader is no role a player has).
bool describes_another_noun(const Doc& d, const EventMention& e, std::size_t m) {
  if (!describes_a_thing(d, m)) return false;
  const std::size_t role = last_token_of(d, d.found.entity_mentions[m]) + 1;
  return role != e.token && d.lexicon.is_person_role(lower_at(d, role));
}

// "returned to Doha", "will travel to Cairo": a verb of motion with no object says where its
// subject goes; "sent weapons to Ukraine" names a recipient, who takes part.
bool goes_there_itself(const Doc& d, const EventMention& e) {
  const auto& classes = d.lexicon.wordnet_classes(e.lemma);
  if (e.pos != "VERB" || std::find(classes.begin(), classes.end(), "v.motion") == classes.end()) return false;
  const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
  return !parse.child(e.token, "obj");
}

// "cancelled all flights to Yogyakarta", "suspended trains to the coast": a place the parse hangs
// on a noun of travel (a noun of a verb of motion, wordnet_classes.tsv), or on the event whose
// object that noun is, is where that journey goes, no one who takes part ("sent weapons to
// Ukraine" keeps the recipient).
bool destination_of_journey(const Doc& d, const EventMention& e, std::size_t m) {
  const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
  std::size_t k = last_token_of(d, d.found.entity_mentions[m]);
  if (k < parse.begin() || k >= parse.end()) return false;
  while (parse.head(k) && d.mention_at[*parse.head(k)] == static_cast<int>(m)) k = *parse.head(k);
  auto noun = parse.head(k);
  if (noun && *noun == e.token && parse.relation_is(k, "obl")) noun = parse.child(e.token, "obj");
  else if (noun && *noun == e.token) return false;
  else if (!parse.relation_is(k, "nmod")) return false;
  if (!noun || d.tokens.tokens[*noun].upos != "NOUN") return false;
  const auto& classes = d.lexicon.wordnet_classes(to_lower(d.tokens.tokens[*noun].lemma));
  return std::find(classes.begin(), classes.end(), "n.from-motion") != classes.end();
}

// "a one-time gene therapy", "a new model": a noun whose first sense is no person's (WordNet
// gives it a class of its own, wordnet_classes.tsv; a person's noun, "teacher", "minister", has
// only the verb it comes from), nor an institution's, a group's or a person's role.
bool names_a_thing(const Doc& d, std::size_t noun) {
  const std::string w = lower_at(d, noun);
  if (d.tokens.tokens[noun].upos != "NOUN" || d.lexicon.institution(w) || d.lexicon.is_group_noun(w) ||
      d.lexicon.is_person_role(w))
    return false;
  const auto& classes = d.lexicon.wordnet_classes(w);
  return std::any_of(classes.begin(), classes.end(), [](const std::string& c) {
    return own_noun_sense(c) && !c.starts_with("n.eventive");
  });
}

// "climate change has made the West warmer", "kept Lisbon calm": the object of a verb with an
// adjective saying what becomes of that object (UD xcomp) is what changes, no one who acts.
bool object_of_small_clause(const Doc& d, const ParseView& parse, const EventMention& e, std::size_t m) {
  const auto children = parse.children(e.token);
  const bool says_what_becomes = std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    return parse.relation_is(c, "xcomp") && d.tokens.tokens[c].upos == "ADJ";
  });
  if (!says_what_becomes) return false;
  for (std::size_t k = parse.begin(); k < parse.end(); ++k)
    if (d.mention_at[k] == static_cast<int>(m) && parse.relation_is(k, "obj") && parse.head(k) == e.token) return true;
  return false;
}

// "voted to hold Bank Rate", "approved Corvira, a one-time gene therapy": a name of no known
// kind (MISC) as the verb's object is what is acted on, no one who takes part, when it is a
// thing's: a name of two or more words (a person's would be typed so, core/events/
// entity_finder.cpp) or one in apposition to a thing's noun ("a therapy"; not "Okafor, a
// former minister").
bool thing_acted_on(const Doc& d, const EventMention& e, std::size_t m) {
  const EntityMention& em = d.found.entity_mentions[m];
  if (e.pos != "VERB") return false;
  const Sentence* s = sentence_of(d.tokens, e);
  if (!s) return false;
  const ParseView parse(d.tokens, *s);
  if (object_of_small_clause(d, parse, e, m)) return true;
  if (em.type != "MISC") return false;
  const std::size_t last = last_token_of(d, em);
  for (std::size_t k = parse.begin(); k < parse.end(); ++k) {
    if (d.mention_at[k] != static_cast<int>(m) || !parse.relation_is(k, "obj") || parse.head(k) != e.token) continue;
    if (em.text.find(' ') != std::string::npos) return true;
    for (const auto c : parse.children(k))
      if (c > last && parse.relation_is(c, "appos") && names_a_thing(d, c)) return true;
  }
  return false;
}

// "would release CCTV images", "studied NASA images": an acronym after the verb that modifies
// the noun of its object says what kind of thing or whose, and does not act (before the verb,
// "Apple shares fell" keeps Apple).
bool acronym_of_object(const Doc& d, const EventMention& e, std::size_t m) {
  const EntityMention& em = d.found.entity_mentions[m];
  if (em.type != "ORGANIZATION" || em.span.begin < e.span.end || !is_all_caps(em.text) || em.text.find(' ') != std::string::npos)
    return false;
  const auto& tokens = d.tokens.tokens;
  const std::size_t last = last_token_of(d, em);
  return last + 1 < tokens.size() && tokens[last].deprel == "compound" && tokens[last + 1].upos == "NOUN" &&
         !is_capitalized(tokens[last + 1].text) && !d.lexicon.is_group_noun(lower_at(d, last + 1));
}

// "met in Vilnius", "a fire near Athens", "drove into central Paris", "blocked roads around Lyon
// and Toulouse", "lifted off from Cape Canaveral": a place (or a name no list knows) named
// after "in", "at", "near", "into", ... (after "from" for a verb of leaving, after "to" for one
// of going), or conjoined to one so named, is where the event happens, not who takes part in
// it; so is one that modifies a thing's noun ("East Coast ports"), and a thing's name (MISC)
// after "for", which the event is for ("nominated for an Academy Award", "bid for the Golden Lion").
// "He will visit Merton College and the Bodleian Library", "troops entered Gaza": the place or
// the institution a verb of going (wordnet_classes.tsv) takes as its object is
// where its subject goes (not "left the company", "joined the bank": those change a membership).
bool visited_place(const Doc& d, const EventMention& e, std::size_t m) {
  const EntityMention& em = d.found.entity_mentions[m];
  if (e.pos != "VERB" || (em.type != "LOCATION" && em.type != "ORGANIZATION")) return false;
  if (e.lemma == "leave" || e.lemma == "join" || e.lemma == "quit") return false;
  // (the verb's first sense, not "invaded Ukraine", whose going is a sense after its fighting;
  // "visit" is a social act first, but what it visits is a place all the same)
  const auto& classes = d.lexicon.wordnet_classes(e.lemma);
  const auto first = std::find_if(classes.begin(), classes.end(), [](const std::string& c) { return c.starts_with("v."); });
  if (e.lemma != "visit" && (first == classes.end() || *first != "v.motion")) return false;
  const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
  std::size_t k = last_token_of(d, em);
  constexpr int kMaxSteps = 6;  // the name's own words, then conjuncts and appositions back to the object
  for (int step = 0; step < kMaxSteps; ++step) {
    const auto head = parse.head(k);
    if (!head) return false;
    // (a name right after the verb the parser made a second subject is its object all the same)
    if (*head == e.token) return parse.relation_is(k, "obj") || (parse.relation_is(k, "nsubj") && k > e.token);
    if (d.mention_at[*head] != static_cast<int>(m) && !parse.relation_is(k, "conj") && !parse.relation_is(k, "appos"))
      return false;
    k = *head;
  }
  return false;
}

// "The number of people killed by the quake in southern Peru rose to 312": a place or a thing
// named inside a clause that modifies a noun ("killed ...") is that clause's, not of the verb
// the noun hangs on (which a place of its own still joins: "Peru declared ...").
bool inside_noun_clause(const Doc& d, const EventMention& e, std::size_t m) {
  const EntityMention& em = d.found.entity_mentions[m];
  const Sentence* s = sentence_of(d.tokens, e);
  if ((em.type != "LOCATION" && em.type != "MISC") || !s) return false;
  const ParseView parse(d.tokens, *s);
  std::size_t k = last_token_of(d, em);
  if (k < parse.begin() || k >= parse.end()) return false;
  while (parse.head(k) && d.mention_at[*parse.head(k)] == static_cast<int>(m)) k = *parse.head(k);
  for (auto up = parse.head(k); up && *up != e.token; up = parse.head(*up))
    if (parse.relation_is(*up, "acl")) return true;
  return false;
}

bool place_of_event(const Doc& d, const EventMention& e, std::size_t m) {
  const EntityMention& em = d.found.entity_mentions[m];
  if (visited_place(d, e, m) || inside_noun_clause(d, e, m)) return true;
  if (modifies_a_thing(d, m) || describes_a_thing(d, m) || thing_acted_on(d, e, m) || acronym_of_object(d, e, m) ||
      maker_of_model(d, m))
    return true;
  // ("was arrested at Brussels Airport", "protested outside Parliament": an organisation after a
  // preposition of a spot is where, not who; "invested in Halbrook" keeps the firm)
  const bool organisation = em.type == "ORGANIZATION";
  if (em.type != "LOCATION" && em.type != "MISC" && !organisation) return false;
  const auto& tokens = d.tokens.tokens;
  auto at = std::lower_bound(tokens.begin(), tokens.end(), em.span.begin,
                             [](const Token& t, std::size_t begin) { return t.span.begin < begin; });
  auto k = static_cast<std::size_t>(at - tokens.begin());
  for (int conjunct = 0; conjunct < 4; ++conjunct) {
    if (k > 0 && tokens[k - 1].upos == "ADJ" && !is_capitalized(tokens[k - 1].text)) --k;  // "central Paris"
    if (k > 0 && (lower_at(d, k - 1) == "the" || lower_at(d, k - 1) == "a" || lower_at(d, k - 1) == "an")) --k;
    if (k == 0) return false;
    const std::string w = lower_at(d, k - 1);
    if (w == "for" && em.type == "MISC") return true;
    // "Lyon and Toulouse": the first conjunct's preposition
    if ((w == "and" || w == "or" || w == ",") && k >= 2 && d.mention_at[k - 2] >= 0) {
      k -= 2;
      while (k > 0 && d.mention_at[k - 1] == d.mention_at[k]) --k;
      continue;
    }
    static const char* const kPlaces[] = {"in",     "at",   "near",    "outside", "inside", "across",
                                          "around", "throughout", "into", "through", "off", "along", "onto"};
    // ("Thieves broke into the Hartwell Museum": the museum is where, the victim, no actor)
    static const char* const kSpots[] = {"at", "near", "outside", "inside", "into"};
    const auto one_of = [&](const auto& words) {
      return std::any_of(std::begin(words), std::end(words), [&](const char* p) { return w == p; });
    };
    if (organisation) return one_of(kSpots);
    if (one_of(kPlaces)) return true;
    // ("will host a welcome on Horse Guards Parade": a place by its kind word is where)
    if (w == "on" && em.type == "LOCATION") return true;
    // "to protect the town of Susanville", "the mayor of Kessel said": a place after a word whose
    // "of" names a place (place_words.tsv) only says which town or whose mayor
    if (w == "of") return k >= 2 && d.lexicon.is_place_of_word(lower_at(d, k - 2));
    if (w == "to" || w == "toward" || w == "towards") return goes_there_itself(d, e) || destination_of_journey(d, e, m);
    // ("lifted off from Cape Canaveral"; "will leave for Tokyo": where they go, not who goes)
    return (w == "from" || w == "for") && d.lexicon.has_category(e.lemma, "leaving-verb");
  }
  return false;
}

std::optional<Title> copular_clause_title(const Doc& d, const EventMention& e, std::size_t predicate);

// "The new launch date will be set": an adjective with a copula says what its subject is,
// as a headline does ("New launch date set"); other adjectives and nouns are titled as nouns.
// So does a noun a copula predicates with its preposition ("The probe has been in a low-power
// mode": "Probe in low-power mode").
Title adjective_or_noun_title(const Doc& d, const Sentence& s, EventMention& e, bool parsed, const Titles& titles) {
  const auto prepositional_predicate = [&] {
    const ParseView parse(d.tokens, s);
    const auto opener = parse.child(e.token, "case");
    const auto copula = parse.child(e.token, "cop");
    return e.pos == "NOUN" && opener && copula && *copula < *opener;
  };
  if (parsed && (e.pos == "ADJECTIVE" || prepositional_predicate()))
    if (auto said = copular_clause_title(d, e, e.token)) return *said;
  return noun_title(d, s, e, parsed, titles);
}

// Whether mention `m` says where the people of the noun it modifies work ("University staff",
// "workers at Boeing"; workplace_of), which makes no actor of it.
bool names_a_workplace(const Doc& d, const ParseView& parse, std::size_t m) {
  const auto head = mention_head(d, parse, m);
  if (!head) return false;
  const std::size_t name = *head;
  const auto noun = parse.head(name);
  if (!noun || !(parse.relation_is(name, "compound") || parse.relation_is(name, "nmod"))) return false;
  return d.tokens.tokens[*noun].upos == "NOUN" && workplace_of(d, parse, *noun, name);
}

// Whether mention `m` owns a noun of a role that serves it ("the museum's insurer paid out";
// serves_owner), which makes no actor of it.
bool served_by_role(const Doc& d, const ParseView& parse, std::size_t m) {
  const auto name = mention_head(d, parse, m);
  const auto noun = name ? parse.head(*name) : std::nullopt;
  return noun && parse.relation_is(*name, "nmod:poss") && d.tokens.tokens[*noun].upos == "NOUN" && serves_owner(d, *noun);
}

// "which researchers have debated since Voyager 2 flew past the planet": the subject of a clause
// of time on the event ("since", "after", "before", "when", "until", "while") acts in that clause
// only.
bool subject_of_time_clause(const Doc& d, const ParseView& parse, const EventMention& e, std::size_t m) {
  static const std::set<std::string, std::less<>> kMarks = {"since", "after", "before", "when", "until", "while"};
  const auto head = mention_head(d, parse, m);
  if (!head) return false;
  const std::size_t name = *head;
  const auto verb = parse.head(name);
  if (!verb || *verb == e.token || !parse.relation_is(name, "nsubj") || parse.head(*verb) != e.token ||
      !parse.relation_is(*verb, "advcl"))
    return false;
  const auto mark = parse.child(*verb, "mark");
  return mark && kMarks.contains(lower_at(d, *mark));
}

// "Kenya's Samuel Kiprop won": a place whose "'s" stands right before a person's name says where
// the person is from, and takes no part in what the person does.
bool nationality_of_person(const Doc& d, std::size_t m) {
  const EntityMention& place = d.found.entity_mentions[m];
  if (place.type != "LOCATION") return false;
  const std::size_t after = last_token_of(d, place) + 1;
  if (after + 1 >= d.tokens.tokens.size()) return false;
  const std::string& mark = d.tokens.tokens[after].text;
  return (mark == "'s" || mark == "\u2019s") && is_person(d, after + 1);
}

// "will make a statement to Parliament", "reported to Congress": a body that a statement or a
// verb of saying is addressed to hears it, and does not act in it (an event noun by its noun
// sense, a verb by its first verb sense, wordnet_classes.tsv).
bool addressed_body(const Doc& d, const EventMention& e, std::size_t m) {
  const EntityMention& body = d.found.entity_mentions[m];
  const Token* first = tagged_token_at(d.tokens, body.span.begin);
  if (body.type != "ORGANIZATION" || !first || first == d.tokens.tokens.data()) return false;
  const auto at = static_cast<std::size_t>(first - d.tokens.tokens.data());
  const std::size_t to = at >= 1 && lower_at(d, at - 1) == "the" ? at - 1 : at;
  if (to == 0 || lower_at(d, to - 1) != "to" || d.found.entity_mentions[m].span.begin < e.span.end) return false;
  const std::string kind = e.pos == "VERB" ? "v." : "n.";
  const auto& classes = d.lexicon.wordnet_classes(e.lemma);
  const auto sense = std::find_if(classes.begin(), classes.end(), [&](const std::string& c) { return c.starts_with(kind); });
  return sense != classes.end() && *sense == kind + "communication";
}

void title_and_actors(const Doc& d, EventMention& e, std::size_t index, Titles& titles) {
  const Sentence& s = *sentence_of(d.tokens, e);
  const bool parsed = d.tokens.tokens[e.token].head >= 0 || !d.tokens.tokens[e.token].deprel.empty();
  const bool noun = e.pos == "NOUN" || e.pos == "ADJECTIVE";
  // The parse finds objects the window misses; the window recovers conjoined subjects the
  // parser attaches elsewhere ("X and Russian president Y will hold"), but not a verb's places.
  e.actor_mentions = window_actors(d, s, e.token, noun);
  if (parsed) {
    // A noun keeps its place: "military action in Ukraine" is another action than Russia's.
    // The place stays an actor, after any subject (the stable_partition below), so it is the
    // event's lane (its first actor) only when no one is named acting: "two crashes in
    // Indonesia" is drawn in Indonesia's lane, "Russia's military action in Ukraine" in Russia's.
    std::erase_if(e.actor_mentions, [&](std::size_t m) {
      return noun ? modifies_a_thing(d, m) || describes_another_noun(d, e, m) : place_of_event(d, e, m);
    });
    for (auto m : parse_actors(d, s, e.token))
      if (std::find(e.actor_mentions.begin(), e.actor_mentions.end(), m) == e.actor_mentions.end() && !modifies_a_thing(d, m) &&
          !thing_acted_on(d, e, m) && !maker_of_model(d, m) && !visited_place(d, e, m))
        e.actor_mentions.push_back(m);
  }
  if (parsed) {
    const ParseView parse(d.tokens, s);
    std::erase_if(e.actor_mentions, [&](std::size_t m) {
      return names_a_workplace(d, parse, m) || served_by_role(d, parse, m) || nationality_of_person(d, m) || names_home_of_one(d, parse, m) ||
             place_of_acting_noun(d, parse, e, m) || subject_of_time_clause(d, parse, e, m) || addressed_body(d, e, m);
    });
  }
  std::sort(e.actor_mentions.begin(), e.actor_mentions.end());
  titles.of[index] = noun ? adjective_or_noun_title(d, s, e, parsed, titles) : verb_title(d, s, e, parsed, titles, index);
  // The subject's names first: the first actor is who did it (the timeline's lane), not a
  // place named before the verb ("NATO allies met in Brussels and blamed Russia").
  const auto& subject = titles.subjects[index];
  std::stable_partition(e.actor_mentions.begin(), e.actor_mentions.end(), [&](std::size_t m) {
    return std::find(subject.begin(), subject.end(), m) != subject.end();
  });
}

// How many words `inner` opens with that also open `outer` (a subject said twice), when more
// of `inner` follows them.
std::size_t repeated_subject(const Title& outer, const Title& inner) {
  std::size_t n = 0;
  while (n < outer.words.size() && n + 1 < inner.words.size() && outer.words[n].text == inner.words[n].text) ++n;
  // "European Commission says European Union will impose": names that only begin alike are two
  const bool name_goes_on = n > 0 && (inner.words[n].proper || (n < outer.words.size() && outer.words[n].proper));
  return name_goes_on ? 0 : n;
}

// `inner` after `outer`'s words: the first word loses its capital unless it is a name.
// With `pronoun`, "Veltra announces it spends $20 billion", not "Veltra announces Veltra spends
// ...": the clause's subject, when it is the statement's, is said as a pronoun; its verb tells
// the number. (For a person, whose pronoun a title cannot know, callers pass the one the text
// says in `person`, "he" in "Kerr said he would retire", or false.)
void embed(Title& outer, const Title& inner, bool pronoun = false, const std::string& person = "") {
  const std::size_t repeated = pronoun ? repeated_subject(outer, inner) : 0;
  std::size_t core = outer.words.size() + inner.core;
  if (repeated > 0) {
    // a modal tells no number; the statement's own verb does ("Central bank signals it may hold")
    const std::string& verb = inner.words[repeated].text;
    const std::string& told = is_modal(to_lower(verb)) && repeated < outer.words.size() ? outer.words[repeated].text : verb;
    const bool singular = told.ends_with("s");
    // ("I promise I will not ...", "We promise we will cut taxes": a personal pronoun says itself)
    static const std::set<std::string> kPersonal = {"i", "we", "you", "he", "she"};
    const std::string first = to_lower(inner.words[0].text);
    if (!person.empty()) outer.words.push_back(Word{person});
    else if (repeated == 1 && kPersonal.count(first)) outer.words.push_back(Word{first == "i" ? "I" : first});
    else outer.words.push_back(Word{singular ? "it" : "they"});
    core = core + 1 - repeated;
  }
  for (std::size_t k = repeated; k < inner.words.size(); ++k) {
    Word w = inner.words[k];
    if (k == 0 && !w.proper) w.text = to_lower(w.text);
    outer.words.push_back(std::move(w));
  }
  outer.core = core;
  outer.embeds_clause = true;
}

bool person_actor(const Doc& d, const EventMention& e) {
  return std::any_of(e.actor_mentions.begin(), e.actor_mentions.end(),
                     [&](std::size_t m) { return d.found.entity_mentions[m].type == "PERSON"; });
}

// "he" or "she" when the text says it for the subject of the reported event ("Kerr said he would
// retire"), else "": how a statement's title says its person again.
std::string reported_person_pronoun(const Doc& d, const EventMention& reported) {
  const ParseView parse(d.tokens, *sentence_of(d.tokens, reported));
  const auto subject = parse.parsed() ? parse.child(reported.token, "nsubj") : std::nullopt;
  const std::string w = subject ? lower_at(d, *subject) : "";
  return w == "he" || w == "she" ? w : "";
}

// "said it would cut 1,200 jobs": a planned event's title says "cuts" (the timeline draws it
// as planned); inside a statement's title it reads "will cut", or the statement would tell it
// as done. The first core word that is the verb's present becomes "will" and its base form.
Title told_ahead(const Title& inner, const EventMention& reported) {
  Title out = inner;
  if (reported.modality != "planned" || reported.pos != "VERB") return out;
  for (std::size_t k = 0; k < out.core && k < out.words.size(); ++k) {
    const std::string& w = out.words[k].text;
    if (w != third_person(reported.lemma) && w != reported.lemma) continue;
    out.words[k].text = reported.lemma;
    out.words.insert(out.words.begin() + static_cast<std::ptrdiff_t>(k), Word{"will"});
    ++out.core;
    break;
  }
  return out;
}

// Appends `inner` when the whole still fits; false otherwise, `outer` unchanged.
bool embed_if_fits(Title& outer, const Title& inner, bool pronoun = false, const std::string& person = "") {
  Title joined = outer;
  embed(joined, inner, pronoun, person);
  if (!fit(joined)) return false;
  outer = std::move(joined);
  return true;
}

// Embeds the title of the event a statement `e` reports, its subject said as a pronoun when it
// is the statement's: a thing's or a group's always, a person's as the text says it.
bool embed_reported(const Doc& d, const EventMention& e, Title& outer, const Title& inner, const EventMention& reported) {
  const std::string person = person_actor(d, e) ? reported_person_pronoun(d, reported) : "";
  return embed_if_fits(outer, told_ahead(inner, reported), !person_actor(d, e) || !person.empty(), person);
}

std::optional<std::size_t> event_child(const Doc& d, const ParseView& parse, std::size_t verb, std::string_view relation) {
  if (const auto c = parse.child(verb, relation); c && d.event_at[*c] >= 0) return static_cast<std::size_t>(d.event_at[*c]);
  return std::nullopt;
}

// "they say": a verb that would stand alone keeps the pronoun it left out.
void keep_lone_pronoun(const Doc& d, std::size_t index, Title& t) {
  const EventMention& e = d.found.events[index];
  if (t.words.size() != 1 || e.pos != "VERB") return;
  const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
  // (a relative pronoun stands for its noun, never for itself: "which was played" is no "Which played")
  if (const auto subject = parse.child(e.token, "nsubj"); subject && is_pronoun(d, *subject) && !relative_word(d, *subject)) {
    const std::string pronoun = lower_at(d, *subject);
    if ((pronoun == "he" || pronoun == "she" || pronoun == "it") && t.words[0].text == e.lemma) t.words[0].text = third_person(e.lemma);
    t.words.insert(t.words.begin(), Word{pronoun == "i" ? "I" : pronoun, 0, End::Whole, false});
    ++t.core;
  }
}

// "found [Russian planning is under way for an offensive]": a clause whose predicate is no verb
// but a phrase with a copula, as a headline says it: its subject and the phrase, without the
// copula ("Russian planning under way for possible offensive"). Nothing for a pronoun subject;
// a relative pronoun stands for the noun its clause modifies ("pipes, which have been in the
// ground": "Pipes in ground").
std::optional<Title> copular_clause_title(const Doc& d, const EventMention& e, std::size_t predicate) {
  const Sentence& s = *sentence_of(d.tokens, e);
  const ParseView parse(d.tokens, s);
  const auto copula = parse.child(predicate, "cop");
  auto subject = parse.child(predicate, "nsubj");
  if (!copula || !subject || *subject > *copula || *copula > predicate) return std::nullopt;
  if (relative_word(d, *subject)) subject = parse_subject(d, parse, predicate);
  if (!subject) return std::nullopt;
  const auto nobody = no_one_subject(d, parse, *subject);  // "No one was injured": "No one injured"
  if (!nobody && is_pronoun(d, *subject)) return std::nullopt;
  Title t;
  if (nobody) {
    t.words = nobody->words;
  } else if (d.mention_at[*subject] >= 0) {
    t.words = named_subject(d, subject_mentions(d, parse, *subject)).words;
  } else {
    if (!nominal(d, parse, *subject) || d.lexicon.is_function_word(lower_at(d, *subject))) return std::nullopt;
    t.words = common_subject(d, parse, *subject).words;
  }
  std::vector<std::size_t> picked;
  for (std::size_t j = *copula + 1; j <= predicate; ++j) {
    // (a hyphen inside a word stays: "low-power")
    const bool hyphen = lower_at(d, j) == "-" && hyphenated_word_end(d, parse, j - 1) > j - 1;
    if (!is_determiner(lower_at(d, j)) && (hyphen || !is_punctuation(lower_at(d, j))) && !is_quote_mark(d.tokens.tokens[j].text))
      picked.push_back(j);
  }
  const std::size_t head_words = picked.size();
  // "ready to sign": an adjective takes an infinitive, a noun does not.
  const auto rest = complement_tokens(d, s, predicate, d.tokens.tokens[predicate].upos != "ADJ");
  picked.insert(picked.end(), rest.begin(), rest.end());
  Words phrase = render_words(d, parse, picked);
  t.core = t.words.size() + std::min(head_words, phrase.size());
  append(t.words, phrase);
  return t;
}

// "could follow if Washington does not lift its levies": a clause opened by "if" or "unless" is
// the verb's condition, whatever relation the parser gave it, unless the verb asks, knows or
// tells ("asked if the talks would resume"), which takes an "if" clause as what it is about.
bool condition_on(const Doc& d, const ParseView& parse, const EventMention& e, std::size_t clause_verb) {
  const auto mark = parse.child(clause_verb, "mark");
  if (!mark) return false;
  const std::string w = lower_at(d, *mark);
  if (w == "unless") return true;
  static const std::set<std::string> kTakesQuestions = {"REPORTING", "I_ACTION", "I_STATE", "PERCEPTION"};
  return w == "if" && !kTakesQuestions.count(e.event_class);
}

// A verb with nothing after it says what it is about through its clausal complement
// ("Biden guarantees Ukraine not allowed to join Nato"); a verb alone leans on its adverbial
// clause ("Comes as Russia picks up demands on Biden"). A subordinator right after the verb
// stays whatever relation the parser gave it ("as" parsed as a preposition of the next name).
void complete_bare_verb(const Doc& d, std::size_t index, Titles& titles) {
  const EventMention& e = d.found.events[index];
  Title& t = titles.of[index];
  if (e.pos == "NOUN" || e.pos == "ADJECTIVE" || t.words.size() > t.core) return;
  const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
  if (!parse.parsed()) return;
  if (verb_after_reduced_participle(d, parse, e.token)) return;  // ("warrant issued Monday charged": no statement)
  const bool subordinated = e.token + 1 < parse.end() && subordinator(lower_at(d, e.token + 1));
  // "The quay reopened, the harbour master said": a statement after a comma is no complement.
  auto clause = event_child(d, parse, e.token, "ccomp");
  // ("warned that fog forming over the bay could ground flights": the grounding is what is said)
  if (const auto main = clause ? verb_after_reduced_participle(d, parse, d.found.events[*clause].token) : std::nullopt)
    if (d.event_at[*main] >= 0) clause = static_cast<std::size_t>(d.event_at[*main]);
  if (clause && (*clause == index || parenthetical_report(d.tokens, parse, d.found.events[*clause].token) ||
                 condition_on(d, parse, e, d.found.events[*clause].token)))
    clause.reset();
  if (!clause && t.words.size() == 1 && subordinated) clause = event_child(d, parse, e.token, "advcl");
  // "concluded the fund was close to collapse": a noun or adjective clause's own title lacks its subject.
  const auto complement = parse.child(e.token, "ccomp");
  const bool verbal = clause && d.found.events[*clause].pos == "VERB";
  if (complement && !verbal && (!clause || *clause == static_cast<std::size_t>(d.event_at[*complement])))
    if (const auto said = copular_clause_title(d, e, *complement); said && embed_if_fits(t, *said)) return;
  if (clause) {
    Title joined = t;
    // ("to see whether she could do it": an open question, which the title must not tell as so)
    const auto mark = parse.child(d.found.events[*clause].token, "mark");
    const bool question = mark && lower_at(d, *mark) == "whether";
    if ((subordinated || question) && d.found.events[*clause].token > e.token + 1) {
      joined.words.push_back({question ? std::string("whether") : lower_at(d, e.token + 1)});
      joined.core = joined.words.size();
    }
    if (embed_reported(d, e, joined, titles.of[*clause], d.found.events[*clause]))
      return void(t = std::move(joined));
  }
  keep_lone_pronoun(d, index, t);
}

// Skips the words that may stand between a speaker and the verb: "the Kremlin on Saturday said".
bool between_speaker_and_verb(const Doc& d, std::size_t j) {
  const std::string w = lower_at(d, j);
  return d.in_timex[j] || w == "on" || w == "in" || w == "also" || w == "again" || w == "later" || w == ",";
}

bool named_speaker(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (parse.parsed()) {
    const auto subject = parse.child(e.token, "nsubj");
    // ("she wrote to a friend in 1911": "he" or "she" takes up a person the text has named)
    const std::string pronoun = subject ? lower_at(d, *subject) : std::string();
    return subject && (d.mention_at[*subject] >= 0 || apposed_name(d, parse, *subject, Apposed::Any) || pronoun == "he" ||
                       pronoun == "she");
  }
  std::size_t j = e.token;
  while (j > parse.begin() && between_speaker_and_verb(d, j - 1)) --j;
  return j > parse.begin() && d.mention_at[j - 1] >= 0;
}

// A time expression on the verb itself ("said on Saturday"), not elsewhere in the sentence; or on
// the nouns of its object where those are no event ("reported 40 new cases of cholera on Monday",
// "reported 310 complaints about its brakes on Tuesday": a count has no date of its own, the
// report has).
bool own_date(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (!parse.parsed()) {
    const std::size_t from = std::max(parse.begin(), e.token >= 4 ? e.token - 4 : 0), to = std::min(parse.end(), e.token + 5);
    return std::any_of(d.in_timex.begin() + static_cast<std::ptrdiff_t>(from), d.in_timex.begin() + static_cast<std::ptrdiff_t>(to),
                       [](char in) { return in != 0; });
  }
  const auto dateless_noun = [&](std::size_t k) {
    return d.event_at[k] < 0 && (parse.relation_is(k, "obj") || parse.relation_is(k, "nmod"));
  };
  for (std::size_t j = parse.begin(); j < parse.end(); ++j) {
    if (!d.in_timex[j]) continue;
    auto head = parse.head(j);
    for (int step = 0; step < 4 && head && *head != e.token && dateless_noun(*head); ++step) head = parse.head(*head);
    if (head == e.token) return true;
  }
  return false;
}

// "Nova Bank reported a loss", "Halbeck Group posted a drop in profit": a named speaker making a
// thing public, not passing on a clause; the act is news of its own, dated or not.
// The object must be an event ("told officials", "quoted witnesses" name a listener or a
// source), and neither the verb nor the object take a clause ("called the move a mistake";
// "says net income rose", "said the administration plans to deploy": clauses the parser broke).
bool publishes_a_thing(const Doc& d, const ParseView& parse, const EventMention& e) {
  const auto object = parse.child(e.token, "obj");
  if (!object || d.event_at[*object] < 0) return false;
  for (const std::size_t head : {e.token, *object})
    if (parse.child(head, "xcomp") || parse.child(head, "ccomp")) return false;
  const std::size_t next = *object + 1;
  return next >= parse.end() || (d.tokens.tokens[next].upos != "VERB" && d.tokens.tokens[next].upos != "AUX");
}

// "claimed victory", "announced the arrests": a verb of saying with a noun for its object and
// no clause, which does a thing rather than passes words on.
bool acts_on_a_thing(const Doc& d, const ParseView& parse, const EventMention& e) {
  const auto object = parse.child(e.token, "obj");
  if (!object || d.tokens.tokens[*object].upos != "NOUN") return false;
  return !parse.child(e.token, "ccomp") && !parse.child(e.token, "xcomp") && !parse.child(*object, "acl");
}

// "the consortium has filed a claim", "residents lodged a complaint": a verb of lodging a
// document (predicates.tsv lodges) with a noun for its object and no clause is an act, news of
// its own whoever does it, dated or not. (Not when the object is itself an event, which then
// carries the news: "filed a lawsuit".)
bool lodges_a_document(const Doc& d, const ParseView& parse, const EventMention& e) {
  const auto object = parse.child(e.token, "obj");
  if (!d.lexicon.has_category(e.lemma, "lodges") || !object || d.tokens.tokens[*object].upos != "NOUN") return false;
  if (d.event_at[*object] >= 0) return false;
  return !parse.child(e.token, "ccomp") && !parse.child(e.token, "xcomp");
}

// "since the first case was confirmed on Oct. 4", "the death was announced on Monday": a verb of
// telling in the passive whose subject is a thing, with no clause of its own, tells that the
// thing happened or came to light then.
bool thing_told_in_passive(const Doc& d, const ParseView& parse, const EventMention& e) {
  const auto subject = parse.child(e.token, "nsubj:pass");
  if (!subject || d.tokens.tokens[*subject].upos != "NOUN") return false;
  return !parse.child(e.token, "ccomp") && !parse.child(e.token, "xcomp");
}

// What a statement reports: its clausal complement, or the clause it is a parenthetical of
// ("The two will talk about ties, the Kremlin said").
std::optional<std::size_t> reported_event(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (!parse.parsed()) return std::nullopt;
  auto clause = reported_clause(d.tokens, parse, e.token);
  // ("warned that fog forming over the bay could ground flights": the grounding is reported)
  if (const auto main = clause ? verb_after_reduced_participle(d, parse, *clause) : std::nullopt) clause = main;
  if (!clause || d.event_at[*clause] < 0) return std::nullopt;
  return static_cast<std::size_t>(d.event_at[*clause]);
}

// "Shares fell 7 percent after The Wall Street Journal reported the recall plan": a report that
// a time clause tells (after, before, since, until, once, when) and that passes on no clause is
// what the clause's event is timed by, an event of its own.
bool times_its_clause(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (d.tokens.tokens[e.token].deprel != "advcl") return false;
  const auto mark = parse.child(e.token, "mark");
  if (!mark) return false;
  const std::string word = lower_at(d, *mark);
  return word == "after" || word == "before" || word == "since" || word == "until" || word == "once" || word == "when";
}

// "Her flatmates reported her missing", "declared him dead", "reported the car stolen": a
// report that puts its object in a state passes on no statement; it is an act of its own.
bool declares_a_state(const Doc& d, const ParseView& parse, const EventMention& e) {
  if (!parse.parsed()) return false;
  const auto children = parse.children(e.token);
  return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    const Token& t = d.tokens.tokens[c];
    const bool state = t.upos == "ADJ" || (t.xpos == "VBN" && parse.relation_is(c, "xcomp"));
    return state && c > e.token && (parse.relation_is(c, "obj") || parse.relation_is(c, "xcomp"));
  });
}

// "unions have called a general strike": the object of a verb of calling is an event, which the
// call brings about; not "called the move a setback", which names the object (a second noun).
bool calls_an_event(const Doc& d, const ParseView& parse, const EventMention& e) {
  const auto object = parse.child(e.token, "obj");
  if (!object || d.event_at[*object] < 0 || parse.child(e.token, "xcomp") || parse.child(*object, "obj")) return false;
  const auto children = parse.children(e.token);
  return std::count_if(children.begin(), children.end(), [&](std::size_t c) { return parse.relation_is(c, "obj"); }) == 1;
}

// "the Kremlin said on Saturday", "Mr Biden told reporters on Friday": a statement with its own
// date and a named speaker is an event a reader wants on the timeline, titled with what it
// says when it has no object ("Kremlin says the two talk about bilateral ties"); so is a named
// speaker publishing a thing ("Nova Bank reported a loss"); "officials said" stays evidence of
// what it reports.
void keep_dated_statements(Doc& d, Titles& titles) {
  for (std::size_t index = 0; index < d.found.events.size(); ++index) {
    EventMention& e = d.found.events[index];
    if (e.event_class != "REPORTING") continue;
    const ParseView parse(d.tokens, *sentence_of(d.tokens, e));
    const auto reported = reported_event(d, parse, e);
    if (reported) e.reports = static_cast<int>(*reported);
    // "plans to report third-quarter results on Oct. 24": a statement still to come that
    // reports nothing yet is an event of its own
    if (!reported && (e.modality == "planned" || e.modality == "possible")) e.reporting_evidence = false;
    if (!reported && (times_its_clause(d, parse, e) || declares_a_state(d, parse, e))) e.reporting_evidence = false;
    // ("he denied reports that the company had hired bankers": the denial is the news)
    if (d.lexicon.has_category(e.lemma, "disputes")) e.reporting_evidence = false;
    // ("unions have called a general strike": the call is an act, the strike another event)
    if (d.lexicon.has_category(e.lemma, "convenes") && calls_an_event(d, parse, e)) e.reporting_evidence = false;
    if (!reported && lodges_a_document(d, parse, e)) e.reporting_evidence = false;
    if (!e.reporting_evidence) continue;
    const bool dated = own_date(d, parse, e);
    // ("the rebels claimed victory late on Sunday": a dated act on a thing, whoever does it)
    const bool dated_act = dated && !reported && (acts_on_a_thing(d, parse, e) || thing_told_in_passive(d, parse, e));
    if (!named_speaker(d, parse, e) && !dated_act) continue;
    if (!dated && (reported || !publishes_a_thing(d, parse, e))) continue;
    e.reporting_evidence = false;
    Title& t = titles.of[index];
    if (reported && t.words.size() == t.core && !titles.of[*reported].words.empty() && !t.embeds_clause)
      embed_reported(d, e, t, titles.of[*reported], d.found.events[*reported]);
  }
}

}  // namespace

void title_events(const TokenizedText& tokens, const EventLexicon& lexicon, const std::vector<char>& in_timex,
                  DocumentEvents& found) {
  Doc d{tokens, lexicon, in_timex, found, std::vector<int>(tokens.tokens.size(), -1),
        std::vector<int>(tokens.tokens.size(), -1)};
  std::size_t t = 0;
  for (std::size_t m = 0; m < found.entity_mentions.size(); ++m) {
    const Span span = found.entity_mentions[m].span;
    while (t < tokens.tokens.size() && tokens.tokens[t].span.end <= span.begin) ++t;
    for (std::size_t k = t; k < tokens.tokens.size() && tokens.tokens[k].span.begin < span.end; ++k)
      d.mention_at[k] = static_cast<int>(m);
  }
  for (std::size_t e = 0; e < found.events.size(); ++e) d.event_at[found.events[e].token] = static_cast<int>(e);
  d.dated = std::find(in_timex.begin(), in_timex.end(), 1) != in_timex.end();
  Titles titles{std::vector<Title>(found.events.size()), std::vector<std::vector<std::size_t>>(found.events.size())};
  for (std::size_t e = 0; e < found.events.size(); ++e) {
    title_and_actors(d, found.events[e], e, titles);
    fit(titles.of[e]);
  }
  // Clauses come after the verbs that take them: complete from the last event back.
  for (std::size_t e = found.events.size(); e-- > 0;) complete_bare_verb(d, e, titles);
  keep_dated_statements(d, titles);
  for (std::size_t e = 0; e < found.events.size(); ++e) found.events[e].title = joined(titles.of[e].words);
}

}  // namespace chronograph::core
