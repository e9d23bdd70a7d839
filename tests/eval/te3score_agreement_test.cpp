// chronograph's scorer against ../shared/tools/te3score.py on known damage: TBAQ dev files
// perturbed by perturb_timeml.py at several rates and seeds, every figure compared.
#include <fstream>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include "core/common/reporter.h"
#include "core/eval/tempeval_report.h"
#include "core/eval/tempeval_scorer.h"
#include "tests/eval/python_tools.h"
#include "tests/support/shared_data.h"

namespace fs = std::filesystem;
using chronograph::test::quoted;
using chronograph::test::run_command;
using chronograph::test::ScratchDir;
using nlohmann::json;

namespace {

// Same keys in the same order; integers equal; figures within 0.01 (percent, as te3score).
void compare(const json& expected, const json& actual, const std::string& where, std::size_t& numbers) {
  CAPTURE(where);
  if (expected.is_object()) {
    REQUIRE(actual.is_object());
    std::vector<std::string> expected_keys, actual_keys;
    for (const auto& item : expected.items()) expected_keys.push_back(item.key());
    for (const auto& item : actual.items()) actual_keys.push_back(item.key());
    REQUIRE(expected_keys == actual_keys);
    for (const auto& item : expected.items()) compare(item.value(), actual[item.key()], where + "/" + item.key(), numbers);
  } else if (expected.is_number_integer()) {
    REQUIRE(actual.is_number_integer());
    CHECK(expected.get<long long>() == actual.get<long long>());
    ++numbers;
  } else if (expected.is_number()) {
    REQUIRE(actual.is_number());
    CHECK(std::abs(expected.get<double>() - actual.get<double>()) <= 0.01);
    ++numbers;
  } else {
    CHECK(expected == actual);
  }
}

// nlohmann reads 100.0 as a float and 100 as an integer, like Python's json.
json te3score(const fs::path& shared, const fs::path& gold, const fs::path& system, const fs::path& scratch,
              const std::string& extra = "") {
  const auto [status, out] = run_command("python3 " + quoted(shared / "tools/te3score.py") + " --json --per-doc " +
                                             extra + " --gold " + quoted(gold) + " --system " + quoted(system),
                                         scratch);
  CAPTURE(chronograph::test::stderr_of(scratch));
  REQUIRE(status == 0);
  return json::parse(out);
}

json ours(const fs::path& gold, const fs::path& system, bool missing_as_empty) {
  chronograph::NullReporter reporter;
  const auto result = chronograph::core::score_folders(gold, system, {missing_as_empty}, reporter);
  return json::parse(chronograph::core::tempeval_json(result, gold.string(), system.string(), true));
}

// The built command, when this build has one: `chronograph eval --json` must say the same.
std::optional<json> ours_binary(const fs::path& gold, const fs::path& system, const fs::path& scratch,
                                const std::string& extra = "") {
  const fs::path binary = chronograph::test::kBinaryDir / "chronograph";
  if (!fs::is_regular_file(binary)) return std::nullopt;
  const auto [status, out] = run_command(quoted(binary) + " eval --json --per-doc " + extra + " --gold " +
                                             quoted(gold) + " --system " + quoted(system),
                                         scratch);
  CAPTURE(chronograph::test::stderr_of(scratch));
  REQUIRE(status == 0);
  return json::parse(out);
}

fs::path dev_gold(const fs::path& shared, const fs::path& into) {
  const fs::path gold = into / "gold";
  fs::create_directories(gold);
  for (const auto& file : chronograph::core::read_gold_list(shared / "data/splits/tbaq-dev.txt"))
    fs::copy_file(file, gold / file.filename());
  return gold;
}

bool tools_present() {
  if (chronograph::test::have_python3()) return true;
  WARN("skipped: python3 is missing");
  return false;
}

}  // namespace

TEST_CASE("scores agree with te3score.py to 0.01 on perturbed TBAQ dev files", "[eval][te3score]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  if (!tools_present()) return;
  const auto [rate, seed] = GENERATE(table<std::string, int>({{"0.1", 1}, {"0.3", 2}, {"0.5", 3}}));
  CAPTURE(rate, seed);
  const ScratchDir scratch("eval-agreement");
  const fs::path gold = dev_gold(shared, scratch.path());
  const fs::path system = scratch.path() / "system";
  const auto [status, out] = run_command("python3 " + quoted(shared / "tools/perturb_timeml.py") + " --input " +
                                             quoted(gold) + " --output " + quoted(system) + " --rate " + rate +
                                             " --seed " + std::to_string(seed),
                                         scratch.path());
  REQUIRE(status == 0);
  const json expected = te3score(shared, gold, system, scratch.path());
  REQUIRE(expected["documents"] == 50);
  // The damage is real: the fixture is not gold in disguise.
  CHECK(expected["event"]["relaxed"]["f1"].get<double>() < 99.0);
  CHECK(expected["tlink"]["f1"].get<double>() < 99.0);
  std::size_t numbers = 0;
  compare(expected, ours(gold, system, false), "library", numbers);
  CHECK(numbers > 50 * 40);
  if (const auto binary = ours_binary(gold, system, scratch.path())) compare(expected, *binary, "binary", numbers);
}

TEST_CASE("missing system files scored as empty agree with te3score.py", "[eval][te3score]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  if (!tools_present()) return;
  const ScratchDir scratch("eval-missing");
  const fs::path gold = dev_gold(shared, scratch.path());
  const fs::path system = scratch.path() / "system";
  REQUIRE(run_command("python3 " + quoted(shared / "tools/perturb_timeml.py") + " --input " + quoted(gold) +
                          " --output " + quoted(system) + " --rate 0.2 --seed 4",
                      scratch.path())
              .first == 0);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(system)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (std::size_t i = 0; i < files.size(); i += 7) fs::remove(files[i]);
  const json expected = te3score(shared, gold, system, scratch.path(), "--missing-as-empty");
  std::size_t numbers = 0;
  compare(expected, ours(gold, system, true), "library", numbers);
  if (const auto binary = ours_binary(gold, system, scratch.path(), "--missing-as-empty"))
    compare(expected, *binary, "binary", numbers);
  chronograph::NullReporter reporter;
  CHECK_THROWS_WITH(chronograph::core::score_folders(gold, system, {false}, reporter),
                    Catch::Contains("no system file for this gold document"));
}

TEST_CASE("TBAQ dev gold against itself scores 100 everywhere", "[eval][tbaq]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  chronograph::NullReporter reporter;
  const auto files = chronograph::core::read_gold_list(shared / "data/splits/tbaq-dev.txt");
  REQUIRE(files.size() == 50);
  const auto result = chronograph::core::score_gold_files(files, files.front().parent_path().parent_path() / "AQUAINT",
                                                          {true}, reporter);
  // Only the AQUAINT files of the list are in that folder; the others score as empty, so
  // compare the documents that were there.
  std::size_t compared = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].parent_path().filename() != "AQUAINT") continue;
    ++compared;
    const auto& c = result.documents[i].counts;
    CHECK(c.event.strict == c.event.gold);
    CHECK(c.event.system == c.event.gold);
    CHECK(c.timex3.attributes[1].correct == c.timex3.gold);
    CHECK(c.tlink.recall_verified == c.tlink.gold_reduced);
    CHECK(c.tlink.precision_verified == c.tlink.system_reduced);
  }
  CHECK(compared > 0);
  const ScratchDir scratch("eval-self");
  const fs::path gold = dev_gold(shared, scratch.path());
  const json self = ours(gold, gold, false);
  for (const std::string kind : {"timex3", "event"})
    for (const std::string figure : {"strict", "relaxed"}) CHECK(self[kind][figure]["f1"].get<double>() == 100.0);
  CHECK(self["timex3"]["value"]["f1"].get<double>() == 100.0);
  CHECK(self["event"]["class"]["f1"].get<double>() == 100.0);
  CHECK(self["tlink"]["precision"].get<double>() == 100.0);
  CHECK(self["tlink"]["recall"].get<double>() == 100.0);
}

TEST_CASE("a gold list names its files relative to its folder's parent", "[eval]") {
  const ScratchDir scratch("eval-list");
  fs::create_directories(scratch.path() / "data/splits");
  fs::create_directories(scratch.path() / "data/tml");
  std::ofstream(scratch.path() / "data/tml/a.tml") << "<TimeML><TEXT>a</TEXT></TimeML>";
  std::ofstream(scratch.path() / "data/splits/dev.txt") << "# dev\ntml/a.tml\n\n";
  const auto files = chronograph::core::read_gold_list(scratch.path() / "data/splits/dev.txt");
  REQUIRE(files.size() == 1);
  CHECK(files[0] == (scratch.path() / "data/tml/a.tml").lexically_normal());
  std::ofstream(scratch.path() / "data/splits/bad.txt") << "tml/a.tml\n  tml/b.tml\n";
  CHECK_THROWS_WITH(chronograph::core::read_gold_list(scratch.path() / "data/splits/bad.txt"),
                    (scratch.path() / "data/splits/bad.txt").string() + ":2:3: no file " +
                        (scratch.path() / "data/tml/b.tml").lexically_normal().string() +
                        "; paths in a split list are relative to the list's folder's parent");
}
