// syntax_eval --conllu FILE [--models DIR] [--json] [--write OUT.conllu] [--tags-only]
//
// Scores our tagger, lemmatizer and parser on a CoNLL-U file with its gold tokenization,
// following the CoNLL 2018 shared task's definitions (with gold words, accuracy = F1): UPOS,
// XPOS, lemma, UFeats, UAS, LAS (relations compared on their universal part, punctuation
// included). Also the model load time and tokens per second on one core for tagging
// (tagger + lemmatizer) and for tagging + parsing (best of 3 runs). Peak memory: run it under
// `/usr/bin/time -v`. --tags-only: one tagging run, no parsing, and the lemma accuracy also
// on gold tags (how much of the lemma error is the tagger's).
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/syntax/conllu.h"
#include "core/syntax/morphosyntax.h"
#include "core/syntax/sentences.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this (single-threaded) process: the rate on one core, even on a busy machine.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void clear(TokenizedText& text) {
  for (Token& token : text.tokens) {
    token.upos.clear();
    token.xpos.clear();
    token.lemma.clear();
    token.feats.clear();
    token.head = -1;
    token.deprel.clear();
  }
}

struct Scores {
  double upos = 0, xpos = 0, lemma = 0, feats = 0, uas = 0, las = 0;
};

Scores score(const TokenizedText& gold, const TokenizedText& system) {
  std::size_t n = 0, upos = 0, xpos = 0, lemma = 0, feats = 0, uas = 0, las = 0;
  for (std::size_t i = 0; i < gold.tokens.size(); ++i) {
    const Token& g = gold.tokens[i];
    const Token& s = system.tokens[i];
    ++n;
    upos += g.upos == s.upos;
    xpos += g.xpos == s.xpos;
    lemma += g.lemma == s.lemma;
    feats += g.feats == s.feats;
    if (g.head == s.head) {
      ++uas;
      las += universal_relation(g.deprel) == universal_relation(s.deprel);
    }
  }
  auto pct = [n](std::size_t k) { return n ? 100.0 * static_cast<double>(k) / static_cast<double>(n) : 0.0; };
  return {pct(upos), pct(xpos), pct(lemma), pct(feats), pct(uas), pct(las)};
}

double lemma_on_gold_tags(const MorphoSyntax& syntax, const TokenizedText& gold) {
  TokenizedText lemmatized = gold;
  std::size_t right = 0;
  for (const auto sentence : sentence_spans(lemmatized)) syntax.lemmatizer().lemmatize(sentence);
  for (std::size_t i = 0; i < gold.tokens.size(); ++i) right += gold.tokens[i].lemma == lemmatized.tokens[i].lemma;
  return gold.tokens.empty() ? 0.0 : 100.0 * static_cast<double>(right) / static_cast<double>(gold.tokens.size());
}

int tags_only(const MorphoSyntax& syntax, const ConlluDocument& gold, const std::string& write) {
  TokenizedText tagged = gold.tokens;
  clear(tagged);
  syntax.tag(tagged);
  const Scores s = score(gold.tokens, tagged);
  if (!write.empty()) write_file_atomically(write, write_conllu(gold.text, tagged));
  fmt::print("  UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UFeats {:.2f}  lemma on gold tags {:.2f}\n", s.upos, s.xpos,
             s.lemma, s.feats, lemma_on_gold_tags(syntax, gold.tokens));
  double tagger_cpu = 1e9, lemmatizer_cpu = 1e9;
  for (int run = 0; run < 3; ++run) {
    double cpu = cpu_seconds();
    for (const auto sentence : sentence_spans(tagged)) syntax.tagger().tag(sentence);
    tagger_cpu = std::min(tagger_cpu, cpu_seconds() - cpu);
    cpu = cpu_seconds();
    for (const auto sentence : sentence_spans(tagged)) syntax.lemmatizer().lemmatize(sentence);
    lemmatizer_cpu = std::min(lemmatizer_cpu, cpu_seconds() - cpu);
  }
  const auto words = static_cast<double>(gold.tokens.tokens.size());
  fmt::print("  tagger alone {:.0f} tokens per CPU second, lemmatizer alone {:.0f}\n", words / tagger_cpu,
             words / lemmatizer_cpu);
  return 0;
}

int run(int argc, char** argv) {
  std::string conllu, models = "models", write;
  bool json = false, only_tags = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--conllu" && i + 1 < argc) conllu = argv[++i];
    else if (arg == "--models" && i + 1 < argc) models = argv[++i];
    else if (arg == "--json") json = true;
    else if (arg == "--tags-only") only_tags = true;
    else if (arg == "--write" && i + 1 < argc) write = argv[++i];
    else {
      std::fprintf(stderr, "usage: syntax_eval --conllu FILE [--models DIR] [--json] [--write OUT.conllu] [--tags-only]\n");
      return 2;
    }
  }
  if (conllu.empty()) {
    std::fprintf(stderr, "usage: syntax_eval --conllu FILE [--models DIR] [--json] [--write OUT.conllu] [--tags-only]\n");
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  const double load_cpu_start = cpu_seconds();
  const MorphoSyntax syntax = MorphoSyntax::load_from(models);
  const double load_seconds = seconds_since(start);
  const double load_cpu = cpu_seconds() - load_cpu_start;
  const ConlluDocument gold = read_conllu(conllu);
  const std::size_t words = gold.tokens.tokens.size();
  if (only_tags) return tags_only(syntax, gold, write);

  double tag_best = 1e9, parse_best = 1e9, tag_cpu = 1e9, parse_cpu = 1e9;
  TokenizedText tagged = gold.tokens, parsed = gold.tokens;
  for (int run = 0; run < 3; ++run) {
    clear(tagged);
    start = std::chrono::steady_clock::now();
    double cpu = cpu_seconds();
    syntax.tag(tagged);
    tag_best = std::min(tag_best, seconds_since(start));
    tag_cpu = std::min(tag_cpu, cpu_seconds() - cpu);
    clear(parsed);
    start = std::chrono::steady_clock::now();
    cpu = cpu_seconds();
    syntax.annotate(parsed);
    parse_best = std::min(parse_best, seconds_since(start));
    parse_cpu = std::min(parse_cpu, cpu_seconds() - cpu);
  }
  const Scores s = score(gold.tokens, parsed);
  if (!write.empty()) write_file_atomically(write, write_conllu(gold.text, parsed));
  const double tag_rate = static_cast<double>(words) / tag_best;
  const double parse_rate = static_cast<double>(words) / parse_best;
  const double tag_cpu_rate = static_cast<double>(words) / tag_cpu;
  const double parse_cpu_rate = static_cast<double>(words) / parse_cpu;
  if (json) {
    fmt::print("{{\"file\": \"{}\", \"words\": {}, \"upos\": {:.2f}, \"xpos\": {:.2f}, \"lemma\": {:.2f}, "
               "\"ufeats\": {:.2f}, \"uas\": {:.2f}, \"las\": {:.2f}, \"load_ms\": {:.1f}, \"load_cpu_ms\": {:.1f}, "
               "\"tag_tokens_per_s\": {:.0f}, \"tag_parse_tokens_per_s\": {:.0f}, "
               "\"tag_tokens_per_cpu_s\": {:.0f}, \"tag_parse_tokens_per_cpu_s\": {:.0f}}}\n",
               conllu, words, s.upos, s.xpos, s.lemma, s.feats, s.uas, s.las, load_seconds * 1000, load_cpu * 1000, tag_rate,
               parse_rate, tag_cpu_rate, parse_cpu_rate);
  } else {
    fmt::print("{}: {} words (gold tokenization)\n", conllu, words);
    fmt::print("  UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UFeats {:.2f}  UAS {:.2f}  LAS {:.2f}\n", s.upos, s.xpos,
               s.lemma, s.feats, s.uas, s.las);
    fmt::print("  model load {:.1f} ms wall, {:.1f} ms CPU\n", load_seconds * 1000, load_cpu * 1000);
    fmt::print("  tagging {:.0f} tokens/s wall, {:.0f} per CPU second; tagging+parsing {:.0f} tokens/s wall, "
               "{:.0f} per CPU second (one thread, best of 3)\n",
               tag_rate, tag_cpu_rate, parse_rate, parse_cpu_rate);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const InputError& error) {
    std::fprintf(stderr, "syntax_eval: error: %s\n", error.what());
    if (!error.help().empty()) std::fprintf(stderr, "   help: %s\n", error.help().c_str());
    return 1;
  }
}
