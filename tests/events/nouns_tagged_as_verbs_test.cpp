// A plural noun the tagger reads as a verb ("export bans may be needed", "bans" a VBZ) that the
// parser still makes a subject with a compound of its own: the title keeps it as its subject
// ("Export bans may be needed"), and a clause reported about it keeps it too, never "May be needed".
#include <string>

#include <catch2/catch.hpp>

#include "tests/events/graph_fixture.h"

using namespace date;
using namespace chronograph::test;

TEST_CASE("a subject tagged as a verb but with a compound is a noun", "[titles][noun-tagged-verb]") {
  const auto g = graph_of_text("Farmers have warned that export bans may be needed before the end of June.", sys_days{2024_y / May / 1});
  CHECK(event_with(g, "needed").title.starts_with("Export bans may be needed"));
  CHECK(event_with(g, "warned").title.find("export bans may be needed") != std::string::npos);
}
