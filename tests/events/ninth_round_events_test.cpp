// Event and title misreadings found on a ninth round of unseen articles, each tested on the
// sentence it was found on and on variants the fix was not written for, with a case that must
// stay as it is.
#include <algorithm>
#include <cctype>
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool has_modality(const graph::GraphData& g, graph::Modality modality) {
  return std::any_of(g.events.begin(), g.events.end(), [&](const graph::Event& e) { return e.modality == modality; });
}

void check_month(const graph::Event& event, year_month month) {
  INFO(event.title);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == sys_days{month / 1});
  CHECK(*event.time.end == sys_days{month / last});
}

}  // namespace

TEST_CASE("a counted plural of an event's kind is not the one event of that kind told before", "[events]") {
  const auto [text, one, several, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Kestrel said it would begin a large trial of its drug early next year. In March, another company stopped two "
       "large trials of a similar drug.", "trial", "trials", "two large trials"},
      {"The union said it would hold a strike at the port next month. In May, dockers at another port held three "
       "strikes over pay.", "strike", "strikes", "three strikes"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2019_y / oct / 7);
  const auto& counted = event_with(g, several);
  CHECK_FALSE(has_mention(counted, one));
  CHECK(counted.modality == graph::Modality::Actual);
  CHECK(lower(counted.title).find(title) != std::string::npos);
  CHECK(events_with_mention(g, one) == 1);
}

TEST_CASE("a singular event noun told again is still the event told before", "[events]") {
  const auto g = graph_of_text("Kestrel said it would begin a large trial of its drug early next year. The trial will "
                               "enrol 300 patients.", 2019_y / oct / 7);
  CHECK(events_with_mention(g, "trial") == 1);
}

TEST_CASE("a participle before a number and a compound whose plural the tagger read as a verb is the sentence's past", "[events]") {
  const sys_days dct = 2023_y / aug / 31;
  const auto [text, title, month] = GENERATE(table<std::string, std::string, year_month>({
      {"In April, the company recalled 45,000 pickup trucks over a brake line.",
       "Company recalls 45,000 pickup trucks over brake line", 2023_y / apr},
      {"In June, the firm recalled 30,000 delivery trucks over a steering fault.",
       "Firm recalls 30,000 delivery trucks over steering fault", 2023_y / jun},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& recall = event_with(g, "recalled", title);
  check_month(recall, month);
  CHECK(events_with_mention(g, "trucks") == 0);
}

TEST_CASE("two recalls joined by 'and' are two events, each with its month and the company", "[events]") {
  const auto g = graph_of_text("In April, the company recalled 45,000 pickup trucks over a brake line that could crack, "
                               "and in June it recalled about 8,000 electric sedans.", 2023_y / aug / 31);
  check_month(event_with(g, "recalled", "45,000 pickup trucks"), 2023_y / apr);
  const auto& sedans = event_with(g, "recalled", "8,000 electric sedans");
  check_month(sedans, 2023_y / jun);
  CHECK(has_actor(sedans, "company"));
}

TEST_CASE("a participle with an object of its own before a later verb keeps its parse", "[events]") {
  const auto g = graph_of_text("In April, the carmaker recalled 12,000 cargo vans over a faulty latch.", 2023_y / aug / 31);
  check_month(event_with(g, "recalled", "Carmaker recalls 12,000 cargo vans"), 2023_y / apr);
}

TEST_CASE("an infinitive a verb of trying governs is the trying's aim, which its date dates", "[events]") {
  const sys_days dct = 2026_y / apr / 18;  // a Saturday
  const auto [text, trying, aim, day] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"Tugboats tried to pull the vessel free on Friday but failed.", "tried", "pull", 2026_y / apr / 17},
      {"Rescuers attempted to reach the climbers on Sunday but failed.", "attempted", "reach", 2026_y / apr / 12},
      {"The firm sought to block the merger in court on Monday.", "sought", "block", 2026_y / apr / 13},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& attempt = event_with(g, trying);
  CHECK(has_mention(attempt, aim));
  CHECK(attempt.modality == graph::Modality::Actual);
  check_day(attempt, day);
  CHECK_FALSE(has_modality(g, graph::Modality::Possible));
}

TEST_CASE("an infinitive a verb of threatening governs stays an event of its own", "[events]") {
  const auto g = graph_of_text("The union threatened to strike on Monday.", 2026_y / apr / 18);
  CHECK_FALSE(has_mention(event_with(g, "threatened"), "strike"));
  CHECK(event_with(g, "strike").modality == graph::Modality::Possible);
}

TEST_CASE("a gerund a verb of counsel or proposal takes is what it puts forward, which may not be done", "[events]") {
  const auto [text, gerund] = GENERATE(table<std::string, std::string>({
      {"The review recommended closing unprofitable stores.", "closing"},
      {"The board proposed cutting 200 jobs.", "cutting"},
      {"Consultants advised selling the unit.", "selling"},
      {"The panel urged scrapping the tax.", "scrapping"},
      {"The council considered closing two libraries.", "closing"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / jan / 15);
  CHECK(event_with(g, gerund).modality == graph::Modality::Possible);
}

TEST_CASE("a gerund after 'tried' or 'stopped' tells what was done", "[events]") {
  const auto [text, gerund] = GENERATE(table<std::string, std::string>({
      {"The crew tried restarting the engine.", "restarting"},
      {"The company stopped selling the drug.", "selling"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / jan / 15);
  CHECK(event_with(g, gerund).modality == graph::Modality::Actual);
}

TEST_CASE("'compared with' a time names a comparison's other term, no event", "[events]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Revenue dropped 18 percent in the third quarter compared with a year earlier.", "dropped"},
      {"Sales rose 5 percent in March compared to a year earlier.", "rose"},
      {"Profit fell 3 percent in the second quarter compared with the same period last year.", "fell"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / jan / 15);
  CHECK(events_with_mention(g, "compared") == 0);
  CHECK(g.events.size() == 1);
  event_with(g, verb);
}

TEST_CASE("a verb of comparing with a subject of its own is an event", "[events]") {
  const auto g = graph_of_text("Analysts compared the two plans on Monday.", 2024_y / jan / 15);
  CHECK(events_with_mention(g, "compared") == 1);
}

TEST_CASE("a counted time ending a subject's relative clause belongs to that clause", "[events]") {
  const auto [text, verb, title] = GENERATE(table<std::string, std::string, std::string>({
      {"An investigation that lasted six months blamed a software error.", "blamed", "Investigation blames software error"},
      {"A strike that lasted three weeks closed the port.", "closed", "Strike closes port"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / nov / 9);
  event_with(g, verb, title);
}

TEST_CASE("a past verb the tagger read as a noun before a closing ', which' clause is the sentence's verb", "[events]") {
  const auto [text, title, year] = GENERATE(table<std::string, std::string, int>({
      {"The bank cut rates too quickly in 2008, which allowed inflation to return two years later.", "Bank cuts rates", 2008},
      {"The city cut taxes in 2015, which led to a budget gap.", "City cuts taxes", 2015},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2021_y / dec / 16);
  const auto& cut = event_with(g, "cut", title);
  CHECK(cut.title == title);
  REQUIRE(cut.time.start);
  CHECK(*cut.time.start == sys_days{date::year{year} / jan / 1});
}

TEST_CASE("a title keeps the 'no' of an 'of' phrase", "[events]") {
  const auto [text, title] = GENERATE(table<std::string, std::string>({
      {"The vote of no confidence is scheduled for Wednesday.", "Vote of no confidence scheduled"},
      {"The motion of no confidence failed on Monday.", "Motion of no confidence fails"},
      {"The vote of confidence is scheduled for Wednesday.", "Vote of confidence scheduled"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / mar / 13);
  CHECK(std::any_of(g.events.begin(), g.events.end(), [&](const graph::Event& e) { return e.title == title; }));
}

TEST_CASE("a title keeps a name's '&' and the words after it", "[events]") {
  const auto [text, verb, title] = GENERATE(table<std::string, std::string, std::string>({
      {"Two years ago, Harlow hired the consulting firm Baxter & Lane to review its store network.", "hired",
       "Harlow hires consulting firm Baxter & Lane"},
      {"In May, Orbis bought the law firm Pratt & Rowe.", "bought", "Orbis buys law firm Pratt & Rowe"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / jan / 15);
  CHECK(event_with(g, verb).title == title);
}
