#include "core/text/conllu_text.h"

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/text/tokenizer.h"
#include "tests/support/shared_data.h"

using namespace chronograph::core;

namespace {

// Two paragraphs; a multi-word token ("don't") and a token not separated by a space.
constexpr std::string_view kConllu =
    "# newdoc id = d1\n"
    "# newpar id = p1\n"
    "# text = I don't know.\n"
    "1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n"
    "# text = Me too\n"
    "1\tMe\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\ttoo\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n"
    "# newpar id = p2\n"
    "# text = Bye!\n"
    "1\tBye\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "2\t!\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("the raw text is rebuilt from # text lines with paragraphs as blank lines", "[conllu]") {
  const ConlluText gold = parse_conllu_text(kConllu, "t.conllu");
  CHECK(gold.text == "I don't know. Me too\n\nBye!");
  std::vector<std::string> tokens;
  for (Span span : gold.tokens) tokens.emplace_back(span.of(gold.text));
  CHECK(tokens == std::vector<std::string>{"I", "don't", "know", ".", "Me", "too", "Bye", "!"});
  REQUIRE(gold.sentences.size() == 3);
  CHECK(gold.sentences[1].of(gold.text) == "Me too");
  CHECK(gold.paragraphs == 2);
}

TEST_CASE("wrapping breaks lines at the last space before the column, keeping offsets",
          "[conllu]") {
  auto [width, text, expected] = GENERATE(table<std::size_t, std::string, std::string>({
      {10, "aaa bbb ccc ddd eee", "aaa bbb\nccc ddd\neee"},
      {10, "aaaaaaaaaaaaaa bb cc\n\nx y", "aaaaaaaaaaaaaa\nbb cc\n\nx y"},
      {5, "ééé ààà", "ééé\nààà"},
      {10, "short", "short"},
      {4, "abcdefgh", "abcdefgh"},
  }));
  CAPTURE(width, text);
  std::string wrapped = text;
  wrap_lines(wrapped, width);
  CHECK(wrapped == expected);
}

TEST_CASE("a token missing from its sentence's text is an error with its line", "[conllu]") {
  const std::string bad = "# text = Hello\n1\tGoodbye\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
  REQUIRE_THROWS_WITH(parse_conllu_text(bad, "b.conllu"),
                      "b.conllu:2:1: token 'Goodbye' is not next in the text of line 1; "
                      "the tokens must spell the sentence's '# text'");
}

TEST_CASE("spans are scored by exact match and fused tokens count as one surface token",
          "[conllu]") {
  const PrfScore score = score_spans({{0, 1}, {2, 7}, {8, 12}}, {{0, 1}, {2, 4}, {4, 7}, {8, 12}});
  CHECK(score.gold == 3);
  CHECK(score.system == 4);
  CHECK(score.correct == 2);
  CHECK(score.f1() == Approx(2 * (2.0 / 4) * (2.0 / 3) / (2.0 / 4 + 2.0 / 3)));

  TokenizedText system;
  system.tokens.resize(3);
  system.tokens[0].span = {0, 2};
  system.tokens[0].fused_with_next = true;
  system.tokens[1].span = {2, 5};
  system.tokens[2].span = {6, 8};
  CHECK(surface_tokens(system) == std::vector<Span>{{0, 5}, {6, 8}});
}

TEST_CASE("our tokenizer scores perfectly on a small treebank written for the test", "[conllu]") {
  const Tokenizer tokenizer =
      Tokenizer::load_from(chronograph::test::kSourceDir / "data" / "lexicons");
  const ConlluText gold = parse_conllu_text(kConllu, "t.conllu");
  const SegmentationScore score = score_segmentation(gold, tokenizer.tokenize(gold.text));
  CHECK(score.tokens.f1() == 1.0);
  CHECK(score.sentences.f1() == 1.0);
}

TEST_CASE("issue 2: on UD EWT dev, token F1 >= 0.98 and sentence F1 >= 0.80", "[conllu][ewt]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const Tokenizer tokenizer =
      Tokenizer::load_from(chronograph::test::kSourceDir / "data" / "lexicons");
  const ConlluText gold = read_conllu_text(shared / "data" / "ud-ewt" / "en_ewt-ud-dev.conllu");
  REQUIRE(gold.sentences.size() == 2001);
  const SegmentationScore score = score_segmentation(gold, tokenizer.tokenize(gold.text));
  CHECK(score.tokens.f1() >= 0.98);
  CHECK(score.sentences.f1() >= 0.80);
}
