#include "core/common/error.h"

#include <catch2/catch.hpp>

using chronograph::did_you_mean;
using chronograph::edit_distance;
using chronograph::ParseError;
using chronograph::SourcePos;

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[error]") {
  CHECK(edit_distance("genva-summit", "geneva-summit") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("did_you_mean names the closest candidates and nothing far away", "[error]") {
  const std::vector<std::string> ids{"geneva-summit", "video-call", "possible-offensive"};
  CHECK(did_you_mean("genva-summit", ids) == "did you mean 'geneva-summit'?");
  CHECK(did_you_mean("zzz", ids).empty());
}

TEST_CASE("a parse error's message is one line with its position", "[error]") {
  const ParseError error(SourcePos{"o.yaml", 2, 3}, "no event 'genva-summit'", "did you mean 'geneva-summit'?");
  CHECK(std::string(error.what()) == "o.yaml:2:3: no event 'genva-summit'; did you mean 'geneva-summit'?");
}
