// Event titles: the tense, the modal and the number of a title's verb.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/events/entity_lookups.h"
#include "tests/events/events_fixture.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;
using chronograph::core::DocumentEvents;
using chronograph::core::EventMention;

TEST_CASE("t55 issue 55: a second to-infinitive the parser joins to the ordering verb is still the ordered one's", "[events][actors][titles][ent55]") {
  const auto [text, trigger, doer, title] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Judge Nora Quinn sentenced Victor Hale on Friday. She ordered him to report to prison by June 2 and to pay back $40,000.",
       "pay", "victor-hale", "Hale pays"},
      {"Mayor Ines Ruiz met Tom Becker on Monday. She told him to resign by Friday and to return the funds.", "return", "tom-becker",
       "Becker"},
  }));
  CAPTURE(text);
  const auto g = graph_of_text(text, 2025_y / jun / 10);
  const auto& event = event_with(g, trigger);
  CHECK(has_actor(event, doer));
  CHECK(event.title.rfind(title, 0) == 0);
}

TEST_CASE("t57 issue 57: a modal conjunct after a reported clause goes on with that clause", "[events][titles][ent58]") {
  const auto g = graph_of_text(
      "Broker Dana Holt said on Monday that many landlords were refusing to lower their rents and would rather wait "
      "until June.",
      2025_y / jun / 10);
  CHECK(event_with(g, "wait").title.rfind("Holt", 0) != 0);
  CHECK_FALSE(has_actor(event_with(g, "wait"), "dana-holt"));
  // must not: a conjunct with a subject of its own is that subject's
  const auto own = graph_of_text("Dana Holt said landlords were refusing to lower rents and she would wait until June.",
                                 2025_y / jun / 10);
  CHECK(has_actor(event_with(own, "wait"), "dana-holt"));
}

TEST_CASE("a plan the tagger read as a noun after an opening 'if' clause is the main clause's verb",
          "[events][titles][tenth]") {
  const auto [text, trigger, title_start] = GENERATE(table<std::string, std::string, std::string>({
      {"The employers have until noon on Monday to make a better offer. If they do not, the union plans to extend "
       "the strike to Amsterdam starting on Wednesday.",
       "extend", "Union extends strike"},
      {"Harlow Foods has until Friday to answer. If it does not, the council plans to close the plant in May.", "close",
       "Council closes plant"},
      {"When talks failed, the airline plans to cut 300 jobs by March.", "cut", "Airline cuts 300 jobs"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  const auto& event = last_event(found, trigger);
  CHECK(event.title.starts_with(title_start));
  CHECK(event.modality == "planned");
}

TEST_CASE("issue 54: an acronym's plural takes a plural verb in a title", "[events][titles][tester48]") {
  const auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"Committee stage, during which MPs examined the text line by line, ran for six weeks.", "examined",
       "MPs examine"},
      {"Lawmakers said CEOs earned too much.", "earned", "CEOs earn"},
  }));
  CAPTURE(text);
  const auto plural = EventsFixture::get().extract(text);
  CHECK(last_event(plural, trigger).title.starts_with(title));
  // one acronym stays singular
  const auto found = EventsFixture::get().extract("The CEO resigned on Monday.");
  CHECK(last_event(found, "resigned").title.starts_with("CEO resigns"));
}

// These tests use their own kDct and title_of: other tests in this file use other values of the same names.
namespace {
namespace dated_2024_may_14 {

const sys_days kDct{2024_y / May / 14};

std::string title_of(const std::string& text, const std::string& mention) {
  CAPTURE(text);
  return event_with(graph_of_text(text, kDct), mention).title;
}

TEST_CASE("issue t49-46: a bare plural before a past with a preposition is what the participle describes", "[titles][ti50]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The recall covers models sold at Walmart, Target and Amazon between January 2019 and October 2024.", "sold",
       "models sold at Walmart"},
      {"The sale covers cars sold in Texas between 2019 and 2021.", "sold", "Cars sold in Texas"},
  }));
  const auto title = title_of(text, verb);
  CHECK(title.find(expected) != std::string::npos);
  CHECK(title.find("sell") == std::string::npos);
}

TEST_CASE("issue t49-48: an infinitive after a verb that is no event has that verb's subject", "[titles][ti50]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Archaeologists plan to return in 2020 to examine a second stone slab.", "return", "Archaeologists return"},
      {"Archaeologists plan to return in 2020 to examine a second stone slab.", "examine", "Archaeologists examine second stone slab"},
      {"Researchers plan to return in 2025 to study the site.", "study", "Researchers study site"},
      {"\"We're going to see extreme fire behavior for at least the next three days,\" he said on Monday.", "see",
       "See extreme fire behavior"},
  }));
  CHECK(title_of(text, verb) == expected);
}

TEST_CASE("issue t49-49: a modal with a perfect keeps both", "[titles][ti50]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"\"We should have acted sooner,\" chief executive Dana Whitfield said in a statement.", "acted", "Whitfield should have acted sooner"},
      {"\"We might have won the game,\" the coach said.", "won", "Coach might have won game"},
  }));
  CHECK(title_of(text, verb) == expected);
}

TEST_CASE("issue t49-49: 'should' stays 'should'", "[titles][ti50]") {
  const auto title =
      title_of("The Treasure Trove unit has until the end of the year to decide which museum should acquire the objects.", "acquire");
  CHECK(title == "Museum should acquire objects");
}

TEST_CASE("issue t49-49: what happened stays in the past", "[titles][ti50]") {
  CHECK(title_of("\"It will take weeks, possibly months, before we know what happened,\" said a former investigator.", "know") ==
        "Former investigator knows what happened");
  CHECK(title_of("\"Nobody knows what happened,\" said a witness.", "happened") == "What happened");
}

TEST_CASE("issue t49-49: 'whether' with a pluperfect is an open question, no 'would'", "[titles][ti50]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The commission said it was also reviewing whether the company had violated federal reporting rules.", "violated",
       "Company violates federal reporting rules"},
      {"The agency is reviewing whether the bank had breached the rules.", "breached", "Bank breaches rules"},
  }));
  CHECK(title_of(text, verb) == expected);
}

}  // namespace dated_2024_may_14
}  // namespace

// These tests use their own kDct and title_of: other tests in this file use other values of the same names.
namespace {
namespace dated_2025_sep_9 {

const sys_days kDct{2025_y / September / 9};

std::string title_of(const std::string& text, const std::string& mention) {
  CAPTURE(text);
  return event_with(graph_of_text(text, kDct), mention).title;
}

TEST_CASE("s50: a possibility keeps the text's 'could' or 'might', and 'may' stays 'may'", "[titles][ti51]") {
  const auto [text, verb, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"The repairs could take months.", "take", "Repairs could take months"},
      {"The storm might weaken before landfall.", "weaken", "Storm might weaken"},
      {"The union may call a strike.", "call", "Union may call strike"},
      {"The bridge could be closed for weeks.", "closed", "Bridge could be closed"},
  }));
  CHECK(title_of(text, verb) == expected);
}

}  // namespace dated_2025_sep_9
}  // namespace

// These tests use their own kDct and title_of: other tests in this file use other values of the same names.
namespace {
namespace dated_2025_nov_22 {

const sys_days kDct{2025_y / November / 22};

std::string title_of(const std::string& text, const std::string& mention) {
  CAPTURE(text);
  return event_with(graph_of_text(text, kDct), mention).title;
}

TEST_CASE("t52 41: an 'if' or 'unless' clause is the verb's condition, no part of its title", "[titles][ti52]") {
  const auto [text, verb, condition] = GENERATE(table<std::string, std::string, std::string>({
      {"Officials said a fourth list could follow if Washington does not lift its levies by the end of the first quarter.",
       "follow", "Washington"},
      {"Analysts said prices could rise unless supply improves.", "rise", "supply"},
      {"Officials said the talks could collapse if the deadline passes.", "collapse", "deadline"},
  }));
  CHECK(title_of(text, verb).find(condition) == std::string::npos);
  CHECK(title_of("Officials said a fourth list could follow if Washington does not lift its levies.", "follow") ==
        "Fourth list could follow");
}

TEST_CASE("t52 41: a verb that asks keeps its 'if' clause (must not change)", "[titles][ti52]") {
  CHECK(title_of("Reporters asked if the talks would resume.", "asked").find("talks") != std::string::npos);
}

}  // namespace dated_2025_nov_22
}  // namespace
