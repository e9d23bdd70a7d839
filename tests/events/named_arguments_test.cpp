// Event nouns that a verb's title already names join that verb's event
// (graph/assemble/named_arguments.h).
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

namespace {

using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_mention;

const date::sys_days kDct{date::year{2026} / 3 / 10};

std::size_t events_holding(const chronograph::graph::GraphData& g, const std::string& trigger) {
  return static_cast<std::size_t>(std::count_if(g.events.begin(), g.events.end(),
                                                [&](const auto& event) { return has_mention(event, trigger); }));
}

}  // namespace

TEST_CASE("a subject event named in its verb's title, with no date but the verb's, is a mention of the verb's event", "[events][graph]") {
  auto [text, noun, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"The talks collapsed on Monday.", "talks", "collapsed"},
      {"The explosion damaged three buildings in January.", "explosion", "damaged"},
      // an object, when the verb happens with it
      {"Rebels launched an offensive in the north on Friday.", "offensive", "launched"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kDct);
  const auto& event = event_with(g, verb);
  CHECK(has_mention(event, noun));
  CHECK(events_holding(g, noun) == 1);
}

TEST_CASE("an event noun with a date or a mention of its own, or outside its verb's title, stays a node", "[events][graph]") {
  auto [text, noun, verb] = GENERATE(table<std::string, std::string, std::string>({
      // its own date
      {"Officials condemned the March attack on Tuesday.", "attack", "condemned"},
      // its own second mention
      {"Police broke up the protest on Monday. The protest had drawn 5,000 people.", "protest", "broke"},
      // an oblique, not the verb's subject or object
      {"The drug was approved after two late-stage trials.", "trials", "approved"},
      // the object of a verb that does not happen with it: an event before or after it
      {"World leaders condemned the massacre on Tuesday.", "massacre", "condemned"},
      {"Investigators blamed the crash on pilot error.", "crash", "blamed"},
      // a cue link needs both ends
      {"The explosion caused a fire at the refinery.", "explosion", "caused"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kDct);
  const auto& noun_event = event_with(g, noun);
  CHECK_FALSE(has_mention(noun_event, verb));
}

TEST_CASE("the object a signing makes is one event with it, and an object that happens later stays apart", "[events][graph]") {
  const auto g = graph_of_text("The two unions signed the deal on Tuesday. The board approved the takeover on Monday.", kDct);
  const auto& signing = event_with(g, "signed");
  CHECK(has_mention(signing, "deal"));
  CHECK(chronograph::test::events_with_mention(g, "deal") == 1);
  chronograph::test::check_day(signing, date::sys_days{date::year{2026} / 3 / 10});  // kDct is a Tuesday
  CHECK_FALSE(has_mention(event_with(g, "approved"), "takeover"));
}

TEST_CASE("an investigation opened or a meeting convened is one event with its opening", "[events][graph]") {
  const auto [text, verb, noun] = GENERATE(table<std::string, std::string, std::string>({
      {"Regulators opened their own investigation on Monday.", "opened", "investigation"},
      {"The club convened a meeting on Monday.", "convened", "meeting"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kDct);
  const auto& opening = event_with(g, verb);
  CHECK(has_mention(opening, noun));
  CHECK(chronograph::test::events_with_mention(g, noun) == 1);
  chronograph::test::check_day(opening, date::sys_days{date::year{2026} / 3 / 9});
}
