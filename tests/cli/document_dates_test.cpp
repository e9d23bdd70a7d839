// Where a document's date comes from: a --dct or overrides date that differs from the date the
// document gives itself is used, and the user is told (tester 49 #57); a dateline without a year
// or with a spelled-out date.
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using namespace chronograph;
using namespace chronograph::test;
using Catch::Matchers::Contains;

TEST_CASE("re52 #53: an article whose dateline has no year is told which date to give", "[cli][dct]") {
  const auto [text, said] = GENERATE(table<std::string, std::string>({
      {"Band announces tour\n\nLOS ANGELES (Dec. 3) \u2014 The band will tour next year, it said on Thursday.\n",
       "the dateline's 'Dec. 3' has no year, so it cannot date the article; give the year with --dct YYYY-12-03"},
      {"EU hits back\n\nBRUSSELS, Thursday \u2014 The Union will impose duties, the Commission said on Tuesday.\n",
       "the dateline's 'Thursday' has no date, so it cannot date the article; give the date with --dct YYYY-MM-DD (a "
       "Thursday)"}}));
  const std::string dir = scratch_dir("re52-yearless");
  const std::string article = write_file(dir, "article.txt", text);
  const auto result = run_chronograph({"extract", article});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Contains(article + ": " + said));
  // with a date given, nothing is said of the dateline
  const auto dated = run_chronograph({"extract", article, "--dct", "2026-12-03"});
  CHECK_THAT(dated.err, !Contains("dateline"));
}

TEST_CASE("t54 #75: a dateline's spelled-out date is used without a note unless -v asks", "[cli][dct]") {
  const auto [dateline, iso] = GENERATE(table<std::string, std::string>({
      {"BERLIN, 13 February 2025", "2025-02-13"},
      {"WASHINGTON, Nov. 26, 2025", "2025-11-26"},
      {"Published: 2024-03-04", "2024-03-04"}}));
  const std::string dir = scratch_dir("re54-dateline");
  const std::string article = write_file(dir, "a.txt", "Runners gather\n\n" + dateline +
                                                           " \u2014 The race starts on Sunday. Organisers said the "
                                                           "course was changed last week.\n");
  const auto quiet = run_chronograph({"extract", article, "--format", "json", "-o", dir + "/a.json"});
  REQUIRE(quiet.exit_code == 0);
  CHECK_THAT(quiet.err, !Contains("dateline"));
  CHECK_THAT(quiet.err, !Contains("no document date"));
  const auto verbose = run_chronograph({"-v", "extract", article, "--format", "json", "-o", dir + "/v.json"});
  REQUIRE(verbose.exit_code == 0);
  CHECK_THAT(verbose.err, Contains("no document date was given, so the dateline's") && Contains("(" + iso + ") is used"));
}

TEST_CASE("t54 #75: a dateline without a year still says which date to give", "[cli][dct]") {
  const std::string dir = scratch_dir("re54-yearless");
  const std::string article = write_file(dir, "a.txt", "Runners gather\n\nBERLIN, Feb. 13 (Reuters) - The race starts on "
                                                       "Sunday.\n");
  const auto result = run_chronograph({"extract", article, "--format", "json", "-o", dir + "/a.json"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("has no year, so it cannot date the article; give the year with --dct YYYY-02-13"));
}

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
