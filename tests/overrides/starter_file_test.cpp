#include "graph/overrides/starter_file.h"

#include <catch2/catch.hpp>

#include "tests/overrides/test_graph.h"

using chronograph::graph::apply_overrides;
using chronograph::graph::parse_overrides;
using chronograph::graph::starter_overrides;
using chronograph::test::summit_graph;

TEST_CASE("the starter file lists every event id with its title and date", "[overrides][starter]") {
  const std::string text = starter_overrides(summit_graph(), "chronograph overrides init summit-talks.txt");
  CHECK_THAT(text, Catch::StartsWith("# chronograph overrides, version 1"));
  CHECK_THAT(text, Catch::Contains("`chronograph overrides init summit-talks.txt`"));
  CHECK_THAT(text, Catch::Contains("#  video-call:                  # Biden and Putin hold video call · 2021-12-07 (explicit)\n"));
  CHECK_THAT(text, Catch::Contains("#  possible-offensive:          # Russia may launch an offensive · early 2022 (explicit)\n"));
  CHECK_THAT(text, Catch::Contains("#  troop-build-up:              # Russia masses troops · no date\n"));
  CHECK_THAT(text, Catch::Contains("#  summit-talks: {dct: 2021-12-04}\n"));
  for (const auto& event : summit_graph().events) CHECK_THAT(text, Catch::Contains("#  " + event.id + ":"));
  CHECK_THAT(text, Catch::Contains("#  - [geneva-summit, video-call]\n"));
  CHECK_THAT(text, Catch::Contains("#  - {from: geneva-summit, to: video-call, type: before, remove: true}\n"));
}

TEST_CASE("the starter file parses as it is and changes nothing", "[overrides][starter]") {
  auto graph = summit_graph();
  const auto file = parse_overrides(starter_overrides(graph, "chronograph overrides init x.txt"), "overrides.yaml");
  const auto report = apply_overrides(graph, file);
  CHECK(graph == summit_graph());
  CHECK(report.warnings.empty());
  CHECK(report.unused.empty());
}

// Uncommenting every example line (the way a user would) gives a file that parses.
TEST_CASE("the starter file's examples parse once uncommented", "[overrides][starter]") {
  const std::string text = starter_overrides(summit_graph(), "chronograph overrides init x.txt");
  std::string uncommented;
  std::size_t from = 0;
  while (from < text.size()) {
    auto end = text.find('\n', from);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(from, end - from);
    // Example entries are "#  key..." or "#    key..."; prose is "# Word"; the event listing
    // ("#  id:  # title · date") stays commented (uncommented it would repeat the example's id).
    const bool example = line.rfind("#  ", 0) == 0 && line.rfind("#    # ", 0) != 0 &&
                         line.find(" · ") == std::string::npos;
    if (example) line[0] = ' ';
    uncommented += line + "\n";
    from = end + 1;
  }
  CAPTURE(uncommented);
  const auto file = parse_overrides(uncommented, "overrides.yaml");
  CHECK(file.events.size() == 2);
  CHECK(file.additions.size() == 1);
  CHECK(file.merges.size() == 1);
  CHECK(file.edges.size() == 3);
  CHECK(file.documents.size() == 1);
  CHECK(file.view.lanes_mode == "actor");
}
