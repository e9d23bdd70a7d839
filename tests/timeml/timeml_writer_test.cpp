#include "core/timeml/timeml_writer.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include "core/common/error.h"
#include "core/timeml/timeml_reader.h"
#include "tests/eval/python_tools.h"
#include "tests/support/shared_data.h"

using namespace date;
using chronograph::CollectingReporter;
using chronograph::core::EventAnnotation;
using chronograph::core::InstanceAnnotation;
using chronograph::core::parse_timeml;
using chronograph::core::read_timeml;
using chronograph::core::Span;
using chronograph::core::TimemlAnnotations;
using chronograph::core::TimemlFile;
using chronograph::core::TimexAnnotation;
using chronograph::core::TlinkAnnotation;
using chronograph::core::write_timeml;

namespace {

TimexAnnotation make_timex(std::string tid, Span span, std::string value) {
  return TimexAnnotation{std::move(tid), span, "DATE", std::move(value), "", "false", "NONE", ""};
}

EventAnnotation make_event(std::string eid, Span span) { return EventAnnotation{std::move(eid), span, "OCCURRENCE"}; }

InstanceAnnotation make_instance(std::string eiid, std::string eid) {
  return InstanceAnnotation{std::move(eiid), std::move(eid), "PAST", "NONE", "POS", "VERB", ""};
}

// "The <b>talks</b> & "rows" ended Tuesday.\r\nThey resume ]]> in May."
const std::string kText = "The <b>talks</b> & \"rows\" ended Tuesday.\r\nThey resume ]]> in May.";

TimemlAnnotations talks_annotations() {
  TimemlAnnotations a;
  a.timexes = {make_timex("t1", {32, 39}, "2021-12-07"), make_timex("t2", {61, 64}, "2022-05")};
  a.events = {make_event("e1", {7, 12}), make_event("e2", {26, 31}), make_event("e3", {47, 53})};
  a.instances = {make_instance("ei1", "e1"), make_instance("ei2", "e2"), make_instance("ei3", "e3")};
  a.tlinks = {{"l1", "IS_INCLUDED", "ei2", "t1"}, {"l2", "BEFORE", "ei2", "ei3"}, {"l3", "AFTER", "t1", "t0"}};
  return a;
}

}  // namespace

TEST_CASE("written TimeML reads back with the same text and annotations", "[timeml]") {
  const TimemlAnnotations annotations = talks_annotations();
  const std::string xml = write_timeml("talks", kText, sys_days{2021_y / dec / 4}, annotations);
  const TimemlFile back = parse_timeml(xml, "talks.tml");
  CHECK(back.text == kText);
  CHECK(back.doc_id == "talks");
  CHECK(back.dct == sys_days{2021_y / dec / 4});
  REQUIRE(back.annotations.dct);
  CHECK(back.annotations.dct->tid == "t0");
  CHECK(back.annotations.dct->function_in_document == "CREATION_TIME");
  CHECK(back.annotations.timexes == annotations.timexes);
  CHECK(back.annotations.events == annotations.events);
  CHECK(back.annotations.instances == annotations.instances);
  CHECK(back.annotations.tlinks == annotations.tlinks);
}

TEST_CASE("markup characters in the text are escaped and CR survives", "[timeml]") {
  const std::string xml = write_timeml("talks", kText, std::nullopt, {});
  CHECK(xml.find("The &lt;b&gt;talks&lt;/b&gt; &amp; \"rows\" ended Tuesday.&#13;\nThey resume ]]&gt; in May.") !=
        std::string::npos);
  CHECK(xml.find("<DCT>") == std::string::npos);
}

TEST_CASE("attribute values with quotes, ampersands and newlines are escaped", "[timeml]") {
  TimemlAnnotations a;
  a.timexes = {make_timex("t1", {0, 3}, "a\"b&c<d>\n")};
  const std::string xml = write_timeml("x", "May", std::nullopt, a);
  CHECK(xml.find("value=\"a&quot;b&amp;c&lt;d&gt;&#10;\"") != std::string::npos);
  CHECK(parse_timeml(xml, "x.tml").annotations.timexes[0].value == "a\"b&c<d>\n");
}

TEST_CASE("overlapping or nested spans drop the later tag, its instances and links", "[timeml]") {
  TimemlAnnotations a = talks_annotations();
  a.events.push_back(make_event("e4", {36, 45}));    // crosses t1 "Tuesday" [32, 39)
  a.timexes.push_back(make_timex("t3", {8, 10}, "X"));  // inside e1 "talks" [7, 12)
  a.instances.push_back(make_instance("ei4", "e4"));
  a.tlinks.push_back({"l4", "BEFORE", "ei4", "t3"});
  CollectingReporter reporter;
  const std::string xml = write_timeml(TimemlFile{"talks", kText, a, std::nullopt, "", {}}, reporter);
  const TimemlFile back = parse_timeml(xml, "talks.tml");
  CHECK(back.text == kText);
  CHECK(back.annotations.events == talks_annotations().events);
  CHECK(back.annotations.timexes == talks_annotations().timexes);
  CHECK(back.annotations.instances == talks_annotations().instances);
  CHECK(back.annotations.tlinks.size() == 2);  // l3 names t0, and there is no DCT
  REQUIRE(reporter.warnings.size() == 5);
  CHECK(reporter.warnings[0] ==
        "TimeML output of 'talks': dropped TIMEX3 't3' [8, 10): it overlaps EVENT 'e1' [7, 12), placed "
        "before it; TimeML tags cannot overlap or nest");
  CHECK(reporter.warnings[1] ==
        "TimeML output of 'talks': dropped EVENT 'e4' [36, 45): it overlaps TIMEX3 't1' [32, 39), placed "
        "before it; TimeML tags cannot overlap or nest");
  CHECK(reporter.warnings[2] == "TimeML output of 'talks': dropped MAKEINSTANCE 'ei4': its event 'e4' is not in the output");
}

TEST_CASE("spans outside the text, cutting a character, or with a used id are dropped", "[timeml]") {
  const std::string text = "Zürich voted no";  // ü is two bytes: [1, 3)
  TimemlAnnotations a;
  a.events = {make_event("e1", {8, 13}), make_event("e2", {2, 6}), make_event("e3", {10, 20}),
              make_event("e1", {14, 16}), make_event("", {0, 1})};
  CollectingReporter reporter;
  const TimemlFile back =
      parse_timeml(write_timeml(TimemlFile{"z", text, a, std::nullopt, "", {}}, reporter), "z.tml");
  CHECK(back.text == text);
  REQUIRE(back.annotations.events.size() == 1);
  CHECK(back.annotations.events[0].span.of(text) == "voted");
  CHECK(reporter.warnings.size() == 4);
}

TEST_CASE("a control character XML cannot carry is an error naming its byte", "[timeml]") {
  CHECK_THROWS_WITH(write_timeml("x", "page\fbreak", std::nullopt, {}),
                    "the text holds the control character U+000C at byte 4, which XML 1.0 cannot carry");
}

TEST_CASE("TLINK ends are written as event instances or times by what they name", "[timeml]") {
  const std::string xml = write_timeml("talks", kText, sys_days{2021_y / dec / 4}, talks_annotations());
  CHECK(xml.find("<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei2\" relatedToTime=\"t1\"/>") != std::string::npos);
  CHECK(xml.find("<TLINK lid=\"l3\" relType=\"AFTER\" timeID=\"t1\" relatedToTime=\"t0\"/>") != std::string::npos);
  CHECK(xml.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-12-04\" temporalFunction=\"false\" "
                 "functionInDocument=\"CREATION_TIME\">2021-12-04</TIMEX3></DCT>") != std::string::npos);
}

TEST_CASE("every TBAQ file survives read, write, read unchanged", "[timeml][tbaq]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(shared / "data/timeml/tbaq")) {
    if (entry.path().extension() != ".tml") continue;
    ++files;
    CAPTURE(entry.path());
    const TimemlFile original = read_timeml(entry.path());
    CollectingReporter reporter;
    const TimemlFile back = parse_timeml(write_timeml(original, reporter), "rewritten.tml");
    CHECK(reporter.warnings.empty());
    CHECK(back == original);
    const TimemlFile plain = parse_timeml(
        write_timeml(original.doc_id, original.text, original.dct, original.annotations), "plain.tml");
    CHECK(plain.text == original.text);
    CHECK(plain.annotations == original.annotations);
  }
  CHECK(files == 256);
}

TEST_CASE("te3score.py scores rewritten TBAQ against its gold at 100", "[timeml][tbaq][te3score]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  if (!chronograph::test::have_python3()) {
    WARN("skipped: python3 is missing");
    return;
  }
  for (const std::string part : {"AQUAINT", "TimeBank"}) {
    const chronograph::test::ScratchDir scratch("timeml-rewrite");
    const auto gold = shared / "data/timeml/tbaq" / part;
    const auto system = scratch.path() / "system";
    std::filesystem::create_directories(system);
    for (const auto& entry : std::filesystem::directory_iterator(gold)) {
      if (entry.path().extension() != ".tml") continue;
      chronograph::NullReporter reporter;
      std::ofstream(system / entry.path().filename(), std::ios::binary)
          << write_timeml(read_timeml(entry.path()), reporter);
    }
    const auto [status, out] = chronograph::test::run_command(
        "python3 " + chronograph::test::quoted(shared / "tools/te3score.py") + " --json --gold " +
            chronograph::test::quoted(gold) + " --system " + chronograph::test::quoted(system),
        scratch.path());
    CAPTURE(part, chronograph::test::stderr_of(scratch.path()));
    REQUIRE(status == 0);
    const auto report = nlohmann::json::parse(out);
    for (const std::string kind : {"timex3", "event"}) {
      CHECK(report[kind]["strict"]["f1"].get<double>() == 100.0);
      CHECK(report[kind]["relaxed"]["f1"].get<double>() == 100.0);
    }
    CHECK(report["timex3"]["value"]["f1"].get<double>() == 100.0);
    CHECK(report["timex3"]["type"]["f1"].get<double>() == 100.0);
    CHECK(report["event"]["class"]["f1"].get<double>() == 100.0);
    CHECK(report["tlink"]["f1"].get<double>() == 100.0);
  }
}
