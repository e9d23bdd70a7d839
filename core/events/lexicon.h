// The word lists of data/events/ (README there), loaded once and then read-only. A
// malformed line throws ParseError with file:line; lookups are by lower-cased word.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/common/data_dir.h"

namespace chronograph::core {

struct GazetteerEntry {
  std::string name;  // canonical
  std::string type;
};

class EventLexicon {
 public:
  static EventLexicon load(const DataDir& data);
  // From a folder holding the files directly (tests).
  static EventLexicon load_folder(const std::filesystem::path& folder);

  bool is_event_nominal(std::string_view lower) const { return nominals_.count(std::string(lower)) > 0; }
  // The modality.tsv and predicates.tsv categories of a word ("modal-future", "negator",
  // "support-verb", ...); empty when none.
  const std::vector<std::string>& categories(std::string_view lower) const;
  bool has_category(std::string_view lower, std::string_view category) const;
  std::optional<std::string> irregular_lemma(std::string_view lower) const;
  // Gazetteer lookup by exact surface form ("U.S.", "Kremlin", "Russian").
  const GazetteerEntry* gazetteer(std::string_view surface) const;
  const std::vector<std::string>& gazetteer_aliases(const std::string& canonical) const;
  // The country whose capital or great city `city` is ("Rabat" -> Morocco; gazetteer.tsv's cities,
  // which gazetteer() gives as places of their own); null for any other name.
  const GazetteerEntry* country_of_city(std::string_view city) const;
  // ("Agnès" and "Agnes", "Élise" and "Elise": a given name is one with or without its accents)
  bool is_first_name(std::string_view word) const;
  bool is_title(std::string_view word) const { return titles_.count(std::string(word)) > 0; }
  // 'f' or 'm' for a title or given name that says a person is a woman or a man ("Mrs",
  // "Maria"; genders.tsv; with or without its accents), else 0.
  char gender(std::string_view word) const;
  bool is_org_word(std::string_view word) const { return org_words_.count(std::string(word)) > 0; }
  // "Port Aransas", "Orange County": a name whose first or last word makes it a place
  // (place_words.tsv; case as written).
  bool is_place_first_word(std::string_view word) const { return place_first_words_.count(std::string(word)) > 0; }
  bool is_place_last_word(std::string_view word) const { return place_last_words_.count(std::string(word)) > 0; }
  // A place's last word no surname is ("River", "Mountains"): it outweighs a first name before it.
  bool is_place_feature_word(std::string_view word) const { return place_feature_words_.count(std::string(word)) > 0; }
  // "Route 66", "Interstate 95": a word that names a place with the number after it
  // (place_words.tsv, `numbered`; case as written).
  bool is_numbered_place_word(std::string_view word) const { return numbered_place_words_.count(std::string(word)) > 0; }
  // "residents", "mayor": a lower-case word whose "of" names a place after it ("Residents of Maple
  // Grove"; place_words.tsv, `of`).
  bool is_place_of_word(std::string_view lower) const { return place_of_words_.count(std::string(lower)) > 0; }
  // "town", "province": a lower-case noun for a place, whose name an apposition gives ("the
  // worst-hit town, Andahuaylas,"; place_words.tsv `noun`).
  bool is_place_noun(std::string_view lower) const { return place_nouns_.count(std::string(lower)) > 0; }
  // "mayor", "police chief": an office held over a place, whose name is written right before it
  // ("Riverton mayor"; place_words.tsv `office`). `lower`: one or two words, space-separated.
  bool is_place_office(std::string_view lower) const { return place_offices_.count(std::string(lower)) > 0; }
  // "Category 4", "Level 3", "Article 5": a word that with the number after it labels a grade, a
  // step or a part (numbered_labels.txt), no entity though written with a capital.
  bool is_number_label(std::string_view lower) const { return number_labels_.count(std::string(lower)) > 0; }
  // "in advance", "in return" (set_phrases.txt): a preposition and a bare noun that are an
  // adverb; `lower`: the two words, space-separated.
  bool is_set_phrase(std::string_view lower) const { return set_phrases_.count(std::string(lower)) > 0; }
  bool is_group_noun(std::string_view lower) const { return group_nouns_.count(std::string(lower)) > 0; }
  // "company", "firm" (generic_firm_nouns.txt): a noun for a firm of any trade, which a story
  // uses again for the firm it first called by its trade ("the retailer ... the company").
  bool is_generic_firm_noun(std::string_view lower) const { return generic_firm_nouns_.count(std::string(lower)) > 0; }
  // "Reuters", "Associated Press" (news_agencies.txt): a wire service that carries the story.
  bool is_news_agency(std::string_view lower_name) const { return news_agencies_.count(std::string(lower_name)) > 0; }
  // "chipmaker", "rival": a noun news puts before a name (descriptors.txt, or ending in "maker").
  bool is_descriptor(std::string_view lower) const;
  // How a common noun naming an institution finds its entity (institutions.tsv): 'n' it stands
  // for a named firm ("the company"), 'b' for a named public body ("the agency"), 'o' it is one
  // of its own ("the central bank"); 0 for any other word.
  char institution(std::string_view lower) const;
  // The common nouns that stand for an organisation whose name's kind word is `word`
  // (organisation_kinds.tsv): "Department" -> department, ministry; empty for other words.
  const std::vector<std::string>& organisation_kinds(std::string_view word) const;
  // The roles that serve the one `lower` names (counterparts.tsv): "client" -> lawyer,
  // attorney...; empty for other words.
  const std::vector<std::string>& counterpart_roles(std::string_view lower) const;
  // "lawyer", "coach", "insurer": a role that serves someone (counterparts.tsv), whose owner in
  // "the museum's insurer" is the one served, not who acts.
  bool is_serving_role(std::string_view lower) const { return serving_roles_.count(std::string(lower)) > 0; }
  // "Europe", "Asia": a continent or region (regions.txt), which no government answers for.
  bool is_region(std::string_view name) const { return regions_.count(std::string(name)) > 0; }
  // The countries (nationalities.tsv) a country's name, its adjective or the noun for one of its
  // people names, case as written ("Spain", "Spanish", "Spaniard" -> Spain; "Dominican" -> two);
  // empty for any other words. `words`: one or more words, space-separated.
  const std::vector<std::string>& countries_of(std::string_view words) const;
  // The same for the noun for one of a country's people only ("Spaniard", "Norwegian").
  const std::vector<std::string>& countries_of_national(std::string_view word) const;
  bool is_function_word(std::string_view lower) const { return function_words_.count(std::string(lower)) > 0; }
  // "ramadan", "easter", "lent": a festival or season of a calendar (calendar_names.txt), a
  // time and never an actor, though written with a capital.
  bool is_calendar_name(std::string_view lower) const { return calendar_names_.count(std::string(lower)) > 0; }
  // "UTC", "GMT", "ET": a time zone (time_zones.txt; case as written), a time and no entity.
  bool is_time_zone(std::string_view word) const { return time_zones_.count(std::string(word)) > 0; }
  // "Hurricane", "Storm": a word that makes the name after it a storm's (storm_words.txt; case
  // as written), a named event and no person.
  bool is_storm_word(std::string_view word) const { return storm_words_.count(std::string(word)) > 0; }
  // "Liu", "Kim", "Nguyen": a family name that Chinese, Korean and Vietnamese names write first
  // ("Liu Wenjie" is Liu; family_names_first.txt; case as written).
  bool is_family_name_first(std::string_view word) const { return family_names_first_.count(std::string(word)) > 0; }
  // "RRS", "HMS", "USS": a prefix that makes the name after it a ship's (vessel_prefixes.txt; case
  // as written), no person's though it holds one ("RRS Sir David Attenborough").
  bool is_vessel_prefix(std::string_view word) const { return vessel_prefixes_.count(std::string(word)) > 0; }
  // "identify", "name": a verb whose participle after a noun gives its name after "as" ("The
  // gunman, identified by police as Carl Denholm,"; naming_verbs.txt).
  bool is_naming_verb(std::string_view lemma) const { return naming_verbs_.count(std::string(lemma)) > 0; }
  // "GDP", "CPI": an abbreviation of a measure or a tax (measure_acronyms.txt; case as written),
  // a quantity and no entity.
  bool is_measure_acronym(std::string_view word) const { return measure_acronyms_.count(std::string(word)) > 0; }
  // "Real", "Dynamo": a word that opens a sports club's name (club_first_words.txt; case as
  // written): "Real Castilla" is a club, no person.
  bool is_club_first_word(std::string_view word) const { return club_first_words_.count(std::string(word)) > 0; }
  // "tanker", "ferry": a lower-case noun for a ship (vessel_nouns.txt), whose name written right
  // after it is a vessel's ("the grounded tanker Nordic Crown").
  bool is_vessel_noun(std::string_view lower) const { return vessel_nouns_.count(std::string(lower)) > 0; }
  // "White House": a name whose last word alone never stands for it ("the House"; whole_names.txt).
  bool is_whole_name(std::string_view name) const { return whole_names_.count(std::string(name)) > 0; }
  // "resign", "plead": a verb only a person does (person_verbs.txt), whose one-word subject name
  // is a person's.
  bool is_person_verb(std::string_view lemma) const { return person_verbs_.count(std::string(lemma)) > 0; }
  // "striker", "manager": a noun of a person's role (person_roles.txt), whose one-word name
  // written right after it is a person's.
  bool is_person_role(std::string_view lower) const { return person_roles_.count(std::string(lower)) > 0; }
  // "analyst", "neurologist": a noun of a trade whose people's "at NAME" names their employer
  // (staff_nouns.txt).
  bool is_staff_noun(std::string_view lower) const { return staff_nouns_.count(std::string(lower)) > 0; }
  // "cost", "weigh": a verb whose subject is a thing or a sum, never a person or an organisation
  // (thing_subject_verbs.txt).
  bool is_thing_subject_verb(std::string_view lemma) const { return thing_subject_verbs_.count(std::string(lemma)) > 0; }
  // "urge", "ask", "call": a verb that asks its object to act (request_verbs.txt; kept out of
  // the categories, which are trigger-model features).
  bool is_request_verb(std::string_view lemma) const { return request_verbs_.count(std::string(lemma)) > 0; }
  // "order", "instruct", "require": a request verb that orders its object to act, which must then
  // do it (command_verbs.txt, kept out of the categories for the same reason).
  bool is_command_verb(std::string_view lemma) const { return command_verbs_.count(std::string(lemma)) > 0; }
  // "prosecutor", "lawsuit": a party to a charge or claim, whose saying alleges (claimant_nouns.txt).
  bool is_claimant_noun(std::string_view lemma) const { return claimant_nouns_.count(std::string(lemma)) > 0; }
  // "sign", "seal": a verb whose object event comes about with it ("signed the deal";
  // making_verbs.txt, kept out of the categories for the same reason).
  bool is_making_verb(std::string_view lemma) const { return making_verbs_.count(std::string(lemma)) > 0; }
  // How a verb's "for" length is the term of what it signs or grants (term_verbs.tsv): 'm' it
  // makes its object, always ("signed for two years"); 'g' it grants it, with an object or as a
  // passive ("extended the ban for six months"); 0 for any other verb.
  char term_verb(std::string_view lemma) const;
  // "hold", "stage": a verb whose passive says its subject event happens ("the summit was held";
  // passive_occurrence_verbs.txt, kept out of the categories for the same reason).
  bool is_passive_occurrence_verb(std::string_view lemma) const { return passive_occurrence_verbs_.count(std::string(lemma)) > 0; }
  // "fall", "go", "remain": a verb whose adjective says what its subject becomes or stays ("fell
  // ill", "went missing"; linking_verbs.txt, kept out of the categories for the same reason).
  bool is_linking_verb(std::string_view lemma) const { return linking_verbs_.count(std::string(lemma)) > 0; }
  // "safe", "easy": an adjective whose subject is the object of its object-less infinitive ("safe
  // to drink"; ease_adjectives.txt, kept out of the categories for the same reason).
  bool is_ease_adjective(std::string_view lemma) const { return ease_adjectives_.count(std::string(lemma)) > 0; }
  // "rise", "fall", "remain": a verb that takes no object, so that its "-ing" form right before a
  // noun describes the noun ("rising prices"; objectless_verbs.txt, kept out of the categories
  // for the same reason).
  bool is_objectless_verb(std::string_view lemma) const { return objectless_verbs_.count(std::string(lemma)) > 0; }
  // "economic", "military", "wage-": an adjective that pertains to a noun
  // (relational_adjectives.txt, from WordNet), saying which kind of a thing is meant ("economic
  // growth"), not how big or likely it is ("sharp growth", "a potential invasion").
  bool is_relational_adjective(std::string_view lower) const { return relational_adjectives_.count(std::string(lower)) > 0; }
  // "pyroclastic", "massive": a word ending as adjectives do (adjective_endings.txt)
  bool has_adjective_ending(std::string_view lower) const;
  // "opening", "closing", "men", "women": a modifier that picks one event of a pair or a series
  // (contrast_modifiers.txt): "the closing ceremony" is not the opening one.
  bool is_contrast_modifier(std::string_view lower) const { return contrast_modifiers_.count(std::string(lower)) > 0; }
  // WordNet lexicographer classes of a word (wordnet_classes.tsv): "n.act", "v.communication"...
  const std::vector<std::string>& wordnet_classes(std::string_view lower) const;
  // The verbs a noun names the act or result of (wordnet_derivations.tsv): "finding" -> find.
  const std::vector<std::string>& source_verbs(std::string_view lower) const;
  // The decision verbs whose outcome a noun names, the one of the story (outcome_nouns.tsv):
  // "verdict" -> convict, acquit; empty for any other noun.
  const std::vector<std::string>& outcome_verbs(std::string_view lower) const;
  // A coreference key: the synonym line's first word, or the lemma itself.
  std::string coref_key(const std::string& lemma) const;
  // Whether a line of coref_synonyms.txt lists the word.
  bool has_coref_synonyms(const std::string& word) const { return coref_keys_.count(word) > 0; }

 private:
  std::unordered_set<std::string> nominals_, first_names_, titles_, org_words_, group_nouns_, generic_firm_nouns_, news_agencies_,
      function_words_, descriptors_, request_verbs_, command_verbs_, claimant_nouns_, making_verbs_, passive_occurrence_verbs_, linking_verbs_,
      objectless_verbs_, ease_adjectives_,
      place_first_words_, place_last_words_, place_feature_words_, numbered_place_words_, place_of_words_, place_nouns_, place_offices_, number_labels_, set_phrases_,
      calendar_names_, time_zones_,
      storm_words_, vessel_prefixes_, vessel_nouns_, naming_verbs_, measure_acronyms_, serving_roles_, regions_, club_first_words_, whole_names_, person_verbs_, person_roles_, staff_nouns_, thing_subject_verbs_, relational_adjectives_, contrast_modifiers_, adjective_endings_;
  std::unordered_set<std::string> family_names_first_;
  std::unordered_map<std::string, std::vector<std::string>> categories_, wordnet_, source_verbs_, outcome_verbs_,
      organisation_kinds_, counterpart_roles_, nationality_words_, national_nouns_;
  std::unordered_map<std::string, std::string> irregular_;
  std::unordered_map<std::string, GazetteerEntry> gazetteer_, countries_of_cities_;
  std::map<std::string, std::vector<std::string>> gazetteer_aliases_;
  std::unordered_map<std::string, std::string> coref_keys_;
  std::unordered_map<std::string, char> genders_, institutions_, term_verbs_;
};

// ASCII lower-casing (non-ASCII bytes kept).
std::string to_lower(std::string_view text);

// Whether a WordNet class of wordnet_classes.tsv is a noun sense of the word's own ("n.act",
// "n.artifact"), not one it has only as the noun of a verb ("n.from-verb"): a person's noun has
// none ("Democrats", "officials").
inline bool own_noun_sense(std::string_view wordnet_class) {
  return wordnet_class.starts_with("n.") && !wordnet_class.starts_with("n.from");
}
// "Joe Biden" -> "joe-biden"; "U.S. intelligence" -> "us-intelligence".
std::string slugify(std::string_view text);

}  // namespace chronograph::core
