// "The Bank" in an article that names the Bank of England and the European Central Bank: a
// capitalised organisation word alone stands first for the organisation it opens before "of".
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/events_fixture.h"

using namespace chronograph;
using namespace chronograph::test;

TEST_CASE("'the Bank' is the bank named 'Bank of ...', also after another bank is named", "[events][entities][alias]") {
  const auto [text, trigger, actor] = GENERATE(table<std::string, std::string, std::string>({
      {"The Bank of England held rates on Thursday. The European Central Bank cut its rate in June. "
       "The Bank will publish its report on 27 June.",
       "publish", "bank-of-england"},
      {"The European Central Bank cut its rate in June. The Bank of Japan kept its policy. "
       "The Bank said it would watch wages.",
       "said", "bank-of-japan"},
      {"The White House said on Monday that the House of Representatives would vote on the bill. "
       "The House passed it on Wednesday.",
       "passed", "house-of-representatives"},
  }));
  CAPTURE(text);
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(found.actor_ids(last_event(found, trigger)), actor));
}

TEST_CASE("an organisation named only by its last word keeps that name's short form", "[events][entities][alias]") {
  const std::string text = "The European Central Bank cut its main rate on Thursday. The Bank said inflation was easing.";
  const auto found = EventsFixture::get().extract(text);
  CHECK(holds(found.actor_ids(last_event(found, "said")), "european-central-bank"));
}
