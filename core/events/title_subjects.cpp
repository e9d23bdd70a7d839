#include "core/events/title_subjects.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/apposed_names.h"
#include "core/events/entity_aliases.h"
#include "core/events/neither_nor.h"
#include "core/events/parse_view.h"
#include "core/events/quote_speakers.h"
#include "core/events/speaker_organisation.h"
#include "core/events/title_actors.h"
#include "core/events/title_complements.h"
#include "core/events/title_noun_phrases.h"
#include "core/events/title_parsed_subjects.h"
#include "core/events/title_words.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core::titles {

namespace {

// "MPs", "CEOs", "NGOs": an acronym with a plural's "s", which the tagger reads as one name.
bool plural_acronym(const std::string& word) {
  if (word.size() < 3 || word.back() != 's') return false;
  return std::all_of(word.begin(), word.end() - 1, [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
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

}  // namespace

bool plural_word(const Token& t, const std::string& lower) {
  const bool several = t.xpos == "CD" && lower != "one" && lower != "1";
  return several || t.xpos == "NNS" || t.xpos == "NNPS" || lower == "both" || lower == "they" || lower == "we" ||
         plural_acronym(t.text);
}

std::size_t hyphenated_word_end(const Doc& d, const ParseView& parse, std::size_t end) {
  const auto& toks = d.tokens.tokens;
  while (end + 2 < parse.end() && toks[end + 1].text == "-" && toks[end].span.end == toks[end + 1].span.begin &&
         toks[end + 1].span.end == toks[end + 2].span.begin)
    end += 2;
  return end;
}

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

bool serves_owner(const Doc& d, std::size_t noun) {
  const std::string lemma = to_lower(d.tokens.tokens[noun].lemma);
  return d.lexicon.is_serving_role(lemma) && !speaks_for_owner(lemma);
}

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
    if (lower_at(d, j) == "-" && j > start) {  // "like-for-like": the hyphens join the word (render_words)
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
    const Words which = render_words(d, parse, picked);
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

bool maker_of_model(const Doc& d, std::size_t m) {
  return !model_code_after(d, last_token_of(d, d.found.entity_mentions[m])).empty();
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

}  // namespace chronograph::core::titles
