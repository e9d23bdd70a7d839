// Dependency parser: arc-eager transitions with labelled arcs, scored by an averaged
// perceptron over Zhang & Nivre's (2011) rich non-local features, trained with Goldberg &
// Nivre's (2012) dynamic oracle and error exploration. Non-projective training trees are
// projectivised by lifting. Linear time: 2n transitions for n tokens, so a 5,000-token
// "sentence" is only slow, never quadratic.
//
//   const Parser parser = Parser::load("models/parser.bin");
//   parser.parse(sentence);   // reads norm, upos, xpos; fills head (-1 = root) and deprel
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/syntax/perceptron.h"
#include "core/text/token.h"

namespace chronograph {
class Reporter;
}

namespace chronograph::core {

struct ParserOptions {
  int epochs = 12;
  std::uint64_t seed = 1;
  int bits = 22;              // 2^bits feature buckets
  int prune = 300;            // weights under this many quantisation steps are dropped (tuned on EWT
                              // dev: 300 of 32767 keeps UAS/LAS and shrinks the file by a quarter)
  double explore = 0.9;       // from epoch 2, follow the model's own wrong move this often
  // Called after each epoch with the averaged model so far (to watch a dev set); may be empty.
  std::function<void(int epoch, const class Parser&)> after_epoch;
};

class Parser {
 public:
  static constexpr int kVersion = 1;
  static Parser load(const std::filesystem::path& file);
  // The sentences' upos/xpos are the tags the parser will see (ideally predicted ones);
  // head/deprel are the gold tree.
  static Parser train(std::span<const std::span<const Token>> sentences, const ParserOptions& options,
                      Reporter& reporter);
  void save(const std::filesystem::path& file) const;

  // Holds all the weights: a copy is always a mistake. Pass by const&.
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  Parser(Parser&&) = default;
  Parser& operator=(Parser&&) = default;

  void parse(std::span<Token> sentence) const;
  // Drops weights under `min_units` quantisation steps; train() does it with ParserOptions::prune.
  void prune(int min_units) { weights_.prune(min_units); }
  const std::vector<std::string>& labels() const { return labels_; }

 private:
  Parser() = default;
  std::vector<std::string> labels_;
  HashedWeights weights_;
};

// Lifts non-projective arcs (shortest first) until the tree is projective. heads[i] is the
// head of word i+1 in 0..n (0 = root); returns how many arcs were lifted.
int projectivize(std::vector<int>& heads);

}  // namespace chronograph::core
