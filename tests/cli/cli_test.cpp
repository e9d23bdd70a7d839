#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"
#include "tests/support/shared_data.h"

using chronograph::read_file;
using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {
const std::string kSample = (chronograph::test::kSourceDir / "samples/ukraine-call.txt").string();

}  // namespace

TEST_CASE("with no arguments chronograph shows what to type and exits 2", "[cli]") {
  const auto result = run_chronograph({});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Contains("build") && Contains("Examples:"));
}

TEST_CASE("the help flag teaches by example and exits 0", "[cli]") {
  const auto top = run_chronograph({"--help"});
  CHECK(top.exit_code == 0);
  CHECK_THAT(top.out, Contains("Exit codes"));
  for (const std::string command : {"build", "extract", "annotate", "eval"}) {
    const auto help = run_chronograph({command, "--help"});
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Contains("Examples:"));
  }
}

TEST_CASE("a wrong flag says what was meant and exits 2", "[cli]") {
  const auto result = run_chronograph({"build", kSample, "--lane", "actor"});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Contains("--lane") && Contains("did you mean '--lanes'?"));
}

TEST_CASE("the version flag names the program", "[cli]") {
  const auto result = run_chronograph({"--version"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("chronograph"));
}

TEST_CASE("bad input is refused with exit 1 and nothing is written", "[cli]") {
  const std::string dir = scratch_dir("bad-input");
  fs::create_directories(dir + "/empty-folder");
  const std::string out = dir + "/out.svg";
  struct Case {
    std::vector<std::string> arguments;
    std::string message;
  };
  const std::vector<Case> cases{
      {{"build", dir + "/missing.txt", "-o", out}, "no such file"},
      {{"build", dir + "/empty-folder", "-o", out}, "holds no documents"},
      {{"build", write_file(dir, "latin1.txt", "Caf\xE9 talks."), "-o", out}, "invalid UTF-8"},
      {{"build", write_file(dir, "empty.txt", ""), "-o", out}, "is empty"},
      {{"build", write_file(dir, "broken.tml", "<TimeML><TEXT>x</TEXT"), "-o", out}, "broken.tml:"},
      {{"build", write_file(dir, "lines.jsonl", "{\"text\": \"ok\"}\nnot json\n"), "-o", out}, "lines.jsonl:2"},
  };
  for (const auto& c : cases) {
    INFO(c.arguments[1]);
    const auto result = run_chronograph(c.arguments);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(c.message));
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(fs::exists(out + ".tmp"));
  }
}

TEST_CASE("a failed run leaves an existing output untouched", "[cli]") {
  const std::string dir = scratch_dir("keep-output");
  const std::string out = write_file(dir, "timeline.svg", "old");
  CHECK(run_chronograph({"build", dir + "/missing.txt", "-o", out}).exit_code == 1);
  CHECK(read_file(out) == "old");
}

TEST_CASE("the sample builds to an SVG, byte-identical on a second run", "[cli]") {
  const std::string dir = scratch_dir("sample-svg");
  const auto first = run_chronograph({"build", kSample, "-o", dir + "/a.svg"});
  REQUIRE(first.exit_code == 0);
  REQUIRE(run_chronograph({"build", kSample, "-o", dir + "/b.svg"}).exit_code == 0);
  const std::string svg = read_file(dir + "/a.svg");
  CHECK_THAT(svg, Contains("<svg"));
  CHECK(svg == read_file(dir + "/b.svg"));
}

TEST_CASE("text never seen before builds too, and a missing DCT is explained once", "[cli]") {
  const std::string dir = scratch_dir("unseen");
  const std::string article = write_file(dir, "port.txt",
                                    "The harbour authority said on Monday that the new terminal will open next "
                                    "March. Dock workers went on strike last week after talks collapsed.\n");
  const auto result = run_chronograph({"build", article, "-o", dir + "/port.svg"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("has no document date") && Contains("--dct"));
  CHECK(fs::exists(dir + "/port.svg"));
}

TEST_CASE("an article's dateline dates it when nothing else does, and the user is told", "[cli][dct]") {
  const std::string dir = scratch_dir("dateline");
  const std::string article = write_file(dir, "port.txt",
                                    "Port strike\n\nROTTERDAM, Monday 14 March 2022 \u2014 Dock workers went on strike "
                                    "on Monday. Ministers will meet the unions on Wednesday.\n");
  // (said with -v: a date the dateline spells out is beyond doubt, t54 #75, tests/cli/re54_test.cpp)
  const auto result = run_chronograph({"-v", "extract", article, "--format", "json", "-o", dir + "/port.json"});
  REQUIRE(result.exit_code == 0);
  // (the weekday before a day-month date is part of it, as before a month-day one)
  CHECK_THAT(result.err, Contains("port.txt: no document date was given, so the dateline's 'Monday 14 March 2022' "
                                  "(2022-03-14) is used"));
  const std::string json = read_file(dir + "/port.json");
  CHECK_THAT(json, Contains("\"dct\": \"2022-03-14\""));
  CHECK_THAT(json, Contains("2022-03-16"));  // "on Wednesday", after the Monday of the dateline
  const auto given = run_chronograph({"extract", article, "--dct", "2022-03-15", "-o", dir + "/given.json"});
  REQUIRE(given.exit_code == 0);
  CHECK_THAT(given.err, !Contains("dateline"));
  CHECK_THAT(read_file(dir + "/given.json"), Contains("\"dct\": \"2022-03-15\""));
}

TEST_CASE("every JSON the command writes validates against the v1 schema", "[cli][json]") {
  const std::string dir = scratch_dir("schema");
  std::vector<std::string> files;
  REQUIRE(run_chronograph({"extract", kSample, "-o", dir + "/sample.json"}).exit_code == 0);
  files.push_back(dir + "/sample.json");
  const std::string unseen = write_file(dir, "unseen.txt", "Ministers will meet in Brussels on 3 May 2024 to sign the pact.\n");
  REQUIRE(run_chronograph({"extract", unseen, "--dct", "2024-04-01", "-o", dir + "/unseen.json"}).exit_code == 0);
  files.push_back(dir + "/unseen.json");
  REQUIRE(run_chronograph({"build", kSample, "-o", dir + "/built.json"}).exit_code == 0);
  files.push_back(dir + "/built.json");
  if (std::system("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") != 0) {
    WARN("skipped: python3-jsonschema is not installed");
    return;
  }
  std::string command = "/usr/bin/python3 tests/graph/validate_json.py data/schema/chronograph-v1.schema.json";
  for (const auto& file : files) command += " '" + file + "'";
  CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("a saved graph reads back to the same JSON", "[cli][json]") {
  const std::string dir = scratch_dir("roundtrip");
  REQUIRE(run_chronograph({"extract", kSample, "-o", dir + "/a.json"}).exit_code == 0);
  REQUIRE(run_chronograph({"extract", dir + "/a.json", "-o", dir + "/b.json"}).exit_code == 0);
  CHECK(read_file(dir + "/a.json") == read_file(dir + "/b.json"));
}

TEST_CASE("annotate keeps the TimeML text and eval scores gold against itself as 100", "[cli][eval]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const std::string dir = scratch_dir("annotate");
  fs::create_directories(dir + "/gold");
  fs::create_directories(dir + "/system");
  const auto gold = shared / "data/timeml/tbaq/TimeBank/ABC19980108.1830.0711.tml";
  fs::copy_file(gold, dir + "/gold/ABC19980108.1830.0711.tml");
  REQUIRE(run_chronograph({"annotate", dir + "/gold/ABC19980108.1830.0711.tml", "-o", dir + "/system"}).exit_code == 0);
  const auto scored = run_chronograph({"eval", "--gold", dir + "/gold", "--system", dir + "/system", "--json"});
  CHECK(scored.exit_code == 0);
  CHECK_THAT(scored.out, Contains("\"timex3\""));
  const auto self = run_chronograph({"eval", "--gold", dir + "/gold", "--system", dir + "/gold", "--json"});
  CHECK(self.exit_code == 0);
  CHECK_THAT(self.out, Contains("100"));
}

TEST_CASE("annotate -o DIR/ makes the folder, and without the slash a missing folder is an error", "[cli]") {
  const std::string dir = scratch_dir("annotate-folder");
  const std::string article = write_file(dir, "harbour.txt", "---\ndate: 2022-03-01\n---\nThe harbour reopened on Monday.\n");
  const auto made = run_chronograph({"annotate", article, "-o", dir + "/out/"});
  CHECK(made.exit_code == 0);
  CHECK(fs::exists(dir + "/out/harbour.tml"));
  const auto two = run_chronograph({"annotate", article, article, "-o", dir + "/missing"});
  CHECK(two.exit_code == 2);
  CHECK_THAT(two.err, Contains("need an output folder"));
  CHECK_FALSE(fs::exists(dir + "/missing"));
  // a file where the folder should be is an error that names it, and the file stays as it was
  const std::string file = write_file(dir, "taken", "keep me\n");
  const auto taken = run_chronograph({"annotate", article, "-o", file + "/"});
  CHECK(taken.exit_code == 2);
  CHECK_THAT(taken.err, Contains("names a folder, but '" + file + "' is a file"));
  CHECK_THAT(taken.err, !Contains("internal error"));
  std::ifstream in(file);
  CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "keep me\n");
}

TEST_CASE("a bad option value is bad usage: exit 2 with the option named, before any input is read", "[cli]") {
  const std::string dir = scratch_dir("bad-option-value");
  const std::string out = dir + "/out.svg";
  struct Case {
    std::vector<std::string> arguments;
    std::string message;
  };
  const std::vector<Case> cases{
      {{"build", kSample, "--dct", "2026-02-30", "-o", out}, "--dct: '2026-02-30' is not a date"},
      {{"build", kSample, "--dct", "2021-13-40", "-o", out}, "--dct: '2021-13-40' is not a date"},
      {{"extract", kSample, "--dct", "04/12/2021", "-o", out}, "--dct: '04/12/2021' is not a date"},
      {{"check", kSample, "--dct", "yesterday"}, "--dct: 'yesterday' is not a date"},
      {{"annotate", kSample, "--dct", "2021-02-29", "-o", out}, "--dct: '2021-02-29' is not a date"},
      {{"build", kSample, "--format", "xml", "-o", out}, "--format: cannot write format 'xml'"},
      {{"extract", kSample, "--format", "svg", "-o", out}, "--format: cannot write format 'svg'"},
      {{"build", kSample, "-o", dir + "/out.docx"}, "-o: cannot write format 'docx'"},
      // Refused before the input is read: the missing file is never reported.
      {{"build", dir + "/missing.txt", "--format", "xml", "-o", out}, "--format: cannot write format 'xml'"},
      {{"extract", dir + "/missing.txt", "--dct", "2026-02-30"}, "--dct: '2026-02-30' is not a date"},
  };
  for (const auto& c : cases) {
    INFO(c.arguments[0] << " " << c.arguments[2] << " " << c.arguments[3]);
    const auto result = run_chronograph(c.arguments);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains(c.message));
    CHECK_THAT(result.err, !Contains("no such file"));
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("an invalid --format is reported alone, before the notes about the input", "[cli]") {
  const std::string dir = scratch_dir("format-first");
  const std::string undated = write_file(dir, "undated.txt", "Dock workers went on strike last week after talks collapsed.\n");
  for (const std::string command : {"build", "extract"}) {
    INFO(command);
    const auto result = run_chronograph({command, undated, "--format", "xml"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Contains("--format"));
    CHECK_THAT(result.err, !Contains("has no document date"));
  }
}

TEST_CASE("the quiet and verbose flags -q and -v are accepted after the command as well as before it", "[cli]") {
  const std::string dir = scratch_dir("global-flags");
  const std::string undated = write_file(dir, "undated.txt", "Dock workers went on strike last week after talks collapsed.\n");
  const std::vector<std::vector<std::string>> quiet_runs{
      {"-q", "extract", undated},
      {"extract", undated, "-q"},
      {"extract", "-q", undated},
      {"build", undated, "-o", dir + "/t.svg", "--quiet"},
      {"check", undated, "-q"},
  };
  for (const auto& arguments : quiet_runs) {
    INFO(arguments[0] << " " << arguments[1] << " " << arguments.back());
    const auto result = run_chronograph(arguments);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.err, !Contains("has no document date"));
  }
  for (const auto& arguments : std::vector<std::vector<std::string>>{{"extract", undated, "-v"}, {"extract", undated, "--verbose"}}) {
    const auto result = run_chronograph(arguments);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.err, Contains("has no document date"));
  }
  // A flag nobody knows is still bad usage, with what was meant.
  const auto wrong = run_chronograph({"extract", undated, "--quite"});
  CHECK(wrong.exit_code == 2);
  CHECK_THAT(wrong.err, Contains("did you mean '--quiet'?"));
}

TEST_CASE("check fails on a past-tense event dated after the article and names it with both dates", "[cli][check]") {
  const std::string dir = scratch_dir("check-misdated");
  const std::string article = write_file(dir, "revenue.txt", "Revenue for the first quarter of fiscal 2027 rose 6%.\n");
  const auto early = run_chronograph({"check", article, "--dct", "2026-11-04"});
  CHECK(early.exit_code == 1);
  CHECK_THAT(early.out, Contains("2027-01-01..2027-03-31  told as done (past tense) but starts after the document date "
                                 "(document date 2026-11-04)"));
  CHECK_THAT(early.out, Contains("problems found:") && Contains("1 misdated event,"));
  const auto late = run_chronograph({"check", article, "--dct", "2027-05-02"});
  CHECK(late.exit_code == 0);
  CHECK_THAT(late.out, Contains("ok: ") && Contains("0 misdated events"));
}
