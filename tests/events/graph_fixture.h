// Text in, event graph out, through the whole pipeline as the program runs it (the models
// load once, from the staged data): the helpers of the tests that check events on the graph.
#pragma once

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/documents/document_reader.h"
#include "core/pipeline/pipeline.h"
#include "graph/assemble/assemble_graph.h"
#include "graph/solver/solve_graph.h"

namespace chronograph::test {

namespace core = chronograph::core;
namespace graph = chronograph::graph;

inline const core::Pipeline& pipeline() {
  static const core::Pipeline loaded = core::Pipeline::load(chronograph::DataDir::locate());
  return loaded;
}

inline graph::GraphData graph_of(core::Document document) {
  std::vector<core::DocumentAnalysis> analyses;
  analyses.push_back(pipeline().analyse(std::move(document)));
  return graph::assemble_graph(analyses, {});
}

inline graph::GraphData graph_of_text(const std::string& text, date::sys_days dct) {
  core::Document document = core::parse_text_document(text, "test.txt");
  document.id = "test";
  document.dct = dct;
  return graph_of(std::move(document));
}

// The graph with the bounds the solver infers from the links written back.
inline graph::GraphData solved_graph_of_text(const std::string& text, date::sys_days dct) {
  auto g = graph_of_text(text, dct);
  graph::solve_graph(g);
  return g;
}

// The first day after `day` (before it) that falls on weekday `w` (0 = Sunday).
inline date::sys_days weekday_after(date::sys_days day, unsigned w) {
  do day += date::days{1};
  while (date::weekday{day} != date::weekday{w});
  return day;
}
inline date::sys_days weekday_before(date::sys_days day, unsigned w) {
  do day -= date::days{1};
  while (date::weekday{day} != date::weekday{w});
  return day;
}

// The value of the time expression `name` in `text` dated `dct`; "none" when there is none.
inline std::string timex_value_in(const std::string& text, const std::string& name, date::sys_days dct) {
  const auto g = graph_of_text(text, dct);
  const auto found = std::find_if(g.timexes.begin(), g.timexes.end(), [&](const auto& t) { return t.text == name; });
  return found == g.timexes.end() ? std::string("none") : found->value;
}

inline bool has_mention(const graph::Event& event, const std::string& text) {
  return std::any_of(event.mentions.begin(), event.mentions.end(), [&](const auto& m) { return m.text == text; });
}

inline bool has_actor(const graph::Event& event, const std::string& id) {
  return std::find(event.actors.begin(), event.actors.end(), id) != event.actors.end();
}

// The event holding a mention `trigger` whose title contains `words`; fails the test when none does.
inline const graph::Event& event_with(const graph::GraphData& g, const std::string& trigger, const std::string& words = "") {
  for (const auto& event : g.events)
    if (has_mention(event, trigger) && event.title.find(words) != std::string::npos) return event;
  std::string titles;
  for (const auto& event : g.events) titles += "\n  " + event.title;
  FAIL("no event with mention '" << trigger << "' and title words '" << words << "' among:" << titles);
  return g.events.front();
}

// Whether an event's title starts with `start`.
inline bool has_title_starting(const graph::GraphData& g, const std::string& start) {
  return std::any_of(g.events.begin(), g.events.end(), [&](const auto& e) { return e.title.rfind(start, 0) == 0; });
}

inline int events_with_mention(const graph::GraphData& g, const std::string& trigger) {
  return static_cast<int>(std::count_if(g.events.begin(), g.events.end(), [&](const auto& e) { return has_mention(e, trigger); }));
}

inline void check_day(const graph::Event& event, date::sys_days day) {
  INFO(event.title);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == day);
  CHECK(*event.time.end == day);
}

// A whole span: the event starts on `start` and ends on `end`.
inline void check_span(const graph::Event& event, date::sys_days start, date::sys_days end) {
  INFO(event.title);
  REQUIRE(event.time.start);
  REQUIRE(event.time.end);
  CHECK(*event.time.start == start);
  CHECK(*event.time.end == end);
}

inline bool has_edge(const graph::GraphData& g, const graph::Event& from, graph::EdgeType type, const graph::Event& to) {
  return std::any_of(g.edges.begin(), g.edges.end(),
                     [&](const graph::Edge& e) { return e.from == from.id && e.to == to.id && e.type == type; });
}

}  // namespace chronograph::test
