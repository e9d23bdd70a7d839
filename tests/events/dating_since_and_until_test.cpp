// Spans opened by 'since' and closed by 'until' or 'through': which event such a date starts or
// ends, and when it qualifies no event.
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/interval.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace date;
using namespace chronograph::test;
using chronograph::graph::EdgeType;
using chronograph::graph::Modality;

namespace {

bool has_event_with_mention(const graph::GraphData& g, const std::string& trigger) { return events_with_mention(g, trigger) > 0; }

const chronograph::graph::TimexInfo& timex_in(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& t : g.timexes)
    if (t.text == text) return t;
  FAIL("no timex '" << text << "'");
  return g.timexes.front();
}

const sys_days kDct{2023_y / October / 11};  // a Wednesday

}  // namespace

TEST_CASE("t49 20: a clause 'since' opens starts the verb it hangs on", "[events][dt50]") {
  const auto [text, dct, verb, start] = GENERATE(table<std::string, sys_days, std::string, sys_days>({
      {"The blaze has burned more than 489,000 acres since it started on July 13.", 2021_y / August / 9, "burned",
       2021_y / July / 13},
      {"The company has cut 500 jobs since it took over the plant on March 3.", 2025_y / May / 20, "cut",
       2025_y / March / 3},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, dct);
}

TEST_CASE("t49 20: a perfect counting superlatives since a date starts then, one superlative does not", "[events][dt50]") {
  const sys_days dct = 2021_y / August / 9;
  const auto [text, verb, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"California has seen its five largest fires since 2018.", "seen", 2018_y / January / 1},
      {"Britain has recorded its ten hottest years since 2003.", "recorded", 2003_y / January / 1},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, dct);
  const auto one = graph_of_text("Shares have reached their highest level since 1982.", dct);
  const auto& reached = event_with(one, "reached");
  CHECK_FALSE((reached.time.start && *reached.time.start == sys_days{1982_y / January / 1}));
}

TEST_CASE("t49 23: 'until' after the state a verb puts someone in bounds the state, not the verb", "[events][dt50]") {
  const sys_days dct = 2023_y / February / 14;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Two men were arrested on Monday evening. They have been released on bail until 10 March while inquiries "
       "continue.", "released"},
      {"The former minister was placed under house arrest until June.", "placed"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  REQUIRE(event.time.end);
  CHECK(*event.time.end <= dct);
  // a verb that lasts keeps its "until"
  const auto stayed = graph_of_text("He stayed in hospital until 10 March.", 2023_y / March / 20);
  const auto& stay = event_with(stayed, "stayed");
  REQUIRE(stay.time.end);
  CHECK(*stay.time.end == sys_days{2023_y / March / 10});
}

TEST_CASE("t49 52: 'sold since 2019 after receiving reports' dates the sales and puts the reports before the recall",
          "[events][dt50]") {
  const sys_days dct = 2025_y / December / 3;
  const auto [text, sold, recall, cause] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The company is recalling 1.2 million air fryers sold since 2019 after receiving more than 90 reports of the "
       "devices overheating.", "sold", "recalling", "receiving"},
      {"The carmaker is recalling 300,000 vehicles built since 2018 after finding a fault in the brakes.", "built",
       "recalling", "finding"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& sales = event_with(g, sold);
  REQUIRE(sales.time.start);
  CHECK(year_month_day{*sales.time.start}.month() == January);
  const auto& recalled = event_with(g, recall);
  CHECK_FALSE((recalled.time.start && *recalled.time.start < dct - days{365}));
  CHECK(has_edge(g, event_with(g, cause), graph::EdgeType::Before, recalled));
}

TEST_CASE("t49 25: a verb of lasting conjoined to a dated one lasts from its date to its 'through'", "[events][dt50]") {
  const sys_days dct = 2021_y / August / 9;  // a Monday
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Crews expected hot, dry winds to return on Tuesday and to last through Thursday.", "last", 2021_y / August / 10,
       2021_y / August / 12},
      {"Officials expect the heat to arrive on Friday and to last until Sunday.", "last", 2021_y / August / 13,
       2021_y / August / 15},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t49 25: 'do not expect full containment until late August' puts the containment no earlier",
          "[events][dt51]") {
  const sys_days dct = 2021_y / August / 9;
  const auto [text, trigger, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"Firefighters do not expect full containment until late August.", "containment", 2021_y / August / 22},
      {"Analysts do not expect a recovery until 2026.", "recovery", 2026_y / January / 1},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& thing = event_with(g, trigger);
  REQUIRE(thing.time.start);
  CHECK(*thing.time.start == start);
  CHECK_FALSE(thing.time.end);
  CHECK_FALSE(event_with(g, "expect").time.known());
}

TEST_CASE("t53 15: a year after since that compares nothing still bounds the event", "[events][dt53]") {
  const auto g = graph_of_text("Profit in 2023 doubled.", 2024_y / May / 18);
  check_span(event_with(g, "doubled"), 2023_y / January / 1, 2023_y / December / 31);
  const auto h = chronograph::test::solved_graph_of_text("The firm has cut 500 jobs since the merger in 2019.", 2024_y / May / 18);
  const auto& cut = event_with(h, "cut");
  REQUIRE(cut.time.start);
  CHECK(*cut.time.start == 2019_y / January / 1);
}

TEST_CASE("t53 17: a verb conjoined to a dated one and bounded by until an event noun lasts from that date", "[events][dt53]") {
  const sys_days dct = 2024_y / November / 5;
  const auto [text, verb, noun, start, end] = GENERATE(table<std::string, std::string, std::string, sys_days, sys_days>({
      {"Lindqvist reopened two of them in 1919 and ran them until her retirement in 1931.", "ran", "retirement",
       1919_y / January / 1, 1931_y / December / 31},
      {"He was elected in 2010 and served until his death in 2018.", "served", "death", 2010_y / January / 1,
       2018_y / December / 31},
      {"The company opened a plant in 1995 and ran it until its closure in 2012.", "ran", "closure",
       1995_y / January / 1, 2012_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& lasting = event_with(g, verb);
  check_span(lasting, start, end);
  CHECK(lasting.time.value.empty());
  const date::year_month_day last{end};
  check_span(event_with(g, noun), sys_days{last.year() / January / 1}, end);
}

TEST_CASE("t53 17: an until date that names no event still only ends the verb", "[events][dt53]") {
  const auto g = graph_of_text("She ran the station until 1931.", 2024_y / November / 5);
  const auto& ran = event_with(g, "ran");
  REQUIRE(ran.time.end);
  CHECK(*ran.time.end == 1931_y / December / 31);
  CHECK_FALSE(ran.time.start);
}

TEST_CASE("t54 19: a since date after a first or a superlative qualifies it and dates no event", "[events][dt54]") {
  const sys_days dct = 2025_y / October / 22;  // a Wednesday
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The first flight since March landed at Rothera on Monday.", "landed", 2025_y / October / 20},
      {"The largest ship since 2019 docked in the harbour on Monday.", "docked", 2025_y / October / 20},
      {"The first strike since June began on Tuesday.", "began", 2025_y / October / 21},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), trigger), day);
}

TEST_CASE("t54 19: a since date with no superlative before it still starts its event", "[events][dt54]") {
  const auto g = graph_of_text("The station has been closed since March.", 2025_y / October / 22);
  CHECK(event_with(g, "closed").time.start == std::optional<sys_days>(2025_y / March / 1));
}

TEST_CASE("t54 65: what happened since an event noun comes after that event", "[events][dt54]") {
  const sys_days dct = 2025_y / February / 13;
  const auto [text, later, earlier] = GENERATE(table<std::string, std::string, std::string>({
      {"Prices have risen sharply since the war.", "risen", "war"},
      {"The company has cut 500 jobs since the merger.", "cut", "merger"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& from = event_with(g, earlier);
  const auto& to = event_with(g, later);
  // (the model may guess the order too; "since" says it, so the link is the rule's)
  const auto found = std::find_if(g.edges.begin(), g.edges.end(), [&](const chronograph::graph::Edge& e) {
    return e.from == from.id && e.to == to.id && e.type == chronograph::graph::EdgeType::Before;
  });
  REQUIRE(found != g.edges.end());
  CHECK(found->evidence.cue == "rule:since");
}

TEST_CASE("t54 65: a clause that since opens gives a reason and no order", "[events][dt54]") {
  const auto g = graph_of_text("Since the bank was closed, customers waited outside.", 2025_y / February / 13);
  CHECK_FALSE(chronograph::test::has_edge(g, event_with(g, "closed"), chronograph::graph::EdgeType::Before, event_with(g, "waited")));
}

// Item 16: "began X in 2015 and continued until Y": the continuing is a phase of what began, and
// the event runs from the start's date to the time "until" gives, or the one of the clause it opens.

TEST_CASE("t55 16: a continuing conjoined to a start carries the begun event on until then", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;
  const auto [text, end] = GENERATE(table<std::string, sys_days>({
      {"The firm started building the bridge in 2015 and continued until April 2018.", 2018_y / April / 30},
      {"The firm started building the bridge in 2015 and continued until a flood washed away the site in April 2018.",
       2018_y / April / 30},
      {"The clerk began stealing cash from the tills in 2015 and continued until auditors found the losses in June 2019.",
       2019_y / June / 30},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& begun = event_with(g, "continued");
  CHECK(events_with_mention(g, "continued") == 1);
  CHECK(has_mention(begun, "began") + has_mention(begun, "started") == 1);
  check_span(begun, 2015_y / January / 1, end);
}

TEST_CASE("t55 16: a clause until opens names its own actors, not the continuing's", "[events][dt56]") {
  const auto g = graph_of_text(
      "The clerk began stealing cash in 2015 and continued until auditors found the losses in June 2019.", 2024_y / March / 8);
  for (const auto& actor : event_with(g, "continued").actors) CHECK(actor.find("auditor") == std::string::npos);
}

// Item 17: "continued until the end of the school year in June": the month closes the span the
// "until" phrase bounds; it is not the whole span.

TEST_CASE("t56 17: a date in the phrase of until the end of a period bounds the end only", "[events][dt57a]") {
  const sys_days dct = 2023_y / September / 20;
  const auto [text, trigger, last] = GENERATE(table<std::string, std::string, sys_days>({
      {"The clinic stayed open until the end of the school year in July.", "stayed", 2023_y / July / 31},
      {"The exhibition ran until the end of the season in May.", "ran", 2023_y / May / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  CHECK_FALSE(event.time.start.has_value());
  REQUIRE(event.time.end);
  CHECK(*event.time.end == last);
}

// Item 16: "... and that the union had warned management about it since 2021", parsed with
// "warned" as an adjective of "management" (a noun conjunct of the earlier verb): a verb with an
// auxiliary right before the noun it modifies is the clause's verb, so the date starts it (and is
// no comparison's standard for the earlier verb's "last year").

TEST_CASE("t58 16: a since date dates a perfect the parser read as a noun's modifier", "[events][dt59a]") {
  const sys_days dct = 2024_y / November / 25;
  const auto g = graph_of_text(
      "A clerk said the old scanner had crashed often, and that the office had warned management about it since 2016.", dct);
  const auto& warned = event_with(g, "warned");
  REQUIRE(warned.time.start);
  CHECK(*warned.time.start == 2016_y / January / 1);
}

TEST_CASE("t58 16: a since date hung on the earlier verb goes to the misread perfect after it", "[events][dt59a]") {
  const sys_days dct = 2024_y / November / 25;
  const auto g = graph_of_text(
      "The pilot said the same radar had failed twice, and that the crew had warned management about it since 2019.", dct);
  const auto& warned = event_with(g, "warned");
  REQUIRE(warned.time.start);
  CHECK(*warned.time.start == 2019_y / January / 1);
}

// Item 11: "have warmed since a trade agreement was signed in October 2020": a date right after
// the words of a "since" clause closes that clause, however the parser hung it; the verb the
// clause hangs on starts then.

TEST_CASE("t59 11: a date closing a since clause dates the clause and starts its host", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  const auto g = graph_of_text(
      "Trade between the two neighbours has grown since a customs pact was signed in May 2017, and exporters hope the "
      "new port will open by the end of the decade.",
      dct);
  check_span(event_with(g, "signed"), 2017_y / May / 1, 2017_y / May / 31);
  const auto& grown = event_with(g, "grown");
  REQUIRE(grown.time.start);
  CHECK(*grown.time.start == sys_days{2017_y / May / 1});
  CHECK_FALSE((grown.time.end && *grown.time.end == sys_days{2017_y / May / 31}));
}

TEST_CASE("t59 11: a date after other words than the since clause's is not the clause's", "[events][dt61a]") {
  const auto g = graph_of_text("Exports have risen since the tariff was cut, and they doubled in 2019.", 2025_y / March / 10);
  CHECK_FALSE(event_with(g, "cut").time.start.has_value());
}

// Findings 14 and 17: "ordered the company to halt shipments until further notice", "said
// payments would be frozen until further notice": the halt starts when it was ordered (or told,
// on the day of the verb the report is conjoined to) and has no end.

TEST_CASE("t59 14: an event ordered until further notice starts on the order's day, open-ended", "[events][dt61b]") {
  const sys_days dct = 2025_y / September / 25;  // a Thursday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"On Tuesday the regulator ordered the mill to halt production until further notice.", "halt"},
      {"The council on Tuesday instructed the depot to suspend deliveries until further notice.", "suspend"},
      {"On Tuesday the governor ordered the port to close until further orders.", "close"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, verb);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2025_y / September / 23);
  CHECK_FALSE(event.time.end.has_value());
}

TEST_CASE("t59 17: an event told until further notice starts on the day of the verb the report joins", "[events][dt61b]") {
  const auto g = graph_of_text("The directors were named on Wednesday and said dividends would be suspended until further notice.",
                               2025_y / September / 25);
  const auto& event = event_with(g, "suspended");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2025_y / September / 24);
  CHECK_FALSE(event.time.end.has_value());
}

// Finding 19: "celebrations continued until early Monday": the event ends by early Monday; the
// expression's START ("early") does not put the event at the start of Monday.

TEST_CASE("t59 19: an event until part of a day ends by that day, not in its part", "[events][dt61b]") {
  const auto g = graph_of_text("Street parties went on until early Saturday.", 2025_y / September / 25);
  const auto& event = event_with(g, "went");
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2025_y / September / 20);
  CHECK_FALSE(event.time.start.has_value());
  CHECK(event.time.mod == "ON_OR_BEFORE");
}

TEST_CASE("t59 18: an event repeated each month since a year starts in that month of it", "[events][dt61b]") {
  const auto g = graph_of_text("The club has met every March since 2015.", 2020_y / January / 10);
  const auto& event = event_with(g, "met");
  REQUIRE(event.time.start);
  CHECK(*event.time.start == 2015_y / March / 1);
}

// Item 33: "in the most serious collision since 2009": "the most" grades the adjective, so the
// phrase is a superlative and the year bounds the comparison, not the accident.

TEST_CASE("t60 33: a since date after an adjective graded by the most does not date the event", "[events][dt62]") {
  const auto g = graph_of_text(
      "A cargo ship sank on Tuesday off the coast of Norway, the coastguard reported on Wednesday, in the most "
      "serious accident in the fjord since 1998.",
      2024_y / March / 14);
  const auto& accident = event_with(g, "accident");
  CHECK_FALSE(accident.time.start == sys_days{1998_y / January / 1});
  check_span(event_with(g, "sank"), 2024_y / March / 12, 2024_y / March / 12);
}

TEST_CASE("t60 33: a since date after a comparative still starts what the perfect tells", "[events][dt62]") {
  const auto g = graph_of_text("Unions have held more frequent strikes since 2019.", 2024_y / March / 14);
  const auto& held = event_with(g, "held");
  REQUIRE(held.time.start);
  CHECK(*held.time.start == sys_days{2019_y / January / 1});
}

// Item 41: "has led the race since the second stage in Sheffield a week ago": a date with no
// preposition of its own goes on the "since" phrase before it, so the lead runs on from then.

TEST_CASE("t60 41: a bare date closing a since phrase starts what the perfect tells", "[events][dt62]") {
  const sys_days dct = 2019_y / June / 16;
  const auto g = graph_of_text(
      "The Belgian, who has led the rally since the third stage in Lyon a week ago, finished fourth on Sunday.", dct);
  const auto& led = event_with(g, "led");
  REQUIRE(led.time.start);
  REQUIRE(led.time.end);
  CHECK(*led.time.start <= sys_days{2019_y / June / 9});
  CHECK(*led.time.end == dct);
}

TEST_CASE("t60 41: a bare date after a phrase no since opens dates the verb within it", "[events][dt62]") {
  const auto g = graph_of_text("The Belgian won the third stage in Lyon a week ago.", 2019_y / June / 16);
  const auto& won = event_with(g, "won");
  REQUIRE(won.time.end);
  CHECK(*won.time.end <= sys_days{2019_y / June / 9});
}

TEST_CASE("tester47 B: 'has until' a date to do something is no event, but the doing is due by the date", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 12;  // a Monday
  for (const auto& [text, has, done, due] : std::vector<std::tuple<std::string, std::string, std::string, sys_days>>{
           {"The company has until Feb 20 to file its appeal.", "has", "file", 2025_y / feb / 20},
           {"Residents have until midnight on Friday to leave.", "have", "leave", 2024_y / aug / 16},
           {"The two parties have until October 1 to reach a deal.", "have", "reach", 2024_y / oct / 1}}) {
    INFO(text);
    const auto g = graph_of_text(text, dct);
    CHECK_FALSE(has_event_with_mention(g, has));
    const auto& event = event_with(g, done);
    REQUIRE(event.time.end);
    CHECK(*event.time.end == due);
    // (not done yet: no start, or the article's date, as for a forecast's infinitive)
    CHECK((!event.time.start || *event.time.start == dct));
  }
  // "until" on a verb that gives no time still dates that verb
  const auto g = graph_of_text("The team stayed until Friday to finish the work.", dct);
  const auto& stayed = event_with(g, "stayed");
  REQUIRE(stayed.time.end);
  CHECK(*stayed.time.end == sys_days{2024_y / aug / 9});
}

TEST_CASE("tester47 B: 'gave X until' a date to do something: X does it by then, the giving is not then", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 12;
  for (const auto& [text, doer, done, due] : std::vector<std::tuple<std::string, std::string, std::string, sys_days>>{
           {"The judge gave both sides until Nov 15 to file their briefs.", "Sides", "file", 2024_y / nov / 15},
           {"The regulator gave the bank until June 30 to sell the unit.", "Bank", "sell", 2025_y / jun / 30}}) {
    INFO(text);
    const auto g = graph_of_text(text, dct);
    const auto& gave = event_with(g, "gave");
    CHECK_FALSE((gave.time.end && *gave.time.end == due));
    const auto& event = event_with(g, done);
    CHECK(event.title.starts_with(doer));
    REQUIRE(event.time.end);
    CHECK(*event.time.end == due);
  }
}

TEST_CASE("tester49 #19: what ', when' tells after a 'since' date happened within that date", "[events][tester49]") {
  const sys_days dct{2022_y / March / 25};
  const auto [text, trigger, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The airline had not had a fatal crash since November 2004, when a regional jet crashed in Baotou, killing 55 "
       "people.",
       "crashed", 2004_y / November / 1, 2004_y / November / 30},
      {"The river has not flooded the town since March 1998, when a storm broke the levee.", "broke",
       1998_y / March / 1, 1998_y / March / 31},
      {"Turkey has not seen such a disaster since 1999, when a magnitude 7.6 quake near Izmit killed 17,000 people.",
       "killed", 1999_y / January / 1, 1999_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.closed());
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}

TEST_CASE("tx51 #5: a weekday after until under a past verb ends after the day the story is at", "[events][tx51]") {
  auto [text, dct, value] = GENERATE(table<const char*, sys_days, const char*>({
      {"The airport was closed on Monday. Several airlines cancelled flights to the region until Thursday.",
       sys_days{2023_y / October / 30}, "2023-11-02"},
      {"The port shut on Tuesday. Shippers halted deliveries until Friday.", sys_days{2024_y / March / 12}, "2024-03-15"},
      {"The border closed on Wednesday. Officials suspended crossings until Monday.", sys_days{2024_y / March / 14},
       "2024-03-18"},
  }));
  INFO(text);
  const auto g = graph_of_text(text, dct);
  const std::string weekday = std::string(text).substr(std::string(text).rfind(' ') + 1);
  CHECK(timex_in(g, weekday.substr(0, weekday.size() - 1)).value == value);
}

TEST_CASE("tx51 #5: until a weekday with no day named before stays as the tense says", "[events][tx51]") {
  const sys_days monday{2023_y / October / 30};
  CHECK(timex_value_in("The museum stayed closed until Thursday, when it reopened.", "Thursday", monday) == "2023-10-26");
}

TEST_CASE("tx52 t52-4: walkouts until the end of term end by the day the term ends", "[events][tx52]") {
  const auto g = graph_of_text("Lecturers will walk out every Tuesday and Thursday until the end of term. The spring term "
                               "ends on 27 March.",
                               sys_days{2026_y / January / 9});
  const auto& walk = event_with(g, "walk");
  REQUIRE(walk.time.end);
  CHECK(*walk.time.end == sys_days{2026_y / March / 27});
}

TEST_CASE("tx57 pipeline: until then after a time ahead, and the days of a thing moved to a new time", "[events][tx57]") {
  CHECK(timex_value_in("The port authority said clearing the queue would take at least three days. "
                       "It said the locks would stay open around the clock until then.",
                       "then", kDct) == "2023-10-14");
  const std::string moved = "Organisers moved the start of the afternoon matches on Thursday and Friday to 11 a.m. because of the rain.";
  CHECK(timex_value_in(moved, "Thursday", kDct) == "2023-10-12");
  CHECK(timex_value_in(moved, "Friday", kDct) == "2023-10-13");
  // (a day of a past clause with no new time stays behind: "moved to" a verb, or no "to")
  CHECK(timex_value_in("The council moved on Thursday to ban the event.", "Thursday", kDct) == "2023-10-05");
  CHECK(timex_value_in("Organisers moved the final on Thursday because of the rain.", "Thursday", kDct) == "2023-10-05");
}
