#include "core/syntax/lemmatizer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include "core/common/data_lines.h"
#include "core/common/error.h"

#include "core/syntax/model_io.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// Tuned on EWT dev: a suffix rule needs 2 word types, unless the suffix is long enough
// (4+ bytes) to be telling on its own ("climbed" teaches "-mbed", so "bombed" -> "bomb").
constexpr std::size_t kMinTypes = 2;
constexpr std::size_t kLongSuffix = 4;
// Scripts kept per suffix: the alternatives the known-lemma check chooses among, each
// taken by at least 1/kAlternativeShare of the suffix's word types.
constexpr std::size_t kScriptsPerSuffix = 4;
constexpr std::size_t kAlternativeShare = 5;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "x" no capital, "Xx" capitalised, "xX" a capital inside ("iPhone"), "X" all capitals
// and short, "XX" all capitals and 5+ letters: EWT keeps the capitals of the short ones
// (acronyms: "MSN") and title-cases most longer names ("KABUL" -> "Kabul").
std::string letter_case(std::string_view form) {
  const bool any_lower = std::any_of(form.begin(), form.end(), is_lower);
  const auto capitals = std::count_if(form.begin(), form.end(), is_upper);
  if (capitals == 0) return "x";
  if (!any_lower) return capitals == 1 ? "Xx" : capitals <= 4 ? "X" : "XX";
  return is_upper(form.front()) ? "Xx" : "xX";
}

// The suffixes are looked up on the lower-case form with digits as 0: "1,100" ends like "5,000".
std::string suffix_form(std::string_view form) {
  std::string out = lowercase_ascii(form);
  for (char& c : out)
    if (c >= '0' && c <= '9') c = '0';
  return out;
}

std::string title_case(std::string_view form) {
  std::string out = lowercase_ascii(form);
  if (!out.empty() && is_lower(out[0])) out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string without_commas(std::string_view form) {
  std::string out;
  for (const char c : form)
    if (c != ',') out += c;
  return out;
}

// The form a script edits: "<,>?<case>" where case is 'k' keep, 'l' lower, 't' title case,
// and a leading ',' drops the commas first.
std::string base_form(const std::string& form, std::string_view mode) {
  const bool drop_commas = !mode.empty() && mode[0] == ',';
  const std::string source = drop_commas ? without_commas(form) : form;
  const char c = mode.empty() ? 'k' : mode.back();
  return c == 'l' ? lowercase_ascii(source) : c == 't' ? title_case(source) : source;
}

// A script is "<mode><strip>|<append>": the shortest edit from the form to the lemma.
std::string script_for(const std::string& form, const std::string& lemma) {
  std::string best;
  std::size_t best_strip = std::string::npos;
  for (const std::string_view mode : {"k", "l", "t", ",k", ",l", ",t"}) {
    if (mode[0] == ',' && form.find(',') == std::string::npos) continue;
    const std::string from = base_form(form, mode);
    std::size_t common = 0;
    while (common < from.size() && common < lemma.size() && from[common] == lemma[common]) ++common;
    const std::size_t strip = from.size() - common;
    if (strip < best_strip) {
      best_strip = strip;
      best = std::string(mode) + std::to_string(strip) + '|' + lemma.substr(common);
    }
  }
  return best;
}

bool apply_script(const std::string& form, const std::string& script, std::string& lemma) {
  const auto bar = script.find('|');
  const auto digits = script.find_first_of("0123456789");
  if (bar == std::string::npos || digits == std::string::npos || digits > bar) return false;
  const std::size_t strip = std::stoul(script.substr(digits, bar - digits));
  lemma = base_form(form, std::string_view(script).substr(0, digits));
  if (strip > lemma.size()) return false;
  lemma.resize(lemma.size() - strip);
  lemma += script.substr(bar + 1);
  return !lemma.empty();
}

std::string tag_key(const std::string& upos, const std::string& xpos) { return upos + '\t' + xpos; }

// Open-class words are the ones whose guessed lemma a known lemma confirms.
bool open_class(const std::string& upos) {
  return upos == "NOUN" || upos == "VERB" || upos == "ADJ" || upos == "ADV";
}

template <class Counts>
std::string most_frequent(const Counts& counts) {
  std::string best;
  std::size_t best_count = 0;
  for (const auto& [value, count] : counts)
    if (count > best_count) best = value, best_count = count;
  return best;
}

// No English word ends in a stop or fricative before "l" ("tripl", "quadrupl"): when stripping
// "ed" leaves one, the script that keeps the "e" ("tripled" -> "triple") is the better guess.
bool speakable_ending(std::string_view word) {
  if (word.size() < 2 || word.back() != 'l') return true;
  return std::string_view("bcdfgkptz").find(word[word.size() - 2]) == std::string_view::npos;
}

// "fined", "lined", "fining": a one-syllable stem of one vowel letter and one final consonant
// doubles that consonant before "-ed" and "-ing" ("banned", "finning"), so a form that does not
// double it ends in a silent "e" ("fine"). True when `lemma` is such a stem of `form`.
bool lost_silent_e(std::string_view form, std::string_view lemma) {
  const bool ed = form.size() == lemma.size() + 2 && form.ends_with("ed");
  const bool ing = form.size() == lemma.size() + 3 && form.ends_with("ing");
  if ((!ed && !ing) || form.substr(0, lemma.size()) != lemma || lemma.size() < 2) return false;
  const auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  const char last = lemma.back();
  if (vowel(last) || std::string_view("wxy").find(last) != std::string_view::npos) return false;
  std::size_t vowels = 0;
  for (std::size_t k = 0; k < lemma.size(); ++k)
    if (vowel(lemma[k])) ++vowels;
  return vowels == 1 && vowel(lemma[lemma.size() - 2]);
}

// The inflection a comparative, superlative or verb form ends in ("est" for "hottest" as JJS,
// "ed" for "skidded" as VBD), or "" when the word has none or is of no such tag.
std::string inflection_suffix(std::string_view lower, std::string_view upos, std::string_view xpos) {
  const bool graded = (upos == "ADJ" || upos == "ADV") && (xpos == "JJR" || xpos == "JJS" || xpos == "RBR" || xpos == "RBS");
  const bool verb = upos == "VERB" && (xpos == "VBD" || xpos == "VBN" || xpos == "VBG");
  for (const std::string_view suffix : {"est", "er", "ing", "ed"}) {
    const bool fits = graded ? (suffix == "est" || suffix == "er") : verb && (suffix == "ing" || suffix == "ed");
    if (fits && lower.size() > suffix.size() + 1 && lower.ends_with(suffix)) return std::string(suffix);
  }
  return {};
}

bool is_vowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

// "hott" (of "hottest"), "skidd" (of "skidded"): a stem whose last consonant was doubled before the
// ending. Not l, s, f or z, which end many words doubled ("fullest", "stiffer", "buzzed").
bool doubled_consonant(std::string_view stem) {
  if (stem.size() < 4) return false;  // ("odder", "ebbed": "odd", "ebb")
  const char last = stem.back();
  return last == stem[stem.size() - 2] && !is_vowel(last) && std::string_view("lsfzwxy").find(last) == std::string_view::npos;
}

// The spellings the stem before an ending may stand for, the likeliest first: "happi" -> "happy"
// (comparatives), "hott" -> "hot", "larg" -> "large", "great" as it is.
std::vector<std::string> stem_spellings(const std::string& stem, std::string_view suffix) {
  std::vector<std::string> out;
  if (stem.ends_with('i') && (suffix == "est" || suffix == "er")) out.push_back(stem.substr(0, stem.size() - 1) + 'y');
  if (doubled_consonant(stem)) out.push_back(stem.substr(0, stem.size() - 1));
  if (!stem.ends_with('e')) out.push_back(stem + 'e');
  out.push_back(stem);
  return out;
}

// For a stem no known word confirms: English doubles a final consonant after one short vowel
// ("glummest", "trekked"), drops a final "e" before "-er"/"-est" ("bluest"), turns "y" into "i",
// and adds nothing to a word that ends in a double letter ("stiffest" is no form of "stiffe").
std::string spelled_by_rule(const std::string& stem, const std::string& guess, std::string_view suffix) {
  const bool graded = suffix == "est" || suffix == "er";
  if (graded && stem.ends_with('i')) return stem.substr(0, stem.size() - 1) + 'y';
  if (doubled_consonant(stem) && is_vowel(stem[stem.size() - 3])) return stem.substr(0, stem.size() - 1);
  if (graded && is_vowel(stem.back())) return stem + 'e';
  const bool double_letter = stem.size() >= 2 && stem.back() == stem[stem.size() - 2];
  if (double_letter && guess == stem + 'e') return stem;
  return {};
}

// The word after a prefix that makes a verb of a verb ("re" + "route", "out" + "bid", "over" +
// "turn"), keeping at least four letters; none when the word has no such prefix.
std::optional<std::string_view> without_prefix(std::string_view word) {
  constexpr std::size_t kMinBase = 4;
  for (const std::string_view prefix : {"re", "un", "pre", "mis", "out", "over", "under"})
    if (word.starts_with(prefix) && word.size() >= prefix.size() + kMinBase) return word.substr(prefix.size());
  return std::nullopt;
}

}  // namespace

namespace {

// UD EWT writes an e-mail address split over several tokens as one lemma on its first part
// ("Daniel" -> "DanielRCastagnola@ENRON_DEVELOPMENT"): that is no lemma of the word alone.
bool plausible(const std::string& form, const std::string& lemma) {
  return lemma.find('@') == std::string::npos || form.find('@') != std::string::npos;
}

}  // namespace

std::string Lemmatizer::lemma(const std::string& form, const std::string& upos, const std::string& xpos) const {
  const auto known = [&](const std::string& key) -> const std::string* {
    const auto it = known_.find(key);
    return it != known_.end() && plausible(form, it->second) ? &it->second : nullptr;
  };
  const std::string tags = tag_key(upos, xpos);
  if (const auto* found = known(form + '\t' + tags)) return *found;
  const std::string lower = lowercase_ascii(form);
  if (lower != form)
    if (const auto* found = known(lower + '\t' + tags)) {
      // "Hoped" at a sentence start: the lemma of "hoped", unless the word is a name.
      if (upos != "PROPN") return *found;
    }
  // The same word under another XPOS of the same UPOS ("declined" seen as VBN, asked as VBD).
  if (const auto* found = known(form + '\t' + upos)) return *found;
  if (upos != "PROPN" && lower != form)
    if (const auto* found = known(lower + '\t' + upos)) return *found;
  // An unseen verb's base form is its own lemma, though a shorter word is a noun the suffix
  // rules would prefer: "premiere" is no form of "premier", nor "mope" of "mop".
  if (upos == "VERB" && (xpos == "VB" || xpos == "VBP")) return lower;
  const std::string guess = unseen_lemma(form, upos, xpos);
  if (upos == "VERB" && lost_silent_e(lower, lowercase_ascii(guess))) return lowercase_ascii(guess) + 'e';  // "Fined"
  if (const std::string respelled = respelled_stem(lower, guess, upos, xpos); !respelled.empty()) return respelled;
  return guess;
}

std::string Lemmatizer::respelled_stem(const std::string& lower, const std::string& guess, const std::string& upos,
                                       const std::string& xpos) const {
  const std::string suffix = inflection_suffix(lower, upos, xpos);
  const std::string guessed = lowercase_ascii(guess);
  if (suffix.empty() || known_.contains(guessed + '\t' + upos)) return {};
  const std::string stem = lower.substr(0, lower.size() - suffix.size());
  const std::vector<std::string> candidates = stem_spellings(stem, suffix);
  // a stem seen as a word of the same class first ("grim" for "grimmest", though "Grimm" is a
  // name), then the guess if it is any known lemma, then any other known lemma
  for (const std::string& candidate : candidates)
    if (known_.contains(candidate + '\t' + upos)) return candidate;
  if (vocabulary_.contains(guessed)) return {};
  for (const std::string& candidate : candidates)
    if (vocabulary_.contains(candidate)) return candidate;
  // "rerouting", "reheated": a prefix before a known word spells that word as it is ("reroute")
  for (const std::string& candidate : candidates)
    if (const auto base = without_prefix(candidate); base && vocabulary_.contains(std::string(*base))) return candidate;
  return spelled_by_rule(stem, guessed, suffix);
}

std::string Lemmatizer::unseen_lemma(const std::string& form, const std::string& upos, const std::string& xpos) const {
  const std::string key = tag_key(upos, xpos) + '\t' + letter_case(form) + '\t';
  const std::string suffixes = suffix_form(form);
  const bool check = open_class(upos);
  std::string fallback, unspeakable, other_class, result;
  for (std::size_t k = std::min(kMaxSuffix, suffixes.size());; --k) {
    if (const auto it = scripts_.find(key + suffixes.substr(suffixes.size() - k)); it != scripts_.end())
      for (const std::string& script : it->second) {
        if (!apply_script(form, script, result)) continue;
        std::string& slot = speakable_ending(result) ? fallback : unspeakable;
        if (slot.empty()) slot = result;
        if (!check) return result;
        const std::string lower = lowercase_ascii(result);
        // ("sank" is no form of the noun "sake": a lemma of the word's own class first)
        if (known_.contains(lower + '\t' + upos)) return result;
        if (other_class.empty() && vocabulary_.contains(lower)) other_class = result;
      }
    if (k == 0) break;
  }
  if (!other_class.empty()) return other_class;
  if (!fallback.empty()) return fallback;
  if (!unspeakable.empty()) return unspeakable;
  return upos == "PROPN" ? form : lowercase_ascii(form);
}

void Lemmatizer::add_irregular_verbs(const std::filesystem::path& table) {
  std::vector<std::vector<std::string>> verbs;  // base, past forms, participles
  std::set<std::string> bases;
  // (a training option's path, relative to the repository; --data-dir does not move it)
  for_each_data_line(read_data_file(table, "run from the repository root, or pass the table's path"), [&](const std::string& line, int number) {
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    if (fields.size() != 3 || fields[0].empty() || fields[1].empty() || fields[2].empty())
      throw ParseError(SourcePos{table.string(), number, 1}, "expected 'base<TAB>past<TAB>participle'", {}, {}, line);
    bases.insert(fields[0]);
    verbs.push_back(std::move(fields));
  });
  // Under its own tag, and under any verb tag (the tagger may first read "swam" as a present)
  // unless it is a word of its own, a base here or a lemma of the treebank: "ground" as a
  // present verb is no form of "grind".
  const auto add = [&](const std::string& forms, const std::string& xpos, const std::string& base) {
    std::stringstream split(forms);
    for (std::string form; std::getline(split, form, ',');) {
      known_.try_emplace(form + '\t' + tag_key("VERB", xpos), base);
      if (!bases.contains(form) && !vocabulary_.contains(form)) known_.try_emplace(form + '\t' + "VERB", base);
    }
  };
  for (const auto& verb : verbs) {
    add(verb[1], "VBD", verb[0]);
    add(verb[2], "VBN", verb[0]);
  }
  vocabulary_.insert(bases.begin(), bases.end());
}

bool Lemmatizer::known_past(const std::string& form) const { return known_.contains(form + '\t' + tag_key("VERB", "VBD")); }

void Lemmatizer::lemmatize(std::span<Token> sentence) const {
  for (Token& token : sentence) token.lemma = lemma(model_form(token), token.upos, token.xpos);
}

Lemmatizer Lemmatizer::train(std::span<const std::span<const Token>> sentences) {
  Lemmatizer lemmatizer;
  std::map<std::string, std::map<std::string, std::size_t>> seen;
  for (const auto& sentence : sentences)
    for (const Token& token : sentence)
      if (!token.lemma.empty())
        ++seen[model_form(token) + '\t' + tag_key(token.upos, token.xpos)][token.lemma];
  // Scripts are counted over word types, not tokens: unseen words are like rare types.
  std::map<std::string, std::map<std::string, std::size_t>> suffix_scripts;
  std::map<std::string, std::map<std::string, std::size_t>> by_upos;  // form \t upos -> lemmas
  for (const auto& [key, lemmas] : seen) {
    const std::string best = most_frequent(lemmas);
    lemmatizer.known_[key] = best;
    lemmatizer.vocabulary_.insert(lowercase_ascii(best));
    by_upos[key.substr(0, key.rfind('\t'))][best] += lemmas.at(best);
    const auto tab = key.find('\t');
    const std::string form = key.substr(0, tab);
    const std::string prefix = key.substr(tab + 1) + '\t' + letter_case(form) + '\t';
    const std::string script = script_for(form, best);
    const std::string suffixes = suffix_form(form);
    for (std::size_t k = 0; k <= std::min(kMaxSuffix, suffixes.size()); ++k)
      ++suffix_scripts[prefix + suffixes.substr(suffixes.size() - k)][script];
  }
  for (const auto& [key, lemmas] : by_upos) lemmatizer.known_[key] = most_frequent(lemmas);
  for (const auto& [key, scripts] : suffix_scripts) {
    std::size_t total = 0;
    for (const auto& [script, count] : scripts) total += count;
    // A suffix seen on one word type says little; the tags alone (empty suffix) always count.
    if (total < kMinTypes && key.size() - key.rfind('\t') <= kLongSuffix && key.back() != '\t') continue;
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [script, count] : scripts) ranked.emplace_back(count, script);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    auto& kept = lemmatizer.scripts_[key];
    for (const auto& [count, script] : ranked)
      if (kept.empty() || (kept.size() < kScriptsPerSuffix && count * kAlternativeShare >= total)) kept.push_back(script);
  }
  return lemmatizer;
}

void Lemmatizer::save(const std::filesystem::path& file) const {
  ModelWriter out("lemmatizer", kVersion);
  const std::map<std::string, std::string> known(known_.begin(), known_.end());
  out.u32(static_cast<std::uint32_t>(known.size()));
  for (const auto& [key, value] : known) {
    out.str(key);
    out.str(value);
  }
  const std::map<std::string, std::vector<std::string>> scripts(scripts_.begin(), scripts_.end());
  out.u32(static_cast<std::uint32_t>(scripts.size()));
  for (const auto& [key, values] : scripts) {
    out.str(key);
    out.u8(static_cast<std::uint8_t>(values.size()));
    for (const std::string& value : values) out.str(value);
  }
  std::vector<std::string> vocabulary(vocabulary_.begin(), vocabulary_.end());
  std::sort(vocabulary.begin(), vocabulary.end());
  out.u32(static_cast<std::uint32_t>(vocabulary.size()));
  for (const std::string& word : vocabulary) out.str(word);
  out.save(file);
}

Lemmatizer Lemmatizer::load(const std::filesystem::path& file) {
  ModelReader in(file, "lemmatizer", kVersion);
  Lemmatizer lemmatizer;
  const std::uint32_t known = in.u32();
  lemmatizer.known_.reserve(known);
  for (std::uint32_t i = 0; i < known; ++i) {
    std::string key = in.str();
    lemmatizer.known_.emplace(std::move(key), in.str());
  }
  const std::uint32_t scripts = in.u32();
  lemmatizer.scripts_.reserve(scripts);
  for (std::uint32_t i = 0; i < scripts; ++i) {
    std::string key = in.str();
    std::vector<std::string> values(in.u8());
    for (std::string& value : values) value = in.str();
    lemmatizer.scripts_.emplace(std::move(key), std::move(values));
  }
  const std::uint32_t words = in.u32();
  lemmatizer.vocabulary_.reserve(words);
  for (std::uint32_t i = 0; i < words; ++i) lemmatizer.vocabulary_.insert(in.str());
  in.finish();
  return lemmatizer;
}

}  // namespace chronograph::core
