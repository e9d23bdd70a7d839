#include "core/links/cue_edges.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

struct Models {
  Tokenizer tokenizer;
  MorphoSyntax syntax;
  CueLinker linker;
};

const Models& models() {
  static const Models m = [] {
    const DataDir data = DataDir::locate();
    return Models{Tokenizer::load(data), MorphoSyntax::load(data), CueLinker::load(data)};
  }();
  return m;
}

// A hand-written sentence, parsed, with its events named by their words.
struct Example {
  TokenizedText tokens;
  DocumentEvents events;

  Example(const std::string& text, const std::vector<std::string>& triggers) {
    tokens = models().tokenizer.tokenize(text);
    models().syntax.annotate(tokens);
    for (const auto& word : triggers) {
      const auto found = std::find_if(tokens.tokens.begin(), tokens.tokens.end(), [&](const Token& t) { return t.text == word; });
      REQUIRE(found != tokens.tokens.end());
      EventMention mention;
      mention.token = static_cast<std::size_t>(found - tokens.tokens.begin());
      mention.span = found->span;
      mention.trigger = word;
      mention.event_class = "OCCURRENCE";
      events.events.push_back(mention);
    }
  }
  // Whether an edge of `type` links the events with these triggers.
  bool has(const std::string& from, const std::string& type, const std::string& to) const {
    const auto edges = models().linker.link(tokens, events);
    for (const auto& e : edges) UNSCOPED_INFO(events.events[e.from].trigger << " " << e.type << " " << events.events[e.to].trigger << " (" << e.cue << ")");
    return std::any_of(edges.begin(), edges.end(), [&](const CueEdge& e) {
      return e.type == type && events.events[e.from].trigger == from && events.events[e.to].trigger == to;
    });
  }
};

}  // namespace

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
  const Example after("Regulators closed the bank after depositors pulled their money.", {"closed", "pulled"});
  CHECK(after.has("closed", "responds_to", "pulled"));
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
  for (const std::string& time : std::vector<std::string>{"midnight", "9 p.m.", "1970", "the deadline passed"}) {
    const bool clause = time == "the deadline passed";
    const Example late("The vote took place after " + time + ", and the protesters went home.",
                       clause ? std::vector<std::string>{"took", "passed", "went"} : std::vector<std::string>{"took", "went"});
    CAPTURE(time);
    CHECK_FALSE(late.has("took", "responds_to", "went"));
    if (clause) CHECK(late.has("took", "responds_to", "passed"));
  }
  for (const std::string& year : std::vector<std::string>{"1970", "1985", "2001"}) {
    const Example born("Adults born after " + year + " are advised to get a single dose.", {"born", "advised"});
    CHECK_FALSE(born.has("born", "responds_to", "advised"));
  }
}
