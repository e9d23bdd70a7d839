// Every error of an overrides file: one fixture each under tests/overrides/fixtures/, with the
// exact one-line message, its line:column, the quoted line and the caret width.
#include "graph/overrides/overrides.h"

#include <catch2/catch.hpp>

#include "tests/overrides/test_graph.h"

using chronograph::ParseError;
using chronograph::graph::apply_overrides;
using chronograph::test::fixture;
using chronograph::test::summit_graph;

namespace {

struct Expected {
  std::string file;
  bool at_apply;  // false: parse_overrides throws; true: apply_overrides does
  std::string what;
  int line, column, width;
  std::string help_part;  // a piece of the help line
};

ParseError error_of(const Expected& expected) {
  try {
    if (expected.at_apply) {
      auto graph = summit_graph();
      apply_overrides(graph, fixture(expected.file));
    } else {
      fixture(expected.file);
    }
  } catch (const ParseError& error) {
    return error;
  }
  FAIL("no error for " << expected.file);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("each bad overrides file stops with its message, position, line and help", "[overrides]") {
  const Expected expected = GENERATE(values<Expected>({
      {"unknown_id.yaml", true, "unknown_id.yaml:6:3: no event 'genva-summit'; did you mean 'geneva-summit'?", 6, 3,
       12, "`chronograph extract ARTICLE --format yaml` lists every event id"},
      {"bad_date.yaml", false, "bad_date.yaml:4:11: 'early 2O22' is not a date", 4, 11, 10,
       "use 2022-02-24, 2022-02-24 14:30, 2022-02, 2022, early 2022, mid-Feb 2022, Q1 2022, 2022-Q1, summer 2022, 2022-02-06..2022-02-08, by 2022-02-24, before 2022-02-24, not before 2022 or {start: .., end: ..}; is 'O' a zero?"},
      {"list_for_map.yaml", false, "list_for_map.yaml:3:15: the entry of 'video-call' must be a map, not a list", 3,
       15, 13, "write it as video-call: {title: .., date: ..}"},
      {"number_title.yaml", false, "number_title.yaml:4:12: a title must be text, not the number 42", 4, 12, 2,
       "quote it: title: \"42\""},
      {"missing_version.yaml", false,
       "missing_version.yaml:1:1: this is not a chronograph overrides file: `chronograph: 1` is missing", 1, 1, 1,
       "put `chronograph: 1` on the first line"},
      {"wrong_version.yaml", false, "wrong_version.yaml:1:14: overrides version '2' is not supported", 1, 14, 1,
       "this chronograph reads `chronograph: 1`"},
      {"unknown_key.yaml", false,
       "unknown_key.yaml:4:5: unknown key 'titel' in the entry of 'video-call'; did you mean 'title'?", 4, 5, 5,
       "the keys here are title, date, actors, lane, modality, remove, match, doc"},
      {"bad_edge_type.yaml", false, "bad_edge_type.yaml:3:49: unknown edge type 'befor'; did you mean 'before'?", 3,
       49, 5, "use before, includes, simultaneous"},
      {"bad_dct.yaml", false, "bad_dct.yaml:3:23: '2021-12' is not a day", 3, 23, 7,
       "a document creation time is one calendar day: dct: 2021-12-04"},
      {"bad_range.yaml", false, "bad_range.yaml:3:10: range ends (2021-05-31) before it starts (2022-06-30)", 3, 10,
       21, "swap the two dates"},
      {"bad_lanes.yaml", false, "bad_lanes.yaml:3:10: unknown lanes 'actors'; did you mean 'actor'?", 3, 10, 6,
       "use actor, class, none or a list of lane names"},
      {"bad_modality.yaml", false, "bad_modality.yaml:5:15: unknown modality 'plannned'; did you mean 'planned'?", 5,
       15, 8, "use actual, planned, possible, hypothetical or negated"},
      {"remove_and_edit.yaml", false, "remove_and_edit.yaml:5:13: 'analysts-warn' is removed and edited at once", 5,
       13, 4, "keep either `remove: true` or the edits"},
      {"bad_remove.yaml", false, "bad_remove.yaml:3:27: remove must be true or false, not 'please'", 3, 27, 6,
       "write remove: true"},
      {"short_merge.yaml", false, "short_merge.yaml:3:5: a merge needs two events or more", 3, 5, 20,
       "write - [possible-offensive, potential-invasion]"},
      {"duplicate_event.yaml", false, "duplicate_event.yaml:4:3: 'video-call' is listed twice (first on line 3)", 4, 3,
       10, "put all the edits of one event in one entry"},
      {"map_for_list.yaml", false, "map_for_list.yaml:3:3: add must be a list, not a map", 3, 3, 1,
       "write it as add: [{id: invasion, title: Russia invades Ukraine}]"},
      {"add_without_title.yaml", false, "add_without_title.yaml:3:5: an `add` entry needs a title", 3, 5, 32,
       "- {id: invasion, title: Russia invades Ukraine, date: 2022-02-24}"},
      {"no_value.yaml", false, "no_value.yaml:4:5: 'date' has no value", 4, 5, 4,
       "write a value after `date:`, or delete the line"},
      {"unknown_merge_member.yaml", true,
       "unknown_merge_member.yaml:3:26: no event 'potential-invasoin'; did you mean 'potential-invasion'?", 3, 26, 18,
       "lists every event id"},
      {"unknown_edge_end.yaml", true, "unknown_edge_end.yaml:3:31: no event 'vidoe-call'; did you mean 'video-call' or "
       "'phone-call'?",
       3, 31, 10, "lists every event id"},
      {"ambiguous_match.yaml", true,
       "ambiguous_match.yaml:4:12: \"call\" matches 2 events: 'video-call' (Biden and Putin hold video call), "
       "'phone-call' (Biden calls Zelensky)",
       4, 12, 6, "add words of the sentence, a `doc:`, or use one of these ids"},
      {"empty_match.yaml", true,
       "empty_match.yaml:3:34: no event matches \"launch a peace offensive\"; closest: 'possible-offensive' (Russia "
       "may launch an offensive)",
       3, 34, 26, "use words of one sentence"},
      {"unknown_document.yaml", true, "unknown_document.yaml:3:3: no document 'summit-talk'; did you mean 'summit-talks'?",
       3, 3, 11, "lists the document ids"},
      // (yaml-cpp stops a line later, at "title: x", or at the colon after the tab)
      {"unclosed_flow.yaml", false, "unclosed_flow.yaml:5:15: this `[` is never closed", 5, 15, 1,
       "close it with `]`"},
      {"tab_indent.yaml", false, "tab_indent.yaml:3:1: a tab is used for indentation; YAML needs spaces", 3, 1, 1,
       "indent with spaces"},
      {"invalid_yaml.yaml", false, "invalid_yaml.yaml:3:23: this `\"` is never closed", 3, 23, 1,
       "end the text with another `\"`"},
  }));
  CAPTURE(expected.file);
  const ParseError error = error_of(expected);
  CHECK(std::string(error.what()) == expected.what);
  CHECK(error.where().line == expected.line);
  CHECK(error.where().column == expected.column);
  CHECK(error.caret_width() == expected.width);
  const auto lines = chronograph::test::read_fixture_lines(expected.file);
  REQUIRE(static_cast<std::size_t>(expected.line) <= lines.size());
  CHECK(error.source_line() == lines[static_cast<std::size_t>(expected.line) - 1]);
  CHECK_THAT(error.help(), Catch::Contains(expected.help_part));
}

TEST_CASE("invalid YAML is a parse error at the place the parser stopped", "[overrides]") {
  try {
    fixture("bad_indent.yaml");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK_THAT(std::string(error.what()), Catch::StartsWith("bad_indent.yaml:"));
    CHECK_THAT(error.message(), Catch::StartsWith("this is not valid YAML: "));
    CHECK(error.where().line >= 3);
    CHECK(error.help() == "check the indentation and the quotes on this line");
  }
}

TEST_CASE("an error during apply leaves the graph as it was", "[overrides]") {
  auto graph = summit_graph();
  const auto overrides = chronograph::test::yaml(
      "chronograph: 1\nevents:\n  video-call: {title: Changed, remove: false}\n  genva-summit: {}\n");
  REQUIRE_THROWS_AS(apply_overrides(graph, overrides), ParseError);
  CHECK(graph == summit_graph());
}

TEST_CASE("an error after entries of every kind were applied puts the whole graph back", "[overrides]") {
  auto graph = summit_graph();
  const auto overrides = chronograph::test::yaml(
      "chronograph: 1\n"
      "documents:\n  summit-talks: {dct: 2021-12-05}\n"
      "add:\n  - {id: invasion, title: Russia invades Ukraine, date: 2022-02-24, actors: [Ukraine]}\n"
      "events:\n"
      "  video-call: {title: Changed, date: 2021-12-08, actors: [Kyiv], lane: Diplomacy}\n"
      "  analysts-warn: {remove: true}\n"
      "merge:\n  - [possible-offensive, potential-invasion, russian-attack]\n"
      "edges:\n"
      "  - {from: troop-build-up, to: possible-offensive, type: causes, remove: true}\n"
      "  - {from: invasion, to: video-call, type: before}\n"
      "  - {from: geneva-summit, to: vidoe-call, type: before}\n");
  REQUIRE_THROWS_WITH(apply_overrides(graph, overrides), Catch::Contains("no event 'vidoe-call'"));
  CHECK(graph == summit_graph());
}

TEST_CASE("the style guide's example: an unknown id in a two-line file", "[overrides]") {
  auto graph = summit_graph();
  REQUIRE_THROWS_WITH(apply_overrides(graph, chronograph::test::yaml("chronograph: 1\nevents:\n  genva-summit: {}\n")),
                      "o.yaml:3:3: no event 'genva-summit'; did you mean 'geneva-summit'?");
}

TEST_CASE("load_overrides names a missing file and reads a present one with its path", "[overrides]") {
  CHECK_THROWS_AS(chronograph::graph::load_overrides(chronograph::test::kFixtures / "no-such-file.yaml"),
                  chronograph::InputError);
  const auto path = chronograph::test::kFixtures / "bad_date.yaml";
  REQUIRE_THROWS_WITH(chronograph::graph::load_overrides(path), path.string() + ":4:11: 'early 2O22' is not a date");
}
