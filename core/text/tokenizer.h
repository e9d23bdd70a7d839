// Splits text into tokens and sentences, keeping byte offsets into the text.
//
// Tokens follow the UD English Web Treebank / Penn conventions, with two exceptions that
// downstream time rules rely on: hyphenated dates ("early-2022", "mid-June") and number-unit
// compounds ("10-year") stay one token. Clitics are split into syntactic words and marked
// `fused_with_next` (a CoNLL-U multi-word token):
//
//   "Mr. Biden can't go."  ->  Mr. | Biden | ca | n't | go | .      (one sentence)
//   "Russia’s 175,000 troops"  ->  Russia | ’s (norm 's) | 175,000 | troops
//
// Sentences end at terminal punctuation (with the quotes and brackets closing after it), at a
// blank line, and at a line break unless the text is hard-wrapped (then only a blank line
// ends a paragraph), so a headline without a final period is a sentence of its own.
//
//   const auto tokenizer = Tokenizer::load(DataDir::locate());
//   TokenizedText out = tokenizer.tokenize(document.text);
//
// Linear in the text; never reads outside it, whatever the bytes (invalid UTF-8 becomes
// one-byte tokens).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "core/common/data_dir.h"
#include "core/text/token.h"
#include "core/text/tokenizer_lexicon.h"

namespace chronograph::core {

// The dashes that end a dateline: "-", "--", "_" (TimeBank's "(AP)_"), an em or en dash.
bool dateline_dash(std::string_view piece);

class Tokenizer {
 public:
  // Reads data/lexicons/*.txt; throws ParseError on a bad line, InputError on a missing file.
  static Tokenizer load(const DataDir& data);
  static Tokenizer load_from(const std::filesystem::path& lexicon_dir);
  explicit Tokenizer(TokenizerLexicon lexicon);

  // Holds all the word lists: a copy is always a mistake. Pass by const&.
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;
  Tokenizer(Tokenizer&&) = default;
  Tokenizer& operator=(Tokenizer&&) = default;

  TokenizedText tokenize(std::string_view text) const;
  // The same, with a sentence ending at each of `sentence_ends` (offsets in `text`, ascending)
  // whatever the text says there: markup's sentence boundaries (Document::sentence_ends).
  TokenizedText tokenize(std::string_view text, const std::vector<std::size_t>& sentence_ends) const;

  // The same, one block of whole paragraphs at a time, for huge texts: a Token costs ~250
  // bytes, so 50 MB of text is ~10 M tokens and ~3 GB at once. Blocks end at the first
  // blank line after `block_bytes` (else at a line break, else at the text's end); spans
  // stay offsets into `text`, Sentence::first_token indexes the block's tokens. The result
  // equals tokenize(text) when the cuts fall on blank lines.
  //   tokenizer.tokenize_blocks(text, [&](TokenizedText block) { consume(block); });
  void tokenize_blocks(std::string_view text, const std::function<void(TokenizedText)>& sink,
                       std::size_t block_bytes = std::size_t{1} << 20) const;

  const TokenizerLexicon& lexicon() const { return *lexicon_; }

 private:
  std::unique_ptr<const TokenizerLexicon> lexicon_;
};

// The normalised form models see: curly quotes and `` '' straightened, "…" -> "...",
// U+02BC -> ', soft hyphens dropped ("Russia’s" -> "Russia's").
std::string normalize_token(std::string_view text);

}  // namespace chronograph::core
