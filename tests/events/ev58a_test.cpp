// Session 58, events (ev58a): a quoted "we" or "I" named by who speaks (t57 #8, #19), ...
#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using chronograph::test::event_with;
using chronograph::test::graph_of_text;
using chronograph::test::has_actor;
namespace graph = chronograph::graph;

namespace {

bool has_title_starting(const graph::GraphData& g, const std::string& start) {
  return std::any_of(g.events.begin(), g.events.end(), [&](const auto& e) { return e.title.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("t57 #19: a quoted 'we' is the organisation the speaker is said to work for", "[events][ev58a]") {
  const auto text = GENERATE(as<std::string>{},
                             "Calvex Pharmaceuticals reported strong sales on Tuesday. Dr. Lena Morrow, Calvex's head of "
                             "research, spoke at the meeting. \"We rebuilt the pump and we doubled its output,\" she said.",
                             "Calvex Pharmaceuticals reported strong sales on Tuesday. Lena Morrow, the head of research at "
                             "Calvex, spoke at the meeting. \"We rebuilt the pump and we doubled its output,\" she said.");
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / May / 7);
  const auto& rebuilt = event_with(g, "rebuilt");
  CHECK(rebuilt.title.rfind("Calvex Pharmaceuticals rebuilds pump", 0) == 0);
  CHECK(has_actor(rebuilt, "calvex-pharmaceuticals"));
  CHECK(event_with(g, "doubled").title.rfind("Calvex Pharmaceuticals doubles", 0) == 0);
}

TEST_CASE("t57 #8: a quoted 'we' or 'I' of a speaker who works for no named body is the speaker", "[events][ev58a]") {
  const auto g = graph_of_text(
      "\"The ceiling fell in at noon, and we sheltered in the cellar,\" said Owen Price, a farmer. "
      "\"I repaired the barn myself,\" Price said.",
      2025_y / May / 7);
  const auto& sheltered = event_with(g, "sheltered");
  CHECK(sheltered.title.rfind("Price shelters in cellar", 0) == 0);
  CHECK(has_actor(sheltered, "owen-price"));
  CHECK(event_with(g, "repaired").title.rfind("Price repairs barn", 0) == 0);
  CHECK_FALSE(has_title_starting(g, "We "));
  CHECK_FALSE(has_title_starting(g, "I "));
}

TEST_CASE("t57 #8: a quoted 'we' that no one is said to speak leaves the subject out of the title", "[events][ev58a]") {
  const auto g = graph_of_text("The river rose overnight. \"We moved the cattle to higher ground.\"", 2025_y / May / 7);
  const auto& moved = event_with(g, "moved");
  CHECK(moved.title.rfind("Move", 0) == 0);
  CHECK(moved.actors.empty());
}

TEST_CASE("t57 #15: a 'who' clause on how a source stands to the story is no event", "[events][ev58a]") {
  const auto text = GENERATE(as<std::string>{},
                             "The vaccine cut infections by half in the study, said Dr. Ines Kohl, a virologist who was "
                             "not involved in the study.",
                             "The merger will raise prices, said Tom Bale, an analyst who is not affiliated with either "
                             "company.");
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / May / 7);
  CHECK(chronograph::test::events_with_mention(g, "involved") == 0);
  CHECK(chronograph::test::events_with_mention(g, "affiliated") == 0);
}

TEST_CASE("t57 #15: a 'who' clause telling what a person did stays an event", "[events][ev58a]") {
  const auto g = graph_of_text("Police arrested a driver who was involved in the crash on Monday.", 2025_y / May / 7);
  CHECK(chronograph::test::events_with_mention(g, "arrested") == 1);
  CHECK(chronograph::test::events_with_mention(g, "crash") == 1);
}

TEST_CASE("t57 #2: 'starting' or 'beginning' at a time after a verb's place is when that verb's event starts",
          "[events][ev58a]") {
  const sys_days dct = 2025_y / May / 8;  // a Thursday
  const auto [text, trigger] = GENERATE(table<std::string, std::string>({
      {"The mayor said crews would clear the roads in the flooded districts starting at dawn on Saturday.", "clear"},
      {"Officials said volunteers would hand out water in the eastern suburbs beginning at 6 a.m. on Saturday.", "hand"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, trigger);
  CHECK(event.modality == graph::Modality::Planned);
  chronograph::test::check_day(event, 2025_y / May / 10);
  for (const auto& e : g.events) {
    INFO(e.title);
    CHECK(e.title.find("tarting") == std::string::npos);
    CHECK(e.title.find("eginning") == std::string::npos);
  }
}

TEST_CASE("t57 #7: a plural noun and a verb after 'once' or 'when' are the clause's subject and verb", "[events][ev58a]") {
  const auto text = GENERATE(as<std::string>{},
                             "The ferry will sail on Monday, once waves drop below two meters.",
                             "The port said ships would leave when tides rise above the bar.");
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / May / 7);
  for (const auto& e : g.events) {
    INFO(e.title);
    CHECK(e.title != "Drop");
    CHECK(e.title != "Rise");
    CHECK_FALSE(chronograph::test::has_mention(e, "waves"));
    CHECK_FALSE(chronograph::test::has_mention(e, "tides"));
  }
  const bool drop = text.find("drop") != std::string::npos;
  const auto& verb = event_with(g, drop ? "drop" : "rise", drop ? "Waves drop" : "Tides rise");
  CHECK(verb.modality != graph::Modality::Actual);
}

TEST_CASE("t57 #3: a clause after 'said at a news conference (on a day) that' is what was said", "[events][ev58a]") {
  const auto g = graph_of_text(
      "The mayor said at a news conference late Tuesday that more than 2,000 families had returned.", 2025_y / May / 8);
  const auto& returned = event_with(g, "returned");
  CHECK(returned.title.find("conference") == std::string::npos);
  CHECK(returned.title.rfind("More than 2,000 families return", 0) == 0);
}

TEST_CASE("t57 #12: the verb after '..., compared with N percent, and NOUNs' is told of those nouns", "[events][ev58a]") {
  const auto g = graph_of_text(
      "About 9 percent of hikers on the north trail developed blisters, compared with 4 percent on the south trail, "
      "and two hikers in the second group fainted during the race.",
      2025_y / May / 7);
  const auto& fainted = event_with(g, "fainted");
  CHECK(fainted.title.find("percent") == std::string::npos);
  CHECK(fainted.title.rfind("Two hikers faint", 0) == 0);  // a title tells in the present
}

TEST_CASE("t57 #16: 'NAME plans to VERB' is the name's plan to do it, no event 'NAME plans'", "[events][ev58a]") {
  const auto g = graph_of_text("Norvik plans to open a plant in Ohio by the end of the year.", 2025_y / May / 7);
  CHECK_FALSE(has_title_starting(g, "Norvik plans"));
  const auto& open = event_with(g, "open");
  CHECK(open.modality == graph::Modality::Planned);
  CHECK(has_actor(open, "norvik"));
}

TEST_CASE("t57 #16: a title never stops inside a name", "[events][ev58a]") {
  const auto g = graph_of_text(
      "Kestrel Biologics plans to file for approval with the Food and Drug Administration by the end of June.",
      2025_y / May / 7);
  const auto& file = event_with(g, "file");
  const bool food = file.title.find("Food") != std::string::npos;
  const bool whole = file.title.find("Food and Drug Administration") != std::string::npos;
  CHECK(food == whole);
}

TEST_CASE("t57 #14: 'the study' after 'a trial' is that trial", "[events][ev58a]") {
  const auto g = graph_of_text(
      "Kestrel said on Monday that its drug cut relapses by a third in a large trial. Two volunteers in the placebo "
      "arm died during the study.",
      2025_y / May / 7);
  const auto& trial = event_with(g, "trial");
  CHECK(chronograph::test::has_mention(trial, "study"));
}

TEST_CASE("t57 #14: an earlier study is another one than the trial", "[events][ev58a]") {
  const auto g = graph_of_text(
      "Kestrel said on Monday that its drug cut relapses by a third in a large trial. The earlier study had shown no "
      "benefit.",
      2025_y / May / 7);
  for (const auto& e : g.events) {
    INFO(e.title);
    CHECK_FALSE((chronograph::test::has_mention(e, "trial") && chronograph::test::has_mention(e, "study")));
  }
}

TEST_CASE("t57 #17: the size of a change after 'up' or 'down' stays in the title", "[events][ev58a]") {
  const auto g = graph_of_text("The report came out on Tuesday, sending the bank's shares down 12 percent.", 2025_y / May / 7);
  CHECK(event_with(g, "sending").title.find("shares down 12 percent") != std::string::npos);
}
