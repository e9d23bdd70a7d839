#include "core/syntax/conllu.h"

#include <catch2/catch.hpp>

#include "core/common/error.h"

using namespace chronograph;
using namespace chronograph::core;

namespace {

constexpr std::string_view kTwoSentences =
    "# sent_id = a\n"
    "# text = Talks won't start today.\n"
    "1\tTalks\ttalk\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t_\t_\n"
    "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tstart\tstart\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_\n"
    "5\ttoday\ttoday\tNOUN\tNN\tNumber=Sing\t4\tobl:tmod\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("reading CoNLL-U keeps words, spans into the rebuilt text and the gold tree", "[conllu]") {
  const ConlluDocument doc = parse_conllu(kTwoSentences, "t.conllu");
  REQUIRE(doc.tokens.sentences.size() == 2);
  REQUIRE(doc.tokens.tokens.size() == 7);
  CHECK(doc.text == "Talks won't start today.\nHi");
  const Token& wo = doc.tokens.tokens[1];
  CHECK(wo.norm == "wo");
  CHECK(wo.span.of(doc.text) == "wo");  // a multiword token spelled by its words is split
  CHECK(doc.tokens.tokens[2].span.of(doc.text) == "n't");
  CHECK(doc.tokens.tokens[4].deprel == "obl:tmod");
  CHECK(doc.tokens.tokens[4].head == 3);
  CHECK(doc.tokens.tokens[3].head == -1);
  CHECK(doc.tokens.tokens[6].span.of(doc.text) == "Hi");  // no `# text`: rebuilt from the forms
  CHECK(doc.tokens.tokens[1].fused_with_next);
  CHECK_FALSE(doc.tokens.tokens[2].fused_with_next);
}

TEST_CASE("writing CoNLL-U gives back what was read", "[conllu]") {
  const ConlluDocument doc = parse_conllu(kTwoSentences, "t.conllu");
  const std::string out = write_conllu(doc.text, doc.tokens);
  CHECK(out.find("# text = Talks won't start today.\n") != std::string::npos);
  CHECK(out.find("5\ttoday\ttoday\tNOUN\tNN\tNumber=Sing\t4\tobl:tmod\t_\tSpaceAfter=No\n") != std::string::npos);
  CHECK(out.find("4\tstart\tstart\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_\n") != std::string::npos);
  CHECK(out.find("2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t_\t_\n") !=
        std::string::npos);
  const ConlluDocument again = parse_conllu(out, "again.conllu");
  REQUIRE(again.tokens.tokens.size() == doc.tokens.tokens.size());
  for (std::size_t i = 0; i < doc.tokens.tokens.size(); ++i) {
    CHECK(again.tokens.tokens[i].norm == doc.tokens.tokens[i].norm);
    CHECK(again.tokens.tokens[i].head == doc.tokens.tokens[i].head);
    CHECK(again.tokens.tokens[i].deprel == doc.tokens.tokens[i].deprel);
  }
}

TEST_CASE("bad CoNLL-U rows are parse errors with line and column", "[conllu]") {
  auto [content, message] = GENERATE(table<std::string, std::string>({
      {"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\n", "bad.conllu:1:1: expected 10 tab-separated fields, found 9"},
      {"# c\n1\tHi\thi\tINTJ\tUH\t_\tx\troot\t_\t_\n", "bad.conllu:2:19: 'x' is not a head index"},
      {"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n3\tyo\tyo\tINTJ\tUH\t_\t1\tdiscourse\t_\t_\n",
       "bad.conllu:2:1: word id '3' should be 2"},
      {"1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n", "bad.conllu:1:19: head 7 is past the sentence's 1 words"},
  }));
  CAPTURE(content);
  try {
    parse_conllu(content, "bad.conllu");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK(error.where().to_string() + ": " + error.message() == message);
  }
}
