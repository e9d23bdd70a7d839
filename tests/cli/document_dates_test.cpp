// Where a document's date comes from: a --dct or overrides date that differs from the date the
// document gives itself is used, and the user is told (tester 49 #57).
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "run_command.h"

using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;

TEST_CASE("a --dct other than the front matter's date is used and noted", "[cli][dct]") {
  const auto dir = scratch_dir("chronograph-cli-dct-mismatch");
  const auto path = write_file(dir, "rates.txt",
                          "---\ndate: 2024-06-20\n---\nThe Bank of England left rates unchanged on Thursday.\n");
  for (const std::string command : {"extract", "annotate"}) {
    const auto other = run_chronograph({command, path, "--dct", "2024-06-21"});
    CHECK(other.exit_code == 0);
    CHECK_THAT(other.err, Contains("own date is 2024-06-20") && Contains("2024-06-21 from --dct is used"));
  }
  const auto same = run_chronograph({"extract", path, "--dct", "2024-06-20"});
  CHECK(same.exit_code == 0);
  CHECK_FALSE(same.err.find("own date") != std::string::npos);
  const auto none = run_chronograph({"extract", path});
  CHECK_FALSE(none.err.find("own date") != std::string::npos);
}
