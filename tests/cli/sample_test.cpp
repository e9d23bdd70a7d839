// The sample article end to end: its golden JSON, and ids that survive edits elsewhere.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"
#include "tests/support/shared_data.h"

using chronograph::read_file;
using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
namespace fs = std::filesystem;

namespace {

// Relative to the repository root, where the tests run, so outputs name it the same in any checkout.
const fs::path kSample = "samples/ukraine-call.txt";

nlohmann::json extract(const std::string& file) {
  const auto result = run_chronograph({"extract", file});
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

// Event id -> the sentence of its first mention.
std::map<std::string, std::string> ids_by_sentence(const nlohmann::json& graph) {
  std::map<std::string, std::string> ids;
  for (const auto& event : graph["events"]) ids[event["id"]] = event["mentions"][0].value("sentence_text", "");
  return ids;
}

// Every event whose sentence is in both versions keeps its id.
void check_ids_kept(const nlohmann::json& before, const nlohmann::json& after) {
  std::set<std::string> sentences_after;
  for (const auto& [id, sentence] : ids_by_sentence(after)) sentences_after.insert(sentence);
  const auto ids_after = ids_by_sentence(after);
  for (const auto& [id, sentence] : ids_by_sentence(before)) {
    if (!sentences_after.count(sentence)) continue;
    INFO(id << " in: " << sentence);
    CHECK(ids_after.count(id) == 1);
  }
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Compares the command's stdout with tests/golden/sample/NAME; CHRONOGRAPH_UPDATE_GOLDEN=1
// (`make update-golden`) rewrites it instead. Review `git diff tests/golden` like code.
void check_golden(const std::vector<std::string>& arguments, const std::string& name) {
  const auto golden = chronograph::test::kSourceDir / "tests/golden/sample" / name;
  const auto result = run_chronograph(arguments);
  REQUIRE(result.exit_code == 0);
  if (std::getenv("CHRONOGRAPH_UPDATE_GOLDEN")) {
    fs::create_directories(golden.parent_path());
    chronograph::write_file_atomically(golden, result.out);
  }
  CHECK(result.out == read_file(golden));
}

}  // namespace

TEST_CASE("the sample's extraction matches its reviewed golden JSON", "[cli][golden]") {
  check_golden({"extract", kSample.string()}, "ukraine-call.json");
}

TEST_CASE("the sample's timeline matches its reviewed golden SVG", "[cli][golden]") {
  check_golden({"build", kSample.string()}, "ukraine-call.svg");
}

TEST_CASE("the sample's main events are found with their modality and dates", "[cli][sample]") {
  const auto graph = extract(kSample.string());
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& event : graph["events"]) by_id[event["id"]] = event;
  const auto find = [&](const std::string& trigger) {
    for (const auto& event : graph["events"])
      for (const auto& mention : event["mentions"])
        if (mention["text"] == trigger) return event;
    FAIL("no event with trigger " << trigger);
    return nlohmann::json{};
  };
  const auto call = find("call");
  CHECK(call["modality"] == "planned");
  CHECK(call["time"]["start"] == "2021-12-07");
  CHECK(call["actors"] == nlohmann::json::array({"joe-biden", "vladimir-putin"}));
  const auto summit = find("summit");
  CHECK(summit["modality"] == "actual");
  CHECK(summit["time"]["start"] == "2021-06-01");
  CHECK(summit["time"]["end"] == "2021-06-30");
}

TEST_CASE("re-running on the same text gives the same ids", "[cli][ids]") {
  CHECK(ids_by_sentence(extract(kSample.string())) == ids_by_sentence(extract(kSample.string())));
}

TEST_CASE("a sentence added, removed or reworded changes only its own events' ids", "[cli][ids]") {
  const std::string dir = scratch_dir("ids");
  const std::string text = read_file(kSample);
  const auto before = extract(kSample.string());
  const std::string added = replace_once(text, "The White House declined to comment.",
                                         "The White House declined to comment. Ministers will meet in Brussels next week.");
  const std::string removed = replace_once(text, "The White House declined to comment.", "");
  const std::string reworded = replace_once(text, "The exact timing of the call was not disclosed.",
                                            "Officials did not disclose the exact hour of the call.");
  for (const auto& [name, variant] : std::vector<std::pair<std::string, std::string>>{
           {"added", added}, {"removed", removed}, {"reworded", reworded}}) {
    SECTION(name) {
      const std::string file = dir + "/" + name + ".txt";
      std::ofstream(file) << variant;
      check_ids_kept(before, extract(file));
    }
  }
}

TEST_CASE("ids also survive edits of text never seen before", "[cli][ids]") {
  const std::string dir = scratch_dir("ids-unseen");
  const std::string original =
      "---\ndate: 2023-03-10\n---\nThe union said on Thursday that workers will strike next Monday. "
      "Talks with the rail operator collapsed last week. The minister urged both sides to resume negotiations.\n";
  const std::string edited = replace_once(original, "The minister urged", "The transport minister again urged");
  std::ofstream(dir + "/a.txt") << original;
  std::ofstream(dir + "/b.txt") << edited;
  check_ids_kept(extract(dir + "/a.txt"), extract(dir + "/b.txt"));
}

TEST_CASE("a long article is read in parts whose spans still point into the whole text", "[cli][long]") {
  const std::string dir = scratch_dir("long");
  std::string text;
  for (int i = 0; text.size() < (3u << 20) / 2; ++i)  // 1.5 MiB: two parts
    text += "Paragraph " + std::to_string(i) + ": the council said on Monday that it will vote on the budget next week.\n\n";
  const std::string file = dir + "/long.txt";
  std::ofstream(file) << text;
  const auto result = run_chronograph({"extract", file, "--dct", "2022-05-04"});
  REQUIRE(result.exit_code == 0);
  const auto graph = nlohmann::json::parse(result.out);
  REQUIRE(graph["documents"].size() == 1);
  std::size_t late_mentions = 0;
  for (const auto& event : graph["events"])
    for (const auto& mention : event["mentions"]) {
      const std::size_t begin = mention["begin"], end = mention["end"];
      REQUIRE(text.substr(begin, end - begin) == mention["text"].get<std::string>());
      late_mentions += begin > (1u << 20);
    }
  CHECK(late_mentions > 0);  // the second part was read too
  std::set<std::string> timex_ids;
  for (const auto& timex : graph["documents"][0]["timexes"]) {
    const std::size_t begin = timex["begin"], end = timex["end"];
    CHECK(text.substr(begin, end - begin) == timex["text"].get<std::string>());
    CHECK(timex_ids.insert(timex["id"].get<std::string>()).second);
  }
}
