#include "core/syntax/word_classes.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/syntax/model_io.h"

namespace chronograph::core {

namespace {

// The letters of data/syntax/word_classes.txt (make_word_classes.py documents them).
std::uint16_t class_of_letter(char letter) {
  switch (letter) {
    case 'n': return WordClasses::Noun;
    case 'v': return WordClasses::Verb;
    case 'a': return WordClasses::Adjective;
    case 'r': return WordClasses::Adverb;
    case 'S': return WordClasses::PluralNoun;
    case 'D': return WordClasses::PastVerb;
    case 'G': return WordClasses::IngVerb;
    case 'C': return WordClasses::Comparative;
    case 'T': return WordClasses::Superlative;
    default: return 0;
  }
}

// WordNet's detachment rules: a form ending in `suffix` may be the `result` inflection of the
// base that ends in `replacement` instead, when that base is listed with class `base`.
struct Detachment {
  std::string_view suffix, replacement;
  std::uint16_t base, result;
};

constexpr Detachment kDetachments[] = {
    {"s", "", WordClasses::Noun, WordClasses::PluralNoun},
    {"ses", "s", WordClasses::Noun, WordClasses::PluralNoun},
    {"xes", "x", WordClasses::Noun, WordClasses::PluralNoun},
    {"zes", "z", WordClasses::Noun, WordClasses::PluralNoun},
    {"ches", "ch", WordClasses::Noun, WordClasses::PluralNoun},
    {"shes", "sh", WordClasses::Noun, WordClasses::PluralNoun},
    {"men", "man", WordClasses::Noun, WordClasses::PluralNoun},
    {"ies", "y", WordClasses::Noun, WordClasses::PluralNoun},
    {"s", "", WordClasses::Verb, WordClasses::PresentVerb3},
    {"ies", "y", WordClasses::Verb, WordClasses::PresentVerb3},
    {"es", "e", WordClasses::Verb, WordClasses::PresentVerb3},
    {"es", "", WordClasses::Verb, WordClasses::PresentVerb3},
    {"ed", "e", WordClasses::Verb, WordClasses::PastVerb},
    {"ed", "", WordClasses::Verb, WordClasses::PastVerb},
    {"ing", "e", WordClasses::Verb, WordClasses::IngVerb},
    {"ing", "", WordClasses::Verb, WordClasses::IngVerb},
    {"er", "", WordClasses::Adjective, WordClasses::Comparative},
    {"er", "e", WordClasses::Adjective, WordClasses::Comparative},
    {"est", "", WordClasses::Adjective, WordClasses::Superlative},
    {"est", "e", WordClasses::Adjective, WordClasses::Superlative},
};

}  // namespace

WordClasses WordClasses::read_table(const std::filesystem::path& file) {
  WordClasses classes;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int number) {
    const std::size_t tab = line.find('\t');
    if (tab == 0 || tab == std::string::npos || tab + 1 == line.size())
      throw ParseError({file.string(), number, 1}, "expected 'form<TAB>letters'", {}, {}, line);
    std::uint16_t bits = 0;
    for (std::size_t i = tab + 1; i < line.size(); ++i) {
      const std::uint16_t bit = class_of_letter(line[i]);
      if (bit == 0)
        throw ParseError({file.string(), number, static_cast<int>(i) + 1},
                         fmt::format("unknown class letter '{}'", line[i]), "one of n v a r S D G C T", {}, line);
      bits |= bit;
    }
    classes.listed_[line.substr(0, tab)] |= bits;
  });
  return classes;
}

// Sorted forms, each as (length shared with the previous form, the rest, its classes):
// the table takes a third of its plain size.
void WordClasses::write(ModelWriter& out) const {
  std::vector<std::pair<std::string_view, std::uint16_t>> sorted(listed_.begin(), listed_.end());
  std::sort(sorted.begin(), sorted.end());
  out.u32(static_cast<std::uint32_t>(sorted.size()));
  std::string_view previous;
  for (const auto& [form, bits] : sorted) {
    std::size_t shared = 0;
    while (shared < previous.size() && shared < form.size() && shared < 255 && previous[shared] == form[shared]) ++shared;
    const std::string_view rest = form.substr(shared);
    out.u8(static_cast<std::uint8_t>(shared));
    out.u8(static_cast<std::uint8_t>(std::min<std::size_t>(rest.size(), 255)));
    out.raw(rest.data(), std::min<std::size_t>(rest.size(), 255));
    out.raw(&bits, sizeof bits);
    previous = form;
  }
}

WordClasses WordClasses::read(ModelReader& in) {
  WordClasses classes;
  const std::uint32_t count = in.u32();
  classes.listed_.reserve(count);
  std::string form;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint8_t shared = in.u8();
    if (shared > form.size()) in.corrupt("corrupt (word classes)");
    form.resize(shared + in.u8());
    in.raw(form.data() + shared, form.size() - shared);
    std::uint16_t bits = 0;
    in.raw(&bits, sizeof bits);
    classes.listed_.emplace(form, bits);
  }
  return classes;
}

std::uint16_t WordClasses::listed(std::string_view form) const {
  const auto it = listed_.find(form);
  return it == listed_.end() ? 0 : it->second;
}

bool WordClasses::has(std::string_view stem, std::string_view ending, std::uint16_t classes) const {
  std::string base;
  base.reserve(stem.size() + ending.size());
  base.append(stem).append(ending);
  return (listed(base) & classes) != 0;
}

std::uint16_t WordClasses::of(std::string_view lower) const {
  if (listed_.empty()) return 0;
  std::uint16_t bits = listed(lower);
  for (const Detachment& rule : kDetachments)
    if ((bits & rule.result) == 0 && lower.size() > rule.suffix.size() + 1 && lower.ends_with(rule.suffix) &&
        has(lower.substr(0, lower.size() - rule.suffix.size()), rule.replacement, rule.base))
      bits |= rule.result;
  return bits;
}

}  // namespace chronograph::core
