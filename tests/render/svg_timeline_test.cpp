#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_text.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/atomic_file.h"
#include "tests/render/event_times.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/support/shared_data.h"

using namespace date;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;
using chronograph::render::TimelineOptions;
namespace test = chronograph::test;

namespace {

void require_clean_layout(const std::string& svg) {
  const auto boxes = test::read_boxes(svg);
  const auto problems = test::layout_problems(boxes);
  INFO(fmt::format("{} problems, first: {}", problems.size(), problems.empty() ? "" : problems.front()));
  CHECK(problems.empty());
  CHECK(boxes.labels.size() > 0);
}

// Every timeline SVG this file draws is written here and checked: no two labels overlap, no
// label overlaps a mark, none leaves the canvas (the acceptance test of issue 7).
std::filesystem::path written(const std::string& name, const std::string& svg) {
  const auto dir = test::kBinaryDir / "tests" / "render" / "out";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  chronograph::write_file_atomically(path, svg);
  INFO(path.string());
  require_clean_layout(svg);
  return path;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

GraphData one_event_graph(sys_days start, sys_days end) {
  GraphData g;
  chronograph::graph::Event e;
  e.id = "the-event";
  e.title = "The one event of this test";
  e.time.start = start;
  e.time.end = end;
  g.events.push_back(e);
  return g;
}

// One-day events "PREFIX-D" on days `first`, `first + step`, ... up to `last` of `month`.
void add_news_days(GraphData& g, date::year_month month, int first, int last, int step, const std::string& prefix) {
  for (int day = first; day <= last; day += step) {
    chronograph::graph::Event e;
    e.id = fmt::format("{}-{}", prefix, day);
    e.title = fmt::format("News of day {}", day);
    e.time.start = e.time.end = sys_days{month / day};
    g.events.push_back(e);
  }
}

// The x of the point that draws event `id`.
double point_x(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  REQUIRE(at != std::string::npos);
  // The middle of its mark: a dot's centre, or of a day drawn across its hours (a pill)
  const auto x0 = svg.find("data-x0=\"", at), x1 = svg.find("data-x1=\"", at);
  return (std::stod(svg.substr(x0 + 9)) + std::stod(svg.substr(x1 + 9))) / 2;
}

}  // namespace

TEST_CASE("the sample-like timeline matches its golden SVG", "[render][golden]") {
  const auto svg = render_svg_timeline(test::sample_like_graph(), {});
  written("sample.svg", svg);
  const auto golden = test::kSourceDir / "tests" / "golden" / "render" / "sample_timeline.svg";
  if (const char* update = std::getenv("CHRONOGRAPH_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    chronograph::write_file_atomically(golden, svg);
    WARN("rewrote " << golden.string());
  }
  REQUIRE(std::filesystem::exists(golden));
  CHECK(svg == chronograph::read_file(golden));
}

TEST_CASE("the same graph always gives the same bytes", "[render]") {
  const auto g = test::random_graph(60, 7);
  CHECK(render_svg_timeline(g, {}) == render_svg_timeline(g, {}));
}

TEST_CASE("labels of the sample-like timeline overlap nothing and stay on the canvas", "[render][layout]") {
  const auto lanes = GENERATE(TimelineOptions::Lanes::Actor, TimelineOptions::Lanes::Class,
                              TimelineOptions::Lanes::None);
  TimelineOptions options;
  options.lanes = lanes;
  const auto svg = render_svg_timeline(test::sample_like_graph(), options);
  written(fmt::format("sample-lanes-{}.svg", static_cast<int>(lanes)), svg);
}

TEST_CASE("labels of random graphs of 1 to 1,000 events overlap nothing and stay on the canvas", "[render][layout]") {
  const auto [events, seed] = GENERATE(table<std::size_t, std::uint32_t>(
      {{1, 1}, {1, 2}, {10, 3}, {10, 4}, {100, 5}, {100, 6}, {1000, 7}}));
  const auto width = GENERATE(1400, 600);
  TimelineOptions options;
  options.width = width;
  const auto svg = render_svg_timeline(test::random_graph(events, seed), options);
  written(fmt::format("random-{}-{}-{}.svg", events, seed, width), svg);
}

TEST_CASE("a layout checker catches overlapping labels", "[render][layout]") {
  const std::string svg =
      "<svg viewBox=\"0 0 100 50\"><text class=\"label\" data-box=\"10 10 30 12\">a</text>"
      "<text class=\"label\" data-box=\"30 15 30 12\">b</text>"
      "<text class=\"label\" data-box=\"90 30 30 12\">c</text></svg>";
  const auto problems = test::layout_problems(test::read_boxes(svg));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "label 'c' leaves the 100x50 canvas");
  CHECK(problems[1] == "label 'a' overlaps label 'b'");
}

TEST_CASE("dates from 500 BCE to 9999 lay out and BCE years read BCE", "[render][layout]") {
  auto g = test::random_graph(40, 11, -499, 9999);
  g.events.front().time.start = g.events.front().time.end = sys_days{year{-499} / mar / 15};
  const auto svg = render_svg_timeline(g, {});
  written("bce-to-9999.svg", svg);
  CHECK(svg.find(" BCE") != std::string::npos);
}

TEST_CASE("a graph of one day and of a BCE range lay out", "[render][layout]") {
  const auto [start, end] = GENERATE(table<sys_days, sys_days>({
      {sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}},
      {sys_days{year{-499} / jan / 1}, sys_days{year{-499} / dec / 31}},
      {sys_days{9999_y / dec / 31}, sys_days{9999_y / dec / 31}},
  }));
  const auto svg = render_svg_timeline(one_event_graph(start, end), {});
  written(fmt::format("one-event-{}.svg", start.time_since_epoch().count()), svg);
  CHECK(svg.find("The one event of this test") != std::string::npos);
}

TEST_CASE("events said to the minute lie at their minute of the day, in order, and their labels say it", "[render][layout]") {
  GraphData g;
  const sys_days day = 2025_y / nov / 20;
  for (int hour = 1; hour <= 23; hour += 2) {
    chronograph::graph::Event e;
    e.id = fmt::format("at-{:02}", hour);
    e.title = fmt::format("Step at {} hours", hour);
    e.time.start = e.time.end = day;
    e.time.precision = chronograph::Precision::Instant;
    e.time.value = fmt::format("2025-11-20T{:02}:{:02}", hour, hour * 2);
    g.events.push_back(e);
  }
  const auto svg = render_svg_timeline(g, {});
  written("minutes-of-a-day.svg", svg);
  const auto boxes = test::read_boxes(svg);
  CHECK(test::layout_problems(boxes).empty());
  for (int hour = 1; hour <= 23; hour += 2)
    CHECK(svg.find(fmt::format("20 Nov 2025, {:02}:{:02}", hour, hour * 2)) != std::string::npos);
  // (each step's mark at an x of its own, not all at the day's)
  std::set<long> xs;
  for (const auto& mark : boxes.marks) xs.insert(std::lround(mark.x));
  CHECK(xs.size() >= 12);
  // (a day with no time of day is still the whole day)
  CHECK(chronograph::render::describe_date(g.events.front().time) == "20 Nov 2025, 01:02");
  g.events.front().time.value = "2025-11-20TNI";
  CHECK_FALSE(chronograph::render::clock_of(g.events.front().time));
  CHECK(chronograph::render::describe_date(g.events.front().time) == "20 Nov 2025, night");
}

TEST_CASE("a clock is told as written, T24:00 on its own day, drawn at the next day's 00:00", "[render][dates]") {
  using chronograph::render::clock_of;
  using chronograph::render::describe_date;
  const auto at = chronograph::test::clock_time;
  // (t55 #12: T24:00 is the midnight that closes its day, told on that day and drawn where the next
  // day's 00:00 is; a midnight that opens a day, "shortly after midnight", the tagger writes T00:00)
  CHECK(describe_date(at(sys_days{2025_y / nov / 20}, "2025-11-20T24:00")) == "20 Nov 2025, 24:00");
  CHECK(describe_date(at(sys_days{2001_y / feb / 28}, "2001-02-28T24:00")) == "28 Feb 2001, 24:00");
  CHECK(*clock_of(at(sys_days{2025_y / nov / 20}, "2025-11-20T24:00")) == Approx(1.0));
  CHECK(describe_date(at(sys_days{2025_y / nov / 20}, "2025-11-20T23:59")) == "20 Nov 2025, 23:59");
  CHECK(describe_date(at(sys_days{2025_y / nov / 20}, "2025-11-20T00:00")) == "20 Nov 2025, 00:00");
  CHECK(describe_date(at(sys_days{2025_y / oct / 24}, "2025-10-24T09:34")) == "24 Oct 2025, 09:34");
  CHECK(describe_date(at(sys_days{2025_y / oct / 24}, "2025-10-24T09:34:30")) == "24 Oct 2025, 09:34");
}

TEST_CASE("an empty graph draws an empty timeline with a message", "[render]") {
  const auto svg = render_svg_timeline(GraphData{}, {});
  written("empty.svg", svg);
  CHECK(svg.find("No events or time expressions were found") != std::string::npos);
  CHECK(count(svg, "class=\"event ") == 0);
}

TEST_CASE("without events the time expressions found are drawn, labelled with their text", "[render]") {
  GraphData g;
  g.documents.push_back({"doc", "doc.txt", "A text never seen", sys_days{2019_y / may / 2}});
  chronograph::graph::TimexInfo last_week{"doc", "t1", 10, 19, "last week", "DATE", "2019-W17", "", "", {}, "", ""};
  last_week.interval = chronograph::Interval{sys_days{2019_y / apr / 22}, sys_days{2019_y / apr / 28},
                                             chronograph::Precision::Week};
  chronograph::graph::TimexInfo someday{"doc", "t2", 30, 37, "someday", "DATE", "FUTURE_REF", "", "", {}, "", ""};
  g.timexes = {last_week, someday};
  const auto svg = render_svg_timeline(g, {});
  written("timexes.svg", svg);
  CHECK(svg.find("\u201clast week\u201d") != std::string::npos);
  CHECK(svg.find("\u201csomeday\u201d") != std::string::npos);
  CHECK(svg.find("No events extracted yet") != std::string::npos);
  CHECK(count(svg, "class=\"mark bar\"") == 1);
}

TEST_CASE("events without a date go to the undated strip, not onto the axis", "[render]") {
  GraphData g = one_event_graph(sys_days{2020_y / feb / 2}, sys_days{2020_y / feb / 2});
  chronograph::graph::Event undated;
  undated.id = "floating";
  undated.title = "Something happened at some time";
  g.events.push_back(undated);
  const auto svg = render_svg_timeline(g, {});
  CHECK(svg.find(">Undated</text>") != std::string::npos);
  CHECK(count(svg, "class=\"event actual undated\"") == 0);
  CHECK(count(svg, "class=\"event m-actual undated\"") == 1);
  CHECK(count(svg, "undated-mark") == 1);
}

TEST_CASE("a one-sided date fades toward its open side", "[render]") {
  auto g = test::sample_like_graph();
  const auto svg = render_svg_timeline(g, {});
  const auto at = svg.find("id=\"ev-intelligence-finding\"");
  REQUIRE(at != std::string::npos);
  const auto group = svg.substr(at, svg.find("</g>", at) - at);
  CHECK(group.find("url(#fade-left-") != std::string::npos);
  CHECK(group.find("by 3 Dec 2021") != std::string::npos);  // its latest day
}

TEST_CASE("an event going on at the article's date is drawn there, fading both ways", "[render]") {
  auto g = test::sample_like_graph();
  REQUIRE(g.documents.front().dct);
  auto building = g.events.front();
  building.id = "troop-build-up";
  building.title = "Russia builds up troops";
  building.time = {};
  building.time.value = std::string(chronograph::graph::kGoingOnValue);
  building.time.source = chronograph::graph::TimeSource::Dct;
  g.events.push_back(building);
  const auto svg = render_svg_timeline(g, {});
  const auto at = svg.find("id=\"ev-troop-build-up\"");
  REQUIRE(at != std::string::npos);
  const auto group = svg.substr(at, svg.find("</g>", at) - at);
  CHECK(group.find("class=\"going-on\"") != std::string::npos);
  CHECK(group.find(fmt::format("as of {}", "4 Dec 2021")) != std::string::npos);
  CHECK(svg.find("going on at the article&#39;s date: fades both ways") != std::string::npos);  // the legend
  require_clean_layout(svg);
  // without a document date it stays undated
  g.documents.front().dct.reset();
  const auto undated = render_svg_timeline(g, {});
  const auto again = undated.find("id=\"ev-troop-build-up\"");
  REQUIRE(again != std::string::npos);
  CHECK(undated.substr(again, undated.find("</g>", again) - again).find("undated") != std::string::npos);
}

TEST_CASE("modalities are drawn differently and the legend says how", "[render]") {
  const auto svg = render_svg_timeline(test::sample_like_graph(), {});
  CHECK(svg.find("planned: hollow") != std::string::npos);
  CHECK(svg.find("possible: pale, dashed") != std::string::npos);
  const auto call = svg.find("id=\"ev-video-call\"");
  REQUIRE(call != std::string::npos);
  CHECK(svg.find("fill=\"#ffffff\"", call) < svg.find("</g>", call));
}

TEST_CASE("edges can be switched off or limited to one family", "[render]") {
  const auto g = test::sample_like_graph();
  const auto edges = GENERATE(table<TimelineOptions::Edges, std::size_t>({{TimelineOptions::Edges::None, 0},
                                                                          {TimelineOptions::Edges::Temporal, 1},
                                                                          {TimelineOptions::Edges::Causal, 4},
                                                                          {TimelineOptions::Edges::All, 5}}));
  TimelineOptions options;
  options.edges = std::get<0>(edges);
  CHECK(count(render_svg_timeline(g, options), "class=\"edge ") == std::get<1>(edges));
}

TEST_CASE("a range from the overrides' view hides the events outside it", "[render]") {
  TimelineOptions options;
  options.range = chronograph::Interval{sys_days{2021_y / nov / 1}, sys_days{2021_y / dec / 31},
                                        chronograph::Precision::Unknown};
  const auto svg = render_svg_timeline(test::sample_like_graph(), options);
  written("sample-range.svg", svg);
  CHECK(svg.find("id=\"ev-geneva-summit\"") == std::string::npos);
  CHECK(svg.find("id=\"ev-video-call\"") != std::string::npos);
  CHECK(svg.find("2 outside the chosen range, not shown") != std::string::npos);
}

TEST_CASE("custom lanes follow the overrides' list and gather the rest under Other", "[render]") {
  auto g = test::sample_like_graph();
  g.events[0].lane = "Diplomacy";
  g.events[2].lane = "Military";
  TimelineOptions options;
  options.lanes = TimelineOptions::Lanes::Custom;
  options.custom_lanes = {"Military", "Diplomacy"};
  const auto svg = render_svg_timeline(g, options);
  written("sample-custom-lanes.svg", svg);
  const auto military = svg.find("data-lane=\"Military\""), diplomacy = svg.find("data-lane=\"Diplomacy\""),
             other = svg.find("data-lane=\"Other\"");
  REQUIRE(military != std::string::npos);
  REQUIRE(diplomacy != std::string::npos);
  REQUIRE(other != std::string::npos);
  CHECK(military < diplomacy);
  CHECK(diplomacy < other);
}

TEST_CASE("tooltips carry each event's sentence, escaped", "[render]") {
  const auto svg = render_svg_timeline(test::random_graph(3, 1), {});
  CHECK(svg.find("&amp; &lt;markup&gt; &quot;quoted&quot;") != std::string::npos);
}

// The segment of the axis's data-segments ("day0 day1 x0 x1;...") drawing pixel `x`, or -1.
int segment_at(const std::string& svg, double x) {
  const auto at = svg.find("data-segments=\"");
  REQUIRE(at != std::string::npos);
  std::istringstream in(svg.substr(at + 15, svg.find('"', at + 15) - at - 15));
  std::string segment;
  for (int i = 0; std::getline(in, segment, ';'); ++i) {
    double day0, day1, x0, x1;
    std::istringstream(segment) >> day0 >> day1 >> x0 >> x1;
    if (x >= x0 - 0.5 && x <= x1 + 0.5) return i;
  }
  return -1;
}

// The left edge of the mark that draws event `id`.
double mark_x0(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  REQUIRE(at != std::string::npos);
  const auto x0 = svg.find("data-x0=\"", at);
  return std::stod(svg.substr(x0 + 9));
}

TEST_CASE("issue 40: a bar over most of the span starts where it starts, across a break from a readable week of news", "[render][axis]") {
  GraphData g = one_event_graph(sys_days{2019_y / jan / 1}, sys_days{2025_y / feb / 18});
  add_news_days(g, 2025_y / feb, 11, 18, 3, "launch-news");
  const auto svg = render_svg_timeline(g, {});
  written("long-bar.svg", svg);
  // 2019 in a segment of its own, the bar drawn from it across the break into the week of news
  CHECK(count(svg, "class=\"break\"") == 1);
  CHECK(count(svg, "class=\"runs-on\"") == 0);
  CHECK(segment_at(svg, mark_x0(svg, "the-event")) == 0);
  CHECK(svg.find(">1 Jan 2019<") != std::string::npos);
  // the week of news gets most of the width: 11 and 17 February are far apart
  CHECK(point_x(svg, "launch-news-17") - point_x(svg, "launch-news-11") > 300);
  // the bar is cut where it crosses the break, and the points are not
  CHECK(count(svg, "class=\"bar-cut\"") == 1);
}

TEST_CASE("a bar that ends before a break, or lies inside one segment, is not cut", "[render][axis]") {
  GraphData g = one_event_graph(sys_days{2019_y / jan / 1}, sys_days{2019_y / mar / 1});
  add_news_days(g, 2025_y / feb, 11, 18, 3, "news");
  const auto svg = render_svg_timeline(g, {});
  CHECK(count(svg, "class=\"break\"") >= 1);
  CHECK(count(svg, "class=\"bar-cut\"") == 0);
}

TEST_CASE("a year-long bar beside a few days of news gets a segment of its own, whole", "[render][axis]") {
  GraphData g = one_event_graph(sys_days{2024_y / jan / 1}, sys_days{2024_y / dec / 31});
  add_news_days(g, 2025_y / mar, 3, 5, 1, "news");
  const auto svg = render_svg_timeline(g, {});
  written("year-bar.svg", svg);
  // one break, between the year's end and March; the year is not cut into its two ends
  CHECK(count(svg, "class=\"break\"") == 1);
  CHECK(svg.find(">2 Jan 2024<") == std::string::npos);
  CHECK(count(svg, "class=\"runs-on\"") == 0);
  CHECK(segment_at(svg, mark_x0(svg, "the-event")) == 0);
  // the days of news get most of the width, as wide as a day is ever drawn
  CHECK(point_x(svg, "news-5") - point_x(svg, "news-3") >= 150);
  CHECK(segment_at(svg, point_x(svg, "news-5")) == 1);
  CHECK(mark_x0(svg, "news-3") > 1370 / 2);
}

TEST_CASE("a struck-through label is kept for a title that does not already say 'not'", "[render]") {
  const auto [title, says_not] = GENERATE(table<std::string, bool>({
      {"Oyelaran does not concede", true},
      {"No one injured in blast", true},
      {"Talks never resume", true},
      {"Union won't strike", true},
      {"Scheduled vote", false},
      {"Notable concert cancelled", false},
  }));
  CAPTURE(title);
  GraphData g = one_event_graph(sys_days{2023_y / nov / 1}, sys_days{2023_y / nov / 1});
  g.events[0].title = title;
  g.events[0].modality = chronograph::graph::Modality::Negated;
  const std::string svg = render_svg_timeline(g, {});
  CHECK((svg.find("class=\"event m-negated says-not\"") != std::string::npos) == says_not);
}

TEST_CASE("a lane name too long for its column is drawn as the actor's known alias that fits", "[render][lanes]") {
  const GraphData g = chronograph::test::actors_graph({{"U.S. Federal Trade Commission", {"FTC"}},
                                    {"Competition and Markets Authority", {"the authority's panel of inquiry", "CMA"}},
                                    {"Maritime and Transport Safety Investigation Board", {}},
                                    {"European Commission", {"EC"}},
                                    {"Halvorsen Foods International Holdings", {"Halvorsen Foods", "HF"}}},
                                   sys_days{2026_y / nov / 4});
  for (const int width : {1400, 900}) {
    TimelineOptions options;
    options.width = width;
    const auto svg = render_svg_timeline(g, options);
    written(fmt::format("lane-aliases-{}.svg", width), svg);
    const auto names = test::lane_labels(svg);
    REQUIRE(names.size() == 5);
    // (the alias when the name does not fit; the longest alias that fits; the name when no alias
    // fits, whole in a wider lane column where a quarter of the canvas holds it, else cut; the
    // whole name when it fits)
    CHECK(names[0] == "FTC");
    CHECK(names[1] == "CMA");
    if (width == 1400) {
      CHECK(names[2] == "Maritime and Transport Safety Investigation Board");
    } else {
      CHECK(names[2].ends_with("\u2026"));
      CHECK(names[2].starts_with("Maritime and"));
    }
    CHECK(names[3] == "European Commission");
    CHECK(names[4] == "Halvorsen Foods");
  }
}

TEST_CASE("a long label is cut only where something follows it in its row", "[render][labels]") {
  const std::string title =
      "Two men cut through a first-floor window with a disc cutter and climb in from a basket lift on the quay";
  // The long one and a step on the first day, a last step `later` days on, at the plot's right.
  const auto raid = [&](sys_days first, int later) {
    GraphData g;
    for (int i = 0; i < 3; ++i) {
      chronograph::graph::Event e;
      e.id = fmt::format("step-{}", i);
      e.title = i == 0 ? title : fmt::format("Step {}", i);
      e.time.start = e.time.end = first + days{i == 2 ? later : 0};
      e.time.precision = chronograph::Precision::Day;
      g.events.push_back(e);
    }
    return g;
  };
  const auto draw = [&](const GraphData& g, int width) {
    TimelineOptions options;
    options.width = width;
    const auto svg = render_svg_timeline(g, options);
    written(fmt::format("long-label-{}.svg", width), svg);
    return svg;
  };
  for (const auto& [width, first, later] : std::vector<std::tuple<int, sys_days, int>>{
           {1400, sys_days{2025_y / oct / 19}, 30}, {1600, sys_days{2031_y / mar / 2}, 9}, {2000, sys_days{1999_y / dec / 30}, 120}}) {
    INFO(width);
    const auto svg = draw(raid(first, later), width);
    // (the title's own tspan, after the date's, ends the label: drawn whole, nothing cut)
    CHECK(svg.find("on the quay</tspan>") != std::string::npos);
    CHECK(svg.find("\u2026</tspan>") == std::string::npos);
  }
  // A plot narrower than the label still cuts it, clear of the last step.
  const auto narrow = draw(raid(sys_days{2025_y / oct / 19}, 30), 700);
  CHECK(narrow.find("on the quay</tspan>") == std::string::npos);
  CHECK(narrow.find("\u2026</tspan>") != std::string::npos);
}

namespace {

// The data-box ("x y w h") of event `id`'s label.
test::Box event_label_box(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  REQUIRE(at != std::string::npos);
  const auto label = svg.find("event-label", at);
  const auto box = svg.find("data-box=\"", label);
  test::Box out;
  std::istringstream(svg.substr(box + 10)) >> out.x >> out.y >> out.w >> out.h;
  return out;
}

}  // namespace

TEST_CASE("a lane's rows read down in date order where a later label reaches back under an earlier one", "[render][lanes]") {
  // A day of events before the article, and bounds known only to end on its date ("by 24
  // Oct"), whose long labels reach back over the days: the days come first, top down.
  for (const auto& [dct, width] : std::vector<std::pair<sys_days, int>>{
           {sys_days{2025_y / oct / 24}, 1400}, {sys_days{2019_y / mar / 3}, 1100}, {sys_days{2030_y / dec / 31}, 1800}}) {
    GraphData g;
    std::vector<std::pair<std::string, sys_days>> dated;  // id, the day it is drawn at
    for (const int before : {32, 28, 26, 17, 15}) {
      chronograph::graph::Event e;
      e.id = fmt::format("day-{}", before);
      e.title = fmt::format("Gang films the window from the street, {} days before", before);
      e.time.start = e.time.end = dct - days{before};
      e.time.precision = chronograph::Precision::Day;
      g.events.push_back(e);
      dated.emplace_back(e.id, dct - days{before});
    }
    for (int k = 0; k < 4; ++k) {
      chronograph::graph::Event e;
      e.id = fmt::format("bound-{}", k);
      e.title = fmt::format("Investigators fear the pieces may already have been melted down and sold, number {}", k);
      e.time.end = dct;
      e.time.source = chronograph::graph::TimeSource::Dct;
      g.events.push_back(e);
      dated.emplace_back(e.id, dct);
    }
    TimelineOptions options;
    options.width = width;
    const auto svg = render_svg_timeline(g, options);
    written(fmt::format("rows-in-date-order-{}.svg", width), svg);
    for (const auto& [a, day_a] : dated)
      for (const auto& [b, day_b] : dated) {
        if (!(day_a < day_b)) continue;
        const auto box_a = event_label_box(svg, a), box_b = event_label_box(svg, b);
        // (the later one starts at or left of the earlier and they meet: it is drawn under it)
        const bool meet = box_a.x < box_b.x + box_b.w && box_b.x < box_a.x + box_a.w;
        INFO(a << " and " << b);
        if (meet && box_b.x <= box_a.x) CHECK(box_a.y < box_b.y);
      }
  }
}
