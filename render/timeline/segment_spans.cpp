#include "render/timeline/segment_spans.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace chronograph::render {

namespace {

std::string counted(long n, const char* unit) {
  const std::string number = n >= 1000 ? fmt::format("{},{:03}", n / 1000, n % 1000) : std::to_string(n);
  return fmt::format("{} {}{}", number, unit, n == 1 ? "" : "s");
}

double px_per_day(const ScaleSegment& segment) { return (segment.x1 - segment.x0) / (segment.day1 - segment.day0); }

bool scales_differ(const std::vector<ScaleSegment>& segments) {
  if (segments.size() < 2) return false;
  double lo = px_per_day(segments.front()), hi = lo;
  for (const auto& segment : segments) {
    lo = std::min(lo, px_per_day(segment));
    hi = std::max(hi, px_per_day(segment));
  }
  return hi >= kScaleChange * lo;
}

// Air between a label and its segment's ends, so the bracket's end ticks stay clear.
constexpr double kLabelAir = 6;

}  // namespace

// Each unit is used from where a count of it reads naturally: 14 days are "2 weeks", 60 days
// "2 months", 11 months "1 year"; years below five are said to the half ("1½ years"). On an
// axis of whole days a segment is said in days at least ("2 days", not "41 hours").
std::string describe_span(double days, bool whole_days) {
  constexpr double kMonth = 365.2425 / 12, kYear = 365.2425;
  const auto round = [](double x) { return std::max(1L, std::lround(x)); };
  if (whole_days) days = std::max(days, 1.0);
  if (days < 1.0 / 24) return counted(round(days * 1440), "minute");
  if (days < 2 && !whole_days) return counted(round(days * 24), "hour");
  if (days < 14) return counted(round(days), "day");
  if (days < 60) return counted(round(days / 7), "week");
  if (days < 11 * kMonth) return counted(round(days / kMonth), "month");
  const long halves = std::max(2L, std::lround(days / kYear * 2));
  if (halves < 10 && halves % 2 == 1) return fmt::format("{}\u00bd years", halves / 2);
  return counted(round(days / kYear), "year");
}

std::vector<SegmentSpan> segment_spans(const TimeScale& scale, TextMetrics& metrics, double font_px) {
  std::vector<SegmentSpan> out;
  if (!scales_differ(scale.segments())) return out;
  const bool whole_days = std::all_of(scale.segments().begin(), scale.segments().end(), [](const ScaleSegment& s) {
    return s.content_begin == std::floor(s.content_begin) && s.content_end == std::floor(s.content_end);
  });
  for (const auto& segment : scale.segments()) {
    SegmentSpan span;
    span.x0 = segment.x0;
    span.x1 = segment.x1;
    const std::string label = describe_span(segment.day1 - segment.day0, whole_days);
    const double width = metrics.width(label, font_px);
    if (width + 2 * kLabelAir <= segment.x1 - segment.x0) {
      span.label = label;
      span.label_width = width;
      span.label_x = (segment.x0 + segment.x1 - width) / 2;
    }
    out.push_back(std::move(span));
  }
  return out;
}

}  // namespace chronograph::render
