// TempEval-3 Task C on a TBAQ split: gold TIMEX3/EVENT/MAKEINSTANCE kept, TLINKs replaced by
// ours, scored by our scorer (core/eval, same figures as te3score.py) and by te3score.py.
//
//   build-tlinks/bench/tlinks/tlinks_task_c                         # dev split, staged model
//   build-tlinks/bench/tlinks/tlinks_task_c --model /tmp/t.bin --drop model:cross-sentence
//   build-tlinks/bench/tlinks/tlinks_task_c --out /tmp/taskc        # keep the files
//
//   build-tlinks/bench/tlinks/tlinks_task_c --train-out /tmp/t.bin   # train on TBAQ train first
//   build-tlinks/bench/tlinks/tlinks_task_c --task abc             # our own entities (Task ABC)
//
// --task abc runs the whole pipeline (core/pipeline) on the text and DCT of each file and
// links its entities with tlinks_for() (analysis_tlinks.h), as `annotate --format timeml`
// will once wired.
// --drop SOURCE (repeatable) leaves out the links of one source ("model:event-dct",
// "model:event-timex", "model:event-event", "model:cross-sentence", "rule:value", "rule:on",
// ...; a prefix such as "rule:" drops them all), to measure what each brings.
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bench/support/printing_reporter.h"
#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/eval/tempeval_scorer.h"
#include "core/timeml/split_list.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/timeml_writer.h"
#include "core/tlinks/tlink_classifier.h"
#include "core/pipeline/pipeline.h"
#include "core/pipeline/timeml_output.h"
#include "core/tlinks/analysis_tlinks.h"
#include "core/tlinks/tlink_timeml.h"
#include "core/tlinks/tlink_training.h"

namespace fs = std::filesystem;
using namespace chronograph;

int main(int argc, char** argv) {
  const fs::path shared{CHRONOGRAPH_SHARED_DIR};
  fs::path list = shared / "data/splits/tbaq-dev.txt";
  fs::path data_root = shared / "data";
  fs::path data_dir{CHRONOGRAPH_STAGED_DATA};
  std::optional<fs::path> model_file, out_dir, train_out;
  fs::path train_list = shared / "data/splits/tbaq-train.txt";
  core::TlinkTrainOptions train_options;
  std::vector<std::string> drop;
  bool abc = false;
  for (int k = 1; k + 1 < argc; k += 2) {
    const std::string flag = argv[k], value = argv[k + 1];
    if (flag == "--list") list = value;
    else if (flag == "--data-root") data_root = value;
    else if (flag == "--data-dir") data_dir = value;
    else if (flag == "--model") model_file = value;
    else if (flag == "--out") out_dir = value;
    else if (flag == "--drop") drop.push_back(value);
    else if (flag == "--train-out") train_out = value;
    else if (flag == "--train-list") train_list = value;
    else if (flag == "--epochs") train_options.epochs = std::stoi(value);
    else if (flag == "--min-count") train_options.min_feature_count = std::stoi(value);
    else if (flag == "--none-bias") {
      const auto eq = value.find('=');
      train_options.none_bias.at(std::stoul(value.substr(0, eq))) = std::stod(value.substr(eq + 1));
    } else if (flag == "--always") train_options.always.push_back(static_cast<core::TlinkPairKind>(std::stoi(value)));
    else if (flag == "--silent") train_options.silent.push_back(static_cast<core::TlinkPairKind>(std::stoi(value)));
    else if (flag == "--task") abc = value == "abc";
    else {
      fmt::print(stderr, "tlinks_task_c: unknown flag '{}'\n", flag);
      return 2;
    }
  }
  try {
    const DataDir data(data_dir);
    const auto tokenizer = core::Tokenizer::load(data);
    const auto syntax = core::MorphoSyntax::load(data);
    const std::optional<core::Pipeline> pipeline =
        abc ? std::optional<core::Pipeline>(core::Pipeline::load(data)) : std::nullopt;
    const core::TlinkPrepare prepare = [&](std::string_view text) {
      core::TokenizedText tokens = tokenizer.tokenize(text);
      syntax.annotate(tokens);
      return tokens;
    };
    const auto classifier = [&] {
      if (!train_out) return model_file ? core::TlinkClassifier::load_file(*model_file) : core::TlinkClassifier::load(data);
      bench::PrintingReporter notes;
      auto trained = core::train_tlink_classifier(core::read_split_list(train_list, data_root), prepare, train_options, notes);
      write_file_atomically(*train_out, trained.serialize());
      return trained;
    }();
    const fs::path out = out_dir ? *out_dir : fs::temp_directory_path() / "chronograph-tlinks-task-c";
    fs::remove_all(out);
    fs::create_directories(out / "gold");
    fs::create_directories(out / "system");
    core::TempevalCounts total;
    std::map<std::string, std::size_t> by_source;
    NullReporter quiet;
    for (const auto& path : core::read_split_list(list, data_root)) {
      core::TimemlFile file = core::read_timeml(path);
      const core::TimemlFile gold = file;
      core::TokenizedText tokens;
      core::GoldTlinkInput in;
      std::optional<core::DocumentAnalysis> analysis;
      if (abc) {
        core::Document document;
        document.id = path.stem().string();
        document.path = path.string();
        document.format = core::DocumentFormat::TimeML;
        document.text = file.text;
        document.dct = file.dct;
        analysis = pipeline->analyse(std::move(document));
        const auto annotations = core::to_timeml(*analysis);
        file.annotations.timexes = annotations.timexes;
        file.annotations.events = annotations.events;
        file.annotations.instances = annotations.instances;
        in.input = core::tlink_input_for(*analysis);
        for (std::size_t e = 0; e < analysis->events.events.size(); ++e) in.eiids.push_back(fmt::format("ei{}", e + 1));
        for (std::size_t t = 0; t < analysis->timexes.size(); ++t) in.tids.push_back(fmt::format("t{}", t + 1));
        in.dct_tid = gold.annotations.dct ? gold.annotations.dct->tid : "t0";
      } else {
        tokens = tokenizer.tokenize(file.text);
        syntax.annotate(tokens);
        in = core::tlink_input_from_timeml(gold, tokens);
      }
      std::vector<core::TlinkOutput> links;
      for (auto& link : classifier.classify(in.input)) {
        bool dropped = false;
        for (const auto& d : drop) dropped = dropped || link.source.rfind(d, 0) == 0;
        if (dropped) continue;
        ++by_source[link.source];
        links.push_back(std::move(link));
      }
      file.annotations.tlinks = core::to_tlink_annotations(links, in.eiids, in.tids, in.dct_tid);
      const std::string xml = core::write_timeml(file, quiet);
      write_file_atomically(out / "system" / path.filename(), xml);
      fs::create_symlink(fs::absolute(path), out / "gold" / path.filename());
      total += core::score_document(gold, core::parse_timeml(xml, path.filename().string()));
    }
    const auto& t = total.tlink;
    const core::Prf s = core::prf(t.precision_verified, t.system_reduced, t.recall_verified, t.gold_reduced, 0.0);
    fmt::print("links by source:");
    for (const auto& [source, n] : by_source) fmt::print(" {}={}", source, n);
    fmt::print("\n{} temporal awareness (core/eval): P {:.2f} R {:.2f} F1 {:.2f}  "
               "(system reduced {} verified {}, gold reduced {} verified {})\n",
               abc ? "Task ABC" : "Task C", s.precision, s.recall, s.f1, t.system_reduced, t.precision_verified, t.gold_reduced, t.recall_verified);
    const std::string command = fmt::format("python3 '{}' --gold '{}' --system '{}' | grep -i -A3 tlink",
                                            (shared / "tools/te3score.py").string(), (out / "gold").string(),
                                            (out / "system").string());
    fmt::print("{}\n", command);
    std::fflush(stdout);
    return std::system(command.c_str()) == 0 ? 0 : 1;
  } catch (const std::exception& error) {
    fmt::print(stderr, "tlinks_task_c: {}\n", error.what());
    return 1;
  }
}
