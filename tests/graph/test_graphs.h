// Small hand-made graphs the graph tests share.
#pragma once

#include <date/date.h>

#include "graph/model/graph_data.h"

namespace chronograph::test {

inline graph::Event make_event(const std::string& id, const std::string& title,
                               std::optional<date::sys_days> start = std::nullopt,
                               std::optional<date::sys_days> end = std::nullopt,
                               graph::TimeSource source = graph::TimeSource::Explicit) {
  graph::Event event;
  event.id = id;
  event.title = title;
  event.trigger = title.substr(title.rfind(' ') + 1);
  event.lemma = event.trigger;
  event.event_class = "OCCURRENCE";
  event.time.start = start;
  event.time.end = end;
  if (start || end) {
    event.time.source = source;
    event.time.precision = start && end && *start == *end ? Precision::Day : Precision::Unknown;
    if (start && end && *start == *end) event.time.value = format_iso_day(*start);
  }
  return event;
}

inline graph::Edge make_edge(const std::string& from, const std::string& to, graph::EdgeType type,
                             std::string cue = {}, int sentence = -1, double confidence = 1.0) {
  return graph::Edge{from, to, type, {sentence < 0 ? "" : "ukraine-call", sentence, std::move(cue)},
                     graph::EdgeSource::Extracted, confidence};
}

// A diplomatic week, written for these tests (not the sample): a summit, a build-up that
// causes a warning, a call planned in response, a statement reporting the call.
inline graph::GraphData diplomacy_graph() {
  using namespace date;
  using graph::EdgeType;
  graph::GraphData g;
  g.documents.push_back({"talks", "articles/talks.txt", "Talks", sys_days{2021_y / dec / 4}});
  g.events.push_back(make_event("geneva-summit", "Leaders met in Geneva", sys_days{2021_y / jun / 16}, sys_days{2021_y / jun / 16}));
  g.events.push_back(make_event("build-up", "Troops build up", sys_days{2021_y / nov / 1}, sys_days{2021_y / nov / 30}));
  g.events.push_back(make_event("warning", "Washington warns Moscow", sys_days{2021_y / dec / 2}, sys_days{2021_y / dec / 2}));
  g.events.push_back(make_event("video-call", "Leaders hold video call", sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}));
  g.events.back().modality = graph::Modality::Planned;
  g.events.push_back(make_event("statement", "Kremlin issues statement"));
  g.events.push_back(make_event("sanctions", "Sanctions follow", sys_days{2021_y / dec / 8}, std::nullopt, graph::TimeSource::Dct));
  g.edges.push_back(make_edge("geneva-summit", "video-call", EdgeType::Before, "since", 3));
  g.edges.push_back(make_edge("build-up", "warning", EdgeType::Causes, "prompted", 1, 0.7));
  g.edges.push_back(make_edge("video-call", "warning", EdgeType::RespondsTo, "in response to", 2));
  g.edges.push_back(make_edge("statement", "video-call", EdgeType::Reports, "said", 4));
  g.edges.push_back(make_edge("video-call", "sanctions", EdgeType::Before));
  return g;
}

}  // namespace chronograph::test
