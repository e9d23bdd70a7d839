#include "graph/assemble/calendar_distance.h"

#include <optional>
#include <string>

#include <fmt/format.h>

#include "graph/assemble/calendar_months.h"

namespace chronograph::graph {

namespace {

// A calendar date's year and month, moved by `months`.
date::year_month moved(date::sys_days day, int months) {
  const date::year_month_day ymd{day};
  return date::year_month{ymd.year(), ymd.month()} + date::months{months};
}

// The TIMEX3 value of `time` moved by `months`: its year for a year, a season or a month moved by
// whole years, else the month or day written anew; empty when it cannot be said.
std::string moved_value(const EventTime& time, int months, date::sys_days start) {
  const date::year_month_day first{start};
  const int year = static_cast<int>(first.year());
  const auto month = static_cast<unsigned>(first.month()), day = static_cast<unsigned>(first.day());
  if (time.precision == Precision::Day) return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (time.precision == Precision::Month) return fmt::format("{:04}-{:02}", year, month);
  if (months % 12 != 0 || time.value.size() < 4) return {};
  return fmt::format("{:04}{}", year, time.value.substr(4));  // ("2016-SP" two years back: "2014-SP")
}

// `then` moved by `months` on the calendar: a day, a month, a season or a year the text gave.
std::optional<EventTime> moved_time(const EventTime& then, int months) {
  const bool to_the_month = then.precision == Precision::Day || then.precision == Precision::Month;
  const bool calendar = to_the_month || then.precision == Precision::Season || then.precision == Precision::Year;
  // (a season or a year moves by whole years only)
  if (!calendar || !then.closed() || !then.mod.empty() || (!to_the_month && months % 12 != 0)) return std::nullopt;
  EventTime time = then;
  if (then.precision == Precision::Day) {
    const date::year_month_day day{*then.start};
    const date::year_month_day shifted = day + date::months{months};
    if (!shifted.ok() || *then.start != *then.end) return std::nullopt;
    time.start = time.end = date::sys_days{shifted};
  } else {
    time.start = date::sys_days{moved(*then.start, months) / date::day{1}};
    time.end = date::sys_days{moved(*then.end, months) / date::last};
  }
  time.value = moved_value(then, months, *time.start);
  if (time.value.empty()) return std::nullopt;
  time.source = TimeSource::Inferred;
  return time;
}

}  // namespace

void date_by_calendar_distance(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                               const std::map<std::size_t, std::size_t>& event_of) {
  using Kind = core::TlinkOutput::Kind;
  for (const auto& link : analysis.tlinks) {
    if (link.from_kind != Kind::Event || link.to_kind != Kind::Event || !link.sure || !link.gap || link.gap_at_most) continue;
    if (link.rel_type != "BEFORE" && link.rel_type != "AFTER") continue;
    const auto& distance = analysis.timexes[*link.gap];
    const auto months = calendar_months(distance.value);
    const auto from = event_of.find(link.from), to = event_of.find(link.to);
    if (!months || !distance.mod.empty() || from == event_of.end() || to == event_of.end() || from->second == to->second)
      continue;
    const auto explicit_date = [&](std::size_t e) { return events[e].time.source == TimeSource::Explicit; };
    if (explicit_date(from->second) == explicit_date(to->second)) continue;
    // (the undated one lies `months` before the dated one, or after it)
    const bool from_dated = explicit_date(from->second);
    const bool undated_first = (link.rel_type == "BEFORE") != from_dated;
    const std::size_t dated = from_dated ? from->second : to->second, undated = from_dated ? to->second : from->second;
    if (const auto time = moved_time(events[dated].time, undated_first ? -*months : *months)) events[undated].time = *time;
  }
}

}  // namespace chronograph::graph
