// The morphosyntax stage of the pipeline: tagger, lemmatizer and parser together, loaded
// once and used const from any number of threads.
//
//   const auto syntax = MorphoSyntax::load(DataDir::locate());   // models/{tagger,lemmatizer,parser}.bin
//   syntax.annotate(tokens);   // upos, xpos, feats, lemma, head, deprel for every sentence
//                              // (the parser's trees with split coordinated subjects joined:
//                              // coordinated_subjects.h)
//   syntax.tag(tokens);        // the fast path: everything but head and deprel
//
// A missing, truncated or other-version model file is an InputError naming the file and
// saying how to rebuild it (`make models`, models/README.md).
#pragma once

#include <filesystem>
#include <span>

#include "core/syntax/lemmatizer.h"
#include "core/syntax/parser.h"
#include "core/syntax/tagger.h"
#include "core/text/token.h"

namespace chronograph {
class DataDir;
}

namespace chronograph::core {

class MorphoSyntax {
 public:
  static MorphoSyntax load(const DataDir& data);
  static MorphoSyntax load_from(const std::filesystem::path& models_dir);

  // Holds every model: a copy is always a mistake. Pass by const&.
  MorphoSyntax(const MorphoSyntax&) = delete;
  MorphoSyntax& operator=(const MorphoSyntax&) = delete;
  MorphoSyntax(MorphoSyntax&&) = default;
  MorphoSyntax& operator=(MorphoSyntax&&) = default;

  void annotate(TokenizedText& text) const;
  void tag(TokenizedText& text) const;

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }

 private:
  MorphoSyntax(Tagger tagger, Lemmatizer lemmatizer, Parser parser)
      : tagger_(std::move(tagger)), lemmatizer_(std::move(lemmatizer)), parser_(std::move(parser)) {}
  // The lemmatizer, then the strong past forms it cannot know ("fled" -> "flee").
  void lemmatize(std::span<Token> sentence) const;
  // Tags, lemmas and the parse of one sentence, with every repair; `first`: the text's first.
  void annotate_sentence(std::span<Token> sentence, bool first) const;
  // The same for a sentence with "more than" or "less than" right before its verb, which the
  // treebank never shows: false when there is none.
  bool annotate_without_hedge(std::span<Token> sentence, bool first) const;
  // The same for two clauses a semicolon joins ("Last Friday, the company closed 12 stores; the
  // following morning, shares dropped 8 percent."): a semicolon closes a clause as a full stop
  // does, so each side is read as a sentence of its own (the first ending in a full stop where
  // the semicolon is) and the second's verb is the first's `parataxis`, as UD joins them. False
  // when there is no semicolon with three words on each side, the sentence is a headline, or a
  // side has no verb for its root (a list: "Paris, France; Rome, Italy").
  bool annotate_clauses_around_semicolon(std::span<Token> sentence, bool first) const;
  // After the rest: a sentence with an apposition or a relative clause between its subject and
  // its verb ("Moreau, then 34, travelled", "Nandakumar, who became chief executive in 2021,
  // warned"; subject_appositions.h) that the parse did not read as one (the verb lost that
  // subject, or a word of the phrase hangs on the verb) is read again without the phrase, and
  // the phrase on its own hangs on the noun before it as its `appos` or `acl:relcl`. False when there is
  // none, the parse read it right, or the sentence read without it gives the verb no subject
  // before it either.
  bool annotate_without_apposition(std::span<Token> sentence, bool first) const;
  // The same for a sentence that opens with a short phrase of time or place closed by a comma
  // ("Last week, heavy rain caused landslides") when the whole sentence got no verb for its
  // root: the rest is read as a sentence of its own and the phrase hangs on its verb. False
  // when the sentence has no such phrase or the rest has no verb for its root either.
  bool annotate_after_fronted_phrase(std::span<Token> sentence) const;
  // retag_from_parse (tagger_repairs.h), with the verb lemma of each word it made a verb;
  // true when the sentence needs parsing again.
  bool retag(std::span<Token> sentence) const;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

}  // namespace chronograph::core
