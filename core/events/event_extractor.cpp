#include "core/events/event_extractor.h"

#include <algorithm>

#include "core/events/entity_finder.h"
#include "core/events/event_coreference.h"
#include "core/events/event_attributes.h"
#include "core/events/event_titles.h"
#include "core/events/lexicon.h"
#include "core/events/trigger_model.h"
#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

std::vector<char> timex_mask(const TokenizedText& tokens, std::vector<Span> spans) {
  std::vector<char> mask(tokens.tokens.size(), 0);
  std::sort(spans.begin(), spans.end());
  std::size_t k = 0;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const Span t = tokens.tokens[i].span;
    while (k < spans.size() && spans[k].end <= t.begin) ++k;
    for (std::size_t j = k; j < spans.size() && spans[j].begin < t.end; ++j)
      if (spans[j].overlaps(t)) mask[i] = 1;
  }
  return mask;
}

}  // namespace

EventExtractor::EventExtractor() = default;
EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

EventExtractor EventExtractor::load(const DataDir& data) {
  return load(data.data("events"), data.model("events/trigger.model"));
}

EventExtractor EventExtractor::load(const std::filesystem::path& lexicon_folder, const std::filesystem::path& model_file) {
  EventExtractor x;
  x.lexicon_ = std::make_unique<EventLexicon>(EventLexicon::load_folder(lexicon_folder));
  x.model_ = std::make_unique<TriggerModel>(TriggerModel::load(model_file));
  return x;
}

const EventLexicon& EventExtractor::lexicon() const { return *lexicon_; }

std::vector<EventMention> EventExtractor::triggers(const TokenizedText& tokens, const std::vector<Span>& timex_spans) const {
  std::vector<EventMention> out;
  const std::vector<char> in_timex = timex_mask(tokens, timex_spans);
  std::vector<std::uint64_t> features;
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const Sentence& sentence = tokens.sentences[s];
    std::optional<ClauseCues> cues;
    for (std::size_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
      const Token& t = tokens.tokens[i];
      if (in_timex[i] || is_punctuation(t.text)) continue;
      features.clear();
      trigger_features(tokens, sentence, i, *lexicon_, in_timex, features);
      const TriggerScores scores = model_->score(features);
      if (scores.label == 0) continue;
      if (!cues) cues = ClauseCues::of(tokens, sentence, *lexicon_);
      EventMention e;
      e.token = i;
      e.span = t.span;
      e.sentence = static_cast<int>(s);
      e.trigger = t.text;
      e.lemma = guess_lemma(t, *lexicon_);
      e.event_class = std::string(kTriggerLabelNames[static_cast<std::size_t>(scores.label)]);
      const EventAttributes a = event_attributes(tokens, sentence, i, *cues, *lexicon_);
      e.tense = a.tense;
      e.aspect = a.aspect;
      e.polarity = a.polarity;
      e.pos = a.pos;
      e.modality = a.modality;
      e.confidence = scores.confidence;
      e.reporting_evidence = e.event_class == "REPORTING";
      out.push_back(std::move(e));
    }
  }
  return out;
}

DocumentEvents EventExtractor::extract(std::string_view /*text*/, const TokenizedText& tokens,
                                       const std::vector<Span>& timex_spans,
                                       std::optional<date::sys_days> /*dct*/) const {
  DocumentEvents found;
  found.events = triggers(tokens, timex_spans);
  const std::vector<char> in_timex = timex_mask(tokens, timex_spans);
  EntityFinder(*lexicon_).find(tokens, in_timex, found);
  title_events(tokens, *lexicon_, in_timex, found);
  group_coreferent_events(tokens, *lexicon_, found);
  return found;
}

std::vector<std::string> DocumentEvents::actor_ids(const EventMention& event) const {
  std::vector<std::string> ids;
  for (auto m : event.actor_mentions) {
    const auto& id = entities[static_cast<std::size_t>(entity_mentions[m].entity)].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

}  // namespace chronograph::core
