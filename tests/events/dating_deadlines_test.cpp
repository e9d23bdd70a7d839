// Deadlines: what 'by', 'due' and a deadline date bound, and which event the bound belongs to.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/events/lexicon.h"
#include "core/links/event_anchors.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::EventLexicon;
using chronograph::graph::EdgeType;
using chronograph::graph::Modality;

namespace {

// The words of the events the sentence's time expressions date.
std::vector<std::string> dated_words(const std::string& text, sys_days dct) {
  chronograph::core::Document document = chronograph::core::parse_text_document(text, "test.txt");
  document.id = "test";
  document.dct = dct;
  const auto analysis = chronograph::test::pipeline().analyse(std::move(document));
  std::vector<std::string> words;
  for (const auto& anchor : chronograph::core::anchor_events(analysis.tokens, analysis.events, analysis.timexes, dct))
    words.push_back(analysis.tokens.tokens[analysis.events.events[anchor.event].token].text);
  return words;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The interval of the time expression `text` in the graph's timexes (none when it has none).
std::optional<chronograph::Interval> interval_of_timex(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& timex : g.timexes)
    if (timex.text == text) return timex.interval;
  FAIL("no time expression '" << text << "'");
  return std::nullopt;
}

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

const sys_days kDct{2025_y / May / 14};

}  // namespace

TEST_CASE("t49 18: a time set off after 'By the time they arrived' dates the arrival, and the main verb by then",
          "[events][dt50]") {
  const sys_days dct = 2023_y / February / 14;
  const auto [text, arrival, done] = GENERATE(table<std::string, std::string, std::string>({
      {"Officers were called to the museum at 3.40am on 12 February. By the time they arrived, about seven minutes "
       "later, the gang had left through a rear window.", "arrived", "left"},
      {"Firefighters were called to the house at 2.10am on 12 February. By the time they arrived, about ten minutes "
       "later, the roof had collapsed.", "arrived", "collapsed"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_day(event_with(g, arrival), 2023_y / February / 12);
  const auto& main = event_with(g, done);
  REQUIRE(main.time.end);
  CHECK(*main.time.end == sys_days{2023_y / February / 12});
}

TEST_CASE("s50: a month that dates the subject of a past verb is the month gone by", "[events][dt51]") {
  const sys_days dct = 2024_y / March / 14;
  const auto [text, date, value] = GENERATE(table<std::string, std::string, std::string>({
      {"The strike at the Ford plant in May cost $200 million.", "May", "2023-05"},
      {"The strike in May hurt sales.", "May", "2023-05"},
      {"The flood in April put 300 homes under water.", "April", "2023-04"},
      {"The meeting on March 20 approved the plan.", "March 20", "2023-03-20"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, date, dct) == value);
}

TEST_CASE("t49 25: 'going to' tells a plan, dated by 'for at least the next three days'", "[events][dt51]") {
  const sys_days dct = 2021_y / August / 9;
  const auto g = graph_of_text(
      "\"We're going to see extreme fire behavior for at least the next three days,\" he said on Monday.", dct);
  const auto& see = event_with(g, "see");
  CHECK(see.modality == graph::Modality::Planned);
  REQUIRE(see.time.start);
  CHECK(*see.time.start == dct);

  const auto plain = graph_of_text("We will see extreme fire behavior for at least the next three days.", dct);
  check_span(event_with(plain, "see"), dct, 2021_y / August / 12);
}

TEST_CASE("t49 25: what is expected by a date is the expected thing's, not the expecting's", "[events][dt51]") {
  const auto g = graph_of_text("Officials expect full containment by next week.", 2021_y / August / 9);
  const auto& containment = event_with(g, "containment");
  REQUIRE(containment.time.end);
  CHECK(*containment.time.end == 2021_y / August / 22);
  CHECK(containment.modality == graph::Modality::Planned);
}

TEST_CASE("t51 17: a deadline after 'due' does not go to the next event in the sentence", "[events][dt51]") {
  const sys_days dct = 2025_y / January / 14;
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Under the proposed timeline, bids for the company's assets are due Feb. 28, and an auction would be held on "
       "March 10.", "held", 2025_y / March / 10},
      {"Payments are due by March 1, and the company will close on April 30.", "close", 2025_y / April / 30},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), trigger), day);
}

TEST_CASE("t51 19: a date after an 'as' clause set off by commas dates the main verb", "[events][dt51]") {
  const sys_days dct = 2025_y / April / 28;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Delgado returned to Ho Chi Minh City, as Saigon is now called, for the first time in 2015.", "returned",
       2015_y / January / 1, 2015_y / December / 31},
      {"He left the city, as he had promised, on Friday.", "left", 2025_y / April / 25, 2025_y / April / 25},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, end);
}

TEST_CASE("t51 25: 'missed the deadline by two days after a dispute' puts the dispute before the miss, no gap",
          "[events][dt51]") {
  const auto g = solved_graph_of_text("Last year, the council missed the deadline by two days after a dispute over transit funding.",
                                      2026_y / June / 9);
  const auto& dispute = event_with(g, "dispute");
  CHECK_FALSE(dispute.time.start);
  REQUIRE(dispute.time.end);
  CHECK(*dispute.time.end == 2025_y / December / 31);
}

TEST_CASE("t51 15: a clock time set off by a comma after the verb's event noun dates the verb", "[events][dt52]") {
  const sys_days dct = 2025_y / October / 9;  // a Thursday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Rescuers made voice contact with the group shortly before noon on Tuesday. The final miner was freed 36 hours "
       "after the first contact, at about 7:50 a.m. on Thursday.",
       "freed", 2025_y / October / 9},
      {"The last climber was rescued two days after the first sighting, at 6 a.m. on Wednesday.", "rescued",
       2025_y / October / 8},
      {"The hostages were released a week after the start of talks, on Monday.", "released", 2025_y / October / 6},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t52 13: what a message the text dates tells as done happened by the message", "[events][dt53]") {
  const auto g = graph_of_text("In an email sent on 2 April, the manager told staff that the office had closed.", 2024_y / May / 28);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.end);
  CHECK(*closed.time.end == 2024_y / April / 2);
}

TEST_CASE("t55 14: a deadline after an ordered infinitive bounds the infinitive, not the order", "[events][dt55]") {
  const sys_days dct = 2024_y / May / 15;
  const auto g = graph_of_text("The judge ordered the company to pay the fine by June 30 and to publish an apology.", dct);
  CHECK(event_with(g, "ordered").time.end != std::optional<sys_days>(2024_y / June / 30));
  CHECK(event_with(g, "pay").time.end == std::optional<sys_days>(2024_y / June / 30));
}

TEST_CASE("t55 26: a noun event a dated reporting participle makes known happened by then", "[events][dt55]") {
  const auto g = graph_of_text("The ruling, announced at 4 p.m. on Tuesday, surprised the lawyers.", 2024_y / May / 22);
  CHECK(event_with(g, "ruling").time.end == std::optional<sys_days>(2024_y / May / 21));
}

TEST_CASE("t55 28: an event a by phrase limits is not guessed to come after it", "[events][dt55]") {
  const auto g = graph_of_text("The peso slid by two percent against the euro by the close of trading.", 2024_y / May / 22);
  CHECK_FALSE(has_edge(g, event_with(g, "close"), EdgeType::Before, event_with(g, "slid")));
}

TEST_CASE("t55 17: calling off a thing its own phrase dates happens by that date", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto g = graph_of_text("The march on Sunday was cancelled after police warned of violence.", dct);
  const auto& cancelled = event_with(g, "cancelled");
  REQUIRE(cancelled.time.end.has_value());
  CHECK(*cancelled.time.end == sys_days{2024_y / March / 3});
  CHECK_FALSE(cancelled.time.start.has_value());
  // (a verb that does not call the thing off is not dated by it: the criticism may come later)
  const auto h = graph_of_text("The vote on Friday was criticised by the opposition.", dct);
  CHECK(event_with(h, "criticised").time.source != chronograph::graph::TimeSource::Explicit);
}

// Item 14: "would present a plan on Monday and ask for a vote no later than December 18": the
// deadline is the vote's; the asking comes with the plan.

TEST_CASE("t56 14: a deadline after what a verb of asking calls for dates the thing asked for", "[events][dt57a]") {
  const sys_days dct = 2023_y / March / 8;  // a Wednesday
  const auto g = graph_of_text(
      "The mayor said on Tuesday that she would unveil a new budget on Friday and call for a vote no later than March 30.", dct);
  const auto& vote = event_with(g, "vote");
  CHECK_FALSE(vote.time.start.has_value());
  REQUIRE(vote.time.end);
  CHECK(*vote.time.end == 2023_y / March / 30);
  check_day(event_with(g, "call"), 2023_y / March / 10);
}

TEST_CASE("t56 14: a date on what is asked for with no deadline dates the asking", "[events][dt57a]") {
  const auto g = graph_of_text("The union demanded a meeting on Monday.", 2023_y / March / 8);
  check_day(event_with(g, "demanded"), 2023_y / March / 6);
}

TEST_CASE("t56 19: a lasting event noun before a dated event is not ended by it", "[events][dt57b]") {
  const auto g = graph_of_text("The two climbers were rescued on Thursday before a 30-hour search could begin.",
                               2025_y / September / 20);
  CHECK_FALSE(event_with(g, "search").time.start.has_value());
}

TEST_CASE("t57 20: a noun after after followed by a clause of its own keeps its preposition", "[events][dt58]") {
  const auto g = graph_of_text("Dockers walked out at 6 a.m. on Monday after weeks of talks, and the port closed at noon.",
                               2024_y / June / 5);
  const auto& walked = event_with(g, "walked");
  const auto& closed = event_with(g, "closed");
  CHECK_FALSE(has_edge(g, closed, EdgeType::Before, walked));
}

TEST_CASE("t57 54: a deadline after a modal content clause does not date the saying", "[events][dt58]") {
  const auto words =
      dated_words("An analyst at the bank said the slump could be over by Easter if interest rates fell.", 2000_y / October / 6);
  CHECK_FALSE(contains(words, "said"));
}

// Item 35, second part: "... in 2010, when 350 people were killed, many of them in villages that
// had refused to leave": a past perfect in a relative clause with no date of its own happened by
// the date of the event its noun hangs under.

TEST_CASE("t58 35: a past perfect relative clause under a dated event happened by its date", "[events][dt59a]") {
  const auto g = graph_of_text(
      "The river last flooded badly in 1987, when 40 people drowned, most of them in hamlets that had ignored the warnings.",
      2016_y / November / 19);
  const auto& ignored = event_with(g, "ignored");
  REQUIRE(ignored.time.end);
  CHECK(*ignored.time.end == 1987_y / December / 31);
  CHECK_FALSE(ignored.time.start.has_value());
}

TEST_CASE("t58 2: the end of a quarter alone is still a deadline", "[events][dt59b]") {
  const auto g = graph_of_text("Prices will be revised by the end of the second quarter.", 2025_y / November / 10);
  const auto& revised = event_with(g, "revised");
  REQUIRE(revised.time.end);
  CHECK(*revised.time.end == 2026_y / June / 30);
}

TEST_CASE("t59 20: a distance counted on from a day in a past clause ends by the DCT", "[events][dt60]") {
  const sys_days dct = 2022_y / June / 13;
  const auto g = graph_of_text("The ministry said on Monday that the pipes had cracked two months before the reservoir burst.", dct);
  const auto distance = interval_of_timex(g, "two months");
  REQUIRE(distance);
  CHECK(distance->end <= dct);
}

// Item 3, the event: "The final game ended at ...": the game, a noun without a tense, is told by
// the verb of its phase, so with its day left open it is still over by the DCT.
TEST_CASE("t59 3: a noun event is told in the past by its phase verb", "[events][dt60]") {
  const sys_days dct = 2024_y / March / 11;
  const auto g = graph_of_text(
      "Ana Ruiz won the title on Sunday night in Lima. The regular games ended level on Thursday, forcing a playoff. "
      "Ruiz won the first playoff game and drew the second. The last game finished at 10:50 p.m.",
      dct);
  const auto& last_game = event_with(g, "finished");
  CHECK(last_game.tense == "PAST");
  CHECK(last_game.time.end == std::optional<sys_days>(dct));
}

TEST_CASE("t59 6: a length noun the verb is not for is not dated by the verb", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;
  const auto g = graph_of_text("The president landed in Madrid on Monday after a three-day visit to Lisbon.", dct);
  const auto& visit = event_with(g, "visit");
  CHECK_FALSE((visit.time.start && *visit.time.start == sys_days{2025_y / March / 3}));
}

TEST_CASE("t59 10: what began a full day before a dated time is dated by it", "[events][dt61a]") {
  const auto g = solved_graph_of_text(
      "Oil leaked into the river on Thursday. Fishermen said they were not warned until Friday evening, a full day "
      "after the spill began.",
      2025_y / March / 10);
  check_span(event_with(g, "began"), 2025_y / March / 6, 2025_y / March / 6);
}

// Item 7: "made 23 recommendations, including ... a national register of dams by the end of
// 2023", said in 2022: a deadline after the article's date is not that of what was done by then.

TEST_CASE("t59 7: a deadline ahead does not date what was done", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  const auto g = graph_of_text(
      "The review board made 14 proposals, including yearly audits of all public hospitals and a national database of "
      "patients by the end of 2026.",
      dct);
  const auto& made = event_with(g, "made");
  CHECK(made.time.value.empty());
  REQUIRE(made.time.end);
  CHECK(*made.time.end == dct);
}

TEST_CASE("t59 7: a deadline before the article, or of what is to come, still bounds", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  const auto done = graph_of_text("The hospital board had approved the plan by the end of 2024.", dct);
  const auto& approved = event_with(done, "approved");
  REQUIRE(approved.time.end);
  CHECK(*approved.time.end == sys_days{2024_y / December / 31});
  const auto ahead = graph_of_text("The hospital board will publish its proposals by the end of 2026.", dct);
  const auto& publish = event_with(ahead, "publish");
  REQUIRE(publish.time.end);
  CHECK(*publish.time.end == sys_days{2026_y / December / 31});
}

TEST_CASE("t59 5: the cause a done act is for is not dated by it", "[events][dt61a]") {
  const auto g = graph_of_text("The suspect was arrested on Thursday for a robbery in the harbour district.", 2025_y / March / 10);
  CHECK_FALSE(event_with(g, "robbery").time.start.has_value());
}

TEST_CASE("t59 13: a bound alone still dates the event by it", "[events][dt61b]") {
  const auto g = graph_of_text("The injured sailor will be flown from the ship to Lisbon by the end of the week, weather permitting.",
                               2025_y / September / 23);
  const auto& event = event_with(g, "flown");
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2025_y / September / 28);
}

// Finding 18: "The team returned each August until 2008": a repeated event bounded by a year is
// bounded by its month in that year.

TEST_CASE("t59 18: an event repeated each month bounded by a year is bounded by that month of it", "[events][dt61b]") {
  const sys_days dct = 2020_y / January / 10;
  const auto [text, verb, end] = GENERATE(table<std::string, std::string, sys_days>({
      {"The volunteers returned every September until 2019.", "returned", 2019_y / September / 30},
      {"The club met each March until 2015.", "met", 2015_y / March / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == end);
  CHECK_FALSE(event.time.start.has_value());
}

TEST_CASE("t59 18: an event bounded by a year with no repeated month keeps the year", "[events][dt61b]") {
  const auto g = graph_of_text("The divers stayed at the wreck until 2017.", 2020_y / January / 10);
  const auto& event = event_with(g, "stayed");
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2017_y / December / 31);
}

// Item 16: "a dispute over staffing lasted two months" in 1995, then "this dispute has been more
// bitter": "this" names the dispute going on now, which the same word does not date in 1995.

TEST_CASE("t60 16: the same word with this is not dated years back by the earlier mention", "[events][dt62]") {
  const auto g = solved_graph_of_text(
      "Teachers at the academy walked out on Monday over pay. The head teacher rejected claims that supply staff had "
      "been hired at double rates during the dispute.\n"
      "Teachers there last walked out in 1995, when a dispute over staffing lasted two months. Many of the teachers "
      "on the picket line say this dispute has been more bitter.",
      2024_y / April / 10);
  const auto& then = event_with(g, "lasted");
  const auto now_at = std::find_if(g.events.begin(), g.events.end(), [](const auto& e) {
    return chronograph::test::has_mention(e, "dispute") && !chronograph::test::has_mention(e, "lasted");
  });
  REQUIRE(now_at != g.events.end());
  const auto& now = *now_at;
  CHECK_FALSE(has_edge(g, then, chronograph::graph::EdgeType::Simultaneous, now));
  CHECK_FALSE(has_edge(g, now, chronograph::graph::EdgeType::Simultaneous, then));
  CHECK_FALSE(now.time.end == sys_days{1995_y / December / 31});
  const auto& hired = event_with(g, "hired");
  CHECK_FALSE(hired.time.end == sys_days{1995_y / December / 31});
}

TEST_CASE("tester48: a hearing set for a clock time on a weekday with its date is dated by the date", "[events][tester48]") {
  for (int ahead = 8; ahead <= 20; ahead += 3) {
    const sys_days dct{2024_y / December / 3};
    const sys_days day = dct + days{ahead};
    static const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    const std::string text = "A pretrial hearing is scheduled for 9 a.m. on " + std::string(kWeekdays[weekday{day}.c_encoding()]) +
                             ", Dec. " + std::to_string(static_cast<unsigned>(year_month_day{day}.day())) + ".";
    INFO(text);
    const auto g = graph_of_text(text, dct);
    chronograph::test::check_day(event_with(g, "scheduled"), day);
  }
}

TEST_CASE("tester49 #16: a body's weekday dates an event the headline bounds only by year-end", "[events][tester49]") {
  const sys_days dct{2023_y / November / 17};
  for (unsigned w = 0; w < 7; ++w) {
    if (weekday{dct} == weekday{w}) continue;  // ("on Friday" in a Friday's paper may be that day)
    const sys_days day = weekday_before(dct, w);
    INFO(kWeekdays[w]);
    const auto fda = graph_of_text(std::string("FDA approves gene therapy, one of two expected by year-end\n\nThe FDA on ") +
                                       kWeekdays[w] + " approved the therapy.",
                                   dct);
    check_day(event_with(fda, "approved"), day);
    const auto merger = graph_of_text(std::string("Regulator clears merger before the end of the year\n\nThe regulator "
                                                  "cleared the merger on ") +
                                          kWeekdays[w] + ".",
                                      dct);
    check_day(event_with(merger, "cleared"), day);
  }
}

TEST_CASE("tester49 #24: what a dated report tells as done happened by the report's date", "[events][tester49]") {
  const sys_days dct{2026_y / January / 29};  // a Thursday
  const auto [text, trigger, by] = GENERATE(table<std::string, std::string, sys_days>({
      {"Organizers said last week that the new track had passed its final tests.", "passed", 2026_y / January / 25},
      {"Organizers said on Monday that the new track had passed its final tests.", "passed", 2026_y / January / 26},
      {"The ministry announced in December that the bridge failed its inspection.", "failed", 2025_y / December / 31},
      {"Police said on Tuesday that two men had been arrested.", "arrested", 2026_y / January / 27},
  }));
  CAPTURE(text);
  const auto g = chronograph::test::solved_graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == by);
}

TEST_CASE("tx53 t53-2: a day a past verb met with by lies behind the DCT", "[events][tx53]") {
  const sys_days dct{2024_y / October / 2};
  auto [text, expression, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Harvest began in late August, and most estates finished by Sept. 20.", "Sept. 20", "2024-09-20"},
      {"Most growers picked their grapes by Sept. 25.", "Sept. 25", "2024-09-25"},
      {"The last ferries left the island by Sept. 28.", "Sept. 28", "2024-09-28"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, expression, dct) == value);
}

TEST_CASE("tx53 t53-2: by still points ahead in a clause about the future or one that is not met", "[events][tx53]") {
  const sys_days dct{2024_y / October / 2};
  CHECK(timex_value_in("The company said it would double its flights by Sept. 20.", "Sept. 20", dct) == "2025-09-20");
  CHECK(timex_value_in("Most estates will finish by Sept. 20.", "Sept. 20", dct) == "2025-09-20");
  // (not "until": a span given, not met)
  CHECK(timex_value_in("The regulator gave the bidder until mid-November to reply.", "mid-November", sys_days{1989_y / October / 30}) ==
        "1989-11");
}

TEST_CASE("tx55 t55-4: the end of the period a deadline with by names lies ahead, in a headline too", "[events][tx55]") {
  const sys_days dct{2024_y / May / 22};
  auto [text, name, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Central Bank Holds Rates, Signals Cut by Year-End\n\nThe central bank held its main rate on Wednesday.", "Year-End",
       "2024"},
      {"Retailer Plans Store Closures by Year-End\n\nThe chain reported a loss on Wednesday.", "Year-End", "2024"},
      {"The central bank signaled a cut by the end of the year.", "the end of the year", "2024"},
      {"The carmaker promised a recall by year's end.", "year's end", "2024"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, name, dct) == value);
}

TEST_CASE("tx55 t55-4: the end of a period told in the past without by stays behind", "[events][tx55]") {
  // (a past clause's end of the DCT's year, not yet come, is last year's)
  CHECK(timex_value_in("Sales slumped at the end of the year.", "the end of the year", sys_days{2024_y / May / 22}) == "2023");
}

TEST_CASE("tx55 t55-4: a deadline a past perfect met lies behind", "[events][tx55]") {
  const sys_days dct{2024_y / May / 22};
  auto [text, name, value] = GENERATE(table<const char*, const char*, const char*>({
      {"Sales had recovered by the end of the year.", "the end of the year", "2023"},
      {"The builders had finished the roof by September.", "September", "2023-09"},
      {"Most farms had sold their crops by the end of the quarter.", "the end of the quarter", "2024-Q1"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, name, dct) == value);
}

TEST_CASE("tx59 pipeline: an event before, by or after a time takes that side as its mod", "[events][tx59]") {
  auto [word, mod] = GENERATE(table<const char*, const char*>({{"before", "BEFORE"}, {"by", "ON_OR_BEFORE"}, {"after", "AFTER"}}));
  for (const std::string when : {"Christmas", "June 3", "July"}) {
    const std::string text = "The council will approve the new budget " + std::string(word) + " " + when + ".";
    INFO(text);
    const auto& approval = event_with(graph_of_text(text, kDct), "approve");
    CHECK(approval.time.mod == mod);
    CHECK_FALSE(approval.time.value.empty());
  }
}
