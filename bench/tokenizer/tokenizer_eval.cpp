// tokenizer_eval --conllu FILE [--wrap 80] [--json] [--data-dir DIR] [--errors N]
// tokenizer_eval --text FILE [--spans]
//
// Rebuilds the raw text of a CoNLL-U file from its `# text` lines, tokenizes it and prints
// token and sentence precision, recall and F1 (CoNLL 2018 segmentation scoring; see
// core/text/conllu_text.h). --wrap 80 breaks the rebuilt lines at 80 columns as the CoNLL
// 2018 raw text files are. --errors N lists the first N token and sentence mismatches.
// With --text it tokenizes a plain file and prints counts and seconds (or, with --spans,
// one "begin end sentence" line per token, for bench/tokenizer/tbaq_boundaries.py).
//
//   build/bench/tokenizer/tokenizer_eval --conllu ../shared/data/ud-ewt/en_ewt-ud-dev.conllu
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/text/conllu_text.h"
#include "core/text/tokenizer.h"

namespace {

using chronograph::core::Span;

nlohmann::json to_json(const chronograph::core::PrfScore& s) {
  return {{"gold", s.gold},       {"system", s.system},
          {"correct", s.correct}, {"precision", s.precision()},
          {"recall", s.recall()}, {"f1", s.f1()}};
}

std::string context(const std::string& text, Span span) {
  const std::size_t from = span.begin >= 30 ? span.begin - 30 : 0;
  std::string out = text.substr(from, span.begin - from) + "[[" +
                    text.substr(span.begin, span.size()) + "]]" + text.substr(span.end, 30);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Spans of `a` not in `b` (both sorted).
std::vector<Span> missing(const std::vector<Span>& a, const std::vector<Span>& b) {
  std::vector<Span> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

void print_errors(const std::string& text, const std::vector<Span>& gold,
                  const std::vector<Span>& system, const char* what, std::size_t limit) {
  const auto only_gold = missing(gold, system), only_system = missing(system, gold);
  for (std::size_t k = 0; k < std::min(limit, only_gold.size()); ++k)
    std::cout << fmt::format("missed {}: {}\n", what, context(text, only_gold[k]));
  for (std::size_t k = 0; k < std::min(limit, only_system.size()); ++k)
    std::cout << fmt::format("wrong  {}: {}\n", what, context(text, only_system[k]));
}

int tokenize_file(const chronograph::core::Tokenizer& tokenizer, const std::string& path,
                  bool spans) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw chronograph::InputError(fmt::format("cannot read '{}'", path));
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto start = std::chrono::steady_clock::now();
  if (!spans) {  // block by block: bounded memory on a 50 MB file
    std::size_t tokens = 0, sentences = 0;
    tokenizer.tokenize_blocks(text, [&](chronograph::core::TokenizedText block) {
      tokens += block.tokens.size();
      sentences += block.sentences.size();
    });
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    std::cout << fmt::format("{} bytes, {} tokens, {} sentences, {:.3f} s\n", text.size(), tokens,
                             sentences, seconds.count());
    return 0;
  }
  const auto out = tokenizer.tokenize(text);
  for (std::size_t s = 0; s < out.sentences.size(); ++s)
    for (std::size_t k = 0; k < out.sentences[s].token_count; ++k) {
      const auto& token = out.tokens[out.sentences[s].first_token + k];
      std::cout << token.span.begin << ' ' << token.span.end << ' ' << s << '\n';
    }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores chronograph's tokenizer and sentence splitter on a CoNLL-U file"};
  std::string conllu;
  bool json = false;
  std::optional<std::string> data_dir;
  std::size_t errors = 0;
  std::string text_file;
  bool spans = false;
  auto* conllu_opt = app.add_option(
      "--conllu", conllu, "the CoNLL-U file (e.g. ../shared/data/ud-ewt/en_ewt-ud-dev.conllu)");
  auto* text_opt = app.add_option("--text", text_file, "a plain UTF-8 text file to tokenize");
  conllu_opt->excludes(text_opt);
  app.add_flag("--spans", spans, "with --text: print 'begin end sentence' for every token");
  app.add_flag("--json", json, "print the figures as JSON");
  std::size_t wrap = 0;
  app.add_option("--wrap", wrap, "break the rebuilt text's lines at this column (CoNLL 2018: 80)");
  app.add_option("--data-dir", data_dir, "the share/chronograph folder holding data/lexicons");
  app.add_option("--errors", errors, "list the first N missed and wrong tokens and sentences");
  CLI11_PARSE(app, argc, argv);
  if (conllu.empty() == text_file.empty()) {
    std::cerr << "tokenizer_eval: give --conllu FILE or --text FILE\n";
    return 2;
  }
  try {
    using namespace chronograph::core;
    // Run from the build tree, the staged data is the default.
    if (!data_dir && !std::getenv("CHRONOGRAPH_DATA_DIR")) data_dir = CHRONOGRAPH_STAGED_DIR;
    const auto tokenizer = Tokenizer::load(chronograph::DataDir::locate(data_dir));
    if (!text_file.empty()) return tokenize_file(tokenizer, text_file, spans);
    const ConlluText gold = read_conllu_text(conllu, wrap);
    const TokenizedText system = tokenizer.tokenize(gold.text);
    const SegmentationScore score = score_segmentation(gold, system);
    if (errors > 0) {
      print_errors(gold.text, gold.tokens, surface_tokens(system), "token", errors);
      std::vector<Span> sentences;
      for (const auto& s : system.sentences) sentences.push_back(s.span);
      print_errors(gold.text, gold.sentences, sentences, "sentence", errors);
    }
    if (json) {
      std::cout << nlohmann::json{{"file", conllu},
                                  {"wrap", wrap},
                                  {"tokens", to_json(score.tokens)},
                                  {"sentences", to_json(score.sentences)}}
                       .dump(2)
                << "\n";
    } else {
      std::cout << fmt::format("text       {} bytes, {} lines\n", gold.text.size(),
                               std::count(gold.text.begin(), gold.text.end(), '\n') + 1);
      for (const auto& [name, s] :
           {std::pair{"tokens", score.tokens}, std::pair{"sentences", score.sentences}})
        std::cout << fmt::format(
            "{:<10} P {:.4f}  R {:.4f}  F1 {:.4f}  (gold {}, system {}, correct {})\n", name,
            s.precision(), s.recall(), s.f1(), s.gold, s.system, s.correct);
    }
  } catch (const chronograph::Error& error) {
    std::cerr << "tokenizer_eval: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
