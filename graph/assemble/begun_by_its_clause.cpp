#include "graph/assemble/begun_by_its_clause.h"

#include <optional>

#include "core/events/parse_view.h"

namespace chronograph::graph {

namespace {

// The event of the relative clause on the mention's noun that the text starts ("that had
// paralysed the town centre since Friday morning"); none when there is none.
std::optional<std::size_t> clause_begun(const std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                        std::size_t mention, const std::map<std::size_t, std::size_t>& event_of) {
  const auto& noun = analysis.events.events[mention];
  const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(noun.sentence)]);
  for (const auto& [other, index] : event_of) {
    const auto& clause = analysis.events.events[other];
    if (clause.sentence != noun.sentence || !parse.relation_is(clause.token, "acl:relcl") ||
        parse.head(clause.token) != noun.token)
      continue;
    const EventTime& time = events[index].time;
    if (time.start && time.source == TimeSource::Explicit) return index;
  }
  return std::nullopt;
}

}  // namespace

void begin_with_its_clause(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                           const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    EventTime& time = events[index].time;
    const auto& noun = analysis.events.events[mention];
    if (noun.pos != "NOUN" || noun.sentence < 0 || time.start || !time.end || time.source != TimeSource::Explicit) continue;
    const auto clause = clause_begun(events, analysis, mention, event_of);
    if (!clause || *clause == index || *events[*clause].time.start > *time.end) continue;
    time.start = events[*clause].time.start;
    time.value.clear();  // no one TIMEX3 value says the whole span
    time.mod.clear();
    time.precision = Precision::Day;
    time.source = TimeSource::Inferred;
  }
}

}  // namespace chronograph::graph
