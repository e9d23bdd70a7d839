// TIMEX normalisation through the whole pipeline (tx56v): a date the parse hangs on a past form
// the tagger misread inside the object of a verb with "will" is not that past's own day.
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

TEST_CASE("tx56v a day after a verb with will is ahead even when the tagger reads preferred as a past",
          "[events][tx56v]") {
  const sys_days dct = 1989_y / oct / 27;
  // (the tagger reads "preferred" in "Series B preferred shares" as a past with a subject)
  CHECK(timex_value_in("The railway said it will redeem 6.5 million Series B preferred shares on Oct. 31 at a price of 25 "
                       "dollars each.",
                       "Oct. 31", dct) == "1989-10-31");
  CHECK(timex_value_in("Northwind Bank said it will redeem 3 million Series D preferred shares on Nov. 2 at a price of 50 "
                       "dollars each.",
                       "Nov. 2", dct) == "1989-11-02");
  // (a participle before a noun is no past cue against the verb with "will" the day dates)
  CHECK(timex_value_in("The utility will retire its outstanding preferred stock on Nov. 2.", "Nov. 2", dct) == "1989-11-02");
  CHECK(timex_value_in("The chain will close 40 unprofitable stores on Oct. 30.", "Oct. 30", dct) == "1989-10-30");
  // (a past of its own a few days after the DCT is last year's, as before)
  CHECK(timex_value_in("The bank said the firm redeemed its shares on Oct. 31.", "Oct. 31", dct) == "1988-10-31");
}
