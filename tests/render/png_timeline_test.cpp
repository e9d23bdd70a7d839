#include "render/png/png_timeline.h"

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "tests/render/sample_graphs.h"
#include "tests/support/shared_data.h"

using chronograph::render::render_png_timeline;
namespace test = chronograph::test;

namespace {
// Width and height from the PNG's IHDR chunk (big-endian, bytes 16..23).
std::pair<unsigned, unsigned> png_size(const std::string& png) {
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
  };
  return {be32(16), be32(20)};
}
}  // namespace

TEST_CASE("the png is the timeline at the asked scale", "[render][png]") {
  chronograph::render::TimelineOptions options;
  options.width = 900;
  const auto scale = GENERATE(1.0, 2.0);
  const auto png = render_png_timeline(test::sample_like_graph(), options, scale);
  REQUIRE(png.size() > 1000);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(png_size(png).first == static_cast<unsigned>(900 * scale));
  const auto dir = test::kBinaryDir / "tests" / "render" / "out";
  std::filesystem::create_directories(dir);
  chronograph::write_file_atomically(dir / (scale == 1.0 ? "sample.png" : "sample@2x.png"), png);
}

TEST_CASE("an svg librsvg cannot read is reported as a bug", "[render][png]") {
  CHECK_THROWS_WITH(chronograph::render::svg_to_png("<svg"), Catch::Contains("please report"));
}
