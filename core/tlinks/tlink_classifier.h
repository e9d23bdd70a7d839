// TLINKs between events, time expressions and the document date, as TempEval-3 asks for
// them, from ANY entity source: gold TIMEX3/EVENT (Task C) or our own extraction (Task ABC).
//
//   const auto classifier = TlinkClassifier::load(DataDir::locate());   // models/tlinks/tlinks.bin
//   TlinkInput in{text, &tokens, events, timexes, dct};                 // tokens parsed (core/syntax)
//   for (const TlinkOutput& link : classifier.classify(in)) ...         // "left" BEFORE "meeting"
//
// Candidates (TempEval-3 and what TBAQ's annotators link): every event with the DCT; an event
// with each time expression of its sentence within 40 tokens and with the last dated one of the
// sentences before; events of one sentence up to three apart, and an event with the event governing it;
// the main events of consecutive sentences; an event with the last earlier mention of the
// same word in another sentence. One logistic-regression model per candidate kind picks
// BEFORE, AFTER, INCLUDES, IS_INCLUDED, SIMULTANEOUS or NONE (no link), NONE's score shifted
// per kind to trade precision for recall; rules decide where they are surer: dates and the
// DCT chained in calendar order by their values, an event governing a timex through
// "on/in/at/during" (IS_INCLUDED) or "before/after", an event governing another through
// "before/after" (or "while/as/when": SIMULTANEOUS), and an intention before its aim ("plan to
// strike"). Links that contradict
// surer ones are left out (consistent_links).
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <date/date.h>

#include "core/common/data_dir.h"
#include "core/text/span.h"
#include "core/text/token.h"

namespace chronograph::core {

struct TlinkEvent {
  std::size_t token = 0;  // trigger token index into TlinkInput::tokens
  Span span;
  std::string event_class, tense, aspect, polarity, pos;  // TimeML values; empty when unknown
  double confidence = 1.0;  // how sure the extractor is that this is an event (1 for gold ones)
};

struct TlinkTimex {
  Span span;
  std::string type, value;  // TIMEX3 type and value
};

struct TlinkInput {
  std::string_view text;
  const TokenizedText* tokens = nullptr;  // required; parsed gives the syntactic features
  std::vector<TlinkEvent> events;         // any order
  std::vector<TlinkTimex> timexes;        // any order
  std::optional<date::sys_days> dct;
  // Links only events at least this sure: a link to a word that is no event is always wrong.
  double min_event_confidence = 0.0;
};

struct TlinkOutput {
  enum class Kind { Event, Timex, Dct };
  Kind from_kind = Kind::Event, to_kind = Kind::Event;
  std::size_t from = 0, to = 0;  // indexes into events / timexes (0 for the DCT)
  std::string rel_type;          // TimeML relType of from -> to
  double confidence = 0.0;       // 0..1
  std::string source;            // "model:KIND" (KIND as to_string(TlinkPairKind)) or the rule: "rule:on", "rule:value", ...
  // False for a link the model gives only because its kind's NONE shift asks for more links
  // (TempEval-3 rewards recall): the event graph keeps the sure ones.
  bool sure = true;
  // The DURATION time expression (index into timexes) that dates one event by its distance from
  // the other: "a week" in "signed a week after the summit", which dates the signing (`from`
  // when gap_dates_from).
  std::optional<std::size_t> gap = std::nullopt;
  bool gap_dates_from = true;
  // The duration is the most the two lie apart, not how far: "within a week of the hearing".
  bool gap_at_most = false;
};

// The links that can all hold at once: rules first, then the surest, each one that contradicts
// those kept (by interval point algebra, as TempEval-3 closes graphs) is left out; order kept.
// `events` and `timexes` count the input's, to name the nodes.
std::vector<TlinkOutput> consistent_links(std::vector<TlinkOutput> links, std::size_t events, std::size_t timexes);

// The candidate kinds, one model each.
enum class TlinkPairKind { EventDct, EventTimex, EventEvent, CrossSentence, PriorTimex, SameWord };
inline constexpr std::size_t kTlinkPairKinds = 6;
std::string_view to_string(TlinkPairKind kind);

// A linear multi-class model over string features (logistic-regression or averaged-perceptron
// weights).
struct TlinkLinearModel {
  std::vector<std::string> labels;  // "NONE", "BEFORE", ...
  std::unordered_map<std::string, std::vector<float>> weights;  // feature -> one weight per label
  // What a candidate of this kind becomes at run time: never a link (precision), the model's
  // choice (NONE = no link), or always its best relation other than NONE (recall); set per
  // kind by `train-tlinks` (models/tlinks/README.md).
  enum class Emit { Never = 0, Model = 1, Always = 2 };
  Emit emit = Emit::Model;
  // Added to NONE's score at run time: below 0 links more candidates. Chosen per kind by
  // cross-validation for TempEval-3 temporal awareness (models/tlinks/README.md).
  double none_shift = 0;
  // Scores of every label; `features` are looked up, unknown ones ignored.
  std::vector<double> scores(const std::vector<std::string>& features) const;
  // The label these scores choose as `emit` says, nullopt for no link; `none_shift` is added
  // to NONE's score first.
  std::optional<std::size_t> choose(const std::vector<double>& scores, double none_shift = 0) const;
  // How sure the scores are of `label` (softmax), 0..1.
  static double confidence(const std::vector<double>& scores, std::size_t label);
};

class TlinkClassifier {
 public:
  // Reads models/tlinks/tlinks.bin; throws InputError naming the file if missing or broken.
  static TlinkClassifier load(const DataDir& data);
  static TlinkClassifier load_file(const std::filesystem::path& file);
  // The model file text ("chronograph-model tlinks 2" ...); `path` names it in errors.
  static TlinkClassifier parse(std::string_view text, const std::string& path);
  explicit TlinkClassifier(std::array<TlinkLinearModel, kTlinkPairKinds> models) : models_(std::move(models)) {}

  // Holds all the weights: a copy is always a mistake. Pass by const&.
  TlinkClassifier(const TlinkClassifier&) = delete;
  TlinkClassifier& operator=(const TlinkClassifier&) = delete;
  TlinkClassifier(TlinkClassifier&&) = default;
  TlinkClassifier& operator=(TlinkClassifier&&) = default;

  std::vector<TlinkOutput> classify(const TlinkInput& input) const;

  // The file format `parse` reads; deterministic (features sorted).
  std::string serialize() const;
  const TlinkLinearModel& model(TlinkPairKind kind) const { return models_[static_cast<std::size_t>(kind)]; }
  TlinkLinearModel& model(TlinkPairKind kind) { return models_[static_cast<std::size_t>(kind)]; }

 private:
  std::array<TlinkLinearModel, kTlinkPairKinds> models_;
};

}  // namespace chronograph::core
