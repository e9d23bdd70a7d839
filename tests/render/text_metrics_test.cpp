#include "render/text_metrics/text_metrics.h"

#include <catch2/catch.hpp>

using chronograph::render::TextMetrics;

TEST_CASE("text widths come from the font, not a count of characters", "[render][metrics]") {
  TextMetrics metrics;
  const double narrow = metrics.width("iiiiiiiiii", 12), wide = metrics.width("WWWWWWWWWW", 12);
  CHECK(narrow > 10);
  CHECK(wide > 2.5 * narrow);
  CHECK(metrics.width("Biden", 24) == Approx(2 * metrics.width("Biden", 12)).epsilon(0.02));
  CHECK(metrics.width("Biden", 12, true) > metrics.width("Biden", 12));
  // DejaVu Sans: "0" advances 0.636 em (1303/2048).
  CHECK(metrics.width("0000000000", 10) == Approx(63.6).epsilon(0.01));
}

TEST_CASE("a title too long for its room is cut at a character with an ellipsis", "[render][metrics]") {
  TextMetrics metrics;
  const std::string title = "Président Zelensky s\u2019adresse au Parlement européen à Bruxelles";
  const auto cut = metrics.truncate(title, 12, 150);
  CHECK(metrics.width(cut, 12) <= 150);
  CHECK(cut.size() < title.size());
  CHECK(cut.substr(cut.size() - 3) == "\u2026");
  CHECK(metrics.truncate("short", 12, 150) == "short");
}
