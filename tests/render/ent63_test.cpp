// The lane an event takes by its actors (tester round 60, finding 63): a place named beside a
// person or a body does not hold the event; a place that is the only actor still does.
#include "render/timeline/svg_timeline.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace date;
using chronograph::graph::GraphData;
using chronograph::render::render_svg_timeline;

namespace {

chronograph::graph::Entity entity(const std::string& id, const std::string& name, const std::string& type) {
  chronograph::graph::Entity e;
  e.id = id;
  e.name = name;
  e.type = type;
  return e;
}

chronograph::graph::Event event_by(const std::string& id, const std::string& title, std::vector<std::string> actors, int day) {
  chronograph::graph::Event e;
  e.id = id;
  e.title = title;
  e.actors = std::move(actors);
  e.time.start = sys_days{2024_y / may / day};
  e.time.end = e.time.start;
  return e;
}

// The data-lane of the event with id `id` in the SVG.
std::string lane_of(const std::string& svg, const std::string& id) {
  const auto at = svg.find("id=\"ev-" + id + "\"");
  if (at == std::string::npos) return "none";
  const auto lane = svg.find("data-lane=\"", at);
  const auto begin = lane + 11;
  return svg.substr(begin, svg.find('"', begin) - begin);
}

GraphData graph_of_places_and_doers() {
  GraphData g;
  g.entities = {entity("norvia", "Norvia", "LOCATION"), entity("tomas-brell", "Tomas Brell", "PERSON"),
                entity("kestrel-freight", "Kestrel Freight", "ORGANIZATION")};
  g.events = {event_by("norvia-brell-wins", "Norvia's Brell wins the stage", {"norvia", "tomas-brell"}, 3),
              event_by("kestrel-opens-depot", "Kestrel opens a depot in Norvia", {"norvia", "kestrel-freight"}, 5),
              event_by("norvia-closes-border", "Norvia closes its border", {"norvia"}, 7)};
  return g;
}

}  // namespace

TEST_CASE("finding 63: an event of a person or a body beside a place is in the doer's lane", "[render][ent63]") {
  const auto svg = render_svg_timeline(graph_of_places_and_doers(), {});
  CHECK(lane_of(svg, "norvia-brell-wins") == "Tomas Brell");
  CHECK(lane_of(svg, "kestrel-opens-depot") == "Kestrel Freight");
}

TEST_CASE("finding 63: a place that is an event's only actor still holds it", "[render][ent63]") {
  const auto svg = render_svg_timeline(graph_of_places_and_doers(), {});
  CHECK(lane_of(svg, "norvia-closes-border") == "Norvia");
}
