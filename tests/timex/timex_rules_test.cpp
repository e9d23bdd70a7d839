#include "core/timex/timex_rules.h"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/common/interval.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/shared_data.h"
#include "tests/timex/timex_test_support.h"

using namespace chronograph;
using chronograph::test::timex_tagger;

TEST_CASE("every rule's examples are tagged as the rule file says", "[timex]") {
  const auto& rules = timex_tagger().rules();
  REQUIRE(rules.rules.size() > 50);
  for (const auto& rule : rules.rules) {
    REQUIRE_FALSE(rule.examples.empty());
    for (const auto& ex : rule.examples) {
      INFO(rule.file << ":" << ex.line << ": rule " << rule.id << ": " << ex.text);
      const std::string dct_text = ex.dct.value_or(rules.examples_dct);
      const auto dct = dct_text == "none" ? std::nullopt : parse_iso_day(dct_text);
      const auto found = timex_tagger().tag(ex.text, nullptr, dct);
      if (ex.value == "none") {
        CHECK(found.empty());
        continue;
      }
      const core::Timex* hit = nullptr;
      for (const auto& t : found)
        if (t.span == ex.extent) hit = &t;
      std::string all;
      for (const auto& t : found) all += "[" + t.text + "]=" + t.value + " (" + t.rule + ") ";
      INFO("found: " << all);
      REQUIRE(hit != nullptr);
      CHECK(hit->value == ex.value);
      CHECK(hit->mod == ex.mod);
      CHECK(hit->freq == ex.freq);
      CHECK(hit->rule == rule.id);
    }
  }
}

namespace {

// The error that loading `rules_text`, beside the shipped lexicon plus `lexicon_extra`, stops with
// (its message after the folder's path), or "no error".
std::string load_error(const std::string& rules_text, const std::string& lexicon_extra = {}) {
  const test::ScratchDir dir("timex-test");
  std::ifstream lexicon_in(test::kSourceDir / "data" / "timex" / "lexicon.txt");
  std::stringstream lexicon;
  lexicon << lexicon_in.rdbuf() << lexicon_extra;
  dir.write("lexicon.txt", lexicon.str());
  dir.write("rules.txt", rules_text);
  dir.write("periods.tsv", "");
  try {
    core::TimexTagger::load_from(dir.path());
  } catch (const ParseError& e) {
    return std::string(e.what()).substr(dir.path().string().size() + 1);
  }
  return "no error";
}

}  // namespace

TEST_CASE("a rule naming an unknown class fails at load with file:line:column", "[timex]") {
  CHECK(load_error("rule broken\n  pattern  {MONTHS} {YEAR4}\n  type DATE\n  value {YEAR4}\n") ==
        "rules.txt:2:12: unknown class '{MONTHS}'; did you mean 'MONTH'?");
}

TEST_CASE("rule file syntax errors say where and what", "[timex]") {
  auto [text, message] = GENERATE(table<std::string, std::string>({
      {"rule a\n  pattern  (June | July\n", "rules.txt:2:12: unclosed '(' in the pattern"},
      {"rule a\n  pattern  {MONTH}\n  type  MONTHLY\n", "rules.txt:3:9: unknown type 'MONTHLY'; use DATE, TIME, DURATION or SET"},
      {"rule a\n  pattern  {MONTH}\n  type DATE\n  value {YEAR4}\n",
       "rules.txt:4:9: '{YEAR4}' is not captured by this rule's pattern"},
      {"rule a\n  pattern  {MONTH}\n  type DATE\n  value @monht {MONTH}\n",
       "rules.txt:4:9: unknown function '@monht'; did you mean '@month'?"},
      {"rule a\n  patern  {MONTH}\n", "rules.txt:2:3: unknown field 'patern'; did you mean 'pattern'?"},
      {"  pattern {MONTH}\n", "rules.txt:1:1: a field before any 'rule ID' line"},
      {"rule a\n  pattern  {MONTH}\n  type DATE\n", "rules.txt:1:1: rule 'a' has no value"},
      {"rule a\n  pattern  {MONTH}\n  not-in-names  maybe\n",
       "rules.txt:3:17: 'not-in-names' takes yes or no, not 'maybe'"},
      {"rule a\n  pattern  {MONTH}\n  type DATE\n  value x\n  example June\n",
       "rules.txt:5:11: an example needs 'TEXT => VALUE'"},
      {"rule a\n  pattern  {MONTH}\n  reject-before  his {MODWS}\n",
       "rules.txt:3:22: unknown class '{MODWS}'; did you mean 'MODW'?"},
      {"rule a\n  pattern  {MONTH}\n  reject-after  {NUM}\n",
       "rules.txt:3:17: '{NUM}' is built in: a word list takes lexicon classes only"},
  }));
  INFO(text);
  CHECK(load_error(text) == message);
}

TEST_CASE("a lexicon line without its normalised form fails with its line", "[timex]") {
  const std::string error = load_error("", "class BROKEN\n  foo bar\n");
  CHECK(error.find("lexicon.txt:") == 0);
  CHECK(error.find("missing '=> norm'") != std::string::npos);
}

TEST_CASE("the scanner keeps byte spans and splits letters, digits and punctuation", "[timex]") {
  const auto tokens = core::scan_text("Jan. 5, 2021-12\n\nearly-2022");
  REQUIRE(tokens.size() == 10);
  CHECK(tokens[0].lower == "jan");
  CHECK(tokens[0].capitalised);
  CHECK(tokens[1].lower == ".");
  CHECK(tokens[4].lower == "2021");
  CHECK(tokens[4].span == core::Span{8, 12});
  CHECK(tokens[7].lower == "early");
  CHECK(tokens[7].break_before);
  CHECK_FALSE(tokens[9].space_before);
}
