// Events, modality and links mended in session ev52 (t51 and t52 user tests): a stop still to
// come that is all the text tells of its event; "followed by" and "preceded by"; a date before an
// event noun's compound; "would" after "said" in a misparsed clause; which earlier mention a noun
// or a gerund takes up; headline clauses after ";"; aims of a present verb; offers. Each is
// tested on the sentence it was found on, on variants the fix was not written for, and on a case
// that must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const sys_days kThursday = 2024_y / jun / 20;

}  // namespace

TEST_CASE("t51 30: an event whose only news is a stop still to come is planned on the stop's date", "[events][ev52]") {
  const auto [text, mention, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"The emperor will travel to Oxford on Wednesday, 26 June. The visit will end on Friday with a formal farewell "
       "at the palace, after which the couple will fly home.",
       "visit", 2024_y / jun / 28},
      {"The strike will end on Monday.", "strike", 2024_y / jun / 24},
      {"The festival will stop on Sunday, the organisers said.", "stop", 2024_y / jun / 23},
      {"The ceasefire is set to end on Saturday.", "end", 2024_y / jun / 22},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  const auto& event = event_with(g, mention);
  CHECK(event.modality == graph::Modality::Planned);
  CHECK(event.time.start == day);
  CHECK(event.time.end == day);
}

TEST_CASE("t51 30: an event told as begun, or with an end only possible, stays actual", "[events][ev52]") {
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"The walkout began on Monday and will end on Saturday.", "walkout"},
      {"The strike could end on Friday.", "strike"},
      {"The strike began last week. The strike will end on Friday.", "strike"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, kThursday), noun).modality == graph::Modality::Actual);
}

TEST_CASE("t51 31: what 'followed by' names comes after, and stands as, the event it follows", "[events][links][ev52]") {
  const auto [text, first, then, modality] = GENERATE(table<std::string, std::string, std::string, graph::Modality>({
      {"On Tuesday, King Charles will host a ceremonial welcome on Horse Guards Parade, followed by a carriage "
       "procession to Buckingham Palace.",
       "host", "procession", graph::Modality::Planned},
      {"The minister will give a speech on Monday, followed by a vote in parliament.", "speech", "vote",
       graph::Modality::Planned},
      {"The board met on Friday, followed by a news conference at the bank.", "met", "conference",
       graph::Modality::Actual},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, kThursday);
  const auto& before = event_with(g, first);
  const auto& after = event_with(g, then);
  CHECK(after.modality == modality);
  CHECK(has_edge(g, before, graph::EdgeType::Before, after));
  CHECK_FALSE(has_edge(g, after, graph::EdgeType::Before, before));
  CHECK(events_with_mention(g, "followed") == 0);
}

TEST_CASE("t51 31: what 'preceded by' names comes first", "[events][links][ev52]") {
  const auto g = graph_of_text("The final will be played on Sunday, preceded by a march through the city.", kThursday);
  CHECK(has_edge(g, event_with(g, "march"), graph::EdgeType::Before, event_with(g, "played")));
  CHECK(event_with(g, "march").modality == graph::Modality::Planned);
}

TEST_CASE("t51 31: a finite 'followed' with a subject of its own is still an event", "[events][ev52]") {
  CHECK(events_with_mention(graph_of_text("Police followed the car for two miles.", kThursday), "followed") == 1);
}

TEST_CASE("t52 16: an event a date before its noun puts after the article is planned and dated", "[events][ev52]") {
  const sys_days dct = 2026_y / dec / 3;
  const auto [text, noun] = GENERATE(table<std::string, std::string>({
      {"Nova Heights announces 2027 world tour", "tour"},
      {"Tickets for the 2027 world tour sold out within minutes.", "tour"},
      {"The parties are preparing for the 2027 election campaign.", "campaign"},
  }));
  CAPTURE(text);
  const auto& event = event_with(graph_of_text(text, dct), noun);
  CHECK(event.modality == graph::Modality::Planned);
  check_span(event, 2027_y / jan / 1, 2027_y / dec / 31);
}

TEST_CASE("t52 16: a date that names a thing still dates nothing", "[events][ev52]") {
  const auto g = graph_of_text("The company recalled its 2027 model cars on Thursday.", 2026_y / dec / 3);
  CHECK(event_with(g, "recalled").time.start == sys_days{2026_y / dec / 3});
}

TEST_CASE("t52 19: a plan reported with 'would' in a clause the parser took for an adverbial is planned", "[events][ev52]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Observers said the final plenary would resume on Saturday afternoon.", "resume"},
      {"Officials said the final session would start on Monday morning.", "start"},
      {"Aides said the annual summit would open on Friday.", "open"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / nov / 22), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t52 19: a real condition under 'would' stays hypothetical", "[events][ev52]") {
  const auto g = graph_of_text("He said the talks would resume if both sides agreed.", 2025_y / nov / 22);
  CHECK(event_with(g, "resume").modality == graph::Modality::Hypothetical);
}

TEST_CASE("t52 23: 'the change' takes up the nearer change, not what we are changing", "[events][ev52]") {
  const auto g = graph_of_text(
      "This report describes what happened and what we are changing. At 14:20 UTC an engineer deployed a "
      "configuration change. They identified the change at 15:02 UTC.",
      2025_y / sep / 12);
  CHECK_FALSE(has_mention(event_with(g, "changing"), "change"));
  const auto other = graph_of_text("Engineers made a change to the router. The change was reversed an hour later.",
                                   2025_y / sep / 12);
  CHECK(events_with_mention(other, "change") == 1);
}

TEST_CASE("t52 24: a headline clause after a semicolon with 'to' tells a plan", "[events][ev52]") {
  const auto [text, verb] = GENERATE(table<std::string, std::string>({
      {"Suez Canal reopens after container ship blockage; backlog to clear by mid-month", "clear"},
      {"Storm batters coast; schools to reopen on Monday", "reopen"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2024_y / oct / 4), verb).modality == graph::Modality::Planned);
}

TEST_CASE("t52 26: a gerund that acts on 'it' in passing is the act the next sentence tells", "[events][ev52]") {
  const auto [text, verb, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Messages showed he had discussed the application with a donor before approving it. Mr Hart approved the "
       "scheme on 2 April.",
       "approving", 2024_y / apr / 2},
      {"The board met the bidders twice before rejecting them. The board rejected the offers on 3 May.", "rejecting",
       2024_y / may / 3},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / may / 28);
  const auto& event = event_with(g, verb);
  CHECK(event.mentions.size() == 2);
  CHECK(event.time.start == day);
}

TEST_CASE("t52 27: 'the second minister to resign' is the resignation told before", "[events][ev52]") {
  const auto [text, told, again] = GENERATE(table<std::string, std::string, std::string>({
      {"Housing Minister Daniel Hart resigned on Tuesday. He is the second minister to resign this year.", "resigned",
       "resign"},
      {"The striker scored on Saturday. She was the first player to score twice this season.", "scored", "score"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2024_y / may / 28);
  CHECK(events_with_mention(g, again) == 1);
  CHECK(has_mention(event_with(g, told), again));
}

TEST_CASE("t51 53: the aim of a verb in the simple present is still ahead", "[events][ev52]") {
  const auto [text, aim] = GENERATE(table<std::string, std::string>({
      {"It takes effect next July and includes $180 million to close a deficit.", "close"},
      {"The budget includes $40 million to repair the bridge.", "repair"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2026_y / jun / 9), aim).modality == graph::Modality::Planned);
}

TEST_CASE("t51 53: the aim of a verb told as done stays done", "[events][ev52]") {
  const auto g = graph_of_text("The city raised taxes to close a deficit.", 2026_y / jun / 9);
  CHECK(event_with(g, "close").modality == graph::Modality::Actual);
}

TEST_CASE("t51 23: what was only offered is not told as done", "[events][ev52]") {
  const auto [text, act] = GENERATE(table<std::string, std::string>({
      {"A group of bondholders had offered to swap their debt for equity in November, but Greystone rejected the "
       "proposal.",
       "swap"},
      {"The firm offered to pay $2 million to settle the case.", "pay"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 14), act).modality == graph::Modality::Possible);
}

TEST_CASE("t52 17: a participle joined by a hyphen before a noun is part of an adjective, no event", "[events][ev52]") {
  const auto [text, participle] = GENERATE(table<std::string, std::string>({
      {"Nova Heights, the Grammy-winning indie band, will return to the road next year.", "winning"},
      {"An Iran-backed militia attacked the base on Monday.", "backed"},
      {"The award-winning director resigned on Friday.", "winning"},
  }));
  CAPTURE(text);
  CHECK(events_with_mention(graph_of_text(text, 2026_y / dec / 3), participle) == 0);
}

TEST_CASE("t52 17: a participle set off by spaced dashes is still an event, and so is the verb after the adjective", "[events][ev52]") {
  CHECK(events_with_mention(graph_of_text("The vote - delayed by a week - passed on Friday.", 2026_y / dec / 3), "delayed") == 1);
  CHECK(events_with_mention(graph_of_text("An Iran-backed militia attacked the base on Monday.", 2026_y / dec / 3), "attacked") == 1);
}
