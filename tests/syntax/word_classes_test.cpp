// WordClasses: the table's letters, WordNet's detachment rules, and bad tables.
#include "core/syntax/word_classes.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/error.h"

using namespace chronograph::core;

namespace {

std::filesystem::path write_table(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path;
}

const WordClasses& small_table() {
  static const WordClasses classes = WordClasses::read_table(write_table(
      "chronograph_word_classes_test.txt",
      "# a comment\nbox\tnv\nmatch\tnv\noffensive\tna\nplan\tnv\nrally\tnv\nrise\tnv\nrose\tnaD\nslip\tnv\n"
      "slipped\tD\nsmall\ta\nwoman\tn\n"));
  return classes;
}

}  // namespace

TEST_CASE("word classes: listed forms and regular inflections", "[syntax]") {
  const WordClasses& c = small_table();
  CHECK(c.of("rose") == (WordClasses::Noun | WordClasses::Adjective | WordClasses::PastVerb));
  CHECK(c.of("offensive") == (WordClasses::Noun | WordClasses::Adjective));
  CHECK(c.of("slipped") == WordClasses::PastVerb);
  CHECK(c.of("plans") == (WordClasses::PluralNoun | WordClasses::PresentVerb3));
  CHECK(c.of("rallies") == (WordClasses::PluralNoun | WordClasses::PresentVerb3));
  CHECK(c.of("rallied") == 0);  // no detachment rule for "-ied": verb.exc lists such forms
  CHECK(c.of("rising") == WordClasses::IngVerb);
  CHECK(c.of("boxes") == (WordClasses::PluralNoun | WordClasses::PresentVerb3));
  CHECK(c.of("matches") == (WordClasses::PluralNoun | WordClasses::PresentVerb3));
  CHECK(c.of("women") == WordClasses::PluralNoun);
  CHECK(c.of("smaller") == WordClasses::Comparative);
  CHECK(c.of("smallest") == WordClasses::Superlative);
  CHECK(c.of("the") == 0);
  CHECK(c.of("s") == 0);
  CHECK(c.of("") == 0);
  CHECK(WordClasses().of("rose") == 0);
}

TEST_CASE("word classes: a bad line names the file, line and column", "[syntax]") {
  const auto bad_letter = write_table("chronograph_word_classes_bad.txt", "rose\tn\nrise\tvx\n");
  try {
    WordClasses::read_table(bad_letter);
    FAIL("no error");
  } catch (const chronograph::ParseError& error) {
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 7);
    CHECK(error.message() == "unknown class letter 'x'");
  }
  CHECK_THROWS_AS(WordClasses::read_table(write_table("chronograph_word_classes_tab.txt", "rose n\n")),
                  chronograph::ParseError);
  CHECK_THROWS_AS(WordClasses::read_table("/nonexistent/word_classes.txt"), chronograph::InputError);
}
