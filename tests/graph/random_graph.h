// Seeded random GraphData for property tests and the bench: every field filled with a mix
// of values (BCE and far-future days, open bounds, non-ASCII and quote-laden text, empty
// strings that JSON writes as null). Deterministic for a seed on every platform: it uses
// std::mt19937_64's output directly, not the implementation-defined distributions.
#pragma once

#include <random>
#include <string>
#include <vector>

#include <date/date.h>

#include "graph/model/graph_data.h"

namespace chronograph::test {

class RandomGraph {
 public:
  explicit RandomGraph(std::uint64_t seed) : random_(seed) {}

  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(random_() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

  std::string word() {
    static const std::vector<std::string> words{"summit", "call",  "Biden", "Putin", "troops", "\"red line\"",
                                                "Kyiv",   "Zürich", "talks", "sanctions", "back\\slash", "Genève",
                                                "early",  "2022",  "<tag>", "O'Brien", "tab\there"};
    return words[below(words.size())];
  }

  std::string text(std::size_t max_words) {
    std::string out;
    const std::size_t n = 1 + below(max_words);
    for (std::size_t i = 0; i < n; ++i) {
      if (i) out.push_back(' ');
      out += word();
    }
    return out;
  }

  std::string maybe(std::string value) { return chance(30) ? std::string() : value; }

  date::sys_days day() {
    // From 600 BCE to 2400 CE.
    return date::sys_days{date::year{-600} / date::jan / 1} + date::days{static_cast<int>(below(3000 * 365))};
  }

  graph::EventTime time() {
    graph::EventTime time;
    if (chance(20)) return time;  // undated
    const date::sys_days start = day();
    if (chance(85)) time.start = start;
    if (chance(85)) time.end = start + date::days{static_cast<int>(below(400))};
    time.precision = static_cast<Precision>(below(10));
    time.source = static_cast<graph::TimeSource>(below(4));
    time.value = maybe(time.start ? format_iso_day(*time.start) : "PAST_REF");
    time.mod = chance(20) ? "START" : "";
    return time;
  }

  graph::GraphData graph(std::size_t events, std::size_t edges, std::size_t documents = 2) {
    graph::GraphData g;
    for (std::size_t d = 0; d < documents; ++d) {
      graph::DocumentInfo document{"doc-" + std::to_string(d), "articles/doc " + std::to_string(d) + ".txt",
                                   maybe(text(6)), std::nullopt};
      if (chance(70)) document.dct = day();
      g.documents.push_back(document);
      for (std::size_t t = 0; t < 3; ++t) {
        graph::TimexInfo timex{document.id, "t" + std::to_string(t), 10 * t, 10 * t + 5, text(2), "DATE",
                               "2021-12-0" + std::to_string(t + 1), maybe("MID"), maybe("weekday-future"),
                               std::nullopt, "", ""};
        if (chance(60)) {
          const auto start = day();
          timex.interval = Interval{start, start + date::days{static_cast<int>(below(40))}, Precision::Day};
        }
        g.timexes.push_back(timex);
      }
    }
    g.entities.push_back({"joe-biden", "Joe Biden", "PERSON", {"Biden", "Mr Biden"}});
    g.entities.push_back({"kyiv", "Kyiv", "LOCATION", {}});
    for (std::size_t i = 0; i < events; ++i) {
      graph::Event event;
      event.id = "event-" + std::to_string(i);
      event.title = text(5);
      event.trigger = word();
      event.lemma = event.trigger;
      event.event_class = chance(50) ? "OCCURRENCE" : "REPORTING";
      event.time = time();
      event.modality = static_cast<graph::Modality>(below(5));
      event.tense = chance(50) ? "PAST" : "FUTURE";
      event.aspect = chance(80) ? "NONE" : "PERFECTIVE";
      event.polarity = chance(90) ? "POS" : "NEG";
      if (chance(50)) event.actors.push_back("joe-biden");
      event.lane = chance(20) ? "Diplomacy" : "";
      const std::size_t begin = below(5000);
      event.mentions.push_back({"doc-" + std::to_string(below(documents)), static_cast<int>(below(40)), begin,
                                begin + 4, event.trigger, maybe(text(12))});
      event.confidence = static_cast<double>(below(101)) / 100.0;
      g.events.push_back(std::move(event));
    }
    for (std::size_t k = 0; k < edges && events > 0; ++k) {
      graph::Edge edge;
      edge.from = "event-" + std::to_string(below(events));
      edge.to = "event-" + std::to_string(below(events));
      edge.type = static_cast<graph::EdgeType>(below(9));
      edge.evidence = {maybe("doc-0"), chance(30) ? -1 : static_cast<int>(below(40)), maybe(text(3))};
      edge.source = static_cast<graph::EdgeSource>(below(3));
      edge.confidence = static_cast<double>(below(11)) / 10.0;
      if (edge.type == graph::EdgeType::Before && chance(40)) {
        const int min = static_cast<int>(below(40));
        edge.gap = graph::DayGap{min, chance(20) ? std::nullopt : std::optional<int>(min + static_cast<int>(below(5))),
                                 chance(50) ? graph::GapDates::From : graph::GapDates::To};
      }
      g.edges.push_back(std::move(edge));
    }
    if (events > 1 && chance(50)) g.conflicts.push_back({{"event-0 -before-> event-1"}, "a conflict: \"quoted\""});
    return g;
  }

 private:
  std::mt19937_64 random_;
};

}  // namespace chronograph::test
