// The title of a verb of saying whose speaker is named after it ("said Mayor Anne Lindboe"):
// the speaker is its subject, never its complement too (core/events/event_titles.cpp). The
// tester's text and variants written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using chronograph::test::EventsFixture;
using chronograph::test::event_with_trigger;

namespace {

std::string title_of(const std::string& text, const std::string& trigger) {
  const auto found = EventsFixture::get().extract(text);
  const auto* event = event_with_trigger(found, trigger);
  if (!event) FAIL("no event '" << trigger << "' in: " << text);
  return event->title;
}

}  // namespace

TEST_CASE("a speaker named after the verb of saying is its subject only", "[events][titles]") {
  auto [text, trigger, title] = GENERATE(table<std::string, std::string, std::string>({
      {"\"She was brilliant,\" said Mayor Anne Lindboe in a statement on Friday.", "said", "Lindboe says in statement"},
      {"\"She was brilliant,\" said Anne Lindboe in a statement on Friday.", "said", "Lindboe says in statement"},
      {"\"We will rebuild,\" said Governor Maria Costa at a news conference.", "said", "Costa says at news conference"},
      {"\"The talks failed,\" said Ana Ribeiro, the foreign minister.", "said", "Ribeiro says talks fail"},
  }));
  CAPTURE(text);
  CHECK(title_of(text, trigger) == title);
}

TEST_CASE("a name after a verb of saying that is not its subject stays in the title", "[events][titles]") {
  // the lawyer told the judge: the judge is who was told
  const std::string title = title_of("The lawyer told Judge Anna Berg that the deal was void.", "told");
  CAPTURE(title);
  CHECK(title.find("Berg") != std::string::npos);
}
