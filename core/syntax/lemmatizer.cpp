#include "core/syntax/lemmatizer.h"

#include <map>

#include "core/syntax/model_io.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

// Tuned on EWT dev: a suffix rule needs 2 word types, unless the suffix is long enough
// (4+ bytes) to be telling on its own ("climbed" teaches "-mbed", so "bombed" -> "bomb").
constexpr std::size_t kMinTypes = 2;
constexpr std::size_t kLongSuffix = 4;

// A script is "<case><strip>|<append>": case 'k' keeps the form's case, 'l' lower-cases it.
std::string script_for(const std::string& form, const std::string& lemma) {
  auto build = [&](const std::string& from, char mode) {
    std::size_t common = 0;
    while (common < from.size() && common < lemma.size() && from[common] == lemma[common]) ++common;
    return std::pair{from.size() - common, mode + std::to_string(from.size() - common) + '|' + lemma.substr(common)};
  };
  const auto keep = build(form, 'k');
  const auto lower = build(lowercase_ascii(form), 'l');
  return lower.first < keep.first ? lower.second : keep.second;
}

bool apply_script(const std::string& form, const std::string& script, std::string& lemma) {
  const auto bar = script.find('|');
  if (bar == std::string::npos || script.size() < 2) return false;
  const std::size_t strip = std::stoul(script.substr(1, bar - 1));
  if (strip > form.size()) return false;
  lemma = script[0] == 'l' ? lowercase_ascii(form) : form;
  lemma.resize(lemma.size() - strip);
  lemma += script.substr(bar + 1);
  return !lemma.empty();
}

std::string tag_key(const std::string& upos, const std::string& xpos) { return upos + '\t' + xpos; }

}  // namespace

std::string Lemmatizer::lemma(const std::string& form, const std::string& upos, const std::string& xpos) const {
  const std::string tags = tag_key(upos, xpos);
  if (const auto it = known_.find(form + '\t' + tags); it != known_.end()) return it->second;
  const std::string lower = lowercase_ascii(form);
  if (lower != form)
    if (const auto it = known_.find(lower + '\t' + tags); it != known_.end()) {
      // "Hoped" at a sentence start: the lemma of "hoped", unless the word is a name.
      if (upos != "PROPN") return it->second;
    }
  // The same word under another XPOS of the same UPOS ("declined" seen as VBN, asked as VBD).
  if (const auto it = known_.find(form + '\t' + upos); it != known_.end()) return it->second;
  if (upos != "PROPN" && lower != form)
    if (const auto it = known_.find(lower + '\t' + upos); it != known_.end()) return it->second;
  for (std::size_t k = std::min(kMaxSuffix, lower.size());; --k) {
    const auto it = scripts_.find(tags + '\t' + lower.substr(lower.size() - k));
    std::string result;
    // EWT writes the lemmas of all but proper nouns in lower case ("Applause" -> "applause").
    if (it != scripts_.end() && apply_script(upos == "PROPN" ? form : lower, it->second, result))
      return result;
    if (k == 0) break;
  }
  return upos == "PROPN" ? form : lower;
}

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
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [lemma, count] : lemmas)
      if (count > best_count) best = lemma, best_count = count;
    lemmatizer.known_[key] = best;
    by_upos[key.substr(0, key.rfind('\t'))][best] += lemmas.at(best);
    const auto tab = key.find('\t');
    const std::string form = key.substr(0, tab);
    const std::string tags = key.substr(tab + 1);
    const std::string script = script_for(form, best);
    const std::string lower = lowercase_ascii(form);
    for (std::size_t k = 0; k <= std::min(kMaxSuffix, lower.size()); ++k)
      ++suffix_scripts[tags + '\t' + lower.substr(lower.size() - k)][script];
  }
  for (const auto& [key, lemmas] : by_upos) {
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [lemma, count] : lemmas)
      if (count > best_count) best = lemma, best_count = count;
    lemmatizer.known_[key] = best;
  }
  for (const auto& [key, scripts] : suffix_scripts) {
    std::string best;
    std::size_t best_count = 0, total = 0;
    for (const auto& [script, count] : scripts) {
      total += count;
      if (count > best_count) best = script, best_count = count;
    }
    // A suffix seen on one word type says little; the tag alone (empty suffix) always counts.
    if (total >= kMinTypes || key.size() - key.rfind('\t') > kLongSuffix || key.back() == '\t')
      lemmatizer.scripts_[key] = best;
  }
  return lemmatizer;
}

void Lemmatizer::save(const std::filesystem::path& file) const {
  ModelWriter out("lemmatizer", kVersion);
  for (const auto* table : {&known_, &scripts_}) {
    const std::map<std::string, std::string> sorted(table->begin(), table->end());
    out.u32(static_cast<std::uint32_t>(sorted.size()));
    for (const auto& [key, value] : sorted) {
      out.str(key);
      out.str(value);
    }
  }
  out.save(file);
}

Lemmatizer Lemmatizer::load(const std::filesystem::path& file) {
  ModelReader in(file, "lemmatizer", kVersion);
  Lemmatizer lemmatizer;
  for (auto* table : {&lemmatizer.known_, &lemmatizer.scripts_}) {
    const std::uint32_t n = in.u32();
    table->reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      std::string key = in.str();
      table->emplace(std::move(key), in.str());
    }
  }
  in.finish();
  return lemmatizer;
}

}  // namespace chronograph::core
