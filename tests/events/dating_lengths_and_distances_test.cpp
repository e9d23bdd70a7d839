// Lengths and distances in time: 'for' a length, a term, 'within' minutes, a distance before or
// after another event, and the span each gives its event.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/common/error.h"
#include "core/common/interval.h"
#include "core/events/lexicon.h"
#include "core/links/event_anchors.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace date;
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

// Item 47: "forced it to cancel operations for two days" in a sentence dated May 2017 that names
// "St. Mary's": the abbreviation's period ended no sentence, so the duration is no time counted
// from the article's date; the cancelling keeps the sentence's month.

// The interval of the time expression `text` in the graph's timexes (none when it has none).
std::optional<chronograph::Interval> interval_of(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& timex : g.timexes)
    if (timex.text == text) return timex.interval;
  FAIL("no time expression '" << text << "'");
  return std::nullopt;
}

// The interval of the time expression `text` in the graph's timexes (none when it has none).
std::optional<chronograph::Interval> interval_of_timex(const chronograph::graph::GraphData& g, const std::string& text) {
  for (const auto& timex : g.timexes)
    if (timex.text == text) return timex.interval;
  FAIL("no time expression '" << text << "'");
  return std::nullopt;
}

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

TEST_CASE("s50: what a 'where' clause tells of a place crossed or visited happens within that event",
          "[events][dt51]") {
  const sys_days dct = 2025_y / September / 9;  // a Tuesday
  const auto g = solved_graph_of_text(
      "Delphine formed as a tropical depression in the Caribbean last Thursday and became a hurricane on Saturday "
      "after crossing western Cuba, where it knocked out power to 400,000 homes.",
      dct);
  const auto& crossing = event_with(g, "crossing");
  const auto& knocked = event_with(g, "knocked");
  CHECK(has_edge(g, crossing, graph::EdgeType::Includes, knocked));
  REQUIRE(knocked.time.end);
  CHECK(*knocked.time.end == 2025_y / September / 6);

  const auto [text, host, clause, day] = GENERATE(table<std::string, std::string, std::string, sys_days>({
      {"The president visited the plant on Monday, where he met workers.", "visited", "met", 2024_y / June / 17},
      {"The storm crossed Haiti on Sunday, where it killed 12 people.", "crossed", "killed", 2024_y / June / 16},
      {"The storm swept through Florida on Sunday, where it flooded streets.", "swept", "flooded", 2024_y / June / 16},
  }));
  CAPTURE(text);
  const auto h = solved_graph_of_text(text, 2024_y / June / 20);
  CHECK(has_edge(h, event_with(h, host), graph::EdgeType::Includes, event_with(h, clause)));
  check_day(event_with(h, clause), day);
}

TEST_CASE("s50: a 'where' clause on a place an event goes to is not within it", "[events][dt51]") {
  const auto g = solved_graph_of_text("He was taken to hospital on Monday, where he died.", 2024_y / June / 20);
  CHECK_FALSE(has_edge(g, event_with(g, "taken"), graph::EdgeType::Includes, event_with(g, "died")));
}

TEST_CASE("t51 16: results reported for a period on a day are reported on that day", "[events][dt52]") {
  const sys_days dct = 2025_y / September / 17;
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The company, whose fiscal year ends in June, said it would report results for its fiscal first quarter on "
       "Nov. 5.",
       "report", 2025_y / November / 5},
      {"The retailer will report earnings for the third quarter on Nov. 19.", "report", 2025_y / November / 19},
      {"Acme said it would release figures for its second half on Feb. 3.", "release", 2026_y / February / 3},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("t52 11: a length that ended at an event dated on one day runs up to that day", "[events][dt53]") {
  const sys_days dct = 2024_y / October / 4;  // a Friday
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The canal reopened on Friday after a grounded ship blocked it for six days.", "blocked", 2024_y / September / 28,
       2024_y / October / 4},
      {"The ship blocked the canal for six days until it was refloated on Friday.", "blocked", 2024_y / September / 28,
       2024_y / October / 4},
      {"The road reopened on Sept. 20 after floods closed it for two weeks.", "closed", 2024_y / September / 6,
       2024_y / September / 20},
      {"Workers returned on Monday after they had walked out for three days.", "walked", 2024_y / September / 27,
       2024_y / September / 30},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t52 11: an event dated on one day that lasts for a length runs that long", "[events][dt53]") {
  const sys_days dct = 2024_y / October / 4;  // a Friday
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The bridge will close on Monday for three weeks.", "close", 2024_y / October / 7, 2024_y / October / 27},
      {"The museum closed on Sept. 2 for five days.", "closed", 2024_y / September / 2, 2024_y / September / 6},
      {"The firm will halt production on Nov. 1 for two months.", "halt", 2024_y / November / 1, 2024_y / December / 31},
      {"The service failed at 23:50 UTC on Tuesday for 47 minutes.", "failed", 2024_y / October / 1,
       2024_y / October / 2},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t52 15: a clock time that lasts minutes within its day keeps its clock time", "[events][dt53]") {
  const auto g = graph_of_text("On Tuesday, Sept. 9, the storage service failed at 14:32 UTC for 47 minutes.", 2025_y / September / 12);
  const auto& failed = event_with(g, "failed");
  check_day(failed, 2025_y / September / 9);
  CHECK(failed.time.value == "2025-09-09T14:32Z");
}

TEST_CASE("t52 11: a length with no day to count from or up to dates nothing", "[events][dt53]") {
  const sys_days dct = 2024_y / October / 4;
  // (a date the length is counted within, not from: "in 2023" is no day to start on)
  const auto g = graph_of_text("The plant closed for six weeks in 2023.", dct);
  check_span(event_with(g, "closed"), 2023_y / January / 1, 2023_y / December / 31);
  // (a length before a dated event that does not say it ran up to it)
  const auto h = graph_of_text("A ship blocked the canal for six days. The canal reopened on Friday.", dct);
  CHECK(event_with(h, "blocked").time.start != std::optional<sys_days>(2024_y / September / 28));
  // ("within six days" is no length of the event)
  const auto k = graph_of_text("The canal reopened on Friday after a ship was refloated within six days.", dct);
  CHECK(event_with(k, "refloated").time.start != std::optional<sys_days>(2024_y / September / 28));
}

TEST_CASE("the length of a signed or granted term stays off the signing", "[events][dt54]") {
  const sys_days dct = 2024_y / May / 15;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The club signed the contract on Monday for three years.", "signed", 2024_y / May / 13},
      {"The union agreed a deal with the company on Friday for five years.", "agreed", 2024_y / May / 10},
      {"The council extended the ban on May 2 for six months.", "extended", 2024_y / May / 2},
      {"The regulator granted the licence on Tuesday for ten years.", "granted", 2024_y / May / 14},
      {"The ban was extended on Monday for another year.", "extended", 2024_y / May / 13},
      {"The striker signed for the club on Monday for two years.", "signed", 2024_y / May / 13},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

TEST_CASE("a verb whose subject is what lasts keeps its for length", "[events][dt54]") {
  const sys_days dct = 2024_y / May / 15;
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The city closed the road on Monday for three days.", "closed", 2024_y / May / 13, 2024_y / May / 15},
      {"He was jailed on Monday for three years.", "jailed", 2024_y / May / 13, 2027_y / May / 12},
      // (an intransitive term verb: the heat wave is what lasts)
      {"The heat wave extended on May 1 for ten days.", "extended", 2024_y / May / 1, 2024_y / May / 10},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), start, end);
}

TEST_CASE("t54 24: a present perfect with a for length runs up to the article's date", "[events][dt54]") {
  const sys_days dct = 2025_y / November / 6;
  const auto [text, trigger, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"Osei took over as chief executive in 2013. She has served for 12 years.", "served", 2013_y / November / 6},
      {"The mine has operated for five years.", "operated", 2020_y / November / 6},
      {"He has lived in the city for three months.", "lived", 2025_y / August / 6},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), trigger), start, dct);
}

TEST_CASE("t54 24: a past tense or a dated perfect with a for length does not run up to the article", "[events][dt54]") {
  const sys_days dct = 2025_y / November / 6;
  const auto g = graph_of_text("She served for 12 years.", dct);
  CHECK_FALSE(event_with(g, "served").time.start.has_value());
}

TEST_CASE("t54 24: a length from a month or year a conjoined verb dates ends within that length", "[events][dt54]") {
  const sys_days dct = 2024_y / March / 4;
  const auto g = graph_of_text("The band's second album went to number one in 1997 and stayed in the charts for 40 weeks.", dct);
  const auto& stayed = event_with(g, "stayed");
  CHECK(stayed.time.start == std::optional<sys_days>(1997_y / January / 1));
  CHECK(stayed.time.end == std::optional<sys_days>(1998_y / October / 6));
}

TEST_CASE("term verbs are read from term_verbs.tsv with their kind", "[events][dt55]") {
  const EventLexicon shipped = EventLexicon::load(chronograph::DataDir::locate());
  CHECK(shipped.term_verb("sign") == 'm');
  CHECK(shipped.term_verb("renew") == 'g');
  CHECK(shipped.term_verb("close") == 0);

  const auto folder = std::filesystem::temp_directory_path() / "chronograph-lexicon-term-verbs-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  for (const auto& file : std::filesystem::directory_iterator(chronograph::DataDir::locate().data("events")))
    std::filesystem::copy_file(file.path(), folder / file.path().filename());
  {
    std::ofstream terms(folder / "term_verbs.tsv", std::ios::trunc);
    terms << "# test\nlease\tgrants\nCharter\tmakes\n";
  }
  const EventLexicon read = EventLexicon::load_folder(folder);
  CHECK(read.term_verb("lease") == 'g');
  CHECK(read.term_verb("charter") == 'm');
  CHECK(read.term_verb("sign") == 0);
  {
    std::ofstream terms(folder / "term_verbs.tsv", std::ios::trunc);
    terms << "lease\tlends\n";
  }
  CHECK_THROWS_AS(EventLexicon::load_folder(folder), chronograph::ParseError);
  std::filesystem::remove_all(folder);
}

// Item 2: a definite noun in a later sentence that names an occasion told before ("During the
// event", "At the launch", "After the summit") places its sentence's event at that occasion.

TEST_CASE("an event during an occasion named before falls within its date", "[events][dt55]") {
  const sys_days dct = 2024_y / March / 8;  // a Friday
  const auto [text, trigger, day] = GENERATE(table<std::string, std::string, sys_days>({
      // a word for any occasion: the last one named before
      {"Apple held a press conference in Cupertino on Tuesday. During the event, the chief executive demonstrated the "
       "new phone.",
       "demonstrated", 2024_y / March / 5},
      {"The museum hosted a gala dinner for its donors on Saturday. At the occasion, the director unveiled a portrait.",
       "unveiled", 2024_y / March / 2},
      // the same word as before
      {"The firm unveiled its tablet at a launch in Oslo on Wednesday. At the launch, the founder thanked the "
       "engineers.",
       "thanked", 2024_y / March / 6},
      {"Farmers held a rally in the capital on Monday. During the rally, police detained two men.",
       "detained", 2024_y / March / 4},
  }));
  CAPTURE(text);
  check_day(event_with(solved_graph_of_text(text, dct), trigger), day);
}

TEST_CASE("t55 21: a when clause after an apposed phrase falls within the date before it", "[events][dt55]") {
  const auto g = graph_of_text("His best season came in 2009, a year after the move to Madrid, when he scored 40 goals.",
                               2024_y / March / 8);
  check_span(event_with(g, "scored"), 2009_y / January / 1, 2009_y / December / 31);
}

TEST_CASE("t55 15: the length of a declared or imposed state stays off the declaring", "[events][dt55]") {
  const sys_days dct = 2024_y / May / 15;  // a Wednesday
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The governor declared a state of emergency on Monday for 30 days.", "declared", 2024_y / May / 13},
      {"The city imposed a curfew on Tuesday for two weeks.", "imposed", 2024_y / May / 14},
  }));
  CAPTURE(text);
  check_day(event_with(graph_of_text(text, dct), verb), day);
}

// Item 24: "more than 60 hours after it collapsed": the event lies beyond that distance, so only
// the latest it can have happened is known, not a window that starts at the distance.

TEST_CASE("t55 24: an event more than a distance before another is bounded only at its end", "[events][dt56]") {
  const sys_days dct = 2024_y / March / 8;  // Thursday is March 7
  const auto [text, trigger, latest] = GENERATE(table<std::string, std::string, sys_days>({
      {"On Thursday evening, firefighters rescued a dog from the ruins of a barn, more than 60 hours after it collapsed.",
       "collapsed", 2024_y / March / 5},
      {"On Thursday evening, firefighters rescued a dog from a mine, at least three days after it flooded.", "flooded",
       2024_y / March / 4},
  }));
  CAPTURE(text);
  const auto& event = event_with(solved_graph_of_text(text, dct), trigger);
  CHECK_FALSE(event.time.start.has_value());
  REQUIRE(event.time.end.has_value());
  CHECK(*event.time.end <= latest);
}

TEST_CASE("t55 24: an event an exact distance before another lies in that window", "[events][dt56]") {
  const auto& collapsed = event_with(
      solved_graph_of_text("On Thursday evening, firefighters rescued a dog from the ruins of a barn, 60 hours after it "
                           "collapsed.",
                           2024_y / March / 8),
      "collapsed");
  check_span(collapsed, 2024_y / March / 4, 2024_y / March / 5);
}

// Item 11: "had shut off power two days before the fire began": the distance counts from the
// shutting, which no day in the sentence dates, not from the day of the clause it is told in
// ("denied on Wednesday"); neither event is placed after that day.

TEST_CASE("t56 11: a distance is not counted from the day of another clause", "[events][dt57a]") {
  const sys_days dct = 2023_y / June / 16;  // a Friday
  const auto g = solved_graph_of_text(
      "A power company denied on Wednesday that its lines were involved, although it had cut power to the valley two "
      "days before the fire began.",
      dct);
  const auto& began = event_with(g, "began");
  CHECK_FALSE(began.time.start.has_value());
  const auto& cut = event_with(g, "cut");
  CHECK((!cut.time.start || *cut.time.start < 2023_y / June / 12));
}

TEST_CASE("t56 11: a distance from the day of its own clause still places the event", "[events][dt57a]") {
  const auto g = graph_of_text("The envoy left the embassy at 7:53 a.m. on June 2, just hours before rebels stormed the capital.",
                               2023_y / June / 16);
  const auto& stormed = event_with(g, "stormed");
  REQUIRE(stormed.time.start);
  CHECK(*stormed.time.start == 2023_y / June / 2);
}

// Item 19: "released early Sunday after a 41-hour standoff": a length in front of an event noun
// that "after" opens runs the noun's event up to the day of what followed it.

TEST_CASE("t56 19: a lasting event noun after which a dated event happened ends on its day", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 20;  // a Saturday
  const auto [text, noun, start] = GENERATE(table<std::string, std::string, sys_days>({
      {"The two climbers were rescued on Thursday after a 30-hour search in the fog.", "search", 2025_y / September / 16},
      {"The dockers went back to work on Thursday after a six-day strike over pay.", "strike", 2025_y / September / 12},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  check_span(event_with(g, noun), start, 2025_y / September / 18);
}

// Item 26: "might have been used as collateral in drug deals during the 2000s": a verb whose
// oblique event noun "in" opens happens within that event's date, even a decade.

TEST_CASE("t56 26: a verb happens within the dated event its oblique in opens", "[events][dt57b]") {
  const auto g = graph_of_text("Prosecutors said in May that the boats may have been seized in raids during the 1990s.",
                               2024_y / March / 8);
  check_span(event_with(g, "seized"), 1990_y / January / 1, 1999_y / December / 31);
}

TEST_CASE("t56 26: a verb after a dated event noun is not within its decade", "[events][dt57b]") {
  const auto g = graph_of_text("Prosecutors said in May that the boats may have been seized after raids during the 1990s.",
                               2024_y / March / 8);
  const auto& seized = event_with(g, "seized");
  CHECK_FALSE((seized.time.start && seized.time.end && *seized.time.end == sys_days{1999_y / December / 31}));
}

// Item 20: "Staff triggered a silent alarm and officers arrived within minutes": what happened
// within minutes or hours happened on the day of the event told last before it, and so did the
// verb conjoined before it.

TEST_CASE("t56 20: what happened within minutes is on the day of the event told before it", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 20;  // a Saturday
  const auto g = graph_of_text(
      "A fire broke out in the kitchen of the hotel at 6:40 a.m. on Thursday. A porter smashed a window and three engines "
      "arrived within minutes.",
      dct);
  check_day(event_with(g, "arrived"), 2025_y / September / 18);
  check_day(event_with(g, "smashed"), 2025_y / September / 18);
}

TEST_CASE("t56 20: within minutes of a named event, or far from a dated one, gives no day", "[events][dt57b]") {
  const sys_days dct = 2025_y / September / 20;
  const auto g = graph_of_text(
      "A fire broke out in the kitchen of the hotel at 6:40 a.m. on Thursday. The manager resigned. The owners sold the "
      "building. Firefighters arrived within minutes.",
      dct);
  CHECK_FALSE(event_with(g, "arrived").time.start.has_value());
  const auto h = graph_of_text(
      "A fire broke out in the kitchen of the hotel at 6:40 a.m. on Thursday. Firefighters arrived within minutes of a "
      "second blast.",
      dct);
  CHECK_FALSE(event_with(h, "arrived").time.start.has_value());
}

// Item 22: "urged the two sides to return to the table within days": a time limit that
// "within" opens, after the infinitive of what is urged, is that infinitive's, as a deadline is.

TEST_CASE("t57 22: within a time after an urged infinitive bounds the infinitive", "[events][dt58]") {
  const sys_days dct = 2024_y / June / 5;
  const auto g = graph_of_text("The mayor said on Tuesday morning she would not step in but urged both unions to resume "
                               "negotiations within days.",
                               dct);
  const auto& resume = event_with(g, "resume");
  REQUIRE(resume.time.end);
  CHECK(*resume.time.end > dct);
  const auto& urged = event_with(g, "urged");
  CHECK_FALSE((urged.time.end && *urged.time.end > dct));
}

TEST_CASE("t57 22: within a time on a verb with no infinitive still dates the verb", "[events][dt58]") {
  const sys_days dct = 2024_y / June / 5;
  const auto g = graph_of_text("The company will repay the loan within two weeks.", dct);
  const auto& repay = event_with(g, "repay");
  REQUIRE(repay.time.end);
  CHECK(*repay.time.end > dct);
}

// Item 1: "a dispute that began in the 1970s and flared repeatedly over the following decades":
// the decades after the date last told, in a past clause, have gone by at the DCT.

TEST_CASE("t58 1: the following decades after a past decade run from it to the DCT", "[events][dt59a]") {
  const sys_days dct = 2001_y / May / 2;
  const auto g = graph_of_text(
      "The two villages signed a water-sharing pact on Wednesday, settling a feud that started in the 1960s and "
      "erupted again and again over the following decades.",
      dct);
  const auto& decades = timex_named(g, "the following decades");
  REQUIRE(decades.interval);
  CHECK(decades.interval->start == 1970_y / January / 1);
  CHECK(decades.interval->end == dct);
  const auto& erupted = event_with(g, "erupted");
  REQUIRE(erupted.time.end);
  CHECK(*erupted.time.end <= dct);
}

// Item 35: "In 2010, the main explosive phase lasted from late October to mid-November": a span
// inside the fronted year dates the verb more narrowly than the year.

TEST_CASE("t58 35: a span inside a fronted year dates the verb", "[events][dt59a]") {
  const auto g = graph_of_text("In 1998, the worst of the flooding lasted from early March to late April.", 2019_y / August / 14);
  check_span(event_with(g, "lasted"), 1998_y / March / 1, 1998_y / April / 30);
}

TEST_CASE("t58 47: an abbreviation's period does not cut a duration off its sentence's date", "[events][dt59b]") {
  const auto g = graph_of_text(
      "In June 2009, a fire damaged the roof of St. Paul's and forced it to close the library for three days.",
      2025_y / November / 10);
  CHECK_FALSE(interval_of(g, "three days"));
  check_span(event_with(g, "close"), 2009_y / June / 1, 2009_y / June / 30);
}

TEST_CASE("t58 47: a duration ahead in a sentence with no date still runs from the article's date", "[events][dt59b]") {
  const sys_days dct = 2025_y / November / 10;
  const auto g = graph_of_text("St. Paul's Cathedral will close its doors for three days.", dct);
  CHECK(interval_of(g, "three days"));
  check_span(event_with(g, "close"), dct, dct + days{3});
}

// Items 1 and 20: "had warned the authority ... as early as 2011, nearly nine years before the
// structure failed": the distance counts from 2011, the date told last in the sentence, not from
// the report's day before it, and what a past clause tells has gone by at the DCT.

TEST_CASE("t59 20: a distance before a clause counts from the year told right before it", "[events][dt60]") {
  const auto g = graph_of_text(
      "Inspectors said on Monday that auditors had flagged cracks in the bridge's main span as early as 2009, "
      "about seven years before the bridge collapsed.",
      2022_y / June / 13);
  const auto distance = interval_of_timex(g, "seven years");
  REQUIRE(distance);
  CHECK(distance->start == sys_days{2009_y / January / 1});
  CHECK(distance->end == sys_days{2016_y / December / 31});
  const auto& collapse = event_with(g, "collapsed");
  REQUIRE(collapse.time.end);
  CHECK(*collapse.time.end <= sys_days{2016_y / December / 31});
}

TEST_CASE("t59 1: the year before such a distance dates the clause it is counted from", "[events][dt60]") {
  const auto g = graph_of_text(
      "Inspectors said on Monday that auditors had flagged cracks in the bridge's main span as early as 2009, "
      "about seven years before the bridge collapsed.",
      2022_y / June / 13);
  check_span(event_with(g, "flagged"), 2009_y / January / 1, 2009_y / December / 31);
}

TEST_CASE("t59 20: a distance ahead of a clause still counts from the day told before it", "[events][dt60]") {
  const auto g = graph_of_text("The crew left the harbour on May 2, 1990, three days before the storm arrived.",
                               2022_y / June / 13);
  const auto distance = interval_of_timex(g, "three days");
  REQUIRE(distance);
  CHECK(distance->start == sys_days{1990_y / May / 2});
  CHECK(distance->end == sys_days{1990_y / May / 5});
}

// Item 6: "will arrive in London on Tuesday for a four-day state visit": the visit starts on the
// day of the arrival it is made for and runs its length.

TEST_CASE("t59 6: an event noun with a length that a dated verb is for starts on its day", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;  // a Thursday
  const auto [text, noun, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The Brazilian president will land in Madrid on Monday for a three-day visit.", "visit",
       2025_y / March / 10, 2025_y / March / 12},
      {"The orchestra flew to Vienna on Saturday for a two-week tour of Austria.", "tour", 2025_y / March / 1,
       2025_y / March / 14},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), noun), start, end);
}

// Item 10: "not notified until Friday evening, a full day after the leak began": "a full day"
// (like "two whole weeks", "an entire year") is a length, which dates what it counts back to.

TEST_CASE("t59 10: a length with full, whole or entire is a duration", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 10;
  CHECK(timex_value_in("The lake was closed for two whole weeks before the spill.", "two whole weeks", dct) == "P2W");
  CHECK(timex_value_in("Repairs took an entire year.", "an entire year", dct) == "P1Y");
  CHECK(timex_value_in("Revenue for the full year 2024 rose.", "the full year 2024", dct) == "2024");
}

// Item 5: "will travel to Oxford, where the emperor spent two years ... They are expected to
// return to London that evening for a reception hosted by the Lord Mayor": a past span beside a
// story told ahead passes none of its days, so "that evening" is the evening of the day just
// told; and what a planned journey on that day goes for happens on it.

TEST_CASE("t59 5: that evening after a past span beside a story ahead is the story's day", "[events][dt61a]") {
  const sys_days dct = 2025_y / March / 6;  // a Thursday
  CHECK(timex_value_in("On Monday the two ministers will tour the shipyard in Gdansk, where the president worked for "
                       "ten years. They are expected to return to Warsaw that evening.",
                       "that evening", dct) == "2025-03-10TEV");
  // (a span of the story itself still leaves the day open)
  CHECK(timex_value_in("On Monday the two ministers will start a walk across the country. It will take ten days, and "
                       "that evening they will rest.",
                       "that evening", dct) == "XXXX-XX-XXTEV");
}

// Finding 12: "opened in September 2020 and heard evidence ... over 11 months": the second verb
// shares the first's month as its start and runs its length from there, past that month.

TEST_CASE("t59 12: a conjoined verb with a length runs from the date it shares past that date", "[events][dt61b]") {
  const auto [text, verb, start, end] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"The commission opened in March 2019 and took evidence over 14 months.", "took", 2019_y / March / 1,
       2020_y / May / 30},
      {"The festival opened in June 2021 and ran for ten weeks.", "ran", 2021_y / June / 1, 2021_y / September / 7},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2023_y / January / 10);
  check_span(event_with(g, verb), start, end);
}

TEST_CASE("t59 12: an event's own date with a length stays within that date", "[events][dt61b]") {
  const auto g = graph_of_text("The commission took evidence over 14 months in 2019.", 2023_y / January / 10);
  check_span(event_with(g, "took"), 2019_y / January / 1, 2019_y / December / 31);
}

TEST_CASE("t59 18: an event repeated each month within a year keeps the year", "[events][dt61b]") {
  const auto g = graph_of_text("The club met each March in 2015.", 2020_y / January / 10);
  check_span(event_with(g, "met"), 2015_y / January / 1, 2015_y / December / 31);
}

// Item 15: "a walkout that began on March 3 and has already disrupted ...": the start's
// conjunct in the present perfect tells the walkout is still on, so it runs to the DCT.

TEST_CASE("t60 15: an event begun on a day and told still going on runs to the article's date", "[events][dt62]") {
  const sys_days dct = 2024_y / April / 10;
  const auto g = graph_of_text(
      "Bus drivers voted on Monday to extend a walkout that began on March 3 and has already disrupted thousands "
      "of journeys.",
      dct);
  check_span(event_with(g, "walkout"), 2024_y / March / 3, dct);
}

TEST_CASE("t60 15: a start joined to a past verb does not run on", "[events][dt62]") {
  const auto g = graph_of_text("Porters staged a stoppage that began on March 3 and closed two wards.", 2024_y / April / 10);
  check_span(event_with(g, "stoppage"), 2024_y / March / 3, 2024_y / March / 3);
}

TEST_CASE("tester47 A: a time 'for' gives runs from the date 'from' or 'starting' joins to it", "[events][tester47]") {
  const sys_days dct = 2024_y / aug / 14;  // a Wednesday
  const sys_days monday = 2024_y / aug / 19, tuesday = 2024_y / aug / 20;
  struct Case {
    std::string text, trigger;
    sys_days start, end;
  };
  // (the end is inclusive, as every interval's: a month from Monday Aug 19 ends on Sep 18; t58 #9)
  for (const auto& c : std::vector<Case>{
           {"The road will be shut for a month from Monday.", "shut", monday, 2024_y / sep / 18},
           {"The bridge will be closed for two weeks starting Tuesday.", "closed", tuesday, tuesday + days{13}},
           {"The line will be closed from Monday for ten days.", "closed", monday, monday + days{9}},
           {"The plant will close for three weeks beginning Monday.", "close", monday, monday + days{20}},
           {"The factory was shut for a month from June 3.", "shut", 2024_y / jun / 3, 2024_y / jul / 2}}) {
    INFO(c.text);
    const auto g = graph_of_text(c.text, dct);
    check_span(event_with(g, c.trigger), c.start, c.end);
  }
  // a date the duration is not joined to leaves the duration bounding nothing, as before
  const auto g = graph_of_text("The road will be closed for a month, officials said on Monday.", dct);
  const auto& closed = event_with(g, "closed");
  CHECK_FALSE((closed.time.end && *closed.time.end == sys_days{2024_y / sep / 19}));
}

TEST_CASE("tester49 #26: an event's value names the day it is solved to, never a duration", "[events][tester49]") {
  const sys_days dct{2024_y / June / 20};
  const auto before = chronograph::test::solved_graph_of_text(
      "The decision comes two weeks before the general election on 4 July.", dct);
  const auto& decision = event_with(before, "comes");
  REQUIRE(decision.time.closed());
  CHECK(*decision.time.start == sys_days{2024_y / June / 20});
  CHECK(decision.time.value == "2024-06-20");
  CHECK(event_with(before, "election").time.value == "2024-07-04");
  for (const std::string within : {"six months", "two weeks", "90 days", "a year"}) {
    const auto g = graph_of_text("A decision is expected within " + within + ".", dct);
    const auto& event = event_with(g, "decision");
    INFO(within);
    CHECK(event.time.start);
    CHECK((event.time.value.empty() || event.time.value.front() != 'P'));
  }
}

TEST_CASE("tester49 #21: 'from X to Y' after a count or an amount is a span, not a baseline", "[events][tester49]") {
  const sys_days dct{2024_y / June / 20};
  const auto [text, trigger, first, last] = GENERATE(table<std::string, std::string, sys_days, sys_days>({
      {"Rates were raised 14 times from December 2021 to August 2023.", "raised", 2021_y / December / 1,
       2023_y / August / 31},
      {"The bank raised rates 14 times from December 2021 to August 2023.", "raised", 2021_y / December / 1,
       2023_y / August / 31},
      {"The Creek fire burned more than a million acres from mid-August to mid-November of 2020.", "burned",
       2020_y / August / 11, 2020_y / November / 20},
      {"The company cut 3,000 jobs from 2019 until 2021.", "cut", 2019_y / January / 1, 2021_y / December / 31},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  REQUIRE(event.time.closed());
  CHECK(*event.time.start == first);
  CHECK(*event.time.end == last);
}

TEST_CASE("tx51 #9: a count of hours ahead in a past clause runs from the clock time just named", "[events][tx51]") {
  const sys_days thursday{2025_y / October / 9};
  const auto g = graph_of_text("The first two miners were brought to the surface at 11:15 p.m. on Wednesday, and four more "
                               "followed over the next six hours.",
                               thursday);
  CHECK(days_of(timex_in(g, "the next six hours")) == "2025-10-08..2025-10-09");
  // (from a morning clock, the same day)
  const auto g2 = graph_of_text("The first miner was freed at 6:10 a.m. on Monday, and the rest followed over the next "
                                "three hours.",
                                thursday);
  CHECK(days_of(timex_in(g2, "the next three hours")) == "2025-10-06..2025-10-06");
  // (in a future clause, still from the DCT, in whole days)
  const auto g3 = graph_of_text("Officials said more rain will fall over the next six hours.", thursday);
  CHECK(days_of(timex_in(g3, "the next six hours")) == "2025-10-09..2025-10-10");
}

TEST_CASE("tx51 #12: escaping within the first hour after a clock time is dated on that day", "[events][tx51]") {
  const auto g = graph_of_text("The collapse happened at 3:40 a.m. on Tuesday. Nine men escaped on foot within the first hour.",
                               sys_days{2025_y / October / 9});
  CHECK(days_of(timex_in(g, "the first hour")) == "2025-10-07..2025-10-07");
}

TEST_CASE("tx52 t51-10: the clause after hours before is dated within a day of the time just named", "[events][tx52]") {
  const auto g = graph_of_text("The last helicopter left the embassy roof at 7:53 a.m. on April 30, 1975, just hours before "
                               "North Vietnamese tanks rolled through the gates of the presidential palace.",
                               sys_days{2025_y / April / 28});
  check_span(event_with(g, "rolled"), sys_days{1975_y / April / 30}, sys_days{1975_y / May / 1});
  // (the main clause keeps its own time)
  check_day(event_with(g, "left"), sys_days{1975_y / April / 30});
  // (a variant: days after a vote)
  const auto g2 = graph_of_text("Thousands marched in the capital on March 5, just days after the election was held.",
                                sys_days{2024_y / March / 10});
  check_span(event_with(g2, "held"), sys_days{2024_y / February / 20}, sys_days{2024_y / March / 5});
  check_day(event_with(g2, "marched"), sys_days{2024_y / March / 5});
}
