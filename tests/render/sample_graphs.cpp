#include "tests/render/sample_graphs.h"

#include <random>

#include <fmt/format.h>

namespace chronograph::test {

using namespace date;
using graph::EdgeType;
using graph::Modality;
using graph::TimeSource;

namespace {

graph::EventTime closed(sys_days start, sys_days end, Precision precision, std::string value, std::string mod = {}) {
  graph::EventTime time;
  time.start = start;
  time.end = end;
  time.precision = precision;
  time.value = std::move(value);
  time.source = TimeSource::Explicit;
  time.mod = std::move(mod);
  return time;
}

graph::Event event(std::string id, std::string title, std::string trigger, graph::EventTime time, Modality modality,
                   std::vector<std::string> actors, std::string sentence, std::string event_class = "OCCURRENCE") {
  graph::Event e;
  e.id = std::move(id);
  e.title = std::move(title);
  e.trigger = trigger;
  e.lemma = trigger;
  e.event_class = std::move(event_class);
  e.time = std::move(time);
  e.modality = modality;
  e.actors = std::move(actors);
  graph::Mention mention;
  mention.doc = "ukraine-call";
  mention.text = trigger;
  const auto at = sentence.find(trigger);
  mention.begin = at == std::string::npos ? 0 : at;
  mention.end = mention.begin + trigger.size();
  mention.sentence_text = std::move(sentence);
  e.mentions.push_back(std::move(mention));
  return e;
}

graph::Edge edge(std::string from, std::string to, EdgeType type, std::string cue = {}) {
  graph::Edge e;
  e.from = std::move(from);
  e.to = std::move(to);
  e.type = type;
  e.evidence = {"ukraine-call", 0, std::move(cue)};
  return e;
}

}  // namespace

graph::GraphData sample_like_graph() {
  graph::GraphData g;
  g.documents.push_back({"ukraine-call", "samples/ukraine-call.txt", "Biden and Putin to talk as Ukraine tensions rise",
                         sys_days{2021_y / dec / 4}});
  g.entities = {{"joe-biden", "Joe Biden", "PERSON", {"Biden"}},
                {"vladimir-putin", "Vladimir Putin", "PERSON", {"Putin"}},
                {"kremlin", "Kremlin", "ORGANIZATION", {}},
                {"us-intelligence", "US intelligence", "ORGANIZATION", {}},
                {"russia", "Russia", "LOCATION", {}}};
  auto call = event("video-call", "Biden and Putin hold video call", "call",
                    closed(sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}, Precision::Day, "2021-12-07"),
                    Modality::Planned, {"joe-biden", "vladimir-putin"},
                    "Joe Biden and Vladimir Putin will hold a video call on Tuesday.");
  call.time.source = TimeSource::Dct;
  auto summit = event("geneva-summit", "Biden and Putin meet at Geneva summit", "summit",
                      closed(sys_days{2021_y / jun / 1}, sys_days{2021_y / jun / 30}, Precision::Month, "2021-06"),
                      Modality::Actual, {"joe-biden", "vladimir-putin"},
                      "Putin wants to discuss the implementation of agreements reached at their Geneva summit in June.");
  auto offensive = event("possible-offensive", "Russia could launch an offensive", "offensive",
                         closed(sys_days{2022_y / jan / 1}, sys_days{2022_y / apr / 30}, Precision::Year, "2022",
                                "START"),
                         Modality::Possible, {"russia"},
                         "US intelligence believes Russia could be planning a multi-front offensive as soon as early "
                         "next year.");
  graph::EventTime before;
  before.end = sys_days{2021_y / dec / 3};
  before.precision = Precision::Unknown;
  before.source = TimeSource::Inferred;
  auto finding = event("intelligence-finding", "US intelligence finds troop build-up", "finds", before,
                       Modality::Actual, {"us-intelligence"},
                       "US intelligence finds Russia has massed troops near the border.", "I_ACTION");
  auto statement = event("biden-statement", "Biden says he will make moves difficult", "says",
                         closed(sys_days{2021_y / dec / 3}, sys_days{2021_y / dec / 3}, Precision::Day, "2021-12-03"),
                         Modality::Actual, {"joe-biden"},
                         "On Friday Biden said he would make it very, very difficult for Putin to invade.",
                         "REPORTING");
  auto kremlin = event("kremlin-statement", "Kremlin announces the call", "announces",
                       closed(sys_days{2021_y / dec / 4}, sys_days{2021_y / dec / 4}, Precision::Day, "2021-12-04"),
                       Modality::Actual, {"kremlin"}, "The Kremlin announced the call on Saturday.", "REPORTING");
  auto invasion = event("no-invasion-decision", "Putin has not decided to invade", "decided", graph::EventTime{},
                        Modality::Negated, {"vladimir-putin"},
                        "US officials said Putin had not yet decided whether to invade.", "I_ACTION");
  g.events = {call, summit, offensive, finding, statement, kremlin, invasion};
  g.edges = {edge("video-call", "geneva-summit", EdgeType::RefersTo, "agreements reached at"),
             edge("kremlin-statement", "video-call", EdgeType::Reports, "announced"),
             edge("intelligence-finding", "possible-offensive", EdgeType::Reports, "believes"),
             edge("biden-statement", "kremlin-statement", EdgeType::Before),
             edge("intelligence-finding", "video-call", EdgeType::Causes)};
  return g;
}

graph::GraphData random_graph(std::size_t events, std::uint32_t seed, int first_year, int last_year) {
  std::mt19937 random(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  static const std::vector<std::string> kWords{"talks", "summit", "strike", "vote", "sanctions", "treaty", "protest",
                                               "election", "ceasefire", "visit", "report", "announcement", "deal",
                                               "offensive", "inquiry", "trial", "verdict", "merger", "launch"};
  static const std::vector<std::string> kClasses{"OCCURRENCE", "REPORTING", "I_ACTION", "STATE", "ASPECTUAL"};
  graph::GraphData g;
  g.documents.push_back({"random", "random.txt", fmt::format("Random graph of {} events (seed {})", events, seed),
                         sys_days{year{last_year} / jan / 1}});
  const int lane_count = uniform(1, 8);
  for (int i = 0; i < lane_count; ++i)
    g.entities.push_back({fmt::format("actor-{}", i), fmt::format("Actor number {}", i), "PERSON", {}});
  const int first = sys_days{year{first_year} / jan / 1}.time_since_epoch().count();
  const int last = sys_days{year{last_year} / dec / 31}.time_since_epoch().count();
  for (std::size_t i = 0; i < events; ++i) {
    graph::Event e;
    e.id = fmt::format("event-{}", i);
    const int words = uniform(1, 6);
    e.title = fmt::format("Event {}", i);
    for (int w = 0; w < words; ++w) e.title += " " + kWords[static_cast<std::size_t>(uniform(0, 18))];
    e.trigger = kWords[static_cast<std::size_t>(uniform(0, 18))];
    e.event_class = kClasses[static_cast<std::size_t>(uniform(0, 4))];
    e.modality = static_cast<Modality>(uniform(0, 4));
    e.actors.push_back(fmt::format("actor-{}", uniform(0, lane_count - 1)));
    const sys_days day{date::days{uniform(first, last)}};
    switch (uniform(0, 9)) {
      case 0: break;  // undated
      case 1: e.time.end = day; e.time.source = TimeSource::Inferred; break;
      case 2: e.time.start = day; e.time.source = TimeSource::Inferred; break;
      case 3: case 4: {
        e.time.start = day;
        e.time.end = day + date::days{uniform(1, 400)};
        e.time.precision = Precision::Month;
        e.time.source = TimeSource::Explicit;
        break;
      }
      default: e.time.start = e.time.end = day; e.time.precision = Precision::Day; e.time.source = TimeSource::Explicit;
    }
    graph::Mention mention;
    mention.doc = "random";
    mention.text = e.trigger;
    mention.sentence_text = "A sentence mentioning the " + e.trigger + " & <markup> \"quoted\".";
    e.mentions.push_back(mention);
    g.events.push_back(std::move(e));
  }
  const std::size_t edges = events / 2;
  for (std::size_t i = 0; i < edges && events > 1; ++i) {
    graph::Edge e;
    e.from = fmt::format("event-{}", uniform(0, static_cast<int>(events) - 1));
    e.to = fmt::format("event-{}", uniform(0, static_cast<int>(events) - 1));
    e.type = static_cast<EdgeType>(uniform(0, 8));
    g.edges.push_back(std::move(e));
  }
  return g;
}

graph::GraphData actors_graph(const std::vector<std::pair<std::string, std::vector<std::string>>>& actors,
                              date::sys_days first) {
  graph::GraphData g;
  for (std::size_t i = 0; i < actors.size(); ++i) {
    graph::Entity entity;
    entity.id = fmt::format("actor-{}", i);
    entity.name = actors[i].first;
    entity.type = "ORGANIZATION";
    entity.aliases = actors[i].second;
    g.entities.push_back(entity);
    graph::Event e;
    e.id = fmt::format("event-{}", i);
    e.title = fmt::format("{} acts", actors[i].first);
    e.time.start = e.time.end = first + date::days{static_cast<int>(i)};
    e.time.precision = Precision::Day;
    e.actors = {entity.id};
    g.events.push_back(e);
  }
  return g;
}

}  // namespace chronograph::test
