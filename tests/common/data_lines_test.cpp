#include "core/common/data_lines.h"

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "tests/support/scratch_dir.h"

using chronograph::core::for_each_data_line;

TEST_CASE("data lines skip blanks and comments and keep their line numbers", "[common]") {
  std::vector<std::pair<std::string, int>> seen;
  for_each_data_line("# a comment\nwarn\tprovocation\n\n  \r\nretaliate\treaction\r\n#x\nlast",
                     [&](const std::string& line, int number) { seen.emplace_back(line, number); });
  // (a Windows line end is taken off; a line of spaces is data, as the loaders decide)
  const std::vector<std::pair<std::string, int>> expected = {
      {"warn\tprovocation", 2}, {"  ", 4}, {"retaliate\treaction", 5}, {"last", 7}};
  CHECK(seen == expected);
}

TEST_CASE("an empty text has no data lines", "[common]") {
  int calls = 0;
  for_each_data_line("", [&](const std::string&, int) { ++calls; });
  for_each_data_line("\n\r\n# only comments\n", [&](const std::string&, int) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("a missing data file names itself and tells how to get the data back", "[common]") {
  const chronograph::test::ScratchDir dir("data-lines");
  const auto missing = dir.path() / "reactions.txt";
  try {
    chronograph::core::read_data_file(missing);
    FAIL("no error for a missing data file");
  } catch (const chronograph::InputError& e) {
    CHECK(std::string(e.what()).find(missing.string()) != std::string::npos);
    CHECK(e.help().find("--data-dir") != std::string::npos);
  }
  dir.write("reactions.txt", "warn\tprovocation\n");
  CHECK(chronograph::core::read_data_file(missing) == "warn\tprovocation\n");
}
