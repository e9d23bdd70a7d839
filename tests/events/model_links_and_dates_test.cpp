// "On Sunday, Talley ordered evacuations ... starting at 6 a.m. Tuesday": a link the model
// guesses between two events is left out where their own dates rule it out (the same time for
// days apart), so the timeline draws no link that its own dates deny.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const graph::Event& event_by_id(const graph::GraphData& g, const std::string& id) {
  for (const auto& e : g.events)
    if (e.id == id) return e;
  FAIL("no event " << id);
  return g.events.front();
}

bool dated(const graph::Event& e) { return e.time.source == graph::TimeSource::Explicit && e.time.closed(); }

}  // namespace

TEST_CASE("no model link joins two events their own dates keep apart", "[events][model-links]") {
  const std::string text = GENERATE(as<std::string>{},
      "On Sunday, Talley ordered mandatory evacuations for three coastal parishes starting at 6 a.m. Tuesday.",
      "On Monday the board approved a plan to close the plant in March 2026.",
      "Police arrested the suspect on Friday, three days after the robbery on Tuesday.",
      "The minister arrived on Monday and met the president on Wednesday.");
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / sep / 9);
  for (const auto& edge : g.edges) {
    if (!edge.evidence.cue.starts_with("model:")) continue;
    const auto& a = event_by_id(g, edge.from);
    const auto& b = event_by_id(g, edge.to);
    if (!dated(a) || !dated(b)) continue;
    CAPTURE(graph::edge_label(edge));
    const bool apart = *a.time.end < *b.time.start || *b.time.end < *a.time.start;
    if (edge.type == graph::EdgeType::Simultaneous || edge.type == graph::EdgeType::Includes) CHECK_FALSE(apart);
    if (edge.type == graph::EdgeType::Before) CHECK_FALSE(*a.time.start > *b.time.end);
  }
}

TEST_CASE("an order on Sunday and evacuations from Tuesday keep their dates and no link says otherwise", "[events][model-links]") {
  const auto g = graph_of_text(
      "On Sunday, Talley ordered mandatory evacuations for three coastal parishes starting at 6 a.m. Tuesday.",
      2025_y / sep / 9);
  const auto& order = event_with(g, "ordered");
  const auto& evacuations = event_with(g, "evacuations");
  check_day(order, 2025_y / sep / 7);
  check_day(evacuations, 2025_y / sep / 9);
  for (const auto& edge : g.edges) {
    const bool between = (edge.from == order.id && edge.to == evacuations.id) || (edge.from == evacuations.id && edge.to == order.id);
    CHECK_FALSE((between && edge.type == graph::EdgeType::Simultaneous));
  }
}
