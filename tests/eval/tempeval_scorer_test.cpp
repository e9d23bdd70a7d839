#include "core/eval/tempeval_scorer.h"

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/eval/tempeval_report.h"
#include "core/timeml/timeml_reader.h"

using chronograph::core::EventAnnotation;
using chronograph::core::InstanceAnnotation;
using chronograph::core::prf;
using chronograph::core::score_document;
using chronograph::core::Span;
using chronograph::core::TempevalCounts;
using chronograph::core::TimemlFile;
using chronograph::core::TimexAnnotation;
using chronograph::core::TlinkAnnotation;

namespace {

// Written for these tests, never seen by the tools.
const std::string kText = "Rebels attacked the northern town on Monday and withdrew before dawn.";
//                         0      7      15  19       28   33 36     43  47       56     63   68

TimemlFile document() {
  TimemlFile file;
  file.text = kText;
  file.annotations.dct = TimexAnnotation{"t0", {}, "DATE", "2022-03-09", "", "false", "CREATION_TIME", ""};
  return file;
}

EventAnnotation ev(std::string eid, Span span, std::string event_class = "OCCURRENCE") {
  return {std::move(eid), span, std::move(event_class)};
}

TimexAnnotation tx(std::string tid, Span span, std::string type, std::string value) {
  return {std::move(tid), span, std::move(type), std::move(value), "", "", "", ""};
}

InstanceAnnotation in(std::string eiid, std::string eid) { return {std::move(eiid), std::move(eid), "", "", "", "", ""}; }

TimemlFile gold() {
  TimemlFile g = document();
  g.annotations.events = {ev("e1", {7, 15}), ev("e2", {48, 56})};
  g.annotations.timexes = {tx("t1", {37, 43}, "DATE", "2022-03-07"), tx("t2", {64, 68}, "TIME", "2022-03-07TMO")};
  g.annotations.instances = {in("ei1", "e1"), in("ei2", "e2")};
  g.annotations.tlinks = {{"l1", "BEFORE", "ei1", "ei2"}, {"l2", "IS_INCLUDED", "ei1", "t1"},
                          {"l3", "BEFORE", "t1", "t0"}};
  return g;
}

}  // namespace

TEST_CASE("gold against itself scores 100 everywhere", "[eval]") {
  const TempevalCounts c = score_document(gold(), gold());
  CHECK(c.event.gold == 2);
  CHECK(c.event.strict == 2);
  CHECK(c.timex3.relaxed == 2);
  CHECK(c.timex3.attributes[1].name == "value");
  CHECK(c.timex3.attributes[1].correct == 2);
  CHECK(c.tlink.gold_reduced == 3);
  CHECK(c.tlink.recall_verified == 3);
  CHECK(c.tlink.precision_verified == 3);
  CHECK(prf(c.tlink.precision_verified, c.tlink.system_reduced, c.tlink.recall_verified, c.tlink.gold_reduced).f1 == 100.0);
}

TEST_CASE("extents: overlap aligns, identical spans are strict, attributes count over aligned pairs", "[eval]") {
  TimemlFile system = document();
  system.annotations.events = {ev("x1", {0, 15}), ev("x2", {48, 56}, "I_ACTION"), ev("x3", {29, 33})};
  system.annotations.timexes = {tx("y1", {34, 43}, "DATE", "2022-03-07")};
  const TempevalCounts c = score_document(gold(), system);
  CHECK(c.event.gold == 2);
  CHECK(c.event.system == 3);
  CHECK(c.event.relaxed == 2);  // "Rebels attacked" overlaps "attacked"
  CHECK(c.event.strict == 1);
  CHECK(c.event.attributes[0].correct == 1);  // "withdrew" has the wrong class
  CHECK(c.timex3.relaxed == 1);
  CHECK(c.timex3.strict == 0);
  CHECK(c.timex3.attributes[0].correct == 1);  // type
  const auto relaxed = prf(c.event.relaxed, c.event.system, c.event.relaxed, c.event.gold);
  CHECK(relaxed.precision == Approx(200.0 / 3));
  CHECK(relaxed.recall == 100.0);
  CHECK(relaxed.f1 == Approx(80.0));
}

TEST_CASE("each gold entity takes the first free overlapping system entity in text order", "[eval]") {
  TimemlFile g = document(), s = document();
  g.annotations.events = {ev("a", {0, 15}), ev("b", {7, 19})};
  s.annotations.events = {ev("x", {16, 19}), ev("y", {7, 12})};
  const TempevalCounts c = score_document(g, s);
  // a [0,15) takes y [7,12) (x does not overlap it); b [7,19) then takes x.
  CHECK(c.event.relaxed == 2);
  CHECK(c.event.strict == 0);
  s.annotations.events = {ev("y", {7, 12})};
  CHECK(score_document(g, s).event.relaxed == 1);
}

TEST_CASE("empty spans never match", "[eval]") {
  TimemlFile g = document(), s = document();
  g.annotations.events = {ev("a", {7, 7})};
  s.annotations.events = {ev("x", {7, 7})};
  CHECK(score_document(g, s).event.relaxed == 0);
}

TEST_CASE("temporal awareness counts reduced links verified through the other side's closure", "[eval]") {
  TimemlFile system = document();
  system.annotations.events = {ev("x1", {7, 15}), ev("x2", {48, 56})};
  system.annotations.timexes = {tx("y1", {37, 43}, "DATE", "2022-03-07")};
  system.annotations.instances = {in("xi1", "x1"), in("xi2", "x2")};
  // x1 before t0 follows from gold (ei1 within t1, t1 before the DCT); x2 after x1 is stated
  // by gold the other way round; x2 during y1 is not in gold.
  system.annotations.tlinks = {{"m1", "BEFORE", "xi1", "t0"}, {"m2", "AFTER", "xi2", "xi1"},
                               {"m3", "DURING", "xi2", "y1"}, {"m4", "BEFORE", "xi1", "t0"}};
  const TempevalCounts c = score_document(gold(), system);
  CHECK(c.tlink.system_reduced == 3);  // m4 repeats m1
  CHECK(c.tlink.precision_verified == 2);
  CHECK(c.tlink.gold_reduced == 3);
  CHECK(c.tlink.recall_verified == 1);  // l1 (as m2); l2 and l3 do not follow from the system
}

TEST_CASE("the k-th instance of an event pairs with the k-th instance of its aligned event", "[eval]") {
  TimemlFile g = gold(), s = gold();
  g.annotations.instances.push_back(in("ei1b", "e1"));
  g.annotations.tlinks = {{"l1", "BEFORE", "ei1b", "ei2"}};
  s.annotations.events[0].eid = "x1";
  s.annotations.instances = {in("xi1", "x1"), in("xi2", "e2"), in("xi1b", "x1")};
  s.annotations.tlinks = {{"m1", "BEFORE", "xi1b", "xi2"}};
  CHECK(score_document(g, s).tlink.precision_verified == 1);
  s.annotations.tlinks = {{"m1", "BEFORE", "xi1", "xi2"}};
  CHECK(score_document(g, s).tlink.precision_verified == 0);
}

TEST_CASE("links of an unaligned system entity verify nothing", "[eval]") {
  TimemlFile s = gold();
  s.annotations.events[1].span = {20, 28};  // "northern": no gold event there
  const TempevalCounts c = score_document(gold(), s);
  CHECK(c.tlink.system_reduced == 3);
  CHECK(c.tlink.precision_verified == 2);
  CHECK(c.tlink.recall_verified == 2);
}

TEST_CASE("nothing on either side: extents score 100, temporal awareness 0", "[eval]") {
  const TempevalCounts c = score_document(document(), document());
  CHECK(prf(c.event.relaxed, c.event.system, c.event.relaxed, c.event.gold).f1 == 100.0);
  CHECK(prf(c.tlink.precision_verified, c.tlink.system_reduced, c.tlink.recall_verified, c.tlink.gold_reduced, 0.0).f1 == 0.0);
  const std::string table = chronograph::core::format_tempeval_table(c, "t");
  CHECK(table.find("EVENT extent strict           100.00  100.00  100.00   0 matched; gold 0, system 0") != std::string::npos);
  CHECK(table.find("TLINK temporal awareness        0.00    0.00    0.00   verified 0/0 system, 0/0 gold (reduced graphs)") != std::string::npos);
}

TEST_CASE("a system text that differs from the gold one is an error naming the byte", "[eval]") {
  TimemlFile s = document();
  s.text[7] = 'A';
  CHECK_THROWS_WITH(score_document(document(), s, "out/a.tml"),
                    "out/a.tml: the text of <TEXT> differs from the gold text at byte 7 (gold 'Rebels attacked the "
                    "northern tow' vs system 'Rebels Attacked the northern tow')");
}

TEST_CASE("the table has te3score.py's rows and layout", "[eval]") {
  TimemlFile system = document();
  system.annotations.events = {ev("x1", {0, 15})};
  const std::string table = chronograph::core::format_tempeval_table(score_document(gold(), system), "doc.tml");
  CHECK(table ==
        "doc.tml\n\n"
        "                                   P       R      F1   counts\n"
        "TIMEX3 extent strict            0.00    0.00    0.00   0 matched; gold 2, system 0\n"
        "TIMEX3 extent relaxed           0.00    0.00    0.00   0 matched\n"
        "TIMEX3 value                    0.00    0.00    0.00   0 correct, accuracy 0.00\n"
        "TIMEX3 type                     0.00    0.00    0.00   0 correct, accuracy 0.00\n"
        "EVENT extent strict             0.00    0.00    0.00   0 matched; gold 2, system 1\n"
        "EVENT extent relaxed          100.00   50.00   66.67   1 matched\n"
        "EVENT class                   100.00   50.00   66.67   1 correct, accuracy 100.00\n"
        "TLINK temporal awareness        0.00    0.00    0.00   verified 0/0 system, 0/3 gold (reduced graphs)\n");
}
