#include "core/timex/rule_sieve.h"

#include <bit>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "core/timeml/timeml_reader.h"
#include "core/timex/rule_matcher.h"
#include "core/timex/timex_rules.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/shared_data.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;

namespace {

// The rule set of `rules_text` beside the shipped lexicon.
core::TimexRuleSet rules_of(const std::string& rules_text) {
  const test::ScratchDir dir("rule-sieve-test");
  std::ifstream lexicon(test::kSourceDir / "data" / "timex" / "lexicon.txt");
  std::stringstream text;
  text << lexicon.rdbuf();
  dir.write("lexicon.txt", text.str());
  dir.write("rules.txt", rules_text);
  dir.write("periods.tsv", "");
  return core::load_timex_rules(dir.path());
}

std::string rule(const std::string& id, const std::string& pattern) {
  return "rule " + id + "\n  pattern  " + pattern + "\n  type DURATION\n  value P1D\n";
}

// Every (start, rule, end) the matcher finds in `text`.
std::vector<std::tuple<std::size_t, int, std::size_t>> all_matches(const core::TimexRuleSet& set, const std::string& text) {
  const auto tokens = core::scan_text(text);
  core::RuleMatcher matcher(set, tokens, text);
  std::vector<std::tuple<std::size_t, int, std::size_t>> out;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (const auto m = matcher.best_at(i)) out.emplace_back(i, m->rule, m->end);
  return out;
}

// The shipped rules with a sieve that lets every rule through.
core::TimexRuleSet without_sieve(core::TimexRuleSet set) {
  for (auto& needs : set.sieve.needs_of_rule) needs = 0;
  return set;
}

}  // namespace

TEST_CASE("the sieve asks only for what every match of a rule holds near its start", "[timex][sieve]") {
  const auto set = rules_of(rule("half", "(the)? ({ORD} | {HALFMOD}) -? half of {YEAR4}") +
                            rule("either", "{NUM} (days | weeks) (ago)?") +
                            rule("loop", "({NUM} ,?)* years") +
                            rule("unit", "{NUM} {UNIT} ago") +
                            rule("far", "{NUM} -? {NUM} to {NUM} {UNIT}"));
  const auto& needs = set.sieve.needs_of_rule;
  REQUIRE(needs.size() == 5);
  // "half" and "of" are in every match; the year is a built-in class of digits: no need
  CHECK(std::popcount(needs[0]) == 2);
  // neither alternative is in every match, and "ago" is optional
  CHECK(needs[1] == 0);
  // after a loop no word has a bounded place
  CHECK(needs[2] == 0);
  // the unit's class and "ago" come at most 2 + 8 tokens in
  CHECK(std::popcount(needs[3]) == 2);
  // "to" may come 8 + 1 + 8 tokens in, past the window; the unit later still
  CHECK(needs[4] == 0);
}

TEST_CASE("the sieve never loses a match", "[timex][sieve]") {
  const core::TimexRuleSet& shipped = test::timex_tagger().rules();
  const core::TimexRuleSet open = without_sieve(shipped);
  const std::string text =
      "In the second half of 2019 sales fell. Three, four or five years ago the plant closed; twenty-five days "
      "ago it reopened for the first quarter of the fiscal year. The first and second halves of the 1990s "
      "were quiet, said officials at 10:30 p.m. on Tuesday, two weeks after the mid-1980s boom. More than "
      "1,250,000 people came in the past 12 months, a year earlier than the same period last year.";
  CHECK(all_matches(shipped, text) == all_matches(open, text));
  CHECK(all_matches(shipped, text).size() >= 8);
}

TEST_CASE("the sieve never loses a match on TBAQ's training texts", "[timex][sieve][shared]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const core::TimexRuleSet& shipped = test::timex_tagger().rules();
  const core::TimexRuleSet open = without_sieve(shipped);
  std::ifstream list(shared / "data" / "splits" / "tbaq-train.txt");
  int files = 0;
  for (std::string line; std::getline(list, line);) {
    if (line.empty()) continue;
    const std::string text = core::read_timeml(shared / "data" / line).text;
    INFO(line);
    REQUIRE(all_matches(shipped, text) == all_matches(open, text));
    ++files;
  }
  CHECK(files > 100);
}
