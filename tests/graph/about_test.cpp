#include "graph/queries/about.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace chronograph::graph;

namespace {

Event event(const std::string& id, const std::string& title, std::vector<std::string> actors = {}) {
  Event e;
  e.id = id;
  e.title = title;
  e.actors = std::move(actors);
  return e;
}

Edge edge(const std::string& from, const std::string& to) {
  Edge e;
  e.from = from;
  e.to = to;
  return e;
}

// Articles about Apple's products and people, with a second company whose name shares a word.
GraphData apple_news() {
  GraphData g;
  g.documents.push_back({"d1", "d1.txt", "Apple news", std::nullopt});
  g.entities = {{"steve-jobs", "Steve Jobs", "PERSON", {"Jobs", "Mr Jobs"}},
                {"apple-inc", "Apple Inc.", "ORGANIZATION", {"Apple"}},
                {"apple-corps", "Apple Corps", "ORGANIZATION", {}},
                {"itunes-music-store", "iTunes Music Store", "ORGANIZATION", {}}};
  g.events = {event("keynote", "Jobs gives keynote", {"steve-jobs"}),
              event("leave", "Steve Jobs takes medical leave"),
              event("lawsuit", "Apple Corps sues Apple Inc.", {"apple-corps", "apple-inc"}),
              event("release", "Apple releases iPhone 3G", {"apple-inc"}),
              event("launch", "Apple launches iTunes Music Store", {"apple-inc"}),
              event("cuts", "Factory cuts jobs")};
  g.edges = {edge("keynote", "leave"), edge("keynote", "release"), edge("lawsuit", "launch")};
  g.conflicts = {{{"keynote -before-> leave"}, "kept", {}}, {{"keynote -before-> release"}, "dropped", {}}};
  return g;
}

std::vector<std::string> ids(const GraphData& g) {
  std::vector<std::string> out;
  for (const auto& e : g.events) out.push_back(e.id);
  return out;
}

}  // namespace

TEST_CASE("about NAME keeps the events whose actor is the entity or whose title names it", "[graph][about]") {
  const GraphData g = apple_news();
  CHECK(ids(about(g, "Steve Jobs")) == std::vector<std::string>{"keynote", "leave"});
  CHECK(ids(about(g, "steve jobs")) == ids(about(g, "Steve Jobs")));
  // A product is no actor: its name in the title is enough.
  CHECK(ids(about(g, "iPhone 3G")) == std::vector<std::string>{"release"});
  // Words in order, others between: "iTunes store" is the iTunes Music Store.
  CHECK(ids(about(g, "iTunes store")) == std::vector<std::string>{"launch"});
  // A longer name holding an entity's whole name of two words: Apple Corps, not Apple Inc.
  CHECK(ids(about(g, "Beatles Apple Corps")) == std::vector<std::string>{"lawsuit"});
  CHECK(ids(about(g, "Samsung")).empty());
}

TEST_CASE("about NAME keeps the edges, entities and conflicts among the kept events only", "[graph][about]") {
  const GraphData jobs = about(apple_news(), "Steve Jobs");
  REQUIRE(jobs.edges.size() == 1);
  CHECK(jobs.edges[0].to == "leave");
  REQUIRE(jobs.entities.size() == 1);
  CHECK(jobs.entities[0].id == "steve-jobs");
  REQUIRE(jobs.conflicts.size() == 1);
  CHECK(jobs.conflicts[0].message == "kept");
  CHECK(jobs.documents.size() == 1);
}
