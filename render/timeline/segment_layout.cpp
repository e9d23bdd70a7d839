#include "render/timeline/segment_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace chronograph::render {

namespace {

using Extents = std::vector<AxisExtent>;
using namespace segment_layout;

// ---- what has to be shown ---------------------------------------------------------------------

// What the axis has to show of an extent: the whole of a short one or of a calendar period, the
// first and the last day of another bar. `weight` is its claim on a segment's width: the
// extent's own where a label starts (a short extent, a bar's start), a quarter of it for a bar's end.
struct Anchor {
  double lo = 0, hi = 0;
  double weight = 1;
};
constexpr double kBarEndWeight = 0.25;

// The news: the shortest stretch holding the starts of half the events (extents of full
// weight), when there are enough of them to make a story; nullopt otherwise.
struct Stretch {
  double begin = 0, end = 0;
};
constexpr std::size_t kStoryEvents = 6;
std::optional<Stretch> news_days(const Extents& extents) {
  std::vector<double> starts;
  for (const auto& extent : extents)
    if (extent.weight >= 1) starts.push_back(extent.begin);
  if (starts.size() < kStoryEvents) return std::nullopt;
  std::sort(starts.begin(), starts.end());
  const std::size_t half = (starts.size() + 1) / 2;
  Stretch best{starts.front(), starts.back() + 1};
  for (std::size_t i = 0; i + half <= starts.size(); ++i)
    if (starts[i + half - 1] + 1 - starts[i] < best.end - best.begin) best = {starts[i], starts[i + half - 1] + 1};
  return best;
}

// A unit kept whole only for a bound or a bar's end (weight below an event's: "by 2008", the
// last year of "2005 – 2008") would swallow the news days when it reaches into them and is many
// times longer: the days where the story happens would get no segment of their own (t61 #71).
// Such a unit is seen as its first and last day, as a bar is; an event's own period ("in June")
// stays whole.
constexpr double kSwallowFactor = 4;
bool swallows_news(const AxisExtent& extent, const std::optional<Stretch>& news) {
  return news && extent.weight < 1 && extent.begin < news->end && extent.end > news->begin &&
         extent.end - extent.begin > kSwallowFactor * (news->end - news->begin);
}

std::vector<Anchor> anchors_of(const Extents& extents) {
  std::vector<Anchor> out;
  const auto news = news_days(extents);
  for (const auto& extent : extents) {
    const auto& [begin, end, weight, whole_unit] = extent;
    const bool whole = whole_unit && !swallows_news(extent, news);
    if (end - begin <= kBarDays || whole) {
      out.push_back({begin, end, weight});
      continue;
    }
    out.push_back({begin, begin + 1, weight});
    out.push_back({end - 1, end, kBarEndWeight * weight});
  }
  std::sort(out.begin(), out.end(),
            [](const Anchor& a, const Anchor& b) { return a.lo != b.lo ? a.lo < b.lo : a.hi < b.hi; });
  return out;
}

// A stretch of time with no anchor in it, long enough to be broken.
struct Gap {
  double begin = 0, end = 0;
  std::size_t next = 0;     // the anchor after it: a break here starts a segment with it
  bool stands_out = false;  // much longer than the spacing of the dates beside it
  double length() const { return end - begin; }
};

// A gap that is all of one bar's inside, from its first day to its last: breaking it would
// only cut the bar in two.
bool inside_one_bar(const Extents& extents, double begin, double end) {
  return std::any_of(extents.begin(), extents.end(), [&](const auto& extent) {
    return extent.end - extent.begin > kBarDays && std::abs(extent.begin + 1 - begin) < 1e-9 &&
           std::abs(extent.end - 1 - end) < 1e-9;
  });
}

// The median of up to three spacings between the anchors next to a gap on one side, starting
// from anchor `from` and moving `toward_start` or not; +inf when there are none.
double typical_spacing(const std::vector<Anchor>& anchors, std::size_t from, bool toward_start) {
  std::vector<double> spacings;
  std::size_t i = from;
  while (spacings.size() < 3 && (toward_start ? i > 0 : i + 1 < anchors.size())) {
    const std::size_t j = toward_start ? i - 1 : i + 1;
    spacings.push_back(std::abs(anchors[i].lo - anchors[j].lo));
    i = j;
  }
  if (spacings.empty()) return 1e300;
  std::sort(spacings.begin(), spacings.end());
  return spacings[(spacings.size() - 1) / 2];
}

// A gap is broken for readability only where the dates on one side of it are much denser
// than the gap, or than the dates on its other side: a week of news after months of quiet,
// dates every four days after years of background, not the widest of the gaps in a spread of
// dates (a random spread's widest gap is some three or four times its typical spacing).
constexpr double kContrast = 4;
bool stands_out(const std::vector<Anchor>& anchors, std::size_t next, double length) {
  const double before = typical_spacing(anchors, next - 1, true), after = typical_spacing(anchors, next, false);
  const double dense = std::min(before, after), sparse = std::max(before, after);
  return length >= kContrast * dense || (sparse >= kContrast * kContrast * dense && length > dense);
}

bool told_by_the_clock(const Anchor& anchor) { return anchor.hi - anchor.lo < 1; }

std::vector<Gap> gaps_between(const std::vector<Anchor>& anchors, const Extents& extents, double min_days) {
  std::vector<Gap> out;
  double reach = anchors.front().hi;
  for (std::size_t i = 1; i < anchors.size(); ++i) {
    const double begin = reach, end = anchors[i].lo;
    // Beside times told by the clock a day is a long gap: an incident's hour gets its own
    // segment, drawn in minutes, rather than one day's column of a month-long axis.
    const bool clock_side = told_by_the_clock(anchors[i - 1]) || told_by_the_clock(anchors[i]);
    const double shortest = clock_side ? std::min(min_days, kMinClockBreakDays) : min_days;
    if (end - begin > shortest && !inside_one_bar(extents, begin, end))
      out.push_back({begin, end, i, stands_out(anchors, i, end - begin)});
    reach = std::max(reach, anchors[i].hi);
  }
  return out;
}

// A distance on the time axis that must be drawn at least `px` wide; `days` when it lies
// between two events dated to the day, whose order a reader wants to see at a glance.
struct Demand {
  double from = 0, to = 0, px = 0;
  bool days = false;
};

// Where an extent is drawn from and how precise that is: a day's middle to the day, a bar's
// start (where its label begins) to the bar's length.
struct Place {
  double day = 0, precision = 0;
  bool bar = false;
};

std::vector<Place> places_of(const Extents& extents) {
  std::vector<Place> out;
  for (const auto& [begin, end, weight, whole] : extents) {
    const bool bar = end - begin > 1;
    out.push_back({bar ? begin : (begin + end) / 2, end - begin, bar});
  }
  std::stable_sort(out.begin(), out.end(), [](const Place& a, const Place& b) { return a.day < b.day; });
  return out;
}

// Two dates must be told apart when they lie further apart than the coarser of them is
// precise: 3 and 4 December must; "2022" (a bar from 1 January) and 2 January 2022 need not.
// Two periods must when the later starts after the earlier ends, however long it is: "2023"
// and "2024" (366 days), "May" and "June – August". A day is compared with the previous day
// even across bars between them.
std::vector<Demand> demands_of(const Extents& extents) {
  std::vector<Demand> out;
  const auto places = places_of(extents);
  const Place* last_day = nullptr;
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Place& place = places[i];
    if (i > 0 && (place.bar || places[i - 1].bar)) {
      const Place& before = places[i - 1];
      const double apart = place.day - before.day;
      const double precision = before.bar && place.bar ? before.precision : std::max(place.precision, before.precision);
      if (apart > 0 && apart >= precision)
        out.push_back({before.day, place.day, kDayApartPx, false});
    }
    if (place.bar) continue;
    if (last_day && place.day > last_day->day) out.push_back({last_day->day, place.day, kDayApartPx, true});
    last_day = &place;
  }
  return out;
}

struct LayoutInput {
  std::vector<Anchor> anchors;  // by start
  std::vector<Gap> gaps;        // in time order
  std::vector<Demand> demands;
  double span = 0;
  double events = 0;        // the extents' weights: a segment's share of the width is its weight over this
  bool whole_days = false;  // every extent starts and ends at midnight
  double x0 = 0, x1 = 0, break_px = 0;
  std::size_t max_breaks = 0;
};

LayoutInput layout_input(const Extents& extents, double x0, double x1, double break_px) {
  LayoutInput in;
  in.anchors = anchors_of(extents);
  double hi = extents.front().end;
  for (const auto& extent : extents) hi = std::max(hi, extent.end);
  in.span = std::max(hi - extents.front().begin, 1.0 / 1440);
  in.gaps = gaps_between(in.anchors, extents, std::min(kMinBreakDays, in.span * 0.25));
  in.demands = demands_of(extents);
  in.events = 0;
  for (const auto& extent : extents) in.events += extent.weight;
  in.whole_days = std::all_of(extents.begin(), extents.end(), [](const auto& extent) {
    return extent.begin == std::floor(extent.begin) && extent.end == std::floor(extent.end);
  });
  in.x0 = x0, in.x1 = x1, in.break_px = break_px;
  // Every segment keeps room for a label.
  const double fit = (x1 - x0 + break_px) / (kMinSegmentPx + break_px);
  in.max_breaks = std::min<std::size_t>(kMaxBreaks, fit > 1 ? static_cast<std::size_t>(fit) - 1 : 0);
  return in;
}

// ---- laying segments out ----------------------------------------------------------------------

struct Cluster {
  double lo = 0, hi = 0, weight = 0;
};

// The anchors between two breaks form one cluster; `breaks` are anchor indices, sorted.
std::vector<Cluster> clusters_of(const std::vector<Anchor>& anchors, const std::vector<std::size_t>& breaks) {
  std::vector<Cluster> out;
  std::size_t next_break = 0;
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    if (out.empty() || (next_break < breaks.size() && breaks[next_break] == i)) {
      if (!out.empty()) ++next_break;
      out.push_back({anchors[i].lo, anchors[i].hi, 0});
    }
    out.back().hi = std::max(out.back().hi, anchors[i].hi);
    out.back().weight += anchors[i].weight;
  }
  return out;
}

// Narrow segments are raised to `floor`, the others giving up the difference in proportion
// to what they have above it.
void raise_to_floor(std::vector<double>& widths, double floor) {
  double deficit = 0, surplus = 0;
  for (const double w : widths) (w < floor ? deficit : surplus) += std::abs(w - floor);
  if (deficit <= 0 || surplus <= deficit) return;
  for (double& w : widths) w = w < floor ? floor : w - (w - floor) * deficit / surplus;
}

// Across a break, time is no longer to scale, so each segment gets room for what happens in it:
// pixels in proportion to its dates (a busy week beside one long background bar), with a share
// for a quiet segment that shrinks as segments multiply.
std::vector<double> widths_of(const std::vector<Cluster>& clusters, double available, double events) {
  const double n = static_cast<double>(clusters.size());
  const double quiet = n < 2 ? 0 : std::min(kQuietShare, kQuietShares / (n - 1));
  std::vector<double> shares;
  double share_sum = 0;
  for (const auto& cluster : clusters) {
    shares.push_back(std::max(cluster.weight / events, quiet));
    share_sum += shares.back();
  }
  std::vector<double> widths;
  for (const double share : shares) widths.push_back(available * share / share_sum);
  raise_to_floor(widths, std::min(kMinSegmentPx, available / n));
  return widths;
}

// Days of margin beside a cluster drawn `width_px` wide: 4% of it, as a lone segment always
// had, or enough to leave kEdgeAirPx beside its first and last mark; with `cap_days`, enough to
// draw no day wider than kMaxDayPx (the days around it are shown instead). Never more than a
// quarter of `room`, the gap to the next cluster on that side.
double edge_pad(const Cluster& cluster, double width_px, double room, bool cap_days) {
  const double days = cluster.hi - cluster.lo;
  if (days < 1e-9) return 0.5;
  const double inner = width_px - 2 * kEdgeAirPx;
  double pad = std::max(0.04 * days, inner > 0 ? kEdgeAirPx * days / inner : days * 0.5);
  if (cap_days) pad = std::max(pad, (width_px / kMaxDayPx - days) / 2);
  return std::min(pad, 0.25 * room);
}

std::vector<ScaleSegment> segments_for(const LayoutInput& in, const std::vector<std::size_t>& breaks) {
  const auto clusters = clusters_of(in.anchors, breaks);
  const double all_breaks = in.break_px * static_cast<double>(clusters.size() - 1);
  const auto widths = widths_of(clusters, std::max(in.x1 - in.x0 - all_breaks, 1.0), in.events);
  // A lone segment keeps its days as wide as the plot makes them, as it always did.
  const bool cap_days = in.whole_days && clusters.size() > 1;
  std::vector<ScaleSegment> out;
  double x = in.x0;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& cluster = clusters[i];
    const double room_left = i > 0 ? cluster.lo - clusters[i - 1].hi : 1e300;
    const double room_right = i + 1 < clusters.size() ? clusters[i + 1].lo - cluster.hi : 1e300;
    const double day0 = cluster.lo - edge_pad(cluster, widths[i], room_left, cap_days);
    const double day1 = cluster.hi + edge_pad(cluster, widths[i], room_right, cap_days);
    out.push_back({day0, day1, x, x + widths[i], cluster.lo, cluster.hi});
    x += widths[i] + in.break_px;
  }
  out.back().x1 = in.x1;
  return out;
}

// ---- where to break -------------------------------------------------------------------------------

// Pixels from `from` to `to`, not counting the breaks between them: a break is no room to read.
double drawn_px(const std::vector<ScaleSegment>& segments, double from, double to) {
  double px = x_on_segments(segments, to) - x_on_segments(segments, from);
  for (std::size_t i = 0; i + 1 < segments.size(); ++i)
    if (from < segments[i].day1 && to > segments[i + 1].day0) px -= segments[i + 1].x0 - segments[i].x1;
  return px;
}

// How far the segments fall short of the demands, each asked `ease` times over (1: the need
// itself; 3: room for a tick a day): the log of each shortfall (0 when met), and their sum.
struct Shortfall {
  double log_sum = 0;
  std::vector<double> each;
};

constexpr double kRoomToRead = 3;

Shortfall shortfall(const std::vector<ScaleSegment>& segments, const std::vector<Demand>& demands, double ease,
                    bool days_only) {
  Shortfall out;
  for (const auto& demand : demands) {
    if (days_only && !demand.days) continue;
    const double px = demand.px * ease, drawn = drawn_px(segments, demand.from, demand.to);
    out.each.push_back(drawn >= px ? 0 : std::log(px / std::max(drawn, 0.01)));
    out.log_sum += out.each.back();
  }
  return out;
}

// A gap of over kEmptyShare of the span, with at least two anchors on each side before a
// longer gap. One date far from another is no reason: a linear axis shows both.
std::vector<std::size_t> mostly_empty_breaks(const LayoutInput& in) {
  std::vector<std::size_t> out;
  for (std::size_t g = 0; g < in.gaps.size(); ++g) {
    const Gap& gap = in.gaps[g];
    if (gap.length() < kEmptyShare * in.span) continue;
    std::size_t first = 0, last = in.anchors.size();  // the anchors on its two sides
    for (std::size_t k = g; k-- > 0 && first == 0;)
      if (in.gaps[k].length() >= gap.length()) first = in.gaps[k].next;
    for (std::size_t k = g + 1; k < in.gaps.size() && last == in.anchors.size(); ++k)
      if (in.gaps[k].length() >= gap.length()) last = in.gaps[k].next;
    if (gap.next - first >= 2 && last - gap.next >= 2) out.push_back(gap.next);
  }
  if (out.size() > in.max_breaks) out.resize(in.max_breaks);
  return out;
}

// A set of breaks and how well it serves the demands: first what is still unreadable, then,
// among equals, how cramped the days of news are (a break beside a week of news rather than
// inside the background), then how much empty time the breaks hide.
struct Trial {
  std::vector<std::size_t> breaks;
  Shortfall unreadable{1e300, {}};
  double cramped = 1e300, hidden_days = 0;
  bool better_than(const Trial& other) const {
    if (std::abs(unreadable.log_sum - other.unreadable.log_sum) > 1e-6)
      return unreadable.log_sum < other.unreadable.log_sum;
    if (std::abs(cramped - other.cramped) > 1e-6) return cramped < other.cramped;
    return hidden_days > other.hidden_days + 1e-6;
  }
  bool reads_better_than(const Trial& other) const {
    return unreadable.log_sum < other.unreadable.log_sum - 1e-6 || cramped < other.cramped - 1e-6;
  }
};

double hidden_days(const LayoutInput& in, const std::vector<std::size_t>& breaks) {
  double days = 0;
  for (const std::size_t next : breaks) {
    const auto gap = std::lower_bound(in.gaps.begin(), in.gaps.end(), next,
                                      [](const Gap& g, std::size_t at) { return g.next < at; });
    if (gap != in.gaps.end() && gap->next == next) days += gap->length();
  }
  return days;
}

Trial try_breaks(const LayoutInput& in, std::vector<std::size_t> breaks) {
  const auto segments = segments_for(in, breaks);
  Trial trial;
  trial.unreadable = shortfall(segments, in.demands, 1, false);
  trial.cramped = shortfall(segments, in.demands, kRoomToRead, true).log_sum;
  trial.hidden_days = hidden_days(in, breaks);
  trial.breaks = std::move(breaks);
  return trial;
}

std::vector<std::size_t> with_break(std::vector<std::size_t> breaks, std::size_t at) {
  breaks.insert(std::upper_bound(breaks.begin(), breaks.end(), at), at);
  return breaks;
}

bool breakable(const Gap& gap, const std::vector<std::size_t>& breaks) {
  return gap.stands_out && !std::binary_search(breaks.begin(), breaks.end(), gap.next);
}

// The one more break that serves the demands best.
Trial best_next_break(const LayoutInput& in, const Trial& current) {
  Trial best;
  for (const Gap& gap : in.gaps) {
    if (!breakable(gap, current.breaks)) continue;
    Trial trial = try_breaks(in, with_break(current.breaks, gap.next));
    if (trial.better_than(best)) best = std::move(trial);
  }
  return best;
}

// A greedy choice made early can be bettered once later breaks are in (one that cut a month
// of background to gain a few days for the news, before the news got its own segment): each
// break in turn, except the `fixed` ones, moves to the gap where it reads best.
Trial moved_breaks(const LayoutInput& in, Trial current, const std::vector<std::size_t>& fixed) {
  for (std::size_t k = 0; k < current.breaks.size(); ++k) {
    if (std::binary_search(fixed.begin(), fixed.end(), current.breaks[k])) continue;
    auto others = current.breaks;
    others.erase(others.begin() + static_cast<std::ptrdiff_t>(k));
    for (const Gap& gap : in.gaps) {
      if (!breakable(gap, others)) continue;
      Trial trial = try_breaks(in, with_break(others, gap.next));
      if (trial.better_than(current) && trial.reads_better_than(current)) current = std::move(trial);
    }
  }
  return current;
}

// A break for readability must give the unreadable dates it helps a quarter more room, on
// average (log 1.25), and make a real difference in all: a random spread of dates is not cut
// up to give all its close pairs a little more room by hiding its widest gap.
constexpr double kMinRelief = 0.22, kMinGain = 0.1;
// A break taken for room alone must cut the cramping of the days by a quarter and by a good
// amount: the tail of a roundup (dates weeks after its week of news) gets a segment of its
// own, a week's gap in a month of daily news does not.
constexpr double kComfortShare = 0.25, kComfortGain = 1.0;

bool helps_reading(const Trial& better, const Trial& current) {
  const double gain = current.unreadable.log_sum - better.unreadable.log_sum;
  std::size_t helped = 0;
  for (std::size_t i = 0; i < current.unreadable.each.size(); ++i)
    helped += better.unreadable.each.size() == current.unreadable.each.size() &&
              better.unreadable.each[i] < current.unreadable.each[i] - 1e-9;
  return gain >= kMinGain && gain >= kMinRelief * static_cast<double>(helped);
}

bool gives_room(const Trial& better, const Trial& current) {
  const double gain = current.cramped - better.cramped;
  return better.unreadable.log_sum <= current.unreadable.log_sum + 1e-9 && gain >= kComfortGain &&
         gain >= kComfortShare * current.cramped;
}

// Breaks go in one at a time, each into the gap that serves the demands best: first while
// dates cannot be told apart, then while a break gives the days much more room to read.
std::vector<std::size_t> choose_breaks(const LayoutInput& in) {
  const auto empty = mostly_empty_breaks(in);
  Trial current = try_breaks(in, empty);
  while (current.unreadable.log_sum > 0 && current.breaks.size() < in.max_breaks) {
    Trial best = best_next_break(in, current);
    if (!helps_reading(best, current)) break;
    current = std::move(best);
  }
  current = moved_breaks(in, std::move(current), empty);
  while (current.breaks.size() < in.max_breaks) {
    Trial best = best_next_break(in, current);
    if (!gives_room(best, current)) break;
    current = std::move(best);
  }
  return moved_breaks(in, std::move(current), empty).breaks;
}

}  // namespace

std::vector<ScaleSegment> lay_out_segments(const Extents& extents, double x0, double x1, double break_px) {
  const LayoutInput in = layout_input(extents, x0, x1, break_px);
  return segments_for(in, choose_breaks(in));
}

double x_on_segments(const std::vector<ScaleSegment>& segments, double day) {
  const auto& first = segments.front();
  if (day <= first.day0) return first.x0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& segment = segments[i];
    if (day <= segment.day1)
      return segment.x0 + (day - segment.day0) / (segment.day1 - segment.day0) * (segment.x1 - segment.x0);
    if (i + 1 < segments.size() && day < segments[i + 1].day0) {
      const auto& next = segments[i + 1];
      return segment.x1 + (day - segment.day1) / (next.day0 - segment.day1) * (next.x0 - segment.x1);
    }
  }
  return segments.back().x1;
}

}  // namespace chronograph::render
