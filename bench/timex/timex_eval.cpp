// Tags every listed TBAQ file with its gold DCT and writes our TIMEX3 as TimeML into --out,
// for te3score.py (data/timex/README.md, "Figures", has the full command):
//
//   timex_eval --list /work/shared/data/splits/tbaq-dev.txt --out /tmp/timex-dev
//             [--root /work/shared/data] [--data-dir DIR] [--gold-links DIR]
//
// List lines are paths relative to --root (default: the list's folder's parent). The rules come
// from --data-dir, else $CHRONOGRAPH_DATA_DIR, else this build's staged share/chronograph.
// --gold-links DIR also fills DIR with symlinks to the listed gold files; --rules-tsv FILE writes
// "file begin end rule value" for every TIMEX3 (which rule fired where). --tagged yes runs the
// tokenizer and tagger first, as `annotate` does, so clause tense comes from the Penn tags.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/timeml_reader.h"
#include "core/timeml/timeml_writer.h"
#include "core/timex/timex_tagger.h"

namespace fs = std::filesystem;
using namespace chronograph;

int main(int argc, char** argv) {
  std::optional<fs::path> list, out, root, data_dir, gold_links, rules_tsv;
  bool tagged = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--list") list = argv[i + 1];
    else if (flag == "--out") out = argv[i + 1];
    else if (flag == "--root") root = argv[i + 1];
    else if (flag == "--data-dir") data_dir = argv[i + 1];
    else if (flag == "--gold-links") gold_links = argv[i + 1];
    else if (flag == "--rules-tsv") rules_tsv = argv[i + 1];
    else if (flag == "--tagged") tagged = std::string(argv[i + 1]) == "yes";
    else { std::cerr << "timex_eval: unknown flag " << flag << "\n"; return 2; }
  }
  if (!list || !out) {
    std::cerr << "usage: timex_eval --list SPLIT.txt --out DIR [--root DIR] [--data-dir DIR] [--gold-links DIR] [--rules-tsv FILE] [--tagged yes|no]\n";
    return 2;
  }
  try {
    const fs::path base = root ? *root : list->parent_path().parent_path();
    if (!data_dir && !std::getenv("CHRONOGRAPH_DATA_DIR")) data_dir = fs::path(CHRONOGRAPH_STAGED_DATA);
    const DataDir data = DataDir::locate(data_dir);
    const auto tagger = core::TimexTagger::load(data);
    std::optional<core::Tokenizer> tokenizer;
    std::optional<core::MorphoSyntax> syntax;
    if (tagged) {
      tokenizer.emplace(core::Tokenizer::load(data));
      syntax.emplace(core::MorphoSyntax::load(data));
    }
    fs::create_directories(*out);
    if (gold_links) fs::create_directories(*gold_links);
    std::ifstream in(*list);
    std::ofstream tsv;
    if (rules_tsv) tsv.open(*rules_tsv);
    std::size_t docs = 0, timexes = 0;
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      const fs::path gold = base / line;
      const auto file = core::read_timeml(gold);
      core::TimemlAnnotations ours;
      core::TokenizedText tokens;
      if (tagged) {
        tokens = tokenizer->tokenize(file.text);
        syntax->tag(tokens);
      }
      for (const auto& tx : tagger.tag(file.text, tagged ? &tokens : nullptr, file.dct)) {
        core::TimexAnnotation a;
        a.tid = tx.id;
        a.span = tx.span;
        a.type = tx.type;
        a.value = tx.value;
        a.mod = tx.mod;
        ours.timexes.push_back(std::move(a));
        if (rules_tsv)
          tsv << gold.filename().string() << '\t' << tx.span.begin << '\t' << tx.span.end << '\t' << tx.rule << '\t'
              << tx.value << '\n';
      }
      timexes += ours.timexes.size();
      write_file_atomically(*out / gold.filename(), core::write_timeml(file.doc_id, file.text, file.dct, ours));
      if (gold_links) {
        const fs::path link = *gold_links / gold.filename();
        fs::remove(link);
        fs::create_symlink(fs::absolute(gold), link);
      }
      ++docs;
    }
    std::cerr << fmt::format("timex_eval: {} documents, {} TIMEX3 written to {}\n", docs, timexes, out->string());
  } catch (const Error& e) {
    std::cerr << "timex_eval: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
