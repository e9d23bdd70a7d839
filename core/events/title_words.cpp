#include "core/events/title_words.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/events/word_forms.h"

namespace chronograph::core::titles {

namespace {

bool drop_words(Title& t, int rank, std::size_t budget) {
  for (std::size_t k = t.words.size(); k-- > 0 && t.words.size() > budget;) {
    if (t.words[k].drop != rank) continue;
    t.words.erase(t.words.begin() + static_cast<std::ptrdiff_t>(k));
    if (k < t.core) --t.core;
  }
  return t.words.size() <= budget;
}

}  // namespace

Words words_of(std::string_view text, bool proper) {
  Words out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) out.push_back({std::string(text.substr(at, space - at)), 0, End::Whole, proper});
    at = space + 1;
  }
  return out;
}

void append(Words& to, const Words& from) { to.insert(to.end(), from.begin(), from.end()); }

std::string joined(const Words& words) {
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    const bool glued = k > 0 && w.glued && words[k - 1].token >= 0 && w.token == words[k - 1].token + 1;
    if (!out.empty() && !glued) out += ' ';
    out += w.text;
  }
  return capitalize(out);
}

bool title_preposition(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kPrepositions{
      "of", "into", "with", "about", "for", "against", "over", "at", "in", "on",
      "by", "from", "between", "among", "near", "along", "through", "across", "under", "toward", "behind"};
  return std::find(kPrepositions.begin(), kPrepositions.end(), w) != kPrepositions.end();
}

bool partitive_quantifier(std::string_view w) {
  return w == "some" || w == "several" || w == "most" || w == "many" || w == "all" || w == "both" || w == "few";
}

bool quantifying_adjective(std::string_view w) {
  return w == "various" || w == "several" || w == "numerous" || w == "certain" || w == "such";
}

bool possessive_marker(std::string_view w) { return w == "'s" || w == "'"; }

bool is_acronym(std::string_view w) { return w.size() >= 2 && is_all_caps(w); }

bool dangling(std::string_view text) {
  const std::string w = to_lower(text);
  // ("jewellery worth", "older than": words that take an amount or a standard after them)
  return title_preposition(w) || w == "to" || w == "and" || w == "or" || w == "as" || w == "worth" || w == "than" || w == "aged" ||
         is_determiner(w) ||
         w.ends_with("'s") || w.ends_with("'");
}

void cut_complement(Title& t, std::size_t budget) {
  const std::size_t limit = std::min(budget, t.words.size());
  std::size_t end = t.core;
  for (const End wanted : {End::Whole, End::Cut}) {
    for (std::size_t k = limit; k > t.core && end == t.core; --k)
      if (t.words[k - 1].end == wanted) end = k;
    if (end > t.core) break;
  }
  t.words.resize(std::max(end, t.core));
}

bool fit(Title& t, std::size_t budget) {
  drop_words(t, 1, budget);
  if (Title shorter = t; drop_words(shorter, 2, budget)) {
    t = std::move(shorter);
  } else {
    cut_complement(t, budget);
    drop_words(t, 2, budget);
  }
  cut_complement(t, budget);
  return t.words.size() <= budget;
}

}  // namespace chronograph::core::titles
