// The HTML page: the timeline it embeds, its cards and what its script is told.
#include <algorithm>
#include <cmath>
#include <date/date.h>
#include <fmt/format.h>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "render/html/html_timeline.h"
#include "render/timeline/svg_timeline.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/render/event_times.h"
#include "tests/support/shared_data.h"

using namespace date;
using chronograph::render::AxisExtent;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;
using chronograph::render::render_html_timeline;
namespace test = chronograph::test;

namespace {

chronograph::graph::Event event_on_day(const std::string& id, sys_days day) {
  chronograph::graph::Event e;
  e.id = id;
  e.title = "Event " + id;
  e.time.start = day;
  e.time.end = day;
  e.time.source = chronograph::graph::TimeSource::Explicit;
  return e;
}

// Three months of dated days: each drawn as a dot, until the page's zoom draws it across.
chronograph::graph::GraphData season_of_days(sys_days first) {
  chronograph::graph::GraphData g;
  for (int k = 0; k < 7; ++k) g.events.push_back(event_on_day("e" + std::to_string(k), first + days{13 * k}));
  return g;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

chronograph::DataDir staged() { return chronograph::DataDir::locate(); }

}  // namespace

TEST_CASE("re55: the page's timeline tells its script where each day lies and keeps legend room for a day drawn across",
          "[render][html]") {
  const sys_days first = GENERATE(sys_days{2025_y / feb / 3}, sys_days{2018_y / sep / 17});
  const auto graph = season_of_days(first);
  chronograph::render::TimelineOptions page;
  page.zoomable = true;
  const auto svg = chronograph::render::render_svg_timeline(graph, page);
  CHECK(count(svg, "data-day=\"") == 7);
  CHECK(svg.find("data-kind=\"point\"") != std::string::npos);
  // the entry a zoom may need, hidden until then: its swatch and its text
  CHECK(count(svg, "visibility=\"hidden\"") == 2);
  CHECK(svg.find("data-kind=\"day\" visibility=\"hidden\"") != std::string::npos);
  CHECK(chronograph::test::layout_problems(chronograph::test::read_boxes(svg)).empty());
  // the picture itself is the static timeline's
  const auto plain = chronograph::render::render_svg_timeline(graph, {});
  CHECK(plain.find("data-day=") == std::string::npos);
  CHECK(plain.find("data-kind=") == std::string::npos);
  CHECK(plain.find("visibility=") == std::string::npos);
}

TEST_CASE("re55: no legend room is kept where no day could be drawn across, nor twice", "[render][html]") {
  chronograph::render::TimelineOptions page;
  page.zoomable = true;
  SECTION("a week of days, already drawn across") {
    chronograph::graph::GraphData g;
    for (int k = 0; k < 5; ++k) g.events.push_back(event_on_day("d" + std::to_string(k), sys_days{2022_y / nov / 14} + days{k}));
    const auto svg = chronograph::render::render_svg_timeline(g, page);
    CHECK(count(svg, "data-kind=\"day\"") == 1);
    CHECK(svg.find("visibility=\"hidden\"") == std::string::npos);
  }
  SECTION("periods only") {
    chronograph::graph::GraphData g;
    auto spell = event_on_day("spell", sys_days{2020_y / jan / 6});
    spell.time.end = sys_days{2020_y / mar / 30};
    g.events.push_back(spell);
    const auto svg = chronograph::render::render_svg_timeline(g, page);
    CHECK(svg.find("data-kind=\"day\"") == std::string::npos);
    CHECK(svg.find("data-day=") == std::string::npos);
  }
}

TEST_CASE("the html page is one self-contained file with the svg, the cards and the script", "[render][html]") {
  const auto html = render_html_timeline(test::sample_like_graph(), {}, staged());
  const auto dir = test::kBinaryDir / "tests" / "render" / "out";
  std::filesystem::create_directories(dir);
  chronograph::write_file_atomically(dir / "sample.html", html);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(html.find("id=\"chronograph-data\"") != std::string::npos);
  CHECK(html.find("\"Biden and Putin hold video call\"") != std::string::npos);
  // Nothing is fetched at view time.
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  // The page's SVG is the timeline's drawn for zooming, laid out as cleanly.
  const auto begin = html.find("<svg"), end = html.find("</svg>");
  REQUIRE(end != std::string::npos);
  const auto svg = html.substr(begin, end + 6 - begin);
  chronograph::render::TimelineOptions zoomable;
  zoomable.zoomable = true;
  CHECK(svg + "\n" == chronograph::render::render_svg_timeline(test::sample_like_graph(), zoomable));
  CHECK(test::layout_problems(test::read_boxes(svg)).empty());
}

TEST_CASE("a card's sentence is split around its trigger for highlighting", "[render][html]") {
  const auto html = render_html_timeline(test::sample_like_graph(), {}, staged());
  CHECK(html.find("[\"Joe Biden and Vladimir Putin will hold a video \",\"call\",\" on Tuesday.\"]") !=
        std::string::npos);
}

TEST_CASE("text that looks like a closing script tag cannot end the page's script early", "[render][html]") {
  auto g = test::sample_like_graph();
  g.events[0].title = "</script><script>alert(1)</script>";
  const auto html = render_html_timeline(g, {}, staged());
  CHECK(html.find("</script><script>alert(1)") == std::string::npos);
}

TEST_CASE("the html page says where its script is missing", "[render][html]") {
  const auto empty = test::kBinaryDir / "tests" / "render" / "no-data";
  std::filesystem::create_directories(empty / "data");
  CHECK_THROWS_WITH(render_html_timeline(test::sample_like_graph(), {}, chronograph::DataDir(empty)),
                    Catch::Contains("timeline.css"));
}
