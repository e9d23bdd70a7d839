// re54 (testers t53, t54): the legend names a point as the drawing shows it on every axis
// scale (a dot for a day, a day-wide bar where the axis is ticked in hours, a dot for a clock
// time); a segment made for one day that holds clock times is ticked in hours (t54 #68); a
// long mark that did not happen is struck along its middle, not corner to corner (t54 #69).
#include <algorithm>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "render/timeline/svg_timeline.h"
#include "tests/render/svg_check.h"

using namespace date;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;

namespace {

Event event_on(const std::string& id, sys_days start, sys_days end) {
  Event e;
  e.id = id;
  e.title = "Event " + id;
  e.time.start = start;
  e.time.end = end;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

Event event_at(const std::string& id, sys_days day, int minutes) {
  Event e = event_on(id, day, day);
  e.time.value = fmt::format("{}T{:02}:{:02}", format("%F", day), minutes / 60, minutes % 60);
  e.time.precision = chronograph::Precision::Instant;
  return e;
}

// The legend's entries as (swatch element, text), left to right.
std::vector<std::pair<std::string, std::string>> legend_entries(const std::string& svg) {
  std::vector<std::string> swatches, texts;
  const auto legend_at = svg.find("<g class=\"legend\">");
  REQUIRE(legend_at != std::string::npos);
  const std::string legend = svg.substr(legend_at, svg.find("</g>", legend_at) - legend_at);
  const std::regex swatch("<(circle|rect|path) class=\"mark legend-mark\"([^>]*)/>"), rx("rx=\"([0-9.]+)\"");
  for (auto it = std::sregex_iterator(legend.begin(), legend.end(), swatch); it != std::sregex_iterator(); ++it) {
    const std::string attributes = (*it)[2];
    std::smatch round;
    swatches.push_back(std::regex_search(attributes, round, rx) ? fmt::format("{} rx={}", (*it)[1].str(), round[1].str())
                                                                 : (*it)[1].str());
  }
  const std::regex text("class=\"label legend\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator(); ++it)
    texts.push_back((*it)[1]);
  REQUIRE(swatches.size() == texts.size());
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < texts.size(); ++i) out.emplace_back(swatches[i], texts[i]);
  return out;
}

std::vector<std::string> point_texts(const std::string& svg) {
  std::vector<std::string> out;
  for (const auto& [swatch, text] : legend_entries(svg))
    if (text.starts_with("a day") || text.starts_with("a time")) out.push_back(swatch + ": " + text);
  return out;
}

}  // namespace

TEST_CASE("re54: on an axis ticked in hours the legend shows a day as the day-wide bar it is drawn", "[render][legend]") {
  // a match told by the clock, the final and the quarter-final days around it
  const sys_days friday = GENERATE(sys_days{2025_y / sep / 5}, sys_days{2024_y / jan / 26}, sys_days{2023_y / jul / 14});
  GraphData g;
  g.events.push_back(event_at("starts", friday, 21 * 60 + 15));
  g.events.push_back(event_at("ends", friday + days{1}, 38));
  g.events.push_back(event_on("final", friday + days{2}, friday + days{2}));
  g.events.push_back(event_on("quarter-final", friday - days{2}, friday - days{2}));
  const auto svg = render_svg_timeline(g, {});
  REQUIRE(svg.find("class=\"mark point day\"") != std::string::npos);
  CHECK(point_texts(svg) == std::vector<std::string>{"circle: a time of day",
                                                     "rect rx=4.5: a day: from its midnight to the next"});
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("re54: only days on an axis ticked in hours: no dot in the legend", "[render][legend]") {
  const sys_days start = GENERATE(sys_days{2025_y / sep / 3}, sys_days{2026_y / feb / 27});
  GraphData g;
  for (int d = 0; d < 4; ++d)
    g.events.push_back(event_on(fmt::format("day-{}", d), start + days{d}, start + days{d}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(point_texts(svg) == std::vector<std::string>{"rect rx=4.5: a day: from its midnight to the next"});
}

TEST_CASE("re54: days on an axis of months or years stay a dot in the legend", "[render][legend]") {
  GraphData g;
  g.events.push_back(event_on("born", sys_days{1871_y / jun / 3}, sys_days{1871_y / jun / 3}));
  g.events.push_back(event_on("dies", sys_days{1949_y / jan / 18}, sys_days{1949_y / jan / 18}));
  g.events.push_back(event_on("studies", sys_days{1889_y / jan / 1}, sys_days{1894_y / dec / 31}));
  const auto svg = render_svg_timeline(g, {});
  CHECK(point_texts(svg) == std::vector<std::string>{"circle: a day"});
}

TEST_CASE("re54: clock times beside days: the legend names every kind of point drawn, and no other", "[render][legend]") {
  // half a year or a month of news, one day of it told by the clock
  const int step = GENERATE(14, 3, 1);
  GraphData g;
  const sys_days first = 2024_y / mar / 1;
  for (int d = 0; d < 10 * step; d += step)
    g.events.push_back(event_on(fmt::format("day-{}", d), first + days{d}, first + days{d}));
  g.events.push_back(event_at("alarm", first + days{10}, 14 * 60 + 32));
  g.events.push_back(event_at("all-clear", first + days{10}, 16 * 60 + 5));
  const auto svg = render_svg_timeline(g, {});
  bool day_dot = false, day_across = false;
  for (const auto& event : g.events) {
    if (event.id == "alarm" || event.id == "all-clear") continue;
    const std::regex mark("id=\"ev-" + event.id + "\"[\\s\\S]*?<(circle|rect) class=\"mark point");
    std::smatch match;
    REQUIRE(std::regex_search(svg, match, mark));
    (match[1] == "circle" ? day_dot : day_across) = true;
  }
  std::vector<std::string> expected{day_dot ? "circle: a day or a time of day" : "circle: a time of day"};
  if (day_across) expected.push_back("rect rx=4.5: a day: from its midnight to the next");
  CHECK(point_texts(svg) == expected);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

namespace {

std::vector<std::string> tick_labels(const std::string& svg) {
  std::vector<std::string> out;
  const std::regex tick("class=\"label tick-label\"[^>]*>([^<]*)<");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), tick); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

bool says_a_clock_time(const std::string& label) {
  return std::regex_search(label, std::regex("(^| )[0-2][0-9]:[0-5][0-9]$"));
}

}  // namespace

TEST_CASE("t54 #68: a day of a race told by the clock, beside months of background, is ticked in hours", "[render][axis]") {
  // last year's race and a record months before; on race day the start, the finish, the winner's day
  const auto [race, start, finish] = GENERATE(table<sys_days, int, int>({
      {sys_days{2025_y / sep / 28}, 9 * 60 + 15, 11 * 60 + 18},
      {sys_days{2024_y / apr / 21}, 10 * 60, 12 * 60 + 5},
      {sys_days{2026_y / nov / 1}, 8 * 60 + 30, 14 * 60 + 45}}));
  GraphData g;
  g.events.push_back(event_on("record", race - days{700}, race - days{700}));
  g.events.push_back(event_on("last-year", race - days{364}, race - days{364}));
  g.events.push_back(event_at("start", race, start));
  g.events.push_back(event_at("finish", race, finish));
  g.events.push_back(event_on("wins", race, race));
  const auto svg = render_svg_timeline(g, {});
  const auto labels = tick_labels(svg);
  CHECK(std::count_if(labels.begin(), labels.end(), says_a_clock_time) >= 2);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
}

TEST_CASE("t54 #68: a segment made for one day without clock times is still named once", "[render][axis]") {
  const sys_days race = GENERATE(sys_days{2025_y / sep / 28}, sys_days{2024_y / apr / 21});
  GraphData g;
  g.events.push_back(event_on("record", race - days{700}, race - days{700}));
  g.events.push_back(event_on("last-year", race - days{364}, race - days{364}));
  g.events.push_back(event_on("wins", race, race));
  const auto labels = tick_labels(render_svg_timeline(g, {}));
  CHECK(std::none_of(labels.begin(), labels.end(), says_a_clock_time));
}

namespace {

// The strike over event `id`'s mark: its ends' heights.
std::pair<double, double> strike_of(const std::string& svg, const std::string& id) {
  const std::regex strike("id=\"ev-" + id + "\"[^]*?<line class=\"strike\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\" "
                          "x2=\"[0-9.]+\" y2=\"([0-9.]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, strike));
  return {std::stod(match[1]), std::stod(match[2])};
}

Event negated(Event e) {
  e.modality = chronograph::graph::Modality::Negated;
  return e;
}

}  // namespace

TEST_CASE("t54 #69: a long mark that did not happen is struck along its middle, a dot corner to corner", "[render][marks]") {
  GraphData g;
  // "does not race again" over a year, across a break, beside a day that did happen and one that did not
  g.events.push_back(negated(event_on("not-race-again", sys_days{2025_y / jan / 1}, sys_days{2025_y / dec / 31})));
  g.events.push_back(event_on("record", sys_days{2023_y / oct / 8}, sys_days{2023_y / oct / 8}));
  g.events.push_back(negated(event_on("no-injury", sys_days{2023_y / may / 2}, sys_days{2023_y / may / 2})));
  g.events.push_back(event_on("race", sys_days{2025_y / sep / 28}, sys_days{2025_y / sep / 28}));
  Event bound = negated(event_on("not-think", sys_days{2025_y / sep / 28}, sys_days{2025_y / sep / 28}));
  bound.time.start.reset();
  g.events.push_back(bound);
  const auto svg = render_svg_timeline(g, {});
  const auto [bar_y1, bar_y2] = strike_of(svg, "not-race-again");
  CHECK(bar_y1 == bar_y2);
  const auto [fade_y1, fade_y2] = strike_of(svg, "not-think");
  CHECK(fade_y1 == fade_y2);
  const auto [dot_y1, dot_y2] = strike_of(svg, "no-injury");
  CHECK(dot_y1 > dot_y2);
}
