// One-vs-rest L2-regularised logistic regression (liblinear's L2R_LR solver) over features
// given by number, for the models trained on TBAQ (event triggers, TLINKs).
//
//   LogisticProblem problem;
//   problem.features = 3, problem.labels = 2;
//   problem.add({0, 2, 2}, 1);                     // feature 2 counts twice
//   const std::vector<double> w = train_logistic(problem, LogisticOptions{});
//   w[feature * problem.labels + label]            // the weight of a feature for a label
//
// Kept apart so that liblinear's header stays out of the modules that use it.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace chronograph::core {

struct LogisticProblem {
  std::size_t features = 0;  // feature numbers run 0..features-1
  std::size_t labels = 0;    // labels run 0..labels-1
  std::vector<std::vector<std::size_t>> rows;  // the feature numbers of each example
  std::vector<std::size_t> label_of;           // the label of each example
  // A feature every example has (the bias), if any: a label never seen in training gets
  // kNeverSeen on it, so that it never wins; without one such a label keeps zero weights and
  // can beat the seen labels, whose one-vs-rest scores are mostly negative.
  std::optional<std::size_t> bias_feature;

  void add(std::vector<std::size_t> row, std::size_t label) {
    rows.push_back(std::move(row));
    label_of.push_back(label);
  }
};

inline constexpr double kNeverSeen = -1e4;

struct LogisticOptions {
  double cost = 1.0;   // C: higher fits the training data more closely
  double eps = 0.01;   // the solver's stopping tolerance
  unsigned seed = 1;   // liblinear shuffles with rand(): a fixed seed keeps models byte-reproducible
};

// The weights, features × labels, row-major; a label never seen in training keeps weight 0,
// but kNeverSeen on the bias feature.
std::vector<double> train_logistic(const LogisticProblem& problem, const LogisticOptions& options);

}  // namespace chronograph::core
