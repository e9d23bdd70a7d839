#include "core/text/tokenizer_lexicon.h"

#include <unistd.h>

#include <fstream>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/text/tokenizer.h"
#include "tests/support/shared_data.h"

using chronograph::core::Tokenizer;
using chronograph::core::TokenizerLexicon;

namespace {

// A copy of data/lexicons in a fresh temporary folder, with one file replaced.
std::filesystem::path lexicons_with(const std::string& file, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("chronograph-lexicon-test-" + std::to_string(::getpid()) + "-" + file);
  std::filesystem::remove_all(dir);
  std::filesystem::copy(chronograph::test::kSourceDir / "data" / "lexicons", dir);
  std::ofstream(dir / file, std::ios::binary | std::ios::trunc) << content;
  return dir;
}

}  // namespace

TEST_CASE("the shipped lexicons load", "[lexicon]") {
  const auto lexicon =
      TokenizerLexicon::load_from(chronograph::test::kSourceDir / "data" / "lexicons");
  CHECK(lexicon.abbreviations.contains("Mr."));
  CHECK(lexicon.titles.contains("Mr."));
  CHECK_FALSE(lexicon.titles.contains("Inc."));
  CHECK(lexicon.date_modifiers.contains("early"));
  CHECK(lexicon.word_splits.at("cannot") == std::vector<std::string>{"can", "not"});
}

TEST_CASE("a bad lexicon line is an error naming file, line and column", "[lexicon]") {
  auto [file, content, message] = GENERATE(table<std::string, std::string, std::string>({
      {"hyphens.txt", "# comment\nprefix co\nprefx non\n",
       ":3:1: unknown tag 'prefx'; write 'prefix WORD', "
       "'date-modifier WORD', 'date-word WORD', 'unit WORD' "
       "or 'compound WORD-WORD'"},
      {"hyphens.txt", "compound year-end-x\n",
       ":1:10: compound 'year-end-x' is not two words joined by one "
       "hyphen; write 'prefix WORD', 'date-modifier WORD', "
       "'date-word WORD', 'unit WORD' or 'compound WORD-WORD'"},
      {"abbreviations.txt", "Mr. title\nInc\n",
       ":2:1: abbreviation 'Inc' does not end with a period; write 'ABBREVIATION.' or "
       "'ABBREVIATION. title'"},
      {"abbreviations.txt", "Mr. titel\n", ":1:5: unknown tag 'titel'; the only tag is 'title'"},
      {"clitics.txt", "split cannot can nt\n",
       ":1:14: the parts spell 'cannt', not 'cannot'; "
       "the parts must spell the word exactly"},
      {"emoticons.txt", ":)\nxD\n",
       ":2:1: emoticon 'xD' starts with a letter or digit; "
       "words are tokenized before emoticons are looked up"},
  }));
  const auto dir = lexicons_with(file, content);
  CAPTURE(file, content);
  try {
    Tokenizer::load_from(dir);
    FAIL("no error");
  } catch (const chronograph::ParseError& error) {
    CHECK(std::string(error.what()) == (dir / file).string() + message);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("a missing lexicon file is an input error naming it", "[lexicon]") {
  const auto dir = lexicons_with("emoticons.txt", "");
  std::filesystem::remove(dir / "emoticons.txt");
  REQUIRE_THROWS_WITH(
      Tokenizer::load_from(dir),
      Catch::Matchers::Contains("cannot read lexicon '" + (dir / "emoticons.txt").string() + "'"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("the lexicons change what the tokenizer does", "[lexicon]") {
  const auto dir = lexicons_with("hyphens.txt", "prefix well\n");
  const Tokenizer custom = Tokenizer::load_from(dir);
  CHECK(custom.tokenize("a well-known early-2022 plan").tokens.size() == 6);  // early - 2022 split
  std::filesystem::remove_all(dir);
}
