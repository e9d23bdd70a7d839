// Scores the event stage on a TBAQ split with te3score.py and measures its speed.
//
//   build/bench/events/events_eval                      # dev split, staged model
//   build/bench/events/events_eval --list ../shared/data/splits/tbaq-train.txt --model /tmp/t.model
//   build/bench/events/events_eval --no-parse --model /tmp/tagged-only.model
//
// Writes system TimeML (EVENT + MAKEINSTANCE, no TIMEX3) into a temporary folder, links the
// gold files beside it, runs `python3 te3score.py --gold G --system S` and prints its table,
// then the speed of extract() (tokens -> events with attributes, actors, titles) on one core.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/events/event_extractor.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/events/event_timeml.h"
#include "core/timeml/split_list.h"
#include "core/timeml/timeml_reader.h"
#include "core/timeml/timeml_writer.h"

namespace fs = std::filesystem;
using namespace chronograph;

int main(int argc, char** argv) {
  const fs::path shared{CHRONOGRAPH_SHARED_DIR};
  fs::path list = shared / "data/splits/tbaq-dev.txt";
  fs::path data_root = shared / "data";
  fs::path data_dir{CHRONOGRAPH_STAGED_DATA};
  std::optional<fs::path> model;
  bool parse = true;
  for (int k = 1; k < argc; k += 2) {
    const std::string flag = argv[k];
    if (flag == "--no-parse") {
      parse = false;
      --k;
      continue;
    }
    if (k + 1 >= argc) {
      fmt::print(stderr, "events_eval: '{}' needs a value\n", flag);
      return 2;
    }
    if (flag == "--list") list = argv[k + 1];
    else if (flag == "--data-root") data_root = argv[k + 1];
    else if (flag == "--data-dir") data_dir = argv[k + 1];
    else if (flag == "--model") model = argv[k + 1];
    else {
      fmt::print(stderr, "events_eval: unknown flag '{}'\n", flag);
      return 2;
    }
  }
  try {
    const DataDir data(data_dir);
    const auto extractor = core::EventExtractor::load(data.data("events"), model ? *model : data.model("events/trigger.model"));
    const fs::path out = fs::temp_directory_path() / fmt::format("chronograph-events-eval-{}", ::getpid());
    fs::create_directories(out / "gold");
    fs::create_directories(out / "system");
    const auto tokenizer = core::Tokenizer::load(data);
    const auto syntax = core::MorphoSyntax::load(data);
    std::vector<core::TimemlFile> docs;
    std::vector<core::TokenizedText> tokens;
    for (const auto& file : core::read_split_list(list, data_root)) {
      docs.push_back(core::read_timeml(file));
      tokens.push_back(tokenizer.tokenize(docs.back().text));
      if (parse) syntax.annotate(tokens.back());
      else syntax.tag(tokens.back());
      fs::copy_file(file, out / "gold" / file.filename(), fs::copy_options::overwrite_existing);
    }
    std::size_t token_count = 0, event_count = 0;
    const auto start = std::chrono::steady_clock::now();
    std::vector<core::DocumentEvents> found;
    for (std::size_t k = 0; k < docs.size(); ++k) {
      found.push_back(extractor.extract(docs[k].text, tokens[k], std::vector<core::Span>{}, std::nullopt));
      token_count += tokens[k].tokens.size();
      event_count += found.back().events.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // The system files take the gold files' names, so te3score pairs them.
    std::size_t k = 0;
    for (const auto& file : core::read_split_list(list, data_root)) {
      core::TimemlAnnotations annotations;
      core::add_event_annotations(found[k].events, annotations);
      write_file_atomically(out / "system" / file.filename(),
                            core::write_timeml(docs[k].doc_id, docs[k].text, docs[k].dct, annotations));
      ++k;
    }
    fmt::print("{} documents, {} tokens, {} events; extract() {:.3f} s = {:.0f} tokens/s (one core)\n", docs.size(),
               token_count, event_count, seconds, static_cast<double>(token_count) / seconds);
    const std::string command = fmt::format("python3 {} --gold {} --system {}", (shared / "tools/te3score.py").string(),
                                            (out / "gold").string(), (out / "system").string());
    fmt::print("{}\n", command);
    std::fflush(stdout);
    const int status = std::system(command.c_str());
    fs::remove_all(out);
    return status == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    fmt::print(stderr, "events_eval: {}\n", e.what());
    return 1;
  }
}
