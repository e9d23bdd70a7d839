// core/links/phrase_cues.h: the file's errors name the line, the column of the bad field and
// the value; an event told as not happening is linked by no preposition.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "core/links/phrase_cues.h"
#include "tests/links/cue_fixture.h"
#include "tests/support/scratch_dir.h"

using chronograph::core::PhraseCues;
using chronograph::test::Example;
using chronograph::test::ScratchDir;

TEST_CASE("a phrase-cue file's error names the line, the field's column and the value", "[links][phrase-cues]") {
  const ScratchDir dir("phrase-cues");
  const auto file = dir.write("phrase_cues.txt", "inquiry\tinto\trefers_to\tforward\nlawsuit\tover\tsues\tforward\n");
  REQUIRE_THROWS_WITH(PhraseCues::load_from(file),
                      Catch::Contains("phrase_cues.txt:2:14") && Catch::Contains("unknown link type 'sues'"));
  dir.write("phrase_cues.txt", "inquiry\tinto\trefers_to\tforward\ninquiry\tinto\tcauses\tbackward\n");
  REQUIRE_THROWS_WITH(PhraseCues::load_from(file), Catch::Contains(":2:1") && Catch::Contains("listed twice"));
  dir.write("phrase_cues.txt", "inquiry\tinto\trefers_to\tsideways\n");
  REQUIRE_THROWS_WITH(PhraseCues::load_from(file), Catch::Contains(":1:24") && Catch::Contains("unknown direction 'sideways'"));
  dir.write("phrase_cues.txt", "inquiry\tinto\trefers_to\tforward\n");
  CHECK_NOTHROW(PhraseCues::load_from(file));
}

TEST_CASE("no preposition links an event told as not happening", "[links][phrase-cues]") {
  Example example("The minister did not resign over the scandal.", {"resign", "scandal"});
  CHECK(example.has("scandal", "causes", "resign"));  // as the words alone read
  const auto resign = std::find_if(example.events.events.begin(), example.events.events.end(),
                                   [](const auto& e) { return e.trigger == "resign"; });
  resign->modality = "negated";
  CHECK_FALSE(example.has("scandal", "causes", "resign"));
}
