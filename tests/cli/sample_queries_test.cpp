// `deps`, `why` and `check` on the sample article, against reviewed golden outputs under
// tests/golden/queries/ukraine-call/. The events are picked by what they are (the video call,
// the event dated June 2021), not by id, so that a change of extraction changes the goldens'
// content, which `make update-golden` rewrites for review, and never the test itself.
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"
#include "tests/support/shared_data.h"

using chronograph::read_file;
using chronograph::test::run_chronograph;
namespace fs = std::filesystem;

namespace {

// Relative to the repository root, where the tests run, so outputs name it the same in any checkout.
const std::string kSample = "samples/ukraine-call.txt";

const nlohmann::json& sample_graph() {
  static const nlohmann::json graph = [] {
    const auto result = run_chronograph({"extract", kSample});
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
  }();
  return graph;
}

// The id of the first event (in the graph's order) that `wanted` accepts.
std::string pick(const std::string& description, const std::function<bool(const nlohmann::json&)>& wanted) {
  for (const auto& event : sample_graph()["events"])
    if (wanted(event)) return event["id"];
  FAIL("the sample has no event that is " << description);
  return {};
}

bool has_mention(const nlohmann::json& event, const std::string& trigger, const std::string& sentence_words) {
  for (const auto& mention : event["mentions"])
    if (mention["text"] == trigger && mention.value("sentence_text", "").find(sentence_words) != std::string::npos)
      return true;
  return false;
}

// The event of "will hold a video call on Tuesday": its trigger is "call" in that sentence.
std::string video_call() {
  return pick("the video call", [](const nlohmann::json& event) { return has_mention(event, "call", "video call"); });
}

// The event of "agreements reached at their Geneva summit in June": the first event dated
// within June 2021.
std::string june_event() {
  return pick("dated June 2021", [](const nlohmann::json& event) {
    const auto& time = event["time"];
    const auto in_june = [](const nlohmann::json& day) {
      return day.is_string() && day.get<std::string>().rfind("2021-06", 0) == 0;
    };
    return in_june(time["start"]) && in_june(time["end"]);
  });
}

// An event the solver dates from its links alone (issue 8: `why` shows the chain behind each
// inferred bound): the first whose time source is "inferred", in the graph's order.
std::string inferred_event() {
  return pick("dated by inference", [](const nlohmann::json& event) { return event["time"]["source"] == "inferred"; });
}

// Compares a command's stdout with tests/golden/queries/ukraine-call/NAME; with
// CHRONOGRAPH_UPDATE_GOLDEN=1 (`make update-golden`) rewrites the file instead. Review
// `git diff tests/golden` like code.
void check_golden(const std::vector<std::string>& arguments, const std::string& name, int exit_code = 0) {
  const auto golden = chronograph::test::kSourceDir / "tests/golden/queries/ukraine-call" / name;
  const auto result = run_chronograph(arguments);
  INFO("chronograph " << arguments.front() << ": " << result.err);
  REQUIRE(result.exit_code == exit_code);
  if (std::getenv("CHRONOGRAPH_UPDATE_GOLDEN")) {
    fs::create_directories(golden.parent_path());
    chronograph::write_file_atomically(golden, result.out);
  }
  INFO("golden file " << golden.string() << " (CHRONOGRAPH_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(result.out == read_file(golden));
}

}  // namespace

TEST_CASE("deps on the sample's video call and its event of June 2021 match the golden trees",
          "[cli][golden][queries]") {
  check_golden({"deps", video_call(), kSample}, "deps-up-video-call.txt");
  check_golden({"deps", video_call(), kSample, "--down", "--depth", "-1"}, "deps-down-video-call.txt");
  check_golden({"deps", june_event(), kSample, "--down"}, "deps-down-june.txt");
}

TEST_CASE("why on the sample's video call and its event of June 2021 matches the golden explanations",
          "[cli][golden][queries]") {
  check_golden({"why", video_call(), kSample}, "why-video-call.txt");
  check_golden({"why", june_event(), kSample}, "why-june.txt");
}

TEST_CASE("issue 8: why on an event the sample dates only by inference shows the chain behind its bounds",
          "[cli][golden][queries]") {
  const auto result = run_chronograph({"why", inferred_event(), kSample});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("inferred") != std::string::npos);
  CHECK(result.out.find("because '") != std::string::npos);
  check_golden({"why", inferred_event(), kSample}, "why-inferred.txt");
}

TEST_CASE("check on the sample matches the golden report", "[cli][golden][queries]") {
  const auto result = run_chronograph({"check", kSample});
  REQUIRE((result.exit_code == 0 || result.exit_code == 1));
  // The exit code follows the report's last line: "ok: ..." or "problems found: ...".
  CHECK((result.exit_code == 0) == (result.out.rfind("\nok: ") != std::string::npos));
  check_golden({"check", kSample}, "check.txt", result.exit_code);
}
