// Overrides: merges and their dates and modality, user dates and times of day, warnings on
// conflicts, titles in {...}, misspelt ids and the starter file.
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using namespace chronograph;
using namespace chronograph::test;
using Catch::Matchers::Contains;

namespace {

// A headline naming a memorial and the sentence that schedules it, told on Wednesday 13 March 2030.
const std::string kMemorial =
    "Fans gather in Leeds as club sets memorial for Saturday\n\n"
    "The memorial will begin at 11:00 on Saturday, the club said.\n";

const std::string kDct = "2030-03-13";

nlohmann::json event_named(const nlohmann::json& graph, const std::string& id) {
  for (const auto& event : graph["events"])
    if (event["id"] == id) return event;
  FAIL("no event " << id);
  return {};
}

nlohmann::json extract_with(const std::string& dir, const std::string& overrides) {
  const std::string article = write_file(dir, "memorial.txt", kMemorial);
  const std::string file = write_file(dir, "fixes.yaml", "chronograph: 1\n" + overrides);
  const auto result =
      run_chronograph({"-q", "extract", article, "--dct", kDct, "--format", "json", "--overrides", file});
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

// A graph of two events whose ids are five words long.
std::string bakery_graph() {
  return R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2025-06-10", "title": "Bakery"}],
 "entities": [],
 "events": [
  {"id": "bakery-fire-destroys-old-ovens", "title": "Bakery fire destroys old ovens", "modality": "actual", "actors": [],
   "time": {"value": "2025-06-08", "start": "2025-06-08", "end": "2025-06-08", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "owners-reopen-shop-next-month", "title": "Owners reopen shop next month", "modality": "planned", "actors": [],
   "time": {"value": null, "start": null, "end": null, "precision": "unknown", "source": null, "mod": null}}],
 "edges": [],
 "conflicts": []}
)";
}

// Two events the text puts one before the other.
const std::string kGraph = R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2024-05-10", "title": "Test"}],
 "entities": [],
 "events": [
  {"id": "talks-end", "title": "Talks end", "modality": "actual", "time": {"value": "2024-05-06",
   "start": "2024-05-06", "end": "2024-05-06", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "deal-signed", "title": "Deal signed", "modality": "actual", "time": {"value": "2024-05-07",
   "start": "2024-05-07", "end": "2024-05-07", "precision": "day", "source": "explicit", "mod": null}}],
 "edges": [{"from": "talks-end", "to": "deal-signed", "type": "before", "source": "extracted", "confidence": 0.9}],
 "conflicts": []}
)";

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

TEST_CASE("t60 #64: a merge keeps the clock time that refines the date the user gave", "[cli][overrides][rc62]") {
  const auto graph = extract_with(scratch_dir("rc62-merge-clock"),
                                  "events:\n  memorial: {date: 2030-03-16}\nmerge:\n  - [memorial, memorial-begins]\n");
  const auto memorial = event_named(graph, "memorial");
  CHECK(memorial["time"]["value"] == "2030-03-16T11:00");
  CHECK(memorial["time"]["start"] == "2030-03-16");
}

TEST_CASE("t60 #64: a user's date the other event does not lie within stays", "[cli][overrides][rc62]") {
  // must not: 11:00 on the 16th does not refine the 17th; the user's date wins
  const auto graph = extract_with(scratch_dir("rc62-merge-date"),
                                  "events:\n  memorial: {date: 2030-03-17}\nmerge:\n  - [memorial, memorial-begins]\n");
  CHECK(event_named(graph, "memorial")["time"]["value"] == "2030-03-17");
}

TEST_CASE("t60 #64: a fact merged with a planned event after the document date is planned", "[cli][overrides][rc62]") {
  const auto graph = extract_with(scratch_dir("rc62-merge-planned"),
                                  "events:\n  memorial: {date: 2030-03-16}\nmerge:\n  - [memorial, memorial-begins]\n");
  CHECK(event_named(graph, "memorial")["modality"] == "planned");
}

TEST_CASE("t60 #64: a fact merged with a planned event before the document date stays a fact", "[cli][overrides][rc62]") {
  // must not: the memorial the user dates to last Saturday happened
  const auto graph = extract_with(scratch_dir("rc62-merge-past"),
                                  "events:\n  memorial: {date: 2030-03-09}\nmerge:\n  - [memorial, memorial-begins]\n");
  CHECK(event_named(graph, "memorial")["modality"] == "actual");
}

TEST_CASE("t58 #66: an override with a slip in a long id suggests that id", "[cli][overrides][rd59]") {
  const std::string dir = scratch_dir("rd59-slip");
  const std::string graph = write_file(dir, "bakery.json", bakery_graph());
  const std::string overrides = write_file(dir, "fix.yaml", "chronograph: 1\nevents:\n  bakery-fier: {title: X}\n");
  const auto result = run_chronograph({"build", graph, "--overrides", overrides, "-o", dir + "/out.svg"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Contains("fix.yaml:3:3: error: no event 'bakery-fier'; did you mean 'bakery-fire-destroys-old-ovens'?"));
}

TEST_CASE("t58 #66: an override naming nothing like an id still lists the closest ids", "[cli][overrides][rd59]") {
  const std::string dir = scratch_dir("rd59-far");
  const std::string graph = write_file(dir, "bakery.json", bakery_graph());
  const std::string overrides = write_file(dir, "fix.yaml", "chronograph: 1\nevents:\n  zzz: {title: X}\n");
  const auto result = run_chronograph({"build", graph, "--overrides", overrides, "-o", dir + "/out.svg"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Contains("fix.yaml:3:3: error: no event 'zzz'; the closest ids are "));
  CHECK_THAT(result.err, !Contains("did you mean"));
}

TEST_CASE("re52 #54: an override that contradicts the text is warned of once, with file, line and column",
          "[cli][overrides]") {
  const auto [date, column] = GENERATE(table<std::string, std::string>({{"2024-05-09", "3:21"}, {"2024-06", "3:21"}}));
  const std::string dir = scratch_dir("re52-warn-once");
  const std::string graph = write_file(dir, "g.json", kGraph);
  const std::string fixes = write_file(dir, "o.yaml", "chronograph: 1\nevents:\n  talks-end: {date: " + date + "}\n");
  const auto result = run_chronograph({"-q", "build", graph, "--overrides", fixes, "-o", dir + "/out.json"});
  CHECK(result.exit_code == 0);
  const std::string message = "'talks-end' set to " + date + ", but the text puts it before 'deal-signed' (2024-05-07)";
  CHECK_THAT(result.err, Contains("o.yaml:" + column + ": warning: " + message));
  CHECK(count(result.err, message) == 1);
}

TEST_CASE("re52 #54: a conflict no override caused is still warned of", "[cli][overrides]") {
  const std::string dir = scratch_dir("re52-warn-conflict");
  std::string contradicting = kGraph;
  contradicting.replace(contradicting.find("\"2024-05-06\",\n   \"start\": \"2024-05-06\", \"end\": \"2024-05-06\""),
                        std::string("\"2024-05-06\",\n   \"start\": \"2024-05-06\", \"end\": \"2024-05-06\"").size(),
                        "\"2024-05-09\",\n   \"start\": \"2024-05-09\", \"end\": \"2024-05-09\"");
  const std::string graph = write_file(dir, "g.json", contradicting);
  const auto result = run_chronograph({"-q", "build", graph, "-o", dir + "/out.json"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("chronograph: warning: ") && Contains("'talks-end' before 'deal-signed'"));
}

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
