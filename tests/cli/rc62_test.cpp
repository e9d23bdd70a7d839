// rc62 (tester t60): merging a headline noun with the planned event it names keeps the clock
// time and the planned modality (#64); `check` flags any fact dated after the document date,
// not only a past-tense one (#64).
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_command.h"

using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;

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

TEST_CASE("t60 #64: check flags a fact told in the present tense dated after the document date", "[cli][check][rc62]") {
  const std::string dir = scratch_dir("rc62-check");
  const std::string article = write_file(dir, "memorial.txt", kMemorial);
  const std::string file = write_file(dir, "fixes.yaml", "chronograph: 1\nevents:\n  fans-gather-leeds: {date: 2030-03-20}\n");
  const auto result = run_chronograph({"-q", "check", article, "--dct", kDct, "--overrides", file});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("dates against the document date: 1") != std::string::npos);
  CHECK(result.out.find("fans-gather-leeds") != std::string::npos);
  // must not: the memorial is planned for Saturday, after the document date, as it should be
  CHECK(result.out.find("memorial-begins  ") == std::string::npos);
}

TEST_CASE("t60 #64: check flags a headline noun dated after the document date", "[cli][check][rc62]") {
  // The headline's "memorial" has no tense; dated to next Saturday it cannot have happened.
  const std::string dir = scratch_dir("rc62-check-noun");
  const std::string article = write_file(dir, "memorial.txt", kMemorial);
  const std::string file = write_file(dir, "fixes.yaml", "chronograph: 1\nevents:\n  memorial: {date: 2030-03-16}\n");
  const auto result = run_chronograph({"-q", "check", article, "--dct", kDct, "--overrides", file});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("  memorial  ") != std::string::npos);
}
