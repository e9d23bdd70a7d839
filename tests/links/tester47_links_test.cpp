// The links of tester 47's articles: a response phrase that names nothing it answers ("in
// response", no "to") makes its event respond to the event before its clause (#30).
#include <string>

#include <catch2/catch.hpp>

#include "tests/links/cue_fixture.h"

using chronograph::test::Example;

TEST_CASE("tester47 #30: an event 'in response' with nothing named responds to the event before its clause",
          "[links][tester47]") {
  const auto [text, earlier, response] = GENERATE(table<std::string, std::string, std::string>({
      {"The army denied the accusation, but the Northern Front delayed the second handover by several hours in "
       "response.",
       "denied", "delayed"},
      {"The union rejected the offer and the company cut wages in response.", "rejected", "cut"},
      {"Rebels shelled the town on Monday, and the army launched air strikes in retaliation.", "shelled", "launched"},
      {"The firm raised prices, and customers switched suppliers in reaction.", "raised", "switched"},
  }));
  CAPTURE(text);
  const Example example(text, {earlier, response});
  CHECK(example.has(response, "responds_to", earlier));
  CHECK_FALSE(example.has(earlier, "responds_to", response));
}

TEST_CASE("tester47 #30: a response phrase that names what it answers links that, not the event before", "[links][tester47]") {
  const Example example("Rebels shelled the town, and the government declared an emergency in response to the floods.",
                        {"shelled", "declared", "floods"});
  CHECK(example.has("declared", "responds_to", "floods"));
  CHECK_FALSE(example.has("declared", "responds_to", "shelled"));
}
