// A dated event's sentence starts a narrative: the next sentences about the same actor, in the
// simple past and naming no time of their own, tell what happened then
// (core/links/narrative_continuation.h).
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

namespace {

const sys_days kDct = 2024_y / May / 16;  // a Thursday

bool dated_to(const chronograph::graph::Event& event, sys_days start, sys_days end) {
  return event.time.start == start && event.time.end == end;
}

}  // namespace

TEST_CASE("the sentences after a dated one take its day when they tell what the same actor did", "[events][narrative]") {
  const auto [text, later] = GENERATE(table<std::string, std::string>({
      {"The prime minister arrived in Nairobi on Wednesday. She opened a new embassy.", "opened"},
      {"The prime minister arrived in Nairobi on Wednesday. She opened a new embassy and met President Ruto.", "met"},
      {"Maria Lopez won the regional title on Wednesday. Lopez beat the defending champion in straight sets.", "beat"},
      {"The senator spoke in Ohio on Wednesday. The senator promised new funding for schools.", "promised"},
      // (a sentence in the present is told beside the narrative and does not end it)
      {"The band played in Leeds on Wednesday. There are 40 dates on the tour. They closed with an old hit.", "closed"},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, kDct), later), 2024_y / May / 15);
}

TEST_CASE("a narrative carries a month or a year as well as a day", "[events][narrative]") {
  const auto g = graph_of_text("Acme Corp shut its Ohio plant in March. The company laid off 300 workers. It sold the site "
                               "to a developer.", kDct);
  check_span(event_with(g, "laid"), 2024_y / March / 1, 2024_y / March / 31);
  check_span(event_with(g, "sold"), 2024_y / March / 1, 2024_y / March / 31);
  const auto rebels = graph_of_text("The rebels seized the town in 2019. They looted the bank.", kDct);
  check_span(event_with(rebels, "looted"), 2019_y / January / 1, 2019_y / December / 31);
}

TEST_CASE("what lasts, told after a dated event, starts within its date and may run past it", "[events][narrative]") {
  const auto g = graph_of_text("The rebels seized the town in 2019. They held it for a year.", kDct);
  const auto& held = event_with(g, "held");
  REQUIRE(held.time.start);
  CHECK(*held.time.start == 2019_y / January / 1);
  CHECK(held.time.end != std::optional<sys_days>(2019_y / December / 31));
}

TEST_CASE("a narrative's date is not given where the text moves away from it or to someone else", "[events][narrative]") {
  const auto [text, later] = GENERATE(table<std::string, std::string>({
      {"The minister resigned on Wednesday. He had faced questions over his expenses for months.", "faced"},
      {"The minister resigned on Wednesday. He later joined a lobbying firm.", "joined"},
      {"The minister resigned on Wednesday. He previously ran a bank.", "ran"},
      {"Her paper was published on Wednesday. It was initially rejected by two journals.", "rejected"},
      {"The minister resigned on Wednesday. The opposition welcomed the move.", "welcomed"},
      // (someone else's deed ends the narrative for the sentences after it too)
      {"The minister resigned on Wednesday. The opposition welcomed the move. He thanked his staff.", "thanked"},
      {"The minister resigned on Wednesday. He will be replaced by his deputy. The party praised him.", "praised"},
      {"The minister resigned on Wednesday. He met his lawyers on Monday. He thanked his staff.", "thanked"},
      // (a time of day dates one moment, not what follows it)
      {"The minister resigned at 3 p.m. on Wednesday. He left the building.", "left"},
      // (too far: five sentences of background between)
      {"The minister resigned on Wednesday. There are 20 ministers. The cabinet meets weekly. Its rules are strict. "
       "Its members are elected. Its budget is large. He thanked his staff.",
       "thanked"},
  }));
  CAPTURE(text);
  CHECK_FALSE(dated_to(event_with(graph_of_text(text, kDct), later), 2024_y / May / 15, 2024_y / May / 15));
}

TEST_CASE("an event the narrative tells as not done or not yet done takes no date from it", "[events][narrative]") {
  const auto [text, later] = GENERATE(table<std::string, std::string>({
      {"The minister resigned on Wednesday. He did not give a reason.", "give"},
      {"The minister resigned on Wednesday. He might return to business.", "return"},
  }));
  CAPTURE(text);
  CHECK_FALSE(dated_to(event_with(graph_of_text(text, kDct), later), 2024_y / May / 15, 2024_y / May / 15));
}

TEST_CASE("a later sentence with its own date starts a new narrative", "[events][narrative]") {
  const auto g = graph_of_text("The minister arrived in Rome on Monday. She met the pope. She flew to Paris on Wednesday. "
                               "She opened a summit.", kDct);
  check_day(event_with(g, "met"), 2024_y / May / 13);
  check_day(event_with(g, "opened"), 2024_y / May / 15);
}

TEST_CASE("a time of a clause below the main verb is not the sentence's own", "[events][narrative]") {
  const auto [text, later] = GENERATE(table<std::string, std::string>({
      {"The minister arrived in Nairobi on Wednesday. She promised that the embassy would open in 2026.", "promised"},
      {"The minister arrived in Nairobi on Wednesday. She promised that the embassy would open in 2026. She met "
       "President Ruto.",
       "met"},
      {"Jobs gave his keynote on Wednesday. He promised the new system would ship in March. He demoed the software.", "demoed"},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, kDct), later), 2024_y / May / 15);
  // (the clause keeps its own date)
  const auto g = graph_of_text("The minister arrived in Nairobi on Wednesday. She promised that the embassy would open "
                               "in 2026.", kDct);
  check_span(event_with(g, "open"), 2026_y / January / 1, 2026_y / December / 31);
}

TEST_CASE("after someone else's deed, the actor's name takes the narrative up again", "[events][narrative]") {
  const auto [text, later] = GENERATE(table<std::string, std::string>({
      {"The minister resigned on Wednesday. The opposition welcomed the move. The minister thanked his staff.", "thanked"},
      {"Maria Lopez won the regional title on Wednesday. Her coach praised her. Lopez thanked the crowd.", "thanked"},
      {"Jobs spoke at the conference on Wednesday. The cases were priced at $29 before the speech. Jobs promised "
       "refunds.",
       "promised"},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, kDct), later), 2024_y / May / 15);
}

TEST_CASE("another actor's deed on the same date joins the narrative, on another date starts its own", "[events][narrative]") {
  const auto same = graph_of_text("Jobs spoke at the conference on Wednesday. The new laptop was released on Wednesday. "
                                  "Jobs praised the new laptop.", kDct);
  check_day(event_with(same, "praised"), 2024_y / May / 15);
  const auto other = graph_of_text("Jobs spoke at the conference on Wednesday. The new laptop was released on Monday. "
                                   "Jobs praised the new laptop.", kDct);
  const auto& called = event_with(other, "praised");
  CHECK_FALSE(dated_to(called, 2024_y / May / 15, 2024_y / May / 15));
  CHECK_FALSE(dated_to(called, 2024_y / May / 13, 2024_y / May / 13));
}

TEST_CASE("a backstory interrupted by someone else's deed is not taken up again", "[events][narrative]") {
  // (the article's news, within a week before its date, is: see above)
  const auto [text, later] = GENERATE(table<std::string, std::string>({
      {"Lumen cut 800 jobs in March. Analysts lowered their forecasts. Lumen promised that sales would recover.", "promised"},
      {"Mr Hart approved the scheme on 2 April. His donor had given money in 2022. Mr Hart apologised to his officials.",
       "apologised"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, kDct), later);
  CHECK_FALSE(dated_to(event, 2024_y / March / 1, 2024_y / March / 31));
  CHECK_FALSE(dated_to(event, 2024_y / April / 2, 2024_y / April / 2));
}

TEST_CASE("a time in a phrase that places the main event is its own, not a complement's", "[events][narrative]") {
  const auto g = graph_of_text("Mr Hart resigned on Wednesday. In a text sent on 14 March, Mr Hart promised a developer "
                               "that the scheme would pass.", kDct);
  CHECK_FALSE(dated_to(event_with(g, "promised"), 2024_y / May / 15, 2024_y / May / 15));
}

TEST_CASE("he or she does not continue what a company did", "[events][narrative]") {
  const auto g = graph_of_text("Lumen Labs cut 800 jobs in March. \"The price is too high,\" said Tom Becker, an analyst. He "
                               "lowered his forecast.", kDct);
  CHECK_FALSE(dated_to(event_with(g, "lowered"), 2024_y / March / 1, 2024_y / March / 31));
  // (but "it" does, and "she" continues what a person did)
  check_span(event_with(graph_of_text("Lumen Labs cut 800 jobs in March. It closed two plants.", kDct), "closed"),
             2024_y / March / 1, 2024_y / March / 31);
  check_span(event_with(graph_of_text("Maria Lopez won the title in March. She thanked the crowd.", kDct), "thanked"),
             2024_y / March / 1, 2024_y / March / 31);
}
