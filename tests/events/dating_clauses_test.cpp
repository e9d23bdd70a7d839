// The date of an event read from the clause around it: relative clauses, conjoined verbs,
// participles, commas and quotations deciding which verb a date belongs to.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/events/event_coreference.h"
#include "core/events/event_titles.h"
#include "core/events/lexicon.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph;
using namespace chronograph::test;
using chronograph::core::EventLexicon;
using chronograph::graph::EdgeType;
using chronograph::graph::Modality;

namespace {

const chronograph::graph::TimexInfo& timex_named(const chronograph::graph::GraphData& g, const std::string& text) {
  const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == text; });
  REQUIRE(found != g.timexes.end());
  return *found;
}


// The event holding the mention `text` of sentence `sentence`; nullptr when none does.
const graph::Event* event_at(const graph::GraphData& g, const std::string& text, int sentence) {
  for (const auto& event : g.events)
    for (const auto& m : event.mentions)
      if (m.text == text && m.sentence == sentence) return &event;
  return nullptr;
}

const sys_days kFriday = 2025_y / mar / 14;

bool has_modality(const graph::GraphData& g, graph::Modality modality) {
  return std::any_of(g.events.begin(), g.events.end(), [&](const graph::Event& e) { return e.modality == modality; });
}

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::string iso(sys_days day) { return date::format("%F", day); }

const chronograph::graph::TimexInfo& timex_in(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& t : g.timexes)
    if (t.text == text) return t;
  FAIL("no timex '" << text << "'");
  return g.timexes.front();
}

std::string days_of(const chronograph::graph::TimexInfo& t) {
  return t.interval ? chronograph::format_iso_day(t.interval->start) + ".." + chronograph::format_iso_day(t.interval->end) : "none";
}

}  // namespace

TEST_CASE("t49 17: each clause of 'X was used as A and B in one time, and Y was built in another' keeps its date",
          "[events][dt50]") {
  const sys_days dct = 2019_y / May / 12;
  const auto [text, first, first_start, second, second_start] =
      GENERATE(table<std::string, std::string, sys_days, std::string, sys_days>({
          {"The site was later used as a church and graveyard in the 12th century, and a farmhouse was built on part "
           "of it in the 1780s.", "used", 1100_y / January / 1, "built", 1780_y / January / 1},
          {"The site was later used as a church in the 12th century, and a farmhouse was built on part of it in the "
           "1780s.", "used", 1100_y / January / 1, "built", 1780_y / January / 1},
          {"The hall was first used as a school and library in the 1950s, and a cafe was opened on part of it in "
           "2004.", "used", 1950_y / January / 1, "opened", 2004_y / January / 1},
      }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& a = event_with(g, first);
  const auto& b = event_with(g, second);
  REQUIRE(a.time.start);
  REQUIRE(b.time.start);
  CHECK(*a.time.start == first_start);
  CHECK(*b.time.start == second_start);
}

TEST_CASE("t49 18: a date of a participle describing a verb's object dates the verb too", "[events][dt50]") {
  const auto [text, dct, verb, day] = GENERATE(table<std::string, sys_days, std::string, sys_days>({
      {"The utility told regulators that a worker found a tree leaning on one of its power lines on the morning of "
       "July 13 but could not reach it for hours because of rough terrain.", 2021_y / August / 9, "found",
       2021_y / July / 13},
      {"A neighbour saw smoke rising from the roof on the morning of March 4.", 2024_y / March / 10, "saw",
       2024_y / March / 4},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t51 18: a date inside the relative clause stays its own", "[events][dt51]") {
  const auto g = graph_of_text("The mayor, who took office in 2022, will resign on Friday.", 2026_y / June / 9);
  check_span(event_with(g, "took"), 2022_y / January / 1, 2022_y / December / 31);
  check_day(event_with(g, "resign"), 2026_y / June / 12);
}

TEST_CASE("t51 15: a date on the event noun with no comma between stays the noun's", "[events][dt52]") {
  const auto g = graph_of_text("The hostages were released after the talks on Monday.", 2025_y / October / 9);
  check_day(event_with(g, "talks"), 2025_y / October / 6);
  CHECK(event_with(g, "released").time.start != std::optional<sys_days>(2025_y / October / 6));
}

TEST_CASE("t51 24: a relative clause of phase on what a change is measured in dates the change", "[events][dt52]") {
  const sys_days dct = 2025_y / January / 14;
  const auto [text, change, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Harlow filed for bankruptcy on Tuesday, blaming a slump in home sales that began in 2022.", "slump",
       2022_y / January / 1, 2022_y / December / 31},
      {"Officials pointed to a rise in prices that started in May.", "rise", 2024_y / May / 1, 2024_y / May / 31},
      {"The firm cited a drop in orders that began last year.", "drop", 2024_y / January / 1, 2024_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, change);
  CHECK(chronograph::test::has_mention(event, "began") != chronograph::test::has_mention(event, "started"));
  check_span(event, start, end);
}

TEST_CASE("t51 24: a relative clause of phase on a noun no change measures stays that noun's", "[events][dt52]") {
  const auto g = graph_of_text("Shares of the company that began trading in 2019 fell on Monday.", 2025_y / January / 14);
  check_span(event_with(g, "trading"), 2019_y / January / 1, 2019_y / December / 31);
  check_day(event_with(g, "fell"), 2025_y / January / 13);
}

TEST_CASE("t52 14: a date that is the predicate of 'be' dates the event its subject names", "[events][dt52]") {
  const sys_days dct = 2026_y / January / 9;  // a Friday
  const auto [text, subject, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The union rejected the offer. The next round of talks is on Monday.", "round", 2026_y / January / 12,
       2026_y / January / 12},
      {"The vote was in March.", "vote", 2026_y / March / 1, 2026_y / March / 31},
      {"The final hearing is on Wednesday.", "hearing", 2026_y / January / 14, 2026_y / January / 14},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), subject), start, end);
}

TEST_CASE("t52 12: a date opening its sentence dates each clause conjoined to the main verb", "[events][dt52]") {
  const sys_days dct = 2025_y / September / 12;
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"At 14:32 UTC the load balancers began rejecting requests, and customer errors rose sharply.", "rose",
       2025_y / September / 12, 2025_y / September / 12},
      {"In 2019, prices rose, and wages fell.", "fell", 2019_y / January / 1, 2019_y / December / 31},
      {"On Tuesday the river burst its banks, and the water flooded 300 homes.", "flooded",
       2025_y / September / 9, 2025_y / September / 9},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t54 20: a date in a conjoined clause that is an event still dates it", "[events][dt54]") {
  const auto g = graph_of_text("Sales fell in March, and profit dropped in 2023.", 2025_y / September / 28);
  check_span(event_with(g, "dropped"), 2023_y / January / 1, 2023_y / December / 31);
  // (a verb the date stands after in its own clause keeps it)
  const auto h = graph_of_text("Bekele finished second in 2024, and Mwangi was third.", 2025_y / September / 28);
  check_span(event_with(h, "finished"), 2024_y / January / 1, 2024_y / December / 31);
}

TEST_CASE("t54 21: a date in a relative clause that is no event dates nothing outside it", "[events][dt54]") {
  const sys_days dct = 2025_y / September / 28;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Alemu, who was fourth in London in April, said she had trained at altitude.", "trained"},
      {"The ship, which was in port in May, sailed for Lisbon.", "sailed"},
  }));
  CAPTURE(text);
  CHECK_FALSE(event_with(graph_of_text(text, dct), trigger).time.value.starts_with("2025-0"));
}

TEST_CASE("t54 21: a relative clause that is an event keeps its date", "[events][dt54]") {
  const auto g = graph_of_text("The bridge, which collapsed in March, was rebuilt.", 2025_y / September / 28);
  check_span(event_with(g, "collapsed"), 2025_y / March / 1, 2025_y / March / 31);
}

TEST_CASE("t54 30: a past event whose subject is a dated event happens at its time", "[events][dt54]") {
  const sys_days dct = 2025_y / February / 13;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The bridge collapsed on 3 January. The collapse killed two people.", "killed", 2025_y / January / 3,
       2025_y / January / 3},
      {"A storm hit the coast in December. The storm destroyed 40 homes.", "destroyed", 2024_y / December / 1,
       2024_y / December / 31},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, end);
}

TEST_CASE("t54 30: a subject that is no event or a verb with a date of its own keeps its time", "[events][dt54]") {
  const sys_days dct = 2025_y / February / 13;
  const auto g = graph_of_text("The storm hit the coast in December. The storm report was published on Monday.", dct);
  check_day(event_with(g, "published"), 2025_y / February / 10);
  const auto h = graph_of_text("The bridge collapsed on 3 January. The council closed two roads.", dct);
  CHECK(event_with(h, "closed").time.start != std::optional<sys_days>(2025_y / January / 3));
}

TEST_CASE("t55 29: what slips to a date without an object of its own is its subject", "[events][dt55]") {
  const auto g = graph_of_text("The maiden voyage of the ferry had been planned for April but will slip to early next year.",
                               2024_y / March / 8);
  const auto& voyage = event_with(g, "voyage");
  REQUIRE(voyage.time.start.has_value());
  CHECK(*voyage.time.start == sys_days{2025_y / January / 1});
}

TEST_CASE("t55 16: a continuing with a complement or a subject of its own stays apart", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;
  const auto text = GENERATE(as<std::string>{},
                             "The firm started building the bridge in 2015 and continued work on the tunnel until 2018.",
                             "The firm started building the bridge in 2015, and its rival continued until 2018.");
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK_FALSE(has_mention(event_with(g, "building"), "continued"));
}

// Item 23: a simple past conjoined to a first verb the tagger read as a participle with no
// auxiliary is told in its tense, and shares its date.

TEST_CASE("t55 23: a past conjoined to a verb misread as a participle shares its date", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto g = graph_of_text(
      "Dozens of aftershocks followed, the largest of which, a magnitude 6.2 quake, hit on Friday evening and brought "
      "down a tower that had survived the main shock.",
      dct);
  check_day(event_with(g, "brought"), dct);
  // (a first verb with an auxiliary of its own is no misread simple past)
  const auto h = graph_of_text("The council had approved the plan on Friday evening and rejected it after a protest.", dct);
  CHECK_FALSE(event_with(h, "rejected").time.start.has_value());
}

TEST_CASE("t56 10: participles listed inside the relative clause stay in it", "[events][dt57a]") {
  const auto g = graph_of_text(
      "The treaty, which was drafted in 2019, amended in 2020 and ratified in 2021, took effect on Monday.", 2023_y / May / 24);
  const auto& amended = event_with(g, "amended");
  REQUIRE(amended.time.start);
  CHECK(*amended.time.start == 2020_y / January / 1);
  check_day(event_with(g, "took"), 2023_y / May / 22);
}

TEST_CASE("t56 18: keep with an object is no phase of anything", "[events][dt57a]") {
  const auto g = graph_of_text("The storm kept ships in port until Friday.", 2023_y / March / 8);
  const auto& kept = event_with(g, "kept");
  CHECK(kept.mentions.size() == 1);
  CHECK(kept.modality == Modality::Actual);
}

// Item 21: "entered the museum at 1:20 a.m., tied up two night guards and left": the middle of a
// list of verbs, which the parser may hang on the first as a parataxis, shares the first's date.

TEST_CASE("t56 21: the middle verb of a list shares the first verb's trailing date", "[events][dt57b]") {
  const auto g = graph_of_text(
      "The gang entered the warehouse at 2:05 a.m. on June 3, 2016, loaded the trucks and drove away 50 minutes later.",
      2024_y / March / 8);
  check_day(event_with(g, "loaded"), 2016_y / June / 3);
}

TEST_CASE("t58 1: the following years in a future clause still lie ahead", "[events][dt59a]") {
  const sys_days dct = 2001_y / May / 2;
  const auto g = graph_of_text("The pact, first drafted in the 1960s, will be reviewed several times over the following years.", dct);
  const auto& years = timex_named(g, "the following years");
  if (years.interval) CHECK(years.interval->end > dct);
}

TEST_CASE("t58 53: a date of a conjoined event verb is still that verb's", "[events][dt59b]") {
  const auto g = graph_of_text("Mbeki won the final in Durban and retired in 2017.", 2025_y / November / 10);
  check_span(event_with(g, "retired"), 2017_y / January / 1, 2017_y / December / 31);
}

TEST_CASE("t58 56: a date outside the including phrase still dates the clause", "[events][dt59b]") {
  const auto g = graph_of_text("The company cut 300 jobs in March, including 40 in Leeds.", 2025_y / November / 10);
  check_span(event_with(g, "cut"), 2025_y / March / 1, 2025_y / March / 31);
}

TEST_CASE("t59 12: the first of two conjoined verbs keeps its own date", "[events][dt61b]") {
  const auto g = graph_of_text("The commission opened in March 2019 and took evidence over 14 months.", 2023_y / January / 10);
  check_span(event_with(g, "opened"), 2019_y / March / 1, 2019_y / March / 31);
}

TEST_CASE("t60 57: an event noun the verb's object is itself still shares the verb's date", "[events][dt62]") {
  const auto g = graph_of_text("Police conducted a raid on the offices of the council in 2021.", 2024_y / April / 9);
  check_span(event_with(g, "raid"), 2021_y / January / 1, 2021_y / December / 31);
}

TEST_CASE("issue 38: a start alone still names its event", "[events][ev49]") {
  const auto g = graph_of_text("Fueling began at 2330 UTC on Tuesday.", 2026_y / feb / 11);
  CHECK(event_with(g, "Fueling").title == "Fueling begins");
}

TEST_CASE("issue 39: a thing confirmed or declared on a date in the passive is an event of that date", "[events][ev49]") {
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The total in the outbreak reached 143 since the first case was confirmed on Oct. 4.", "confirmed",
       2021_y / oct / 4},
      {"Schools have stayed shut since the outbreak was declared on Oct. 12.", "declared", 2021_y / oct / 12},
      {"Cases have doubled since the first death was reported on Nov. 2.", "reported", 2021_y / nov / 2},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2021_y / nov / 27);
  const auto& event = event_with(g, verb);
  CHECK(event.modality == graph::Modality::Actual);
  check_day(event, day);
}

TEST_CASE("issue 39: an undated report stays evidence of what it reports", "[events][ev49]") {
  const auto g = graph_of_text("Officials confirmed that the school would close.", 2021_y / nov / 27);
  CHECK(events_with_mention(g, "confirmed") == 0);
}

// (what the time is given for may be done by then: possible, as for "has until Friday to leave"
// in event_attributes_test.cpp)
TEST_CASE("issue 30: a length of time given until a date is the deadline of what it is given for", "[events][ev49]") {
  const auto [text, verb, deadline] = GENERATE(table<std::string, std::string, sys_days>({
      {"The Commission now has 90 working days, until Nov. 23, to decide whether to clear or block the deal.", "decide",
       2020_y / nov / 23},
      {"Residents have two weeks, until Friday, to leave their homes.", "leave", 2020_y / jul / 17},
      {"The regulator gave the bank six months, until Jan. 31, to sell the unit.", "sell", 2021_y / jan / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  const auto& event = event_with(g, verb);
  CHECK(event.modality == graph::Modality::Possible);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == deadline);
}

TEST_CASE("issue 34: what starts on a day and continues until another runs between them", "[events][ev50]") {
  const auto [text, trigger, from, to] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The round robin starts on Wednesday, Feb. 4, and continues every day until Feb. 9.", "continues",
       2026_y / feb / 4, 2026_y / feb / 9},
      {"The festival opens on Friday, Feb. 6, and runs until Feb. 15.", "runs", 2026_y / feb / 6, 2026_y / feb / 15},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2026_y / jan / 29);
  const auto& event = event_with(g, trigger);
  CHECK(event.modality == graph::Modality::Planned);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == from);
  CHECK(*event.time.end == to);
}

TEST_CASE("issue 34: what continues until a day with no start beside it keeps no start", "[events][ev50]") {
  const auto g = graph_of_text("The exhibition continues until Feb. 9.", 2026_y / jan / 29);
  CHECK_FALSE(event_with(g, "continues").time.start.has_value());
}

TEST_CASE("tester49 #39: 'such therapies' is no mention of the second therapy, nor what starts", "[events][ev50b]") {
  const sys_days dct{2023_y / November / 17};
  const auto [text, singular, verb, start] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"A second therapy is expected to be approved. Medicare said it would test a new payment model for such "
       "therapies starting in 2025.",
       "therapy", "test", 2025_y / January / 1},
      {"A new vaccine was approved on Monday. The agency said it would set up a fund for such vaccines starting in "
       "2026.",
       "vaccine", "set", 2026_y / January / 1},
  }));
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  for (const auto& e : g.events)
    CHECK_FALSE((has_mention(e, singular) && (has_mention(e, "therapies") || has_mention(e, "vaccines"))));
  const auto& tested = event_with(g, verb);
  CHECK(has_mention(tested, "starting"));
  REQUIRE(tested.time.start);
  CHECK(*tested.time.start == start);
}

TEST_CASE("tester51 #37: a time clause under a verb that happened, or in the past, is done", "[events][tester51]") {
  const sys_days dct{2025_y / December / 2};
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The school reopened after the water receded.", "receded"},
      {"The school reopened when the river fell.", "fell"},
      {"Prices fall when demand weakens.", "weakens"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(event_with(g, trigger).modality == Modality::Actual);
}

TEST_CASE("tester51 #40: what is due on a date is an event to come, though the parse misses the copula", "[events][tester51]") {
  const sys_days dct{2025_y / January / 14};
  const auto [text, thing, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Bids for the company's assets are due Feb. 28.", "Bids", 2025_y / February / 28},
      {"Under the proposed timeline, bids for the company's assets are due Feb. 28, and an auction would be held on "
       "March 10.",
       "bids", 2025_y / February / 28},
      {"Applications for the grants are due March 15.", "Applications", 2025_y / March / 15},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& due = event_with(g, thing);
  CHECK(due.modality == Modality::Planned);
  check_day(due, day);
}

TEST_CASE("tester51 #40: a rule or a budget that takes effect on a date is an event then", "[events][tester51]") {
  const sys_days dct{2026_y / June / 9};
  const auto [text, trigger, month] = GENERATE(table<std::string, std::string, year_month>({
      {"The City Council on Monday approved a $4.2 billion budget. It takes effect next July and includes $180 "
       "million to close a deficit.",
       "takes", 2026_y / July},
      {"The tariffs will take effect in March.", "take", 2027_y / March},
      {"The new law comes into force in September.", "comes", 2026_y / September},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& starting = event_with(g, trigger);
  CHECK(starting.modality == Modality::Planned);
  REQUIRE(starting.time.start);
  CHECK(*starting.time.start == sys_days{month / 1});
}

TEST_CASE("tester51 #39: a later sentence about something else stays apart from the headline", "[events][tester51]") {
  const auto g = graph_of_text(
      "Carmaker halts output, plans to cut 900 jobs\n\nThe carmaker halted output on Monday. It said it would cut its "
      "prices by the end of the year.",
      sys_days{2025_y / January / 14});
  CHECK(events_with_mention(g, "cut") == 2);
}

TEST_CASE("t52 16: a date that names a thing still dates nothing", "[events][ev52]") {
  const auto g = graph_of_text("The company recalled its 2027 model cars on Thursday.", 2026_y / dec / 3);
  CHECK(event_with(g, "recalled").time.start == sys_days{2026_y / dec / 3});
}

TEST_CASE("t53 33: a dated letter and a state since a day are events", "[events][ev53]") {
  const auto g = graph_of_text(
      "Astrid Lindqvist built six stations. \"The sky does not wait for a professor's permission,\" she wrote to a "
      "friend in 1911.",
      2024_y / nov / 5);
  check_span(event_with(g, "wrote"), 1911_y / jan / 1, 1911_y / dec / 31);
  const auto h = graph_of_text("Kovac said she had been unwell since Thursday.", 2025_y / sep / 6);
  REQUIRE(event_with(h, "unwell").time.start);
  CHECK(*event_with(h, "unwell").time.start == sys_days{2025_y / sep / 4});
}

TEST_CASE("t54 37: a comparison told through 'be' is no event", "[events][ev54]") {
  const auto [text, word] = GENERATE(table<std::string, std::string>({
      {"Airports are expected to be busier than ever this Thanksgiving week.", "busier"},
      {"Traffic is expected to be worst on Wednesday afternoon.", "worst"},
      {"On Christmas Eve, prices are usually lower.", "lower"},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, 2024_y / nov / 26), word) == 0);
}

TEST_CASE("t58 #46: a noun dated within the year of its group's date stays that event", "[events][ev59c]") {
  const auto g = graph_of_text(
      "Dock workers held a strike at the harbour on Monday. In March 2025, the strike closed the terminal for two days.",
      2025_y / mar / 5);
  const auto* held = event_at(g, "strike", 0);
  REQUIRE(held);
  CHECK(event_at(g, "strike", 1) == held);
}

TEST_CASE("t59 48: winning a title stays apart from becoming something else or from another winner", "[events][ev61b]") {
  const auto [text] = GENERATE(table<std::string>({
      {"Ortega wins world road title\n\nLucia Vidal became world road champion on Sunday in Zurich."},
      {"Ortega wins world road title\n\nMaria Ortega became team captain on Sunday in Zurich."},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kFriday);
  CHECK_FALSE(has_mention(event_with(g, "wins"), "became"));
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

TEST_CASE("a counted time ending a subject's relative clause belongs to that clause", "[events]") {
  const auto [text, verb, title] = GENERATE(table<std::string, std::string, std::string>({
      {"An investigation that lasted six months blamed a software error.", "blamed", "Investigation blames software error"},
      {"A strike that lasted three weeks closed the port.", "closed", "Strike closes port"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / nov / 9);
  event_with(g, verb, title);
}

TEST_CASE("tester49 #38: a report a time clause tells is an event the main clause is timed by", "[events][tester49]") {
  const sys_days dct{2025_y / December / 3};
  const auto [text, report] = GENERATE(table<std::string, std::string>({
      {"Shares fell 7 percent on Tuesday after The Wall Street Journal first reported the recall plan.", "reported"},
      {"The minister resigned before the newspaper published the letters.", "published"},
      {"Prices have doubled since the agency announced the shortage.", "announced"},
      {"The stock rose after Reuters reported the deal on Monday.", "reported"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(events_with_mention(g, report) == 1);
}

TEST_CASE("tx51 #4: a fiscal quarter in a future clause said during it is the quarter under way", "[events][tx51][fiscal]") {
  const auto g = graph_of_text("The company, whose fiscal year ends in June, said it would report results for its fiscal "
                               "first quarter on Nov. 5.",
                               sys_days{2025_y / September / 17});
  CHECK(days_of(timex_in(g, "fiscal first quarter")) == "2025-07-01..2025-09-30");
  // (a year ending in September, said in November)
  const auto g2 = graph_of_text("Its fiscal year ends in September. The company will report results for its fiscal first "
                                "quarter in February.",
                                sys_days{2025_y / November / 10});
  CHECK(days_of(timex_in(g2, "fiscal first quarter")) == "2025-10-01..2025-12-31");
  // (in a past clause, the latest one ended)
  const auto g3 = graph_of_text("The company, whose fiscal year ends in June, reported a loss for its fiscal fourth quarter.",
                                sys_days{2025_y / September / 17});
  CHECK(days_of(timex_in(g3, "fiscal fourth quarter")) == "2025-04-01..2025-06-30");
}

TEST_CASE("tx52 t52-2: a month a noun's past participle takes is in the past", "[events][tx52]") {
  const sys_days dct{2026_y / February / 12};
  CHECK(timex_value_in("The measures answer the tariffs announced in April by Washington.", "April", dct) == "2025-04");
  CHECK(timex_value_in("He criticised the tariffs announced in April.", "April", dct) == "2025-04");
  // (a participle of planning still looks ahead; so does a future clause with no participle)
  CHECK(timex_value_in("The team will play the match scheduled for April.", "April", dct) == "2026-04");
  CHECK(timex_value_in("The tariffs will take effect in April.", "April", dct) == "2026-04");
}

TEST_CASE("tx55 t55-1: a coarser date in the main clause still moves the story", "[events][tx55]") {
  const sys_days dct{2024_y / March / 16};
  // (the month is the story's own time: a day later is some day of it, TimeML's month)
  CHECK(timex_value_in("The regulator cleared the merger on Tuesday. The firms had first met in March 2021. A day later, "
                       "they signed a letter of intent.",
                       "A day later", dct) == "2021-03");
  // (a season keeps its own granularity as a month does)
  CHECK(timex_value_in("The firms first met in the spring of 2021. Two days later, they signed a letter of intent.",
                       "Two days later", dct) == "2021-SP");
}

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2025_sep_9 {

const sys_days kDct = 2025_y / sep / 9;

TEST_CASE("issue 37: a rank told of an event is no event apart from it", "[events][ev51]") {
  const auto [text, event, rank] = GENERATE(table<std::string, std::string, std::string>({
      {"The theft is the second at a British museum in three years.", "theft", "second"},
      {"Workers walked out on Friday. The strike was the third at the plant this year.", "strike", "third"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kDct);
  for (const auto& e : g.events) CHECK((!has_mention(e, rank) || has_mention(e, event)));
}

TEST_CASE("issue 37: an occasion counted in a run is the occasion of its clause's event", "[events][ev51]") {
  const auto [text, verb, occasion] = GENERATE(table<std::string, std::string, std::string>({
      {"The Bank of England left interest rates unchanged at 5.25% on Thursday for the seventh meeting in a row.", "left",
       "meeting"},
      {"The central bank held rates on Wednesday for the fourth consecutive meeting.", "held", "meeting"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kDct);
  CHECK(has_mention(event_with(g, verb), occasion));
  CHECK(events_with_mention(g, occasion) == 1);
}

TEST_CASE("issue 37: a ranked event that is no run stays its own", "[events][ev51]") {
  const auto g = graph_of_text("The union held a first meeting on Monday and will hold a second meeting on Friday.", kDct);
  CHECK(events_with_mention(g, "meeting") == 2);
}

TEST_CASE("t51 issue 56: a name given with 'as' is no event and times nothing", "[events][ev51]") {
  const auto [text, naming] = GENERATE(table<std::string, std::string>({
      {"Delgado returned to Ho Chi Minh City, as Saigon is now called, for the first time in 2015.", "called"},
      {"He moved to Myanmar, as Burma is now known, in 1990.", "known"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / apr / 28);
  CHECK(events_with_mention(g, naming) == 0);
  CHECK(g.edges.empty());
}

TEST_CASE("t51 issue 56: a time clause with 'as' still times its clause", "[events][ev51]") {
  const auto g = graph_of_text("Shares fell on Monday as investors sold their holdings.", 2025_y / apr / 28);
  CHECK(events_with_mention(g, "sold") == 1);
}

}  // namespace dated_2025_sep_9
}  // namespace

// These tests use their own kThursday: other tests in this file use other values of the same names.
namespace {
namespace on_thursday_2024_oct_10 {

const sys_days kThursday = 2024_y / oct / 10;

TEST_CASE("t56 34: calling a thing by a name calls no event", "[events][ev57a]") {
  const auto g = graph_of_text("Officials called the closure a temporary setback.", kThursday);
  CHECK(events_with_mention(g, "called") == 0);
}

TEST_CASE("t56 44: the time a verb of taking time counts is its infinitive's act", "[events][ev57b]") {
  const auto [text, verb, act, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The champion needed only 70 minutes on Tuesday to beat the qualifier.", "needed", "beat", "Champion beats qualifier"},
      {"Crews took six hours on Tuesday to restore power in the valley.", "took", "restore", "Crews restore power"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  const auto& event = event_with(g, act);
  CHECK(has_mention(event, verb));
  CHECK(event.title.starts_with(title));
  check_day(event, 2024_y / oct / 8);
  CHECK(events_with_mention(g, verb) == 1);
}

TEST_CASE("t56 44: the act of a taking time still to come is to come", "[events][ev57b]") {
  const auto g = graph_of_text("The mayor said it would take three weeks to repair the pier.", kThursday);
  const auto& repair = event_with(g, "repair");
  CHECK(has_mention(repair, "take"));
  CHECK(repair.modality != graph::Modality::Actual);
}

TEST_CASE("t56 44: a headline's freed stays apart from the release of someone else", "[events][ev57b]") {
  const auto g = graph_of_text(
      "Martin Kessler freed after ten years\n\nA court in Lyon released Paula Ortiz on Tuesday, her lawyer said.", kThursday);
  CHECK_FALSE(has_mention(event_with(g, "freed"), "released"));
}

TEST_CASE("t56 39: a word that only starts like a prefix keeps its own lemma", "[events][ev57b]") {
  const auto tokens = EventsFixture::get().prepare("The firm is reporting a loss.");
  CHECK(tokens.tokens[token_index(tokens, "reporting")].lemma == "report");
}

TEST_CASE("t56 48: suffering from an injury is the injury", "[events][ev57b]") {
  const auto g = graph_of_text("Her coach said the swimmer had been suffering from a knee injury since the winter.", kThursday);
  CHECK(has_mention(event_with(g, "injury"), "suffering"));
}

TEST_CASE("t58 30: a raid led by soldiers is told as done", "[events][ev59b]") {
  const auto g = graph_of_text("The raid on the compound was led by special forces on Sunday.", kThursday);
  CHECK(event_with(g, "led").modality == graph::Modality::Actual);
}

TEST_CASE("t58 41: filing a complaint is an act on the timeline", "[events][ev59b]") {
  const auto g = graph_of_text("The hospital has filed a complaint against the supplier.", kThursday);
  CHECK(event_with(g, "filed").title.starts_with("Hospital files complaint"));
}

TEST_CASE("t59 57: a past with an object is still done by its subject", "[events][ev61a]") {
  const auto g = graph_of_text("Workers carried out repairs last month.", kThursday);
  CHECK(event_with(g, "carried").title.starts_with("Workers carry out repairs"));
}

TEST_CASE("t59 57: an object the parser hung on a date stays in the title", "[events][ev61a]") {
  const auto g = graph_of_text("The crew plans to use sonar next summer to survey the rest of the wreck.", kThursday);
  CHECK(event_with(g, "use").title.starts_with("Crew uses sonar"));
}

TEST_CASE("t59 56: an active past with a by phrase stays active", "[events][ev61a]") {
  const auto g = graph_of_text("The captain led by example.", kThursday);
  CHECK(event_with(g, "led").title.starts_with("Captain leads by example"));
}

}  // namespace on_thursday_2024_oct_10
}  // namespace

// These tests use their own kWednesday: other tests in this file use other values of the same names.
namespace {
namespace on_wednesday_2024_jun_5 {

const sys_days kWednesday = 2024_y / jun / 5;

TEST_CASE("t57 24: firms joined by 'and' are who 'they' are", "[events][ev58b]") {
  const auto g = graph_of_text("Acme Corp. and Globex Inc. said they would move some staff to Leeds.", kWednesday);
  CHECK(event_with(g, "move").title.starts_with("Acme Corp. and Globex Inc. move"));
}

TEST_CASE("t57 41: a state in a place or condition since a time is an event with its subject", "[events][ev58b]") {
  const auto g = graph_of_text("The ferry has been in dry dock since March.", kWednesday);
  CHECK(event_with(g, "dock").title == "Ferry in dry dock");
}

}  // namespace on_wednesday_2024_jun_5
}  // namespace

// These tests use their own kThursday: other tests in this file use other values of the same names.
namespace {
namespace on_thursday_2025_oct_16 {

const date::sys_days kThursday = 2025_y / October / 16;

TEST_CASE("t58 #22: a place a relative clause puts its noun in since a time is titled with that noun", "[events][ev59a]") {
  const auto g = graph_of_text("Engineers will dig up the copper cables, which have been in the soil since the 1960s.", kThursday);
  CHECK(event_with(g, "soil").title == "Copper cables in soil");
  CHECK_FALSE(has_title_starting(g, "Soil"));
}

TEST_CASE("t58 #26: a thing named as a subject of its own still stands for a later 'it'", "[events][ev59a]") {
  const auto g = graph_of_text("The old ferry was sold in May. A month later it sank off the coast.", kThursday);
  CHECK(event_with(g, "sank").title.rfind("Old ferry sinks", 0) == 0);
}

}  // namespace on_thursday_2025_oct_16
}  // namespace

// These tests use their own kWednesday: other tests in this file use other values of the same names.
namespace {
namespace on_wednesday_2024_oct_9 {

const sys_days kWednesday = 2024_y / oct / 9;

TEST_CASE("t60 titles: a phrase opened by behind is part of the title", "[events][ev62b]") {
  const auto g = graph_of_text("The Belgian rider finished behind the sprint winner.", kWednesday);
  CHECK(event_with(g, "finished").title.find("behind sprint winner") != std::string::npos);
}

TEST_CASE("t60 titles: a verb on a noun with a by agent is a participle", "[events][ev62b]") {
  // (not a verb of leading or owning, which only describes the noun: describes-by, ev63)
  const auto g = graph_of_text("The agency said that a review, ordered by the retired judge Anna Berg, would report by June 30.", kWednesday);
  const auto& ordered = event_with(g, "ordered");
  CHECK(ordered.title.starts_with("Review ordered by"));
}

TEST_CASE("t60 titles: a plain name is still said by its surname", "[events][ev62b]") {
  const auto g = graph_of_text("Anna Berg resigned on Monday.", kWednesday);
  CHECK(event_with(g, "resigned").title.starts_with("Berg resigns"));
}

}  // namespace on_wednesday_2024_oct_9
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2026_sep_17 {

const sys_days kDct{2026_y / September / 17};  // a Thursday

TEST_CASE("sp57: a past clause with an adjective participle stays past", "[events][sp57]") {
  for (unsigned n = 1; n <= 7; ++n) {
    if (n == 4) continue;
    const std::string day = kWeekdays[n - 1];
    const std::string text = "Volunteers cleared fallen trees from flooded streets on " + day + ".";
    INFO(text);
    CHECK(timex_value_in(text, day, kDct) == iso(weekday_before(kDct, n % 7)));
  }
}

}  // namespace dated_2026_sep_17
}  // namespace
