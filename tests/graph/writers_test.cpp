#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"

#include "graph/io/dot_writer.h"
#include "graph/io/graphml_writer.h"
#include "graph/io/text_listing.h"
#include "graph/io/time_text.h"
#include "tests/graph/test_graphs.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::graph;
using namespace date;

TEST_CASE("the text listing puts events in date order, undated last", "[writers]") {
  CHECK(write_text_listing(test::diplomacy_graph()) ==
        "2021-06-16              geneva-summit  Leaders met in Geneva\n"
        "2021-11-01..2021-11-30  build-up       Troops build up\n"
        "2021-12-02              warning        Washington warns Moscow\n"
        "2021-12-07              video-call     Leaders hold video call  [planned]\n"
        "2021-12-08..            sanctions      Sanctions follow\n"
        "undated                 statement      Kremlin issues statement\n");
}

TEST_CASE("an event going on at its article's date is listed on that day", "[writers]") {
  auto g = test::diplomacy_graph();
  REQUIRE(!g.documents.empty());
  g.documents.front().dct = sys_days{2021_y / dec / 4};
  auto& statement = *std::find_if(g.events.begin(), g.events.end(), [](const Event& e) { return e.id == "statement"; });
  Mention mention;
  mention.doc = g.documents.front().id;
  statement.mentions.push_back(mention);
  statement.time.value = std::string(kGoingOnValue);
  statement.time.source = TimeSource::Dct;
  const std::string listing = write_text_listing(g);
  CHECK(listing.find("as of 2021-12-04        statement") != std::string::npos);
  CHECK(listing.find("statement") < listing.find("video-call"));
  CHECK(format_event_time(g, statement) == "as of 2021-12-04");
  g.documents.front().dct.reset();  // no article date: nothing to be going on at
  CHECK(format_event_time(g, statement) == "undated");
}

TEST_CASE("an event's time reads as a day, a range, an open range or undated", "[writers]") {
  EventTime time;
  CHECK(format_time_range(time) == "undated");
  time.end = sys_days{2021_y / dec / 3};
  CHECK(format_time_range(time) == "..2021-12-03");
  time.start = sys_days{year{-499} / jan / 1};
  CHECK(format_time_range(time) == "-0499-01-01..2021-12-03");
  time.start = time.end;
  CHECK(format_time_range(time) == "2021-12-03");
}

TEST_CASE("DOT text escapes quotes and marks causal and non-extracted edges", "[writers]") {
  GraphData g;
  g.events.push_back(test::make_event("a", "He said \"no\" \\ twice", sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}));
  g.events.push_back(test::make_event("b", "Talks"));
  g.edges.push_back(test::make_edge("a", "b", EdgeType::Before));
  g.edges.push_back(test::make_edge("a", "b", EdgeType::Causes));
  g.edges.back().source = EdgeSource::Override;
  CHECK(write_dot(g) ==
        "digraph chronograph {\n"
        "  rankdir=LR;\n"
        "  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n"
        "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n"
        "  \"a\" [label=\"He said \\\"no\\\" \\\\ twice\\n2021-12-07\"];\n"
        "  \"b\" [label=\"Talks\\nundated\"];\n"
        "  \"a\" -> \"b\" [label=\"before\"];\n"
        "  \"a\" -> \"b\" [label=\"causes\", style=dashed, color=gray50, fontcolor=gray50];\n"
        "}\n");
}

TEST_CASE("GraphML declares every attribute with its type and escapes XML", "[writers]") {
  GraphData g;
  g.events.push_back(test::make_event("a&b", "Tom & Jerry <meet>", sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}));
  g.events.push_back(test::make_event("c", "Talks"));
  g.edges.push_back(test::make_edge("a&b", "c", EdgeType::RefersTo, "\"about\"", 3, 0.5));
  const std::string xml = write_graphml(g);
  CHECK(xml.find("<key id=\"n_confidence\" for=\"node\" attr.name=\"confidence\" attr.type=\"double\"/>") !=
        std::string::npos);
  CHECK(xml.find("<key id=\"e_sentence\" for=\"edge\" attr.name=\"sentence\" attr.type=\"int\"/>") != std::string::npos);
  CHECK(xml.find("<node id=\"a&amp;b\">\n      <data key=\"n_title\">Tom &amp; Jerry &lt;meet&gt;</data>") !=
        std::string::npos);
  CHECK(xml.find("<edge id=\"e0\" source=\"a&amp;b\" target=\"c\">\n      <data key=\"e_type\">refers_to</data>") !=
        std::string::npos);
  CHECK(xml.find("<data key=\"e_cue\">&quot;about&quot;</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_start\">2021-12-07</data>") != std::string::npos);
  CHECK(xml.rfind("</graphml>\n") == xml.size() - 11);
}

TEST_CASE("GraphML parses as XML and every value names a declared key", "[writers][python]") {
  const auto dir = test::kBinaryDir / "tests" / "graph" / "scratch";
  std::filesystem::create_directories(dir);
  const auto path = dir / "diplomacy.graphml";
  write_file_atomically(path, write_graphml(test::diplomacy_graph()));
  // Python's standard library reads it back (NetworkX's reader does the same checks).
  const std::string script =
      "import sys, xml.etree.ElementTree as ET\n"
      "ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}\n"
      "root = ET.parse(sys.argv[1]).getroot()\n"
      "keys = {k.get('id') for k in root.findall('g:key', ns)}\n"
      "data = root.findall('.//g:data', ns)\n"
      "assert data and all(d.get('key') in keys for d in data)\n"
      "assert len(root.findall('.//g:node', ns)) == 6 and len(root.findall('.//g:edge', ns)) == 5\n";
  const int status = std::system(("/usr/bin/python3 - '" + path.string() + "' <<'EOF'\n" + script + "EOF\n").c_str());
  CHECK(status == 0);
}
