// re52 #53: a dateline's date in parentheses, or a weekday alone, is found and told as found.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/pipeline/dateline.h"

using namespace chronograph;
using namespace chronograph::core;
using namespace date;

namespace {
const TimexTagger& tagger() {
  static const TimexTagger t = TimexTagger::load(DataDir::locate());
  return t;
}
}  // namespace

TEST_CASE("re52 #53: a yearless date in parentheses after the place is a dateline that says which date to give",
          "[pipeline][dct]") {
  const auto [text, month_day, shown] = GENERATE(table<std::string, std::string, std::string>({
      {"Band announces tour\n\nLOS ANGELES (Dec. 3) \u2014 Nova Heights will return to the road.", "12-03", "Dec. 3"},
      {"NAIROBI ( March 14 ) - Rains closed the roads on Friday.", "03-14", "March 14"},
      {"Storm hits coast\n\nMIAMI (Aug 30) | The storm came ashore.", "08-30", "Aug 30"}}));
  CAPTURE(text);
  CHECK_FALSE(dateline_date(tagger(), text));
  const auto partial = yearless_dateline(tagger(), text);
  REQUIRE(partial);
  CHECK(partial->month_day == month_day);
  CHECK(partial->text == shown);
}

TEST_CASE("re52 #53: a full date in parentheses after the place dates the article", "[pipeline][dct]") {
  const auto found = dateline_date(tagger(), "LOS ANGELES (Dec. 3, 2026) \u2014 Nova Heights will return to the road.");
  REQUIRE(found);
  CHECK(found->day == sys_days{2026_y / dec / 3});
}

TEST_CASE("re52 #53: a weekday alone in a dateline is found, with no month and day", "[pipeline][dct]") {
  const auto text = GENERATE(as<std::string>{}, "EU hits back\n\nBRUSSELS, Thursday \u2014 The Union will impose duties.",
                             "GENEVA, Monday - Talks resumed.");
  CAPTURE(text);
  const auto partial = yearless_dateline(tagger(), text);
  REQUIRE(partial);
  CHECK(partial->month_day.empty());
  CHECK(text.find(partial->text) != std::string::npos);
}

TEST_CASE("re52 #53: a date or weekday in parentheses inside a sentence is no dateline", "[pipeline][dct]") {
  const auto text = GENERATE(as<std::string>{},
                             "The council, which first met in the old town hall (March 3) and again later, voted no.",
                             "Lecturers walk out on the first day of the strike (Thursday) - said the union.",
                             "The council met on March 3 and voted against the plan.");
  CAPTURE(text);
  CHECK_FALSE(yearless_dateline(tagger(), text));
  CHECK_FALSE(dateline_date(tagger(), text));
}
