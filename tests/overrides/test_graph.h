// A small hand-written graph (text written for these tests, not the sample article) that the
// overrides tests edit, and helpers to build and apply overrides from YAML strings.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <date/date.h>

#include "core/common/atomic_file.h"
#include "graph/model/graph_data.h"
#include "graph/overrides/overrides.h"

namespace chronograph::test {

inline graph::EventTime day_time(date::sys_days day, graph::TimeSource source = graph::TimeSource::Explicit) {
  graph::EventTime time;
  time.value = format_iso_day(day);
  time.start = day;
  time.end = day;
  time.precision = Precision::Day;
  time.source = source;
  return time;
}

inline graph::Event make_event(std::string id, std::string title, std::string trigger, int sentence,
                               std::string sentence_text) {
  graph::Event event;
  event.id = std::move(id);
  event.title = std::move(title);
  event.trigger = trigger;
  event.lemma = trigger;
  event.event_class = "OCCURRENCE";
  graph::Mention mention;
  mention.doc = "summit-talks";
  mention.sentence = sentence;
  mention.text = std::move(trigger);
  mention.sentence_text = std::move(sentence_text);
  event.mentions.push_back(std::move(mention));
  return event;
}

inline graph::Edge make_edge(std::string from, std::string to, graph::EdgeType type, int sentence = 0,
                             std::string cue = {}) {
  return graph::Edge{std::move(from), std::move(to), type, graph::Evidence{"summit-talks", sentence, std::move(cue)},
                     graph::EdgeSource::Extracted, 0.8};
}

// Sentences of an imaginary article dated Saturday 2021-12-04:
//  0 "Biden and Putin met in Geneva in June."
//  1 "The two leaders will hold a video call on Tuesday, the White House said."
//  2 "Russia has massed troops near the border, officials said."
//  3 "Russia could launch an offensive early next year."
//  4 "Analysts warned of a potential invasion."
//  5 "Biden will call Zelensky on Thursday."
//  6 "Kyiv fears a Russian attack."
inline graph::GraphData summit_graph() {
  using namespace date;
  using graph::EdgeType;
  graph::GraphData g;
  g.documents.push_back({"summit-talks", "articles/summit-talks.txt", "Summit talks", sys_days{2021_y / dec / 4}});
  g.entities.push_back({"joe-biden", "Joe Biden", "PERSON", {"Biden"}});
  g.entities.push_back({"vladimir-putin", "Vladimir Putin", "PERSON", {"Putin"}});
  g.entities.push_back({"russia", "Russia", "LOCATION", {}});

  auto summit = make_event("geneva-summit", "Biden and Putin meet in Geneva", "met", 0,
                           "Biden and Putin met in Geneva in June.");
  summit.time = day_time(sys_days{2021_y / jun / 16});
  summit.actors = {"joe-biden", "vladimir-putin"};
  auto call = make_event("video-call", "Biden and Putin hold video call", "call", 1,
                         "The two leaders will hold a video call on Tuesday, the White House said.");
  call.time = day_time(sys_days{2021_y / dec / 7});
  call.modality = graph::Modality::Planned;
  call.actors = {"joe-biden", "vladimir-putin"};
  auto said = make_event("white-house-says", "White House says", "said", 1,
                         "The two leaders will hold a video call on Tuesday, the White House said.");
  said.event_class = "REPORTING";
  said.time = day_time(sys_days{2021_y / dec / 4}, graph::TimeSource::Dct);
  auto build_up = make_event("troop-build-up", "Russia masses troops", "massed", 2,
                             "Russia has massed troops near the border, officials said.");
  build_up.actors = {"russia"};
  auto offensive = make_event("possible-offensive", "Russia may launch an offensive", "offensive", 3,
                              "Russia could launch an offensive early next year.");
  offensive.time.start = sys_days{2022_y / jan / 1};
  offensive.time.end = sys_days{2022_y / apr / 30};
  offensive.time.value = "2022";
  offensive.time.mod = "START";
  offensive.time.precision = Precision::Year;
  offensive.time.source = graph::TimeSource::Explicit;
  offensive.actors = {"russia"};
  auto invasion = make_event("potential-invasion", "Russia may invade", "invasion", 4,
                             "Analysts warned of a potential invasion.");
  auto warning = make_event("analysts-warn", "Analysts warn", "warned", 4, "Analysts warned of a potential invasion.");
  auto phone = make_event("phone-call", "Biden calls Zelensky", "call", 5, "Biden will call Zelensky on Thursday.");
  phone.actors = {"joe-biden"};
  auto attack = make_event("russian-attack", "Russian attack", "attack", 6, "Kyiv fears a Russian attack.");
  attack.confidence = 0.5;
  for (auto* event : {&summit, &call, &said, &build_up, &offensive, &invasion, &warning, &phone, &attack})
    g.events.push_back(std::move(*event));

  g.edges.push_back(make_edge("geneva-summit", "video-call", EdgeType::Before, 1));
  g.edges.push_back(make_edge("video-call", "geneva-summit", EdgeType::RefersTo, 1, "agreements reached at"));
  g.edges.push_back(make_edge("white-house-says", "video-call", EdgeType::Reports, 1, "said"));
  g.edges.push_back(make_edge("troop-build-up", "possible-offensive", EdgeType::Causes, 3));
  g.edges.push_back(make_edge("troop-build-up", "potential-invasion", EdgeType::Causes, 4));
  g.edges.push_back(make_edge("analysts-warn", "potential-invasion", EdgeType::Reports, 4, "warned of"));
  g.edges.push_back(make_edge("possible-offensive", "potential-invasion", EdgeType::Simultaneous, 4));
  g.edges.push_back(make_edge("russian-attack", "potential-invasion", EdgeType::Simultaneous, 6));
  return g;
}

inline const std::filesystem::path kFixtures = std::filesystem::path{CHRONOGRAPH_SOURCE_DIR} / "tests/overrides/fixtures";

// A fixture parsed with its bare file name in messages ("unknown_id.yaml:4:3: ...").
inline graph::OverridesFile fixture(const std::string& name) {
  return graph::parse_overrides(read_file(kFixtures / name), name);
}

inline std::vector<std::string> read_fixture_lines(const std::string& name) {
  std::vector<std::string> lines;
  std::string text = read_file(kFixtures / name);
  std::size_t from = 0;
  while (from <= text.size()) {
    auto end = text.find('\n', from);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return lines;
}

inline graph::OverridesFile yaml(const std::string& text) { return graph::parse_overrides(text, "o.yaml"); }

// The event with this id, or null.
inline const graph::Event* event_of(const graph::GraphData& graph, const std::string& id) {
  const auto it = std::find_if(graph.events.begin(), graph.events.end(), [&](const graph::Event& e) { return e.id == id; });
  return it == graph.events.end() ? nullptr : &*it;
}

// The event with id `id`; fails the test when there is none.
inline const graph::Event& must(const graph::GraphData& graph, const std::string& id) {
  const graph::Event* event = event_of(graph, id);
  REQUIRE(event);
  return *event;
}

}  // namespace chronograph::test
