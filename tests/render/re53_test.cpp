// re53 (testers t52, t53): a broken axis says how long each segment is when its scale changes
// (t52 #48), a day on an axis ticked in hours is drawn across the day, not as a dot at its noon
// (t53 #51), and two labels on one row keep a few spaces between them (t53 #50).
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/timeline/segment_spans.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"

using namespace date;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::AxisExtent;
using chronograph::render::describe_span;
using chronograph::render::render_svg_timeline;
using chronograph::render::segment_spans;
using chronograph::render::TextMetrics;
using chronograph::render::TimeScale;

namespace {

double day_number(sys_days d) { return d.time_since_epoch().count(); }

Event event_on(const std::string& id, sys_days start, sys_days end, const std::string& title = {}) {
  Event e;
  e.id = id;
  e.title = title.empty() ? "Event " + id : title;
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// A band's history in years, then weeks of news around the article: two scales beside each other.
GraphData history_and_news(int first_year, int last_year, sys_days news) {
  GraphData g;
  for (int y = first_year; y <= last_year; ++y)
    g.events.push_back(event_on(fmt::format("year-{}", y), sys_days{year{y} / jan / 1}, sys_days{year{y} / dec / 31}));
  for (int d = 0; d < 15; d += 2) g.events.push_back(event_on(fmt::format("news-{}", d), news + days{d}, news + days{d}));
  return g;
}

std::vector<std::string> span_labels(const std::string& svg) {
  std::vector<std::string> out;
  const std::regex label("class=\"label segment-span-label\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

bool has_label_ending_with(const std::vector<std::string>& labels, const std::string& unit) {
  for (const auto& label : labels)
    if (label.size() >= unit.size() && label.compare(label.size() - unit.size(), unit.size(), unit) == 0) return true;
  return false;
}

// The element that draws event `id`'s mark: "circle" or "rect", and its class.
std::string mark_of(const std::string& svg, const std::string& id) {
  const std::regex mark("id=\"ev-" + id + "\"[\\s\\S]*?<(circle|rect) class=\"mark ([a-z ]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, mark));
  return std::string(match[1]) + " " + std::string(match[2]);
}

double attribute_after(const std::string& svg, const std::string& id, const std::string& name) {
  const std::regex pattern("id=\"ev-" + id + "\"[\\s\\S]*?" + name + "=\"([0-9.]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, pattern));
  return std::stod(match[1]);
}

// Event `id`'s label: its left edge, top and width.
std::tuple<double, double, double> label_box(const std::string& svg, const std::string& id) {
  const std::regex pattern("id=\"ev-" + id + "\"[\\s\\S]*?class=\"label event-label\"[^>]*data-box=\"([0-9.]+) ([0-9.]+) ([0-9.]+)");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, pattern));
  return {std::stod(match[1]), std::stod(match[2]), std::stod(match[3])};
}

}  // namespace

TEST_CASE("re53: a segment's length is said in the unit a reader rounds it to", "[render][axis]") {
  const auto [span_days, whole_days, said] = GENERATE(table<double, bool, std::string>({
      {0.02, false, "29 minutes"},
      {1.7, false, "41 hours"},
      {1.7, true, "2 days"},
      {0.4, true, "1 day"},
      {9, true, "9 days"},
      {20, true, "3 weeks"},
      {200, true, "7 months"},
      {380, true, "1 year"},
      {540, true, "1\u00bd years"},
      {900, true, "2\u00bd years"},
      {3650, true, "10 years"},
      {438000, true, "1,199 years"}}));
  CAPTURE(span_days, whole_days);
  CHECK(describe_span(span_days, whole_days) == said);
}

TEST_CASE("t52 #48: years beside weeks of news are each said over their segment", "[render][axis]") {
  const auto [first, last, news] = GENERATE(table<int, int, sys_days>({{2017, 2018, sys_days{2026_y / jun / 12}},
                                                                       {1995, 2003, sys_days{2024_y / mar / 1}},
                                                                       {2010, 2010, sys_days{2025_y / nov / 20}}}));
  const auto svg = render_svg_timeline(history_and_news(first, last, news), {});
  const auto labels = span_labels(svg);
  INFO(fmt::format("{}", fmt::join(labels, " | ")));
  REQUIRE(labels.size() >= 2);
  CHECK((has_label_ending_with(labels, "years") || has_label_ending_with(labels, "year")));
  CHECK((has_label_ending_with(labels, "weeks") || has_label_ending_with(labels, "days")));
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t52 #48: an axis of one scale, broken or not, has no span row", "[render][axis]") {
  TextMetrics metrics;
  SECTION("one segment") {
    const auto scale = TimeScale::build({{day_number(sys_days{2024_y / may / 1}), day_number(sys_days{2024_y / may / 2})},
                                         {day_number(sys_days{2024_y / may / 9}), day_number(sys_days{2024_y / may / 10})}},
                                        150, 1370);
    CHECK(segment_spans(scale, metrics, 10).empty());
  }
  SECTION("the sample-like article's week beside its background has one") {
    const auto svg = render_svg_timeline(chronograph::test::sample_like_graph(), {});
    CHECK(span_labels(svg).size() == 3);
  }
  SECTION("a single day of news") {
    GraphData g;
    g.events.push_back(event_on("only", sys_days{2024_y / may / 1}, sys_days{2024_y / may / 1}));
    CHECK(render_svg_timeline(g, {}).find("segment-spans") == std::string::npos);
  }
}

TEST_CASE("t53 #51: a day on an axis ticked in hours is drawn from its midnight to the next", "[render][marks]") {
  // a semi-final told by the clock, the final two days on, the quarter-final before
  const sys_days friday = GENERATE(sys_days{2025_y / sep / 5}, sys_days{2024_y / jan / 26}, sys_days{2023_y / jul / 14});
  GraphData g;
  for (const auto& [id, minutes] : std::vector<std::pair<std::string, int>>{{"starts", 21 * 60 + 15}, {"ends", 24 * 60 + 38}}) {
    Event e = event_on(id, friday + days{minutes / 1440}, friday + days{minutes / 1440});
    e.time.value = fmt::format("{}T{:02}:{:02}", format("%F", friday + days{minutes / 1440}), minutes % 1440 / 60, minutes % 60);
    e.time.precision = chronograph::Precision::Instant;
    g.events.push_back(e);
  }
  g.events.push_back(event_on("final", friday + days{2}, friday + days{2}));
  g.events.push_back(event_on("quarter-final", friday - days{2}, friday - days{2}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(mark_of(svg, "final") == "rect point day");
  CHECK(mark_of(svg, "quarter-final") == "rect point day");
  // the clock times stay dots at their minute
  CHECK(mark_of(svg, "starts") == "circle point");
  CHECK(mark_of(svg, "ends") == "circle point");
  // the final's mark runs a whole day: from its midnight, as wide as from 'starts' to a day later
  CHECK(attribute_after(svg, "final", "width") > 30);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t53 #51: a day on an axis of years stays a dot", "[render][marks]") {
  GraphData g;
  g.events.push_back(event_on("born", sys_days{1871_y / jun / 3}, sys_days{1871_y / jun / 3}));
  g.events.push_back(event_on("dies", sys_days{1949_y / jan / 18}, sys_days{1949_y / jan / 18}));
  g.events.push_back(event_on("studies", sys_days{1889_y / jan / 1}, sys_days{1894_y / dec / 31}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(mark_of(svg, "born") == "circle point");
  CHECK(mark_of(svg, "dies") == "circle point");
}

TEST_CASE("t53 #50: two labels on one row keep a few spaces between them", "[render][labels]") {
  // a long label, then a bound known only as 'by' a later day, whose label ends at its mark:
  // wherever that day falls, the two labels share a row only with air between them
  const std::string title = GENERATE(std::string("Lindqvist joins Norwegian auroral expedition to Kautokeino"),
                                     std::string("Minister joins delegation to the regional summit in the north"));
  const sys_days start{2024_y / jan / 1};
  for (int gap_days = 20; gap_days <= 140; gap_days += 2) {
    GraphData g;
    g.events.push_back(event_on("long", start, start, title));
    Event by = event_on("by-event", start, start + days{gap_days}, "Lindqvist works");
    by.time.start.reset();
    g.events.push_back(by);
    g.events.push_back(event_on("later", start + days{150}, start + days{150}));
    const auto svg = render_svg_timeline(g, {});
    const auto [x0, y0, w0] = label_box(svg, "long");
    const auto [x1, y1, w1] = label_box(svg, "by-event");
    CAPTURE(gap_days, x0 + w0, x1);
    if (y0 == y1) CHECK(std::max(x1 - (x0 + w0), x0 - (x1 + w1)) >= 12);
  }
}
