#include "graph/io/json_io.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "tests/graph/random_graph.h"
#include "tests/graph/test_graphs.h"
#include "tests/support/shared_data.h"

using namespace chronograph;
using namespace chronograph::graph;
using namespace date;

namespace {

GraphData small_graph() {
  GraphData g;
  g.documents.push_back({"talks", "articles/talks.txt", "Talks resume", sys_days{2021_y / dec / 4}});
  g.timexes.push_back({"talks", "t1", 40, 47, "Tuesday", "DATE", "2021-12-07", "", "weekday-future",
                       Interval{sys_days{2021_y / dec / 7}, sys_days{2021_y / dec / 7}, Precision::Day}, "", ""});
  g.entities.push_back({"joe-biden", "Joe Biden", "PERSON", {"Biden"}});
  Event call = test::make_event("video-call", "Leaders hold video call", sys_days{2021_y / dec / 7},
                                sys_days{2021_y / dec / 7});
  call.modality = Modality::Planned;
  call.tense = "FUTURE";
  call.actors = {"joe-biden"};
  call.mentions.push_back({"talks", 0, 30, 34, "call", "They will hold a call on Tuesday."});
  call.confidence = 0.92;
  g.events.push_back(call);
  Event ancient = test::make_event("marathon", "Battle of Marathon", sys_days{year{-489} / sep / 1},
                                   sys_days{year{-489} / sep / 30});
  ancient.time.precision = Precision::Month;
  g.events.push_back(ancient);
  g.edges.push_back(test::make_edge("marathon", "video-call", EdgeType::Before, "long before", 2, 0.5));
  g.conflicts.push_back({{"marathon -before-> video-call"}, "an example conflict", {"marathon -before-> video-call"}});
  return g;
}

// The JSON of small_graph(), key for key: the format's documentation by example.
const char* const kSmallJson = R"({
  "chronograph": 1,
  "documents": [
    {
      "id": "talks",
      "path": "articles/talks.txt",
      "dct": "2021-12-04",
      "title": "Talks resume",
      "timexes": [
        {
          "id": "t1",
          "begin": 40,
          "end": 47,
          "text": "Tuesday",
          "type": "DATE",
          "value": "2021-12-07",
          "mod": null,
          "interval": {
            "start": "2021-12-07",
            "end": "2021-12-07",
            "precision": "day"
          },
          "rule": "weekday-future"
        }
      ]
    }
  ],
  "entities": [
    {
      "id": "joe-biden",
      "name": "Joe Biden",
      "type": "PERSON",
      "aliases": [
        "Biden"
      ]
    }
  ],
  "events": [
    {
      "id": "video-call",
      "title": "Leaders hold video call",
      "trigger": "call",
      "lemma": "call",
      "class": "OCCURRENCE",
      "time": {
        "value": "2021-12-07",
        "start": "2021-12-07",
        "end": "2021-12-07",
        "precision": "day",
        "source": "explicit",
        "mod": null
      },
      "modality": "planned",
      "tense": "FUTURE",
      "aspect": "NONE",
      "polarity": "POS",
      "actors": [
        "joe-biden"
      ],
      "lane": null,
      "mentions": [
        {
          "doc": "talks",
          "sentence": 0,
          "begin": 30,
          "end": 34,
          "text": "call",
          "sentence_text": "They will hold a call on Tuesday."
        }
      ],
      "confidence": 0.92
    },
    {
      "id": "marathon",
      "title": "Battle of Marathon",
      "trigger": "Marathon",
      "lemma": "Marathon",
      "class": "OCCURRENCE",
      "time": {
        "value": null,
        "start": "-0489-09-01",
        "end": "-0489-09-30",
        "precision": "month",
        "source": "explicit",
        "mod": null
      },
      "modality": "actual",
      "tense": "NONE",
      "aspect": "NONE",
      "polarity": "POS",
      "actors": [],
      "lane": null,
      "mentions": [],
      "confidence": 1.0
    }
  ],
  "edges": [
    {
      "from": "marathon",
      "to": "video-call",
      "type": "before",
      "evidence": {
        "doc": "ukraine-call",
        "sentence": 2,
        "cue": "long before"
      },
      "source": "extracted",
      "confidence": 0.5
    }
  ],
  "conflicts": [
    {
      "edges": [
        "marathon -before-> video-call"
      ],
      "message": "an example conflict",
      "set_aside": [
        "marathon -before-> video-call"
      ]
    }
  ]
}
)";

std::string error_of(std::string_view json) {
  try {
    read_graph_json(json, "g.json");
  } catch (const ParseError& error) {
    return error.what();
  }
  return "no error";
}

std::filesystem::path scratch_dir() {
  const auto dir = test::kBinaryDir / "tests" / "graph" / "scratch";
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs tests/graph/validate_json.py; returns its exit code (77: jsonschema is missing).
int validate(const std::vector<std::filesystem::path>& files, bool quiet = false) {
  std::string command = "/usr/bin/python3 " + (test::kSourceDir / "tests/graph/validate_json.py").string() + " " +
                        (test::kSourceDir / "data/schema/chronograph-v1.schema.json").string();
  for (const auto& file : files) command += " '" + file.string() + "'";
  if (quiet) command += " > /dev/null";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("a graph is written with every key in the documented order", "[json]") {
  CHECK(write_graph_json(small_graph()) == kSmallJson);
}

TEST_CASE("the empty graph is written with empty lists", "[json]") {
  CHECK(write_graph_json(GraphData{}) ==
        "{\n  \"chronograph\": 1,\n  \"documents\": [],\n  \"entities\": [],\n  \"events\": [],\n"
        "  \"edges\": [],\n  \"conflicts\": []\n}\n");
}

TEST_CASE("reading the written JSON gives back the same graph", "[json]") {
  CHECK(read_graph_json(kSmallJson, "g.json") == small_graph());
}

TEST_CASE("write, read, write is byte-identical on random graphs", "[json]") {
  const auto seed = GENERATE(range(1, 21));
  test::RandomGraph random(static_cast<std::uint64_t>(seed));
  const GraphData graph = random.graph(1 + random.below(30), random.below(60));
  const std::string first = write_graph_json(graph);
  const GraphData read = read_graph_json(first, "random.json");
  GraphData told = graph;  // (a one-day event's time as the JSON tells it)
  for (auto& event : told.events) event.time = interchange_time(event.time);
  CHECK(read == told);
  CHECK(write_graph_json(read) == first);
}

TEST_CASE("a minimal hand-written graph reads with defaults", "[json]") {
  const GraphData g = read_graph_json(
      R"({"chronograph": 1, "events": [{"id": "a"}, {"id": "b", "time": {"start": "2022-02-24"}}],
          "edges": [{"from": "a", "to": "b", "type": "causes"}]})",
      "g.json");
  REQUIRE(g.events.size() == 2);
  CHECK(g.events[0].tense == "NONE");
  CHECK(g.events[0].confidence == 1.0);
  CHECK(g.events[1].time.start == sys_days{2022_y / feb / 24});
  CHECK_FALSE(g.events[1].time.end);
  CHECK(g.edges.at(0).type == EdgeType::Causes);
  CHECK(g.edges.at(0).evidence.sentence == -1);
}

TEST_CASE("bad JSON and JSON of the wrong shape are errors with line and column", "[json]") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {"{\"chronograph\": 1,\n \"events\": [}\n",
       "g.json:2:13: invalid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal"},
      {"", "g.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
      {"{\"chronograph\": 2}", "g.json:1:17: chronograph: version 2 is not supported; this chronograph reads version 1"},
      {"{\"documents\": []}", "g.json:1:1: the document: missing key 'chronograph'"},
      {"{\"chronograph\": 1,\n  \"events\": [{\"id\": 3}]}", "g.json:2:21: events[0].id: expected a string, got a number"},
      {"{\"chronograph\": 1,\n  \"events\": [{\"id\": \"a\", \"titel\": \"x\"}]}",
       "g.json:2:26: events[0].titel: unknown key 'titel'; did you mean 'time' or 'title'?"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\",\n   \"time\": {\"start\": \"2021-13-40\"}}]}",
       "g.json:2:22: events[0].time.start: '2021-13-40' is not a day; write days as YYYY-MM-DD, e.g. 2021-12-07"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\", \"time\": {\"start\": \"2021-12-09\", \"end\": \"2021-12-01\"}}]}",
       "g.json:1:82: events[0].time.end: ends on 2021-12-01 before it starts on 2021-12-09"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\", \"modality\": \"plannned\"}]}",
       "g.json:1:55: events[0].modality: unknown value 'plannned'; did you mean 'planned'?"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}",
       "g.json:1:51: events[1].id: a second event with the id 'a'"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"video-call\"}],\n \"edges\": [{\"from\": \"video-cal\", \"to\": \"video-call\", \"type\": \"before\"}]}",
       "g.json:2:21: edges[0].from: no event 'video-cal'; did you mean 'video-call'?"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\"}], \"edges\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"after\"}]}",
       "g.json:1:88: edges[0].type: unknown value 'after'; expected one of before, includes, simultaneous, causes, "
       "enables, responds_to, reports, refers_to, part_of"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\", \"confidence\": 1.5}]}",
       "g.json:1:57: events[0].confidence: a confidence is between 0 and 1, got 1.5"},
      {"{\"chronograph\": 1, \"events\": {}}", "g.json:1:30: events: expected a list, got an object"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\"}], \"edges\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"before\",\n"
       " \"gap\": {\"min_days\": 7, \"max_days\": 3}}]}",
       "g.json:2:37: edges[0].gap.max_days: max_days 3 is below min_days 7"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\"}], \"edges\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"before\",\n"
       " \"gap\": {\"min_days\": -1}}]}",
       "g.json:2:22: edges[0].gap.min_days: expected a number of days (0 or more), got -1"},
      {"{\"chronograph\": 1, \"events\": [{\"id\": \"a\"}], \"edges\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"before\",\n"
       " \"gap\": {\"min_days\": 1, \"dates\": \"both\"}}]}",
       "g.json:2:34: edges[0].gap.dates: expected \"from\" or \"to\", got \"both\""},
  }));
  CAPTURE(json);
  CHECK(error_of(json) == message);
}

TEST_CASE("a parse error carries the offending line for the caret", "[json]") {
  try {
    read_graph_json("{\"chronograph\": 1,\n  \"events\": [{\"id\": 3}]}", "g.json");
    FAIL("no error");
  } catch (const ParseError& error) {
    CHECK(error.source_line() == "  \"events\": [{\"id\": 3}]}");
    CHECK(error.where().column == 21);
  }
}

TEST_CASE("every JSON written validates against the schema, and a broken one does not", "[json][schema]") {
  std::vector<std::filesystem::path> files;
  const auto dir = scratch_dir();
  const auto save = [&](const std::string& name, const std::string& content) {
    files.push_back(dir / name);
    write_file_atomically(files.back(), content);
  };
  save("empty.json", write_graph_json(GraphData{}));
  save("small.json", write_graph_json(small_graph()));
  save("diplomacy.json", write_graph_json(test::diplomacy_graph()));
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    test::RandomGraph random(seed);
    save("random-" + std::to_string(seed) + ".json", write_graph_json(random.graph(40, 80, 3)));
  }
  // The gold graph the query golden files are made from (tests/golden/queries).
  files.push_back(test::kSourceDir / "tests/golden/queries/wsj_0670/graph.json");
  const int status = validate(files);
  if (status == 77) {
    WARN("skipped: /usr/bin/python3 has no jsonschema module (apt-get install python3-jsonschema)");
    return;
  }
  CHECK(status == 0);

  std::string broken = write_graph_json(small_graph());
  broken.replace(broken.find("\"2021-12-04\""), 12, "\"2021-12-4\"");
  write_file_atomically(dir / "broken.json", broken);
  CHECK(validate({dir / "broken.json"}, true) == 1);
}
