// Trains the TLINK classifier on TimeML files with gold entities and TLINKs (TBAQ train):
// every candidate pair (tlink_features.h) is an example, labelled with the gold relation
// read in its direction (reduced set), or NONE when the annotators linked nothing.
//
//   TlinkTrainOptions options;  // logistic regression, C 0.3, seed 1, the CV-tuned shifts
//   const TlinkClassifier c = train_tlink_classifier(files, prepare, options, reporter);
//   write_file_atomically("models/tlinks/tlinks.bin", c.serialize());
//
// Cross-validation parses each file once and trains on several subsets of the parsed files:
//   const auto docs = prepare_tlink_documents(files, prepare, reporter);
//   const TlinkClassifier fold = train_tlink_classifier(subset_of(docs), options, reporter);
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "core/common/reporter.h"
#include "core/text/token.h"
#include "core/timeml/timeml_reader.h"
#include "core/tlinks/tlink_classifier.h"

namespace chronograph::core {

struct TlinkTrainOptions {
  // L2-regularised logistic regression (liblinear) or the averaged perceptron.
  enum class Learner { Logistic, Perceptron };
  Learner learner = Learner::Logistic;
  double cost = 0.3;  // logistic regression's C (cross-validated on TBAQ train)
  int epochs = 10;    // perceptron passes
  unsigned seed = 1;
  int min_feature_count = 2;  // features seen fewer times in training are dropped
  // Kinds the model does not link at run time (rules still do), e.g. when their links cost
  // more precision than they bring recall.
  std::vector<TlinkPairKind> silent;
  // Each kind's TlinkLinearModel::none_shift, added to NONE's score at run time: below 0
  // links more candidates (recall), above 0 fewer (precision); per kind (event-dct,
  // event-timex, event-event, cross-sentence, prior-timex, same-word). Chosen by 5-fold
  // cross-validation on TBAQ train, never on dev: bench/tlinks/tlinks_cv (Task C) for all,
  // then bench/tlinks/abc_cv.sh (Task ABC, our own events) for event-dct and event-event.
  std::array<double, kTlinkPairKinds> none_bias{-3.5, -1.5, -3.5, -3.5, -3.5, -4};
  // Kinds always linked with the model's best relation other than NONE.
  std::vector<TlinkPairKind> always;
};

// Tokenizes and parses a text as the pipeline does.
using TlinkPrepare = std::function<TokenizedText(std::string_view text)>;

// A TimeML file with gold entities and TLINKs, its text tokenized and parsed.
struct TlinkTrainingDocument {
  TimemlFile file;
  TokenizedText tokens;
};

// Throws InputError / ParseError naming a file that cannot be read.
std::vector<TlinkTrainingDocument> prepare_tlink_documents(const std::vector<std::filesystem::path>& files,
                                                           const TlinkPrepare& prepare, Reporter& reporter);

TlinkClassifier train_tlink_classifier(const std::vector<const TlinkTrainingDocument*>& documents,
                                       const TlinkTrainOptions& options, Reporter& reporter);

// Both steps at once.
TlinkClassifier train_tlink_classifier(const std::vector<std::filesystem::path>& files, const TlinkPrepare& prepare,
                                       const TlinkTrainOptions& options, Reporter& reporter);

}  // namespace chronograph::core
