// syntax_raw_eval --conllu FILE [--models DIR] [--data-dir DIR]
//
// The whole front end from raw text: the text of the treebank (rebuilt the way the CoNLL 2018
// shared task did, core/text/conllu_text.h) is tokenized by our tokenizer, then tagged,
// lemmatized and parsed; system words are aligned to gold words by their byte spans, and
// words, sentences, UPOS, XPOS, lemma, UAS and LAS are scored as F1 (CoNLL 2018: a word
// counts for UAS when it is aligned and its head is aligned to the gold head).
#include <cstdio>
#include <map>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/syntax/conllu.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/conllu_text.h"
#include "core/text/tokenizer.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

double f1(std::size_t correct, std::size_t gold, std::size_t system) {
  return gold + system ? 200.0 * static_cast<double>(correct) / static_cast<double>(gold + system) : 0.0;
}

int run(int argc, char** argv) {
  std::string conllu, models = "models";
  std::optional<std::filesystem::path> data_dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--conllu") conllu = argv[i + 1];
    else if (arg == "--models") models = argv[i + 1];
    else if (arg == "--data-dir") data_dir = argv[i + 1];
  }
  if (conllu.empty()) {
    std::fprintf(stderr, "usage: syntax_raw_eval --conllu FILE [--models DIR] [--data-dir DIR]\n");
    return 2;
  }
  const ConlluDocument gold = read_conllu(conllu);
  const ConlluText raw = read_conllu_text(conllu);
  // Gold words' spans moved into the raw text: each sentence line is found in order.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> gold_at;  // span -> gold word
  std::vector<int> gold_head_word(gold.tokens.tokens.size(), -1);
  std::vector<Span> gold_sentences;
  std::size_t cursor = 0, line_start = 0;
  for (const Sentence& s : gold.tokens.sentences) {
    const std::size_t line_end = gold.text.find('\n', line_start);
    const std::string line = gold.text.substr(line_start, line_end == std::string::npos ? std::string::npos : line_end - line_start);
    const std::size_t at = raw.text.find(line, cursor);
    if (at == std::string::npos) throw InputError(fmt::format("sentence not found in the raw text: {}", line));
    const std::ptrdiff_t delta = static_cast<std::ptrdiff_t>(at) - static_cast<std::ptrdiff_t>(line_start);
    for (std::size_t i = 0; i < s.token_count; ++i) {
      const std::size_t w = s.first_token + i;
      const Span span = gold.tokens.tokens[w].span;
      if (!span.empty())
        gold_at[{static_cast<std::size_t>(static_cast<std::ptrdiff_t>(span.begin) + delta),
                 static_cast<std::size_t>(static_cast<std::ptrdiff_t>(span.end) + delta)}] = w;
      const int h = gold.tokens.tokens[w].head;
      gold_head_word[w] = h < 0 ? -1 : static_cast<int>(s.first_token) + h;
    }
    gold_sentences.push_back({static_cast<std::size_t>(static_cast<std::ptrdiff_t>(s.span.begin) + delta),
                              static_cast<std::size_t>(static_cast<std::ptrdiff_t>(s.span.end) + delta)});
    cursor = at + line.size();
    line_start = line_end == std::string::npos ? gold.text.size() : line_end + 1;
  }
  const DataDir data = DataDir::locate(data_dir);
  const Tokenizer tokenizer = Tokenizer::load(data);
  const MorphoSyntax syntax = MorphoSyntax::load_from(models);
  TokenizedText system = tokenizer.tokenize(raw.text);
  syntax.annotate(system);

  std::size_t words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  std::vector<int> aligned(system.tokens.size(), -1);
  for (std::size_t i = 0; i < system.tokens.size(); ++i) {
    const auto it = gold_at.find({system.tokens[i].span.begin, system.tokens[i].span.end});
    if (it != gold_at.end()) aligned[i] = static_cast<int>(it->second);
  }
  for (const Sentence& s : system.sentences)
    for (std::size_t k = 0; k < s.token_count; ++k) {
      const std::size_t i = s.first_token + k;
      if (aligned[i] < 0) continue;
      const Token& sys = system.tokens[i];
      const Token& g = gold.tokens.tokens[static_cast<std::size_t>(aligned[i])];
      ++words;
      upos += sys.upos == g.upos;
      xpos += sys.xpos == g.xpos;
      lemma += sys.lemma == g.lemma;
      const int sys_head = sys.head < 0 ? -1 : aligned[s.first_token + static_cast<std::size_t>(sys.head)];
      const bool head_ok = sys.head < 0 ? gold_head_word[static_cast<std::size_t>(aligned[i])] < 0
                                        : sys_head >= 0 && sys_head == gold_head_word[static_cast<std::size_t>(aligned[i])];
      if (head_ok) {
        ++uas;
        las += universal_relation(sys.deprel) == universal_relation(g.deprel);
      }
    }
  std::size_t sentences_right = 0;
  std::map<std::pair<std::size_t, std::size_t>, int> gold_sentence_set;
  for (const Span& span : gold_sentences) gold_sentence_set[{span.begin, span.end}] = 1;
  for (const Sentence& s : system.sentences) sentences_right += gold_sentence_set.count({s.span.begin, s.span.end});
  const std::size_t g = gold.tokens.tokens.size(), n = system.tokens.size();
  fmt::print("{}: raw text, our tokenizer ({} gold words, {} system words)\n", conllu, g, n);
  fmt::print("  words {:.2f}  sentences {:.2f}  UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UAS {:.2f}  LAS {:.2f}  (F1)\n",
             f1(words, g, n), f1(sentences_right, gold_sentences.size(), system.sentences.size()), f1(upos, g, n),
             f1(xpos, g, n), f1(lemma, g, n), f1(uas, g, n), f1(las, g, n));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const InputError& error) {
    std::fprintf(stderr, "syntax_raw_eval: error: %s\n", error.what());
    return 1;
  }
}
