// Tunes the TLINK classifier's per-kind NONE shift (and compares learners, costs, rules) by
// cross-validation on the TBAQ TRAIN split only (the dev split stays unseen): the files are
// dealt to K folds (file i to fold i mod K), K models are trained each without one fold, and
// every setting is scored as Task C temporal awareness (core/eval, te3score.py's figures)
// summed over the held-out folds. A shift only moves NONE's score, so each fold's scores are
// computed once and every setting is a cheap re-decision; coordinate descent over a grid picks
// the setting. Shifts are given per kind in the order event-dct, event-timex, event-event,
// cross-sentence, prior-timex, same-word.
//
//   build/bench/tlinks/tlinks_cv                                  # 5 folds, grid -6..0, 2 rounds
//   build/bench/tlinks/tlinks_cv --grid -5,-4,-3,-2,-1,0,off --rounds 3
//   build/bench/tlinks/tlinks_cv --start -3.5,-2,-2.5,-4,-4,-4 --rounds 0   # score one setting
//   build/bench/tlinks/tlinks_cv --no-rule rule:intention --rounds 0        # what a rule brings
//   build/bench/tlinks/tlinks_cv --cost 1 --min-count 1 --learner perceptron --epochs 10
//   build/bench/tlinks/tlinks_cv --out /tmp/cv                    # held-out files, for analysis
//
// "off" in the grid silences a kind's model (its rules still link): pass it to `chronograph
// train-tlinks --silent KIND`; every other value to `--none-bias KIND=VALUE`
// (models/tlinks/README.md).
#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/eval/tempeval_scorer.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/split_list.h"
#include "core/timeml/timeml_writer.h"
#include "core/tlinks/tlink_classifier.h"
#include "core/tlinks/tlink_features.h"
#include "core/tlinks/tlink_timeml.h"
#include "core/tlinks/tlink_training.h"

namespace fs = std::filesystem;
using namespace chronograph;
using Shifts = std::array<double, core::kTlinkPairKinds>;

namespace {

constexpr double kOff = std::numeric_limits<double>::infinity();

// What deciding a held-out document needs, computed once: candidates with their rule verdict
// or features, and the links from timex values.
struct HeldOutDocument {
  const core::TlinkTrainingDocument* source = nullptr;
  core::GoldTlinkInput input;
  std::vector<core::TlinkCandidate> candidates;
  std::vector<std::optional<core::TlinkRuleResult>> rules;
  std::vector<std::vector<double>> scores;  // per candidate, by the fold's model
  std::vector<core::TlinkOutput> value_links;
  core::TimemlFile system;                  // the gold file; its TLINKs replaced per setting
};

struct Fold {
  std::optional<core::TlinkClassifier> model;
  std::vector<HeldOutDocument> held_out;
};

// Rules named in `--no-rule` leave their candidates to the model, to measure what a rule brings.
std::vector<std::string> g_disabled_rules;
// `--keep-inconsistent 1` skips the consistency filter classify() applies.
bool g_inconsistent = false;

HeldOutDocument hold_out(const core::TlinkTrainingDocument& document, const core::TlinkClassifier& model) {
  HeldOutDocument out;
  out.source = &document;
  out.input = core::tlink_input_from_timeml(document.file, document.tokens);
  const core::TlinkContext context(out.input.input);
  out.candidates = core::tlink_candidates(context);
  for (const auto& candidate : out.candidates) {
    out.rules.push_back(core::tlink_rule(context, candidate));
    out.scores.push_back(model.model(candidate.kind).scores(core::tlink_features(context, candidate)));
  }
  out.value_links = core::timex_value_links(context);
  out.system = document.file;
  return out;
}

bool rule_applies(const std::optional<core::TlinkRuleResult>& rule) {
  return rule && std::find(g_disabled_rules.begin(), g_disabled_rules.end(), rule->rule) == g_disabled_rules.end();
}

// The links classify() would give with these shifts, in its order.
std::vector<core::TlinkOutput> decide(const HeldOutDocument& document, const core::TlinkClassifier& model, const Shifts& shifts) {
  std::vector<core::TlinkOutput> links = document.value_links;
  for (std::size_t i = 0; i < document.candidates.size(); ++i) {
    const auto& c = document.candidates[i];
    const auto rule = rule_applies(document.rules[i]) ? document.rules[i] : std::nullopt;
    const double shift = shifts[static_cast<std::size_t>(c.kind)];
    if (!rule && std::isinf(shift)) continue;
    if (auto link = core::decide_link(model.model(c.kind), c, rule, document.scores[i], shift)) links.push_back(std::move(*link));
  }
  if (g_inconsistent) return links;
  return core::consistent_links(std::move(links), document.input.input.events.size(), document.input.input.timexes.size());
}

core::Prf evaluate(std::vector<Fold>& folds, const Shifts& shifts) {
  core::AwarenessCounts total;
  for (auto& fold : folds)
    for (auto& document : fold.held_out) {
      const auto& in = document.input;
      document.system.annotations.tlinks = core::to_tlink_annotations(decide(document, *fold.model, shifts), in.eiids, in.tids, in.dct_tid);
      total += core::score_document(document.source->file, document.system).tlink;
    }
  return core::prf(total.precision_verified, total.system_reduced, total.recall_verified, total.gold_reduced, 0.0);
}

// Writes every held-out document with the links of `shifts` (gold beside it), for per-kind
// error analysis with te3score.py.
void write_held_out(std::vector<Fold>& folds, const Shifts& shifts, const fs::path& dir) {
  evaluate(folds, shifts);
  NullReporter quiet;
  fs::create_directories(dir / "gold");
  fs::create_directories(dir / "system");
  for (std::size_t f = 0; f < folds.size(); ++f)
    for (std::size_t i = 0; i < folds[f].held_out.size(); ++i) {
      const auto& document = folds[f].held_out[i];
      const std::string name = fmt::format("fold{}-{:03}.tml", f + 1, i);
      write_file_atomically(dir / "gold" / name, core::write_timeml(document.source->file, quiet));
      write_file_atomically(dir / "system" / name, core::write_timeml(document.system, quiet));
    }
}

std::string show(const Shifts& shifts) {
  std::string out;
  for (std::size_t k = 0; k < shifts.size(); ++k)
    out += fmt::format("{}{}={}", k ? " " : "", core::to_string(static_cast<core::TlinkPairKind>(k)),
                       std::isinf(shifts[k]) ? std::string("off") : fmt::format("{:g}", shifts[k]));
  return out;
}

std::vector<double> parse_list(const std::string& text) {
  std::vector<double> out;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) out.push_back(item == "off" ? kOff : std::stod(item));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path shared{CHRONOGRAPH_SHARED_DIR};
  fs::path list = shared / "data/splits/tbaq-train.txt";
  fs::path data_root = shared / "data";
  fs::path data_dir{CHRONOGRAPH_STAGED_DATA};
  std::size_t fold_count = 5;
  int rounds = 2;
  std::vector<double> grid = {-6, -5, -4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, kOff};
  Shifts start{};  // all 0
  std::optional<fs::path> out_dir;
  core::TlinkTrainOptions options;
  options.none_bias = {};  // the shifts are tried on top of an unshifted model
  try {
    for (int k = 1; k + 1 < argc; k += 2) {
      const std::string flag = argv[k], value = argv[k + 1];
      if (flag == "--list") list = value;
      else if (flag == "--data-root") data_root = value;
      else if (flag == "--data-dir") data_dir = value;
      else if (flag == "--folds") fold_count = std::stoul(value);
      else if (flag == "--rounds") rounds = std::stoi(value);
      else if (flag == "--grid") grid = parse_list(value);
      else if (flag == "--start") {
        const auto values = parse_list(value);
        for (std::size_t i = 0; i < start.size() && i < values.size(); ++i) start[i] = values[i];
      } else if (flag == "--no-rule") g_disabled_rules.push_back(value);
      else if (flag == "--keep-inconsistent") g_inconsistent = value == "1";
      else if (flag == "--epochs") options.epochs = std::stoi(value);
      else if (flag == "--min-count") options.min_feature_count = std::stoi(value);
      else if (flag == "--out") out_dir = value;
      else if (flag == "--cost") options.cost = std::stod(value);
      else if (flag == "--learner") options.learner = value == "perceptron" ? core::TlinkTrainOptions::Learner::Perceptron
                                                                              : core::TlinkTrainOptions::Learner::Logistic;
      else {
        fmt::print(stderr, "tlinks_cv: unknown flag '{}'\n", flag);
        return 2;
      }
    }
    const DataDir data(data_dir);
    const auto tokenizer = core::Tokenizer::load(data);
    const auto syntax = core::MorphoSyntax::load(data);
    const core::TlinkPrepare prepare = [&](std::string_view text) {
      core::TokenizedText tokens = tokenizer.tokenize(text);
      syntax.annotate(tokens);
      return tokens;
    };
    NullReporter quiet;
    const auto documents = core::prepare_tlink_documents(core::read_split_list(list, data_root), prepare, quiet);
    std::vector<Fold> folds(fold_count);
    for (std::size_t f = 0; f < fold_count; ++f) {
      std::vector<const core::TlinkTrainingDocument*> training;
      for (std::size_t i = 0; i < documents.size(); ++i)
        if (i % fold_count != f) training.push_back(&documents[i]);
      folds[f].model.emplace(core::train_tlink_classifier(training, options, quiet));
      for (std::size_t i = f; i < documents.size(); i += fold_count)
        folds[f].held_out.push_back(hold_out(documents[i], *folds[f].model));
      fmt::print(stderr, "tlinks_cv: fold {}/{} trained on {} files\n", f + 1, fold_count, training.size());
    }
    Shifts best = start;
    core::Prf best_score = evaluate(folds, best);
    fmt::print("start  {}  P {:.2f} R {:.2f} F1 {:.2f}\n", show(best), best_score.precision, best_score.recall, best_score.f1);
    for (int round = 0; round < rounds; ++round) {
      const Shifts before = best;
      for (std::size_t k = 0; k < core::kTlinkPairKinds; ++k)
        for (double value : grid) {
          Shifts trial = best;
          trial[k] = value;
          if (trial == best) continue;
          const core::Prf score = evaluate(folds, trial);
          fmt::print("  try  {}  P {:.2f} R {:.2f} F1 {:.2f}\n", show(trial), score.precision, score.recall, score.f1);
          if (score.f1 > best_score.f1 + 1e-9) best = trial, best_score = score;
        }
      fmt::print("round {} {}  P {:.2f} R {:.2f} F1 {:.2f}\n", round + 1, show(best), best_score.precision, best_score.recall, best_score.f1);
      std::fflush(stdout);
      if (best == before) break;
    }
    fmt::print("best (Task C, {}-fold cross-validation on {}): {}  P {:.2f} R {:.2f} F1 {:.2f}\n", fold_count,
               list.filename().string(), show(best), best_score.precision, best_score.recall, best_score.f1);
    if (out_dir) write_held_out(folds, best, *out_dir);
    return 0;
  } catch (const std::exception& error) {
    fmt::print(stderr, "tlinks_cv: {}\n", error.what());
    return 1;
  }
}
