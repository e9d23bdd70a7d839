#include "graph/assemble/close_in_time.h"

#include <cctype>
#include <optional>
#include <set>
#include <string>

#include "core/events/parse_view.h"

namespace chronograph::graph {

namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Whether "before" or "after" at token `marker` is said close: "shortly before", "just after".
bool said_close(const core::TokenizedText& tokens, std::size_t marker) {
  static const std::set<std::string> kClose = {"shortly", "soon", "just", "right", "immediately", "moments"};
  const std::string word = lower(tokens.tokens[marker].text);
  if (marker == 0 || (word != "before" && word != "after")) return false;
  return kClose.count(lower(tokens.tokens[marker - 1].text)) > 0;
}

// The event a phrase or clause on the mention's verb that "shortly before" or "just after"
// opens names ("shortly before the vote", "just after the polls closed"); none when none does.
std::optional<std::size_t> close_to(const core::DocumentAnalysis& analysis, std::size_t mention,
                                    const std::map<std::size_t, std::size_t>& event_of) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  for (const auto phrase : parse.children(event.token)) {
    if (!parse.relation_is(phrase, "obl") && !parse.relation_is(phrase, "advcl")) continue;
    const auto marker = parse.child(phrase, parse.relation_is(phrase, "obl") ? "case" : "mark");
    if (!marker || *marker > phrase || !said_close(tokens, *marker)) continue;
    for (const auto& [other, index] : event_of)
      if (analysis.events.events[other].token == phrase) return index;
  }
  return std::nullopt;
}

// One day, or a clock time on one day, that the text gives.
bool dated_on_one_day(const EventTime& time) {
  return time.source == TimeSource::Explicit && time.closed() && *time.start == *time.end &&
         (time.precision == Precision::Day || time.precision == Precision::Instant);
}

// The event the mention's subject names, when it is an event ("The collapse killed two people").
std::optional<std::size_t> subject_event(const core::DocumentAnalysis& analysis, std::size_t mention,
                                         const std::map<std::size_t, std::size_t>& event_of) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  const auto subject = parse.child(event.token, "nsubj");
  if (!subject || parse.relation_is(*subject, "nsubj:pass") || tokens.tokens[*subject].upos != "NOUN") return std::nullopt;
  for (const auto& [other, index] : event_of)
    if (analysis.events.events[other].token == *subject) return index;
  return std::nullopt;
}

}  // namespace

void at_the_time_of_its_subject_event(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                      const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    const auto& told = analysis.events.events[mention];
    if (events[index].time.source == TimeSource::Explicit || told.sentence < 0 || told.pos != "VERB" ||
        told.tense != "PAST" || told.modality != "actual")
      continue;
    const auto other = subject_event(analysis, mention, event_of);
    if (!other || *other == index) continue;
    const EventTime& then = events[*other].time;
    if (then.source != TimeSource::Explicit || !then.closed()) continue;
    EventTime& time = events[index].time;
    time = then;
    time.source = TimeSource::Inferred;
  }
}

void on_the_day_of_what_it_is_close_to(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                       const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    if (events[index].time.source == TimeSource::Explicit || analysis.events.events[mention].sentence < 0) continue;
    const auto other = close_to(analysis, mention, event_of);
    if (!other || *other == index || !dated_on_one_day(events[*other].time)) continue;
    const EventTime& then = events[*other].time;
    EventTime& time = events[index].time;
    time.start = then.start;
    time.end = then.end;
    // (a clock time says when the other happened, not this: only its day is shared)
    time.value = then.value.substr(0, std::min<std::size_t>(then.value.size(), 10));
    time.mod.clear();
    time.precision = Precision::Day;
    time.source = TimeSource::Inferred;
  }
}

}  // namespace chronograph::graph
