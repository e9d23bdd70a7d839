#include "graph/assemble/repeated_month.h"

#include <charconv>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/events/parse_view.h"

namespace chronograph::graph {

namespace {

// The month of a SET repeated each year in one month ("XXXX-08": 8); none for any other value.
std::optional<unsigned> repeated_month(const core::Timex& timex) {
  if (timex.type != "SET" || timex.value.size() != 7 || !timex.value.starts_with("XXXX-")) return std::nullopt;
  unsigned month = 0;
  const auto [end, error] = std::from_chars(timex.value.data() + 5, timex.value.data() + 7, month);
  if (error != std::errc{} || end != timex.value.data() + 7 || month < 1 || month > 12) return std::nullopt;
  return month;
}

// The month of the repeated time expression whose last word hangs on the verb at `verb`.
std::optional<unsigned> month_repeated_on(const core::DocumentAnalysis& analysis, const core::ParseView& parse,
                                          std::size_t verb) {
  for (const auto word : parse.children(verb))
    for (const auto& timex : analysis.timexes)
      if (timex.span.end == analysis.tokens.tokens[word].span.end)
        if (const auto month = repeated_month(timex)) return month;
  return std::nullopt;
}

// The year of a one-sided bound on a whole year ("until 2008": ON_OR_BEFORE 2008; "since 2015":
// ON_OR_AFTER 2015).
std::optional<date::year> bounding_year(const EventTime& time) {
  if (time.precision != Precision::Year) return std::nullopt;
  if (time.mod == "ON_OR_BEFORE" && time.end) return date::year_month_day{*time.end}.year();
  if (time.mod == "ON_OR_AFTER" && time.start) return date::year_month_day{*time.start}.year();
  return std::nullopt;
}

// (the other side may come from the tense: "has met every March since 2015" runs to the article)
void bound_by_month(EventTime& time, date::year year, unsigned month) {
  const date::year_month in{year, date::month{month}};
  if (time.mod == "ON_OR_BEFORE") time.end = date::sys_days{in / date::last};
  else time.start = date::sys_days{in / 1};
  time.value = fmt::format("{:04}-{:02}", static_cast<int>(year), month);
  time.precision = Precision::Month;
}

}  // namespace

void bound_by_the_repeated_month(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                 const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    const auto& told = analysis.events.events[mention];
    EventTime& time = events[index].time;
    const auto year = bounding_year(time);
    if (told.sentence < 0 || time.source != TimeSource::Explicit || !year) continue;
    const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(told.sentence)]);
    if (const auto month = month_repeated_on(analysis, parse, told.token)) bound_by_month(time, *year, *month);
  }
}

}  // namespace chronograph::graph
