// lk61: links that a verb's or a preposition's grammar makes between two events (t59 findings
// #36, #37, #38, #49): a verb of commanding and its infinitive complement, a preposition that
// hangs an event noun on another event ("inquiry into", "over"), an order cue on an event noun,
// a conjunct "two days later", and no model guess that puts a cue verb's result before the verb.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"
#include "tests/links/cue_fixture.h"

using chronograph::test::Example;
using chronograph::test::graph_of_text;

TEST_CASE("lk61 #37: a verb of commanding causes the event of its infinitive complement", "[links][lk61]") {
  const auto [text, command, complement, type] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The regulator ordered the bakery to recall its bread.", "ordered", "recall", "causes"},
      {"A blizzard forced the school to close early.", "forced", "close", "causes"},
      {"The captain told the crew to abandon the vessel.", "told", "abandon", "causes"},
      {"The inspectors were ordered to leave the site.", "ordered", "leave", "causes"},
      {"The court allowed the tenants to stay in their flats.", "allowed", "stay", "enables"},
  }));
  CAPTURE(text);
  const Example example(text, {command, complement});
  CHECK(example.has(command, type, complement));
  CHECK_FALSE(example.has(complement, type, command));
}

TEST_CASE("lk61 #37: a command verb with no infinitive complement causes nothing", "[links][lk61]") {
  const auto [text, verb, other] = GENERATE(table<std::string, std::string, std::string>({
      {"The coach ordered pizza after the victory.", "ordered", "victory"},
      {"The captain told the crew that the storm had passed.", "told", "passed"},
      {"The miners forced the door and escaped.", "forced", "escaped"},
      {"The council urged the residents to leave.", "urged", "leave"},
  }));
  CAPTURE(text);
  const Example example(text, {verb, other});
  for (const std::string type : {"causes", "enables"}) {
    CHECK_FALSE(example.has(verb, type, other));
    CHECK_FALSE(example.has(other, type, verb));
  }
}

TEST_CASE("lk61 #36: an inquiry into an event refers to it, through the verb where the inquiry is no event", "[links][lk61]") {
  const auto [text, inquiry, event] = GENERATE(table<std::string, std::string, std::string>({
      {"Regulators began an investigation into the derailment on Monday.", "investigation", "derailment"},
      {"The probe into the blackout ended in May.", "probe", "blackout"},
      {"The inquest into the fire concluded that the wiring was faulty.", "concluded", "fire"},
  }));
  CAPTURE(text);
  const Example example(text, {inquiry, event});
  CHECK(example.has(inquiry, "refers_to", event));
}

TEST_CASE("lk61 #37: what an event is over caused it, what a talk is over is its topic", "[links][lk61]") {
  // (the filing of the suit stands for it: the two words make one event)
  const Example lawsuit("Three families filed a lawsuit over the poisoning.", {"filed", "poisoning"});
  CHECK(lawsuit.has("poisoning", "causes", "filed"));
  const Example protests("The protests over the shooting spread to other towns.", {"protests", "shooting"});
  CHECK(protests.has("shooting", "causes", "protests"));
  const Example resigned("The minister resigned over the leak.", {"resigned", "leak"});
  CHECK(resigned.has("leak", "causes", "resigned"));
  const Example talks("The unions held negotiations over the layoffs.", {"negotiations", "layoffs"});
  CHECK(talks.has("negotiations", "refers_to", "layoffs"));
  CHECK_FALSE(talks.has("layoffs", "causes", "negotiations"));
}

TEST_CASE("lk61: 'into' and 'over' with no event noun, or after a word of no inquiry, link nothing", "[links][lk61]") {
  const auto [text, one, other] = GENERATE(table<std::string, std::string, std::string>({
      {"The truck crashed into the barrier after the storm.", "crashed", "storm"},
      {"Sales rose over the weekend after the launch.", "rose", "launch"},
      {"The drone flew over the stadium during the final.", "flew", "final"},
      {"The strike ended and over 50 workers returned.", "ended", "returned"},
  }));
  CAPTURE(text);
  const Example example(text, {one, other});
  for (const std::string type : {"causes", "refers_to"}) {
    CHECK_FALSE(example.has(one, type, other));
    CHECK_FALSE(example.has(other, type, one));
  }
}

TEST_CASE("lk61 #37: 'after' or 'following' an event noun puts that event first, though no response", "[links][lk61]") {
  const auto [text, earlier, later] = GENERATE(table<std::string, std::string, std::string>({
      {"Following the earthquake, thousands of residents left the city.", "earthquake", "left"},
      {"The ferry capsized after the collision with a barge.", "collision", "capsized"},
      {"After the concert, the fans walked to the station.", "concert", "walked"},
  }));
  CAPTURE(text);
  const Example example(text, {earlier, later});
  CHECK(example.has(earlier, "before", later));
  CHECK_FALSE(example.has(later, "before", earlier));
}

TEST_CASE("lk61: an 'after' that is a response stays one, and 'after' a time orders nothing", "[links][lk61]") {
  const Example response("Riots broke out after the killing of a teenager.", {"broke", "killing"});
  CHECK(response.has("broke", "responds_to", "killing"));
  CHECK_FALSE(response.has("killing", "before", "broke"));
  const Example hour("The bakery closed after 5 p.m. and reopened on Monday.", {"closed", "reopened"});
  const Example day("The following day, soldiers arrested the rebels who attacked the base.", {"arrested", "attacked"});
  CHECK_FALSE(day.has("arrested", "responds_to", "attacked"));
  CHECK_FALSE(day.has("attacked", "before", "arrested"));
  CHECK_FALSE(hour.has("reopened", "before", "closed"));
  CHECK_FALSE(hour.has("closed", "before", "reopened"));
}

TEST_CASE("lk61: an 'after' phrase that bounds its event, or on an event told as not happening, orders nothing",
          "[links][lk61]") {
  const Example bound("The family lived in Lyon until shortly after the flood.", {"lived", "flood"});
  CHECK_FALSE(bound.has("flood", "before", "lived"));
  Example denied("The players did not speak after the match.", {"speak", "match"});
  const auto speak = std::find_if(denied.events.events.begin(), denied.events.events.end(),
                                  [](const auto& e) { return e.trigger == "speak"; });
  speak->modality = "negated";
  CHECK_FALSE(denied.has("match", "before", "speak"));
}

TEST_CASE("lk61 #49: no model guess puts what a cue verb brings about before that verb", "[links][lk61]") {
  const auto g = graph_of_text(
      "Officials in Lagos fear the new levy will cause protests by the end of the year.",
      date::sys_days{date::year{2024} / 3 / 1});
  const auto id_of = [&](const std::string& trigger) {
    const auto found = std::find_if(g.events.begin(), g.events.end(), [&](const auto& e) { return e.trigger == trigger; });
    REQUIRE(found != g.events.end());
    return found->id;
  };
  const std::string cause = id_of("cause"), protests = id_of("protests");
  for (const auto& edge : g.edges) {
    CAPTURE(edge.from, edge.to);
    CHECK_FALSE((edge.from == protests && edge.to == cause && edge.type == chronograph::graph::EdgeType::Before));
  }
}

namespace {

// The edges of `type` from the event with trigger `from` to the one with trigger `to`, by cue.
std::vector<std::string> cues_between(const chronograph::graph::GraphData& g, const std::string& from, const std::string& to,
                                      chronograph::graph::EdgeType type) {
  const auto id_of = [&](const std::string& trigger) {
    const auto found = std::find_if(g.events.begin(), g.events.end(), [&](const auto& e) { return e.trigger == trigger; });
    return found == g.events.end() ? std::string() : found->id;
  };
  std::vector<std::string> cues;
  for (const auto& edge : g.edges)
    if (edge.from == id_of(from) && edge.to == id_of(to) && edge.type == type) cues.push_back(edge.evidence.cue);
  return cues;
}

}  // namespace

TEST_CASE("lk61 #38: a conjunct 'two days later' or 'a month earlier' places comes after or before its clause",
          "[links][lk61]") {
  using chronograph::graph::EdgeType;
  const auto dct = date::sys_days{date::year{2024} / 3 / 1};
  const auto later = graph_of_text("By the end of March the bakery employed 12 people, and six months later that figure had tripled.", dct);
  CHECK_FALSE(cues_between(later, "employed", "tripled", EdgeType::Before).empty());
  CHECK(cues_between(later, "tripled", "employed", EdgeType::Before).empty());
  CHECK(cues_between(later, "employed", "tripled", EdgeType::Simultaneous).empty());
  const auto earlier = graph_of_text("The company hired a new director in June, and a month earlier it had closed two branches.", dct);
  CHECK_FALSE(cues_between(earlier, "closed", "hired", EdgeType::Before).empty());
}

TEST_CASE("lk61 #38: a bare 'later' with no measure is no rule of order", "[links][lk61]") {
  const auto g = graph_of_text("The river rose on Monday, and later the levee failed.", date::sys_days{date::year{2024} / 3 / 1});
  for (const auto type : {chronograph::graph::EdgeType::Before, chronograph::graph::EdgeType::Simultaneous})
    for (const auto& cue : cues_between(g, "rose", "failed", type)) CHECK(cue != "rule:later");
}
