// The event stage: tokens (and, when present, POS/lemma/parse) -> event mentions with TimeML
// class and attributes, modality, actors, titles, coreference groups and confidence, plus the
// document's named entities. Built once from data/events/ and models/events/, then const:
// one extractor serves many documents on many threads.
//
//   const auto extractor = EventExtractor::load(DataDir::locate());
//   DocumentEvents found = extractor.extract(doc.text, tokens, timexes, doc.dct);
//   if (!looks_english(doc.text)) reporter.warning(...);       // core/events/language.h
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/common/data_dir.h"
#include "core/events/event_mention.h"
#include "core/text/token.h"

namespace chronograph::core {

class EventLexicon;
class TriggerModel;

class EventExtractor {
 public:
  // data/events/* and models/events/trigger.model; throws InputError / ParseError naming the file.
  static EventExtractor load(const DataDir& data);
  static EventExtractor load(const std::filesystem::path& lexicon_folder, const std::filesystem::path& model_file);
  // With a model made in memory: a fold's in cross-validation (bench/events/events_cv --pipeline).
  static EventExtractor load(const std::filesystem::path& lexicon_folder, TriggerModel model);
  ~EventExtractor();
  EventExtractor(EventExtractor&&) noexcept;
  EventExtractor& operator=(EventExtractor&&) noexcept;
  // Holds the lexicons and the model: a copy is always a mistake. Pass by const&.
  EventExtractor(const EventExtractor&) = delete;
  EventExtractor& operator=(const EventExtractor&) = delete;

  // `timex_spans`: the time expressions found in `text` (never events themselves).
  // `dct` is kept for future use by tense rules; relative events are left to the solver.
  DocumentEvents extract(std::string_view text, const TokenizedText& tokens, const std::vector<Span>& timex_spans,
                         std::optional<date::sys_days> dct) const;

  // Any vector of time expressions with a `span` member (core/timex's Timex).
  template <class Timex>
  DocumentEvents extract(std::string_view text, const TokenizedText& tokens, const std::vector<Timex>& timexes,
                         std::optional<date::sys_days> dct) const {
    std::vector<Span> spans;
    spans.reserve(timexes.size());
    for (const auto& t : timexes) spans.push_back(t.span);
    return extract(text, tokens, spans, dct);
  }

  // Only the TimeML part (triggers, class, tense, aspect, polarity, modality): what
  // `annotate --format timeml` and the TempEval scores need; faster than extract().
  std::vector<EventMention> triggers(const TokenizedText& tokens, const std::vector<Span>& timex_spans) const;

  const EventLexicon& lexicon() const;

 private:
  EventExtractor();
  std::unique_ptr<EventLexicon> lexicon_;
  std::unique_ptr<TriggerModel> model_;
};

}  // namespace chronograph::core
