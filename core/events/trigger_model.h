// Event trigger detection and TimeML class in one step: a linear model (liblinear's logistic
// regression, or an averaged perceptron) labels each token O or one of the seven TimeML classes,
// from lexical features (word, suffixes, shape, context, data/events lexicons, WordNet classes)
// and, when the syntax stage has run, POS, lemma, the dependency relation, the head and the
// dependents (clausal complements and their subordinators, copula, subject, auxiliaries).
// Trained on TBAQ train by `chronograph train-events`.
//
//   TriggerModel model = TriggerModel::load(data.model("events/trigger.model"));
//   std::vector<std::uint64_t> f; model_features(tokens, sentence, i, lexicon, in_timex, f);
//   TriggerScores s = model.score(f);   // s.label: 0 = no event, else kClasses[label]
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

inline constexpr std::size_t kTriggerLabels = 8;
// Label 0 is "no event"; 1..7 are the TimeML classes.
inline constexpr std::array<std::string_view, kTriggerLabels> kTriggerLabelNames{
    "O", "OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"};
int trigger_label(std::string_view event_class);  // -1 when unknown

struct TriggerScores {
  int label = 0;
  std::array<float, kTriggerLabels> score{};
  double confidence = 0.0;  // logistic of the margin between the best event class and "O"
};

// Hashed features of token `i` (document index) of `sentence`; appends to `out`.
// `in_timex[i]` is true for tokens inside a time expression.
void trigger_features(const TokenizedText& text, const Sentence& sentence, std::size_t i,
                      const EventLexicon& lexicon, const std::vector<char>& in_timex,
                      std::vector<std::uint64_t>& out);

class TriggerModel {
 public:
  // Throws ParseError naming the file when it is not a "chronograph-model events-trigger 1".
  static TriggerModel load(const std::filesystem::path& file);
  static TriggerModel parse(std::string_view content, const std::string& path);
  std::string serialize() const;

  TriggerModel() = default;
  // Holds every weight: a copy is always a mistake. Pass by const&.
  TriggerModel(const TriggerModel&) = delete;
  TriggerModel& operator=(const TriggerModel&) = delete;
  TriggerModel(TriggerModel&&) = default;
  TriggerModel& operator=(TriggerModel&&) = default;

  TriggerScores score(const std::vector<std::uint64_t>& features) const;
  std::size_t feature_count() const { return index_.size(); }
  float margin_scale() const { return margin_scale_; }

  struct Example {
    std::vector<std::uint64_t> features;
    int label = 0;
  };
  struct TrainOptions {
    int epochs = 12;  // perceptron passes
    unsigned seed = 1;
    // Rarer features are dropped; logistic regression keeps singletons usefully (cross-validated
    // on TBAQ train), so 1 is what `train-events` and `events_cv` use.
    int min_feature_count = 1;
    // liblinear's L2-regularised logistic regression with cost `cost` (default), or an
    // averaged perceptron.
    enum class Learner { logistic, perceptron } learner = Learner::logistic;
    double cost = 0.5;
    float min_weight = 0.02f;  // smaller logistic weights are dropped (model size)
  };
  static TriggerModel train(const std::vector<Example>& examples, const TrainOptions& options);

  void set_event_bias(float bias) { event_bias_ = bias; }
  float event_bias() const { return event_bias_; }

 private:
  void train_perceptron(const std::vector<Example>& examples, const TrainOptions& options);
  void train_logistic(const std::vector<Example>& examples, const TrainOptions& options);

  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<float> weights_;  // index * kTriggerLabels + label
  float margin_scale_ = 1.0f;  // mean positive margin on the training data
  // Added to every event class's score against "O": chosen on held-out training documents
  // (train_trigger_model) because the model alone under-predicts events.
  float event_bias_ = 0.0f;
};

}  // namespace chronograph::core
