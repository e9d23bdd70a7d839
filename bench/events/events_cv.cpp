// Cross-validation of the event trigger/class model on TBAQ TRAIN, by document: the way to
// tune features and settings without looking at dev (README "Rules of the project").
//
//   build/bench/events/events_cv                       # 5 folds, parsed text, default settings
//   build/bench/events/events_cv --folds 10 --min-count 2
//   build/bench/events/events_cv --no-parse            # tags and lemmas only
//   build/bench/events/events_cv --learner perceptron  # instead of logistic regression
//   build/bench/events/events_cv --cost 1              # logistic regression's cost
//   build/bench/events/events_cv --errors /tmp/e.tsv   # the tokens that are events in gold or system
//   build/bench/events/events_cv --pipeline            # the whole event stage: the model, then its rules
//
// Document k is in fold k % folds; each fold's model is trained on the others exactly as
// `chronograph train-events` trains (event bias from every fifth training document). Scores
// are per token (a gold event is the token its span starts in), pooled over the folds:
// extent P/R/F1, class F1 (extent and class both right) and class accuracy on matched tokens,
// then the class confusion on matched tokens (rows gold, columns system). With --pipeline the
// system labels are those of the event stage run as `annotate` runs it (the timex stage's
// expressions, then EventExtractor::extract with the fold's model and the rules after it), so
// a rule after the model is tuned on train too.
#include <array>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "core/common/data_dir.h"
#include "core/common/reporter.h"
#include "core/events/event_extractor.h"
#include "core/events/event_training.h"
#include "core/events/lexicon.h"
#include "core/events/word_forms.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"
#include "core/timeml/timeml_reader.h"
#include "core/timex/timex_tagger.h"
#include "core/timeml/split_list.h"

namespace fs = std::filesystem;
using namespace chronograph;

namespace {

struct Options {
  fs::path list = fs::path{CHRONOGRAPH_SHARED_DIR} / "data/splits/tbaq-train.txt";
  fs::path data_root = fs::path{CHRONOGRAPH_SHARED_DIR} / "data";
  fs::path data_dir{CHRONOGRAPH_STAGED_DATA};
  fs::path errors;  // --errors: where to write the error analysis table
  std::size_t folds = 5;
  bool parse = true;
  bool pipeline = false;  // --pipeline: score the event stage's output, not the model's
  core::TriggerModel::TrainOptions train;
};

using Learner = core::TriggerModel::TrainOptions::Learner;

Learner learner(const std::string& name) {
  if (name == "perceptron") return Learner::perceptron;
  if (name == "logistic") return Learner::logistic;
  throw std::invalid_argument("--learner is perceptron or logistic");
}

bool parse_options(int argc, char** argv, Options& o) {
  for (int k = 1; k < argc; ++k) {
    const std::string flag = argv[k];
    if (flag == "--no-parse") {
      o.parse = false;
      continue;
    }
    if (flag == "--pipeline") {
      o.pipeline = true;
      continue;
    }
    if (k + 1 >= argc) {
      fmt::print(stderr, "events_cv: '{}' needs a value\n", flag);
      return false;
    }
    const std::string value = argv[++k];
    if (flag == "--list") o.list = value;
    else if (flag == "--data-root") o.data_root = value;
    else if (flag == "--data-dir") o.data_dir = value;
    else if (flag == "--errors") o.errors = value;
    else if (flag == "--folds") o.folds = std::stoul(value);
    else if (flag == "--epochs") o.train.epochs = std::stoi(value);
    else if (flag == "--min-count") o.train.min_feature_count = std::stoi(value);
    else if (flag == "--seed") o.train.seed = static_cast<unsigned>(std::stoul(value));
    else if (flag == "--cost") o.train.cost = std::stod(value);
    else if (flag == "--min-weight") o.train.min_weight = std::stof(value);
    else if (flag == "--learner") o.train.learner = learner(value);
    else {
      fmt::print(stderr, "events_cv: unknown flag '{}'\n", flag);
      return false;
    }
  }
  return o.folds >= 2;
}

struct Tally {
  std::size_t gold = 0, system = 0, extent = 0, both = 0;
  std::array<std::array<std::size_t, core::kTriggerLabels>, core::kTriggerLabels> confusion{};

  void add(int gold_label, int system_label) {
    gold += gold_label != 0;
    system += system_label != 0;
    if (gold_label == 0 || system_label == 0) return;
    ++extent;
    both += gold_label == system_label;
    ++confusion[static_cast<std::size_t>(gold_label)][static_cast<std::size_t>(system_label)];
  }
  void print() const {
    auto f1 = [this](std::size_t tp) { return gold + system ? 200.0 * static_cast<double>(tp) / static_cast<double>(gold + system) : 0.0; };
    fmt::print("extent P {:.2f} R {:.2f} F1 {:.2f} | class F1 {:.2f} | class accuracy on matched {:.2f}\n",
               100.0 * static_cast<double>(extent) / static_cast<double>(std::max<std::size_t>(system, 1)),
               100.0 * static_cast<double>(extent) / static_cast<double>(std::max<std::size_t>(gold, 1)), f1(extent),
               f1(both), 100.0 * static_cast<double>(both) / static_cast<double>(std::max<std::size_t>(extent, 1)));
    fmt::print("{:>11}", "gold\\sys");
    for (std::size_t k = 1; k < core::kTriggerLabels; ++k) fmt::print(" {:>6.6}", core::kTriggerLabelNames[k]);
    fmt::print("\n");
    for (std::size_t g = 1; g < core::kTriggerLabels; ++g) {
      fmt::print("{:>11}", core::kTriggerLabelNames[g]);
      for (std::size_t k = 1; k < core::kTriggerLabels; ++k) fmt::print(" {:>6}", confusion[g][k]);
      fmt::print("\n");
    }
  }
};

// A table for error analysis: one line per token that is an event in gold or in the system
// (document, word, lemma, UPOS, relation, head lemma, gold and system labels, the words around).
void write_errors(const fs::path& path, const std::vector<fs::path>& files,
                  const std::vector<core::TokenizedText>& prepared, const std::vector<std::vector<int>>& predicted,
                  const core::DocumentExamples& documents) {
  std::string out = "doc\tword\tlemma\tupos\tdeprel\thead\tgold\tsystem\tcontext\n";
  for (std::size_t d = 0; d < files.size(); ++d) {
    const auto& text = prepared[d];
    std::size_t e = 0;  // examples skip punctuation, as add_training_examples does
    for (const auto& s : text.sentences)
      for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        if (core::is_punctuation(text.tokens[i].text)) continue;
        const int gold = documents[d][e].label, system = predicted[d][e];
        ++e;
        if (gold == 0 && system == 0) continue;
        const auto& t = text.tokens[i];
        const std::string head =
            t.head >= 0 ? text.tokens[s.first_token + static_cast<std::size_t>(t.head)].lemma : "ROOT";
        std::string context;
        const std::size_t from = std::max(s.first_token, i >= 6 ? i - 6 : 0);
        const std::size_t to = std::min(s.first_token + s.token_count, i + 7);
        for (std::size_t j = from; j < to; ++j) context += (j == i ? "[" + t.text + "]" : text.tokens[j].text) + " ";
        out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", files[d].filename().string(), t.text, t.lemma,
                           t.upos, t.deprel, head, core::kTriggerLabelNames[static_cast<std::size_t>(gold)],
                           core::kTriggerLabelNames[static_cast<std::size_t>(system)], context);
      }
  }
  write_file_atomically(path, out);
}

// The event stage's labels for document `file`'s example tokens (punctuation skipped, as
// add_training_examples does): the class of the event mention at each token, else 0.
std::vector<int> pipeline_labels(const core::EventExtractor& events, const core::TimexTagger& timex,
                                 const fs::path& file, const core::TokenizedText& tokens) {
  const core::TimemlFile doc = core::read_timeml(file);
  const auto timexes = timex.tag(doc.text, &tokens, doc.dct);
  const core::DocumentEvents found = events.extract(doc.text, tokens, timexes, doc.dct);
  std::vector<int> by_token(tokens.tokens.size(), 0);
  for (const auto& e : found.events) by_token[e.token] = std::max(core::trigger_label(e.event_class), 0);
  std::vector<int> out;
  for (const auto& s : tokens.sentences)
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i)
      if (!core::is_punctuation(tokens.tokens[i].text)) out.push_back(by_token[i]);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  bool usable = false;
  try {
    usable = parse_options(argc, argv, o);
  } catch (const std::exception& e) {
    fmt::print(stderr, "events_cv: {}\n", e.what());
  }
  if (!usable) {
    fmt::print(stderr, "usage: events_cv [--folds N] [--epochs N] [--min-count N] [--seed N] [--no-parse] "
                       "[--pipeline] [--learner logistic|perceptron] [--cost C] [--min-weight W] "
                       "[--errors FILE] [--list FILE] [--data-root DIR] [--data-dir DIR]\n");
    return 2;
  }
  try {
    const DataDir data(o.data_dir);
    const auto lexicon = core::EventLexicon::load(data);
    const auto tokenizer = core::Tokenizer::load(data);
    const auto syntax = core::MorphoSyntax::load(data);
    const auto timex = o.pipeline ? std::optional(core::TimexTagger::load(data)) : std::nullopt;
    std::vector<core::TokenizedText> prepared;  // for --errors
    const core::PrepareText prepare = [&](std::string_view text) {
      core::TokenizedText tokens = tokenizer.tokenize(text);
      if (o.parse) syntax.annotate(tokens);
      else syntax.tag(tokens);
      if (!o.errors.empty() || o.pipeline) prepared.push_back(tokens);
      return tokens;
    };
    const auto files = core::read_split_list(o.list, o.data_root);
    core::DocumentExamples documents(files.size());
    core::TrainingSummary summary;
    for (std::size_t k = 0; k < files.size(); ++k) core::add_training_examples(files[k], lexicon, prepare, documents[k], summary);
    fmt::print("{} documents, {} tokens, {} gold events; {} folds\n", summary.documents, summary.tokens, summary.events,
               o.folds);
    NullReporter quiet;
    Tally tally;
    std::vector<std::vector<int>> predicted(documents.size());
    for (std::size_t fold = 0; fold < o.folds; ++fold) {
      core::DocumentExamples fit;
      for (std::size_t k = 0; k < documents.size(); ++k)
        if (k % o.folds != fold) fit.push_back(documents[k]);
      core::TriggerModel model = core::train_trigger_model(fit, o.train, quiet);
      for (std::size_t k = fold; k < documents.size(); k += o.folds) {
        if (!o.pipeline)
          for (const auto& e : documents[k]) predicted[k].push_back(model.score(e.features).label);
      }
      if (o.pipeline) {
        const auto events = core::EventExtractor::load(data.data("events"), std::move(model));
        for (std::size_t k = fold; k < documents.size(); k += o.folds)
          predicted[k] = pipeline_labels(events, *timex, files[k], prepared[k]);
      }
      for (std::size_t k = fold; k < documents.size(); k += o.folds)
        for (std::size_t e = 0; e < documents[k].size(); ++e) tally.add(documents[k][e].label, predicted[k][e]);
    }
    tally.print();
    if (!o.errors.empty()) write_errors(o.errors, files, prepared, predicted, documents);
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "events_cv: {}\n", e.what());
    return 1;
  }
}
