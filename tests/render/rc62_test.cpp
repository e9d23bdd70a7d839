// rc62 (tester t60): a span running from a day for some years ("within ten years") keeps no
// year whole at its start, so the days of news beside it are not squeezed into a segment of
// a year and a half (#61).
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "axis_segments.h"
#include "event_times.h"
#include "graph/model/graph_data.h"
#include "render/timeline/svg_timeline.h"

using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::Modality;
using chronograph::graph::TimeSource;
using chronograph::test::axis_segment_at;
using chronograph::test::axis_segments_of;
using chronograph::test::AxisSegment;
using chronograph::test::day_number;
using chronograph::test::event_on;

namespace {

// A regatta of a week and a half in August 2033, told on 12 August, and `extra`.
GraphData regatta_and(const Event& extra) {
  GraphData g;
  for (int day = 4; day <= 14; day += 2)
    g.events.push_back(event_on("regatta-race-" + std::to_string(day), sys_days{2033_y / aug / day},
                                sys_days{2033_y / aug / day}, Precision::Day));
  g.events.push_back(extra);
  return g;
}

}  // namespace

TEST_CASE("t60 #61: a span of years from the article's date keeps no year whole beside the news", "[render][axis][rc62]") {
  // "the city may host the regatta again within ten years", from 12 August 2033
  Event again = event_on("host-again", sys_days{2033_y / aug / 12}, sys_days{2043_y / aug / 12}, Precision::Year,
                         Modality::Planned);
  const auto segments = axis_segments_of(chronograph::render::render_svg_timeline(regatta_and(again), {}));
  const AxisSegment news = axis_segment_at(segments, day_number(sys_days{2033_y / aug / 8}));
  CHECK(news.day1 - news.day0 < 60);
  CHECK(axis_segment_at(segments, day_number(sys_days{2043_y / aug / 12})).day0 > news.day1);
}

TEST_CASE("t60 #61: a span starting with a year told as one keeps that year whole", "[render][axis][rc62]") {
  // must not: "from 2029 to 12 August 2033" starts on a year's first day, the year it is told in
  Event since = event_on("sponsor-backs-regatta", sys_days{2029_y / jan / 1}, sys_days{2033_y / aug / 12},
                         Precision::Year);
  const auto segments = axis_segments_of(chronograph::render::render_svg_timeline(regatta_and(since), {}));
  CHECK(axis_segment_at(segments, day_number(sys_days{2029_y / jan / 1})).day1 >= day_number(sys_days{2029_y / dec / 31}));
}
