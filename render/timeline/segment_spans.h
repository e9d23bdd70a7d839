// How much time each segment of a broken axis covers, said above it, when the segments are
// drawn to different scales: "3 years" over 2017–2019 beside "3 weeks" over 15 Jun – 6 Jul
// tells the reader that a centimetre of the axis is no longer the same time across a break
// (t52 #48: yearly ticks beside weekly ones read as one scale).
//
//   for (const auto& span : segment_spans(scale, metrics, 10))  // empty: one scale throughout
//     draw a bracket from span.x0 to span.x1 and span.label at span.label_x
#pragma once

#include <string>
#include <vector>

#include "render/text_metrics/text_metrics.h"
#include "render/timeline/time_scale.h"

namespace chronograph::render {

struct SegmentSpan {
  double x0 = 0, x1 = 0;  // the segment's ends, in pixels
  std::string label;      // "3 years", "5 weeks", "18 hours"; empty when it does not fit
  double label_x = 0;     // left edge of the label, centred over the segment
  double label_width = 0;
};

// Segments whose days are drawn wider or narrower than others' by this factor or more are to
// different scales; below it, the break marks alone say that time was left out.
inline constexpr double kScaleChange = 2;

// One span per segment when some two segments differ in scale by kScaleChange, none otherwise.
std::vector<SegmentSpan> segment_spans(const TimeScale& scale, TextMetrics& metrics, double font_px);

// The length of `days` as a reader rounds it: "40 minutes", "5 hours", "3 days", "3 weeks",
// "7 months", "1½ years", "1,200 years"; with `whole_days` (an axis without clock times),
// never less than "1 day".
std::string describe_span(double days, bool whole_days);

}  // namespace chronograph::render
