// Events across articles (graph/assemble/event_merge.h), on events built by hand.
#include "graph/assemble/event_merge.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace date;
namespace graph = chronograph::graph;

namespace {

graph::Event event(const std::string& doc, const std::string& title, const std::string& lemma, sys_days day,
                   std::vector<std::string> actors = {}) {
  graph::Event e;
  e.title = title;
  e.lemma = lemma;
  e.time.start = e.time.end = day;
  e.time.source = graph::TimeSource::Explicit;
  e.actors = std::move(actors);
  e.mentions.push_back({doc, 0, 0, 1, lemma, {}});
  return e;
}

}  // namespace

TEST_CASE("one happening told in two articles is one event when one title says all the other does", "[graph][merge]") {
  const sys_days may6 = 2024_y / may / 6;
  const std::string later = GENERATE(as<std::string>{}, "Strike", "Dock workers begin strike", "Strike at port");
  CAPTURE(later);
  const auto into = graph::same_events_across_documents(
      {event("monday", "Dock workers begin strike", "strike", may6), event("later", later, "strike", may6)});
  const bool agree = later != "Strike at port";  // "at port" is not in the first title
  CHECK(into[1] == (agree ? 0u : 1u));
  // a bare title joins one fuller one, not two that differ; an empty title joins none
  const auto two = graph::same_events_across_documents({event("a", "Strike", "strike", may6),
                                                        event("b", "Dock workers begin strike", "strike", may6),
                                                        event("c", "Rail workers begin strike", "strike", may6)});
  CHECK(two[1] == 0);
  CHECK(two[2] == 2);
  CHECK(graph::same_events_across_documents({event("a", "", "strike", may6), event("b", "Strike", "strike", may6)})[1] == 1);
  // within one article, on another day, of another kind or with other actors: apart
  CHECK(graph::same_events_across_documents({event("a", "Strike", "strike", may6), event("a", "Strike", "strike", may6)})[1] == 1);
  CHECK(graph::same_events_across_documents({event("a", "Strike", "strike", may6), event("b", "Strike", "strike", may6 + days{1})})[1] == 1);
  CHECK(graph::same_events_across_documents({event("a", "Strike", "strike", may6), event("b", "Strike", "walkout", may6)})[1] == 1);
  CHECK(graph::same_events_across_documents(
            {event("a", "Teachers begin strike", "strike", may6, {"teachers-union"}), event("b", "Strike", "strike", may6, {"dockers"})})[1] == 1);
}

TEST_CASE("titles told in other words stay apart but an owner's 's is no word", "[graph][merge]") {
  const sys_days sep23 = 2025_y / sep / 23;
  const auto merged = [&](const std::string& first, const std::string& second) {
    return graph::same_events_across_documents({event("a", first, "call", sep23), event("b", second, "call", sep23)})[1] == 0;
  };
  CHECK(merged("Lumora holds call with analysts", "Lumora's call with analysts"));
  CHECK_FALSE(merged("Teachers reject pay offer", "Nurses reject pay offer"));
  CHECK_FALSE(merged("Dock workers begin strike at port", "Rail workers begin strike at port"));
  CHECK_FALSE(merged("Firm calls 200 clients", "Firm calls 300 clients"));
}
