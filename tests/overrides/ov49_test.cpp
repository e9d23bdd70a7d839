// Tester 49's overrides workflow (#58-#62): a modality fix, the YAML listing as an overrides
// file, the dates the timeline prints typed back, an added future event, every error at once.
#include <algorithm>

#include <catch2/catch.hpp>

#include "core/common/parse_errors.h"
#include "graph/io/json_io.h"
#include "graph/overrides/event_listing.h"
#include "graph/overrides/overrides.h"
#include "tests/overrides/test_graph.h"

using namespace date;
using chronograph::ParseError;
using chronograph::ParseErrors;
using chronograph::Precision;
using chronograph::graph::apply_overrides;
using chronograph::graph::EntryErrors;
using chronograph::graph::Event;
using chronograph::graph::GraphData;
using chronograph::graph::Modality;
using chronograph::graph::parse_override_date;
using chronograph::graph::parse_overrides;
using chronograph::test::event_of;
using chronograph::test::must;
using chronograph::test::summit_graph;
using chronograph::test::yaml;

namespace {

chronograph::graph::ApplyReport apply_yaml(GraphData& graph, const std::string& body) {
  return apply_overrides(graph, yaml("chronograph: 1\n" + body));
}

// Every message of the errors a file gives, read then applied to the summit graph as the
// command does (entry errors kept for apply_overrides), in the order they are reported.
std::vector<std::string> all_errors(const std::string& text, GraphData& graph) {
  try {
    const auto file = parse_overrides(text, "o.yaml", EntryErrors::KeepForApply);
    apply_overrides(graph, file);
  } catch (const ParseErrors& errors) {
    std::vector<std::string> out;
    for (const auto& error : errors.all()) out.push_back(error.what());
    return out;
  }
  return {};
}

std::string iso(std::optional<date::sys_days> day) { return day ? chronograph::format_iso_day(*day) : "-"; }

}  // namespace

// ---- #59 a `modality:` key ------------------------------------------------------------------

TEST_CASE("issue 59: an events entry's modality corrects a misread modality", "[overrides][ov49]") {
  const auto [modality, expected, polarity] = GENERATE(table<std::string, Modality, std::string>({
      {"actual", Modality::Actual, "POS"},
      {"possible", Modality::Possible, "POS"},
      {"hypothetical", Modality::Hypothetical, "POS"},
      {"negated", Modality::Negated, "NEG"},
  }));
  CAPTURE(modality);
  auto graph = summit_graph();
  REQUIRE(must(graph, "video-call").modality == Modality::Planned);
  apply_yaml(graph, std::string("events:\n  video-call:\n    modality: ").append(modality).append("\n"));
  CHECK(must(graph, "video-call").modality == expected);
  CHECK(must(graph, "video-call").polarity == polarity);
}

TEST_CASE("issue 59: an entry without modality keeps the extracted one", "[overrides][ov49]") {
  auto graph = summit_graph();
  apply_yaml(graph, "events:\n  video-call: {title: Video call}\n  geneva-summit: {modality: planned}\n");
  CHECK(must(graph, "video-call").modality == Modality::Planned);
  CHECK(must(graph, "geneva-summit").modality == Modality::Planned);
  CHECK(must(graph, "possible-offensive").modality == Modality::Actual);
}

TEST_CASE("issue 59: a modality fix survives a re-run and a saved graph read back", "[overrides][ov49]") {
  const auto file = yaml("chronograph: 1\nevents:\n  possible-offensive: {modality: possible}\n");
  for (int run = 0; run < 2; ++run) {  // each run extracts afresh: the summit graph again
    auto graph = summit_graph();
    apply_overrides(graph, file);
    CHECK(must(graph, "possible-offensive").modality == Modality::Possible);
  }
  auto graph = summit_graph();
  apply_overrides(graph, file);
  auto again = chronograph::graph::read_graph_json(chronograph::graph::write_graph_json(graph), "g.json");
  const auto report = apply_overrides(again, file);
  CHECK(must(again, "possible-offensive").modality == Modality::Possible);
  REQUIRE(report.unused.size() == 1);
  CHECK(report.unused[0] == "o.yaml:3:3: 'possible-offensive' already has these values");
}

TEST_CASE("issue 59: an unknown modality is an error naming the allowed ones", "[overrides][ov49]") {
  try {
    yaml("chronograph: 1\nevents:\n  video-call:\n    modality: planed\n");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK(std::string(error.what()) == "o.yaml:4:15: unknown modality 'planed'; did you mean 'planned'?");
    CHECK(error.help() == "use actual, planned, possible, hypothetical or negated");
    CHECK(error.caret_width() == 6);
  }
  REQUIRE_THROWS_WITH(yaml("chronograph: 1\nevents:\n  video-call: {modality: actual, remove: true}\n"),
                      "o.yaml:3:42: 'video-call' is removed and edited at once");
}

// ---- #58 the YAML listing is an overrides file --------------------------------------------

TEST_CASE("issue 58: the yaml listing parses as an overrides file and changes nothing", "[overrides][ov49]") {
  auto graph = summit_graph();
  const std::string listing = chronograph::graph::event_listing_yaml(graph);
  const auto file = parse_overrides(listing, "listing.yaml");
  CHECK(file.events.size() == graph.events.size());
  const auto before = graph;
  apply_overrides(graph, file);
  for (std::size_t i = 0; i < graph.events.size(); ++i) {
    CAPTURE(graph.events[i].id);
    CHECK(graph.events[i].title == before.events[i].title);
    CHECK(graph.events[i].modality == before.events[i].modality);
    CHECK(graph.events[i].time.start == before.events[i].time.start);
    CHECK(graph.events[i].time.end == before.events[i].time.end);
  }
}

TEST_CASE("issue 58: the listing writes each date as the overrides file takes it", "[overrides][ov49]") {
  auto graph = summit_graph();
  Event& build_up = graph.events[3];
  build_up.time.start = sys_days{2021_y / nov / 3};
  build_up.time.end = sys_days{2021_y / nov / 20};  // a range no one text names
  Event& warned = graph.events[6];
  warned.time.end = sys_days{2021_y / dec / 4};     // a bound only
  Event& attack = graph.events[8];
  attack.time = *parse_override_date("2022-Q1");
  const std::string listing = chronograph::graph::event_listing_yaml(graph);
  CHECK_THAT(listing, Catch::Contains("  video-call:\n    title: Biden and Putin hold video call\n    date: 2021-12-07\n"
                                      "    modality: planned\n"));
  CHECK_THAT(listing, Catch::Contains("    title: Russia may launch an offensive\n    date: early 2022\n"));
  CHECK_THAT(listing, Catch::Contains("    date: {start: 2021-11-03, end: 2021-11-20}\n"));
  CHECK_THAT(listing, Catch::Contains("  analysts-warn:\n    title: Analysts warn\n    date: {end: 2021-12-04}\n"));
  CHECK_THAT(listing, Catch::Contains("    date: 2022-Q1\n"));
  CHECK_THAT(listing, !Catch::Contains("start: 2021-12-07"));
}

TEST_CASE("issue 58: start and end beside title say to write one date range", "[overrides][ov49]") {
  const std::string key = GENERATE("start", "end");
  try {
    yaml("chronograph: 1\nevents:\n  video-call:\n    title: Call\n    " + key + ": 2021-12-07\n");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK(std::string(error.what()) == "o.yaml:5:5: unknown key '" + key + "' in the entry of 'video-call'");
    CHECK(error.help() == "a range is one key: date: {start: 2021-12-01, end: 2021-12-10} (either side may be left out)");
  }
}

// ---- #62 the dates the timeline prints --------------------------------------------------

TEST_CASE("issue 62: the dates the timeline and TIMEX3 values print are read back", "[overrides][ov49]") {
  const auto [text, start, end] = GENERATE(table<std::string, std::string, std::string>({
      {"early Feb 2026", "2026-02-01", "2026-02-09"},
      {"mid-Nov 2020", "2020-11-11", "2020-11-20"},
      {"late Q1 2026", "2026-03-01", "2026-03-31"},
      {"2026-Q1", "2026-01-01", "2026-03-31"},
      {"Q1 2026", "2026-01-01", "2026-03-31"},
      {"2026-W07", "2026-02-09", "2026-02-15"},
      {"summer 2024", "2024-06-01", "2024-08-31"},
      {"2024-SU", "2024-06-01", "2024-08-31"},
      {"early summer 2024", "2024-06-01", "2024-06-30"},
      {"Feb 2026", "2026-02-01", "2026-02-28"},
      {"February 2026", "2026-02-01", "2026-02-28"},
      {"7 Feb 2026", "2026-02-07", "2026-02-07"},
      {"Feb 7, 2026", "2026-02-07", "2026-02-07"},
      {"7 Dec 2021, 14:30", "2021-12-07", "2021-12-07"},
      {"25 Apr 1974, early evening", "1974-04-25", "1974-04-25"},
      {"the 2030s", "2030-01-01", "2039-12-31"},
      {"mid-1980s", "1983-05-01", "1986-08-31"},
      {"2021-12-07T14:30", "2021-12-07", "2021-12-07"},
      {"the 20th century", "1900-01-01", "1999-12-31"},
      {"500 BCE", "-0499-01-01", "-0499-12-31"},
      {"about 2024", "2024-01-01", "2024-12-31"},
      {"2026-02-06..2026-02-08", "2026-02-06", "2026-02-08"},
      {"3 Jul \u2013 4 Jul 2024", "2024-07-03", "2024-07-04"},
      {"3 \u2013 5 Jul 2024", "2024-07-03", "2024-07-05"},
      {"May \u2013 Jul 2024", "2024-05-01", "2024-07-31"},
      {"2020 \u2013 2022", "2020-01-01", "2022-12-31"},
      {"30 Dec 2024 \u2013 2 Jan 2025", "2024-12-30", "2025-01-02"},
      {"by 4 Dec 2021", "-", "2021-12-04"},
      {"by mid-Nov 2020", "-", "2020-11-20"},
      {"not before 2022", "2022-01-01", "-"},
      // what was read before stays as it was
      {"2021-12-07", "2021-12-07", "2021-12-07"},
      {"2021-06", "2021-06-01", "2021-06-30"},
      {"2022", "2022-01-01", "2022-12-31"},
      {"-0499", "-0499-01-01", "-0499-12-31"},
      {"early 2022", "2022-01-01", "2022-04-30"},
      {"mid 2021", "2021-05-01", "2021-08-31"},
      {"late 2021", "2021-09-01", "2021-12-31"},
  }));
  CAPTURE(text);
  const auto time = parse_override_date(text);
  REQUIRE(time);
  CHECK(iso(time->start) == start);
  CHECK(iso(time->end) == end);
  CHECK(time->source == chronograph::graph::TimeSource::Override);
}

TEST_CASE("issue 62: what is no date is still refused", "[overrides][ov49]") {
  const std::string text = GENERATE("2026-02-30", "early 2O22", "5", "42 Feb", "Febtember 2026", "late", "Q5 2026",
                                    "202", "19", "2022-13", "by", "2026-02-08..2026-02-06", "32 Jan 2026", "summer", "next week");
  CAPTURE(text);
  CHECK_FALSE(parse_override_date(text));
}

TEST_CASE("issue 62: a date the timeline printed, in a file, keeps its words in messages", "[overrides][ov49]") {
  auto graph = summit_graph();
  apply_yaml(graph, "events:\n  possible-offensive: {date: late Q1 2022}\n");
  const auto& time = must(graph, "possible-offensive").time;
  CHECK(iso(time.start) == "2022-03-01");
  CHECK(iso(time.end) == "2022-03-31");
  CHECK(time.value == "2022-Q1");
  CHECK(time.mod == "END");
  CHECK(time.precision == Precision::Quarter);
  REQUIRE_THROWS_WITH(yaml("chronograph: 1\nevents:\n  video-call: {date: late Q5 2026}\n"),
                      "o.yaml:3:22: 'late Q5 2026' is not a date");
}

// ---- #60 an added future event ----------------------------------------------------------

TEST_CASE("issue 60: an added event dated after the article's date is planned", "[overrides][ov49]") {
  const auto [entry, expected] = GENERATE(table<std::string, Modality>({
      {"{id: closing, title: Closing ceremony, date: 2021-12-22}", Modality::Planned},
      {"{id: closing, title: Closing ceremony, date: early 2022}", Modality::Planned},
      {"{id: closing, title: Closing ceremony, date: 2021-12-04}", Modality::Actual},  // the DCT itself
      {"{id: closing, title: Closing ceremony, date: 2021-11-22}", Modality::Actual},
      {"{id: closing, title: Closing ceremony, date: {start: 2021-11-30, end: 2021-12-10}}", Modality::Actual},
      {"{id: closing, title: Closing ceremony}", Modality::Actual},
      {"{id: closing, title: Closing ceremony, date: 2021-12-22, modality: actual}", Modality::Actual},
      {"{id: closing, title: Closing ceremony, date: 2021-11-22, modality: possible}", Modality::Possible},
  }));
  CAPTURE(entry);
  auto graph = summit_graph();
  apply_yaml(graph, std::string("add:\n  - ").append(entry).append("\n"));
  CHECK(must(graph, "closing").modality == expected);
}

TEST_CASE("issue 60: the latest article's date decides, with a documents entry applied first", "[overrides][ov49]") {
  auto graph = summit_graph();
  graph.documents.push_back({"later-report", "later.txt", "Later", sys_days{2022_y / jan / 10}});
  apply_yaml(graph, "add:\n  - {id: closing, title: Closing ceremony, date: 2021-12-22}\n");
  CHECK(must(graph, "closing").modality == Modality::Actual);
  auto moved = summit_graph();
  apply_yaml(moved, "documents:\n  summit-talks: {dct: 2021-12-30}\nadd:\n  - {id: closing, title: Closing, date: 2021-12-22}\n");
  CHECK(must(moved, "closing").modality == Modality::Actual);
}

// ---- #61 every error at once ------------------------------------------------------------

TEST_CASE("issue 61: an unknown id and a bad date are both reported, in file order", "[overrides][ov49]") {
  auto graph = summit_graph();
  const auto before = chronograph::graph::write_graph_json(graph);
  const auto errors = all_errors(
      "chronograph: 1\nevents:\n  genva-summit:\n    title: x\n  video-call:\n    date: 2026-02-30\n", graph);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == "o.yaml:3:3: no event 'genva-summit'; did you mean 'geneva-summit'?");
  CHECK(errors[1] == "o.yaml:6:11: '2026-02-30' is not a date");
  CHECK(chronograph::graph::write_graph_json(graph) == before);
}

TEST_CASE("issue 61: every wrong key, value and id of a file is named, and nothing applied", "[overrides][ov49]") {
  auto graph = summit_graph();
  const auto before = chronograph::graph::write_graph_json(graph);
  const auto errors = all_errors(
      "chronograph: 1\n"
      "events:\n"
      "  video-call:\n"
      "    title: Video call\n"          // good: not applied either
      "    titel: x\n"                   // 5
      "    modality: planed\n"           // 6
      "  geneva-summit: {date: June}\n"  // 7
      "add:\n"
      "  - {id: closing, title: Closing, date: 2022-01-01}\n"
      "  - {title: No id}\n"             // 10
      "edges:\n"
      "  - {from: geneva-summit, to: vidoe-call, type: before}\n"  // 12
      "  - {from: geneva-summit, to: video-call, type: befor}\n",  // 13
      graph);
  REQUIRE(errors.size() == 6);
  CHECK(errors[0] == "o.yaml:5:5: unknown key 'titel' in the entry of 'video-call'; did you mean 'title'?");
  CHECK(errors[1] == "o.yaml:6:15: unknown modality 'planed'; did you mean 'planned'?");
  CHECK(errors[2] == "o.yaml:7:25: 'June' is not a date");
  CHECK(errors[3] == "o.yaml:10:5: an `add` entry needs an id");
  CHECK(errors[4] == "o.yaml:12:31: no event 'vidoe-call'; did you mean 'video-call' or 'phone-call'?");
  CHECK(errors[5] == "o.yaml:13:49: unknown edge type 'befor'; did you mean 'before'?");
  CHECK(chronograph::graph::write_graph_json(graph) == before);
  CHECK_FALSE(event_of(graph, "closing"));
}

TEST_CASE("issue 61: reading alone throws every error of the entries, the first one's as what()", "[overrides][ov49]") {
  try {
    yaml("chronograph: 1\nevents:\n  video-call: {date: 2026-02-30}\n  geneva-summit: {modality: sure}\n");
    FAIL("no error");
  } catch (const ParseErrors& errors) {
    REQUIRE(errors.all().size() == 2);
    CHECK(std::string(errors.what()) == "o.yaml:3:22: '2026-02-30' is not a date");
    CHECK(std::string(errors.all()[1].what()) == "o.yaml:4:29: unknown modality 'sure'");
  }
}

TEST_CASE("issue 61: a good file still applies, and one error is one error", "[overrides][ov49]") {
  auto graph = summit_graph();
  CHECK(all_errors("chronograph: 1\nevents:\n  video-call: {title: Call, modality: actual}\n", graph).empty());
  CHECK(must(graph, "video-call").title == "Call");
  auto other = summit_graph();
  const auto errors = all_errors("chronograph: 1\nevents:\n  video-cal: {title: Call}\n", other);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "o.yaml:3:3: no event 'video-cal'; did you mean 'video-call'?");
}
