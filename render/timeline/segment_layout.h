// Where the time axis breaks and how wide each of its segments is drawn: the layout behind
// TimeScale::build.
//
// The axis gives the room to where the events are. A bar is seen by its first and last day
// only, so "1 Jan 1998 – 8 Nov 2023" beside a week of election news does not hold one linear
// axis over 25 years. Breaks then go, one at a time, into the empty gap that helps most, while
// two dates that must be told apart (3 and 4 December; a bar and a date beyond its length) lie
// closer than kDayApartPx, and afterwards while a break gives the days of news much more room.
// Each segment's width follows how many events it holds, so a busy week gets most of the
// width beside a background year; a bar crossing a break is drawn continuous across it.
//
//   // 1871; 1998 to 2023; the election week: three segments, the week the widest
//   auto segments = lay_out_segments({{y1871, y1872}, {jan1998, nov9}, {nov7, nov8}, ...}, 100, 1300, 28);
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "render/timeline/time_scale.h"

namespace chronograph::render {

// The segments for `extents` (sorted, begin <= end, at least one) drawn
// from x0 to x1 pixels with breaks `break_px` wide.
std::vector<ScaleSegment> lay_out_segments(const std::vector<AxisExtent>& extents, double x0, double x1,
                                           double break_px);

// Pixel of `day` on `segments`: inside a segment to its scale, inside a break interpolated
// across it (so a bar crossing a break is drawn continuous), outside them clamped.
double x_on_segments(const std::vector<ScaleSegment>& segments, double day);

namespace segment_layout {

// An extent longer than this many days is seen by the layout as its first and last day only:
// what lies between them may be broken out.
inline constexpr double kBarDays = 2;
// Two dates that must be told apart are drawn at least this far apart, in pixels: 16 keeps
// two points (10 px wide) apart with air between. A bar's length asks for nothing: a month
// of background may shrink to the 4 px the shortest bar is drawn.
inline constexpr double kDayApartPx = 16;
// Only a gap longer than a week (or a quarter of a shorter span) is ever broken: a break
// inside a week of news would hide the order of its days.
inline constexpr double kMinBreakDays = 7;
// Beside a time told by the clock ("14:32"), a gap of over a day may be broken: minutes apart
// cannot be told apart on an axis of weeks, and the break does not hide the order of days.
inline constexpr double kMinClockBreakDays = 1;
// A gap over this share of the whole span, between runs of two dates or more, is broken even
// when every date is readable: an axis half empty reads poorly (June 2021, 3-8 December and
// early 2022 read better beside each other than across the five empty months).
inline constexpr double kEmptyShare = 1.0 / 3;
// More breaks than this stop reading as one time line.
inline constexpr std::size_t kMaxBreaks = 6;
// A segment holding a single date still gets this share of the width, so its ticks read;
// beyond three segments the quiet ones share kQuietShares between them, so the busiest keeps
// most of the room. No segment is narrower than kMinSegmentPx ("Oct 2016" fits).
inline constexpr double kQuietShare = 0.18;
inline constexpr double kQuietShares = 0.36;
inline constexpr double kMinSegmentPx = 64;
// Air in pixels between a segment's first or last mark and its edge.
inline constexpr double kEdgeAirPx = 14;
// Beside other segments no calendar day is drawn wider than this; a segment with more room
// shows the days around its dates. A day's label needs half of it, and past ~83 px a day the
// HTML page's axis (data/html/timeline.js, redrawn on zoom and reset) ticks hours the dates do
// not have.
inline constexpr double kMaxDayPx = 80;

}  // namespace segment_layout

}  // namespace chronograph::render
