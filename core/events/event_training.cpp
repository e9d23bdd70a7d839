#include "core/events/event_training.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/events/event_timeml.h"
#include "core/timeml/timeml_reader.h"
#include "core/events/word_forms.h"

namespace chronograph::core {

void add_training_examples(const std::filesystem::path& file, const EventLexicon& lexicon, const PrepareText& prepare,
                           std::vector<TriggerModel::Example>& out, TrainingSummary& summary) {
  const TimemlFile doc = read_timeml(file);
  const TokenizedText tokens = prepare(doc.text);
  std::vector<int> labels(tokens.tokens.size(), 0);
  std::size_t t = 0;
  for (const GoldEvent& e : gold_events(doc.annotations)) {
    const int label = trigger_label(e.event_class);
    if (label < 0) continue;
    ++summary.events;
    while (t < tokens.tokens.size() && tokens.tokens[t].span.end <= e.span.begin) ++t;
    if (t >= tokens.tokens.size()) break;
    if (tokens.tokens[t].span != e.span) ++summary.misaligned;
    labels[t] = label;
  }
  // Gold time expressions are not given to the model: at run time the timex stage's are,
  // and a feature learned from gold ones would be too sure.
  const std::vector<char> in_timex(tokens.tokens.size(), 0);
  for (const Sentence& s : tokens.sentences) {
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      if (is_punctuation(tokens.tokens[i].text)) continue;
      TriggerModel::Example ex;
      trigger_features(tokens, s, i, lexicon, in_timex, ex.features);
      ex.label = labels[i];
      out.push_back(std::move(ex));
    }
  }
  summary.tokens += tokens.tokens.size();
  ++summary.documents;
}

namespace {

// The bias added to every event class against "O" that gives the best extent F1 on `held_out`.
float best_event_bias(const TriggerModel& probe, const std::vector<TriggerModel::Example>& held_out,
                      double& best_f1) {
  float bias = 0.f;
  best_f1 = -1;
  for (int step = 0; step <= 30; ++step) {
    const float b = 0.05f * static_cast<float>(step) * probe.margin_scale();
    std::size_t tp = 0, system = 0, gold = 0;
    for (const auto& e : held_out) {
      const TriggerScores s = probe.score(e.features);
      std::size_t best = 1;
      for (std::size_t k = 2; k < kTriggerLabels; ++k)
        if (s.score[k] > s.score[best]) best = k;
      const bool event = s.score[best] + b > s.score[0];
      system += event;
      gold += e.label != 0;
      tp += event && e.label != 0;
    }
    const double f1 = system + gold ? 2.0 * static_cast<double>(tp) / static_cast<double>(system + gold) : 0.0;
    if (f1 > best_f1 + 1e-9) {
      best_f1 = f1;
      bias = b;
    }
  }
  return bias;
}

}  // namespace

TriggerModel train_trigger_model(const DocumentExamples& documents, const TriggerModel::TrainOptions& options,
                                 Reporter& reporter) {
  std::vector<TriggerModel::Example> examples, fit, held_out;
  for (std::size_t k = 0; k < documents.size(); ++k) {
    auto& part = k % 5 == 4 ? held_out : fit;
    part.insert(part.end(), documents[k].begin(), documents[k].end());
    examples.insert(examples.end(), documents[k].begin(), documents[k].end());
  }
  float bias = 0.f;
  if (!held_out.empty()) {
    double f1 = 0;
    bias = best_event_bias(TriggerModel::train(fit, options), held_out, f1);
    reporter.note(fmt::format("event bias {:.3g} (held-out training documents: extent F1 {:.4f})", bias, f1));
  }
  TriggerModel model = TriggerModel::train(examples, options);
  model.set_event_bias(bias);
  return model;
}

TriggerModel train_trigger_model(const std::vector<std::filesystem::path>& files, const EventLexicon& lexicon,
                                 const PrepareText& prepare, const TriggerModel::TrainOptions& options,
                                 TrainingSummary& summary, Reporter& reporter) {
  DocumentExamples documents(files.size());
  for (std::size_t k = 0; k < files.size(); ++k) {
    add_training_examples(files[k], lexicon, prepare, documents[k], summary);
    reporter.progress("reading TimeML", k + 1, files.size());
  }
  reporter.note(fmt::format("{} documents, {} tokens, {} gold events ({} not exactly one token)", summary.documents,
                            summary.tokens, summary.events, summary.misaligned));
  TriggerModel model = train_trigger_model(documents, options, reporter);
  summary.features = model.feature_count();
  return model;
}

}  // namespace chronograph::core
