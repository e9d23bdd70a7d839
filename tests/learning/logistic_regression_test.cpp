#include "core/learning/logistic_regression.h"

#include <algorithm>
#include <vector>

#include <catch2/catch.hpp>

using chronograph::core::LogisticOptions;
using chronograph::core::LogisticProblem;
using chronograph::core::train_logistic;

namespace {

// Feature 0 is a bias every example has; feature 1 marks label 1, feature 2 label 2.
LogisticProblem three_labels() {
  LogisticProblem problem;
  problem.features = 3;
  problem.labels = 4;  // label 3 never occurs
  for (int i = 0; i < 5; ++i) {
    problem.add({0}, 0);
    problem.add({0, 1}, 1);
    problem.add({0, 2}, 2);
  }
  return problem;
}

double weight(const std::vector<double>& w, std::size_t feature, std::size_t label) { return w[feature * 4 + label]; }

}  // namespace

TEST_CASE("each label's marking feature weighs for it and against the others", "[learning]") {
  const auto w = train_logistic(three_labels(), LogisticOptions{});
  REQUIRE(w.size() == 12);
  CHECK(weight(w, 1, 1) > 0);
  CHECK(weight(w, 1, 0) < 0);
  CHECK(weight(w, 2, 2) > 0);
  CHECK(weight(w, 2, 1) < 0);
  CHECK(weight(w, 0, 0) > weight(w, 0, 1));  // without a marker, label 0 wins
}

TEST_CASE("a label never seen never wins: zero weights but a prohibitive bias", "[learning]") {
  auto problem = three_labels();
  const auto unbiased = train_logistic(problem, LogisticOptions{});
  for (std::size_t f = 0; f < 3; ++f) CHECK(weight(unbiased, f, 3) == 0.0);
  problem.bias_feature = 0;
  const auto w = train_logistic(problem, LogisticOptions{});
  CHECK(weight(w, 0, 3) == chronograph::core::kNeverSeen);
  CHECK(weight(w, 1, 3) == 0.0);
  for (const std::vector<std::size_t>& row : {std::vector<std::size_t>{0}, {0, 1}, {0, 2}}) {
    double unseen = 0, best_seen = -1e300;
    for (std::size_t label = 0; label < 4; ++label) {
      double score = 0;
      for (std::size_t f : row) score += weight(w, f, label);
      if (label == 3) unseen = score;
      else best_seen = std::max(best_seen, score);
    }
    CHECK(unseen < best_seen);
  }
}

TEST_CASE("two labels give opposite weights, and the same seed the same weights", "[learning]") {
  LogisticProblem problem;
  problem.features = 2;
  problem.labels = 2;
  for (int i = 0; i < 4; ++i) {
    problem.add({0}, 0);
    problem.add({0, 1, 1}, 1);  // feature 1 counted twice
  }
  const auto w = train_logistic(problem, LogisticOptions{});
  CHECK(w[1 * 2 + 1] > 0);
  CHECK(w[1 * 2 + 0] == Approx(-w[1 * 2 + 1]));
  CHECK(train_logistic(problem, LogisticOptions{}) == w);
}

TEST_CASE("an empty problem trains to zeros", "[learning]") {
  LogisticProblem problem;
  problem.features = 2;
  problem.labels = 3;
  CHECK(train_logistic(problem, LogisticOptions{}) == std::vector<double>(6, 0.0));
}
