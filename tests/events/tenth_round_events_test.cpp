// Event modality and title misreadings found on a tenth round of unseen articles, each tested on
// the sentence it was found on and on variants the fix was not written for, with a case that
// must stay as it is.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

TEST_CASE("a quote opened inside a verb group leaves the group whole, so a conjunct keeps its own polarity", "[events]") {
  const auto [text, denied, done] = GENERATE(table<std::string, std::string, std::string>({
      {"Police said they had not received a complaint but were \"assessing the material.\"", "received", "assessing"},
      {"The club has not signed the striker but is \"monitoring the situation.\"", "signed", "monitoring"},
      {"The regulator said it had not seen the report but was \u201cstudying the findings.\u201d", "seen", "studying"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jul / 1);
  CHECK(event_with(g, denied).modality == graph::Modality::Negated);
  CHECK(event_with(g, done).modality == graph::Modality::Actual);
}

TEST_CASE("a negation before a quote opened inside a verb group still negates the verb", "[events]") {
  const auto g = graph_of_text("Police said they were not \"assessing the material.\"", 2025_y / jul / 1);
  CHECK(event_with(g, "assessing").modality == graph::Modality::Negated);
}

TEST_CASE("what a verb of ordering orders its object to do is required, so planned", "[events]") {
  const auto [text, act] = GENERATE(table<std::string, std::string>({
      {"The ministry ordered the airline to submit maintenance records by Friday.", "submit"},
      {"The regulator instructed the bank to raise its capital by March.", "raise"},
      {"The judge required the company to publish the report.", "publish"},
      {"The governor directed state agencies to cut spending.", "cut"},
      {"The court ordered that the documents be released to the press.", "released"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jan / 20);
  CHECK(event_with(g, act).modality == graph::Modality::Planned);
}

TEST_CASE("an order's deadline ends the act ordered", "[events]") {
  const auto g = graph_of_text("The ministry ordered the airline to submit maintenance records by Friday.", 2025_y / jan / 20);
  const auto& submit = event_with(g, "submit", "Airline");
  REQUIRE(submit.time.end);
  CHECK(*submit.time.end == sys_days{2025_y / jan / 24});
}

TEST_CASE("what a verb of asking asks its object to do stays possible, and a forcing tells what was done", "[events]") {
  const auto [text, act, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"The union urged members to reject the offer.", "reject", graph::Modality::Possible},
      {"The government asked Boeing to fix the door.", "fix", graph::Modality::Possible},
      {"The army forced the rebels to withdraw.", "withdraw", graph::Modality::Actual},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 20), act).modality == modality);
}

TEST_CASE("what someone believed would happen is possible, not planned", "[events]") {
  const auto [text, believed] = GENERATE(table<std::string, std::string>({
      {"\"I was cramping in the fourth set, and I thought I would lose,\" Alcaraz said.", "lose"},
      {"The minister believed the talks would fail.", "fail"},
      {"Investors hoped the central bank would cut rates in March.", "cut"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 22), believed).modality == graph::Modality::Possible);
}

TEST_CASE("what someone said would happen is still planned", "[events]") {
  const auto [text, said] = GENERATE(table<std::string, std::string>({
      {"The union said the strike would last 48 hours.", "last"},
      {"The company announced it would close the plant in March.", "close"},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 22), said).modality == graph::Modality::Planned);
}

TEST_CASE("a relative clause hung on an age set after a name speaks of the one named", "[events]") {
  const auto [text, verb, name] = GENERATE(table<std::string, std::string, std::string>({
      {"\"There was a loud bang,\" said Dewi Lestari, 31, who was travelling with her son.", "travelling", "Lestari"},
      {"\"It was terrifying,\" said Maria Gomez, 64, who fled her home on Monday.", "fled", "Gomez"},
      {"The fire was reported by Tom Reyes, 45, who called the police at 2 a.m.", "called", "Reyes"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jan / 20);
  const auto& event = event_with(g, verb);
  CHECK(event.title.find(name) != std::string::npos);
  CHECK(event.title.find_first_of("0123456789") == std::string::npos);
}

TEST_CASE("an adjective a possessor makes a noun of is the subject right before its verb group", "[events]") {
  const auto [text, verb, title] = GENERATE(table<std::string, std::string, std::string>({
      {"The men's final is scheduled for next Sunday at 7:30 p.m. local time.", "scheduled", "Men's final"},
      {"The women's final was postponed on Saturday because of rain.", "postponed", "Women's final"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jan / 22);
  const auto& event = event_with(g, verb);
  CHECK(event.title.starts_with(title));
}

TEST_CASE("an infinitive after a counted measure tells what the measure took, done on its day", "[events]") {
  const sys_days dct = 2025_y / jan / 22;  // a Wednesday
  const auto [text, act, day] = GENERATE(table<std::string, std::string, sys_days>({
      {"Gauff needed three sets to overcome Paula Badosa on Tuesday.", "overcome", 2025_y / jan / 21},
      {"Sinner needed four sets to beat Holger Rune on Monday.", "beat", 2025_y / jan / 20},
      {"The team needed two goals to reach the final on Sunday.", "reach", 2025_y / jan / 19},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, dct);
  const auto& event = event_with(g, act);
  CHECK(event.modality == graph::Modality::Actual);
  check_day(event, day);
}

TEST_CASE("an infinitive after a counted act or after 'is set to' keeps its governor's modality", "[events]") {
  const auto [text, act, modality] = GENERATE(table<std::string, std::string, graph::Modality>({
      {"The company made two attempts to buy the rival.", "buy", graph::Modality::Possible},
      {"The new bridge is set to open in March.", "open", graph::Modality::Planned},
  }));
  CAPTURE(text);
  CHECK(event_with(graph_of_text(text, 2025_y / jan / 22), act).modality == modality);
}

TEST_CASE("a title keeps the pronoun I a capital wherever its clause starts", "[events][titles]") {
  for (const char* verb : {"thought", "believed", "felt"}) {
    const std::string quoted = std::string("\"I ") + verb + " I would lose,\" the champion said.";
    INFO(quoted);
    const auto g = graph_of_text(quoted, sys_days{2025_y / jan / 22});
    for (const auto& event : g.events) {
      INFO(event.title);
      CHECK(event.title.find(" i ") == std::string::npos);
      CHECK(!event.title.starts_with("i "));
    }
  }
}
