#include "core/pipeline/dateline.h"

#include <string>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/documents/document_reader.h"

using namespace chronograph;
using namespace chronograph::core;
using namespace date;

namespace {

const TimexTagger& tagger() {
  static const TimexTagger t = TimexTagger::load(DataDir::locate());
  return t;
}

}  // namespace

TEST_CASE("a dateline or byline date near the top is the document's date", "[pipeline][dct]") {
  const auto [text, day] = GENERATE(table<std::string, sys_days>({
      {"Strike at the port\n\nROTTERDAM, Monday 14 March 2022 \u2014 Dock workers walked out on Monday.",
       2022_y / mar / 14},
      {"Published: March 14, 2022\nDock workers walked out on Monday.", 2022_y / mar / 14},
      {"Published: March 14, 2022 10:32 GMT\nDock workers walked out on Monday.", 2022_y / mar / 14},
      {"By Ann Lee | 2 February 2019 | 10:32\n\nThe council voted.", 2019_y / feb / 2},
      {"LAGOS, Nigeria (AP) - Oct. 3, 1998 - Fuel prices rose on Friday.", 1998_y / oct / 3},
      {"Talks resume\n2023-05-06\nThe two sides met again.", 2023_y / may / 6},
      {"Mar 14, 2022 8:05 AM ET\nOil prices rose on Monday.", 2022_y / mar / 14},
      {"Bridge collapse\n\nBALTIMORE, March 26, 2024 (AP) \u2014 A ship struck the bridge on Tuesday.", 2024_y / mar / 26},
      {"PARIS, 3 June 2024 (Agence France-Presse) - Talks resumed.", 2024_y / jun / 3}}));
  CAPTURE(text);
  const auto found = dateline_date(tagger(), text);
  REQUIRE(found);
  CHECK(found->day == day);
  CHECK(text.find(found->text) != std::string::npos);
}

TEST_CASE("a date inside a sentence, a partial date or one far down is no dateline", "[pipeline][dct]") {
  const auto text = GENERATE(as<std::string>{},
                             "The deal was signed on 12 March 2013 at the ministry.",
                             "Officials said on 12 March 2013 that the port would close.",
                             "ROTTERDAM, March 2022 \u2014 Dock workers walked out.",
                             "ROTTERDAM, Monday \u2014 Dock workers walked out.",
                             "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\n14 March 2022\nEight.",
                             "ROTTERDAM, 30 February 2022 \u2014 Dock workers walked out.",
                             "Local elections 2 May 2024: what you need to know\nVoters go to the polls.",
                             "Local elections 2 May 2024 (UK): what you need to know\nVoters go to the polls.",
                             "The vote on 2 May 2024 (a Thursday) decided it.",
                             std::string(900, 'x') + " LONDON, 14 March 2022 \u2014 Markets fell.",
                             "");
  CHECK_FALSE(dateline_date(tagger(), text));
}

TEST_CASE("only documents without a date take their dateline's", "[pipeline][dct]") {
  std::vector<Document> documents(2);
  documents[0].text = "PARIS, 4 December 2021 \u2014 Talks ended.";
  documents[1].text = "PARIS, 4 December 2021 \u2014 Talks ended.";
  documents[1].dct = sys_days{2021_y / dec / 10};
  documents[1].dct_source = DctSource::CommandLine;
  const auto found = date_from_datelines(documents, tagger());
  CHECK(documents[0].dct == sys_days{2021_y / dec / 4});
  CHECK(documents[0].dct_source == DctSource::Dateline);
  CHECK(found[0]);
  CHECK(documents[1].dct == sys_days{2021_y / dec / 10});
  CHECK(documents[1].dct_source == DctSource::CommandLine);
  CHECK_FALSE(found[1]);
}

TEST_CASE("a dateline on the first line gives the title to the headline after it", "[pipeline][dct]") {
  const auto [text, title] = GENERATE(table<std::string, std::string>({
      {"LONDON (AP) \u2014 Wednesday 4 December 2024\n\nRail workers announce strike\n\nRail workers will strike.",
       "Rail workers announce strike"},
      {"Published: June 20, 2024\n\nSinger found guilty of assault\n\nA jury found the singer guilty.",
       "Singer found guilty of assault"},
      // no headline after it: no title rather than the dateline
      {"Published: June 20, 2024\n\nA jury found the singer guilty on Wednesday.", ""},
      // a headline above the dateline stays the title
      {"Rail workers announce a strike\n\nLONDON, 4 December 2024 \u2014 Rail workers will strike.",
       "Rail workers announce a strike"},
  }));
  CAPTURE(text);
  std::vector<Document> documents(1);
  documents[0].text = text;
  documents[0].title = headline_of(text);
  date_from_datelines(documents, tagger());
  CHECK(documents[0].title == title);
}

TEST_CASE("a dateline with a month and day but no year dates nothing and says which date to give", "[pipeline][dct]") {
  const auto [text, month_day] = GENERATE(table<std::string, std::string>({
      {"Chip maker cuts jobs\n\nSAN JOSE, Calif., Feb 14 (Reuters) - Lumen Systems said on Tuesday it would cut jobs.", "02-14"},
      {"LONDON, March 3 - Shares fell on Friday.", "03-03"},
      {"By Ann Lee | 2 September | 10:32\n\nThe council voted.", "09-02"}}));
  CAPTURE(text);
  CHECK_FALSE(dateline_date(tagger(), text));
  const auto partial = yearless_dateline(tagger(), text);
  REQUIRE(partial);
  CHECK(partial->month_day == month_day);
  CHECK(text.find(partial->text) != std::string::npos);
  // a month and day inside a sentence is no dateline
  CHECK_FALSE(yearless_dateline(tagger(), "The council met on March 3 and voted against the plan."));
}

// re52 #53: a dateline's date in parentheses, or a weekday alone, is found and told as found.
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
