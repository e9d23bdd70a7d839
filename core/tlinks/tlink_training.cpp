#include "core/tlinks/tlink_training.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <unordered_map>

#include <fmt/format.h>

#include "core/learning/logistic_regression.h"
#include "core/timeml/timeml_reader.h"
#include "core/tlinks/tlink_features.h"
#include "core/tlinks/tlink_timeml.h"

namespace chronograph::core {

namespace {

const std::vector<std::string> kLabels = {"NONE", "BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"};

struct Example {
  std::vector<std::string> features;
  std::size_t label = 0;
};

std::size_t label_index(const std::string& label) {
  return static_cast<std::size_t>(std::find(kLabels.begin(), kLabels.end(), label) - kLabels.begin());
}

void collect(const TlinkTrainingDocument& document, std::array<std::vector<Example>, kTlinkPairKinds>& examples) {
  const TimemlFile& file = document.file;
  const GoldTlinkInput gold = tlink_input_from_timeml(file, document.tokens);
  std::map<std::pair<std::string, std::string>, std::string> relation;
  for (const auto& link : file.annotations.tlinks) {
    const std::string rel = reduce_relation(link.rel_type);
    if (rel.empty()) continue;
    relation.emplace(std::pair{link.from, link.to}, rel);
    relation.emplace(std::pair{link.to, link.from}, invert_relation(rel));
  }
  auto id_of = [&](TlinkOutput::Kind kind, std::size_t index) {
    if (kind == TlinkOutput::Kind::Event) return gold.eiids[index];
    if (kind == TlinkOutput::Kind::Timex) return gold.tids[index];
    return gold.dct_tid;
  };
  const TlinkContext context(gold.input);
  for (const auto& candidate : tlink_candidates(context)) {
    const auto it = relation.find({id_of(candidate.from_kind, candidate.from), id_of(candidate.to_kind, candidate.to)});
    const std::size_t label = it == relation.end() ? 0 : label_index(it->second);
    examples[static_cast<std::size_t>(candidate.kind)].push_back({tlink_features(context, candidate), label});
  }
}

// The features seen at least `min_count` times, numbered in sorted order, and each example's
// feature numbers.
struct IndexedExamples {
  std::vector<std::string> names;
  std::vector<std::vector<std::size_t>> ids;
};

IndexedExamples index_features(const std::vector<Example>& examples, int min_count) {
  std::unordered_map<std::string, int> counts;
  for (const auto& e : examples)
    for (const auto& f : e.features) ++counts[f];
  IndexedExamples out;
  for (const auto& [f, n] : counts)
    if (n >= min_count) out.names.push_back(f);
  std::sort(out.names.begin(), out.names.end());
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < out.names.size(); ++i) index.emplace(out.names[i], i);
  out.ids.resize(examples.size());
  for (std::size_t i = 0; i < examples.size(); ++i)
    for (const auto& f : examples[i].features)
      if (const auto it = index.find(f); it != index.end()) out.ids[i].push_back(it->second);
  return out;
}

// A model from per-label weight rows, dropping features whose weights are all ~0.
TlinkLinearModel model_from(const std::vector<std::string>& names, const std::vector<double>& w) {
  const std::size_t L = kLabels.size();
  TlinkLinearModel model;
  model.labels = kLabels;
  for (std::size_t f = 0; f < names.size(); ++f) {
    std::vector<float> row(L);
    bool nonzero = false;
    for (std::size_t l = 0; l < L; ++l) {
      row[l] = static_cast<float>(w[f * L + l]);
      nonzero = nonzero || std::abs(row[l]) > 1e-5f;
    }
    if (nonzero) model.weights.emplace(names[f], std::move(row));
  }
  return model;
}

// Averaged perceptron (Collins 2002) with the lazy-update trick for the averages.
TlinkLinearModel train_perceptron(const std::vector<Example>& examples, const TlinkTrainOptions& options) {
  const auto [names, ids] = index_features(examples, options.min_feature_count);
  const std::size_t L = kLabels.size();
  std::vector<double> w(names.size() * L, 0.0), total(names.size() * L, 0.0);
  std::vector<long> stamp(names.size() * L, 0);
  long step = 0;
  auto update = [&](std::size_t slot, double delta) {
    total[slot] += static_cast<double>(step - stamp[slot]) * w[slot];
    stamp[slot] = step;
    w[slot] += delta;
  };
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t i : order) {
      ++step;
      std::vector<double> score(L, 0.0);
      for (std::size_t f : ids[i])
        for (std::size_t l = 0; l < L; ++l) score[l] += w[f * L + l];
      const auto guess = static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
      const std::size_t truth = examples[i].label;
      if (guess == truth) continue;
      for (std::size_t f : ids[i]) {
        update(f * L + truth, 1.0);
        update(f * L + guess, -1.0);
      }
    }
  }
  std::vector<double> averaged(w.size());
  for (std::size_t slot = 0; slot < w.size(); ++slot)
    averaged[slot] = step ? (total[slot] + static_cast<double>(step - stamp[slot]) * w[slot]) / static_cast<double>(step) : 0.0;
  return model_from(names, averaged);
}

// One-vs-rest L2-regularised logistic regression (liblinear): calibrated scores whose NONE
// shift means the same in every kind, and less over-fitting than the perceptron (5-fold
// cross-validation on TBAQ train, models/tlinks/README.md).
TlinkLinearModel train_logistic(const std::vector<Example>& examples, const TlinkTrainOptions& options) {
  auto [names, ids] = index_features(examples, options.min_feature_count);
  LogisticProblem problem;
  problem.features = names.size();
  problem.labels = kLabels.size();
  for (std::size_t e = 0; e < examples.size(); ++e) problem.add(std::move(ids[e]), examples[e].label);
  if (const auto bias = std::lower_bound(names.begin(), names.end(), "bias"); bias != names.end() && *bias == "bias")
    problem.bias_feature = static_cast<std::size_t>(bias - names.begin());
  LogisticOptions solver;
  solver.cost = options.cost;
  solver.seed = options.seed;
  return model_from(names, train_logistic(problem, solver));
}

TlinkLinearModel train_kind(const std::vector<Example>& examples, const TlinkTrainOptions& options) {
  return options.learner == TlinkTrainOptions::Learner::Logistic ? train_logistic(examples, options)
                                                                 : train_perceptron(examples, options);
}

}  // namespace

std::vector<TlinkTrainingDocument> prepare_tlink_documents(const std::vector<std::filesystem::path>& files,
                                                           const TlinkPrepare& prepare, Reporter& reporter) {
  std::vector<TlinkTrainingDocument> documents;
  for (std::size_t i = 0; i < files.size(); ++i) {
    TimemlFile file = read_timeml(files[i]);
    TokenizedText tokens = prepare(file.text);
    documents.push_back({std::move(file), std::move(tokens)});
    reporter.progress("reading", i + 1, files.size());
  }
  return documents;
}

TlinkClassifier train_tlink_classifier(const std::vector<std::filesystem::path>& files, const TlinkPrepare& prepare,
                                       const TlinkTrainOptions& options, Reporter& reporter) {
  const auto documents = prepare_tlink_documents(files, prepare, reporter);
  std::vector<const TlinkTrainingDocument*> all;
  for (const auto& document : documents) all.push_back(&document);
  return train_tlink_classifier(all, options, reporter);
}

TlinkClassifier train_tlink_classifier(const std::vector<const TlinkTrainingDocument*>& documents,
                                       const TlinkTrainOptions& options, Reporter& reporter) {
  std::array<std::vector<Example>, kTlinkPairKinds> examples;
  for (const TlinkTrainingDocument* document : documents) collect(*document, examples);
  std::array<TlinkLinearModel, kTlinkPairKinds> models;
  for (std::size_t k = 0; k < kTlinkPairKinds; ++k) {
    std::vector<std::size_t> per_label(kLabels.size(), 0);
    for (const auto& e : examples[k]) ++per_label[e.label];
    std::string counts;
    for (std::size_t l = 0; l < kLabels.size(); ++l) counts += fmt::format(" {}={}", kLabels[l], per_label[l]);
    reporter.note(fmt::format("{}: {} examples:{}", to_string(static_cast<TlinkPairKind>(k)), examples[k].size(), counts));
    models[k] = train_kind(examples[k], options);
    const auto kind = static_cast<TlinkPairKind>(k);
    models[k].none_shift = options.none_bias[k];
    if (std::find(options.always.begin(), options.always.end(), kind) != options.always.end())
      models[k].emit = TlinkLinearModel::Emit::Always;
    if (std::find(options.silent.begin(), options.silent.end(), kind) != options.silent.end())
      models[k].emit = TlinkLinearModel::Emit::Never;
  }
  return TlinkClassifier(std::move(models));
}

}  // namespace chronograph::core
