#include "render/html/html_timeline.h"

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "tests/render/sample_graphs.h"
#include "tests/render/svg_check.h"
#include "tests/support/shared_data.h"

using chronograph::render::render_html_timeline;
namespace test = chronograph::test;

namespace {
chronograph::DataDir staged() { return chronograph::DataDir::locate(); }
}  // namespace

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
