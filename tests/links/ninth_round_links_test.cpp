// Issue 31 of the ninth round: a cue must play the part its words need ("results in" the verb,
// not "mixed results in a study").
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/links/cue_edges.h"
#include "tests/links/cue_fixture.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

// The cue edges of a parsed sentence whose events are the given words, as "from type to".
std::vector<std::string> cue_links(const std::string& text, const std::vector<std::string>& triggers) {
  return chronograph::test::Example(text, triggers).links();
}

bool has_type(const std::vector<std::string>& links, const std::string& type) {
  return std::any_of(links.begin(), links.end(), [&](const std::string& l) { return l.find(" " + type + " ") != std::string::npos; });
}

}  // namespace

TEST_CASE("issue 31: a verb cue's first word used as a noun is no cue", "[links][issue-31]") {
  const auto [text, triggers] = GENERATE(table<std::string, std::vector<std::string>>({
      {"Kestrel will begin a final-stage trial early next year, despite mixed results in a mid-stage study released over "
       "the weekend.",
       {"begin", "results", "released"}},
      {"The firm will expand its plant next year, despite weak results in a survey published on Monday.",
       {"expand", "results", "published"}},
      {"The council approved the budget after the poor results in an audit conducted last spring.",
       {"approved", "results", "conducted"}},
      {"Reporters followed every lead to the scandal uncovered last month.", {"followed", "uncovered"}},
  }));
  CAPTURE(text);
  CHECK_FALSE(has_type(cue_links(text, triggers), "causes"));
}

TEST_CASE("issue 31: the same cue words used as a verb still link cause and effect", "[links][issue-31]") {
  const auto [text, from, to] = GENERATE(table<std::string, std::string, std::string>({
      {"The merger results in job cuts across the group.", "merger", "cuts"},
      {"The storm resulted in floods across the valley.", "storm", "floods"},
      {"The strike led to delays at every port.", "strike", "delays"},
      {"Heavy rain flooded the roads, leading to closures in the north.", "flooded", "closures"},
  }));
  CAPTURE(text);
  const auto links = cue_links(text, {from, to});
  CHECK(std::find(links.begin(), links.end(), from + " causes " + to) != links.end());
}

TEST_CASE("a cue file's fourth field may only be 'verb'", "[links][issue-31]") {
  const auto dir = std::filesystem::temp_directory_path() / "chronograph-ninth-round-cues";
  std::filesystem::create_directories(dir);
  for (const char* sibling : {"reactions.txt", "occasion_nouns.txt", "ordinals.txt", "commands.txt", "phrase_cues.txt"})
    std::ofstream(dir / sibling) << "";
  std::ofstream(dir / "cues.txt") << "led to\tcauses\tforward\tverb\nresults in\tcauses\tforward\tnoun\n";
  REQUIRE_THROWS_WITH(CueLinker::load_from(dir / "cues.txt"),
                      Catch::Contains("cues.txt:2:") && Catch::Contains("unknown word class 'noun'"));
  std::ofstream(dir / "cues.txt") << "led to\tcauses\tforward\tverb\n";
  CHECK_NOTHROW(CueLinker::load_from(dir / "cues.txt"));
}
