#include "core/timeml/timeml_reader.h"

#include <fstream>
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "tests/support/shared_data.h"

using namespace date;
using chronograph::ParseError;
using chronograph::core::parse_timeml;
using chronograph::core::read_timeml;
using chronograph::core::Span;

namespace {

// A small file written for these tests: an entity, a multi-byte character before a tag,
// a CDATA section and a SIGNAL inside <TEXT>, and tags outside <TEXT> that must not count.
const std::string kHarbour = R"(<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>harbour-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-03-14T10:00" functionInDocument="CREATION_TIME">March 14</TIMEX3></DCT>
<TITLE> Ferry &amp; harbour </TITLE>
<EXTRAINFO><EVENT eid="e99" class="OCCURRENCE">ignored</EVENT></EXTRAINFO>
<TEXT>Côte ferry <EVENT eid="e1" class="OCCURRENCE">sank</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2019-03-12" mod="START">Tuesday</TIMEX3>; A&amp;B <![CDATA[<said>]]> <EVENT eid="e2" class="REPORTING">said</EVENT>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" modality="may"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="before" timeID="t1" relatedToTime="t0"/>
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
</TimeML>
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string message_of(const std::string& xml) {
  try {
    parse_timeml(xml, "h.tml");
  } catch (const ParseError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the text of <TEXT> has markup removed and entities resolved, spans are bytes", "[timeml]") {
  const auto file = parse_timeml(kHarbour, "h.tml");
  CHECK(file.text == "Côte ferry sank on Tuesday; A&B <said> said.");
  REQUIRE(file.annotations.events.size() == 2);
  REQUIRE(file.annotations.timexes.size() == 1);
  const auto& sank = file.annotations.events[0];
  CHECK(sank.eid == "e1");
  CHECK(sank.event_class == "OCCURRENCE");
  CHECK(sank.span == Span{12, 16});  // "Côte" is 5 bytes
  CHECK(sank.span.of(file.text) == "sank");
  CHECK(file.annotations.events[1].span.of(file.text) == "said");
  const auto& tuesday = file.annotations.timexes[0];
  CHECK(tuesday.span.of(file.text) == "Tuesday");
  CHECK(tuesday.value == "2019-03-12");
  CHECK(tuesday.mod == "START");
}

TEST_CASE("docid, title and the dct's date are read, tags outside <TEXT> are not", "[timeml]") {
  const auto file = parse_timeml(kHarbour, "h.tml");
  CHECK(file.doc_id == "harbour-1");
  CHECK(file.title == "Ferry & harbour");
  REQUIRE(file.dct);
  CHECK(*file.dct == sys_days{2019_y / mar / 14});
  REQUIRE(file.annotations.dct);
  CHECK(file.annotations.dct->tid == "t0");
  CHECK(file.annotations.dct->function_in_document == "CREATION_TIME");
  for (const auto& event : file.annotations.events) CHECK(event.eid != "e99");
}

TEST_CASE("instances and tlinks keep their ids, the dct's tid included", "[timeml]") {
  const auto file = parse_timeml(kHarbour, "h.tml");
  REQUIRE(file.annotations.instances.size() == 2);
  CHECK(file.annotations.instances[1].modality == "may");
  CHECK(file.annotations.instances[0].pos == "VERB");
  REQUIRE(file.annotations.tlinks.size() == 3);
  const auto& l2 = file.annotations.tlinks[1];
  CHECK(l2.lid == "l2");
  CHECK(l2.rel_type == "before");
  CHECK(l2.from == "t1");
  CHECK(l2.to == "t0");
  CHECK(file.annotations.tlinks[2].from == "ei2");
}

TEST_CASE("a file without a dct has none, and a dct value without a day gives no date", "[timeml]") {
  const auto none = parse_timeml("<TimeML><TEXT>x</TEXT></TimeML>", "n.tml");
  CHECK_FALSE(none.dct);
  CHECK_FALSE(none.annotations.dct);
  CHECK(none.doc_id.empty());
  const auto month = parse_timeml(replaced(kHarbour, "2019-03-14T10:00", "2019-03"), "h.tml");
  CHECK_FALSE(month.dct);
  CHECK(month.annotations.dct->value == "2019-03");
}

TEST_CASE("CR LF line ends in the file read as LF, as in every XML parser", "[timeml]") {
  const auto file = parse_timeml("<TimeML>\r\n<TEXT>one\r\ntwo <EVENT eid=\"e1\" class=\"STATE\">x</EVENT></TEXT></TimeML>", "c.tml");
  CHECK(file.text == "one\ntwo x");
  CHECK(file.annotations.events[0].span == Span{8, 9});
}

TEST_CASE("malformed TimeML is answered with file, line, column and a hint", "[timeml]") {
  auto [xml, expected] = GENERATE(table<std::string, std::string>({
      {replaced(kHarbour, "</TEXT>", "</TXET>"),
       "h.tml:7:249: not well-formed XML: Start-end tags mismatch; check that every tag is closed and every & is written &amp;"},
      {"<TimeML>\n<DOCID>x</DOCID>\n</TimeML>",
       "h.tml:1:1: no <TEXT> element; the document text must be inside <TEXT>...</TEXT>"},
      {replaced(kHarbour, ">sank</EVENT>", "><TIMEX3 tid=\"t5\" type=\"DATE\" value=\"X\">sank</TIMEX3></EVENT>"),
       "h.tml:7:53: <TIMEX3> nested inside <EVENT>; TimeML does not nest EVENT and TIMEX3; close the outer tag first"},
      {replaced(kHarbour, "eid=\"e2\"", "eid=\"e1\""),
       "h.tml:7:200: duplicate eid 'e1'; eid and tid values must be unique in a file"},
      {replaced(kHarbour, "tid=\"t1\"", "tid=\"t0\""),
       "h.tml:4:6: duplicate tid 't0'; eid and tid values must be unique in a file"},
      {replaced(kHarbour, "eventID=\"e2\"", "eventID=\"e7\""),
       "h.tml:9:1: MAKEINSTANCE ei2 refers to eventID 'e7', which is no EVENT inside <TEXT>"},
      {replaced(kHarbour, "relatedToEventInstance=\"ei1\"", "relatedToEventInstance=\"e1\""),
       "h.tml:12:1: TLINK l3: relatedToEventInstance='e1' is no MAKEINSTANCE eiid; a TLINK names event instances (eiid), not events (eid)"},
      {replaced(kHarbour, "relatedToTime=\"t0\"", "relatedToTime=\"t9\""),
       "h.tml:11:1: TLINK l2: relatedToTime='t9' is no TIMEX3 in <TEXT> or <DCT>"},
      {replaced(kHarbour, "relType=\"AFTER\"", "relType=\"OVERLAP\""),
       "h.tml:12:1: TLINK l3: relType 'OVERLAP' is not a TimeML relation; use one of BEFORE, AFTER, IBEFORE, "
       "IAFTER, BEGINS, BEGUN_BY, ENDS, ENDED_BY, INCLUDES, IS_INCLUDED, SIMULTANEOUS, IDENTITY, DURING, DURING_INV"},
      {replaced(kHarbour, "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\"",
                "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" timeID=\"t1\""),
       "h.tml:10:1: TLINK l1 needs exactly one of eventInstanceID and timeID"},
      {replaced(kHarbour, "</TEXT>", "</TEXT><TEXT>again</TEXT>"),
       "h.tml:7:254: a second <TEXT> element; TimeML has one <TEXT>"},
      {replaced(kHarbour, "eiid=\"ei1\" eventID", "eiid=\"t1\" eventID"),
       "h.tml:8:1: eiid 't1' is also a TIMEX3 tid; TLINK ends are told apart by id; rename one of them"},
  }));
  CAPTURE(xml);
  CHECK(message_of(xml) == expected);
}

TEST_CASE("an error on a short line carries the line for the caret", "[timeml]") {
  try {
    parse_timeml(replaced(kHarbour, "relType=\"AFTER\"", "relType=\"OVERLAP\""), "h.tml");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK(error.source_line().rfind("<TLINK lid=\"l3\"", 0) == 0);
    CHECK(error.where().column == 1);
    CHECK_FALSE(error.help().empty());
  }
}

TEST_CASE("a file that cannot be read is an input error naming it", "[timeml]") {
  CHECK_THROWS_AS(read_timeml("/nonexistent/x.tml"), chronograph::InputError);
  CHECK_THROWS_WITH(read_timeml("/nonexistent/x.tml"), Catch::Contains("/nonexistent/x.tml"));
}

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string unescaped(std::string s) {
  const std::pair<std::string, std::string> entities[] = {
      {"\r\n", "\n"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities)
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  return s;
}

// Every <TAG id="...">inner</TAG> between <TEXT> and </TEXT>, found in the raw file with a
// regular expression (independently of the XML reader): id -> inner text, entities resolved.
std::map<std::string, std::string> raw_inner_texts(const std::string& file, const std::string& tag,
                                                   const std::string& id_attribute) {
  const auto begin = file.find("<TEXT>"), end = file.find("</TEXT>");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string body = file.substr(begin, end - begin);
  const std::regex element("<" + tag + "\\b[^>]*\\b" + id_attribute + "=\"([^\"]*)\"[^>]*>([^<]*)</" + tag + ">");
  std::map<std::string, std::string> out;
  for (std::sregex_iterator it(body.begin(), body.end(), element), last; it != last; ++it)
    out[(*it)[1]] = unescaped((*it)[2]);
  return out;
}

}  // namespace

TEST_CASE("every TBAQ file reads, and every span holds its tag's text", "[timeml][tbaq]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::size_t files = 0, events = 0, timexes = 0, links = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(shared / "data/timeml/tbaq")) {
    if (entry.path().extension() != ".tml") continue;
    ++files;
    const auto file = read_timeml(entry.path());
    const std::string raw = slurp(entry.path());
    const auto event_texts = raw_inner_texts(raw, "EVENT", "eid");
    const auto timex_texts = raw_inner_texts(raw, "TIMEX3", "tid");
    CAPTURE(entry.path());
    CHECK(file.annotations.events.size() == event_texts.size());
    CHECK(file.annotations.timexes.size() == timex_texts.size());
    for (const auto& event : file.annotations.events) {
      const auto it = event_texts.find(event.eid);
      REQUIRE(it != event_texts.end());
      CHECK(event.span.of(file.text) == it->second);
    }
    for (const auto& timex : file.annotations.timexes) {
      const auto it = timex_texts.find(timex.tid);
      REQUIRE(it != timex_texts.end());
      CHECK(timex.span.of(file.text) == it->second);
    }
    CHECK(file.dct);
    CHECK_FALSE(file.doc_id.empty());
    events += file.annotations.events.size();
    timexes += file.annotations.timexes.size();
    links += file.annotations.tlinks.size();
  }
  CHECK(files == 256);
  // TBAQ's published sizes inside <TEXT> (te3score.py counts the same on this copy).
  CHECK(events == 11129);
  CHECK(timexes == 1822);
  CHECK(links == 11096);
}

TEST_CASE("sentence elements inside <TEXT> end sentences the text runs together", "[timeml]") {
  // SemEval-2015 TimeLine and MEANTIME files: one <s> per sentence, nothing between them.
  const auto file = parse_timeml(
      "<TimeML><TEXT><s id=\"1\">January 09 , 2008</s><s id=\"2\">Apple <EVENT eid=\"e1\">cut</EVENT> prices"
      " .</s><p>New <s>para</s></p><br/>end</TEXT></TimeML>",
      "s.tml");
  CHECK(file.text == "January 09 , 2008Apple cut prices .New paraend");
  CHECK(file.sentence_ends == std::vector<std::size_t>{17, 35, 43});
  REQUIRE(file.annotations.events.size() == 1);
  CHECK(file.annotations.events[0].span.of(file.text) == "cut");
}

TEST_CASE("a file with only inline tags has no sentence ends of its own", "[timeml]") {
  CHECK(parse_timeml(kHarbour, "harbour.tml").sentence_ends.empty());
}
