// Training the trigger/class model on TimeML (TBAQ train): every token of every document is
// an example labelled O or its gold EVENT class. Used by `chronograph train-events`.
//
//   auto files = read_split_list(list, data_root);
//   TrainingSummary summary;
//   TriggerModel model = train_trigger_model(files, lexicon, prepare, {}, summary, reporter);
//   write_file_atomically("models/events/trigger.model", model.serialize());
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "core/common/reporter.h"
#include "core/events/lexicon.h"
#include "core/events/trigger_model.h"
#include "core/text/token.h"

namespace chronograph::core {

struct TrainingSummary {
  std::size_t documents = 0, tokens = 0, events = 0;
  std::size_t misaligned = 0;  // gold events whose span is not exactly one of our tokens
  std::size_t features = 0;
};

// Text -> tokens with whatever annotation the run-time pipeline gives the event stage
// (the project tokenizer + MorphoSyntax::annotate in train-events; simple_tokenize in tests).
using PrepareText = std::function<TokenizedText(std::string_view)>;

// The examples of one document, labelled from its gold EVENT spans.
void add_training_examples(const std::filesystem::path& file, const EventLexicon& lexicon, const PrepareText& prepare,
                           std::vector<TriggerModel::Example>& out, TrainingSummary& summary);

TriggerModel train_trigger_model(const std::vector<std::filesystem::path>& files, const EventLexicon& lexicon,
                                 const PrepareText& prepare, const TriggerModel::TrainOptions& options,
                                 TrainingSummary& summary, Reporter& reporter);

// The same from examples already made, one vector per document (cross-validation reuses them):
// every fifth document is held out to choose the event bias, then all of them train the model.
using DocumentExamples = std::vector<std::vector<TriggerModel::Example>>;
TriggerModel train_trigger_model(const DocumentExamples& documents, const TriggerModel::TrainOptions& options,
                                 Reporter& reporter);

}  // namespace chronograph::core
