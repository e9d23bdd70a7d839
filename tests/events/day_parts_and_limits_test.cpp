// Times of day tied to their days, and dates that belong to something else than the verb: a part
// of the day on the date named after it, a midnight that opens its day, the time limit a deadline
// names, a figure's baseline counted from the report that gave the figure, and "a similar" event
// that is another one.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

// The event's start and end, which the test requires.
void check_on_day(const chronograph::graph::Event& event, sys_days day) {
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == day);
  CHECK(*event.time.end == day);
}

}  // namespace

TEST_CASE("a part of the day with 'on' and a date is on that date, and so is what happens then", "[events][anchors]") {
  const auto [text, name, value, verb] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Prime minister Marcelo Caetano surrendered in the early evening on April 25, 1974.",
       "early evening on April 25, 1974", "1974-04-25TEV", "surrendered"},
      {"The rebels seized the airport in the late afternoon on 9 October 1963.", "late afternoon on 9 October 1963",
       "1963-10-09TAF", "seized"},
      {"Troops entered the city at dawn on May 9, 1945.", "dawn on May 9, 1945", "1945-05-09TMO", "entered"},
  }));
  CAPTURE(text);
  const sys_days dct = 2024_y / apr / 25;
  CHECK(timex_value_in(text, name, dct) == value);
  check_on_day(event_with(graph_of_text(text, dct), verb), sys_days{year_month_day{
      year{std::stoi(value.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(value.substr(5, 2)))},
      day{static_cast<unsigned>(std::stoi(value.substr(8, 2)))}}});
}

TEST_CASE("a part of the day without a date after it stays on the day the story is at", "[events][anchors]") {
  const sys_days dct = 2024_y / apr / 25;
  CHECK(timex_value_in("Police moved in on April 2. By early evening the square was empty.", "early evening", dct) ==
        "2024-04-02TEV");
}

TEST_CASE("shortly after midnight is the start of the day, a midnight ahead its end", "[events][anchors]") {
  const sys_days dct = 2026_y / mar / 4;  // a Wednesday
  const auto [text, value] = GENERATE(table<std::string, std::string>({
      {"On April 25, 1974, shortly after midnight, a Lisbon radio station played the song.", "1974-04-25T00:00"},
      {"On Sunday, just after midnight, the fire spread to the roof.", "2026-03-01T00:00"},
      {"The fire broke out shortly after midnight on Sunday.", "2026-03-01T00:00"},
      {"The fire broke out shortly after midnight.", "2026-03-04T00:00"},
      // (a midnight ahead, or after the time the story is at, closes the day)
      {"Rain will reach Cardiff by about 5 p.m. It will turn heavier after midnight.", "2026-03-04T24:00"},
      {"The party began at 9 p.m. on Saturday. Shortly after midnight, police arrived.", "2026-02-28T24:00"},
      {"The count ended at midnight on Sunday.", "2026-03-01T24:00"},
      {"The deadline expires before midnight on Sunday.", "2026-03-08T24:00"},
  }));
  CAPTURE(text);
  const std::string name = text.find("midnight on Sunday") != std::string::npos ? "midnight on Sunday" : "midnight";
  CHECK(timex_value_in(text, name, dct) == value);
}

TEST_CASE("what happens before dawn or after dusk on a day is on that day", "[events][anchors]") {
  const sys_days dct = 2026_y / mar / 4;  // a Wednesday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Rescuers worked through the night and reached the girl before dawn on Tuesday.", "reached"},
      {"The convoy left the city after dusk on Tuesday.", "left"},
      {"Fishermen spotted the wreck shortly before sunrise on Tuesday.", "spotted"},
  }));
  CAPTURE(text);
  check_on_day(event_with(graph_of_text(text, dct), verb), 2026_y / mar / 3);
  // (a clock time still bounds: what happened before 9 a.m. may have happened days before)
  const auto& before_clock = event_with(graph_of_text("The convoy left the city before 9 a.m. on Tuesday.", dct), "left");
  CHECK_FALSE(before_clock.time.start);
}

TEST_CASE("a deadline's time lies ahead and dates the deadline, not its setting", "[events][anchors]") {
  const sys_days dct = 2025_y / nov / 14;  // a Friday
  const auto [text, name, value, verb, day] = GENERATE(table<std::string, std::string, std::string, std::string, sys_days>({
      {"The gang claimed responsibility on Thursday and set a deadline of midnight on Sunday, threatening to publish "
       "the data.",
       "midnight on Sunday", "2025-11-16T24:00", "set", 2025_y / nov / 13},
      {"The rebels seized the mine on Thursday and issued an ultimatum of Monday.", "Monday", "2025-11-17", "issued",
       2025_y / nov / 13},
      {"The union walked out on Thursday and gave the company a deadline of 5 p.m. on Tuesday.", "5 p.m. on Tuesday",
       "2025-11-18T17:00", "gave", 2025_y / nov / 13},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, name, dct) == value);
  // (set with what the first verb did that day, not at the limit)
  const auto& setting = event_with(graph_of_text(text, dct), verb);
  REQUIRE(setting.time.start);
  CHECK(*setting.time.start == day);
  CHECK((!setting.time.end || *setting.time.end <= dct));
  // (a day that is no time limit's keeps the clause's tense)
  CHECK(timex_value_in("The gang published the data of Sunday's victims.", "Sunday", dct) == "2025-11-09");
}

TEST_CASE("a figure's baseline counted back counts from the day its report gave the figure", "[events][anchors]") {
  const sys_days dct = 2026_y / mar / 4;  // a Wednesday
  const auto [text, name, value] = GENERATE(table<std::string, std::string, std::string>({
      {"The quake struck at 4:17 a.m. on Sunday. The agency said on Wednesday that the death toll had risen to 1,140, "
       "up from 860 a day earlier.",
       "a day earlier", "2026-03-03"},
      {"The fire began on Friday. Officials said on Tuesday that 40 homes had burned, up from 25 two days earlier.",
       "two days earlier", "2026-03-01"},
      // (no report in the sentence: from the day the story is at)
      {"The quake struck on Sunday. The death toll rose to 1,140, up from 860 a day earlier.", "a day earlier",
       "2026-02-28"},
      // (no figures compared: from the day the story is at too)
      {"The quake struck on Sunday. The agency said on Wednesday that a tremor had hit a day earlier.", "a day earlier",
       "2026-02-28"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, name, dct) == value);
}

TEST_CASE("'a similar' event is another one, neither the same nor simultaneous", "[events][coreference]") {
  const sys_days dct = 2025_y / nov / 14;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"A ransomware attack has crippled computer systems at Meridian Health. Last year, a similar attack on a "
       "pathology supplier disrupted London hospitals.",
       "crippled"},
      {"A ransomware attack has disrupted the hospital. Last year, a similar attack shut a clinic.", "disrupted"},
      {"A bomb has damaged the station. In 2019, a similar bomb killed six people.", "damaged"},
  }));
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  const auto& recent = event_with(g, verb);
  CHECK((!recent.time.start || *recent.time.start > sys_days{2024_y / dec / 31}));
}

TEST_CASE("a date on an adjective of a noun tells when the noun is so, not when the verb happened", "[events][anchors]") {
  const sys_days dct = 2025_y / aug / 14;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The board declared a final dividend of 42 cents a share, payable on September 25.", "declared"},
      {"The company declared a special dividend of 10 pence a share, payable on October 3.", "declared"},
      {"The insurer approved a payout of 2 million dollars, payable on January 5.", "approved"},
      {"The club signed the striker for a fee of 40 million euros, payable on June 30.", "signed"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  CHECK((!event.time.start || *event.time.start <= dct));
  // (a date on the verb itself still dates it, and so does one on an adjective no comma sets off)
  const auto& held = event_with(graph_of_text("The bank has held rates unchanged since March.", dct), "held");
  REQUIRE(held.time.start);
  CHECK(*held.time.start == sys_days{2025_y / mar / 1});
  check_on_day(event_with(graph_of_text("The board declared the dividend on Tuesday.", dct), "declared"), 2025_y / aug / 12);
}

TEST_CASE("a verb done at a dated occasion is done then, even a verb of planning", "[events][anchors]") {
  const sys_days dct = 2025_y / jul / 22;  // a Tuesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The festival will announce its full programme at a press conference in Rome on Thursday.", "announce",
       2025_y / jul / 24},
      {"The coach will announce the squad at a news conference on Friday.", "announce", 2025_y / jul / 25},
      {"The union will demand a pay rise at a rally in Leeds on Friday.", "demand", 2025_y / jul / 25},
  }));
  CAPTURE(text);
  check_on_day(event_with(graph_of_text(text, dct), verb), day);
  // (what a verb of planning takes as its object is still the thing planned, not the planning)
  const auto& scheduling = event_with(graph_of_text("The council has scheduled a vote on Thursday.", dct), "scheduled");
  CHECK((!scheduling.time.end || *scheduling.time.end <= dct));
}
