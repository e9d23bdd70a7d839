#include "graph/assemble/until_further_notice.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/word_forms.h"

namespace chronograph::graph {

namespace {

// Whether "until further notice" (or "until further orders") hangs on the verb at `verb`.
bool until_further_notice(const core::TokenizedText& tokens, const core::ParseView& parse, std::size_t verb) {
  for (const auto noun : parse.children(verb)) {
    const std::string word = core::token_lower(tokens.tokens[noun]);
    if (!parse.relation_is(noun, "obl") || (word != "notice" && word != "orders")) continue;
    const auto marker = parse.child(noun, "case");
    const auto further = parse.child(noun, "amod");
    if (marker && further && core::token_lower(tokens.tokens[*marker]) == "until" &&
        core::token_lower(tokens.tokens[*further]) == "further")
      return true;
  }
  return false;
}

// The event at token `token`, when the text dates it on whole days or a time of one day.
std::optional<std::size_t> dated_event_at(const std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                          std::size_t token, const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    const EventTime& time = events[index].time;
    if (analysis.events.events[mention].token == token && time.closed() &&
        (time.source == TimeSource::Explicit || time.source == TimeSource::Inferred))
      return index;
  }
  return std::nullopt;
}

// The dated event whose clause the verb at `verb` completes ("ordered it to halt"), or, where that
// clause's verb is no dated event (a dropped report: "were named and said it would halt"), of the
// verb it is conjoined to.
std::optional<std::size_t> ordering_event(const std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                          const core::ParseView& parse, std::size_t verb,
                                          const std::map<std::size_t, std::size_t>& event_of) {
  if (!parse.relation_is(verb, "xcomp") && !parse.relation_is(verb, "ccomp")) return std::nullopt;
  const auto head = parse.head(verb);
  if (!head) return std::nullopt;
  if (const auto dated = dated_event_at(events, analysis, *head, event_of)) return dated;
  const auto first = parse.relation_is(*head, "conj") ? parse.head(*head) : std::nullopt;
  return first ? dated_event_at(events, analysis, *first, event_of) : std::nullopt;
}

void from_the_start_of(EventTime& time, const EventTime& then) {
  time = {};
  time.start = then.start;
  // (a clock time says when the order was given: only its day is shared)
  time.value = then.value.substr(0, std::min<std::size_t>(then.value.size(), 10));
  time.precision = then.precision == Precision::Instant ? Precision::Day : then.precision;
  time.mod = time.value.empty() ? "" : "ON_OR_AFTER";
  time.source = TimeSource::Inferred;
}

}  // namespace

void start_when_ordered(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                        const std::map<std::size_t, std::size_t>& event_of) {
  const auto& tokens = analysis.tokens;
  for (const auto& [mention, index] : event_of) {
    const auto& told = analysis.events.events[mention];
    if (told.sentence < 0 || events[index].time.source == TimeSource::Explicit) continue;
    const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(told.sentence)]);
    if (!until_further_notice(tokens, parse, told.token)) continue;
    const auto order = ordering_event(events, analysis, parse, told.token, event_of);
    if (order && *order != index) from_the_start_of(events[index].time, events[*order].time);
  }
}

}  // namespace chronograph::graph
