// Tokenizer evaluation on a CoNLL-U treebank, the way the CoNLL 2018 shared task scores
// segmentation: the raw text is rebuilt from the `# text` lines (sentences of a paragraph
// joined by a space; a blank line before each `# newpar` / `# newdoc`; with `wrap_width`
// 80, lines broken at the last space before column 80 as the shared task's raw text files
// were by UD's conllu_to_text.pl — the break replaces a space, so offsets do not move), gold
// surface tokens (a multi-word token's `1-2` line, else the word) and sentences get byte spans in
// that text, and a system token or sentence is correct when its span matches a gold one
// exactly. Whitespace is never part of a span, so this equals CoNLL 2018's alignment over
// the non-whitespace characters. Tokens the system split from one word (fused_with_next)
// are merged back into one surface token first.
//
//   const ConlluText gold = read_conllu_text("en_ewt-ud-dev.conllu");
//   const SegmentationScore score = score_segmentation(gold, tokenizer.tokenize(gold.text));
//   score.tokens.f1();
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/span.h"
#include "core/text/token.h"

namespace chronograph::core {

struct ConlluText {
  std::string text;             // the rebuilt raw text
  std::vector<Span> tokens;     // gold surface tokens, in order
  std::vector<Span> sentences;  // gold sentences, in order
  std::size_t documents = 0, paragraphs = 0;
};

// Throws InputError when the file cannot be read, ParseError when a token is not found in
// its sentence's `# text` or a sentence has no `# text`.
ConlluText read_conllu_text(const std::filesystem::path& path, std::size_t wrap_width = 0);
ConlluText parse_conllu_text(std::string_view content, const std::string& path,
                             std::size_t wrap_width = 0);

// Breaks every line of `text` longer than `width` code points at its last ASCII space at or
// before column `width` (or at the first space after it, when a word is longer).
void wrap_lines(std::string& text, std::size_t width);

struct PrfScore {
  std::size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? static_cast<double>(correct) / system : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct SegmentationScore {
  PrfScore tokens, sentences;
};

// Surface-token spans of `system` (fused tokens merged).
std::vector<Span> surface_tokens(const TokenizedText& system);

// Counts exact span matches between sorted span lists.
PrfScore score_spans(const std::vector<Span>& gold, const std::vector<Span>& system);

SegmentationScore score_segmentation(const ConlluText& gold, const TokenizedText& system);

}  // namespace chronograph::core
