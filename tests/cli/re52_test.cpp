// re52 #54: an override's contradiction is told once, with its place in the file; re52 #53: a
// dateline without a year says so and which --dct to give.
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "run_command.h"

using chronograph::test::count;
using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;

namespace {

// Two events the text puts one before the other.
const std::string kGraph = R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2024-05-10", "title": "Test"}],
 "entities": [],
 "events": [
  {"id": "talks-end", "title": "Talks end", "modality": "actual", "time": {"value": "2024-05-06",
   "start": "2024-05-06", "end": "2024-05-06", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "deal-signed", "title": "Deal signed", "modality": "actual", "time": {"value": "2024-05-07",
   "start": "2024-05-07", "end": "2024-05-07", "precision": "day", "source": "explicit", "mod": null}}],
 "edges": [{"from": "talks-end", "to": "deal-signed", "type": "before", "source": "extracted", "confidence": 0.9}],
 "conflicts": []}
)";

}  // namespace

TEST_CASE("re52 #54: an override that contradicts the text is warned of once, with file, line and column",
          "[cli][overrides]") {
  const auto [date, column] = GENERATE(table<std::string, std::string>({{"2024-05-09", "3:21"}, {"2024-06", "3:21"}}));
  const std::string dir = scratch_dir("re52-warn-once");
  const std::string graph = write_file(dir, "g.json", kGraph);
  const std::string fixes = write_file(dir, "o.yaml", "chronograph: 1\nevents:\n  talks-end: {date: " + date + "}\n");
  const auto result = run_chronograph({"-q", "build", graph, "--overrides", fixes, "-o", dir + "/out.json"});
  CHECK(result.exit_code == 0);
  const std::string message = "'talks-end' set to " + date + ", but the text puts it before 'deal-signed' (2024-05-07)";
  CHECK_THAT(result.err, Contains("o.yaml:" + column + ": warning: " + message));
  CHECK(count(result.err, message) == 1);
}

TEST_CASE("re52 #54: a conflict no override caused is still warned of", "[cli][overrides]") {
  const std::string dir = scratch_dir("re52-warn-conflict");
  std::string contradicting = kGraph;
  contradicting.replace(contradicting.find("\"2024-05-06\",\n   \"start\": \"2024-05-06\", \"end\": \"2024-05-06\""),
                        std::string("\"2024-05-06\",\n   \"start\": \"2024-05-06\", \"end\": \"2024-05-06\"").size(),
                        "\"2024-05-09\",\n   \"start\": \"2024-05-09\", \"end\": \"2024-05-09\"");
  const std::string graph = write_file(dir, "g.json", contradicting);
  const auto result = run_chronograph({"-q", "build", graph, "-o", dir + "/out.json"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("chronograph: warning: ") && Contains("'talks-end' before 'deal-signed'"));
}

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
