// What extract gives: event ids kept across small edits, document titles, and what a dated
// statement reports.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using namespace chronograph;
using namespace chronograph::test;
using Catch::Matchers::Contains;

namespace {

nlohmann::json extract(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = write_file(dir, name, text);
  const auto result = run_chronograph({"extract", path, "--dct", "2023-03-14", "--format", "json"});
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.out);
}

std::set<std::string> event_ids(const nlohmann::json& graph) {
  std::set<std::string> ids;
  for (const auto& event : graph["events"]) ids.insert(event["id"].get<std::string>());
  return ids;
}

std::string report(const std::string& figure) {
  return "About " + figure + " tonnes of grain spilled from a derailed train near the harbour on Monday, "
         "blocking the main road and delaying ferries for hours.\n\n"
         "Crews cleared the tracks on Tuesday.\n";
}

// The extracted graph of `text` as JSON text.
std::string extracted(const std::string& name, const std::string& text) {
  const std::string dir = scratch_dir("re57-" + name);
  const std::string article = write_file(dir, "a.txt", text + "\n");
  const auto result = run_chronograph({"extract", article, "--dct", "2019-05-03", "--format", "json", "-o", dir + "/a.json"});
  REQUIRE(result.exit_code == 0);
  return chronograph::read_file(dir + "/a.json");
}

}  // namespace

TEST_CASE("t59 #83: correcting a figure in a sentence keeps the ids of its events", "[cli][ids][rc61]") {
  const std::string dir = scratch_dir("rc61-figure");
  const auto before = event_ids(extract(dir, "before.txt", report("1,200")));
  const auto after = event_ids(extract(dir, "after.txt", report("1,350")));
  CHECK(before.size() >= 2);
  CHECK(before == after);
  for (const auto& id : before) CHECK(id.find("1-200") == std::string::npos);
}

TEST_CASE("t59 #83: events told apart by a suffix keep it when a figure of their sentence is corrected", "[cli][ids][rc61]") {
  // Five content words before the verb: the three events of the sentence share a slug.
  const auto text = [](const std::string& figure) {
    return "An estimated " + figure + " tonnes of Canadian winter wheat spilled from a derailed train near the harbour "
           "on Monday, blocking the main road and delaying ferries for hours.\n";
  };
  const std::string dir = scratch_dir("rc61-suffix");
  const auto before = event_ids(extract(dir, "before.txt", text("1,200")));
  const auto after = event_ids(extract(dir, "after.txt", text("1,350")));
  const auto suffixed = std::count_if(before.begin(), before.end(), [](const std::string& id) {
    return id.rfind("estimated-tonnes-canadian-winter-wheat-", 0) == 0;
  });
  CHECK(suffixed >= 2);
  CHECK(before == after);
}

TEST_CASE("t59 #83: changing a word of the sentence still renames its events", "[cli][ids][rc61]") {
  const std::string dir = scratch_dir("rc61-word");
  const auto grain = event_ids(extract(dir, "grain.txt", report("1,200")));
  std::string text = report("1,200");
  text.replace(text.find("grain"), 5, "coal");
  const auto coal = event_ids(extract(dir, "coal.txt", text));
  CHECK(grain != coal);
}

TEST_CASE("t59 #85: a Markdown heading titles the document without its marker", "[cli][documents][rc61]") {
  const std::string dir = scratch_dir("rc61-heading");
  const std::string body = "Crews cleared the tracks on Tuesday after a derailment near the harbour.\n";
  CHECK(extract(dir, "one.md", "# Freight train derails near harbour\n\n" + body)["documents"][0]["title"] ==
        "Freight train derails near harbour");
  CHECK(extract(dir, "closed.md", "## Freight train derails near harbour ##\n\n" + body)["documents"][0]["title"] ==
        "Freight train derails near harbour");
  // A hashtag is no heading marker: "#" must be followed by a space.
  CHECK(extract(dir, "tag.md", "#Freight train derails near harbour\n\n" + body)["documents"][0]["title"] ==
        "#Freight train derails near harbour");
}

TEST_CASE("t56 #69: a named speaker's dated statement says what it reports", "[cli][reporting]") {
  const std::string text = GENERATE(as<std::string>{},
      "The Customs Service said on Thursday that a tip received in the spring had led officers to a container in Hamburg.",
      "The Coast Guard said on Sunday that a new tip received in the autumn had led divers to a wreck off Crete.");
  const std::string json = extracted("statement", text);
  CHECK_THAT(json, Contains("-says-tip-leads\"") || Contains("-says-new-tip\""));
  CHECK_THAT(json, Contains("\"type\": \"reports\""));
}

TEST_CASE("t56 #69: an unnamed speaker's statement stays evidence, and 'so that' reports nothing", "[cli][reporting]") {
  const std::string unnamed = extracted("unnamed", "Customs officers said on Thursday that a tip received in the spring had "
                                                   "led them to a container in Hamburg.");
  CHECK_THAT(unnamed, !Contains("officers-say") && !Contains("\"type\": \"reports\""));
  const std::string purpose = extracted("purpose", "The Customs Service announced the new rules on Thursday so that importers "
                                                   "could prepare.");
  CHECK_THAT(purpose, !Contains("\"type\": \"reports\""));
}
