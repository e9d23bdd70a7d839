#include "core/links/cue_edges.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/links/cue_fixture.h"

using namespace chronograph;
using namespace chronograph::core;
using chronograph::test::Example;

TEST_CASE("talking about what was agreed at an occasion refers to the occasion", "[links]") {
  const Example ex("The ministers will talk about the treaty signed at the Vienna conference.", {"talk", "signed", "conference"});
  CHECK(ex.has("talk", "refers_to", "conference"));
}

TEST_CASE("an occasion outside what is talked about is not referred to", "[links]") {
  const Example ex("The ministers will talk at the Vienna conference about the weather.", {"talk", "conference"});
  CHECK_FALSE(ex.has("talk", "refers_to", "conference"));
}

TEST_CASE("a verb that is not communication does not refer to an occasion", "[links]") {
  const Example ex("The workers will paint the hall used at the Vienna conference.", {"paint", "used", "conference"});
  CHECK_FALSE(ex.has("paint", "refers_to", "conference"));
}

TEST_CASE("cue words link the events around them", "[links]") {
  const Example ex("The storm led to floods in the valley.", {"storm", "floods"});
  CHECK(ex.has("storm", "causes", "floods"));
  const Example back("The match was cancelled because of the storm.", {"cancelled", "storm"});
  CHECK(back.has("storm", "causes", "cancelled"));
}

TEST_CASE("'about' before a number hedges it and refers to nothing", "[links]") {
  const std::string number = GENERATE(as<std::string>{}, "400", "forty", "1,200", "two dozen");
  const Example hedge("The army sent helicopters, and about " + number + " firefighters arrived.", {"sent", "arrived"});
  CHECK_FALSE(hedge.has("sent", "refers_to", "arrived"));
  // the preposition still does: a report about the fire
  const Example topic("The mayor gave a speech about the fire.", {"speech", "fire"});
  CHECK(topic.has("speech", "refers_to", "fire"));
  // and other cues before a number still link: a clause "after" opens, a cause "triggered" names
  const Example after("Riots broke out after 12 people were killed.", {"broke", "killed"});
  CHECK(after.has("broke", "responds_to", "killed"));
  const Example caused("The storm triggered 40 landslides in the valley.", {"storm", "landslides"});
  CHECK(caused.has("storm", "causes", "landslides"));
}

TEST_CASE("'about' before a sum of money hedges it too", "[links]") {
  const std::string sum = GENERATE(as<std::string>{}, "$2.3 million", "£40,000", "€5m", "$300");
  const Example hedge("He is accused of diverting about " + sum + " into accounts controlled by a relative.",
                      {"diverting", "controlled"});
  CHECK_FALSE(hedge.has("diverting", "refers_to", "controlled"));
}

TEST_CASE("'due to' before an infinitive is a schedule, not a cause", "[links]") {
  const Example cause("The flight was cancelled due to the strike.", {"cancelled", "strike"});
  CHECK(cause.has("strike", "causes", "cancelled"));
  const Example schedule("The barrier, approved in 2019, is due to open in 2026.", {"approved", "open"});
  CHECK_FALSE(schedule.has("open", "causes", "approved"));
  // "in order to" wants its infinitive
  const Example purpose("The city closed the road in order to repair the bridge.", {"closed", "repair"});
  CHECK(purpose.has("closed", "enables", "repair"));
}

TEST_CASE("the event that reacts is the one that responds", "[links]") {
  const Example after("Regulators closed the bank after auditors warned of fraud.", {"closed", "warned"});
  CHECK(after.has("closed", "responds_to", "warned"));
  const Example response("The army withdrew in response to the protests.", {"withdrew", "protests"});
  CHECK(response.has("withdrew", "responds_to", "protests"));
}

TEST_CASE("a reporting event reports the event of its clause", "[links]") {
  Example ex("The mayor said the bridge collapsed.", {"said", "collapsed"});
  ex.events.events[0].event_class = "REPORTING";
  CHECK(ex.has("said", "reports", "collapsed"));
}

TEST_CASE("a reporting verb after a comma reports the clause before it, whatever its label", "[links]") {
  auto [text, clause] = GENERATE(table<std::string, std::string>({
      {"The quay reopened, the harbour master said.", "reopened"},             // parsed as ccomp
      {"The bridge collapsed, officials said, after the storm.", "collapsed"},  // parsed as a conjunct
  }));
  Example ex(text, {clause, "said"});
  ex.events.events[1].event_class = "REPORTING";
  CHECK(ex.has("said", "reports", clause));
  CHECK_FALSE(ex.has(clause, "reports", "said"));
}

TEST_CASE("a reporting verb joined by a conjunction reports only its own clause", "[links]") {
  Example ex("The mayor said the bridge collapsed, and the port reopened.", {"said", "collapsed", "reopened"});
  ex.events.events[0].event_class = "REPORTING";
  CHECK(ex.has("said", "reports", "collapsed"));
  CHECK_FALSE(ex.has("said", "reports", "reopened"));
}

TEST_CASE("'after' a time links no event, and 'after' a clause links its own event, not the next one", "[links]") {
  for (const std::string& time : std::vector<std::string>{"midnight", "9 p.m.", "1970", "the council threatened an inquiry"}) {
    const bool clause = time == "the council threatened an inquiry";
    const Example late("The mayor resigned after " + time + ", and the protesters went home.",
                       clause ? std::vector<std::string>{"resigned", "threatened", "went"} : std::vector<std::string>{"resigned", "went"});
    CAPTURE(time);
    CHECK_FALSE(late.has("resigned", "responds_to", "went"));
    if (clause) CHECK(late.has("resigned", "responds_to", "threatened"));
  }
  for (const std::string& year : std::vector<std::string>{"1970", "1985", "2001"}) {
    const Example born("Adults born after " + year + " are advised to get a single dose.", {"born", "advised"});
    CHECK_FALSE(born.has("born", "responds_to", "advised"));
  }
}

TEST_CASE("a bare 'after' gives the order of two events, no response", "[links]") {
  auto [text, later, earlier] = GENERATE(table<std::string, std::string, std::string>({
      {"The lander tipped over after it touched down.", "tipped", "touched"},
      {"She moved to Paris after she graduated.", "moved", "graduated"},
      {"The final will be played on Feb. 1, after organisers added a rest week.", "played", "added"},
      {"Orlandia finished second after failing to beat the bottom side.", "finished", "failing"},
      // one doer's own steps answer nothing, even a warning
      {"The government imposed sanctions after it warned Moscow.", "imposed", "warned"},
  }));
  CAPTURE(text);
  const Example ex(text, {later, earlier});
  CHECK_FALSE(ex.has(later, "responds_to", earlier));
}

TEST_CASE("'after' an act others answer, or with a verb of answering, gives a response", "[links]") {
  auto [text, reacting, cause] = GENERATE(table<std::string, std::string, std::string>({
      {"Police arrested two men after the crowd attacked officers.", "arrested", "attacked"},
      {"The union called a strike after the company rejected its offer.", "called", "rejected"},
      {"Workers walked out after managers threatened to cut pay.", "walked", "threatened"},
      {"The army retaliated after rebels shelled the town.", "retaliated", "shelled"},
      {"Shops closed early after the attack.", "closed", "attack"},
      {"Israel retaliated after they fired rockets at the city.", "retaliated", "fired"},
      {"The dollar fell 0.4 percent after the announcement.", "fell", "announcement"},
      {"Shares slumped after news of the recall leaked.", "slumped", "leaked"},
      {"Protesters gathered outside after the verdict.", "gathered", "verdict"},
  }));
  CAPTURE(text);
  const Example ex(text, {reacting, cause});
  CHECK(ex.has(reacting, "responds_to", cause));
}

TEST_CASE("a cause verb in the passive names its cause after it", "[links]") {
  auto [text, effect, cause] = GENERATE(table<std::string, std::string, std::string>({
      {"The fire was caused by arson.", "fire", "arson"},
      {"The flooding was triggered by heavy rain.", "flooding", "rain"},
      {"The inquiry was prompted by the crash.", "inquiry", "crash"},
      {"Protests sparked by the ruling spread to three cities.", "Protests", "ruling"},
  }));
  CAPTURE(text);
  const Example ex(text, {effect, cause});
  CHECK(ex.has(cause, "causes", effect));
  CHECK_FALSE(ex.has(effect, "causes", cause));
}

TEST_CASE("a denied cue links nothing", "[links]") {
  auto [text, first, second] = GENERATE(table<std::string, std::string, std::string>({
      {"The fire was not caused by arson.", "fire", "arson"},
      {"The strike did not lead to job losses.", "strike", "losses"},
      {"The outage wasn't triggered by the storm.", "outage", "storm"},
      {"The delay was never caused by the strike.", "delay", "strike"},
  }));
  CAPTURE(text);
  const Example ex(text, {first, second});
  CHECK_FALSE(ex.has(first, "causes", second));
  CHECK_FALSE(ex.has(second, "causes", first));
}

TEST_CASE("a cause verb's subject event is the cause, not a verb before it", "[links]") {
  const Example ex("Officials said the storm caused floods in the valley.", {"said", "storm", "floods"});
  CHECK(ex.has("storm", "causes", "floods"));
  CHECK_FALSE(ex.has("said", "causes", "floods"));
  const Example denied("Officials said they had replaced the scanners, and that the failure was not caused by a software fault.",
                       {"replaced", "failure", "fault"});
  CHECK_FALSE(denied.has("replaced", "causes", "fault"));
  CHECK_FALSE(denied.has("fault", "causes", "failure"));
}

TEST_CASE("a reason clause explains the main verb, not a participle that modifies its object", "[links]") {
  auto [text, verb, participle, reason] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"The airline grounded 40 jets built in France because a sensor fault can cause them to stall.", "grounded", "built", "fault"},
      {"Kestrel is recalling 1.2 million air fryers sold in the United States because a wiring fault can cause them to overheat.",
       "recalling", "sold", "fault"},
      {"Police arrested a man wanted for fraud because he had fled the country.", "arrested", "wanted", "fled"},
  }));
  CAPTURE(text);
  const Example ex(text, {verb, participle, reason});
  CHECK(ex.has(reason, "causes", verb));
  CHECK_FALSE(ex.has(reason, "causes", participle));
}
