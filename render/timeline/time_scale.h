// The horizontal time axis of the timeline: a piecewise-linear map from time to pixels whose
// segments are joined by breaks, and the ticks to label each segment with. The scale gives the
// room to where the events are: the news days around the article's date get readable width,
// older context sits in order on narrower segments beyond breaks (segment_layout.h says how).
//
// Time is a double counting days since 1970-01-01 (date::sys_days), so a calendar day d
// covers [d, d + 1) and an hour is 1/24. Dates from 500 BCE to 9999 CE fit comfortably.
//
//   auto scale = TimeScale::build({{jun1, jul1}, {dec3, dec8}, {jan1, may1}}, 100, 1300);
//   scale.x(dec7 + 0.5);                // pixel of the middle of 7 December
//   auto ticks = scale.ticks(metrics, 11);  // "Jun 2021", "3 Dec", ..., each fitting its segment
#pragma once

#include <compare>
#include <string>
#include <utility>
#include <vector>

#include "render/text_metrics/text_metrics.h"

namespace chronograph::render {

struct ScaleSegment {
  double day0 = 0, day1 = 0;  // the time this segment shows, [day0, day1]
  double x0 = 0, x1 = 0;      // where it is drawn, in pixels
  // The dates it was made for, [begin, end), without its margins: what a label names when no
  // two ticks fit.
  double content_begin = 0, content_end = 0;
};

// A stretch of time the axis must show, [begin, end) in days, and its claim on the width
// beside other segments: 1 for an event, less for one known only by a bound ("by 12 May"),
// which says nothing of where it lies.
struct AxisExtent {
  double begin = 0, end = 0;
  double weight = 1;
  // No break goes inside it, so it lies on a segment to a scale that shows it as long as it is:
  // a calendar period told as one ("in June", "in 1999"), or the unit a bound is told in ("by
  // spring 2015", "since 2015") (t56 #62, #63).
  bool whole = false;
  auto operator<=>(const AxisExtent&) const = default;
};

struct Tick {
  double day = 0;
  double x = 0;
  std::string label;
  double label_x = 0;      // left edge of the label (kept inside its segment)
  double label_width = 0;
  bool mark = true;        // false for a segment's context label drawn without a tick line
};

class TimeScale {
 public:
  // Segments cover the given extents ([begin, end) in days); empty gaps become breaks
  // `break_px` wide where the events need the room (lay_out_segments). Throws when x0 >= x1.
  static TimeScale build(std::vector<AxisExtent> extents, double x0, double x1, double break_px = 28);

  // Pixel of `day`; a day inside a break maps into the break, outside the domain it is clamped.
  double x(double day) const;
  // The inverse of x() inside a segment (pixels inside a break map to the break's start).
  double day_at(double px) const;
  const std::vector<ScaleSegment>& segments() const { return segments_; }
  double left() const { return segments_.front().x0; }
  double right() const { return segments_.back().x1; }

  // Ticks for every segment at a calendar step (minutes … millennia) chosen so the labels,
  // measured at `font_px`, neither overlap each other nor leave their segment. A segment where
  // fewer than two fit, or made for one day, is named instead by one centred label ("Jul – Nov
  // 2023", "2016–2019", "1 Jan 2019").
  std::vector<Tick> ticks(TextMetrics& metrics, double font_px) const;

  // The left edge in pixels of the segment drawing `px` (the previous one inside a break).
  double segment_left(double px) const;

 private:
  // Whether a time told by the clock ("09:15") lies among the dates `segment` was made for.
  bool holds_clock_time(const ScaleSegment& segment) const;

  std::vector<ScaleSegment> segments_;
  bool whole_days_ = false;  // every extent starts and ends at midnight: no hour ticks
  std::vector<double> clock_times_;  // the extents that do not: where each begins
};

// Labels for one instant at a given granularity: "7 Dec 2021", "Dec 2021", "500 BCE", "14:05".
std::string format_day_label(double day, bool with_year);
std::string format_month_label(double day, bool with_year);
std::string format_clock_label(double day);

}  // namespace chronograph::render
