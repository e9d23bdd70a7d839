// The parts of speech a broad lexicon of English (WordNet 3.0) allows a word form, as a bit
// set the tagger reads beside the words' classes in its treebank. The treebank is web text:
// there "rose" is mostly a flower and "offensive" an adjective, while news writes "prices
// rose" and "a military offensive". WordNet knows "rose" as a past tense of "rise" and
// "offensive" as a noun, and it knows words the treebank never saw.
//
//   WordClasses classes = WordClasses::read_table("data/syntax/word_classes.txt");
//   classes.of("rose")      == Noun | Adjective | PastVerb      (the lemma "rose", verb.exc)
//   classes.of("slipped")   == PastVerb                         (verb.exc)
//   classes.of("plans")     == PluralNoun | PresentVerb3        (WordNet's detachment rules)
//   classes.of("the")       == 0                                (not in WordNet)
//
// The table (data/syntax/make_word_classes.py) lists the lemmas of WordNet's four indexes and
// its irregular forms; regular inflections are derived by the detachment rules of WordNet's
// morphy ("-ies" -> "-y", "-ches" -> "-ch", "-ed" -> "" or "-e", ...). The tagger keeps its
// copy inside tagger.bin, so the program never reads WordNet or the table.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronograph::core {

class ModelReader;
class ModelWriter;

class WordClasses {
 public:
  enum Class : std::uint16_t {
    Noun = 1 << 0,
    Verb = 1 << 1,         // the base form
    Adjective = 1 << 2,
    Adverb = 1 << 3,
    PluralNoun = 1 << 4,
    PastVerb = 1 << 5,     // past tense or past participle
    IngVerb = 1 << 6,
    PresentVerb3 = 1 << 7, // third person singular present
    Comparative = 1 << 8,
    Superlative = 1 << 9,
  };

  WordClasses() = default;  // knows no word
  // Throws ParseError (file:line:column) on a bad line, InputError when it cannot be read.
  static WordClasses read_table(const std::filesystem::path& file);
  static WordClasses read(ModelReader& in);
  void write(ModelWriter& out) const;

  // The classes of a lower-case form, 0 when WordNet does not know it.
  std::uint16_t of(std::string_view lower) const;
  std::size_t size() const { return listed_.size(); }

 private:
  std::uint16_t listed(std::string_view form) const;
  // Whether `stem` + `ending` is listed with any of `classes`.
  bool has(std::string_view stem, std::string_view ending, std::uint16_t classes) const;

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint16_t, Hash, std::equal_to<>> listed_;
};

}  // namespace chronograph::core
