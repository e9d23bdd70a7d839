// core/links/command_complements.h: the file's errors name the line, the field's column and
// the value; what a command says not to do is not brought about by it.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "core/links/command_complements.h"
#include "tests/links/cue_fixture.h"
#include "tests/support/scratch_dir.h"

using chronograph::core::CommandVerbs;
using chronograph::test::Example;
using chronograph::test::ScratchDir;

TEST_CASE("a command-verb file's error names the line, the field's column and the value", "[links][commands]") {
  const ScratchDir dir("commands");
  const auto file = dir.write("commands.txt", "order\tcauses\nforbid\tprevents\n");
  REQUIRE_THROWS_WITH(CommandVerbs::load_from(file),
                      Catch::Contains("commands.txt:2:8") && Catch::Contains("unknown link type 'prevents'"));
  dir.write("commands.txt", "order\tcauses\nOrder\tenables\n");
  REQUIRE_THROWS_WITH(CommandVerbs::load_from(file), Catch::Contains(":2:1") && Catch::Contains("listed twice"));
  dir.write("commands.txt", "order\n");
  REQUIRE_THROWS_WITH(CommandVerbs::load_from(file), Catch::Contains("expected 2 tab-separated fields, found 1"));
  dir.write("commands.txt", "order\tcauses\n");
  CHECK_NOTHROW(CommandVerbs::load_from(file));
}

TEST_CASE("what a command says not to do is not caused by it", "[links][commands]") {
  Example example("The court ordered the firm not to merge.", {"ordered", "merge"});
  const auto merge = std::find_if(example.events.events.begin(), example.events.events.end(),
                                  [](const auto& e) { return e.trigger == "merge"; });
  merge->modality = "negated";
  CHECK_FALSE(example.has("ordered", "causes", "merge"));
  Example told("The court ordered the firm to merge.", {"ordered", "merge"});
  CHECK(told.has("ordered", "causes", "merge"));
}
