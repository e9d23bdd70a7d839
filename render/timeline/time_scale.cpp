#include "render/timeline/time_scale.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <date/date.h>
#include <fmt/format.h>

#include "core/common/error.h"
#include "core/common/interval.h"

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
constexpr std::array<Step, 34> kSteps{{
    {Unit::Minute, 1}, {Unit::Minute, 2},  {Unit::Minute, 5},  {Unit::Minute, 10}, {Unit::Minute, 15},
    {Unit::Minute, 30}, {Unit::Hour, 1},   {Unit::Hour, 2},    {Unit::Hour, 3},    {Unit::Hour, 6},
    {Unit::Hour, 12},  {Unit::Day, 1},     {Unit::Day, 2},     {Unit::Week, 1},    {Unit::Week, 2},
    {Unit::Month, 1},  {Unit::Month, 2},   {Unit::Month, 3},   {Unit::Month, 6},   {Unit::Year, 1},
    {Unit::Year, 2},   {Unit::Year, 5},    {Unit::Year, 10},   {Unit::Year, 20},   {Unit::Year, 25},
    {Unit::Year, 50},  {Unit::Year, 100},  {Unit::Year, 200},  {Unit::Year, 250},  {Unit::Year, 500},
    {Unit::Year, 1000}, {Unit::Year, 2000}, {Unit::Year, 2500}, {Unit::Year, 5000},
}};

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Tick instants of `step` inside [day0, day1], in order.
std::vector<double> tick_days(Step step, double day0, double day1) {
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
      const long long period = step.unit == Unit::Day ? step.n : 7LL * step.n;
      const long long offset = step.unit == Unit::Day ? 0 : 4;
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

std::string tick_label(Step step, double day, bool first) {
  switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
      const bool midnight = std::abs(day - std::round(day)) < 1e-9;
      if (first) return format_day_label(day, true) + " " + format_clock_label(day);
      return midnight ? format_day_label(day, false) : format_clock_label(day);
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

// A label typical of the step, to estimate how far apart ticks must be.
std::string_view typical_label(Step step) {
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

// Ticks of `step` in `segment` whose labels fit; labels near an edge shift inward.
std::vector<Tick> fit_ticks(const TimeScale& scale, const ScaleSegment& segment, Step step, TextMetrics& metrics,
                            double font_px) {
  std::vector<Tick> out;
  double last_right = -1e300;
  for (double day : tick_days(step, segment.day0, segment.day1)) {
    Tick tick;
    tick.day = day;
    tick.x = scale.x(day);
    // The first label of a segment, and the first in a new year, say the year ("2 Jan 1992").
    const bool new_year = out.empty() || ymd_of(out.back().day).year() != ymd_of(day).year();
    tick.label = tick_label(step, day, new_year);
    tick.label_width = metrics.width(tick.label, font_px);
    tick.label_x = std::clamp(tick.x - tick.label_width / 2, segment.x0, segment.x1 - tick.label_width);
    if (tick.label_width > segment.x1 - segment.x0) continue;
    if (tick.x < tick.label_x - 0.5 || tick.x > tick.label_x + tick.label_width + 0.5) continue;
    if (tick.label_x < last_right + kLabelGap) continue;
    last_right = tick.label_x + tick.label_width;
    out.push_back(std::move(tick));
  }
  return out;
}

// A label naming the whole segment when no tick fits: "Jun 2021", "7 Dec 2021", "500 BCE".
std::optional<Tick> context_label(const ScaleSegment& segment, TextMetrics& metrics, double font_px) {
  const double middle = (segment.day0 + segment.day1) / 2;
  const double span = segment.day1 - segment.day0;
  Tick tick;
  tick.day = middle;
  tick.x = (segment.x0 + segment.x1) / 2;
  tick.mark = false;
  tick.label = span < 3 ? format_day_label(middle, true)
               : span < 120 ? format_month_label(middle, true)
                            : format_year_label(ymd_of(middle).year());
  tick.label_width = metrics.width(tick.label, font_px);
  if (tick.label_width > segment.x1 - segment.x0) return std::nullopt;
  tick.label_x = tick.x - tick.label_width / 2;
  return tick;
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

TimeScale TimeScale::build(std::vector<std::pair<double, double>> extents, double x0, double x1,
                           double break_px) {
  if (!(x0 < x1)) throw Error(fmt::format("time scale from {} to {} pixels is empty; please report", x0, x1));
  TimeScale scale;
  if (extents.empty()) extents.emplace_back(0, 1);
  for (auto& [begin, end] : extents)
    if (end < begin) std::swap(begin, end);
  std::sort(extents.begin(), extents.end());
  double lo = extents.front().first, hi = extents.front().second;
  for (const auto& extent : extents) hi = std::max(hi, extent.second);
  const double span = std::max(hi - lo, 1.0 / kMinutesPerDay);
  const double threshold = std::max(span * kBreakFraction, std::min(7.0, span * 0.25));

  // The gaps between extents (sweeping in start order), of which the widest few over the
  // threshold become breaks; the extents between two breaks form one segment. A shorter gap
  // (over a week) breaks too when it dwarfs the run of dates on one side of it: four days of
  // news after three quiet months get room of their own beside six years of background.
  const double min_gap = std::min(7.0, span * 0.25);
  std::vector<double> gap_before(extents.size(), 0), run_begin(extents.size()), run_end(extents.size());
  double reach = extents.front().second;
  for (std::size_t i = 1; i < extents.size(); ++i) {
    gap_before[i] = extents[i].first - reach;
    reach = std::max(reach, extents[i].second);
  }
  // Runs: extents with no gap over min_gap between them; each extent's run bounds and size.
  std::vector<std::size_t> run_dates(extents.size());
  for (std::size_t i = 0; i < extents.size();) {
    std::size_t j = i + 1;
    double run_hi = extents[i].second;
    while (j < extents.size() && gap_before[j] <= min_gap) run_hi = std::max(run_hi, extents[j++].second);
    for (std::size_t k = i; k < j; ++k) run_begin[k] = extents[i].first, run_end[k] = run_hi, run_dates[k] = j - i;
    i = j;
  }
  std::vector<std::pair<double, double>> gaps;  // (width, position in the sweep)
  for (std::size_t i = 1; i < extents.size(); ++i) {
    const double gap = gap_before[i];
    const double before = run_end[i - 1] - run_begin[i - 1], after = run_end[i] - run_begin[i];
    const double shorter_run = std::min(before, after);
    // "a severe drought last year" beside three weeks of flood news: the gap is longer than the
    // busier run, which would otherwise get a sliver of the background's year.
    const double busier_run = run_dates[i - 1] > run_dates[i] ? before : run_dates[i] > run_dates[i - 1] ? after : shorter_run;
    const bool burst = std::max(run_dates[i - 1], run_dates[i]) >= kBurstDates && gap > busier_run;
    if (gap > threshold || (gap > min_gap && (gap > kFocusRatio * std::max(shorter_run, 1.0) || burst)))
      gaps.emplace_back(gap, static_cast<double>(i));
  }
  std::sort(gaps.begin(), gaps.end(), std::greater<>());
  if (gaps.size() > kMaxBreaks) gaps.resize(kMaxBreaks);
  std::vector<std::size_t> break_before;
  for (const auto& gap : gaps) break_before.push_back(static_cast<std::size_t>(gap.second));
  std::sort(break_before.begin(), break_before.end());
  std::vector<std::pair<double, double>> clusters;
  std::vector<double> dates_in;  // per cluster, how many extents it holds
  for (std::size_t i = 0; i < extents.size(); ++i) {
    const bool starts_new = clusters.empty() || std::binary_search(break_before.begin(), break_before.end(), i);
    if (starts_new) {
      clusters.push_back(extents[i]);
      dates_in.push_back(1);
    } else {
      clusters.back().second = std::max(clusters.back().second, extents[i].second);
      ++dates_in.back();
    }
  }
  // Pad each cluster so marks at its ends do not sit on the break; never past half a gap.
  std::vector<ScaleSegment> segments;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    auto [begin, end] = clusters[i];
    // A short cluster gets less padding, so its few days spread out instead of the margins.
    double pad = std::max((end - begin) * 0.04, std::min(span * 0.015, (end - begin) * 0.5 + 0.5));
    if (end - begin < 1e-9) pad = std::max(pad, 0.5);
    double pad_left = pad, pad_right = pad;
    if (i > 0) pad_left = std::min(pad, (begin - clusters[i - 1].second) * 0.25);
    if (i + 1 < clusters.size()) pad_right = std::min(pad, (clusters[i + 1].first - end) * 0.25);
    segments.push_back({begin - pad_left, end + pad_right, 0, 0});
  }
  // Across a break, time is no longer to scale, so each segment gets room for what happens in
  // it: pixels in proportion to its dates (a busy week beside one long background bar), with a
  // floor so a quiet segment stays readable. One segment takes all.
  std::vector<double> weights;
  double weight_sum = 0;
  for (const double n : dates_in) {
    weights.push_back(std::max(n / static_cast<double>(extents.size()), 0.18));
    weight_sum += weights.back();
  }
  const double breaks = break_px * static_cast<double>(segments.size() - 1);
  const double available = std::max(x1 - x0 - breaks, 1.0);
  double x = x0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    segments[i].x0 = x;
    segments[i].x1 = x + available * weights[i] / weight_sum;
    x = segments[i].x1 + break_px;
  }
  segments.back().x1 = x1;
  scale.segments_ = std::move(segments);
  scale.whole_days_ = std::all_of(extents.begin(), extents.end(), [](const auto& extent) {
    return extent.first == std::floor(extent.first) && extent.second == std::floor(extent.second);
  });
  return scale;
}

double TimeScale::x(double day) const {
  const auto& first = segments_.front();
  if (day <= first.day0) return first.x0;
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const auto& segment = segments_[i];
    if (day <= segment.day1)
      return segment.x0 + (day - segment.day0) / (segment.day1 - segment.day0) * (segment.x1 - segment.x0);
    if (i + 1 < segments_.size() && day < segments_[i + 1].day0) {
      const auto& next = segments_[i + 1];
      return segment.x1 + (day - segment.day1) / (next.day0 - segment.day1) * (next.x0 - segment.x1);
    }
  }
  return segments_.back().x1;
}

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
    const double px_per_day = (segment.x1 - segment.x0) / (segment.day1 - segment.day0);
    std::vector<Tick> chosen;
    for (const Step step : kSteps) {
      if (whole_days_ && step.days() < 1) continue;  // dates are days: hours would be invented
      double typical = metrics.width(typical_label(step), font_px);
      if (step.unit == Unit::Year)  // the real ends: "655 BCE" is wider than "2000", "9999" is not
        typical = std::max(metrics.width(format_year_label(ymd_of(segment.day0).year()), font_px),
                           metrics.width(format_year_label(ymd_of(segment.day1).year()), font_px));
      if (step.days() * px_per_day < typical + kLabelGap) continue;
      if (segment.day1 - segment.day0 > step.days() * 400) continue;  // cannot fit anyway
      chosen = fit_ticks(*this, segment, step, metrics, font_px);
      if (!chosen.empty()) break;
    }
    if (chosen.empty())
      if (auto label = context_label(segment, metrics, font_px)) chosen.push_back(std::move(*label));
    for (auto& tick : chosen) out.push_back(std::move(tick));
  }
  return out;
}

}  // namespace chronograph::render
