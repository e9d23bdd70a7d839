// The links of tester 46's articles: a cause verb whose subject is a thing links no event
// before it (#25), a cue ending in a preposition links only what that preposition governs
// (#29), and "after" names no response in a relative clause on what it governs (#30).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/links/cue_fixture.h"

using chronograph::test::Example;

TEST_CASE("tester46 #25: a cause verb whose subject is a thing makes no event before it the cause", "[links][tester46]") {
  const auto [text, earlier, cue, effect] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"PG&E has faced scrutiny since its equipment sparked several deadly fires in 2017 and 2018.", "faced",
       "sparked", "fires"},
      {"Officials said heavy rain caused floods across the valley.", "said", "caused", "floods"},
      {"The company has faced lawsuits since a faulty battery triggered a blaze at its plant.", "faced", "triggered",
       "blaze"},
      {"The mayor resigned after a leaked memo triggered a wave of protests.", "resigned", "triggered", "protests"},
  }));
  CAPTURE(text);
  const Example example(text, {earlier, cue, effect});
  CHECK_FALSE(example.has(earlier, "causes", effect));
}

TEST_CASE("tester46 #25: an event, or a pronoun for one, before a cause verb is still its cause", "[links][tester46]") {
  const auto [text, cause, effect] = GENERATE(table<std::string, std::string, std::string>({
      {"The storm caused floods across the valley.", "storm", "floods"},
      {"Officials said the strike caused delays at every port.", "strike", "delays"},
      {"The dam burst on Monday and it caused floods downstream.", "burst", "floods"},
  }));
  CAPTURE(text);
  CHECK(Example(text, {cause, "caused", effect}).has(cause, "causes", effect));
}

TEST_CASE("tester46 #29: a cue ending in a preposition links only what the preposition governs", "[links][tester46]") {
  const auto [text, first, next, type] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"Governor Katie Hobbs declared a state of emergency on Tuesday night in response to the outages, allowing the "
       "state to deploy the National Guard.",
       "declared", "allowing", "responds_to"},
      {"Police sealed off the square in reaction to the threats, prompting shops to close early.", "sealed",
       "prompting", "responds_to"},
      {"The airline cancelled flights as a result of the fog, leaving thousands stranded.", "cancelled", "leaving",
       "causes"},
  }));
  CAPTURE(text);
  const Example example(text, {first, next});
  CHECK_FALSE(example.has(first, type, next));
  CHECK_FALSE(example.has(next, type, first));
}

TEST_CASE("tester46 #29: what the preposition governs is still linked, and the clause after it too", "[links][tester46]") {
  const Example declared("Governor Katie Hobbs declared a state of emergency on Tuesday night in response to the "
                         "outages, allowing the state to deploy the National Guard.",
                         {"declared", "outages", "allowing", "deploy"});
  CHECK(declared.has("declared", "responds_to", "outages"));
  CHECK(declared.has("declared", "enables", "deploy"));
  CHECK(Example("The army retaliated in response to the attack on its base.", {"retaliated", "attack"})
            .has("retaliated", "responds_to", "attack"));
  CHECK(Example("Flights were cancelled because of the strike at the airport.", {"cancelled", "strike"})
            .has("strike", "causes", "cancelled"));
}

TEST_CASE("tester46 #30: 'after' names no response in a relative clause on what it governs", "[links][tester46]") {
  const auto [text, later, described] = GENERATE(table<std::string, std::string, std::string>({
      {"The discovery comes a decade after a similar find at Sissi, which revealed a complex dating to around 1700 BC.",
       "comes", "revealed"},
      {"The ruling comes a year after a similar case in Ohio, which ordered the state to pay damages.", "comes",
       "ordered"},
      {"Protests spread after a report that accused the police of abuse.", "spread", "accused"},
  }));
  CAPTURE(text);
  CHECK_FALSE(Example(text, {later, described}).has(later, "responds_to", described));
}

TEST_CASE("tester46 #30: 'after' still names a response in the clause it governs", "[links][tester46]") {
  const auto [text, later, earlier] = GENERATE(table<std::string, std::string, std::string>({
      {"Riots broke out after police killed a teenager.", "broke", "killed"},
      {"Shares fell after the company revealed heavy losses.", "fell", "revealed"},
  }));
  CAPTURE(text);
  CHECK(Example(text, {later, earlier}).has(later, "responds_to", earlier));
}
