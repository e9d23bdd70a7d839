#include "core/documents/document_reader.h"

#include <fstream>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/documents/utf8.h"
#include "tests/support/scratch_dir.h"

using namespace date;
using chronograph::InputError;
using chronograph::ParseError;
using namespace chronograph::core;
namespace fs = std::filesystem;

using chronograph::test::ScratchDir;

TEST_CASE("front matter gives the title, the document date and the id, and spans index the body", "[documents]") {
  const auto document = parse_text_document("---\ntitle: Talks\ndate: 2021-12-04\nid: talks\n---\nLeaders met on Friday.\n", "a.txt");
  CHECK(document.title == "Talks");
  CHECK(document.id == "talks");
  CHECK(document.dct == sys_days{2021_y / dec / 4});
  CHECK(document.dct_source == DctSource::Document);
  CHECK(document.text == "Leaders met on Friday.\n");
  CHECK(document.body_offset == 48);
}

TEST_CASE("a plain article's first line, set off by a blank line, is its title when it reads as a headline", "[documents]") {
  const auto headline = parse_text_document("Ferry operator halts crossings after storm\n\nThe ferry operator said ...\n", "a.txt");
  CHECK(headline.title == "Ferry operator halts crossings after storm");
  CHECK(headline.text.starts_with("Ferry operator"));  // the text keeps it
  // a sentence, a byline, a dateline, a first line without a blank line after it: no title
  for (const char* text : {"The ferry operator halted all crossings.\n\nMore follows.\n", "By Anna Berg and Tom Lind\n\nText.\n",
                           "Published: 2024-03-14\n\nText.\n", "Ferry operator halts crossings after storm\nThe operator said.\n",
                           "OSLO\n\nThe ferry operator said.\n"}) {
    INFO(text);
    CHECK(parse_text_document(text, "a.txt").title.empty());
  }
  // no blank line: a headline over a longer paragraph line, not the first line of wrapped text
  CHECK(parse_text_document("Rovers climb to third as festive fixtures loom\nHarbour Rovers moved up to third in the table on "
                            "Saturday after a late header sealed a 2-1 win.\n",
                            "a.txt")
            .title == "Rovers climb to third as festive fixtures loom");
  CHECK(parse_text_document("Regulators order recall of 40,000 space heaters\n\u201cWe acted fast,\u201d the agency said on "
                            "Tuesday after reports of fires in three states.\n",
                            "a.txt")
            .title == "Regulators order recall of 40,000 space heaters");
  for (const char* text : {"The ferry operator halted all crossings on Monday after a storm\nbrought down power lines along the "
                           "coast.\n",
                           "Officials said the talks would resume on Monday in Geneva and\nthat both sides had agreed to a "
                           "draft text.\n",
                           "The two leaders will hold a video call on Tuesday to discuss the build-up near\nUkraine and "
                           "other issues, a source close to the talks said.\n",
                           "Officials in the port city of Rotterdam said on Monday that\nDutch authorities had closed the "
                           "harbour to all shipping until further notice.\n",
                           "Updated 11 June 2025 at 10.31 BST\nThe government said on Tuesday that it would raise the "
                           "minimum wage by 6 per cent from April.\n",
                           "Ferry operator halts crossings after storm,\nThe operator said on Monday that all crossings would "
                           "stop at noon.\n"}) {
    INFO(text);
    CHECK(parse_text_document(text, "a.txt").title.empty());
  }
  // front matter's title wins
  CHECK(parse_text_document("---\ntitle: Talks\n---\nFerry operator halts crossings after storm\n\nText.\n", "a.txt").title == "Talks");
}

TEST_CASE("a three-word first line is a headline when a word of it is in lower case", "[documents]") {
  for (const char* line : {"Parliament passes bill", "Ferries halt crossings", "Physicist dies aged", "Rates stay unchanged"}) {
    INFO(line);
    CHECK(parse_text_document(std::string(line) + "\n\nThe text.\n", "a.txt").title == line);
  }
  for (const char* line : {"Associated Press Writer", "World News Desk", "Two words", "Oslo"}) {
    INFO(line);
    CHECK(parse_text_document(std::string(line) + "\n\nThe text.\n", "a.txt").title.empty());
  }
}

TEST_CASE("a byte order mark is skipped and CRLF text is kept as written", "[documents]") {
  const auto document = parse_text_document("\xEF\xBB\xBFOne.\r\nTwo.\r\n", "b.txt");
  CHECK(document.text == "One.\r\nTwo.\r\n");
  CHECK(document.body_offset == 3);
  CHECK(document.id == "b");
  CHECK_FALSE(document.dct);
}

TEST_CASE("a bad front matter date names the file, line and column", "[documents]") {
  REQUIRE_THROWS_MATCHES(parse_text_document("---\ntitle: x\ndate: 2021-13-40\n---\nText.\n", "c.txt"), ParseError,
                         Catch::Matchers::Message("c.txt:3:7: '2021-13-40' is not a date"));
}

TEST_CASE("a front matter date written with its time, as Jekyll and Hugo write it, gives its day", "[documents]") {
  auto [written, day] = GENERATE(table<std::string, sys_days>({{"2025-07-22T09:30:00Z", 2025_y / jul / 22},
                                                                {"2025-07-22 09:30:00 +0100", 2025_y / jul / 22},
                                                                {"2024-12-31T23:59:59-05:00", 2024_y / dec / 31},
                                                                {"2021-03-04T07:15", 2021_y / mar / 4}}));
  INFO(written);
  const auto document = parse_text_document("---\ntitle: Jury\ndate: " + written + "\n---\nText.\n", "j.txt");
  CHECK(document.dct == day);
  CHECK(document.dct_source == DctSource::Document);
}

TEST_CASE("a front matter date followed by anything but a clock time is still refused", "[documents]") {
  for (const char* written : {"2025-07-22 noon", "2025-07-22T", "2025-07-22T9:30", "2025-02-30T09:30:00Z"}) {
    INFO(written);
    REQUIRE_THROWS_MATCHES(parse_text_document(std::string("---\ndate: ") + written + "\n---\nText.\n", "k.txt"),
                           ParseError, Catch::Matchers::Message(std::string("k.txt:2:7: '") + written + "' is not a date"));
  }
}

TEST_CASE("a tab or an unclosed bracket in front matter is named where it is, not where YAML stops", "[documents]") {
  REQUIRE_THROWS_MATCHES(parse_text_document("---\ntitle: x\n\tdate: 2021-12-04\n---\nText.\n", "t.txt"), ParseError,
                         Catch::Matchers::Message("t.txt:3:1: front matter: a tab is used for indentation; YAML needs "
                                                  "spaces"));
  REQUIRE_THROWS_MATCHES(parse_text_document("---\ntags: [strike, port\ndate: 2021-12-04\n---\nText.\n", "u.txt"),
                         ParseError, Catch::Matchers::Message("u.txt:2:7: front matter: this `[` is never closed"));
}

TEST_CASE("invalid UTF-8 is an error naming the byte offset", "[documents]") {
  REQUIRE_THROWS_WITH(parse_text_document(std::string("Caf\xE9 au lait.", 13), "d.txt"),
                      Catch::Matchers::Contains("d.txt:1:4") && Catch::Matchers::Contains("byte offset 3"));
}

TEST_CASE("the UTF-8 check rejects overlong forms, surrogates and truncated sequences", "[documents]") {
  CHECK_FALSE(first_invalid_utf8("plain ascii, “curly” — dash, emoji \xF0\x9F\x98\x80"));
  CHECK(first_invalid_utf8("\xC0\xAF") == 0u);          // overlong '/'
  CHECK(first_invalid_utf8("ab\xED\xA0\x80") == 2u);    // surrogate U+D800
  CHECK(first_invalid_utf8("abc\xE2\x82") == 3u);       // truncated euro sign
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
}

TEST_CASE("JSON Lines give one document per line and errors name the line", "[documents]") {
  const auto documents = parse_jsonl_documents(
      R"({"id":"a","text":"First.","dct":"2021-12-04","title":"A"})" "\n\n" R"({"text":"Second."})" "\n", "n.jsonl");
  REQUIRE(documents.size() == 2);
  CHECK(documents[0].id == "a");
  CHECK(documents[0].dct == sys_days{2021_y / dec / 4});
  CHECK(documents[1].id == "n-3");
  CHECK_FALSE(documents[1].dct);
  REQUIRE_THROWS_WITH(parse_jsonl_documents("{\"text\":\"ok\"}\n{not json}\n", "n.jsonl"),
                      Catch::Matchers::StartsWith("n.jsonl:2:") && Catch::Matchers::Contains("line is not JSON"));
  REQUIRE_THROWS_WITH(parse_jsonl_documents(R"({"text":"x","dct":"2021-02-30"})", "n.jsonl"),
                      Catch::Matchers::Contains("'2021-02-30' is not a date"));
}

TEST_CASE("the command line's date beats the overrides', which beats the document's", "[documents]") {
  std::vector<Document> documents{parse_text_document("---\ndate: 2020-01-01\n---\nA.", "a.txt"),
                                  parse_text_document("B.", "b.txt"), parse_text_document("C.", "c.txt")};
  choose_dcts(documents, DctChoices{std::nullopt, {{"a", sys_days{2021_y / jan / 1}}, {"b", sys_days{2021_y / feb / 2}}}});
  CHECK(documents[0].dct == sys_days{2021_y / jan / 1});
  CHECK(documents[0].dct_source == DctSource::Overrides);
  CHECK(documents[1].dct == sys_days{2021_y / feb / 2});
  CHECK_FALSE(documents[2].dct);
  choose_dcts(documents, DctChoices{sys_days{2022_y / mar / 3}, {}});
  for (const auto& document : documents) CHECK(document.dct_source == DctSource::CommandLine);
}

TEST_CASE("a bad --dct is refused with the expected form", "[documents]") {
  REQUIRE_THROWS_WITH(parse_dct("2021-13-40", "--dct"), "--dct: '2021-13-40' is not a date");
  CHECK(parse_dct("2021-12-04", "--dct") == sys_days{2021_y / dec / 4});
}

TEST_CASE("folders are read recursively in sorted order, by extension", "[documents]") {
  const ScratchDir dir("folder");
  dir.write("b/two.txt", "Two.");
  dir.write("a.md", "One.");
  dir.write("notes.csv", "ignored");
  dir.write("c/three.jsonl", R"({"id":"three","text":"Three."})");
  const auto documents = read_documents({dir.path()});
  REQUIRE(documents.size() == 3);
  CHECK(documents[0].id == "a");
  CHECK(documents[1].id == "two");
  CHECK(documents[2].id == "three");
}

TEST_CASE("bad inputs are refused with the file named", "[documents]") {
  const ScratchDir dir("bad");
  const auto empty_dir = dir.path() / "empty";
  fs::create_directories(empty_dir);
  REQUIRE_THROWS_WITH(read_documents({dir.path() / "missing.txt"}), Catch::Matchers::Contains("no such file") && Catch::Matchers::Contains("missing.txt"));
  REQUIRE_THROWS_WITH(read_documents({empty_dir}), Catch::Matchers::Contains("holds no documents"));
  REQUIRE_THROWS_WITH(read_documents({dir.write("empty.txt", "")}), Catch::Matchers::Contains("is empty"));
  REQUIRE_THROWS_WITH(read_documents({dir.write("blank.txt", " \n\n")}), Catch::Matchers::Contains("has no text"));
  REQUIRE_THROWS_AS(read_documents({dir.write("broken.tml", "<TimeML><TEXT>x</TimeML>")}), ParseError);
}

TEST_CASE("a TimeML file keeps its text, DCT and gold annotations", "[documents]") {
  const ScratchDir dir("tml");
  const auto file = dir.write("x.tml", R"(<?xml version="1.0"?>
<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">January 8, 1998</TIMEX3></DCT>
<TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> &amp; fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>)");
  const auto documents = read_documents({file});
  REQUIRE(documents.size() == 1);
  const auto& document = documents[0];
  CHECK(document.id == "X1");
  CHECK(document.text == "Prices rose & fell yesterday.");
  CHECK(document.dct == sys_days{1998_y / jan / 8});
  REQUIRE(document.gold);
  REQUIRE(document.gold->events.size() == 1);
  CHECK(document.gold->events[0].span.of(document.text) == "rose");
  CHECK(document.gold->timexes[0].span.of(document.text) == "yesterday");
}

TEST_CASE("a 50 MB text file is read whole", "[documents]") {
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += "The talks went on for a long time, officials said on Tuesday. ";
  const auto document = parse_text_document(big, "big.txt");
  CHECK(document.text.size() == big.size());
}
