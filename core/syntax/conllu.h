// CoNLL-U in and out (https://universaldependencies.org/format.html), so any UD tool can
// check us. Reading keeps the gold tokenization and sentences: the document text is rebuilt
// from the `# text =` lines (one sentence per line), and every token's span points into it.
//
//   auto doc = read_conllu("en_ewt-ud-dev.conllu");   // ParseError "file:line:col: ..." on bad input
//   std::string out = write_conllu(doc.text, doc.tokens);
//
// Multiword tokens ("don't" = "do" + "n't") give their words sub-spans when the words spell
// the surface form, otherwise the first word gets the whole span and the others an empty one.
// Empty nodes (ID "8.1") are skipped.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/text/token.h"

namespace chronograph::core {

struct ConlluDocument {
  std::string text;       // the sentences' texts, one per line
  TokenizedText tokens;   // gold forms (norm = form), tags, lemmas, feats, heads, relations
};

ConlluDocument read_conllu(const std::filesystem::path& file);
// `name` is used in error positions.
ConlluDocument parse_conllu(std::string_view content, const std::string& name);

// One block per sentence with `# sent_id` and `# text`; HEAD is 0 for the root; empty fields
// are "_"; MISC says SpaceAfter=No where the next token follows without a space.
std::string write_conllu(std::string_view text, const TokenizedText& tokens);

// "nsubj:pass" -> "nsubj": CoNLL 2018 scores LAS on the universal part.
std::string_view universal_relation(std::string_view deprel);

}  // namespace chronograph::core
