// Parse repairs the titles of tester 52's round rest on (ti52): a past tense after "after a
// ship" that the parser took for a participle of the main verb, and a participle set off by
// commas after its noun that the tagger took for a past tense. On the trained models' parse of
// sentences written for the test.
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "tests/syntax/syntax_test_support.h"

using namespace chronograph::core;
using chronograph::test::annotated;
using chronograph::test::find;
using chronograph::test::head_of;
using chronograph::test::tag_of;

TEST_CASE("t52 42: a past tense after 'after' and its noun is that clause's verb, with the noun its subject", "[syntax][syn52]") {
  const auto [sentence, noun, verb] = GENERATE(table<std::string, std::string, std::string>({
      {"The canal reopened on Friday after a grounded ship blocked it for six days .", "ship", "blocked"},
      {"The road reopened on Monday after a lorry blocked it for hours .", "lorry", "blocked"},
  }));
  CAPTURE(sentence);
  const auto text = annotated(sentence);
  CHECK(tag_of(text, verb) == "VBD");
  CHECK(head_of(text, noun) == verb);
}

TEST_CASE("t52 40: a participle set off by commas right after its noun is the noun's participle", "[syntax][syn52]") {
  const auto [sentence, verb, noun] = GENERATE(table<std::string, std::string, std::string>({
      {"Talks were extended into Saturday , and the final text , agreed at 4 a.m. , was weaker than expected .", "agreed", "text"},
      {"The plan , approved in March , was dropped on Friday .", "approved", "plan"},
  }));
  CAPTURE(sentence);
  const auto text = annotated(sentence);
  CHECK(tag_of(text, verb) == "VBN");
  CHECK(head_of(text, verb) == noun);
}

TEST_CASE("t52: a relative clause with its own subject and a past tense after a comma stay as they are (must not change)",
          "[syntax][syn52]") {
  const auto text = annotated("The bridge , which opened in 1932 , closed on Monday .");
  CHECK(tag_of(text, "opened") == "VBD");
  CHECK(tag_of(text, "closed") == "VBD");
  const auto after = annotated("The canal reopened after the ship was refloated .");
  CHECK(tag_of(after, "refloated") == "VBN");
}

TEST_CASE("t52 38: a fronted quote with no verb has its present tense back", "[syntax][syn52]") {
  const auto [sentence, verb] = GENERATE(table<std::string, std::string>({
      {"\" This stinks , \" said the shadow housing secretary , Angela Rayner , in the Commons on Monday .", "stinks"},
      {"\" It stinks , \" said Angela Rayner on Monday .", "stinks"},
  }));
  CAPTURE(sentence);
  const auto text = annotated(sentence);
  CHECK(tag_of(text, verb) == "VBZ");
  CHECK(head_of(text, verb) == "said");
}

TEST_CASE("t52 30: a name after the one told is that one's name, not the next clause's subject", "[syntax][syn52]") {
  const auto text = annotated("Mr Hart told the developer Colin Marsh that the scheme will get over the line .");
  CHECK(head_of(text, "Colin") == "told");
  CHECK(head_of(text, "scheme") == "get");
}
