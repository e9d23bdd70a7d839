#include "render/timeline/time_scale.h"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "core/common/error.h"
#include "core/common/interval.h"
#include "render/timeline/segment_layout.h"

namespace chronograph::render {

namespace {

constexpr double kMinutesPerDay = 1440;
constexpr std::array<std::string_view, 12> kMonthNames{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

date::year_month_day ymd_of(double day) {
  return date::year_month_day{date::sys_days{date::days{static_cast<int>(std::floor(day))}}};
}

enum class Unit { Minute, Hour, Day, Week, Month, Year };
struct Step {
  Unit unit;
  int n;
  double days() const {
    switch (unit) {
      case Unit::Minute: return n / kMinutesPerDay;
      case Unit::Hour: return n / 24.0;
      case Unit::Day: return n;
      case Unit::Week: return 7.0 * n;
      case Unit::Month: return 30.44 * n;
      case Unit::Year: return 365.25 * n;
    }
    return n;
  }
};

// From minutes to millennia; the finest whose labels fit is used.
constexpr std::array<Step, 35> kSteps{{
    {Unit::Minute, 1}, {Unit::Minute, 2},  {Unit::Minute, 5},  {Unit::Minute, 10}, {Unit::Minute, 15},
    {Unit::Minute, 30}, {Unit::Hour, 1},   {Unit::Hour, 2},    {Unit::Hour, 3},    {Unit::Hour, 6},
    {Unit::Hour, 12},  {Unit::Day, 1},     {Unit::Day, 2},     {Unit::Day, 3},     {Unit::Week, 1},
    {Unit::Week, 2},
    {Unit::Month, 1},  {Unit::Month, 2},   {Unit::Month, 3},   {Unit::Month, 6},   {Unit::Year, 1},
    {Unit::Year, 2},   {Unit::Year, 5},    {Unit::Year, 10},   {Unit::Year, 20},   {Unit::Year, 25},
    {Unit::Year, 50},  {Unit::Year, 100},  {Unit::Year, 200},  {Unit::Year, 250},  {Unit::Year, 500},
    {Unit::Year, 1000}, {Unit::Year, 2000}, {Unit::Year, 2500}, {Unit::Year, 5000},
}};

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Days between two ticks of a step counted in days (every 2 or 3 days, a week, two weeks); 1
// for the others, whose ticks fall on the calendar's own bounds (an hour, a month's first).
long long period_days(Step step) {
  if (step.unit == Unit::Day) return step.n;
  if (step.unit == Unit::Week) return 7LL * step.n;
  return 1;
}

// Tick instants of `step` inside [day0, day1], in order; a step of days or weeks starts
// `phase` days after its usual day (a Monday for weeks).
std::vector<double> tick_days(Step step, double day0, double day1, long long phase = 0) {
  std::vector<double> out;
  switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
      const long long minutes = step.unit == Unit::Minute ? step.n : 60LL * step.n;
      long long m = floor_div(static_cast<long long>(std::ceil(day0 * kMinutesPerDay)) + minutes - 1, minutes) *
                    minutes;
      for (; m / kMinutesPerDay <= day1; m += minutes) out.push_back(m / kMinutesPerDay);
      break;
    }
    case Unit::Day:
    case Unit::Week: {
      // Weeks start on Monday; 1970-01-05 (day 4) was one.
      const long long period = period_days(step);
      const long long offset = (step.unit == Unit::Day ? 0 : 4) + phase;
      long long d = static_cast<long long>(std::ceil(day0));
      d += ((offset - d) % period + period) % period;
      for (; d <= day1; d += period) out.push_back(static_cast<double>(d));
      break;
    }
    case Unit::Month: {
      const auto first = ymd_of(day0);
      date::year_month ym{first.year(), first.month()};
      for (;; ym += date::months{1}) {
        const double day = date::sys_days{ym / 1}.time_since_epoch().count();
        if (day > day1) break;
        if (day >= day0 && (static_cast<unsigned>(ym.month()) - 1) % step.n == 0) out.push_back(day);
      }
      break;
    }
    case Unit::Year: {
      // Round numbers of the label ("500 BCE", "2000"): ISO year y <= 0 reads 1 - y BCE.
      const int y0 = static_cast<int>(ymd_of(day0).year());
      const int y1 = static_cast<int>(ymd_of(day1).year());
      for (int y = y0; y <= y1; ++y) {
        const int label_year = y > 0 ? y : 1 - y;
        if (label_year % step.n != 0) {
          // Skip ahead to the next round label quickly when the step is large.
          if (y > 0) y += step.n - label_year % step.n - 1;
          continue;
        }
        const double day = date::sys_days{date::year{y} / date::jan / 1}.time_since_epoch().count();
        if (day >= day0 && day <= day1) out.push_back(day);
      }
      break;
    }
  }
  return out;
}

bool is_midnight(double day) { return std::abs(day - std::round(day)) < 1e-9; }

std::string tick_label(Step step, double day, bool first) {
  switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
      // (a midnight is the day itself: "7 Oct 2024", not "7 Oct 2024 00:00")
      if (is_midnight(day)) return format_day_label(day, first);
      if (first) return format_day_label(day, true) + " " + format_clock_label(day);
      return format_clock_label(day);
    }
    case Unit::Day:
    case Unit::Week: {
      const auto ymd = ymd_of(day);
      return format_day_label(day, first || (ymd.month() == date::jan && ymd.day() == date::day{1}));
    }
    case Unit::Month: return format_month_label(day, first || ymd_of(day).month() == date::jan);
    case Unit::Year: return format_year_label(ymd_of(day).year());
  }
  return {};
}

// How ticks of days and weeks are labelled: each with its day and month ("17 Sep"), or, where a
// segment drawn narrow has no room for two such labels, by its day alone after a tick of the
// same month ("14 Sep 2016", "17", "20": the month read from the tick before). Compact ticks
// of months name a month alone and January by its year ("Jul", "2023", "Jul"), so that a
// couple of years drawn narrow still show where each half or quarter lies (t58 #62).
enum class DayLabels { Full, Compact };
constexpr double kCompactDaysAtMost = 31;

bool counts_days(Step step) { return step.unit == Unit::Day || step.unit == Unit::Week; }
bool in_january(double day) { return ymd_of(day).month() == date::jan; }

// A label typical of the step, to estimate how far apart ticks must be.
std::string_view typical_label(Step step, DayLabels style = DayLabels::Full) {
  if (style == DayLabels::Compact && counts_days(step)) return "30";
  if (style == DayLabels::Compact && step.unit == Unit::Month) return "Sep";
  switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: return "00:00";
    case Unit::Day:
    case Unit::Week: return "30 Sep";
    case Unit::Month: return step.n == 1 ? "Sep" : "Sep 2021";
    case Unit::Year: return "2000";
  }
  return "0000";
}

constexpr double kLabelGap = 10;  // pixels between two tick labels
// How far a tick's label may be pushed off centre to stay in its segment, as a share of its
// width: a quarter keeps the tick under the label's middle half.
constexpr double kMaxLabelShift = 0.25;

// Ticks of `step` in `segment` whose labels fit; labels near an edge shift inward. A tick left
// out because its label would run into the one before it makes the ticks uneven ("Dec", "Feb
// 2012", "Apr": January's wider label did not fit), which `uneven`, when given, reports; then
// the segment's first tick, whose label says the year, gives way once to the second rather
// than make a hole after it.
std::vector<Tick> fit_ticks(const TimeScale& scale, const ScaleSegment& segment, Step step, long long phase,
                            TextMetrics& metrics, double font_px, DayLabels style, bool* uneven = nullptr) {
  std::vector<Tick> out;
  const auto place = [&](Tick& tick) {
    // The first label of a segment, and the first in a new year, say the year ("2 Jan 1992").
    const bool new_year = out.empty() || ymd_of(out.back().day).year() != ymd_of(tick.day).year();
    const bool same_month = !new_year && ymd_of(out.back().day).month() == ymd_of(tick.day).month();
    if (style == DayLabels::Compact && step.unit == Unit::Month)
      tick.label = in_january(tick.day) ? format_year_label(ymd_of(tick.day).year()) : format_month_label(tick.day, false);
    else if (style == DayLabels::Compact && counts_days(step) && same_month)
      tick.label = fmt::format("{}", static_cast<unsigned>(ymd_of(tick.day).day()));
    else
      tick.label = tick_label(step, tick.day, new_year);
    tick.label_width = metrics.width(tick.label, font_px);
    tick.label_x = std::clamp(tick.x - tick.label_width / 2, segment.x0, segment.x1 - tick.label_width);
  };
  const auto right_of_last = [&] { return out.empty() ? -1e300 : out.back().label_x + out.back().label_width; };
  bool gave_way = false;
  for (double day : tick_days(step, segment.day0, segment.day1, phase)) {
    Tick tick;
    tick.day = day;
    tick.x = scale.x(day);
    place(tick);
    // (a day's midnight names the day: it wins over the times of day before it, which the
    // hours on the day's other side make up for; else an hourly axis may name no day at all)
    if (step.days() < 1 && is_midnight(day)) {
      while (tick.label_x < right_of_last() + kLabelGap && !out.empty() && !is_midnight(out.back().day)) out.pop_back();
      place(tick);  // (its year, when what said it is gone)
    }
    if (uneven && !gave_way && step.days() >= 1 && out.size() == 1 && tick.label_x < right_of_last() + kLabelGap) {
      gave_way = true;
      out.clear();
      place(tick);  // (now the first, with the year)
    }
    if (tick.label_width > segment.x1 - segment.x0) continue;
    if (tick.x < tick.label_x - 0.5 || tick.x > tick.label_x + tick.label_width + 0.5) continue;
    // A day or a time of day is read at its label's centre: one pushed far off its tick by the
    // segment's edge names another day ("29 Sep 2025" drawn over 6 October), so it is left out.
    // (A month or a year names the stretch its tick begins, and may lean into it: "Jan 2027".)
    const bool names_a_point = step.unit != Unit::Month && step.unit != Unit::Year;
    if (names_a_point && std::abs(tick.label_x + tick.label_width / 2 - tick.x) > tick.label_width * kMaxLabelShift)
      continue;
    if (tick.label_x < right_of_last() + kLabelGap) {
      if (uneven && step.days() >= 1) *uneven = true;
      continue;
    }
    out.push_back(std::move(tick));
  }
  // Compact months read their year from a January tick; without one they name no year.
  if (style == DayLabels::Compact && step.unit == Unit::Month &&
      std::none_of(out.begin(), out.end(), [](const Tick& tick) { return in_january(tick.day); }))
    out.clear();
  return out;
}

// The ticks of `step` on `segment` that fit: on the usual days (even days, Mondays) when two
// or more do, else from the phase where most do. On a fortnight's segment drawn narrow, Mondays
// may fall at its two edges, where no label fits, while Wednesdays leave two readable ticks.
std::vector<Tick> fit_two_ticks(const TimeScale& scale, const ScaleSegment& segment, Step step,
                                TextMetrics& metrics, double font_px, DayLabels style, bool& uneven) {
  std::vector<Tick> best = fit_ticks(scale, segment, step, 0, metrics, font_px, style, &uneven);
  for (long long phase = 1; phase < period_days(step) && best.size() < 2; ++phase) {
    bool phase_uneven = false;
    auto ticks = fit_ticks(scale, segment, step, phase, metrics, font_px, style, &phase_uneven);
    if (ticks.size() > best.size()) best = std::move(ticks), uneven = phase_uneven;
  }
  return best;
}

// "1998 – 2019", tighter "1998–2019", tightest "1998–19" (BCE years only the long ways).
std::vector<std::string> year_range_names(date::year first, date::year last) {
  if (first == last) return {format_year_label(first)};
  const std::string a = format_year_label(first), b = format_year_label(last);
  std::vector<std::string> out{a + " \u2013 " + b, a + "\u2013" + b};
  const int y0 = static_cast<int>(first), y1 = static_cast<int>(last);
  if (y0 > 0 && y0 / 100 == y1 / 100) out.push_back(fmt::format("{}\u2013{:02}", y0, y1 % 100));
  return out;
}

// Names for the dates [begin, end), finest and widest first: "7 Dec 2021", "Aug 2023",
// "Jul – Oct 2023", "Jul–Oct 2023", "Oct 2016 – Apr 2019", then the years alone.
std::vector<std::string> content_names(double begin, double end) {
  const auto first = ymd_of(begin), last = ymd_of(std::max(begin, end - 1e-6));
  if (first == last) return {format_day_label(begin, true)};
  auto out = year_range_names(first.year(), last.year());
  const bool whole_years = first.month() == date::jan && first.day() == date::day{1} && last.month() == date::dec &&
                           last.day() == date::day{31};
  if (whole_years) return out;
  std::vector<std::string> finer;
  if (first.year() == last.year() && first.month() == last.month()) {
    finer.push_back(format_month_label(begin, true));
  } else {
    const std::string from = format_month_label(begin, first.year() != last.year());
    const std::string to = format_month_label(end - 1e-6, true);
    finer.push_back(from + " \u2013 " + to);
    finer.push_back(from + "\u2013" + to);
  }
  finer.insert(finer.end(), out.begin(), out.end());
  return finer;
}

// A label naming the dates a segment was made for, centred and without a tick line ("Jul –
// Nov 2023"): the finest name that fits, or none.
std::optional<Tick> context_label(const ScaleSegment& segment, TextMetrics& metrics, double font_px) {
  Tick tick;
  tick.day = (segment.content_begin + segment.content_end) / 2;
  tick.x = (segment.x0 + segment.x1) / 2;
  tick.mark = false;
  for (auto& name : content_names(segment.content_begin, segment.content_end)) {
    tick.label_width = metrics.width(name, font_px);
    if (tick.label_width > segment.x1 - segment.x0) continue;
    tick.label = std::move(name);
    tick.label_x = tick.x - tick.label_width / 2;
    return tick;
  }
  return std::nullopt;
}

// The ticks of the finest step placing two on `segment` evenly (t61 #73), else of the finest
// placing one; with compact labels only steps of days and weeks are tried, or of months on a
// segment longer than a month. Uneven ticks are the last resort.
std::vector<Tick> segment_ticks(const TimeScale& scale, const ScaleSegment& segment, TextMetrics& metrics,
                                double font_px, DayLabels style, bool whole_days) {
  const double px_per_day = (segment.x1 - segment.x0) / (segment.day1 - segment.day0);
  const bool few_days = segment.day1 - segment.day0 <= kCompactDaysAtMost;
  std::vector<Tick> chosen, uneven_ticks;
  for (const Step step : kSteps) {
    if (whole_days && step.days() < 1) continue;  // dates are days: hours would be invented
    if (style == DayLabels::Compact && (few_days ? !counts_days(step) : step.unit != Unit::Month)) continue;
    double typical = metrics.width(typical_label(step, style), font_px);
    if (step.unit == Unit::Year)  // the real ends: "655 BCE" is wider than "2000", "9999" is not
      typical = std::max(metrics.width(format_year_label(ymd_of(segment.day0).year()), font_px),
                         metrics.width(format_year_label(ymd_of(segment.day1).year()), font_px));
    if (step.days() * px_per_day < typical + kLabelGap) continue;
    if (segment.day1 - segment.day0 > step.days() * 400) continue;  // cannot fit anyway
    bool uneven = false;
    auto ticks = fit_two_ticks(scale, segment, step, metrics, font_px, style, uneven);
    if (uneven) {
      if (uneven_ticks.empty()) uneven_ticks = std::move(ticks);
      continue;
    }
    if (chosen.empty() || ticks.size() >= 2) chosen = std::move(ticks);
    if (chosen.size() >= 2) break;
  }
  return chosen.size() >= 2 || uneven_ticks.empty() ? chosen : uneven_ticks;
}

// The first day the segment was made for, or the next whose label fits, as a tick with its
// year ("4 Oct 2023"); none when no day's label fits or the segment was made for one day.
std::optional<Tick> first_day_tick(const TimeScale& scale, const ScaleSegment& segment, TextMetrics& metrics,
                                   double font_px) {
  if (segment.content_end - segment.content_begin <= 1) return std::nullopt;
  ScaleSegment from_content = segment;
  from_content.day0 = std::ceil(segment.content_begin);
  auto ticks = fit_ticks(scale, from_content, {Unit::Day, 1}, 0, metrics, font_px, DayLabels::Full);
  if (ticks.empty() || ticks.front().day >= segment.content_end) return std::nullopt;
  return std::move(ticks.front());
}

}  // namespace

std::string format_day_label(double day, bool with_year) {
  const auto ymd = ymd_of(day);
  const auto month = kMonthNames[static_cast<unsigned>(ymd.month()) - 1];
  if (!with_year) return fmt::format("{} {}", static_cast<unsigned>(ymd.day()), month);
  return fmt::format("{} {} {}", static_cast<unsigned>(ymd.day()), month, format_year_label(ymd.year()));
}

std::string format_month_label(double day, bool with_year) {
  const auto ymd = ymd_of(day);
  const auto month = kMonthNames[static_cast<unsigned>(ymd.month()) - 1];
  if (!with_year) return std::string(month);
  return fmt::format("{} {}", month, format_year_label(ymd.year()));
}

std::string format_clock_label(double day) {
  const long long minutes = std::llround((day - std::floor(day)) * kMinutesPerDay) % 1440;
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

TimeScale TimeScale::build(std::vector<AxisExtent> extents, double x0, double x1, double break_px) {
  if (!(x0 < x1)) throw Error(fmt::format("time scale from {} to {} pixels is empty; please report", x0, x1));
  if (extents.empty()) extents.push_back({0, 1});
  for (auto& extent : extents)
    if (extent.end < extent.begin) std::swap(extent.begin, extent.end);
  std::sort(extents.begin(), extents.end());
  TimeScale scale;
  scale.segments_ = lay_out_segments(extents, x0, x1, break_px);
  scale.whole_days_ = true;
  for (const auto& extent : extents)
    if (extent.begin != std::floor(extent.begin) || extent.end != std::floor(extent.end)) {
      scale.whole_days_ = false;
      scale.clock_times_.push_back(extent.begin);
    }
  return scale;
}

bool TimeScale::holds_clock_time(const ScaleSegment& segment) const {
  return std::any_of(clock_times_.begin(), clock_times_.end(), [&](double time) {
    return time >= segment.content_begin && time < segment.content_end;
  });
}

double TimeScale::x(double day) const { return x_on_segments(segments_, day); }

double TimeScale::segment_left(double px) const {
  double left = segments_.front().x0;
  for (const auto& segment : segments_)
    if (segment.x0 <= px + 1e-9) left = segment.x0;
  return left;
}

double TimeScale::day_at(double px) const {
  for (const auto& segment : segments_) {
    if (px < segment.x0) return segment.day0;
    if (px <= segment.x1)
      return segment.day0 + (px - segment.x0) / (segment.x1 - segment.x0) * (segment.day1 - segment.day0);
  }
  return segments_.back().day1;
}

std::vector<Tick> TimeScale::ticks(TextMetrics& metrics, double font_px) const {
  std::vector<Tick> out;
  for (const auto& segment : segments_) {
    std::vector<Tick> chosen = segment_ticks(*this, segment, metrics, font_px, DayLabels::Full, whole_days_);
    // A few days drawn narrow are told by their numbers, or at least by the first of them, rather
    // than by one month's name, which says nothing of where each day lies; a longer stretch by
    // compact months ("Jul", "2023", "Jul"), else by its month or year names.
    bool first_day_only = false;
    if (chosen.size() < 2) {
      auto compact = segment_ticks(*this, segment, metrics, font_px, DayLabels::Compact, whole_days_);
      if (compact.size() >= 2) {
        chosen = std::move(compact);
      } else if (segment.day1 - segment.day0 <= kCompactDaysAtMost) {
        if (auto first = first_day_tick(*this, segment, metrics, font_px)) {
          chosen = {std::move(*first)};
          first_day_only = true;
        }
      }
    }
    // One tick alone does not say what the segment holds ("2017" over Oct 2016 and Apr 2019),
    // nor do ticks around a segment made for one day ("31 Dec 2018", "2 Jan 2019" around 1 Jan),
    // though other segments show hours ("not before 1999" beside a quake's night told by the clock).
    const bool whole_day_content = segment.content_begin == std::floor(segment.content_begin) &&
                                   segment.content_end == std::floor(segment.content_end);
    // (but a day holding times told by the clock is ticked in hours, so "09:15" and "11:18"
    // read in order and at their hour, t54 #68)
    const bool one_day = whole_day_content && segment.content_end - segment.content_begin <= 1 &&
                         !holds_clock_time(segment);
    if ((chosen.size() < 2 && !first_day_only) || one_day)
      if (auto label = context_label(segment, metrics, font_px)) chosen = {std::move(*label)};
    for (auto& tick : chosen) out.push_back(std::move(tick));
  }
  return out;
}

}  // namespace chronograph::render
