#include "core/learning/logistic_regression.h"

#include <algorithm>
#include <cstdlib>

#include <linear.h>

namespace chronograph::core {

std::vector<double> train_logistic(const LogisticProblem& problem, const LogisticOptions& options) {
  std::vector<double> weights(problem.features * problem.labels, 0.0);
  if (problem.rows.empty() || problem.features == 0) return weights;
  // liblinear's rows: 1-based feature numbers, ascending, a repeated feature counted, -1 last.
  std::vector<std::vector<feature_node>> rows(problem.rows.size());
  std::vector<feature_node*> x(rows.size());
  std::vector<double> y(rows.size());
  for (std::size_t e = 0; e < rows.size(); ++e) {
    std::vector<std::size_t> sorted = problem.rows[e];
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t feature : sorted) {
      const int number = static_cast<int>(feature) + 1;
      if (!rows[e].empty() && rows[e].back().index == number) rows[e].back().value += 1.0;
      else rows[e].push_back({number, 1.0});
    }
    rows[e].push_back({-1, 0.0});
    x[e] = rows[e].data();
    y[e] = static_cast<double>(problem.label_of[e]);
  }
  ::problem prob{};
  prob.l = static_cast<int>(rows.size());
  prob.n = static_cast<int>(problem.features);
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = -1;  // callers give a bias feature of their own
  parameter param{};
  param.solver_type = L2R_LR;
  param.eps = options.eps;
  param.C = options.cost;
  set_print_string_function([](const char*) {});
  std::srand(options.seed);
  model* trained = ::train(&prob, &param);
  const auto classes = static_cast<std::size_t>(trained->nr_class);
  // With two classes liblinear keeps one weight vector, for its first label against the second.
  for (std::size_t f = 0; f < problem.features; ++f)
    for (std::size_t k = 0; k < classes; ++k) {
      const double w = classes == 2 ? (k == 0 ? 1.0 : -1.0) * trained->w[f] : trained->w[f * classes + k];
      weights[f * problem.labels + static_cast<std::size_t>(trained->label[k])] = w;
    }
  std::vector<bool> seen(problem.labels, false);
  for (std::size_t k = 0; k < classes; ++k) seen[static_cast<std::size_t>(trained->label[k])] = true;
  free_and_destroy_model(&trained);
  if (problem.bias_feature)
    for (std::size_t label = 0; label < problem.labels; ++label)
      if (!seen[label]) weights[*problem.bias_feature * problem.labels + label] = kNeverSeen;
  return weights;
}

}  // namespace chronograph::core
