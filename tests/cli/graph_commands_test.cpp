// The graph commands as a user meets them: an unknown event in `deps` / `why`, `overrides
// init` and its refusal to overwrite, and `check` telling which fixes went stale when the
// article changed.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using chronograph::read_file;
using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;

namespace {

const std::string kSample = "samples/ukraine-call.txt";

nlohmann::json extract(const std::string& article) {
  const auto result = run_chronograph({"extract", article});
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

// The id of the sample's video call: the event whose trigger is "call" in the sentence of
// "a video call on Tuesday".
std::string video_call_id(const std::string& article) {
  const auto graph = extract(article);
  for (const auto& event : graph["events"])
    for (const auto& mention : event["mentions"])
      if (mention["text"] == "call" &&
          mention.value("sentence_text", "").find("a video call on Tuesday") != std::string::npos)
        return event["id"];
  return {};
}

bool has_event(const std::string& article, const std::string& id) {
  const auto graph = extract(article);
  for (const auto& event : graph["events"])
    if (event["id"] == id) return true;
  return false;
}

}  // namespace

TEST_CASE("an unknown event in deps or why is an error naming the closest id", "[cli][queries]") {
  const std::string id = video_call_id(kSample);
  REQUIRE_FALSE(id.empty());
  const std::string typo = id.substr(0, id.size() - 1);  // the last letter dropped
  for (const char* command : {"deps", "why"}) {
    CAPTURE(command);
    const auto result = run_chronograph({command, typo, kSample});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("no event '" + typo + "'") && Catch::Contains("'" + id + "'"));
  }
}

TEST_CASE("overrides init writes a starter file, and never over an existing one without --force", "[cli][overrides]") {
  const std::string dir = scratch_dir("overrides-init");
  const std::string output = dir + "/overrides.yaml";
  std::ofstream(output) << "# my fixes\n";

  const auto refused = run_chronograph({"overrides", "init", kSample, "-o", output});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("exists") && Catch::Contains("--force"));
  CHECK(read_file(output) == "# my fixes\n");

  // A run that fails after the check (a missing article) leaves the file whole: written whole or not at all.
  const auto failed = run_chronograph({"overrides", "init", dir + "/no-such-article.txt", "-o", output, "--force"});
  CHECK(failed.exit_code == 1);
  CHECK(read_file(output) == "# my fixes\n");

  const auto forced = run_chronograph({"overrides", "init", kSample, "-o", output, "--force"});
  REQUIRE(forced.exit_code == 0);
  const std::string starter = read_file(output);
  CHECK_THAT(starter, Catch::StartsWith("# ") && Catch::Contains("chronograph: 1") &&
                          Catch::Contains(video_call_id(kSample) + ":"));
  // The starter file is itself a valid overrides file that changes nothing.
  const auto check = run_chronograph({"overrides", "check", output, kSample});
  CHECK(check.exit_code == 0);
  CHECK_THAT(check.out, Catch::Contains("every entry applies"));
}

TEST_CASE("after the article changed, check keeps the fixes that still apply and names the stale one",
          "[cli][overrides][queries]") {
  const std::string dir = scratch_dir("stale-fix");
  const std::string id = video_call_id(kSample);
  REQUIRE_FALSE(id.empty());
  const std::string fixes = dir + "/fixes.yaml";
  std::ofstream(fixes) << "chronograph: 1\nevents:\n  " << id
                       << ": {match: \"a video call on Tuesday\", lane: Diplomacy}\n";

  const auto before = run_chronograph({"check", kSample, "--overrides", fixes});
  CHECK_THAT(before.out, Catch::Contains("stale overrides: 0\n"));

  // The sentence is reworded so that its words no longer say "a video call on Tuesday".
  std::string text = read_file(kSample);
  const std::string from = "will hold a video call on Tuesday";
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), "will speak by video link on Tuesday");
  const std::string article = dir + "/reworded.txt";
  std::ofstream(article) << text;

  const auto after = run_chronograph({"check", article, "--overrides", fixes});
  if (has_event(article, id)) {
    // The id survived the rewording: the fix applies by its id.
    CHECK_THAT(after.out, Catch::Contains("stale overrides: 0\n"));
  } else {
    CHECK(after.exit_code == 1);
    CHECK_THAT(after.out, Catch::Contains("stale overrides: 1\n") &&
                              Catch::Contains("fixes.yaml:3:3: '" + id + "' no longer exists") &&
                              Catch::Contains("it most likely meant '"));
  }
}

namespace {

// The id of the first event of `graph` with a mention whose trigger is `trigger`.
std::string event_with_trigger(const nlohmann::json& graph, const std::string& trigger) {
  for (const auto& event : graph["events"])
    for (const auto& mention : event["mentions"])
      if (mention["text"] == trigger) return event["id"];
  FAIL("no event with the trigger '" << trigger << "'");
  return {};
}

}  // namespace

TEST_CASE("deps, why and check on a text never seen before, with an overrides file", "[cli][queries][overrides]") {
  const std::string dir = scratch_dir("queries-unseen");
  const std::string article = dir + "/strike.txt";
  std::ofstream(article) << "---\ndate: 2023-03-10\n---\nThe union said on Thursday that workers will strike next "
                            "Monday. Talks with the rail operator collapsed last week. The minister urged both "
                            "sides to resume negotiations.\n";
  const auto graph = extract(article);
  const std::string strike = event_with_trigger(graph, "strike");
  const std::string collapse = event_with_trigger(graph, "collapsed");
  const std::string fixes = dir + "/fixes.yaml";
  std::ofstream(fixes) << "chronograph: 1\nevents:\n  walkout-tomorrow: {match: \"walk out tomorrow\", lane: Labour}\n"
                       << "edges:\n  - {from: " << collapse << ", to: " << strike
                       << ", type: causes, cue: \"after talks collapsed\"}\n";

  const auto deps = run_chronograph({"deps", strike, article, "--overrides", fixes});
  REQUIRE(deps.exit_code == 0);
  CHECK_THAT(deps.out, Catch::StartsWith(strike + "  ") &&
                           Catch::Contains("\n  " + collapse + " -causes-> " + strike + "  ") &&
                           Catch::Contains("(cue \"after talks collapsed\", override)\n"));

  const auto why = run_chronograph({"why", strike, article, "--overrides", fixes});
  REQUIRE(why.exit_code == 0);
  // (the union, an institution, is a named speaker: its dated statement is an event that reports the strike)
  CHECK_THAT(why.out, Catch::Contains("  mention: strike:0 \"strike\"") && Catch::Contains("  edges (2):\n") &&
                          Catch::Contains(strike + " <-reports- ") && Catch::Contains(strike + " <-causes- " + collapse));

  const auto check = run_chronograph({"check", article, "--overrides", fixes});
  CHECK(check.exit_code == 1);
  CHECK_THAT(check.out, Catch::Contains("stale overrides: 1\n  " + fixes +
                                        ":3:3: 'walkout-tomorrow' no longer exists and \"walk out tomorrow\" "
                                        "matches no event"));
}
