// Events that have not happened yet: plans, expectations, hopes, conditions and possibilities,
// and the dates such events take.
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
#include "core/events/event_attributes.h"
#include "core/events/lexicon.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph;
using namespace chronograph::test;
using namespace date::literals;
using chronograph::core::EventLexicon;
using chronograph::graph::EdgeType;
using chronograph::graph::Modality;

namespace {

const sys_days kGamesDct{2026_y / January / 29};

const sys_days kFriday = 2024_y / oct / 4;

const sys_days kTuesday = 2025_y / mar / 11;


// The modality of `word` taken as an event of the one sentence `sentence`, whether or not the
// trigger model takes it for one.
std::string word_modality(const std::string& sentence, const std::string& word) {
  const auto& f = EventsFixture::get();
  const auto tokens = f.prepare(sentence);
  const auto cues = chronograph::core::ClauseCues::of(tokens, tokens.sentences[0], f.extractor.lexicon());
  return chronograph::core::event_attributes(tokens, tokens.sentences[0], token_index(tokens, word), cues, f.extractor.lexicon())
      .modality;
}

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::string iso(sys_days day) { return date::format("%F", day); }

}  // namespace

TEST_CASE("t49 53: what happens in a trial is not before the trial", "[events][dt50]") {
  const sys_days dct = 2023_y / November / 17;
  const auto g = graph_of_text("In a trial that ran from 2019 to 2022, 28 of 31 patients had no severe pain crises for "
                               "at least 12 months after treatment. Lumen began the trial in the spring of 2019.",
                               dct);
  const auto& treatment = event_with(g, "treatment");
  const auto& trial = event_with(g, "trial");
  CHECK_FALSE(has_edge(g, treatment, graph::EdgeType::Before, trial));
  CHECK_FALSE((treatment.time.end && *treatment.time.end < sys_days{2019_y / June / 1}));
}

TEST_CASE("s50: the strike a past 'cost' tells of is done, not planned", "[events][dt51]") {
  const auto g = graph_of_text("The strike at the Ford plant in May cost $200 million.", 2024_y / March / 14);
  const auto& strike = event_with(g, "strike");
  CHECK(strike.modality == graph::Modality::Actual);
  check_span(strike, 2023_y / May / 1, 2023_y / May / 31);
}

TEST_CASE("s50: a month on the subject of a verb ahead, or of a plan put off, stays ahead", "[events][dt51]") {
  const sys_days dct = 2024_y / March / 14;
  const auto [text, value] = GENERATE(table<std::string, std::string>({
      {"The strike in May will cost $200 million.", "2024-05"},
      {"Workers said the strike in May would cost $200 million.", "2024-05"},
      {"The vote in May was postponed.", "2024-05"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, "May", dct) == value);
}

TEST_CASE("t49 25: an expected cut is an event of its own, planned, with the expected time", "[events][dt51]") {
  const sys_days dct = 2024_y / June / 20;
  const auto [text, trigger, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Most economists expect two cuts in the second half of the year.", "cuts", 2024_y / July / 1,
       2024_y / December / 31},
      {"Analysts expect a rate cut in September.", "cut", 2024_y / September / 1, 2024_y / September / 30},
      {"The Bank said a cut in August was \"finely balanced\".", "cut", 2024_y / August / 1, 2024_y / August / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& cut = event_with(g, trigger);
  CHECK(cut.modality == graph::Modality::Planned);
  check_span(cut, start, end);
}

TEST_CASE("t49 25: 'went to see' is no plan", "[events][dt51]") {
  const auto g = graph_of_text("They went to see the fire on Monday.", 2021_y / August / 9);
  CHECK(event_with(g, "see").modality == graph::Modality::Actual);
}

TEST_CASE("t51 28: 'phased in over the next five years, starting in January 2027' is not cut to January 2027",
          "[events][dt51]") {
  const auto g = graph_of_text("The short-term rental tax will be phased in over the next five years, starting in January 2027.",
                               2026_y / June / 9);
  const auto& event = event_with(g, "phased");
  REQUIRE(event.time.end);
  CHECK(*event.time.end > 2030_y / January / 1);
}

TEST_CASE("t51 27: a weekday ahead told a few sentences after a day ahead of a plan comes after it", "[events][dt52]") {
  const sys_days dct = 2024_y / June / 20;  // a Thursday
  const auto [text, value] = GENERATE(table<std::string, std::string>({
      {"The emperor will travel to Oxford on Wednesday, 26 June, where Naruhito studied for two years in the 1980s. "
       "He will visit Merton College. The visit will end on Friday with a formal farewell at the palace.",
       "2024-06-28"},
      {"The emperor will travel to Oxford on Wednesday, 26 June. He will visit Merton College, his old college, and "
       "the Bodleian Library. The visit will end on Friday with a formal farewell at the palace.",
       "2024-06-28"},
      {"The ministers will meet in Brussels on Tuesday, June 25. They will discuss the budget. The talks will close "
       "on Monday.",
       "2024-07-01"},
  }));
  CAPTURE(text);
  CHECK(chronograph::test::timex_value_in(text, value == "2024-07-01" ? "Monday" : "Friday", dct) == value);
}

TEST_CASE("t52 45: no ordering edge reaches an event that did not happen", "[events][dt52]") {
  const auto g = graph_of_text(
      "The Commission had delayed its response twice, agreeing a 90-day pause in July to allow negotiations to "
      "continue. \"We gave talks every chance,\" Trade Commissioner Maros Sefcovic told reporters in Brussels. \"The "
      "pause expired on Oct. 9 and nothing changed.\"",
      2026_y / February / 12);
  REQUIRE(event_with(g, "changed").modality == graph::Modality::Negated);
  for (const auto& edge : g.edges) {
    if (edge.type != graph::EdgeType::Before && edge.type != graph::EdgeType::Includes &&
        edge.type != graph::EdgeType::Simultaneous)
      continue;
    for (const auto& event : g.events)
      if (event.id == edge.from || event.id == edge.to) {
        CAPTURE(edge.from, edge.to);
        CHECK(event.modality != graph::Modality::Negated);
      }
  }
}

TEST_CASE("t53 14: a date after the that of a clause the parser hung on the verb is not the verb's", "[events][dt53]") {
  const sys_days dct = 2025_y / June / 11;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The foundation released version 12 on Tuesday, and reminded users that support for version 10 ends on 14 "
       "October 2025.",
       "reminded"},
      {"The council reminded residents that collections end on 14 October.", "reminded"},
      {"The bank warned customers that the old cards expire on 30 September.", "warned"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  CHECK(event.time.start != std::optional<sys_days>(2025_y / October / 14));
  CHECK(event.time.start != std::optional<sys_days>(2025_y / September / 30));
}

TEST_CASE("t54 20: a date in a conjoined clause with its own subject does not date the first conjunct", "[events][dt54]") {
  const sys_days dct = 2025_y / September / 28;  // a Sunday
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Kiprop won on Sunday. Tadesse Bekele finished second, and last year's champion, Jonas Mwangi, was third.",
       "finished"},
      {"Petrova won the final, and last year's winner was fourth.", "won"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, dct), trigger).time.start != std::optional<sys_days>(2024_y / January / 1));
}

TEST_CASE("t54 64: an after phrase behind a later conjunct orders that conjunct, not the first", "[events][dt54]") {
  const sys_days dct = 2025_y / October / 22;
  const auto [text, first, later, signal] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The aircraft left the islands early on Monday and touched down at 2 p.m., after a flight of about five hours.",
       "left", "touched", "flight"},
      {"The ship left Lisbon on Monday and docked in Porto on Wednesday, after a voyage of two days.", "left", "docked",
       "voyage"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  using chronograph::graph::EdgeType;
  CHECK_FALSE(chronograph::test::has_edge(g, event_with(g, signal), EdgeType::Before, event_with(g, first)));
  CHECK(chronograph::test::has_edge(g, event_with(g, signal), EdgeType::Before, event_with(g, later)));
}

TEST_CASE("a noun that tells of another occasion is not one named before", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Leaders met in Rome on Monday. At a meeting next week, they will approve the budget.", "approve"},
      {"The board held a meeting on Monday. At the next meeting, directors will approve the budget.", "approve"},
      {"The board held a meeting on Monday. At the meeting next month, directors will approve the budget.", "approve"},
      // a place is no occasion, though something happened there before
      {"Protesters gathered in the square on Monday. In the square, workers planted trees.", "planted"},
  }));
  CAPTURE(text);
  const auto g = solved_graph_of_text(text, dct);
  CHECK(event_with(g, trigger).time.start != std::optional<sys_days>(2024_y / March / 4));
}

TEST_CASE("t55 22: a fronted during phrase is part of the verb it hangs on, not the one before", "[events][dt55]") {
  const auto g = graph_of_text("She moved to Lisbon in the 1980s, and during the strike she worked at a water plant.",
                               2024_y / March / 8);
  const auto& strike = event_with(g, "strike");
  CHECK_FALSE(has_edge(g, event_with(g, "moved"), EdgeType::PartOf, strike));
  CHECK(has_edge(g, event_with(g, "worked"), EdgeType::PartOf, strike));
}

// Item 18: "denied reports last month that ...": "reports" is the denial's object (a noun), so the
// month dates the denial, and not the claim denied.

TEST_CASE("t55 18: a date after a denial's object dates the denial, not the claim", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;
  const auto g = graph_of_text("The ministry denied reports last week that the dam had cracked during the storm.", dct);
  check_span(event_with(g, "denied"), 2024_y / February / 26, 2024_y / March / 3);
  CHECK_FALSE(event_with(g, "cracked").time.value.starts_with("2024-W09"));
}

// Item 70 (and the clauses its repair brings to light): a clause "after" opens in the present or
// the present perfect under a verb still to come tells of what is awaited, not of what happened.

TEST_CASE("t55 70: an awaited clause in the present perfect is planned, one in the past actual", "[events][dt56]") {
  using chronograph::graph::Modality;
  const sys_days dct = 2024_y / March / 8;
  const auto [text, host, modality] = GENERATE(table<std::string, std::string, Modality>({
      {"The minister will resign after the report has been published.", "resign", Modality::Planned},
      {"The minister will resign after the report is published.", "resign", Modality::Planned},
      {"The minister resigned after the report had been published.", "resigned", Modality::Actual},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& published = event_with(g, "published");
  CHECK(published.modality == modality);
  CHECK(has_edge(g, published, EdgeType::Before, event_with(g, host)));
}

// Item 12: "If this budget does not pass, salaries ... will be delayed": the consequent of an "if"
// clause holds only on it, also where the parser hung the clause on the subject or made it one.

TEST_CASE("t56 12: the consequent of an if clause the parser hung on its subject is hypothetical", "[events][dt57a]") {
  const sys_days dct = 2023_y / January / 20;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"\"If the levy is not approved, pensions for miners and farmers will be cut in March,\" she warned.", "cut"},
      {"\"If this levy does not pass, wages for porters and drivers will be frozen in March,\" he warned.", "frozen"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  CHECK(event_with(g, trigger).modality == Modality::Hypothetical);
}

TEST_CASE("t56 12: a warned plan with no condition stays planned", "[events][dt57a]") {
  const auto g = graph_of_text("\"Pensions for miners and farmers will be cut in March,\" she warned.", 2023_y / January / 20);
  CHECK(event_with(g, "cut").modality == Modality::Planned);
}

// Item 18: "would keep rerouting some ships until the end of the month": "keep" with a gerund is
// a phase of the gerund's event, one planned event running until then, not a second, actual one.

TEST_CASE("t56 18: keep with a gerund is one event with it, as planned as the keeping", "[events][dt57a]") {
  const sys_days dct = 2023_y / March / 8;
  const auto [text, last] = GENERATE(table<std::string, sys_days>({
      {"The airline said it would keep cancelling some flights until the end of the month.", 2023_y / March / 31},
      {"The port said it would keep turning away some tankers until March 20.", 2023_y / March / 20},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& kept = event_with(g, "keep");
  CHECK(chronograph::test::events_with_mention(g, "keep") == 1);
  CHECK(kept.mentions.size() == 2);
  CHECK(kept.modality == Modality::Planned);
  REQUIRE(kept.time.end);
  CHECK(*kept.time.end == last);
}

// Item 24: "pushing a final decision into next year": a date after "into" on a verb with an
// object is the object's time; the verb keeps the date of the clause it hangs on.

TEST_CASE("t56 24: a date an object is pushed into dates the object, not the pushing", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 24;  // a Wednesday
  const auto g = graph_of_text(
      "Judges on Monday adjourned the trial of the former mayor, pushing a verdict into next year and leaving the city "
      "without a leader.",
      dct);
  check_day(event_with(g, "pushing"), 2025_y / September / 22);
  check_span(event_with(g, "verdict"), 2026_y / January / 1, 2026_y / December / 31);
}

// Item 6: "The previous autumn, fishermen in Tromso had blockaded the harbour": a fronted date
// the parser hung on the subject noun as a compound is cut off from it by the comma, so it dates
// the verb, not a thing.

TEST_CASE("t58 6: a fronted date before a comma dates the verb, not the subject noun", "[events][dt59a]") {
  const auto g = graph_of_text(
      "A second round of talks opened in the spring of 2003. The previous winter, farmers in the valley had blocked "
      "the main road for two days.",
      2004_y / February / 10);
  const auto& blocked = event_with(g, "blocked");
  REQUIRE(blocked.time.start);
  REQUIRE(blocked.time.end);
  CHECK(*blocked.time.start >= 2002_y / December / 1);
  CHECK(*blocked.time.end <= 2003_y / February / 28);
}

// Item 53: "won silver ... at the 2023 world championships ... and was the African champion in
// 2022": the year of the copular conjunct is the title's, not the win's.

TEST_CASE("t58 53: a date in a conjoined copular predicate does not date the first verb", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Mbeki won gold in the 800 metres at the 2019 national games in Durban and was the regional champion in 2017.",
      2025_y / November / 10);
  const auto& won = event_with(g, "won");
  REQUIRE(won.time.start);
  CHECK(*won.time.start != 2017_y / January / 1);
}

// Item 56: "have been annulled, including a fourth-place finish at the ... meeting in Rome in
// June 2024": the date is the member's (the meeting's), not the annulment's. And "He has always
// denied ..." is a present perfect, which does not go on the narrative of a dated test.

TEST_CASE("t58 56: a date in an including phrase dates the member, not the clause", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Her results since the failed test have been cancelled, including a third-place finish at the Golden Gala meeting "
      "in Florence in May 2021, which she was allowed to run while her appeal was pending.",
      2025_y / November / 10);
  const auto& cancelled = event_with(g, "cancelled");
  CHECK_FALSE((cancelled.time.start && *cancelled.time.start == 2021_y / May / 1));
  check_span(event_with(g, "meeting"), 2021_y / May / 1, 2021_y / May / 31);
}

TEST_CASE("t58 56: an event noun in an including phrase does not pass its date to the verb", "[events][dt59b]") {
  const auto g = graph_of_text(
      "Her results have been cancelled, including a third-place finish at the Golden Gala meeting in Florence in May 2021.",
      2025_y / November / 10);
  const auto& cancelled = event_with(g, "cancelled");
  CHECK_FALSE((cancelled.time.start && *cancelled.time.start == 2021_y / May / 1));
}

TEST_CASE("t58 56: has always denied is a present perfect, off the narrative of a dated day", "[events][dt59b]") {
  const auto g = graph_of_text("The senator was charged with fraud on 3 May 2022. He has always denied the charges.",
                               2025_y / November / 10);
  const auto& denied = event_with(g, "denied");
  CHECK(denied.aspect == "PERFECTIVE");
  CHECK_FALSE((denied.time.start && *denied.time.start == 2022_y / May / 3));
}

TEST_CASE("t58 56: a simple past denial still goes on the narrative", "[events][dt59b]") {
  const auto g = graph_of_text("The senator was charged with fraud on 3 May 2022. He denied the charges.",
                               2025_y / November / 10);
  check_span(event_with(g, "denied"), 2022_y / May / 3, 2022_y / May / 3);
}

// Item 38: "When construction began in April 2011, the tunnel was scheduled to open in 2025": the
// "when" clause is the scheduling's time, not the opening's; no link, so no conflict.

TEST_CASE("t58 38: a when clause on a folded verb of planning does not link the planned event", "[events][dt59b]") {
  const auto g = solved_graph_of_text("When work on the dam started in May 2008, the reservoir was scheduled to fill in 2012.",
                                      2025_y / November / 10);
  const auto& started = event_with(g, "started");
  const auto& fill = event_with(g, "fill");
  CHECK_FALSE(has_edge(g, started, EdgeType::Simultaneous, fill));
  CHECK_FALSE(has_edge(g, fill, EdgeType::Simultaneous, started));
  CHECK(g.conflicts.empty());
}

// Item 2: "set off on Nov. 9 ... covered 1,130 kilometres, averaging 22 kilometres a day, and
// arrived at the pole at 3:20 p.m.": days told to pass since the day last named leave that day
// behind, so the bare time of day is on a day the text leaves open, before the DCT.

TEST_CASE("t59 2: a time of day after days told to pass does not take the day named before", "[events][dt60]") {
  const sys_days dct = 2021_y / May / 1;
  const auto g = graph_of_text(
      "The rowers left Lisbon on March 3 with food for six weeks. They crossed the ocean, rowing about 80 kilometres "
      "a day, and landed in Barbados at 2:10 p.m. local time.",
      dct);
  const auto& landing = event_with(g, "landed");
  CHECK_FALSE(landing.time.start == std::optional<sys_days>(sys_days{2021_y / March / 3}));
  REQUIRE(landing.time.end);
  CHECK(*landing.time.end <= dct);
  CHECK(chronograph::test::timex_value_in(
            "The rowers left Lisbon on March 3 with food for six weeks. They crossed the ocean, rowing about 80 "
            "kilometres a day, and landed in Barbados at 2:10 p.m. local time.",
            "2:10 p.m. local time", dct) == "XXXX-XX-XXT14:10");
}

// Item 23: "denied it on Wednesday, saying he had acted on the advice available at the time": a
// past perfect lies before the date its sentence gave the report, so "the time" is not that date.

TEST_CASE("t59 23: at the time in a past perfect is not the date of the report around it", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;  // a Thursday
  const auto [text, expression] = GENERATE(table<std::string, std::string>({
      {"The mayor was warned about the cracks in April 2018. She rejected that claim on Tuesday, "
       "insisting she had followed the rules in force at the time.",
       "the time"},
      {"The minister denied the story on Monday, arguing that he had acted properly at that time.", "that time"},
  }));
  CAPTURE(text);
  CHECK(timex_value_in(text, expression, dct) == "PAST_REF");
}

TEST_CASE("t59 5: what a planned journey goes for is on the journey's day", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"On Monday the two ministers will tour the shipyard in Gdansk. They will return to Warsaw that evening for a "
       "reception held by the city council.",
       "held"},
      {"On Monday the two ministers will tour the shipyard in Gdansk. They are expected to return to Warsaw that "
       "evening for a banquet hosted by the governor.",
       "hosted"},
      {"The foreign minister will fly to Geneva on Monday for talks with the rebels.", "talks"},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), 2025_y / March / 10, 2025_y / March / 10);
}

TEST_CASE("t59 16: an event told afterwards with no word of closeness is not put on that day", "[events][dt61b]") {
  const auto g = graph_of_text("The board met at 9 a.m. on Wednesday. Three new directors were elected afterwards.",
                               2025_y / September / 25);
  const auto& event = event_with(g, "elected");
  CHECK_FALSE((event.time.start && *event.time.start == 2025_y / September / 24));
}

TEST_CASE("t60 7: a state told in the past does not go on at the article's date", "[events][dt62]") {
  const sys_days dct = 2019_y / June / 16;
  const auto g = graph_of_text("Three climbers remained in hospital in Grenoble.", dct);
  const auto& remained = event_with(g, "remained");
  CHECK_FALSE(remained.time.going_on());
  REQUIRE(remained.time.end);
  CHECK(*remained.time.end == dct);
}

// Item 1: "publish an interim report within six weeks and a full report next year": the year
// dates the second report, whose verb the text leaves out, not the publishing of the first.

TEST_CASE("t60 1: a date after a second object joined with its own time is not the verb's", "[events][dt62]") {
  const auto g = graph_of_text(
      "The regulator said it expected to publish a preliminary review within four weeks and a final review next year.",
      2019_y / June / 16);
  const auto& publish = event_with(g, "publish");
  REQUIRE(publish.time.end);
  CHECK(*publish.time.end < sys_days{2020_y / January / 1});
}

// Item 20: "had invited both sides to new talks, possibly as early as Friday", said on Monday:
// inviting looks ahead, so a date after the article's is the talks', not the invitation's.

TEST_CASE("t60 20: an invitation told as done is not dated on the day it invites to", "[events][dt62]") {
  const sys_days dct = 2024_y / April / 9;
  const auto g = graph_of_text(
      "The mediator said on Monday night that it had invited both unions to fresh talks, possibly as early as Friday.", dct);
  const auto& invited = event_with(g, "invited");
  REQUIRE(invited.time.end);
  CHECK(*invited.time.end <= dct);
}

// Item 57: "would publish a report on its handling of the case early next year": the year dates
// the publishing, not the handling the report is about.

TEST_CASE("t60 57: a date on a verb does not date what the verb's object is about", "[events][dt62]") {
  const sys_days dct = 2024_y / April / 9;
  const auto g = graph_of_text(
      "The regulator said it would publish a report on its handling of the inquiry early next year.", dct);
  const auto& handling = event_with(g, "handling");
  CHECK_FALSE(handling.time.start == sys_days{2025_y / January / 1});
  const auto& publish = event_with(g, "publish");
  REQUIRE(publish.time.start);
  CHECK(*publish.time.start == sys_days{2025_y / January / 1});
}

TEST_CASE("issue 30: a date after what a verb of expecting governs is the expected thing's", "[events][ev49]") {
  const auto [text, expected, deadline] = GENERATE(table<std::string, std::string, sys_days>({
      {"Britain's Competition and Markets Authority is conducting a parallel review and is expected to announce its "
       "own phase-one decision by Aug. 20.",
       "announce", 2020_y / aug / 20},
      {"The regulator has opened an inquiry and is expected to publish its findings by Sept. 30.", "publish",
       2020_y / sep / 30},
      {"The authority is expected to announce its decision by Aug. 20.", "announce", 2020_y / aug / 20},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  const auto& event = event_with(g, expected);
  CHECK(event.modality == graph::Modality::Planned);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == deadline);
  // (where the expecting has a subject of its own it is a mention of what it expects,
  // raising_frame.h; else an event of its own, which the deadline does not date)
  const auto& expecting = event_with(g, "expected");
  CHECK((&expecting == &event || !(expecting.time.end && *expecting.time.end == deadline)));
}

TEST_CASE("tester49 #28: schedule items named by nouns are dated planned events", "[events][ev50b]") {
  const auto g = solved_graph_of_text(
      "The men's short program is on Feb. 10 and the free skate three days later. The women's downhill follows "
      "the next day.",
      kGamesDct);
  check_day(event_with(g, "program"), 2026_y / February / 10);
  check_day(event_with(g, "skate"), 2026_y / February / 13);
  check_day(event_with(g, "follows"), 2026_y / February / 14);
  CHECK(event_with(g, "follows").title == "Women's downhill follows");
  for (const auto& e : g.events) CHECK(e.modality == chronograph::graph::Modality::Planned);
}

TEST_CASE("tester51 #36: expecting with no comparison stays an event", "[events][tester51]") {
  const auto g = graph_of_text("Analysts in London expected a rate cut in March.", sys_days{2025_y / January / 14});
  CHECK(events_with_mention(g, "expected") == 1);
}

TEST_CASE("t52 21: a bare verb after 'to' or a modal is still an event", "[events][ev53]") {
  const auto g = graph_of_text("The company agreed to pay the fine. Workers will pay more for fuel.", kFriday);
  CHECK(events_with_mention(g, "pay") == 2);
}

TEST_CASE("t53 30: 'should' with a time for its verb is a forecast, which may come", "[events][ev53]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Meteorologists said the winds should drop on Monday.", "drop"},
      {"The repairs should be finished by June.", "finished"},
      {"The storm should ease by Friday.", "ease"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / may / 18), verb).modality == graph::Modality::Possible);
}

TEST_CASE("t53 29: 'would rather' tells a preference, no act", "[events][ev53]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"\"We would rather ship late than ship broken,\" said Priya Natarajan, the project's release manager.", "ship"},
      {"He said he would rather resign than apologise.", "resign"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jun / 11), verb).modality == graph::Modality::Hypothetical);
}

TEST_CASE("t54 22: a verb an elliptical 'if necessary' hangs on is hypothetical", "[events][ev54]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"If the score is level after 14 games, the players will meet in tie-breaks on the final day, Dec. 16, with "
       "rapid games followed, if necessary, by blitz.",
       "followed"},
      {"The trial will be extended if needed.", "extended"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2026_y / nov / 24), verb).modality == graph::Modality::Hypothetical);
}

TEST_CASE("t54 22: a past verb after a whole 'if' clause and a verb with none stay actual", "[events][ev54]") {
  const auto g = graph_of_text("If the score was level, the players met in tie-breaks. Police arrested the man on Monday.",
                               2026_y / nov / 24);
  CHECK(event_with(g, "met").modality == graph::Modality::Actual);
  CHECK(event_with(g, "arrested").modality == graph::Modality::Actual);
}

TEST_CASE("t57 55: an infinitive and a gerund under a forecast share its modality, never actual", "[events][ev57c]") {
  const auto g = graph_of_text(
      "The surveyor expected rents to keep rising until the autumn and to level off only after that.", kTuesday);
  const auto forecast = event_with(g, "keep").modality;
  CHECK(forecast != graph::Modality::Actual);
  CHECK(event_with(g, "rising").modality == forecast);
  CHECK(event_with(g, "level").modality == forecast);
}

TEST_CASE("t57 55: a gerund after a modal verb shares its modal", "[events][ev57c]") {
  const auto g = graph_of_text("Fares could start rising again next month.", kTuesday);
  CHECK(event_with(g, "rising").modality == graph::Modality::Possible);
}

TEST_CASE("t57 55: a gerund told as done stays actual", "[events][ev57c]") {
  const auto g = graph_of_text("Rents kept rising through the winter.", kTuesday);
  CHECK(event_with(g, "rising").modality == graph::Modality::Actual);
}

TEST_CASE("t57 #16: 'NAME plans to VERB' is the name's plan to do it, no event 'NAME plans'", "[events][ev58a]") {
  const auto g = graph_of_text("Norvik plans to open a plant in Ohio by the end of the year.", 2025_y / May / 7);
  CHECK_FALSE(has_title_starting(g, "Norvik plans"));
  const auto& open = event_with(g, "open");
  CHECK(open.modality == graph::Modality::Planned);
  CHECK(has_actor(open, "norvik"));
}

TEST_CASE("what a verb of ordering orders its object to do is required, so planned", "[events]") {
  const auto [text, act] = GENERATE(table<std::string, std::string>({
      {"The ministry ordered the airline to submit maintenance records by Friday.", "submit"},
      {"The regulator instructed the bank to raise its capital by March.", "raise"},
      {"The judge required the company to publish the report.", "publish"},
      {"The governor directed state agencies to cut spending.", "cut"},
      {"The court ordered that the documents be released to the press.", "released"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jan / 20);
  CHECK(event_with(g, act).modality == graph::Modality::Planned);
}

TEST_CASE("what a verb of asking asks its object to do stays possible, and a forcing tells what was done", "[events]") {
  const auto [text, act, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"The union urged members to reject the offer.", "reject", graph::Modality::Possible},
      {"The government asked Boeing to fix the door.", "fix", graph::Modality::Possible},
      {"The army forced the rebels to withdraw.", "withdraw", graph::Modality::Actual},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 20), act).modality == modality);
}

TEST_CASE("what someone said would happen is still planned", "[events]") {
  const auto [text, said] = GENERATE(table<std::string, std::string>({
      {"The union said the strike would last 48 hours.", "last"},
      {"The company announced it would close the plant in March.", "close"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 22), said).modality == graph::Modality::Planned);
}

TEST_CASE("an infinitive after a counted act or after 'is set to' keeps its governor's modality", "[events]") {
  const auto [text, act, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"The company made two attempts to buy the rival.", "buy", graph::Modality::Possible},
      {"The new bridge is set to open in March.", "open", graph::Modality::Planned},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 22), act).modality == modality);
}

TEST_CASE("the month May is no modal: what happened in May after an event is told as done", "[events][modality]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"A U.S. distributor bought the rights in May after a screening for buyers in Cannes.", "screening"},
      {"The firm cut 200 jobs in May after a review of its costs.", "review"},
      {"Shares rose in May after a rally in bank stocks.", "rally"},
      {"The talks that began in May collapsed on Friday.", "collapsed"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jul / 22), trigger).modality == graph::Modality::Actual);
  // the modal "may" still leaves what it governs possible
  const auto g = graph_of_text("The union may call a strike in June.", 2025_y / jul / 22);
  CHECK(event_with(g, "strike").modality == graph::Modality::Possible);
}

TEST_CASE("the aim of a verb told as under way is still ahead, planned", "[events][modality]") {
  const auto [text, aim] = GENERATE(table<std::string, std::string>({
      {"Mediators were racing on Wednesday to extend a fragile truce before it expires at midnight on Thursday.", "extend"},
      {"Engineers are working around the clock to restore power to the city.", "restore"},
      {"Firefighters were battling on Sunday to contain the blaze.", "contain"},
      {"Crews have been working since Monday to clear the roads.", "clear"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 22), aim).modality == graph::Modality::Planned);
  // beside a verb told as done, the aim was done
  const auto g = graph_of_text("Protesters rallied outside parliament to demand his return.", 2025_y / jan / 22);
  CHECK(event_with(g, "demand").modality == graph::Modality::Actual);
}

TEST_CASE("'would' in a relative clause of a reported clause is the future seen then", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The agency said search operations would continue until Friday, after which heavy machinery would start "
       "clearing the debris.",
       "clearing"},
      {"The ministry said the bridge would stay closed until March, after which engineers would rebuild the deck.",
       "rebuild"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2026_y / mar / 4), verb).modality == graph::Modality::Planned);
  // a condition on the relative clause keeps it hypothetical
  const auto g = graph_of_text("The agency said search operations would continue until Friday, after which the debris "
                               "would be removed if the weather allowed.",
                               2026_y / mar / 4);
  CHECK(event_with(g, "removed").modality == graph::Modality::Hypothetical);
}

TEST_CASE("a clause with 'there' after a time noun and 'and' is an event of its own, dated by its own time",
          "[events][modality]") {
  const auto g = graph_of_text("Frost is expected on Friday night, and there could be snow on the Brecon Beacons early "
                               "next week.",
                               2025_y / feb / 12);
  const auto& snow = event_with(g, "snow");
  CHECK(snow.modality == graph::Modality::Possible);
  REQUIRE(snow.time.start);
  CHECK(*snow.time.start == 2025_y / feb / 17);
}

TEST_CASE("issue 36: what a vote or a choice decides is still to be done", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"County commissioners voted last month to hire an outside auditor.", "hire"},
      {"The council voted to close the library.", "close"},
      {"Members of Local 85 voted to strike.", "strike"},
      {"Members voted 91 percent in favor of strike action in a ballot that closed on Nov. 15.", "action"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / dec / 3), verb).modality == graph::Modality::Planned);
  // the vote itself was held
  const auto g = graph_of_text("The council voted to close the library.", 2024_y / dec / 3);
  CHECK(event_with(g, "voted").modality == graph::Modality::Actual);
}

TEST_CASE("issue 36: an event named with 'a' after 'after' is awaited as its clause is", "[events][modality]") {
  const auto [text, noun, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"Sentencing would be set for a date at least 60 days after a verdict, Okafor said.", "verdict",
       graph::Modality::Hypothetical},
      {"Talks would resume only after a ceasefire.", "ceasefire", graph::Modality::Hypothetical},
      {"The defendant will be sentenced after a trial, the judge said.", "trial", graph::Modality::Planned},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / dec / 3), noun).modality == modality);
  // after one told as done, it was done
  const auto g = graph_of_text("The defendant was sentenced after a trial that lasted two weeks.", 2024_y / dec / 3);
  CHECK(event_with(g, "trial").modality == graph::Modality::Actual);
}

TEST_CASE("issue 40: a decision on whether to act that will be made is planned", "[events][modality]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"A decision on whether to extend the deadline will be made in September.", "made"},
      {"A ruling on whether to lift the ban will be issued next month.", "issued"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2020_y / jul / 16);
  CHECK(event_with(g, verb).modality == graph::Modality::Planned);
  // the act the question is about stays open
  CHECK(event_with(g, verb == "made" ? "extend" : "lift").modality == graph::Modality::Hypothetical);
}

TEST_CASE("tester49 #16: a later mention's date outside the first one found does not replace it", "[events][tester49]") {
  // The body's March lies outside the headline's June: two readings, the first kept.
  const sys_days dct{2023_y / November / 17};
  const auto g = graph_of_text("Council approved the budget in June\n\nThe council approved the budget in March.", dct);
  const auto& event = event_with(g, "approved");
  REQUIRE(event.time.start);
  CHECK(*event.time.start != sys_days{2023_y / March / 1});
}

TEST_CASE("tester49: an event on or before a day may fall on that day", "[events][tester49]") {
  const sys_days dct{2023_y / November / 17};
  for (int ahead = 5; ahead <= 25; ahead += 4) {
    const sys_days day = dct + days{ahead};
    const year_month_day ymd{day};
    static const char* const kMonths[] = {"Jan.", "Feb.", "March", "April", "May", "June",
                                          "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    const std::string date = std::string(kMonths[static_cast<unsigned>(ymd.month()) - 1]) + " " +
                             std::to_string(static_cast<unsigned>(ymd.day()));
    INFO(date);
    const auto g = graph_of_text("The FDA is expected to decide on the therapy on or before " + date + ".", dct);
    const auto& decide = event_with(g, "decide");
    REQUIRE(decide.time.end);
    CHECK(*decide.time.end == day);
    // (plain "before" still ends the day before)
    const auto g2 = graph_of_text("The FDA is expected to decide on the therapy before " + date + ".", dct);
    const auto& decide2 = event_with(g2, "decide");
    REQUIRE(decide2.time.end);
    CHECK(*decide2.time.end == day - days{1});
  }
}

TEST_CASE("tx55 t55-2: a report's day does not move a story already at a day", "[events][tx55]") {
  // (the count compares with the story's day, the strike, not with the day it was told)
  CHECK(timex_value_in("The strike began on March 4. The union said on Friday that talks had failed. Two days later, the "
                       "port closed.",
                       "Two days later", sys_days{2024_y / March / 12}) == "2024-03-06");
}

TEST_CASE("tx55 initial: a noun of planning with no aim after it gives no time ahead", "[events][tx55]") {
  const sys_days wednesday{2024_y / March / 13};
  auto [text, day, value] = GENERATE(table<const char*, const char*, const char*>({
      {"On Monday, when the minister dropped holiday plans for the summit, the agency lifted a ban on travel.", "Monday",
       "2024-03-11"},
      {"On Tuesday, after the council shelved its building plans for the square, residents held a party.", "Tuesday",
       "2024-03-12"},
  }));
  INFO(text);
  CHECK(timex_value_in(text, day, wednesday) == value);
}

TEST_CASE("tx55 initial: plans to do a thing still look ahead", "[events][tx55]") {
  const sys_days wednesday{2024_y / March / 13};
  CHECK(timex_value_in("The company has plans to open a store on Friday.", "Friday", wednesday) == "2024-03-15");
}

// These tests use their own kDct and modality_of: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_jun_20 {

const sys_days kDct = 2024_y / jun / 20;

graph::Modality modality_of(const std::string& text, const std::string& trigger, const std::string& words = "") {
  const auto g = graph_of_text(text, kDct);
  return event_with(g, trigger, words).modality;
}

TEST_CASE("issue 29: an event said to be finely balanced or uncertain is possible", "[events][ev50]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The Bank said a cut in August was \"finely balanced\".", "balanced"},
      {"Analysts said a strike in July was uncertain.", "strike"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == graph::Modality::Possible);
}

TEST_CASE("issue 34: what a supposition under a condition suggests is hypothetical", "[events][ev50]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"If it also covers a burial, it could suggest a family cemetery used over several generations.", "used"},
      {"If the pattern holds, it could suggest a settlement abandoned after the flood.", "abandoned"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == graph::Modality::Hypothetical);
}

TEST_CASE("issue 34: the aim of a planned infinitive is planned too", "[events][ev50]") {
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"Archaeologists plan to return in 2020 to examine a second stone slab.", "examine"},
      {"Officials intend to travel to Geneva to sign the accord.", "sign"},
  }));
  CAPTURE(text);
  CHECK(modality_of(text, trigger) == graph::Modality::Planned);
}

}  // namespace dated_2024_jun_20
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2025_sep_9 {

const sys_days kDct = 2025_y / sep / 9;

TEST_CASE("s50: a verb of necessity is a mention of the act it requires, which is planned", "[events][ev51]") {
  const auto [text, frame, act] = GENERATE(table<std::string, std::string, std::string>({
      {"\"This is a dangerous storm, and people need to take it seriously,\" Talley said.", "need", "take"},
      {"Residents have to leave their homes by Wednesday.", "have", "leave"},
      {"The company needs to raise $2 billion by March.", "needs", "raise"},
      {"The airline is required to pay $5 million in fines.", "required", "pay"},
      {"Officials said the city ought to evacuate the coast.", "ought", "evacuate"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kDct);
  const auto& event = event_with(g, act);
  for (const auto& other : g.events) CHECK((&other == &event || !has_mention(other, frame)));
  CHECK(event.modality == graph::Modality::Planned);
}

TEST_CASE("s50: a modal over the verb of necessity speaks for the act", "[events][ev51]") {
  const auto [text, act, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"Residents may need to leave their homes.", "leave", graph::Modality::Possible},
      {"Residents will have to leave their homes by Friday.", "leave", graph::Modality::Planned},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kDct), act).modality == modality);
}

TEST_CASE("t51 issue 29: \"'d\" before a bare verb stays \"would\"", "[events][ev51]") {
  CHECK(event_with(graph_of_text("\"If they asked, we'd leave at once,\" he said.", 2025_y / apr / 28), "leave").modality ==
        graph::Modality::Hypothetical);
}

TEST_CASE("t51 issue 33: a step the calendar dates, until which a plan runs, is planned", "[events][ev51]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Hosts will pay 2 percent in the first year and the rate will rise each year until it reaches 10 percent in 2031.",
       "reaches"},
      {"The fee will rise every month until it reaches $50 in March.", "reaches"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2026_y / jun / 9), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t51 issue 33: an undated condition a plan runs until stays hypothetical", "[events][ev51]") {
  CHECK(event_with(graph_of_text("The strike will continue until the company agrees to talks.", 2026_y / jun / 9), "agrees")
            .modality == graph::Modality::Hypothetical);
}

// (the mention: the node of an event under way keeps the event's standing, its end folded in)
TEST_CASE("t51 issue 37: what a plan follows, told in the present, is to come", "[events][ev51]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Catch-up sessions will be held every six months after the campaign ends.", "ends"},
      {"Schools will reopen after the water recedes.", "recedes"},
  }));
  CAPTURE(text);
  CHECK(last_event(EventsFixture::get().extract(text), verb).modality == "planned");
}

}  // namespace dated_2025_sep_9
}  // namespace

// These tests use their own kThursday: other tests in this file use other values of the same names.
namespace {
namespace on_thursday_2024_jun_20 {

const sys_days kThursday = 2024_y / jun / 20;

TEST_CASE("t51 30: an event whose only news is a stop still to come is planned on the stop's date", "[events][ev52]") {
  const auto [text, mention, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The emperor will travel to Oxford on Wednesday, 26 June. The visit will end on Friday with a formal farewell "
       "at the palace, after which the couple will fly home.",
       "visit", 2024_y / jun / 28},
      {"The strike will end on Monday.", "strike", 2024_y / jun / 24},
      {"The festival will stop on Sunday, the organisers said.", "stop", 2024_y / jun / 23},
      {"The ceasefire is set to end on Saturday.", "end", 2024_y / jun / 22},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  const auto& event = event_with(g, mention);
  CHECK(event.modality == graph::Modality::Planned);
  CHECK(event.time.start == day);
  CHECK(event.time.end == day);
}

TEST_CASE("t51 30: an event told as begun, or with an end only possible, stays actual", "[events][ev52]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The walkout began on Monday and will end on Saturday.", "walkout"},
      {"The strike could end on Friday.", "strike"},
      {"The strike began last week. The strike will end on Friday.", "strike"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), noun).modality == graph::Modality::Actual);
}

TEST_CASE("t52 16: an event a date before its noun puts after the article is planned and dated", "[events][ev52]") {
  const sys_days dct = 2026_y / dec / 3;
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Nova Heights announces 2027 world tour", "tour"},
      {"Tickets for the 2027 world tour sold out within minutes.", "tour"},
      {"The parties are preparing for the 2027 election campaign.", "campaign"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), noun);
  CHECK(event.modality == graph::Modality::Planned);
  check_span(event, 2027_y / jan / 1, 2027_y / dec / 31);
}

TEST_CASE("t52 19: a plan reported with 'would' in a clause the parser took for an adverbial is planned", "[events][ev52]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Observers said the final plenary would resume on Saturday afternoon.", "resume"},
      {"Officials said the final session would start on Monday morning.", "start"},
      {"Aides said the annual summit would open on Friday.", "open"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / nov / 22), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t52 19: a real condition under 'would' stays hypothetical", "[events][ev52]") {
  const auto g = graph_of_text("He said the talks would resume if both sides agreed.", 2025_y / nov / 22);
  CHECK(event_with(g, "resume").modality == graph::Modality::Hypothetical);
}

TEST_CASE("t52 24: a headline clause after a semicolon with 'to' tells a plan", "[events][ev52]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Suez Canal reopens after container ship blockage; backlog to clear by mid-month", "clear"},
      {"Storm batters coast; schools to reopen on Monday", "reopen"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / oct / 4), verb).modality == graph::Modality::Planned);
}

}  // namespace on_thursday_2024_jun_20
}  // namespace

// These tests use their own kThursday: other tests in this file use other values of the same names.
namespace {
namespace on_thursday_2024_oct_10 {

const sys_days kThursday = 2024_y / oct / 10;

TEST_CASE("t55 47: the subject of 'was likely' is possible however the parser took 'likely'", "[events][ev55]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Geologists said at the time that a larger eruption was likely within the next few years.", "eruption"},
      {"Forecasters warned that a second storm was likely within days.", "storm"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), noun).modality == graph::Modality::Possible);
}

TEST_CASE("t55 52: a decision said to come with 'whether' after other words is planned", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Health officials said they would decide within weeks whether to pay for the drug.", "decide"},
      {"The board said it would decide at its next meeting whether the plant should close.", "decide"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t55 39: a past verb the tagger read as a participle after 'would X and' is told of its own", "[events][ev55]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"She said she would begin talks with smaller parties on Tuesday, but ruled out any deal with the Greens.", "ruled"},
      {"The mayor said the city would open two shelters and ruled out a curfew.", "ruled"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Actual);
}

TEST_CASE("t55 38: a plan told after a participle between commas keeps its subject", "[events][ev56]") {
  const auto g = graph_of_text(
      "The rocket lifted off on Monday. The next Aurora-2 launch, carrying a weather satellite, had been planned for "
      "June but will probably slip to next year.",
      kThursday);
  CHECK(event_with(g, "planned").title == "Launch planned");
}

TEST_CASE("t56 60: what a noun of prospect or risk says in a that clause is possible", "[events][ev57a]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The vote raised the prospect that the council will sell the library next year.", "sell"},
      {"The report fuelled fears that the dam will burst in the spring.", "burst"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Possible);
}

TEST_CASE("t56 33: would of a subject yet to exist is hypothetical", "[events][ev57a]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"The regulator said the combined company would control almost 40 percent of the market.", "control"},
      {"The chief executive said the merged group would cut 500 jobs by 2027.", "cut"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), verb).modality == graph::Modality::Hypothetical);
}

TEST_CASE("t56 33: would of a firm that exists, after a report, is planned", "[events][ev57a]") {
  const auto g = graph_of_text("The bank said the company would cut 500 jobs by 2027.", kThursday);
  CHECK(event_with(g, "cut").modality == graph::Modality::Planned);
}

TEST_CASE("t56 34: calling a strike is an act of its own, the strike on a condition hypothetical", "[events][ev57a]") {
  const auto g = graph_of_text("Dockers have called a strike at the port for October 21 unless the talks resume.", kThursday);
  const auto& call = event_with(g, "called");
  CHECK_FALSE(has_mention(call, "strike"));
  CHECK(call.modality == graph::Modality::Actual);
  CHECK(event_with(g, "strike").modality == graph::Modality::Hypothetical);
}

TEST_CASE("t56 34: a strike called with no condition is planned", "[events][ev57a]") {
  const auto g = graph_of_text("Dockers have called a strike at the port for October 21.", kThursday);
  CHECK(event_with(g, "strike").modality == graph::Modality::Planned);
  CHECK(event_with(g, "called").modality == graph::Modality::Actual);
}

TEST_CASE("t56 47: a state a time clause tells under a verb done stays actual", "[events][ev57b]") {
  const auto g = graph_of_text("The bar stayed shut until the dispute was settled in May.", kThursday);
  CHECK(event_with(g, "settled").modality == graph::Modality::Actual);
}

TEST_CASE("t58 42: a thing a past report says was planned for a time is planned", "[events][ev59b]") {
  const auto g = graph_of_text("The engineer said the opening of the bridge was planned for the spring of 2026.", kThursday);
  CHECK(event_with(g, "planned").modality == graph::Modality::Planned);
}

TEST_CASE("t58 42: a plan told as past outside a report stays as told", "[events][ev59b]") {
  const auto g = graph_of_text("The opening of the bridge was planned by a team of six engineers.", kThursday);
  CHECK(event_with(g, "planned").modality == graph::Modality::Actual);
}

TEST_CASE("t58 30: what a firm plans to do stays an event", "[events][ev59b]") {
  const auto g = graph_of_text("Auditors questioned the bakery's plan to close two shops in the winter.", kThursday);
  CHECK(event_with(g, "close").modality != graph::Modality::Actual);
}

TEST_CASE("t58 28: what a plan told as such plans stays planned", "[events][ev59b]") {
  const auto g = graph_of_text("The city intended to close the library.", kThursday);
  CHECK(event_with(g, "close").modality == graph::Modality::Planned);
}

TEST_CASE("t59 55: a participle in a that clause modifies its noun, the subject of the modal verb", "[events][ev61a]") {
  const auto g = graph_of_text("Engineers warned that fog forming in early January could ground the remaining flights.", kThursday);
  CHECK(event_with(g, "ground").title.starts_with("Fog could ground remaining flights"));
  CHECK(event_with(g, "forming").title == "Fog forming");
  CHECK(event_with(g, "warned").title.find("fog could ground") != std::string::npos);
}

TEST_CASE("t59 59: a whether clause stays an open question and do keeps its it", "[events][ev61a]") {
  const auto g = graph_of_text(
      "The pilot Ken Mori landed on Friday. \"I wanted to see whether I could do it,\" Mori said.", kThursday);
  CHECK(event_with(g, "see").title.starts_with("Mori sees whether"));
  CHECK(event_with(g, "do").title == "Mori does it");
}

TEST_CASE("t59 59: a that clause is told without whether", "[events][ev61a]") {
  const auto g = graph_of_text("Inspectors will check whether the plant reopened. Auditors found that the mine closed.", kThursday);
  CHECK(event_with(g, "check").title.starts_with("Inspectors check whether plant"));
  CHECK(event_with(g, "found").title.find("whether") == std::string::npos);
}

}  // namespace on_thursday_2024_oct_10
}  // namespace

// These tests use their own kWednesday: other tests in this file use other values of the same names.
namespace {
namespace on_wednesday_2024_jun_5 {

const sys_days kWednesday = 2024_y / jun / 5;

TEST_CASE("t57 47: those told to do a thing as 'them' are who 'they' would be", "[events][ev58b]") {
  const auto g = graph_of_text(
      "The players lost the semi-final on Sunday, and the coach told them to report for training Monday at 8 a.m.",
      kWednesday);
  CHECK(event_with(g, "report").title.starts_with("Players"));
}

TEST_CASE("t57 47: those ordered to do a thing as 'them' are who 'they' would be", "[events][ev58b]") {
  const auto g = graph_of_text(
      "The miners reached the surface at noon, and the inspector ordered them to stay at home on Friday.", kWednesday);
  const auto& stay = event_with(g, "stay");
  CHECK(stay.title.starts_with("Miners stay"));
  CHECK(stay.modality == graph::Modality::Planned);
}

}  // namespace on_wednesday_2024_jun_5
}  // namespace

// These tests use their own kDct and modality_of: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_mar_12 {

const sys_days kDct{2024_y / March / 12};

std::string modality_of(const std::string& text, const std::string& mention) {
  const auto g = graph_of_text(text, kDct);
  return std::string(chronograph::graph::to_string(event_with(g, mention).modality));
}

TEST_CASE("ev60: a gerund set before a verb with a subject of its own keeps its own modality", "[events][ev60]") {
  CHECK(modality_of("Leaving the harbour, the ferry would sail north.", "Leaving") == "actual");
}

TEST_CASE("ev60: the object noun of a planned verb is planned past a hyphenated modifier", "[events][ev60]") {
  const auto [text, mention] = GENERATE(table<std::string, std::string>({
      {"The tenants will file a class-action lawsuit next month.", "lawsuit"},
      {"The club will play a long-awaited match next month.", "match"},
      {"The tenants said they would file a class-action lawsuit this week.", "lawsuit"},
  }));
  CAPTURE(text);
  CHECK(word_modality(text, mention) == "planned");
}

}  // namespace dated_2024_mar_12
}  // namespace

// These tests use their own modality_of: other tests in this file use other values of the same names.
namespace {
namespace extracted_modality {

std::string modality_of(const std::string& text, const std::string& trigger) {
  return last_event(EventsFixture::get().extract(text), trigger).modality;
}

TEST_CASE("t60 #33: the probability of an event leaves that mention possible, apart from the event", "[events][ev62]") {
  const auto g = graph_of_text(
      "A cargo ship sank after a collision in the strait on Sunday. The odds of a collision had been put at one in "
      "5,000. The collision blocked the channel for a day.",
      2024_y / mar / 14);
  CHECK(events_with_mention(g, "collision") == 2);
  CHECK(modality_of("The probability of collision was put at one in 9,000.", "collision") == "possible");
}

TEST_CASE("t60 #38: an until clause the calendar sets is planned under a possible verb", "[events][ev62]") {
  CHECK(modality_of("Prices could rise until a new pipeline is opened next month.", "opened") == "planned");
  CHECK(modality_of("Prices could rise until a new pipeline is opened.", "opened") == "hypothetical");
}

TEST_CASE("t60 #49: a would-have clause after an opening supposition is counterfactual", "[events][ev62]") {
  CHECK(modality_of("Without the new levee, the town would have flooded, the mayor said.", "flooded") == "hypothetical");
  CHECK(modality_of("The mayor said the crews would have finished the levee by June.", "finished") == "planned");
}

}  // namespace extracted_modality
}  // namespace

// These tests use their own kDct: other tests in this file use other values of the same names.
namespace {
namespace dated_2026_sep_17 {

const sys_days kDct{2026_y / September / 17};  // a Thursday

TEST_CASE("sp57: an adjective participle before a weekday does not make a reported plan past", "[events][sp57]") {
  for (unsigned n = 1; n <= 7; ++n) {
    if (n == 4) continue;  // (the DCT's own weekday)
    const std::string day = kWeekdays[n - 1];
    const std::string text = "The mayor said volunteers would clear fallen trees from flooded streets on " + day + ".";
    INFO(text);
    CHECK(timex_value_in(text, day, kDct) == iso(weekday_after(kDct, n % 7)));
  }
}

}  // namespace dated_2026_sep_17
}  // namespace

// These tests use their own kWednesday: other tests in this file use other values of the same names.
namespace {
namespace on_wednesday_2022_may_18 {

const sys_days kWednesday{2022_y / May / 18};

TEST_CASE("tx58 pipeline: a part of the day that modifies a noun is not a time", "[events][tx58]") {
  CHECK(timex_value_in("The story ran in the morning papers across the country.", "the morning", kWednesday) == "none");
  CHECK(timex_value_in("The senator appeared in the evening news bulletin.", "the evening", kWednesday) == "none");
  // (nor is a season so; but one before a unit of time is still a time)
  CHECK(timex_value_in("The winter storm closed roads across the state.", "The winter", kWednesday) == "none");
  CHECK(timex_value_in("Ferries run more often during the summer months.", "the summer", kWednesday) == "2022-SU");
}

}  // namespace on_wednesday_2022_may_18
}  // namespace
