#include "core/events/lexicon.h"

#include <catch2/catch.hpp>

#include "core/events/word_forms.h"

using namespace chronograph::core;

TEST_CASE("slugs are lower-case words joined by dashes", "[events][ids]") {
  CHECK(slugify("Joe Biden") == "joe-biden");
  CHECK(slugify("U.S. intelligence officials") == "us-intelligence-officials");
  CHECK(slugify("  Kremlin's  statement ") == "kremlins-statement");
}

TEST_CASE("titles use the third person of the lemma", "[events][titles]") {
  CHECK(third_person("hold") == "holds");
  CHECK(third_person("go") == "goes");
  CHECK(third_person("try") == "tries");
  CHECK(third_person("be") == "is");
}
