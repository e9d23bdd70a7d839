// re54 (tester t54): a dateline that spells out its full date dates the article without a note
// on every run (#75; said with -v, and always when the order of day and month is a guess); in
// the overrides, a title cut at a comma inside {...} is told to be quoted (#77), a time of day
// alone goes on the event's own day (#78), and the starter file says what the text dates an
// event to when the date it lists lies outside that (#76).
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;

TEST_CASE("t54 #75: a dateline's spelled-out date is used without a note unless -v asks", "[cli][dct]") {
  const auto [dateline, iso] = GENERATE(table<std::string, std::string>({
      {"BERLIN, 13 February 2025", "2025-02-13"},
      {"WASHINGTON, Nov. 26, 2025", "2025-11-26"},
      {"Published: 2024-03-04", "2024-03-04"}}));
  const std::string dir = scratch_dir("re54-dateline");
  const std::string article = write_file(dir, "a.txt", "Runners gather\n\n" + dateline +
                                                           " \u2014 The race starts on Sunday. Organisers said the "
                                                           "course was changed last week.\n");
  const auto quiet = run_chronograph({"extract", article, "--format", "json", "-o", dir + "/a.json"});
  REQUIRE(quiet.exit_code == 0);
  CHECK_THAT(quiet.err, !Contains("dateline"));
  CHECK_THAT(quiet.err, !Contains("no document date"));
  const auto verbose = run_chronograph({"-v", "extract", article, "--format", "json", "-o", dir + "/v.json"});
  REQUIRE(verbose.exit_code == 0);
  CHECK_THAT(verbose.err, Contains("no document date was given, so the dateline's") && Contains("(" + iso + ") is used"));
}

TEST_CASE("t54 #75: a dateline without a year still says which date to give", "[cli][dct]") {
  const std::string dir = scratch_dir("re54-yearless");
  const std::string article = write_file(dir, "a.txt", "Runners gather\n\nBERLIN, Feb. 13 (Reuters) - The race starts on "
                                                       "Sunday.\n");
  const auto result = run_chronograph({"extract", article, "--format", "json", "-o", dir + "/a.json"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("has no year, so it cannot date the article; give the year with --dct YYYY-02-13"));
}

namespace {

// A race day: a finish told by the clock, a day, and a year.
const std::string kRace = R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2025-09-28", "title": "Race"}],
 "entities": [],
 "events": [
  {"id": "kiprop-crosses-line", "title": "Kiprop crosses line", "modality": "actual", "actors": [],
   "time": {"value": "2025-09-28T02:03", "start": "2025-09-28", "end": "2025-09-28", "precision": "instant", "source": "explicit", "mod": null}},
  {"id": "bekele-finishes-second", "title": "Bekele finishes second", "modality": "actual", "actors": [],
   "time": {"value": "2025-09-28", "start": "2025-09-28", "end": "2025-09-28", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "last-years-race", "title": "Last year's race", "modality": "actual", "actors": [],
   "time": {"value": "2024", "start": "2024-01-01", "end": "2024-12-31", "precision": "year", "source": "explicit", "mod": null}},
  {"id": "alemu-trains-altitude", "title": "Alemu trains at altitude", "modality": "actual", "actors": [],
   "time": {"value": "2025-04", "start": null, "end": "2024-12-31", "precision": "month", "source": "explicit", "mod": null}}],
 "edges": [], "conflicts": []}
)";

struct Run {
  int exit_code;
  std::string err, json;
};

Run with_overrides(const std::string& name, const std::string& overrides) {
  const std::string dir = scratch_dir("re54-" + name);
  const std::string graph = write_file(dir, "race.json", kRace);
  const std::string file = write_file(dir, "o.yaml", "chronograph: 1\nevents:\n" + overrides);
  const auto result = run_chronograph({"extract", graph, "--overrides", file, "--format", "json", "-o", dir + "/out.json"});
  return {result.exit_code, result.err, result.exit_code == 0 ? chronograph::read_file(dir + "/out.json") : ""};
}

}  // namespace

TEST_CASE("t54 #77: a title cut at a comma in {...} is told to be quoted, as it was meant", "[cli][overrides]") {
  const auto [entry, help] = GENERATE(table<std::string, std::string>({
      {"  bekele-finishes-second: {date: 28 Sep 2025, title: Bekele finishes second, 48 seconds behind}\n",
       "help: a comma inside {...} ends the value; quote the text: title: \"Bekele finishes second, 48 seconds behind\""},
      {"  bekele-finishes-second: {title: Talks end, no deal, date: 2025-09-28}\n",
       "help: a comma inside {...} ends the value; quote the text: title: \"Talks end, no deal\""},
      {"  last-years-race: {lane: Berlin, London}\n",
       "help: a comma inside {...} ends the value; quote the text: lane: \"Berlin, London\""}}));
  const auto run = with_overrides("comma", entry);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Contains(help));
}

TEST_CASE("t54 #77: a misspelt key and a title with a comma outside {...} read as before", "[cli][overrides]") {
  const auto misspelt = with_overrides("titel", "  bekele-finishes-second: {titel: Bekele second}\n");
  CHECK(misspelt.exit_code == 1);
  CHECK_THAT(misspelt.err, Contains("unknown key 'titel'") && Contains("did you mean 'title'?") && !Contains("comma"));
  const auto block = with_overrides("block", "  bekele-finishes-second:\n    title: Bekele finishes second, 48 seconds behind\n");
  REQUIRE(block.exit_code == 0);
  CHECK_THAT(block.json, Contains("\"title\": \"Bekele finishes second, 48 seconds behind\""));
}

TEST_CASE("t54 #78: a time of day alone is put on the day the event has", "[cli][overrides]") {
  const auto [written, value] = GENERATE(table<std::string, std::string>({
      {"11:18", "2025-09-28T11:18"}, {"9:05", "2025-09-28T09:05"}, {"\"23:59\"", "2025-09-28T23:59"}}));
  for (const std::string id : {"kiprop-crosses-line", "bekele-finishes-second"}) {
    const auto run = with_overrides("clock", "  " + id + ": {date: " + written + "}\n");
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.json, Contains("\"value\": \"" + value + "\""));
  }
}

TEST_CASE("t54 #78: a time of day for an event without one day, or as a range's side, asks for the day", "[cli][overrides]") {
  const auto year = with_overrides("clock-year", "  last-years-race: {date: 11:18}\n");
  CHECK(year.exit_code == 1);
  CHECK_THAT(year.err, Contains("'11:18' is a time of day, but 'last-years-race' has no one day to put it on") &&
                           Contains("help: write the day too: date: 2024-01-01 11:18"));
  const auto side = with_overrides("clock-range", "  bekele-finishes-second: {date: {start: 11:18}}\n");
  CHECK(side.exit_code == 1);
  CHECK_THAT(side.err, Contains("'11:18' is a time of day: a range's start or end needs its day"));
  // not a time: still not a date
  const auto bad = with_overrides("clock-bad", "  bekele-finishes-second: {date: 25:10}\n");
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Contains("'25:10' is not a date"));
}

TEST_CASE("t54 #76: the starter file says what the text dates an event to when its date lies outside it", "[cli][overrides]") {
  const std::string dir = scratch_dir("re54-init");
  const std::string graph = write_file(dir, "race.json", kRace);
  const auto result = run_chronograph({"overrides", "init", graph, "-o", dir + "/o.yaml"});
  REQUIRE(result.exit_code == 0);
  const std::string starter = chronograph::read_file(dir + "/o.yaml");
  CHECK_THAT(starter, Contains("# Alemu trains at altitude \u00b7 by 2024-12-31 (explicit; the text says 2025-04, "
                               "`chronograph why alemu-trains-altitude` tells why)"));
  // a date the text gives as it is drawn says nothing more
  CHECK_THAT(starter, Contains("# Last year's race \u00b7 2024 (explicit)\n"));
  CHECK_THAT(starter, Contains("# Bekele finishes second \u00b7 2025-09-28 (explicit)\n"));
}
