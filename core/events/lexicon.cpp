#include "core/events/lexicon.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "core/common/ascii_fold.h"
#include "core/common/data_lines.h"
#include "core/common/error.h"

namespace chronograph::core {

namespace {

// Calls `line_fn(fields, pos, line)` for each data line (see data_lines.h), fields split by TAB.
template <class Fn>
void read_lines(const std::filesystem::path& file, Fn line_fn) {
  for_each_data_line(read_data_file(file), [&](const std::string& line, int number) {
    std::vector<std::string> fields;
    std::stringstream split(line);
    std::string field;
    while (std::getline(split, field, '\t')) fields.push_back(field);
    if (line.back() == '\t') fields.emplace_back();
    line_fn(fields, SourcePos{file.string(), number, 1}, line);
  });
}

std::unordered_set<std::string> read_set(const std::filesystem::path& file, bool lower) {
  std::unordered_set<std::string> words;
  read_lines(file, [&](const std::vector<std::string>& f, const SourcePos&, const std::string&) {
    words.insert(lower ? to_lower(f[0]) : f[0]);
  });
  return words;
}

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string slugify(std::string_view original) {
  const std::string folded = fold_to_ascii(original);  // "Kovač" -> "kovac"
  const std::string_view text = folded;
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const unsigned char u = static_cast<unsigned char>(c);
    const bool alnum_next = i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1])) != 0;
    if (std::isalnum(u) && u < 128) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(std::tolower(u));
      dash = false;
    } else if (c != '.' && c != '\'' && !(c == '&' && !dash && alnum_next)) {  // "AT&T": one word
      dash = true;
    }
  }
  return out;
}

bool EventLexicon::is_descriptor(std::string_view lower) const {
  return descriptors_.count(std::string(lower)) > 0 || (lower.size() > 5 && lower.ends_with("maker"));
}

bool EventLexicon::has_adjective_ending(std::string_view lower) const {
  return std::any_of(adjective_endings_.begin(), adjective_endings_.end(),
                     [&](const std::string& ending) { return lower.size() > ending.size() + 2 && lower.ends_with(ending); });
}

bool EventLexicon::is_first_name(std::string_view word) const {
  return first_names_.count(std::string(word)) > 0 || first_names_.count(fold_to_ascii(word)) > 0;
}

char EventLexicon::gender(std::string_view word) const {
  auto it = genders_.find(std::string(word));
  if (it == genders_.end()) it = genders_.find(fold_to_ascii(word));
  return it == genders_.end() ? 0 : it->second;
}

char EventLexicon::institution(std::string_view lower) const {
  const auto it = institutions_.find(std::string(lower));
  return it == institutions_.end() ? 0 : it->second;
}

char EventLexicon::term_verb(std::string_view lemma) const {
  const auto it = term_verbs_.find(std::string(lemma));
  return it == term_verbs_.end() ? 0 : it->second;
}

EventLexicon EventLexicon::load(const DataDir& data) { return load_folder(data.data("events")); }

EventLexicon EventLexicon::load_folder(const std::filesystem::path& folder) {
  EventLexicon lex;
  lex.nominals_ = read_set(folder / "event_nominals.txt", true);
  lex.first_names_ = read_set(folder / "first_names.txt", false);
  for (const std::string& name : std::vector<std::string>(lex.first_names_.begin(), lex.first_names_.end()))
    lex.first_names_.insert(fold_to_ascii(name));
  lex.titles_ = read_set(folder / "titles.txt", false);
  lex.org_words_ = read_set(folder / "org_words.txt", false);
  lex.group_nouns_ = read_set(folder / "group_nouns.txt", true);
  lex.news_agencies_ = read_set(folder / "news_agencies.txt", true);
  lex.generic_firm_nouns_ = read_set(folder / "generic_firm_nouns.txt", true);
  lex.descriptors_ = read_set(folder / "descriptors.txt", true);
  lex.function_words_ = read_set(folder / "function_words.txt", true);
  lex.calendar_names_ = read_set(folder / "calendar_names.txt", true);
  lex.time_zones_ = read_set(folder / "time_zones.txt", false);
  lex.storm_words_ = read_set(folder / "storm_words.txt", false);
  lex.family_names_first_ = read_set(folder / "family_names_first.txt", false);
  lex.vessel_prefixes_ = read_set(folder / "vessel_prefixes.txt", false);
  lex.vessel_nouns_ = read_set(folder / "vessel_nouns.txt", true);
  lex.naming_verbs_ = read_set(folder / "naming_verbs.txt", true);
  lex.measure_acronyms_ = read_set(folder / "measure_acronyms.txt", false);
  lex.regions_ = read_set(folder / "regions.txt", false);
  lex.club_first_words_ = read_set(folder / "club_first_words.txt", false);
  lex.whole_names_ = read_set(folder / "whole_names.txt", false);
  lex.person_verbs_ = read_set(folder / "person_verbs.txt", true);
  lex.person_roles_ = read_set(folder / "person_roles.txt", true);
  lex.staff_nouns_ = read_set(folder / "staff_nouns.txt", true);
  lex.thing_subject_verbs_ = read_set(folder / "thing_subject_verbs.txt", true);
  lex.number_labels_ = read_set(folder / "numbered_labels.txt", true);
  lex.set_phrases_ = read_set(folder / "set_phrases.txt", true);
  lex.request_verbs_ = read_set(folder / "request_verbs.txt", true);
  lex.command_verbs_ = read_set(folder / "command_verbs.txt", true);
  lex.claimant_nouns_ = read_set(folder / "claimant_nouns.txt", true);
  lex.making_verbs_ = read_set(folder / "making_verbs.txt", true);
  lex.passive_occurrence_verbs_ = read_set(folder / "passive_occurrence_verbs.txt", true);
  lex.linking_verbs_ = read_set(folder / "linking_verbs.txt", true);
  lex.objectless_verbs_ = read_set(folder / "objectless_verbs.txt", true);
  lex.ease_adjectives_ = read_set(folder / "ease_adjectives.txt", true);
  lex.relational_adjectives_ = read_set(folder / "relational_adjectives.txt", true);
  lex.contrast_modifiers_ = read_set(folder / "contrast_modifiers.txt", true);
  lex.adjective_endings_ = read_set(folder / "adjective_endings.txt", true);
  for (const char* file : {"modality.tsv", "predicates.tsv"})
    read_lines(folder / file, [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
      if (f.size() != 2 || f[1].empty()) throw ParseError(pos, "expected 'word<TAB>category'", {}, {}, line);
      lex.categories_[to_lower(f[0])].push_back(f[1]);
    });
  read_lines(folder / "genders.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
    if (f.size() != 2 || (f[1] != "f" && f[1] != "m")) throw ParseError(pos, "expected 'word<TAB>f' or 'word<TAB>m'", {}, {}, line);
    lex.genders_[f[0]] = f[1][0];
  });
  for (const auto& [word, gender] : std::map<std::string, char>(lex.genders_.begin(), lex.genders_.end()))
    lex.genders_.emplace(fold_to_ascii(word), gender);  // (a name written without accents keeps the one written with)
  read_lines(folder / "place_words.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
    if (f.size() != 2 || (f[1] != "first" && f[1] != "last" && f[1] != "feature" && f[1] != "numbered" && f[1] != "of" &&
                          f[1] != "office" && f[1] != "noun"))
      throw ParseError(pos,
                       "expected 'Word<TAB>first', 'Word<TAB>last', 'Word<TAB>feature', 'Word<TAB>numbered', 'word<TAB>of', "
                       "'word<TAB>office' or 'word<TAB>noun'",
                       {}, {}, line);
    if (f[1] == "feature") lex.place_feature_words_.insert(f[0]);  // a `last` word too
    (f[1] == "first"                         ? lex.place_first_words_
     : f[1] == "last" || f[1] == "feature" ? lex.place_last_words_
     : f[1] == "numbered" ? lex.numbered_place_words_
     : f[1] == "of"       ? lex.place_of_words_
     : f[1] == "noun"     ? lex.place_nouns_
                          : lex.place_offices_)
        .insert(f[0]);
  });
  read_lines(folder / "institutions.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
    if (f.size() != 2 || (f[1] != "named" && f[1] != "body" && f[1] != "own"))
      throw ParseError(pos, "expected 'word<TAB>named', 'word<TAB>body' or 'word<TAB>own'", {}, {}, line);
    lex.institutions_[to_lower(f[0])] = f[1][0];
  });
  read_lines(folder / "term_verbs.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
    if (f.size() != 2 || (f[1] != "makes" && f[1] != "grants"))
      throw ParseError(pos, "expected 'verb<TAB>makes' or 'verb<TAB>grants'", {}, {}, line);
    lex.term_verbs_[to_lower(f[0])] = f[1][0];
  });
  read_lines(folder / "counterparts.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
    if (f.size() != 2 || f[0].empty() || f[1].empty()) throw ParseError(pos, "expected 'noun<TAB>role|role'", {}, {}, line);
    std::stringstream split(f[1]);
    for (std::string role; std::getline(split, role, '|');) {
      lex.counterpart_roles_[f[0]].push_back(role);
      lex.serving_roles_.insert(role);
    }
  });
  read_lines(folder / "nationalities.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
    if (f.size() != 3 || f[0].empty() || f[1].empty())
      throw ParseError(pos, "expected 'Country|name<TAB>adjective|adjective<TAB>noun|noun'", {}, {}, line);
    const std::string country = f[0].substr(0, f[0].find('|'));
    for (const std::string& field : f) {
      std::stringstream split(field);
      for (std::string word; std::getline(split, word, '|');) {
        auto& countries = lex.nationality_words_[word];
        if (countries.empty() || countries.back() != country) countries.push_back(country);  // ("Norwegian" twice)
        if (&field == &f[2]) lex.national_nouns_[word].push_back(country);
      }
    }
  });
  read_lines(folder / "organisation_kinds.tsv",
             [&](const std::vector<std::string>& f, const SourcePos& pos, const std::string& line) {
               if (f.size() != 2 || f[0].empty() || f[1].empty())
                 throw ParseError(pos, "expected 'Word<TAB>noun|noun'", {}, {}, line);
               std::stringstream split(f[1]);
               for (std::string noun; std::getline(split, noun, '|');)
                 lex.organisation_kinds_[f[0]].push_back(to_lower(noun));
             });
  read_lines(folder / "wordnet_classes.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos,
                                                 const std::string& line) {
    if (f.size() != 2 || f[1].size() < 3 || f[1][1] != '.')
      throw ParseError(pos, "expected 'word<TAB>n.class' or 'word<TAB>v.class'", {}, {}, line);
    lex.wordnet_[f[0]].push_back(f[1]);
  });
  read_lines(folder / "wordnet_derivations.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos,
                                                     const std::string& line) {
    if (f.size() != 2 || f[1].empty()) throw ParseError(pos, "expected 'noun<TAB>verb'", {}, {}, line);
    lex.source_verbs_[f[0]].push_back(f[1]);
  });
  read_lines(folder / "outcome_nouns.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos,
                                               const std::string& line) {
    if (f.size() != 2 || f[1].empty()) throw ParseError(pos, "expected 'noun<TAB>verb'", {}, {}, line);
    lex.outcome_verbs_[f[0]].push_back(f[1]);
  });
  read_lines(folder / "irregular.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos,
                                           const std::string& line) {
    if (f.size() != 2) throw ParseError(pos, "expected 'form<TAB>lemma'", {}, {}, line);
    lex.irregular_[to_lower(f[0])] = f[1];
  });
  read_lines(folder / "gazetteer.tsv", [&](const std::vector<std::string>& f, const SourcePos& pos,
                                           const std::string& line) {
    if (f.size() < 2 || f.size() > 4)
      throw ParseError(pos, "expected 'Name<TAB>TYPE<TAB>alias|alias<TAB>city|city'", {}, {}, line);
    const GazetteerEntry entry{f[0], f[1]};
    lex.gazetteer_[f[0]] = entry;
    auto& aliases = lex.gazetteer_aliases_[f[0]];
    if (f.size() >= 3 && !f[2].empty()) {
      std::stringstream split(f[2]);
      std::string alias;
      while (std::getline(split, alias, '|')) {
        if (alias.rfind("the ", 0) == 0) continue;  // "the Kremlin": the article is not a name
        lex.gazetteer_[alias] = entry;
        aliases.push_back(alias);
      }
    }
    if (f.size() == 4 && !f[3].empty()) {  // "Rabat": a place of its own, the country's by metonymy
      std::stringstream split(f[3]);
      for (std::string city; std::getline(split, city, '|');) {
        lex.gazetteer_[city] = GazetteerEntry{city, "LOCATION"};
        lex.countries_of_cities_[city] = entry;
      }
    }
  });
  read_lines(folder / "coref_synonyms.txt", [&](const std::vector<std::string>& f, const SourcePos&,
                                                const std::string&) {
    std::stringstream split(f[0]);
    std::string word, first;
    while (split >> word) {
      if (first.empty()) first = word;
      lex.coref_keys_[word] = first;
    }
  });
  return lex;
}

const std::vector<std::string>& EventLexicon::categories(std::string_view lower) const {
  static const std::vector<std::string> none;
  const auto it = categories_.find(std::string(lower));
  return it == categories_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::wordnet_classes(std::string_view lower) const {
  static const std::vector<std::string> none;
  const auto it = wordnet_.find(std::string(lower));
  return it == wordnet_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::organisation_kinds(std::string_view word) const {
  static const std::vector<std::string> none;
  const auto it = organisation_kinds_.find(std::string(word));
  return it == organisation_kinds_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::counterpart_roles(std::string_view lower) const {
  static const std::vector<std::string> none;
  const auto it = counterpart_roles_.find(std::string(lower));
  return it == counterpart_roles_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::countries_of(std::string_view words) const {
  static const std::vector<std::string> none;
  const auto it = nationality_words_.find(std::string(words));
  return it == nationality_words_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::countries_of_national(std::string_view word) const {
  static const std::vector<std::string> none;
  const auto it = national_nouns_.find(std::string(word));
  return it == national_nouns_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::source_verbs(std::string_view lower) const {
  static const std::vector<std::string> none;
  const auto it = source_verbs_.find(std::string(lower));
  return it == source_verbs_.end() ? none : it->second;
}

const std::vector<std::string>& EventLexicon::outcome_verbs(std::string_view lower) const {
  static const std::vector<std::string> none;
  const auto it = outcome_verbs_.find(std::string(lower));
  return it == outcome_verbs_.end() ? none : it->second;
}

bool EventLexicon::has_category(std::string_view lower, std::string_view category) const {
  for (const auto& c : categories(lower))
    if (c == category) return true;
  return false;
}

std::optional<std::string> EventLexicon::irregular_lemma(std::string_view lower) const {
  const auto it = irregular_.find(std::string(lower));
  if (it == irregular_.end()) return std::nullopt;
  return it->second;
}

const GazetteerEntry* EventLexicon::gazetteer(std::string_view surface) const {
  const auto it = gazetteer_.find(std::string(surface));
  return it == gazetteer_.end() ? nullptr : &it->second;
}

const GazetteerEntry* EventLexicon::country_of_city(std::string_view city) const {
  const auto it = countries_of_cities_.find(std::string(city));
  return it == countries_of_cities_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& EventLexicon::gazetteer_aliases(const std::string& canonical) const {
  static const std::vector<std::string> none;
  const auto it = gazetteer_aliases_.find(canonical);
  return it == gazetteer_aliases_.end() ? none : it->second;
}

std::string EventLexicon::coref_key(const std::string& lemma) const {
  const auto it = coref_keys_.find(lemma);
  return it == coref_keys_.end() ? lemma : it->second;
}

}  // namespace chronograph::core
