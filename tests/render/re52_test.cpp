// re52 (tester t52): an incident's hour drawn in minutes (#46), labels with air at the right
// edge (#47), day ticks read off their own tick (#50), "shortly after midnight" told and drawn
// on the next day (#51).
#include <algorithm>
#include <cmath>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/common/interval.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"

using namespace date;
using chronograph::Precision;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::render::AxisExtent;
using chronograph::render::render_svg_timeline;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimelineOptions;
using chronograph::render::TimeScale;
namespace test = chronograph::test;

namespace {

double day_number(sys_days d) { return d.time_since_epoch().count(); }
double at_clock(sys_days d, int hours, int minutes) { return day_number(d) + (hours * 60 + minutes) / 1440.0; }

std::vector<std::string> labels(const std::vector<Tick>& ticks) {
  std::vector<std::string> out;
  for (const auto& tick : ticks) out.push_back(tick.label);
  return out;
}

// A post-mortem: a 2019 outage, the incident's minutes on one day, the article three days on
// with its "by" bounds, and remediation bars over the next weeks.
std::vector<AxisExtent> incident_story(sys_days incident, const std::vector<std::pair<int, int>>& clocks) {
  std::vector<AxisExtent> out{{day_number(sys_days{2019_y / jan / 1}), day_number(sys_days{2020_y / jan / 1})}};
  for (const auto& [h, m] : clocks) out.push_back({at_clock(incident, h, m), at_clock(incident, h, m) + 1.0 / 1440});
  const sys_days article = incident + days{3};
  for (int k = 0; k < 6; ++k) out.push_back({day_number(article), day_number(article) + 1, 0.25});
  out.push_back({day_number(article), day_number(article + days{50})});
  out.push_back({day_number(article), day_number(article + days{30})});
  return out;
}

Event event_at(const std::string& id, sys_days day, const std::string& value, Precision precision) {
  Event e;
  e.id = id;
  e.title = id;
  e.time.start = e.time.end = day;
  e.time.value = value;
  e.time.precision = precision;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

double attribute(const std::string& svg, const std::string& id, const std::string& name) {
  const std::regex pattern("id=\"ev-" + id + "\"[\\s\\S]*?" + name + "=\"([0-9.]+)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, pattern));
  return std::stod(match[1]);
}

// The right edges of the event labels, in the order drawn.
std::vector<double> event_label_rights(const std::string& svg) {
  std::vector<double> out;
  const std::regex box("class=\"label event-label\"[^>]*data-box=\"([0-9.]+) [0-9.]+ ([0-9.]+) [0-9.]+\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), box); it != std::sregex_iterator(); ++it)
    out.push_back(std::stod((*it)[1]) + std::stod((*it)[2]));
  return out;
}

double plot_right(const std::string& svg) {
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, std::regex("data-plot=\"[0-9.]+ ([0-9.]+)\"")));
  return std::stod(match[1]);
}

}  // namespace

TEST_CASE("re52 #46: an incident told minute by minute gets its own segment, its times told apart", "[render][axis]") {
  using Clocks = std::vector<std::pair<int, int>>;
  const auto [incident, clocks] = GENERATE(table<sys_days, Clocks>({
      {sys_days{2025_y / sep / 9}, Clocks{{14, 20}, {14, 32}, {14, 32}, {14, 35}, {15, 2}, {15, 2}, {15, 19}}},
      {sys_days{2024_y / mar / 2}, Clocks{{21, 5}, {21, 40}, {22, 10}, {23, 55}}},
      {sys_days{2023_y / jul / 30}, Clocks{{6, 0}, {6, 12}, {7, 45}, {8, 3}, {9, 30}}}}));
  TextMetrics metrics;
  const auto scale = TimeScale::build(incident_story(incident, clocks), 150, 1370);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  for (std::size_t i = 1; i < clocks.size(); ++i) {
    if (clocks[i] == clocks[i - 1]) continue;
    const double a = scale.x(at_clock(incident, clocks[i - 1].first, clocks[i - 1].second));
    const double b = scale.x(at_clock(incident, clocks[i].first, clocks[i].second));
    CHECK(b - a >= 16);
  }
  // the axis tells the hours ("14:35"), not only the day
  CHECK(std::any_of(ticks.begin(), ticks.end(), [](const Tick& t) { return t.label.find(':') != std::string::npos; }));
}

TEST_CASE("re52 #46: days of news a few days apart still share one segment", "[render][axis]") {
  // (whole days: a break inside a week of news would hide how far apart its days are)
  std::vector<AxisExtent> extents;
  for (int d : {1, 2, 3, 7, 8, 11, 12})
    extents.push_back({day_number(sys_days{2025_y / sep / d}), day_number(sys_days{2025_y / sep / d}) + 1});
  CHECK(TimeScale::build(extents, 150, 1370).segments().size() == 1);
}

TEST_CASE("re52 #50: a day's tick label sits centred on its tick, not pushed off it by a break", "[render][axis]") {
  // a strike story: background years, a dispute since 1 October, a ballot and the days around
  // the article of 9 January, the end of term in spring
  const auto start = GENERATE(sys_days{2025_y / oct / 1}, sys_days{2025_y / sep / 30}, sys_days{2025_y / oct / 3});
  std::vector<AxisExtent> extents{{day_number(sys_days{2022_y / jan / 1}), day_number(sys_days{2023_y / jan / 1})},
                                  {day_number(start), day_number(sys_days{2026_y / jan / 10})},
                                  {day_number(sys_days{2025_y / nov / 1}), day_number(sys_days{2025_y / dec / 1})}};
  for (const sys_days d : {sys_days{2025_y / oct / 20}, sys_days{2025_y / nov / 3}, sys_days{2025_y / nov / 17}})
    extents.push_back({day_number(d), day_number(d) + 1});
  for (int d : {5, 9, 9, 9, 12, 13})
    extents.push_back({day_number(sys_days{2026_y / jan / d}), day_number(sys_days{2026_y / jan / d}) + 1});
  extents.push_back({day_number(sys_days{2026_y / mar / 27}), day_number(sys_days{2026_y / mar / 28})});
  extents.push_back({day_number(sys_days{2026_y / may / 1}), day_number(sys_days{2026_y / jun / 1})});
  TextMetrics metrics;
  const auto scale = TimeScale::build(extents, 150, 1370);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  for (const auto& tick : ticks) {
    const bool day_label = !tick.label.empty() && std::isdigit(static_cast<unsigned char>(tick.label[0])) &&
                           tick.label.find(' ') != std::string::npos && tick.label.find(' ') <= 2;
    if (!tick.mark || !day_label) continue;
    CAPTURE(tick.label);
    CHECK(std::abs(tick.label_x + tick.label_width / 2 - tick.x) <= tick.label_width / 4);
  }
  // the bar's start is not drawn left of the tick before it, read at its label
  const double bar = scale.x(day_number(start));
  for (const auto& tick : ticks)
    if (tick.mark && tick.day < day_number(start) && tick.day > day_number(start) - 14) CHECK(tick.x <= bar);
}

TEST_CASE("re52 #50: a month or year label at a segment's start still names it", "[render][axis]") {
  // a tour year after a break: "Jan 2027" leans into the year it begins
  std::vector<AxisExtent> extents{{day_number(sys_days{2017_y / jan / 1}), day_number(sys_days{2019_y / jan / 1})}};
  for (int d : {1, 3, 3, 5, 9, 11})
    extents.push_back({day_number(sys_days{2026_y / dec / d}), day_number(sys_days{2026_y / dec / d}) + 1});
  extents.push_back({day_number(sys_days{2027_y / jan / 1}), day_number(sys_days{2028_y / jan / 1})});
  extents.push_back({day_number(sys_days{2027_y / apr / 1}), day_number(sys_days{2027_y / sep / 1})});
  TextMetrics metrics;
  const auto ticks = TimeScale::build(extents, 150, 1370).ticks(metrics, 11);
  const auto all = labels(ticks);
  INFO(fmt::format("{}", fmt::join(all, " | ")));
  CHECK(std::any_of(all.begin(), all.end(), [](const std::string& l) { return l.find("2027") != std::string::npos; }));
}

TEST_CASE("re52 #47: no event label runs to the plot's right edge", "[render][labels]") {
  const auto seed = GENERATE(range(1u, 9u));
  const auto width = GENERATE(1400, 900);
  TimelineOptions options;
  options.width = width;
  const std::string svg = render_svg_timeline(test::random_graph(30, seed, 2015, 2028), options);
  const double right = plot_right(svg);
  CHECK(test::layout_problems(test::read_boxes(svg)).empty());
  const auto rights = event_label_rights(svg);
  CHECK(rights.size() > 10);
  for (const double label_right : rights) {
    CAPTURE(seed, width);
    CHECK(label_right <= right - 8 + 0.05);
  }
}

TEST_CASE("re52 #47: a late event with a long title ends inside the plot, with air", "[render][labels]") {
  GraphData g;
  g.events.push_back(event_at("first-show", sys_days{2026_y / dec / 3}, "2026-12-03", Precision::Day));
  const auto last = GENERATE(as<std::string>{}, "Tour opens at Hollywood Bowl", "Band plays every weekend");
  g.events.push_back(event_at(last, sys_days{2027_y / apr / 17}, "2027-04-17", Precision::Day));
  const std::string svg = render_svg_timeline(g, {});
  const auto rights = event_label_rights(svg);
  REQUIRE(rights.size() == 2);
  CHECK(*std::max_element(rights.begin(), rights.end()) <= plot_right(svg) - 8 + 0.05);
  // (its label reaches the edge: without the air it would end on it)
  CHECK(*std::max_element(rights.begin(), rights.end()) >= plot_right(svg) - 8 - 0.05);
}

// (t55 #12: told on its own day, "<day>, 24:00"; a midnight that opens a day, "shortly after
// midnight", the tagger writes as that day's T00:00: midnight_opens_its_day in core/timex)
TEST_CASE("re52 #51: a T24:00 is drawn at the next day's start and told on its own day", "[render][dates]") {
  const auto day = GENERATE(sys_days{2025_y / nov / 21}, sys_days{2024_y / dec / 31}, sys_days{2024_y / feb / 28});
  const std::string iso = chronograph::format_iso_day(day);
  const std::string next_iso = chronograph::format_iso_day(day + days{1});
  GraphData g;
  g.events.push_back(event_at("draft-circulated", day, iso + "T24:00", Precision::Instant));
  g.events.push_back(event_at("next-day-start", day + days{1}, next_iso + "T00:00", Precision::Instant));
  g.events.push_back(event_at("evening-before", day, iso + "T20:00", Precision::Instant));
  const std::string svg = render_svg_timeline(g, {});
  CHECK(attribute(svg, "draft-circulated", "cx") == Approx(attribute(svg, "next-day-start", "cx")));
  CHECK(attribute(svg, "evening-before", "cx") < attribute(svg, "draft-circulated", "cx"));
  const std::regex date_of_draft("id=\"ev-draft-circulated\"[^>]*data-date=\"([^\"]*)\"");
  std::smatch match;
  REQUIRE(std::regex_search(svg, match, date_of_draft));
  CHECK(match[1] == chronograph::render::format_day_label(day_number(day), true) + ", 24:00");
}
