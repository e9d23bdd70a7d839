#include "core/events/event_titles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <map>
#include <set>
#include <string_view>

#include "core/events/apposed_names.h"
#include "core/events/called_off.h"
#include "core/events/entity_aliases.h"
#include "core/events/misread_clauses.h"
#include "core/events/neither_nor.h"
#include "core/events/parse_view.h"
#include "core/events/quote_speakers.h"
#include "core/events/reported_clause.h"
#include "core/events/speaker_organisation.h"
#include "core/events/stranded_passive.h"
#include "core/events/title_actors.h"
#include "core/events/title_complements.h"
#include "core/events/title_noun_phrases.h"
#include "core/events/title_parsed_subjects.h"
#include "core/events/title_predicates.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"
#include "core/text/modal_verbs.h"

namespace chronograph::core {

namespace {

using titles::add_actor;
using titles::after_preposition;
using titles::append;
using titles::Apposed;
using titles::apposed_name;
using titles::capitalize;
using titles::clause_break;
using titles::complement_tokens;
using titles::complement_words;
using titles::conjoined_before;
using titles::content_completed;
using titles::cut_complement;
using titles::dangling;
using titles::describes_a_thing;
using titles::display_name;
using titles::Doc;
using titles::earlier_modifiers;
using titles::End;
using titles::finite_form;
using titles::fit;
using titles::for_controller;
using titles::gerund_after_noun;
using titles::gerund_subject;
using titles::gerund_subject_of;
using titles::hedge_pair;
using titles::home_of_one;
using titles::hyphenated_word_start;
using titles::infinitive_conjunct_of;
using titles::inside_quote;
using titles::is_acronym;
using titles::is_person;
using titles::is_pronoun;
using titles::is_reporting;
using titles::joined;
using titles::kMaxComplementTokens;
using titles::kMaxTitleWords;
using titles::last_plural_subject;
using titles::last_token_of;
using titles::lower_at;
using titles::misparsed_name_subject;
using titles::modifies_a_thing;
using titles::named_speaker_of;
using titles::names_a_kind;
using titles::names_home_of_one;
using titles::nominal;
using titles::noun_core;
using titles::noun_described_by_gerund;
using titles::noun_title_words;
using titles::object_control_verb;
using titles::owned_gerund;
using titles::owned_or_nominal;
using titles::parse_actors;
using titles::parse_subject;
using titles::participle_modifier;
using titles::partitive_quantifier;
using titles::passive_phrase;
using titles::person_before;
using titles::possessive_marker;
using titles::possessor;
using titles::possessor_name;
using titles::predicate_adjective;
using titles::pronoun_gender;
using titles::quantifying_adjective;
using titles::quotation_mark;
using titles::quote_speaker;
using titles::quoted_speaker;
using titles::ranked_first;
using titles::reads_would;
using titles::relative_pronoun;
using titles::relative_word;
using titles::render;
using titles::saying_verb_of_quote;
using titles::sentence_of;
using titles::sign_before_amount;
using titles::speakers_owner_pronoun;
using titles::subject_before_apposition;
using titles::third_singular;
using titles::Title;
using titles::title_preposition;
using titles::token_word;
using titles::verb_particle;
using titles::verb_phrase;
using titles::verb_token;
using titles::window_actors;
using titles::Word;
using titles::Words;
using titles::words_of;

// ---------------------------------------------------------------------------------------------
// Subjects

// "MPs", "CEOs", "NGOs": an acronym with a plural's "s", which the tagger reads as one name.
bool plural_acronym(const std::string& word) {
  if (word.size() < 3 || word.back() != 's') return false;
  return std::all_of(word.begin(), word.end() - 1, [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

// "200,000 flee", "three die": a number other than one counts several.
bool plural_word(const Token& t, const std::string& lower) {
  const bool several = t.xpos == "CD" && lower != "one" && lower != "1";
  return several || t.xpos == "NNS" || t.xpos == "NNPS" || lower == "both" || lower == "they" || lower == "we" ||
         plural_acronym(t.text);
}

// "half of them", "most of the troops", "thousands of residents": a quantity says little without
// what it counts.
bool quantity_word(const Doc& d, std::size_t j) {
  const std::string w = lower_at(d, j);
  const std::string lemma = to_lower(d.tokens.tokens[j].lemma);
  const bool number_noun = lemma == "dozen" || lemma == "hundred" || lemma == "thousand" || lemma == "million";
  return d.tokens.tokens[j].upos == "NUM" || number_noun || w == "half" || w == "most" || w == "some" || w == "all" ||
         w == "many" || w == "part" || w == "majority" || w == "third" || w == "quarter" || w == "rest";
}

// "them" in "half of them": the last plural noun before it in the sentence.
std::optional<std::size_t> plural_antecedent(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  for (std::size_t j = pronoun; j > parse.begin();) {
    --j;
    const Token& t = d.tokens.tokens[j];
    if ((t.xpos == "NNS" || t.xpos == "NNPS") && parse.head(j) != std::optional<std::size_t>(pronoun)) return j;
  }
  return std::nullopt;
}

// "a jury of seven women and five men": the noun joined right after an "of" phrase's noun by
// "and", with its modifiers ("and five men"), which the phrase would not be whole without (an
// "or" names another of the same kind: "closure of the ports or harbours" is said by "ports");
// empty when there is none, or it is more than a noun and its modifiers.
Words joined_noun_words(const Doc& d, const ParseView& parse, std::size_t noun) {
  for (const auto c : parse.children(noun)) {
    const auto joiner = parse.child(c, "cc");
    if (!parse.relation_is(c, "conj") || c < noun || !joiner || *joiner != noun + 1) continue;
    if (lower_at(d, *joiner) != "and") return {};
    Words out;
    for (std::size_t j = *joiner; j <= c; ++j) {
      if (j != *joiner && j < c && parse.head(j) != c) return {};
      const std::string w = lower_at(d, j);
      if (is_determiner(w) && w != "no") continue;
      out.push_back(token_word(d, parse, j));
    }
    return out;
  }
  return {};
}

// "deployment of western weapons", "half of them" (-> "half of troops"): the "of" phrase of a
// subject, its head with the modifiers before it, and a "no" that negates it ("vote of no
// confidence"); a pronoun stands for its antecedent after a quantity, and is left out otherwise.
Words of_phrase(const Doc& d, const ParseView& parse, std::size_t subject, std::size_t object) {
  if (is_pronoun(d, object)) {
    const auto antecedent = quantity_word(d, subject) ? plural_antecedent(d, parse, object) : std::nullopt;
    if (!antecedent) return {};
    return {Word{"of"}, token_word(d, parse, *antecedent)};
  }
  Words out{Word{"of"}};
  for (std::size_t j = subject + 2; j <= object; ++j) {
    const std::string w = lower_at(d, j);
    if ((is_determiner(w) && w != "no") || quantifying_adjective(w)) continue;
    if (j < object && parse.head(j) != object) return {};  // more than a noun and its modifiers
    out.push_back(token_word(d, parse, j));
  }
  append(out, joined_noun_words(d, parse, object));
  return out;
}

// Who a title says did it: names, or a common noun phrase ("US intelligence officials").
struct Subject {
  Words words;
  std::vector<std::size_t> mentions;  // the entity mentions it names
  bool plural = false;
  bool no_one = false;  // "Nobody", "No passengers": the title needs no "not"
};

// "rescue teams from Chile and Colombia": the names joined by "and" to the name at token `name`
// of a subject's phrase are of it too ("Chile and Colombia rescue teams"), actors alike; so are
// those a list joins before its "and" ("from Iceland, Norway and Denmark").
void add_joined_names(const Doc& d, const ParseView& parse, std::size_t name, std::vector<std::size_t>& mentions, Words& words) {
  std::vector<std::size_t> joined;
  for (const auto c : parse.children(name))
    if (parse.relation_is(c, "conj") && d.mention_at[c] >= 0) joined.push_back(c);
  if (joined.empty()) return;
  const auto joiner = parse.child(joined.back(), "cc");
  if (!joiner || lower_at(d, *joiner) != "and") return;
  for (const std::size_t c : joined) {
    const auto m = static_cast<std::size_t>(d.mention_at[c]);
    if (std::find(mentions.begin(), mentions.end(), m) != mentions.end()) continue;
    mentions.push_back(m);
    if (c == joined.back()) words.push_back(token_word(d, parse, *joiner));
    else words.back().text += ",";
    append(words, words_of(d.found.entity_mentions[m].text, true));
  }
}

// A subject that is no name: its modifiers and head ("the two", "Western troops"); a place it is
// "in" or "of" put in front ("intelligence officials in the US" -> "US intelligence officials");
// a quantity with what it counts ("half of them" -> "half of troops").
// "an official with the Biden administration": a body named by a one-word name before its noun,
// the phrase a headline puts in front ("Biden administration official"). Returns the name's token.
std::optional<std::size_t> named_body(const Doc& d, const ParseView& parse, std::size_t noun) {
  const auto preposition = parse.child(noun, "case");
  if (!preposition || d.mention_at[noun] >= 0 || d.tokens.tokens[noun].upos != "NOUN") return std::nullopt;
  const std::string w = lower_at(d, *preposition);
  if (w != "with" && w != "in" && w != "from" && w != "at") return std::nullopt;
  const auto name = parse.child(noun, "compound");
  if (!name || *name + 1 != noun || d.mention_at[*name] < 0) return std::nullopt;
  if (*name > parse.begin() && d.mention_at[*name - 1] == d.mention_at[*name]) return std::nullopt;
  return name;
}

// How many words before `first` hedge the number there: "more than", "at least", "up to",
// "nearly", "almost", "about", "over"; 0 when none (or `first` neither is nor opens a number, as
// "half" opens "half a million").
std::size_t hedge_before_number(const Doc& d, const ParseView& parse, std::size_t first) {
  const auto head = parse.head(first);
  const bool opens_number = d.tokens.tokens[first].upos == "NUM" || (head && d.tokens.tokens[*head].upos == "NUM");
  if (!opens_number || first == parse.begin()) return 0;
  const std::string one = lower_at(d, first - 1);
  if (one == "nearly" || one == "almost" || one == "about" || one == "over" || one == "around") return 1;
  if (first - 1 == parse.begin()) return 0;
  const std::string two = lower_at(d, first - 2) + " " + one;
  return two == "more than" || two == "fewer than" || two == "less than" || two == "at least" || two == "up to" ? 2 : 0;
}

// "brother-in-law", "editor-in-chief": a phrase that ends inside a hyphenated word ends at its
// last piece.
std::size_t hyphenated_word_end(const Doc& d, const ParseView& parse, std::size_t end) {
  const auto& toks = d.tokens.tokens;
  while (end + 2 < parse.end() && toks[end + 1].text == "-" && toks[end].span.end == toks[end + 1].span.begin &&
         toks[end + 1].span.end == toks[end + 2].span.begin)
    end += 2;
  return end;
}

// Whether token `k` before a subject noun is part of a day or a month that dates it ("The March
// 28 summit"): no part of what the title names. A year is ("the 1994 genocide", "the March
// 2024 floods"), and so is a duration ("the six-week trial", "a 24-hour strike"), and a subject
// that is itself a time keeps its words ("as 5 p.m. approached").
bool date_before_subject(const Doc& d, std::size_t k, std::size_t subject) {
  if (!d.in_timex[k] || d.in_timex[subject]) return false;
  for (std::size_t j = k; j < subject; ++j) {  // the subject's own modifiers, from the date on
    const std::string w = lower_at(d, j);
    if (d.in_timex[j] && (is_year_word(w) || is_time_unit(after_last_hyphen(w)))) return false;
  }
  return true;
}

// "the Grand Slam champion", "a Nobel laureate", "Minoan palaces": a name of no known kind (MISC)
// modifying a noun that names no group says which one is meant, not who acts.
bool says_which_one(const Doc& d, std::size_t m) {
  return d.found.entity_mentions[m].type == "MISC" && (modifies_a_thing(d, m) || describes_a_thing(d, m));
}

// "European competition regulators", "Asian markets": a continent's adjective says where they
// are, no one who acts (regions.txt).
bool names_a_region(const Doc& d, std::size_t m) {
  const int entity = d.found.entity_mentions[m].entity;
  return entity >= 0 && d.lexicon.is_region(d.found.entities[static_cast<std::size_t>(entity)].name);
}

// "the women's tournament", "ice hockey's men's final": a common noun in the possessive that is
// a plural, or has no article, says which kind of thing, no owner, and a title keeps it, or the
// women's and the men's tournaments read alike ("the company's chief" has an owner; a name is
// one). Read from the words, for the parser hangs such a possessor on the verb as often as on
// its noun. Returns the first token of the possessor before the phrase at `start`, through the
// possessors it has in turn.
std::optional<std::size_t> classifying_possessor(const Doc& d, const ParseView& parse, std::size_t start) {
  std::optional<std::size_t> first;
  for (int step = 0; step < 2 && start >= parse.begin() + 2 && possessive_marker(lower_at(d, start - 1)); ++step) {
    const std::size_t owner = start - 2;
    const Token& t = d.tokens.tokens[owner];
    if (t.upos != "NOUN" || d.mention_at[owner] >= 0) break;
    std::size_t phrase = owner;
    while (phrase > parse.begin() && d.tokens.tokens[phrase - 1].upos == "NOUN" && d.mention_at[phrase - 1] < 0) --phrase;
    // "Last year's winner", "next month's election": a time's noun goes with the whole time,
    // or "Year's winner" says another thing
    while (d.in_timex[owner] && phrase > parse.begin() && d.in_timex[phrase - 1]) --phrase;
    const bool bare = phrase == parse.begin() || !is_determiner(lower_at(d, phrase - 1));
    if (t.xpos != "NNS" && !bare) break;
    first = start = phrase;
  }
  return first;
}

// Prepositions of a place something is only close to.
bool near_word(std::string_view w) {
  return w == "near" || w == "outside" || w == "around" || w == "off" || w == "beyond";
}

// How many of the first words count the noun ("several", "two", "about 40"), before which no
// place goes.
std::size_t counting_words(const Doc& d, const Words& words) {
  static const std::set<std::string, std::less<>> kCounts = {"several", "many", "some", "few", "most", "all", "both",
                                                             "about", "nearly", "almost", "over", "around"};
  std::size_t k = 0;
  while (k < words.size() && words[k].token >= 0 &&
         (kCounts.contains(to_lower(words[k].text)) || d.tokens.tokens[static_cast<std::size_t>(words[k].token)].upos == "NUM"))
    ++k;
  return k;
}

bool collective_noun(const Doc& d, std::size_t j);  // (below)

// Those who speak or fight for a body: "Hamas fighters", "party members", "Treasury officials";
// or decide for a firm as its owners: "Bright Freight shareholders approved the merger".
bool speaks_for_owner(const std::string& lemma) {
  static const std::set<std::string, std::less<>> kSpeakFor = {
      "official",  "executive", "spokesman", "spokeswoman", "spokesperson", "source",     "authority",
      "manager",   "member",    "fighter",   "supporter",   "soldier",      "troop",      "militant",
      "leader",    "lawmaker",  "negotiator", "diplomat",   "representative", "lawyer",   "agent",
      "director",  "board",     "minister",  "force",       "shareholder",  "stockholder", "investor",
      // ("analysts at Raymond James estimated": a firm's forecast, published in its name)
      "analyst",   "economist", "strategist"};
  return kSpeakFor.count(lemma) > 0;
}

// "The museum's insurer paid out", "Okafor's coach decided": a role that serves its owner
// (counterparts.tsv) and does not speak for it acts for itself; its owner is only whom it serves.
bool serves_owner(const Doc& d, std::size_t noun) {
  const std::string lemma = to_lower(d.tokens.tokens[noun].lemma);
  return d.lexicon.is_serving_role(lemma) && !speaks_for_owner(lemma);
}

// "Lecturers at the University of Northbridge", "nurses at St Mary's Hospital": an organisation
// after "at" that says where the people of the plural subject work, who act for themselves; not
// "officials at the Treasury", who speak for it. So is one right before such a subject
// ("University staff to strike", "Boeing workers walked out"; not "NASA officials said").
bool workplace_of(const Doc& d, const ParseView& parse, std::size_t subject, std::size_t name) {
  const auto marker = parse.child(name, "case");
  const int m = d.mention_at[name];
  const bool before = name < subject && !marker;
  if (!(before || (marker && lower_at(d, *marker) == "at")) || m < 0 ||
      d.found.entity_mentions[static_cast<std::size_t>(m)].type != "ORGANIZATION")
    return false;
  const Token& noun = d.tokens.tokens[subject];
  const bool people = noun.xpos == "NNS" || collective_noun(d, subject);
  return people && !speaks_for_owner(to_lower(noun.lemma));
}

Subject common_subject(const Doc& d, const ParseView& parse, std::size_t subject) {
  Subject out;
  std::size_t start = subject;
  // Two modifiers of the subject at most, but a whole number ("1.8 million children").
  const auto modifies_phrase = [&](std::size_t k) {
    // "bus and light-rail operators": the "and" that joins a modifier to the next one
    if (parse.relation_is(k, "cc") && k > parse.begin() && parse.head(k) == k - 1 && parse.relation_is(k - 1, "compound")) {
      const auto joined = parse.head(k - 1);
      if (joined && *joined >= start && *joined <= subject) return true;
    }
    const auto head = parse.head(k);
    if (!head || *head < start || *head > subject || date_before_subject(d, k, subject)) return false;
    const bool number = d.tokens.tokens[k].upos == "NUM" && (*head != subject || parse.relation_is(k, "nummod"));
    // (a name's first words go with its last: "the Cedar Ridge fire", not "Ridge fire")
    const bool same_name = d.mention_at[k] >= 0 && d.mention_at[k] == d.mention_at[*head];
    if (same_name) return true;
    // "half a million people", "a dozen boats": the words a number opens with are the number's
    if (d.tokens.tokens[*head].upos == "NUM" && (parse.relation_is(k, "det") || parse.relation_is(k, "det:predet")))
      return true;
    // "bus and light-rail operators": a modifier joined to another by "and" goes with it
    const bool joined_modifier = parse.relation_is(k, "compound") && parse.child(k, "cc");
    if (joined_modifier) return true;
    if (subject - start >= 2 && !number) return false;
    // ("a red flag warning", "a yellow weather warning": the modifier of the subject's own
    // modifier makes a term of it, which loses its sense without it)
    const bool term = parse.relation_is(*head, "compound") && parse.head(*head) == subject;
    return number || ((*head == subject || term) && (parse.relation_is(k, "amod") || parse.relation_is(k, "compound")));
  };
  for (std::size_t before = start + 1; before != start;) {
    before = start;
    while (start > parse.begin() && modifies_phrase(start - 1)) --start;
    start = hyphenated_word_start(d, parse, start);
  }
  start -= hedge_before_number(d, parse, start);
  // "the two": a number standing for people keeps its article.
  if (start > parse.begin() && d.tokens.tokens[subject].upos == "NUM" && lower_at(d, start - 1) == "the") --start;
  const bool amount = sign_before_amount(d, parse.begin(), start);
  if (amount) --start;
  const std::size_t last = hyphenated_word_end(d, parse, subject);
  for (std::size_t j = start; j <= last; ++j) {
    if (lower_at(d, j) == "-" && j > start) {  // "like-for-like": the hyphens join the word (render)
      out.words.back().text += "-" + d.tokens.tokens[++j].text;
      continue;
    }
    if (amount && j == start + 1) {
      out.words.back().text += d.tokens.tokens[j].text;
      continue;
    }
    // "NATO allies", "US officials": a name modifying the subject is who acts; not one of no
    // known kind that only says which ("the Grand Slam champion", "the Nobel laureate").
    if (j < subject && d.mention_at[j] >= 0 &&
        (out.mentions.empty() || out.mentions.back() != static_cast<std::size_t>(d.mention_at[j])) &&
        !says_which_one(d, static_cast<std::size_t>(d.mention_at[j])) && !names_a_region(d, static_cast<std::size_t>(d.mention_at[j])) &&
        !workplace_of(d, parse, subject, j) && !home_of_one(d, parse, subject, j))
      out.mentions.push_back(static_cast<std::size_t>(d.mention_at[j]));
    Word w = token_word(d, parse, j);
    // "the new finding": a plain adjective of the subject may go when the title is long (not
    // the "least" of "at least 40 ships", which bounds the number).
    const std::string lower = to_lower(w.text);
    const bool hedge = j > start && hedge_pair(d, j - 1);
    if (j < subject && d.tokens.tokens[j].upos == "ADJ" && !w.proper && !hedge && !is_capitalized(d.tokens.tokens[j].text) &&
        !d.lexicon.has_category(lower, "possible-adj") && !d.lexicon.has_category(lower, "planned-adj"))
      w.drop = 2;
    out.words.push_back(std::move(w));
  }
  // ("Belgian police search": "police" takes a plural verb, as its institution's GROUP mention says)
  out.plural = plural_word(d.tokens.tokens[subject], lower_at(d, subject)) || lower_at(d, subject) == "police";
  // "and four more followed": a number's "more" says they are others than those before
  if (d.tokens.tokens[subject].upos == "NUM" && subject + 1 < parse.end() && lower_at(d, subject + 1) == "more")
    out.words.push_back(token_word(d, parse, subject + 1));
  if (const auto kind = classifying_possessor(d, parse, start)) {
    std::vector<std::size_t> picked;
    for (std::size_t j = *kind; j < start; ++j)
      if (!is_determiner(lower_at(d, j))) picked.push_back(j);
    const Words which = render(d, parse, picked);
    out.words.insert(out.words.begin(), which.begin(), which.end());
  }
  for (const auto c : parse.children(subject)) {
    if (!parse.relation_is(c, "nmod")) continue;
    // "a ceasefire between the government and the militia": the two sides are no place or owner
    if (const auto marker = parse.child(c, "case"); marker && lower_at(d, *marker) == "between") continue;
    const bool of_here = subject + 1 < parse.end() && lower_at(d, subject + 1) == "of" && parse.child(c, "case") == subject + 1;
    // "thousands of Lisbon residents", "half of the Kessa villagers": a quantity's "of" phrase says
    // what it counts, and stays after it though it is a name
    const bool counted = of_here && quantity_word(d, subject);
    // "several refineries near Lake Charles": a place a group is only near is no part of its
    // name (and acts in nothing), and stays after it; one thing is named after the place near it
    // ("a quake near Izmit": "Izmit quake")
    const auto marker = parse.child(c, "case");
    const bool group = plural_word(d.tokens.tokens[subject], lower_at(d, subject));
    if (marker && d.mention_at[c] >= 0 && near_word(lower_at(d, *marker)) && group) {
      out.words.push_back(token_word(d, parse, *marker));
      append(out.words, words_of(d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[c])].text, true));
      break;
    }
    // ("an 81-year-old woman in Toledo": where she lives stays after her, and does not act)
    if (marker && d.mention_at[c] >= 0 && home_of_one(d, parse, subject, c)) {
      out.words.push_back(token_word(d, parse, *marker));
      append(out.words, words_of(d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[c])].text, true));
      break;
    }
    if (d.mention_at[c] >= 0 && !counted) {
      const auto m = static_cast<std::size_t>(d.mention_at[c]);
      // ("Britain's largest rail union": where the union ranks first, not who acts; "Lecturers at
      // the University of Northbridge will walk out": where they work, whom a strike is against)
      const bool possessor = parse.relation_is(c, "nmod:poss");
      if ((!possessor || (!ranked_first(d, parse, subject) && !serves_owner(d, subject))) && !workplace_of(d, parse, subject, c))
        out.mentions.push_back(m);
      // "Spain's demands"; "the US's support" -> "US support" as "officials in the US" -> "US officials".
      const bool owner = parse.relation_is(c, "nmod:poss") && !is_acronym(d.found.entity_mentions[m].text);
      Words place = owner ? possessor_name(d, m) : words_of(d.found.entity_mentions[m].text, true);
      if (!owner) add_joined_names(d, parse, c, out.mentions, place);
      // ("several refineries in Texas": "Several Texas refineries", the count first)
      out.words.insert(out.words.begin() + static_cast<std::ptrdiff_t>(counting_words(d, out.words)), place.begin(), place.end());
      break;
    }
    if (const auto body = named_body(d, parse, c)) {  // names the body, not an actor: Biden is no official
      const Words body_words{Word{d.tokens.tokens[*body].text, 0, End::Whole, true}, token_word(d, parse, c)};
      out.words.insert(out.words.begin(), body_words.begin(), body_words.end());
      break;
    }
    if (of_here) {
      const Words of = of_phrase(d, parse, subject, c);
      if (counted && !of.empty() && d.mention_at[c] >= 0) out.mentions.push_back(static_cast<std::size_t>(d.mention_at[c]));
      // ("One of its four cameras fails": one of several is one)
      const bool one = lower_at(d, subject) == "one" || lower_at(d, subject) == "1";
      out.plural = out.plural || (!of.empty() && quantity_word(d, subject) && !one);
      append(out.words, of);
      break;
    }
  }
  return out;
}

// "Pelican Tankers said": an organisation's name of several words with no "the" before it.
bool firm_without_article(const Doc& d, const EntityMention& mention) {
  if (mention.type != "ORGANIZATION" || mention.text.find(' ') == std::string::npos) return false;
  const Token* first = tagged_token_at(d.tokens, mention.span.begin);
  return first && (first == d.tokens.tokens.data() || to_lower((first - 1)->text) != "the");
}

// "the Social Democrats", "the Greens": a name whose last word is a plural takes a plural verb;
// a place's does not ("the United States", "the Philippines"), nor a body's ("the United
// Nations"), nor a firm's ("Harlow Foods", "Kestrel Airlines": org_words.txt; "Pelican
// Tankers", an organisation's name of several words without "the"), nor a person's ("Morales",
// tagged a plural).
bool plural_name(const Doc& d, const EntityMention& mention, const EntityInfo& entity) {
  if (entity.type == "LOCATION" || entity.type == "PERSON" || entity.name.starts_with("United ")) return false;
  const auto& tokens = d.tokens.tokens;
  const auto last = std::lower_bound(tokens.begin(), tokens.end(), mention.span.end,
                                     [](const Token& t, std::size_t end) { return t.span.end < end; });
  if (last == tokens.end() || last->span.end != mention.span.end) return false;
  // ("Avon and Somerset Police say": a force's name says "police", a plural, as "police say")
  if (entity.type == "ORGANIZATION" && last->text == "Police") return true;
  return last->xpos == "NNPS" && !d.lexicon.is_org_word(last->text) && !firm_without_article(d, mention);
}

Subject named_subject(const Doc& d, std::vector<std::size_t> mentions) {
  Subject out;
  std::sort(mentions.begin(), mentions.end());
  mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
  std::vector<std::string> names;  // one name per entity
  std::vector<bool> proper;
  for (const auto m : mentions) {
    const EntityMention& em = d.found.entity_mentions[m];
    const EntityInfo& entity = d.found.entities[static_cast<std::size_t>(em.entity)];
    // "Americans want ...": a country's people say more than the country's name
    const bool people = entity.type == "LOCATION" && em.text != entity.name && em.text.ends_with("s") &&
                        em.text.find(' ') == std::string::npos;
    // ("the union" is a common noun mid-title: "Neither union nor airline comments"; "NHTSA", the
    // article's own acronym, stays short: "NHTSA opens investigation"; the gazetteer's "US" is
    // named in full)
    const bool own_acronym = spells_out(em.text, entity.name) && !d.lexicon.gazetteer(em.text);
    const std::string name = people || own_acronym ? em.text
                             : entity.common       ? to_lower(display_name(d, entity))
                                                   : display_name(d, entity);
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    names.push_back(name);
    proper.push_back(!entity.common);
    out.plural = out.plural || em.type == "GROUP" || people || plural_name(d, em, entity) || plural_acronym(em.text);
  }
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (k > 0) out.words.push_back({k + 1 == names.size() ? "and" : ","});
    append(out.words, words_of(names[k], proper[k]));
  }
  // "France, Germany and Italy": the comma belongs to the word before it.
  for (std::size_t k = 1; k < out.words.size(); ++k)
    if (out.words[k].text == ",") {
      out.words[k - 1].text += ",";
      out.words.erase(out.words.begin() + static_cast<std::ptrdiff_t>(k));
    }
  out.plural = out.plural || names.size() > 1;
  out.mentions = std::move(mentions);
  return out;
}

// The names a subject token stands for, with those conjoined to it ("Biden and Putin").
std::vector<std::size_t> subject_mentions(const Doc& d, const ParseView& parse, std::size_t subject) {
  const int m = d.mention_at[subject];
  std::size_t last = subject;
  while (last + 1 < parse.end() && d.mention_at[last + 1] == m) ++last;
  std::vector<std::size_t> out = conjoined_before(d, last, parse.begin());
  for (const auto c : parse.children(subject))
    if (parse.relation_is(c, "conj") && d.mention_at[c] >= 0 && d.tokens.tokens[c].upos != "ADJ")
      out.push_back(static_cast<std::size_t>(d.mention_at[c]));
  return out;
}

// "it could take up to two weeks to restore power", "it took years to rebuild": "take" with a
// time and an infinitive that says what the time is needed for; its "it" stands for no thing.
bool takes_time_to(const Doc& d, const ParseView& parse, std::size_t verb) {
  if (d.tokens.tokens[verb].lemma != "take") return false;
  const auto children = parse.children(verb);
  const bool time = std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    return d.in_timex[c] && (parse.relation_is(c, "obj") || parse.relation_is(c, "obl"));
  });
  const bool purpose = std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    const auto mark = parse.child(c, "mark");
    return (parse.relation_is(c, "advcl") || parse.relation_is(c, "xcomp")) && mark && lower_at(d, *mark) == "to";
  });
  return time && purpose;
}

// "It is unclear whether ...", "it remains unclear if", "it was hard to tell", "they say": a
// pronoun that stands for no thing. ("it was disappointed and would appeal" is the firm's.)
bool empty_pronoun(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  const auto verb = parse.head(pronoun);
  if (!verb) return true;
  const std::string& lemma = d.tokens.tokens[*verb].lemma;
  if (lemma == "be" || lemma == "seem" || lemma == "appear" || lemma == "remain" || lemma == "become" || lemma == "say")
    return true;
  if (parse.child(*verb, "ccomp") || parse.child(*verb, "csubj")) return true;
  return parse.child(*verb, "cop") && (parse.child(*verb, "xcomp") || parse.child(*verb, "advcl"));
}

// Whether the noun at `j` counts several: "officials" and "the Lakers", not "Halvorsen Foods"
// or "the United States", names of one organisation or place in words ending in a plural ("it").
bool plural_noun(const Doc& d, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  if (t.xpos != "NNS" && t.xpos != "NNPS") return false;
  const int m = d.mention_at[j];
  if (m < 0) return true;
  const EntityMention& mention = d.found.entity_mentions[static_cast<std::size_t>(m)];
  const bool one_thing = mention.type == "ORGANIZATION" || mention.type == "LOCATION";
  return !one_thing || mention.text.find(' ') == std::string::npos;
}

// "Staff last struck in 2022, when they walked out": a singular noun naming people as one body,
// whom "they" stands for (not "team" or "government", which news calls "it" as often); so is
// a word for two people ("The couple toured Kyoto. They leave for Seoul on Friday").
bool collective_noun(const Doc& d, std::size_t j) {
  static const std::set<std::string, std::less<>> kCollective = {"staff",  "personnel", "crew", "faculty", "workforce",
                                                                 "clergy", "police",    "couple", "pair", "duo"};
  const Token& t = d.tokens.tokens[j];
  return d.mention_at[j] < 0 && t.xpos == "NN" && kCollective.count(to_lower(t.text)) > 0;
}

// "Putin's spokesman said it ...": the subject of a verb of saying that a person owns speaks for
// that person, whom no "it" stands for ("Slepian's death ... it was followed" is the death).
bool speaks_for_person(const Doc& d, const ParseView& parse, std::size_t subject) {
  const auto owner = parse.child(subject, "nmod:poss");
  const auto verb = parse.head(subject);
  return owner && is_person(d, *owner) && verb && is_reporting(d, *verb);
}

// The name that acts for a common noun: a body in apposition, or a person in apposition to a
// noun a pronoun owns ("Her rival, Prime Minister Tomas Hollo,": "rival" says only whose; "the
// chief executive of Lumera, Daniel Okoye," keeps the office, which says more).
std::optional<std::size_t> acting_name_in_apposition(const Doc& d, const ParseView& parse, std::size_t noun) {
  if (const auto body = apposed_name(d, parse, noun, Apposed::Body)) return body;
  const auto owner = parse.child(noun, "nmod:poss");
  if (!owner || d.tokens.tokens[*owner].upos != "PRON") return std::nullopt;
  return apposed_name(d, parse, noun, Apposed::Person);
}

// "The bank's chief said it would cut jobs", "the company's statement said it ...": "it" is no
// one's words but the owner they speak for (a pronoun owner, "Its chief", is left for the caller
// to resolve); an institution ("the bank's board") speaks for itself, and so do the members who
// "said they" would strike, and a body named in apposition. None when the owner is a person.
std::optional<std::size_t> owner_speaking_for(const Doc& d, const ParseView& parse, std::size_t reporter, bool plural) {
  const std::string lemma = token_lower(d.tokens.tokens[reporter]);
  // (a name speaks for itself: "Young's Market Co. said it will merge")
  if (plural || d.mention_at[reporter] >= 0 || d.lexicon.institution(lemma) || d.lexicon.is_group_noun(lemma))
    return reporter;
  if (const auto body = apposed_name(d, parse, reporter, Apposed::Body)) return body;  // "the bank's largest shareholder, Ardent,"
  const auto owner = parse.child(reporter, "nmod:poss");
  if (!owner) return reporter;
  return is_person(d, *owner) ? std::nullopt : owner;
}

// "The agency said the earliest date was Feb. 24, but that it would not set one": a pronoun
// subject of a clause a reporting verb governs (through complements and conjoined clauses)
// stands for that verb's subject when it is a noun of the pronoun's number and no person.
// "The opposition Christian Democrats said they would challenge it", "Harlow Motors said they
// would appeal": an organisation that says what "they" will do is who "they" are, as British
// news writes a party, a team or a firm, whatever number its name has.
bool organisation_called_they(const Doc& d, std::size_t subject, bool plural) {
  const int m = d.mention_at[subject];
  return plural && m >= 0 && d.found.entity_mentions[static_cast<std::size_t>(m)].type == "ORGANIZATION";
}

bool many_subjects(const Doc& d, const ParseView& parse, std::size_t j);  // (below, with the pronouns)

std::optional<std::size_t> reporter_of(const Doc& d, const ParseView& parse, std::size_t pronoun, bool plural) {
  auto verb = parse.head(pronoun);
  for (int step = 0; verb && step < 3; ++step) {
    if (is_reporting(d, *verb)) {
      const auto subject = parse.child(*verb, "nsubj");
      if (!subject) return std::nullopt;
      const Token& t = d.tokens.tokens[*subject];
      const bool noun = t.upos == "NOUN" || t.upos == "PROPN";
      // ("Maersk and MSC said they would divert": names joined by "and" are a "they")
      const bool several = plural_noun(d, *subject) || many_subjects(d, parse, *subject);
      if (!noun || is_person(d, *subject) || (several != plural && !organisation_called_they(d, *subject, plural)))
        return std::nullopt;
      return owner_speaking_for(d, parse, *subject, plural);
    }
    if (!parse.relation_is(*verb, "ccomp") && !parse.relation_is(*verb, "conj")) return std::nullopt;
    verb = parse.head(*verb);
  }
  return std::nullopt;
}

// "..., people familiar with the matter said.": after a comma, a phrase and the verb of saying
// that ends the sentence (whatever the parser made of them).
bool closing_source(const Doc& d, const ParseView& parse, std::size_t subject) {
  constexpr std::size_t kMaxSource = 8;  // words from the subject to its verb of saying
  std::size_t start = subject;
  while (start > parse.begin() && parse.head(start - 1) == subject) --start;
  if (start == parse.begin() || lower_at(d, start - 1) != ",") return false;
  for (std::size_t r = subject + 1; r < parse.end() && r <= subject + kMaxSource; ++r) {
    if (!is_reporting(d, r)) continue;
    for (std::size_t k = r + 1; k < parse.end(); ++k)
      if (!is_punctuation(d.tokens.tokens[k].text)) return false;
    return true;
  }
  return false;
}

// "The storm made landfall at dawn, the agency said. It is expected to weaken": the source named
// after what it reports is no topic of the story; `subject` is the subject of such a verb.
bool trailing_attribution(const Doc& d, const ParseView& parse, std::size_t subject) {
  if (closing_source(d, parse, subject)) return true;
  const auto verb = parse.head(subject);
  if (!verb || *verb < subject) return false;
  if (!is_reporting(d, *verb)) return false;
  // UD hangs "the agency said" on the reported clause (as parataxis), or the clause on it
  if (const auto head = parse.head(*verb); head && *head < subject) return true;
  const auto children = parse.children(*verb);
  return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    return c < subject && (parse.relation_is(c, "ccomp") || parse.relation_is(c, "parataxis"));
  });
}

// "the grounded tanker Nordic Crown" parsed with the common noun as the head and the name hung
// on it with no preposition: the name written right after the noun says who the noun is.
std::optional<std::size_t> name_right_after(const Doc& d, const ParseView& parse, std::size_t noun) {
  const std::size_t next = noun + 1;
  if (next >= parse.end() || d.mention_at[next] < 0) return std::nullopt;
  for (const std::size_t c : parse.children(noun)) {
    if (d.mention_at[c] != d.mention_at[next] || parse.child(c, "case")) continue;
    const std::string_view relation = parse.relation(c);
    if (relation == "nmod" || relation == "appos" || relation == "flat") return c;
  }
  return std::nullopt;
}

// "The gunman, identified by police as 34-year-old Carl Denholm, entered": the person a naming
// verb's participle (naming_verbs.txt) right after the noun's comma gives after "as". Read from
// the words: the parser hangs the name anywhere.
std::optional<std::size_t> person_named_as(const Doc& d, const ParseView& parse, std::size_t noun) {
  constexpr std::size_t kMaxAgent = 4, kMaxModifiers = 5;  // "by local police", "34-year-old"
  if (noun + 2 >= parse.end() || lower_at(d, noun + 1) != "," || d.tokens.tokens[noun + 2].xpos != "VBN" ||
      !d.lexicon.is_naming_verb(to_lower(d.tokens.tokens[noun + 2].lemma)))
    return std::nullopt;
  std::size_t as = noun + 3;
  while (as < parse.end() && as <= noun + 3 + kMaxAgent && lower_at(d, as) != "as" && lower_at(d, as) != ",") ++as;
  if (as >= parse.end() || lower_at(d, as) != "as") return std::nullopt;
  for (std::size_t k = as + 1; k < parse.end() && k <= as + kMaxModifiers && lower_at(d, k) != ","; ++k)
    if (is_person(d, k)) return k;
  return std::nullopt;
}

// The name a common noun's own words give it: right after it, or after "identified as".
std::optional<std::size_t> name_of_noun(const Doc& d, const ParseView& parse, std::size_t noun) {
  if (const auto name = name_right_after(d, parse, noun)) return name;
  return person_named_as(d, parse, noun);
}

// The subject a noun token makes: its names when it is (part of) a name, else its phrase.
Subject common_or_named(const Doc& d, const ParseView& parse, std::size_t noun) {
  if (d.mention_at[noun] >= 0) return named_subject(d, subject_mentions(d, parse, noun));
  if (const auto name = name_of_noun(d, parse, noun)) return named_subject(d, subject_mentions(d, parse, *name));
  if (const auto name = acting_name_in_apposition(d, parse, noun)) return named_subject(d, subject_mentions(d, parse, *name));
  return common_subject(d, parse, noun);
}

// "Meridian notified the regulator, as the law requires. It began ...": the subject of an
// adverbial or relative clause is not what the next sentence goes on about.
// (A clause that "as" or "because" opens counts even where the parse made it a conjunct; one
// that "that" opens is what was said, often the story itself.)
bool in_side_clause(const Doc& d, const ParseView& parse, std::size_t subject) {
  const auto verb = parse.head(subject);
  if (!verb) return false;
  if (parse.relation_is(*verb, "advcl") || parse.relation_is(*verb, "acl")) return true;  // acl:relcl too
  const auto children = parse.children(*verb);
  return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    const std::string w = lower_at(d, c);
    return parse.relation_is(c, "mark") && w != "that" && w != "whether" && w != "to";
  });
}

// "The committee said services inflation remained too high. It said ...": whoever says something
// again is the one who spoke before, not a subject of what was said; whether the subject at
// `subject` is in a clause a statement reports.
bool in_reported_clause(const Doc& d, const ParseView& parse, std::size_t subject) {
  const auto verb = parse.head(subject);
  if (!verb || !parse.relation_is(*verb, "ccomp")) return false;
  const auto head = parse.head(*verb);
  return head && is_reporting(d, *head);
}

// "It said it would consider": whether the same pronoun at `speaker` is the subject of a verb of
// saying that reports the clause of the pronoun at `pronoun`.
bool speaks_again(const Doc& d, const ParseView& parse, std::size_t speaker, std::size_t pronoun) {
  const auto verb = parse.head(speaker);
  if (lower_at(d, speaker) != lower_at(d, pronoun) || !parse.relation_is(speaker, "nsubj") || !verb || !is_reporting(d, *verb))
    return false;
  auto clause = parse.head(pronoun);
  for (int step = 0; clause && step < 3 && clause != verb; ++step) clause = parse.head(*clause);
  return clause == verb;
}

// "The committee said services inflation remained too high. It said it would ...": the speaker
// a pronoun speaker goes on from, the subject of a verb of saying in sentence `sentence` that is
// a thing of the pronoun's number (`plural`) and no person.
std::optional<Subject> previous_speaker(const Doc& d, int sentence, bool plural) {
  if (sentence < 0) return std::nullopt;
  const ParseView there(d.tokens, d.tokens.sentences[static_cast<std::size_t>(sentence)]);
  for (std::size_t j = there.begin(); j < there.end(); ++j) {
    const auto verb = there.head(j);
    const std::string& upos = d.tokens.tokens[j].upos;
    if (!verb || !there.relation_is(j, "nsubj") || !is_reporting(d, *verb) || (upos != "NOUN" && upos != "PROPN")) continue;
    if (is_person(d, j) || plural_noun(d, j) != plural || in_reported_clause(d, there, j)) continue;
    return common_or_named(d, there, j);
  }
  return std::nullopt;
}

// "until a successor is named, which it expects to happen": a pronoun in a relative clause that
// says something of a whole clause is not that clause's subject.
bool said_of_its_clause(const ParseView& parse, std::size_t pronoun, std::size_t subject) {
  const auto clause = parse.head(subject);
  // (only a side clause's: "raised taxes, which it had promised not to do" is the government's)
  if (!clause || !parse.relation_is(*clause, "advcl")) return false;
  auto relative = parse.head(pronoun);
  while (relative && !parse.relation_is(*relative, "acl:relcl")) relative = parse.head(*relative);
  return relative && parse.head(*relative) == clause;
}

// Whether the possessor at token `j` is the owner of a subject ("[The storm]'s winds reached").
bool owns_a_subject(const Doc& d, std::size_t j) {
  const Sentence* s = sentence_containing(d.tokens, j);
  const int head = d.tokens.tokens[j].head;
  if (!s || head < 0) return false;
  return d.tokens.tokens[s->first_token + static_cast<std::size_t>(head)].deprel.starts_with("nsubj");
}

// "the bank announced it had sold ...": "it" (or "they") stands for the nearest subject before
// it of its number that is a noun and no person, in its sentence or the one before (news names
// the firm or the group it goes on about as a subject). Nothing when there is none.
// Whether the subject at `j` names more than one: a plural, or names joined by "and" ("Saudi
// Arabia and Russia"), which no "it" stands for.
bool many_subjects(const Doc& d, const ParseView& parse, std::size_t j) {
  if (plural_noun(d, j)) return true;
  for (const std::size_t c : parse.children(j))
    if (parse.relation_is(c, "conj"))
      if (const auto cc = parse.child(c, "cc"); cc && lower_at(d, *cc) == "and") return true;
  return false;
}

// "Saudi Arabia and Russia blocked that language, and it was dropped": an "it" that the first
// clause's subject cannot be, in a clause joined to it, is the thing that clause acted on.
std::optional<std::size_t> object_of_joined_clause(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  const auto verb = parse.head(pronoun);
  if (lower_at(d, pronoun) != "it" || !verb || !parse.relation_is(*verb, "conj")) return std::nullopt;
  const auto first = parse.head(*verb);
  const auto subject = first ? parse.child(*first, "nsubj") : std::nullopt;
  const auto object = first ? parse.child(*first, "obj") : std::nullopt;
  if (!subject || !object || !many_subjects(d, parse, *subject)) return std::nullopt;
  const Token& noun = d.tokens.tokens[*object];
  if (noun.upos != "NOUN" || noun.xpos != "NN" || many_subjects(d, parse, *object)) return std::nullopt;
  return object;
}

// "they pulled a girl from the rubble of a hotel, 80 hours after it collapsed": the "it" of a
// time clause after its main clause, whose subject is no single thing (or is a person), stands for the nearest
// single thing the main clause names (no person, no time, nothing inside the time clause);
// none otherwise. ("The firm sold the plant a year after it opened" is the firm's: the search
// for a subject finds it first.)
// Whether the common noun at `j` names a person: a role or title (person_roles.txt, titles.txt)
// or a word in "-man" ("gunman", "spokeswoman"), which no "it" stands for.
bool person_noun(const Doc& d, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  if (t.upos != "NOUN") return false;
  const std::string lemma = to_lower(t.lemma.empty() ? t.text : t.lemma);
  return d.lexicon.is_person_role(lemma) || d.lexicon.is_title(capitalize(lemma)) || (lemma.size() > 4 && lemma.ends_with("man"));
}

std::optional<std::size_t> thing_before_time_clause(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  const auto verb = parse.head(pronoun);
  // (the parser may hang a time clause after a comma on its main clause as `parataxis`)
  const bool time_clause = verb && (parse.relation_is(*verb, "advcl") || parse.relation_is(*verb, "parataxis"));
  if (lower_at(d, pronoun) != "it" || !time_clause || !parse.child(*verb, "mark")) return std::nullopt;
  const std::size_t main = parse.head(*verb).value_or(pronoun);
  if (main >= pronoun) return std::nullopt;
  // ("The gunman entered the branch shortly after it opened": a person is no "it")
  const auto subject = parse.child(main, "nsubj");
  if (subject && d.tokens.tokens[*subject].upos != "PRON" && !plural_noun(d, *subject) && !is_person(d, *subject) &&
      !person_noun(d, *subject))
    return std::nullopt;
  const auto inside_clause = [&](std::size_t j) {
    for (auto up = parse.head(j); up; up = parse.head(*up))
      if (*up == *verb) return true;
    return false;
  };
  for (std::size_t j = pronoun; j-- > main + 1;) {
    const Token& t = d.tokens.tokens[j];
    if (t.xpos != "NN" || d.in_timex[j] || is_person(d, j) || inside_clause(j)) continue;
    return j;
  }
  return std::nullopt;
}

// "A tribunal imposed the ban in October, meaning it will run until 2028": an "it" that is the
// subject of a verb of lasting stands for the term that a verb of signing or granting before it
// in its sentence made (term_verbs.tsv), not for who made it.
std::optional<std::size_t> term_made_before(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  static const std::set<std::string, std::less<>> kLasting = {"run", "last", "expire"};
  const auto verb = parse.head(pronoun);
  if (lower_at(d, pronoun) != "it" || !verb || !kLasting.contains(d.tokens.tokens[*verb].lemma)) return std::nullopt;
  std::optional<std::size_t> term;
  for (std::size_t k = parse.begin(); k < pronoun; ++k) {
    if (d.tokens.tokens[k].upos != "VERB" || d.lexicon.term_verb(d.tokens.tokens[k].lemma) == 0) continue;
    if (const auto object = parse.child(k, "obj"); object && *object < pronoun && d.tokens.tokens[*object].upos == "NOUN") term = object;
  }
  return term;
}

std::optional<Subject> subject_before(const Doc& d, const ParseView& parse, std::size_t pronoun, int sentence) {
  if (empty_pronoun(d, parse, pronoun)) return std::nullopt;
  if (const auto term = term_made_before(d, parse, pronoun)) return common_or_named(d, parse, *term);
  if (const auto thing = thing_before_time_clause(d, parse, pronoun)) return common_or_named(d, parse, *thing);
  const bool plural = lower_at(d, pronoun) == "they" || lower_at(d, pronoun) == "them";
  if (const auto thing = object_of_joined_clause(d, parse, pronoun)) return common_or_named(d, parse, *thing);
  if (const auto reporter = reporter_of(d, parse, pronoun, plural)) {
    // ("Its chief said it would ...": the "it" the owner's pronoun stands for)
    if (d.tokens.tokens[*reporter].upos == "PRON") return subject_before(d, parse, *reporter, sentence);
    Subject named = common_or_named(d, parse, *reporter);
    named.plural = named.plural || organisation_called_they(d, *reporter, plural);  // "Christian Democrats challenge"
    return named;
  }
  const auto verb = parse.head(pronoun);
  // ("It took years to rebuild the bridge": no thing named before takes the time; "they took
  // two weeks to reach it" are the ones named)
  if (!plural && verb && takes_time_to(d, parse, *verb)) return std::nullopt;
  const bool says_again = verb && is_reporting(d, *verb);
  const std::size_t floor = d.tokens.sentences[static_cast<std::size_t>(std::max(0, sentence - 1))].first_token;
  const std::size_t own_start = d.tokens.sentences[static_cast<std::size_t>(sentence)].first_token;
  for (std::size_t j = pronoun; j-- > floor;) {
    const Token& t = d.tokens.tokens[j];
    if (j >= own_start && j + 1 < pronoun && speaks_again(d, parse, j, pronoun))
      if (auto speaker = previous_speaker(d, sentence - 1, plural)) return speaker;
    // "It is the company's second recall. In January it recalled ...": the same pronoun as the
    // subject of the sentence before stands for what that one stands for
    // ("They are expected to return ... On Friday they will leave": a passive's subject too)
    if (j < own_start && t.upos == "PRON" && (t.deprel == "nsubj" || t.deprel == "nsubj:pass") &&
        lower_at(d, j) == lower_at(d, pronoun))
      return subject_before(d, ParseView(d.tokens, d.tokens.sentences[static_cast<std::size_t>(sentence - 1)]), j, sentence - 1);
    // (a name the tagger took for an adjective still names: "Meridian shut down ...")
    const bool noun = t.upos == "NOUN" || t.upos == "PROPN" || d.mention_at[j] >= 0;
    // ("The storm's winds reached 120 mph. Forecasters warned it could intensify": the owner of
    // a subject is what the story goes on about as well)
    const bool subject_owner = t.deprel == "nmod:poss" && owns_a_subject(d, j);
    if ((t.deprel != "nsubj" && t.deprel != "nsubj:pass" && !subject_owner) || !noun) continue;
    // "The recall is its third. In January it recalled ...": an act does not do itself
    if (verb && t.upos == "NOUN" && t.lemma == d.tokens.tokens[*verb].lemma) continue;
    if ((plural_noun(d, j) || collective_noun(d, j)) != plural || d.in_timex[j]) continue;  // "28 October" acts in no story
    if (is_person(d, j)) continue;
    const int m = d.mention_at[j];
    const auto& own = d.tokens.sentences[static_cast<std::size_t>(sentence)];
    const ParseView there(d.tokens, j >= own.first_token ? own : d.tokens.sentences[static_cast<std::size_t>(sentence - 1)]);
    if (!plural && many_subjects(d, there, j)) continue;  // "Saudi Arabia and Russia ... it"
    // ("warned that there was substantial doubt ... Two weeks later it missed a payment": what
    // "there is" says exists is no one the story goes on about)
    if (const auto clause = there.head(j); clause && there.child(*clause, "expl")) continue;
    // ("Brazil's environment minister, Ana Ribeiro,": a noun with a person in apposition is that
    // person, whom no "it" stands for)
    // (nor for "The gunman, identified by police as Carl Denholm,": a person named so)
    if (m < 0 && (apposed_name(d, there, j, Apposed::Person) || person_named_as(d, there, j) ||
                  (!plural && speaks_for_person(d, there, j))))
      continue;
    if (trailing_attribution(d, there, j)) continue;
    if (j < own.first_token && in_side_clause(d, there, j)) continue;
    // ("The company, whose fiscal year ends in June, said it would": the relative clause's
    // subject is said of the noun, which the story is about)
    if (const auto clause = there.head(j); clause && there.relation_is(*clause, "acl:relcl")) continue;
    if (says_again && in_reported_clause(d, there, j)) continue;
    if (j >= own.first_token && said_of_its_clause(parse, pronoun, j)) continue;
    if (m >= 0) return named_subject(d, subject_mentions(d, there, j));
    if (const auto name = name_right_after(d, there, j)) return named_subject(d, subject_mentions(d, there, *name));
    return common_subject(d, there, j);
  }
  return std::nullopt;
}

// "Both of the leaders", "most of the workers": a quantifier before "of" stands for part of the
// noun after it, which says who acts.
std::optional<std::size_t> partitive_noun(const Doc& d, const ParseView& parse, std::size_t quantifier) {
  if (!partitive_quantifier(lower_at(d, quantifier)) || quantifier + 1 >= parse.end() || lower_at(d, quantifier + 1) != "of")
    return std::nullopt;
  auto noun = parse.child(quantifier, "nmod");
  if (!noun) noun = parse.child(quantifier, "obl");  // the parser's reading of an adjective's phrase
  if (!noun || (d.tokens.tokens[*noun].upos != "NOUN" && d.tokens.tokens[*noun].upos != "PROPN")) return std::nullopt;
  // ("most of Europe", "many of Gaza's hospitals" keep their "of")
  if (d.tokens.tokens[*noun].xpos == "NNP" || parse.child(*noun, "nmod:poss")) return std::nullopt;
  return noun;
}

// "Neither the mayor nor the governor": both named, between "Neither" and "nor".
Subject neither_nor_subject(const Doc& d, const ParseView& parse, std::size_t first, std::size_t second) {
  const auto one = [&](std::size_t noun) {
    const int m = d.mention_at[noun];
    return m >= 0 ? named_subject(d, {static_cast<std::size_t>(m)}) : common_subject(d, parse, noun);
  };
  const Subject a = one(first), b = one(second);
  Subject out{{Word{"Neither"}}, a.mentions, false, true};
  append(out.words, a.words);
  out.words.push_back(Word{"nor"});
  append(out.words, b.words);
  out.mentions.insert(out.mentions.end(), b.mentions.begin(), b.mentions.end());
  return out;
}

// "Nobody was hurt", "no one", "No charges", "none of the passengers", "Neither the mayor nor
// the governor": a subject that names no one stays in the title, which then says no "not"
// ("Nobody hurt", "No passengers hurt", "Neither mayor nor governor attends").
std::optional<Subject> no_one_subject(const Doc& d, const ParseView& parse, std::size_t subject) {
  if (const auto second = nor_conjunct(d.tokens, parse, subject)) return neither_nor_subject(d, parse, subject, *second);
  const auto led_by = [&](const std::string& word, std::size_t noun) {  // "No" + "passengers"
    Subject out = common_subject(d, parse, noun);
    out.words.insert(out.words.begin(), Word{word});
    out.no_one = true;
    return out;
  };
  const std::string w = lower_at(d, subject);
  if (w == "one" && subject > parse.begin() && lower_at(d, subject - 1) == "no") return Subject{{Word{"No one"}}, {}, false, true};
  if (const auto det = parse.child(subject, "det"); det && determines_none(lower_at(d, *det)))
    return led_by(lower_at(d, *det) == "no" ? "No" : "Neither", subject);
  if (!names_no_one(w)) return std::nullopt;
  const auto noun = parse.child(subject, "nmod");  // "none of the passengers"
  if (noun && (w == "none" || w == "neither") && lower_at(d, subject + 1) == "of" && d.tokens.tokens[*noun].upos == "NOUN")
    return led_by("No", *noun);
  std::string alone = w == "noone" ? "No one" : w;
  alone[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(alone[0])));
  return Subject{{Word{alone}}, {}, false, true};
}

// "the minister", "the mayor": a common noun that is a person's title written in lower case.
bool titled_noun(const Doc& d, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  return t.upos == "NOUN" && d.mention_at[j] < 0 && !t.text.empty() && std::islower(static_cast<unsigned char>(t.text[0])) &&
         d.lexicon.is_title(capitalize(t.text));
}

// "Weber last met Brandt in Bern in 2018, when he opened the embassy": the "he" or "she" that is
// the subject of a clause of time on a verb whose subject is a person stands for that subject
// (as the story goes on about it), not for the person named last; none when the gender of the
// name does not fit. Only the marks of time (not "because", whose reason may be another's).
std::optional<std::size_t> person_of_main_clause(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  static const std::set<std::string, std::less<>> kMarks = {"when", "as", "after", "before", "while", "until"};
  const auto verb = parse.head(pronoun);
  if (!verb || !parse.relation_is(pronoun, "nsubj")) return std::nullopt;
  // (the parser hangs "in 2018, when he ..." on the verb, or as a relative clause on the date)
  auto main = parse.head(*verb);
  if (main && parse.relation_is(*verb, "acl:relcl") && d.in_timex[*main]) main = parse.head(*main);
  else if (!parse.relation_is(*verb, "advcl")) return std::nullopt;
  auto mark = parse.child(*verb, "mark");
  if (!mark) mark = parse.child(*verb, "advmod");
  if (!mark || *mark > pronoun || !kMarks.contains(lower_at(d, *mark)) || !main) return std::nullopt;
  auto subject = parse_subject(d, parse, *main);
  if (!subject || *subject > pronoun) return std::nullopt;
  // ("The king last met": the parser may take the adverb for the noun the subject modifies)
  if (const auto noun = parse.child(*subject, "compound"); noun && d.mention_at[*subject] < 0 && !titled_noun(d, *subject))
    subject = noun;
  const int m = d.mention_at[*subject];
  if (m < 0) return titled_noun(d, *subject) ? subject : std::nullopt;
  const EntityMention& mention = d.found.entity_mentions[static_cast<std::size_t>(m)];
  if (mention.type != "PERSON" || mention.entity < 0) return std::nullopt;
  const char named = d.found.entities[static_cast<std::size_t>(mention.entity)].gender;
  return named == 0 || named == pronoun_gender(lower_at(d, pronoun)) ? subject : std::nullopt;
}

// The "her" or "his" that owns the speaker of what holds the "she" or "he" at `pronoun`
// (speakers_owner_pronoun), whom the pronoun stands for.
std::optional<std::size_t> owner_of_speaker_for(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  auto verb = parse.head(pronoun);
  for (int step = 0; verb && step < 3; ++step) {
    if (is_reporting(d, *verb)) {
      const auto subject = parse.child(*verb, "nsubj");
      const Sentence* s = sentence_containing(d.tokens, pronoun);
      return subject && s ? speakers_owner_pronoun(d, *s, *subject, pronoun) : std::nullopt;
    }
    if (!parse.relation_is(*verb, "ccomp") && !parse.relation_is(*verb, "conj")) return std::nullopt;
    verb = parse.head(*verb);
  }
  return std::nullopt;
}

// "The minister said she would attend", "The mayor's office said he had resigned": the speaker of
// what holds the "he" or "she" at `pronoun` when a title's noun names them (or owns the speaking
// office), whom the pronoun stands for rather than a person named before; none otherwise.
std::optional<std::size_t> titled_speaker_of(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  auto verb = parse.head(pronoun);
  for (int step = 0; verb && step < 3; ++step) {
    if (is_reporting(d, *verb)) {
      const auto subject = parse.child(*verb, "nsubj");
      if (!subject) return std::nullopt;
      if (titled_noun(d, *subject)) return subject;
      const auto owner = parse.child(*subject, "nmod:poss");
      return owner && titled_noun(d, *owner) ? owner : std::nullopt;
    }
    if (!parse.relation_is(*verb, "ccomp") && !parse.relation_is(*verb, "conj")) return std::nullopt;
    verb = parse.head(*verb);
  }
  return std::nullopt;
}

// The title's noun at `noun` as a subject, with the modifiers it had when the sentence before
// named it so ("asked the transport minister to attend. The minister's office said she ..." ->
// "Transport minister").
Subject titled_subject(const Doc& d, const ParseView& parse, std::size_t noun, int sentence) {
  if (sentence > 0) {
    const Sentence& before = d.tokens.sentences[static_cast<std::size_t>(sentence - 1)];
    const ParseView there(d.tokens, before);
    for (std::size_t j = there.end(); j-- > there.begin();)
      if (lower_at(d, j) == lower_at(d, noun) && titled_noun(d, j) && j > there.begin() && there.head(j - 1) == j)
        return common_subject(d, there, j);
  }
  return common_subject(d, parse, noun);
}

// The subject of a verb event: with a parse a name, a pronoun for the last person named ("he")
// or the last thing named ("it", "they"), or a common noun phrase; another pronoun names no one
// and is left out; without a subject from the parse, the names of the verb it is conjoined to
// (`conjunct_subject`), else the names before the verb.
// "Ada Albers, whom she married in 1959, died": the entity of the name whose relative clause
// the verb heads (through its relative pronoun), which the clause's own "she" never stands for;
// -1 when none.
int relative_clause_owner(const Doc& d, const ParseView& parse, std::size_t verb) {
  std::optional<std::size_t> at = verb;
  for (int step = 0; step < 2 && at && parse.relation_is(*at, "acl:relcl"); ++step) {
    at = parse.head(*at);
    if (at && d.mention_at[*at] >= 0) return d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[*at])].entity;
  }
  return -1;
}

// "between Alexander Zverev and Taylor Fritz, who beat Medvedev": a relative clause the parser
// hangs on a later name of a list (on any of the name's own words) speaks of that name alone;
// one hung on the first ("Biden and Putin, who met in Geneva") speaks of them all.
// `antecedent` is the noun the verb's relative pronoun stands for.
bool relative_on_later_conjunct(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t antecedent) {
  const auto pronoun = parse.child(verb, "nsubj");
  if (!pronoun || !relative_word(d, *pronoun) || !parse.relation_is(verb, "acl") || parse.head(verb) != antecedent) return false;
  std::size_t name = antecedent;
  while (parse.relation_is(name, "flat") && parse.head(name) && d.mention_at[*parse.head(name)] == d.mention_at[antecedent])
    name = *parse.head(name);
  return parse.relation_is(name, "conj");
}

// "The men's final is scheduled for Sunday", "the women's final was postponed": the possessor
// of an adjective that stands as the subject right before its verb group, with nothing but
// auxiliaries between, which makes a noun of it (not across a comma: "the men's final, ...,
// Ruiz beat"). None for any other subject.
std::optional<std::size_t> owner_of_subject_adjective(const Doc& d, const ParseView& parse, std::size_t subject, std::size_t verb) {
  const auto owner = parse.child(subject, "nmod:poss");
  if (!owner || d.tokens.tokens[subject].upos != "ADJ" || subject >= verb) return std::nullopt;
  for (std::size_t k = subject + 1; k < verb; ++k)
    if (!parse.relation_is(k, "aux") || parse.head(k) != verb) return std::nullopt;
  return owner;
}

// "Men's final": the owner with its "'s" and the adjective it makes a noun of.
Subject owned_adjective_subject(const Doc& d, const ParseView& parse, std::size_t owner, std::size_t adjective) {
  Word owner_word = token_word(d, parse, owner);
  owner_word.text += lower_at(d, owner + 1) == "'" ? "'" : "'s";
  return Subject{{owner_word, token_word(d, parse, adjective)}, {}, false};
}

// "Margaret Ellison met David Ellison in Plymouth. They married in June 1963", "she met her
// husband, David Ellison. They married": the "they" of `pronoun` stands for the two people named
// (or called "he" or "she" as a subject) in its sentence before it and the sentence before, when
// exactly two are (a mention of each); none otherwise.
std::vector<std::size_t> two_people_before(const Doc& d, std::size_t pronoun, int sentence) {
  const int first_sentence = std::max(0, sentence - 1);
  const std::size_t first = d.tokens.sentences[static_cast<std::size_t>(first_sentence)].first_token;
  std::vector<std::size_t> people;
  std::set<int> entities;
  const auto add = [&](std::size_t m) {
    const EntityMention& em = d.found.entity_mentions[m];
    if (em.type == "PERSON" && entities.insert(em.entity).second) people.push_back(m);
  };
  for (std::size_t t = first; t < pronoun; ++t) {
    if (d.mention_at[t] >= 0 && (t == first || d.mention_at[t - 1] != d.mention_at[t])) add(static_cast<std::size_t>(d.mention_at[t]));
    const bool he_or_she = pronoun_gender(lower_at(d, t)) != 0 && d.tokens.tokens[t].deprel.starts_with("nsubj");
    const int at = t < d.tokens.sentences[static_cast<std::size_t>(sentence)].first_token ? first_sentence : sentence;
    if (he_or_she)
      if (const auto person = person_before(d, t, at)) add(*person);
  }
  return people.size() == 2 ? people : std::vector<std::size_t>{};
}

// "737-800", "737 MAX": the model's code written right after the name whose last token is at
// `last` (figures joined by a hyphen to more, or followed by a word in capitals); empty when none.
std::string model_code_after(const Doc& d, std::size_t last) {
  const auto& t = d.tokens.tokens;
  const std::size_t code = last + 1;
  const auto figures = [](const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; });
  };
  if (code + 1 >= t.size() || !figures(t[code].text) || t[code].span.begin == t[last].span.end) return {};
  const bool hyphened = t[code + 1].text == "-" && t[code].span.end == t[code + 1].span.begin && code + 2 < t.size() &&
                        t[code + 1].span.end == t[code + 2].span.begin;
  if (hyphened) return t[code].text + "-" + t[code + 2].text;
  if (t[code + 1].text.size() >= 2 && is_all_caps(t[code + 1].text)) return t[code].text + " " + t[code + 1].text;
  return {};
}

// Whether mention `m` names a maker with its model's code after it ("a Boeing 737-800"): the
// aircraft or the car, which the maker does not act in.
bool maker_of_model(const Doc& d, std::size_t m) {
  return !model_code_after(d, last_token_of(d, d.found.entity_mentions[m])).empty();
}

// "The China Eastern Boeing 737-800 crashed": a maker named with its model's code names the
// aircraft, and the name right before the maker its operator, who alone acts: "China Eastern
// Boeing 737-800 crashes", not "Boeing crashes" (the maker says "Boeing said" of itself).
std::optional<Subject> model_subject(const Doc& d, std::size_t subject) {
  const int m = d.mention_at[subject];
  std::size_t first = subject, last = subject;
  while (first > 0 && d.mention_at[first - 1] == m) --first;
  while (last + 1 < d.tokens.tokens.size() && d.mention_at[last + 1] == m) ++last;
  const std::string model = model_code_after(d, last);
  if (model.empty()) return std::nullopt;
  Subject out;
  if (first > 0 && d.mention_at[first - 1] >= 0) out = named_subject(d, {static_cast<std::size_t>(d.mention_at[first - 1])});
  const EntityMention& maker = d.found.entity_mentions[static_cast<std::size_t>(m)];
  append(out.words, words_of(display_name(d, d.found.entities[static_cast<std::size_t>(maker.entity)]) + " " + model, true));
  return out;
}

// The entity that the subject of the verb `word` hangs on names, or -1.
int subject_entity_of_head(const Doc& d, const ParseView& parse, std::size_t word) {
  const auto verb = parse.head(word);
  const auto subject = verb ? parse_subject(d, parse, *verb) : std::nullopt;
  if (!subject || d.mention_at[*subject] < 0) return -1;
  return d.found.entity_mentions[static_cast<std::size_t>(d.mention_at[*subject])].entity;
}

// Whether token `t` is in a quote the text opened before it, in this sentence or an earlier one
// ('"We are exhausted. We will not sign," she said').
bool quoted_in_text(const Doc& d, std::size_t t) {
  std::size_t marks = 0;
  for (std::size_t k = 0; k < t; ++k) marks += quotation_mark(d.tokens.tokens[k].text) ? 1 : 0;
  return marks % 2 == 1;
}

// "Skyline Cloud outage ... We will add automated checks": in an organisation's own report, a
// "we" in no quote is its author, the organisation (or the name of no known kind) the headline
// or the lead names that the text names most before the pronoun at `pronoun`, the first on a
// tie; the mention of it nearest before. None in a quote, or where the lead names none.
std::optional<std::size_t> author_of_we(const Doc& d, std::size_t pronoun) {
  constexpr std::size_t kLeadSentences = 3;  // a headline, a dateline or a date line, the first sentence
  if (quoted_in_text(d, pronoun) || d.tokens.sentences.empty()) return std::nullopt;
  const std::size_t lead_sentence = std::min(kLeadSentences, d.tokens.sentences.size()) - 1;
  const std::size_t lead_end = d.tokens.sentences[lead_sentence].span.end;
  const std::size_t before = d.tokens.tokens[pronoun].span.begin;
  std::map<int, int> count;
  std::map<int, std::size_t> last;
  std::set<int> in_lead;
  std::vector<int> order;
  for (std::size_t m = 0; m < d.found.entity_mentions.size(); ++m) {
    const EntityMention& em = d.found.entity_mentions[m];
    if (em.span.begin >= before) break;
    if (em.type != "ORGANIZATION" && em.type != "MISC") continue;
    if (count[em.entity]++ == 0) order.push_back(em.entity);
    last[em.entity] = m;
    if (em.span.end <= lead_end) in_lead.insert(em.entity);
  }
  std::optional<int> best;
  for (const int e : order)
    if (in_lead.count(e) && (!best || count[e] > count[*best])) best = e;
  if (!best) return std::nullopt;
  return last[*best];
}

// "the chairman resigned, and he will leave the board": the "he" or "she" of a clause joined by
// "and" or "but" to one whose subject is a person's role or title (person_roles.txt,
// titles.txt) and no name is that subject; none otherwise (then "he" is whoever the text named).
std::optional<std::size_t> role_subject_of_joined_clause(const Doc& d, const ParseView& parse, std::size_t pronoun) {
  const auto verb = parse.head(pronoun);
  if (!verb || !parse.relation_is(*verb, "conj")) return std::nullopt;
  const auto first_verb = parse.head(*verb);
  const auto subject = first_verb ? parse.child(*first_verb, "nsubj") : std::nullopt;
  if (!subject || *subject > pronoun || d.mention_at[*subject] >= 0 || d.tokens.tokens[*subject].xpos != "NN")
    return std::nullopt;
  const Token& noun = d.tokens.tokens[*subject];
  const std::string lemma = to_lower(noun.lemma.empty() ? noun.text : noun.lemma);
  if (!d.lexicon.is_person_role(lemma) && !d.lexicon.is_title(capitalize(lemma))) return std::nullopt;
  return subject;
}

// "Two contractors pleaded guilty. ... The other was sentenced": "the other" with no noun of its
// own is the other of the pair "two NOUNs" named last, in its sentence or the two before (where
// "One ..." may stand between: "Other contractor sentenced"); none otherwise.
std::optional<Subject> other_of_pair(const Doc& d, const ParseView& parse, std::size_t subject, int sentence) {
  const auto article = parse.child(subject, "det");
  const bool noun_after = subject + 1 < parse.end() && d.tokens.tokens[subject + 1].upos == "NOUN";
  if (lower_at(d, subject) != "other" || !article || lower_at(d, *article) != "the" || noun_after) return std::nullopt;
  const std::size_t floor = d.tokens.sentences[static_cast<std::size_t>(std::max(0, sentence - 2))].first_token;
  for (std::size_t j = subject; j-- > floor + 1;) {
    const Token& noun = d.tokens.tokens[j];
    if (noun.xpos != "NNS" || lower_at(d, j - 1) != "two" || noun.lemma.empty()) continue;
    Word other{"other", 0, End::Whole, false, static_cast<int>(subject)};
    Word kind{to_lower(noun.lemma), 0, End::Whole, false, static_cast<int>(j)};
    return Subject{{other, kind}, {}, false};
  }
  return std::nullopt;
}

// "She led that strike too and expects this one to last longer": "this one" or "that one" is
// one of the kind the nearest common noun before it names ("This strike"), in its sentence or
// the one before; no one named there (the speaker is no "one").
std::optional<Subject> one_of_kind_before(const Doc& d, const ParseView& parse, std::size_t subject, int sentence) {
  const auto det = parse.child(subject, "det");
  if (lower_at(d, subject) != "one" || !det || (lower_at(d, *det) != "this" && lower_at(d, *det) != "that")) return std::nullopt;
  const std::size_t floor = d.tokens.sentences[static_cast<std::size_t>(std::max(0, sentence - 1))].first_token;
  for (std::size_t j = std::min(subject, *det); j-- > floor;) {
    const Token& t = d.tokens.tokens[j];
    if (t.upos != "NOUN" || t.xpos != "NN" || d.in_timex[j] || d.mention_at[j] >= 0 || lower_at(d, j) == "one") continue;
    std::string which = lower_at(d, *det);
    which[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(which[0])));
    return Subject{{Word{which}, Word{lower_at(d, j)}}, {}, false};
  }
  return std::nullopt;
}

// "He declined to say how much it would cost": a verb whose subject is a thing or a sum
// (thing_subject_verbs.txt) has no person, firm or body named before for its "it".
bool agent_of_thing_verb(const Doc& d, const EventMention& e, const Subject& antecedent) {
  if (!d.lexicon.is_thing_subject_verb(e.lemma)) return false;
  return std::any_of(antecedent.mentions.begin(), antecedent.mentions.end(), [&](std::size_t m) {
    const std::string& type = d.found.entity_mentions[m].type;
    return type == "PERSON" || type == "ORGANIZATION" || type == "GROUP";
  });
}

// The last mention of entity `entity` before token `before`; none when the text has none.
std::optional<std::size_t> mention_of_entity_before(const Doc& d, int entity, std::size_t before) {
  std::optional<std::size_t> out;
  for (std::size_t m = 0; m < d.found.entity_mentions.size(); ++m) {
    const EntityMention& em = d.found.entity_mentions[m];
    if (em.span.begin >= d.tokens.tokens[before].span.begin) break;
    if (em.entity == entity) out = m;
  }
  return out;
}

// '"We tripled the dose," she said', '"I saw it," said Lee': a quoted "we" or "I" is who speaks
// (a "we", the organisation the text says the speaker works for, where it names one), named or
// by a common noun ("the mayor said"); an organisation's own "we" in no quote is its author
// (author_of_we). Where the text says neither, the title leaves the subject out: "We" or "I" on
// a timeline of many stories says nothing.
Subject first_person_subject(const Doc& d, const ParseView& parse, std::size_t pronoun, int sentence) {
  const bool we = lower_at(d, pronoun) == "we";
  const Sentence& own = d.tokens.sentences[static_cast<std::size_t>(sentence)];
  const std::size_t last_of_sentence = own.first_token + own.token_count - 1;  // ('"We ...," said Ana Ruiz of Halden')
  auto named = quoted_speaker(d, parse, pronoun, !we);
  const int speaker = named ? d.found.entity_mentions[*named].entity : quote_speaker(d, pronoun, sentence);
  if (speaker >= 0 && we)
    if (const auto employer = organisation_of_speaker(d.tokens, d.found, d.mention_at, speaker, last_of_sentence))
      return named_subject(d, {*employer});
  if (!named && speaker >= 0) named = mention_of_entity_before(d, speaker, pronoun);
  if (named) return named_subject(d, {*named});
  if (const auto author = we ? author_of_we(d, pronoun) : std::nullopt) return named_subject(d, {*author});
  // ('"I will not resign," the mayor said': a speaker the text names by a common noun)
  const auto verb = saying_verb_of_quote(d, parse, pronoun);
  const auto noun = verb ? parse.child(*verb, "nsubj") : std::nullopt;
  if (noun && d.tokens.tokens[*noun].upos == "NOUN") return common_subject(d, parse, *noun);
  return {};
}

Subject verb_subject(const Doc& d, const ParseView& parse, EventMention& e, bool parsed,
                     const std::vector<std::size_t>& conjunct_subject) {
  if (const auto subject = parsed ? parse_subject(d, parse, e.token) : std::nullopt) {
    const std::string w = lower_at(d, *subject);
    if (auto nobody = no_one_subject(d, parse, *subject)) return std::move(*nobody);
    if (auto other = other_of_pair(d, parse, *subject, e.sentence)) return std::move(*other);
    if (const auto noun = partitive_noun(d, parse, *subject)) {  // the quantifier kept: "Both leaders sign deal"
      Subject out = d.mention_at[*noun] >= 0 ? named_subject(d, subject_mentions(d, parse, *noun)) : common_subject(d, parse, *noun);
      if (!out.words.empty()) out.words.insert(out.words.begin(), token_word(d, parse, *subject));
      const std::string& tag = d.tokens.tokens[*noun].xpos;
      out.plural = out.plural || tag == "NNS" || tag == "NNPS";  // "Some Democrats vote"
      return out;
    }
    if (d.mention_at[*subject] >= 0) {
      if (auto model = model_subject(d, *subject)) return std::move(*model);
      if (relative_on_later_conjunct(d, parse, e.token, *subject))
        return named_subject(d, {static_cast<std::size_t>(d.mention_at[*subject])});
      return named_subject(d, subject_mentions(d, parse, *subject));
    }
    // ("ordered him to pay": an object pronoun that does what the infinitive says is its
    // subject, someone other than the one who orders)
    if ((w == "him" || w == "her") && d.tokens.tokens[*subject].xpos == "PRP") {
      const auto person = person_before(d, *subject, e.sentence, subject_entity_of_head(d, parse, *subject));
      return person ? named_subject(d, {*person}) : Subject{};
    }
    if (w == "he" || w == "she") {
      if (const auto owner = owner_of_speaker_for(d, parse, *subject)) {
        const auto person = person_before(d, *owner, e.sentence);
        return person ? named_subject(d, {*person}) : Subject{};
      }
      if (const auto titled = titled_speaker_of(d, parse, *subject)) return titled_subject(d, parse, *titled, e.sentence);
      if (const auto main = person_of_main_clause(d, parse, *subject)) return common_or_named(d, parse, *main);
      if (const auto person = person_before(d, *subject, e.sentence, relative_clause_owner(d, parse, e.token)))
        return named_subject(d, {*person});
      if (const auto role = role_subject_of_joined_clause(d, parse, *subject)) return common_or_named(d, parse, *role);
      return {};
    }
    // ("told them to return": an object pronoun that does what the infinitive says stands for
    // what "they" would)
    if (w == "it" || w == "they" || w == "them") {
      if (const auto antecedent = subject_before(d, parse, *subject, e.sentence); antecedent && !agent_of_thing_verb(d, e, *antecedent))
        return *antecedent;
      if (w != "it") return named_subject(d, two_people_before(d, *subject, e.sentence));
      return {};
    }
    if (w == "we" || w == "i") return first_person_subject(d, parse, *subject, e.sentence);
    if (auto kind = one_of_kind_before(d, parse, *subject, e.sentence)) {
      // (the names before "this one" are who expects or says it, not who does it)
      const std::size_t begins = d.tokens.tokens[*subject].span.begin;
      std::erase_if(e.actor_mentions, [&](std::size_t m) { return d.found.entity_mentions[m].span.begin < begins; });
      return std::move(*kind);
    }
    if (is_pronoun(d, *subject)) return {};
    // (also one the verb shares: "Rebuilding of the pier began and is expected to finish")
    if (const auto head = parse.head(*subject); head && gerund_subject(d, parse, *head) == subject) {  // "Spending on homelessness services doubles"
      const Sentence* s = sentence_containing(d.tokens, *subject);
      Words words{token_word(d, parse, *subject)};
      // (a subject is never cut, so a long one keeps only its gerund: four words at most)
      if (const Words rest = s ? complement_words(d, *s, *subject, false) : Words{}; rest.size() <= 3) append(words, rest);
      return Subject{std::move(words), {}, false};
    }
    const auto own = parse.child(e.token, "nsubj");
    const bool noun = own && relative_word(d, *own) ? owned_or_nominal(d, parse, *subject) : nominal(d, parse, *subject);
    // ("One of its four cameras failed": a "one" that counts a group is no pronoun)
    const bool one_of = w == "one" && *subject + 1 < parse.end() && lower_at(d, *subject + 1) == "of";
    if (noun && (one_of || !d.lexicon.is_function_word(w)) && !relative_pronoun(w)) return common_or_named(d, parse, *subject);
    if (const auto owner = owner_of_subject_adjective(d, parse, *subject, e.token))
      return owned_adjective_subject(d, parse, *owner, *subject);
  }
  // ("NASA supported the decision to stand down": who stands down is not said)
  if (parsed && content_completed(d, parse, e.token)) return {};
  if (!conjunct_subject.empty()) return named_subject(d, conjunct_subject);
  std::vector<std::size_t> before;
  for (const auto m : e.actor_mentions)
    if (d.found.entity_mentions[m].span.begin < e.span.begin) before.push_back(m);
  return named_subject(d, before);
}

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
    t.words = render(d, parse, picked);
  } else {
    const auto shared = parsed ? conjunct_subject(d, parse, e, titles) : std::vector<std::size_t>{};
    Subject subject = verb_subject(d, parse, e, parsed, shared);
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
    const bool passive = read_passive || (parsed && (agent_read_as_subject(d, parse, e.token) || modifier_with_agent(d, parse, e.token)));
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
      if (const auto object = gapped_object(d, parse, e.token)) append(t.words, noun_core(d, s, *object, nullptr));
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
  Words phrase = render(d, parse, picked);
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
