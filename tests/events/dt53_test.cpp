// Session 53, event dating: an event dated on one day that lasts "for" a length runs that long,
// and one that lasted a length up to an event dated on one day ran up to it; a report made in a
// message the text dates ("In a text sent on 14 March, ... told") dates what it tells, and what
// it tells as to come follows the message, not the article.
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::check_day;
using chronograph::test::check_span;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
namespace graph = chronograph::graph;

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

TEST_CASE("t52 13: what a message the text dates tells as to come follows the message", "[events][dt53]") {
  const sys_days dct = 2024_y / May / 28;
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"In a text sent on 14 March, Mr Hart told the developer Colin Marsh that the scheme \"will get over the line\".",
       "get", 2024_y / March / 14},
      {"In an email sent on 2 April, the manager told staff that the office would close.", "close", 2024_y / April / 2},
      {"In a letter written on 3 February, the council said it would appeal.", "appeal", 2024_y / February / 3},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  REQUIRE(event.time.start);
  CHECK(*event.time.start == day);
  CHECK_FALSE(event.time.end);
}

TEST_CASE("t52 13: what a message the text dates tells as done happened by the message", "[events][dt53]") {
  const auto g = graph_of_text("In an email sent on 2 April, the manager told staff that the office had closed.", 2024_y / May / 28);
  const auto& closed = event_with(g, "closed");
  REQUIRE(closed.time.end);
  CHECK(*closed.time.end == 2024_y / April / 2);
}

TEST_CASE("t52 13: a report in an undated message still counts what is to come from the article", "[events][dt53]") {
  const auto g = graph_of_text("In a text, Mr Hart told the developer that the scheme \"will get over the line\".", 2024_y / May / 28);
  const auto& get = event_with(g, "get");
  REQUIRE(get.time.start);
  CHECK(*get.time.start == 2024_y / May / 28);
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

TEST_CASE("t53 14: a date before the that of the clause stays the verb's", "[events][dt53]") {
  const auto g = graph_of_text("The council reminded residents on Tuesday that collections end in October.", 2025_y / June / 11);
  check_day(event_with(g, "reminded"), 2025_y / June / 10);
}

TEST_CASE("t53 15: the year of a comparison's standard dates no event", "[events][dt53]") {
  const auto [text, dct, verb] = GENERATE(table<std::string, sys_days, std::string>({
      {"Petrova will try to become the first woman to defend the title since Serena Williams in 2014.",
       2025_y / September / 6, "try"},
      {"\"If the window is short, we will see queues again like in 2019,\" said a guide.", 2024_y / May / 18, "see"},
      {"The river could flood the town again, as in 2007.", 2024_y / May / 18, "flood"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  CHECK(event.time.source != graph::TimeSource::Explicit);
}

TEST_CASE("t53 15: a year after since that compares nothing still bounds the event", "[events][dt53]") {
  const auto g = graph_of_text("Profit in 2023 doubled.", 2024_y / May / 18);
  check_span(event_with(g, "doubled"), 2023_y / January / 1, 2023_y / December / 31);
  const auto h = chronograph::test::solved_graph_of_text("The firm has cut 500 jobs since the merger in 2019.", 2024_y / May / 18);
  const auto& cut = event_with(h, "cut");
  REQUIRE(cut.time.start);
  CHECK(*cut.time.start == 2019_y / January / 1);
}

TEST_CASE("t53 16: a report after a comma with no word to open it dates what it reports", "[events][dt53]") {
  const sys_days dct = 2025_y / September / 24;  // a Wednesday
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Six books were shortlisted for the prize, the judges announced on Wednesday.", "shortlisted"},
      {"Two players were suspended for the final, the federation announced on Wednesday.", "suspended"},
      {"The concert was cancelled, the organisers said on Wednesday.", "cancelled"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), verb);
  INFO(event.title);
  REQUIRE(event.time.end);
  CHECK(*event.time.end == 2025_y / September / 24);
  CHECK(event.time.source == graph::TimeSource::Explicit);
}

TEST_CASE("t53 16: a clause after a comma that a word opens is no report", "[events][dt53]") {
  const auto g = graph_of_text("Six books were shortlisted for the prize, as the judges announced on Wednesday.", 2025_y / September / 24);
  CHECK(event_with(g, "shortlisted").time.source != graph::TimeSource::Explicit);
}

TEST_CASE("t51 54: a date after a participle of holding dates the verb the noun is the object of", "[events][dt53]") {
  const sys_days dct = 2024_y / June / 20;
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Britain joined a Pacific trade partnership led in part by Japan last year.", "joined"},
      {"The fund bought a chain of hotels owned by a Thai family last year.", "bought"},
      {"Police raided a network of shops run by two brothers last year.", "raided"},
  }));
  CAPTURE(text);
  check_span(event_with(graph_of_text(text, dct), verb), 2023_y / January / 1, 2023_y / December / 31);
}

TEST_CASE("t51 54: a date after a participle of an act stays the act's", "[events][dt53]") {
  const auto g = graph_of_text("Ministers cited a report published by the ministry last year.", 2024_y / June / 20);
  check_span(event_with(g, "published"), 2023_y / January / 1, 2023_y / December / 31);
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

TEST_CASE("t53 47: a noun the verb's title already names gets no model link to the verb", "[events][dt53]") {
  const auto [text, verb, noun] = GENERATE(table<std::string, std::string, std::string>({
      {"The men's final will be played on Sunday afternoon. Tickets for the final went on sale in June.", "went", "sale"},
      {"Tickets for the concert went on sale in March.", "went", "sale"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / September / 6);
  const auto& going = event_with(g, verb);
  for (const auto& edge : g.edges) {
    const bool touches = edge.from == going.id || edge.to == going.id;
    const bool model = edge.evidence.cue.starts_with("model:");
    CHECK_FALSE((touches && model && edge.type == graph::EdgeType::Simultaneous &&
                 (edge.from == "sale" || edge.to == "sale")));
  }
}

TEST_CASE("t53 14: a headline's present with a date after the article's is still to come", "[events][dt53]") {
  const sys_days dct = 2025_y / June / 11;
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Helix OS 12 arrives; support for version 10 ends in October\n\nThe foundation released version 12 on Tuesday.", "support"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), noun);
  INFO(event.title);
  CHECK(event.modality == graph::Modality::Planned);
}

TEST_CASE("t53 14: a headline's present with a date before the article's stays done", "[events][dt53]") {
  const auto g = graph_of_text("Support for Windows 10 ended in May, Microsoft says\n\nThe company released an update on Tuesday.",
                               2025_y / June / 11);
  CHECK(event_with(g, "Support").modality == graph::Modality::Actual);
}
