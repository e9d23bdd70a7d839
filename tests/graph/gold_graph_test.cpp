#include "graph/gold/gold_graph.h"

#include <catch2/catch.hpp>

#include "core/timeml/timeml_reader.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::graph;
using namespace date;

namespace {

// Written for this test: a report of a collapse, and a plan.
const std::string kText = "Officials said on Monday the talks collapsed. Talks will resume in March 2022.";

core::Span span_of(const std::string& word, std::size_t from = 0) {
  const auto at = kText.find(word, from);
  return {at, at + word.size()};
}

core::TimemlAnnotations annotations() {
  core::TimemlAnnotations gold;
  gold.dct = core::TimexAnnotation{"t0", {}, "DATE", "2021-12-04", "", "false", "CREATION_TIME", ""};
  gold.timexes.push_back({"t1", span_of("Monday"), "DATE", "2021-11-29", "", "true", "NONE", "t0"});
  gold.timexes.push_back({"t2", span_of("March 2022"), "DATE", "2022-03", "", "false", "NONE", ""});
  gold.timexes.push_back({"t3", span_of("Monday"), "DURATION", "P1D", "", "", "NONE", ""});
  gold.events.push_back({"e1", span_of("said"), "REPORTING"});
  gold.events.push_back({"e2", span_of("collapsed"), "OCCURRENCE"});
  gold.events.push_back({"e3", span_of("resume"), "OCCURRENCE"});
  gold.instances.push_back({"ei1", "e1", "PAST", "NONE", "POS", "VERB", ""});
  gold.instances.push_back({"ei2", "e2", "PAST", "PERFECTIVE", "POS", "VERB", ""});
  gold.instances.push_back({"ei3", "e3", "FUTURE", "NONE", "POS", "VERB", "will"});
  gold.tlinks.push_back({"l1", "IS_INCLUDED", "ei1", "t1"});
  gold.tlinks.push_back({"l2", "BEFORE", "ei2", "ei1"});
  gold.tlinks.push_back({"l3", "BEFORE", "t0", "ei3"});       // after the DCT: a bound, overridden below
  gold.tlinks.push_back({"l4", "IS_INCLUDED", "ei3", "t2"});  // inside March 2022
  gold.tlinks.push_back({"l5", "BEFORE", "ei2", "t0"});       // before the DCT: an end bound
  gold.tlinks.push_back({"l6", "AFTER", "ei1", "ei2"});       // the same as l2: dropped
  gold.tlinks.push_back({"l7", "DURING", "ei1", "t3"});       // a duration: no date
  return gold;
}

GraphData example() {
  return gold_graph("talks", "talks.tml", kText, sys_days{2021_y / dec / 4}, annotations());
}

}  // namespace

TEST_CASE("gold events get titles from their sentence and ids from their titles", "[gold]") {
  const GraphData g = example();
  REQUIRE(g.events.size() == 3);
  CHECK(g.events[0].title == "Officials said on Monday");
  CHECK(g.events[1].title == "talks collapsed");
  CHECK(g.events[2].title == "Talks will resume in March 2022");
  CHECK(gold_title("It came from the sale of a unit.", {0, 32}, {17, 21}) == "sale of a unit");
  CHECK(g.events[0].id == "officials-said-monday");
  CHECK(g.events[1].id == "talks-collapsed");
  CHECK(g.events[2].id == "talks-resume-march");
  CHECK(g.events[1].mentions.at(0).sentence == 0);
  CHECK(g.events[2].mentions.at(0).sentence == 1);
  CHECK(g.events[2].mentions.at(0).sentence_text == "Talks will resume in March 2022.");
}

TEST_CASE("gold MAKEINSTANCE attributes give tense, aspect and modality", "[gold]") {
  const GraphData g = example();
  CHECK(g.events[1].aspect == "PERFECTIVE");
  CHECK(g.events[2].tense == "FUTURE");
  CHECK(g.events[2].modality == Modality::Planned);
  CHECK(g.events[0].modality == Modality::Actual);
  CHECK(g.events[0].event_class == "REPORTING");
}

TEST_CASE("TLINKs to dates give times, TLINKs to the DCT give bounds", "[gold]") {
  const GraphData g = example();
  const EventTime& said = g.events[0].time;
  CHECK(said.start == sys_days{2021_y / nov / 29});
  CHECK(said.end == sys_days{2021_y / nov / 29});
  CHECK(said.source == TimeSource::Explicit);
  CHECK(said.value == "2021-11-29");
  const EventTime& collapsed = g.events[1].time;
  CHECK_FALSE(collapsed.start);
  CHECK(collapsed.end == sys_days{2021_y / dec / 4});
  CHECK(collapsed.source == TimeSource::Dct);
  const EventTime& resume = g.events[2].time;  // a date in the text beats the DCT bound
  CHECK(resume.start == sys_days{2022_y / mar / 1});
  CHECK(resume.end == sys_days{2022_y / mar / 31});
  CHECK(resume.precision == Precision::Month);
}

TEST_CASE("TLINKs between events become edges, duplicates dropped", "[gold]") {
  const GraphData g = example();
  REQUIRE(g.edges.size() == 1);
  CHECK(g.edges[0].from == "talks-collapsed");
  CHECK(g.edges[0].to == "officials-said-monday");
  CHECK(g.edges[0].type == EdgeType::Before);
  CHECK(g.edges[0].evidence == Evidence{"talks", 0, "TLINK l2 BEFORE"});
}

TEST_CASE("every gold relation maps to an edge type", "[gold]") {
  auto [relation, from, type] = GENERATE(table<std::string, std::string, EdgeType>({
      {"BEFORE", "a", EdgeType::Before},        {"IBEFORE", "a", EdgeType::Before},
      {"AFTER", "b", EdgeType::Before},         {"IAFTER", "b", EdgeType::Before},
      {"INCLUDES", "a", EdgeType::Includes},    {"BEGUN_BY", "a", EdgeType::Includes},
      {"ENDED_BY", "a", EdgeType::Includes},    {"IS_INCLUDED", "b", EdgeType::Includes},
      {"BEGINS", "b", EdgeType::Includes},      {"ENDS", "b", EdgeType::Includes},
      {"SIMULTANEOUS", "a", EdgeType::Simultaneous}, {"IDENTITY", "a", EdgeType::Simultaneous},
      {"DURING", "a", EdgeType::Simultaneous},  {"DURING_INV", "a", EdgeType::Simultaneous},
  }));
  const std::string text = "Alpha happened. Beta happened.";
  core::TimemlAnnotations gold;
  gold.events.push_back({"e1", {0, 5}, "OCCURRENCE"});
  gold.events.push_back({"e2", {16, 20}, "OCCURRENCE"});
  gold.instances.push_back({"ei1", "e1", "PAST", "NONE", "POS", "NOUN", ""});
  gold.instances.push_back({"ei2", "e2", "PAST", "NONE", "POS", "NOUN", ""});
  gold.tlinks.push_back({"l1", relation, "ei1", "ei2"});
  const GraphData g = gold_graph("d", "d.tml", text, std::nullopt, gold);
  REQUIRE(g.events.size() == 2);
  const std::string a = g.events[0].id, b = g.events[1].id;
  REQUIRE(g.edges.size() == 1);
  CHECK(g.edges[0].type == type);
  CHECK(g.edges[0].from == (from == "a" ? a : b));
  CHECK(g.edges[0].to == (from == "a" ? b : a));
}

TEST_CASE("the simple sentence split keeps abbreviations and initials inside sentences", "[gold]") {
  const std::string text = "Mr. Smith met U.S. officials in Washington, D.C. on Monday. He left.\n\nHeadline without stop\nNext";
  const auto sentences = simple_sentences(text);
  std::vector<std::string> out;
  for (const auto& s : sentences) out.emplace_back(s.of(text));
  CHECK(out == std::vector<std::string>{"Mr. Smith met U.S. officials in Washington, D.C. on Monday.", "He left.",
                                        "Headline without stop\nNext"});
}

TEST_CASE("a TBAQ file's gold annotations become a graph with every event", "[gold][shared]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const auto file = core::read_timeml(shared / "data/timeml/tbaq/TimeBank/wsj_0670.tml");
  const GraphData g = gold_graph(file.doc_id, "wsj_0670.tml", file.text, file.dct, file.annotations);
  CHECK(g.events.size() == file.annotations.events.size());
  CHECK(g.timexes.size() == file.annotations.timexes.size());
  std::size_t event_links = 0;
  for (const auto& tlink : file.annotations.tlinks)
    if (tlink.from.rfind("ei", 0) == 0 && tlink.to.rfind("ei", 0) == 0) ++event_links;
  CHECK(g.edges.size() <= event_links);
  CHECK(g.edges.size() >= event_links / 2);
  std::size_t dated = 0;
  for (const auto& event : g.events) dated += event.time.known();
  CHECK(dated > 0);
}
