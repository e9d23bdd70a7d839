// re53: `--about NAME` that matches no event says so once, naming NAME and what to type instead,
// instead of "no event is about 'X'" followed by "no events were found in the input".
#include <string>

#include <catch2/catch.hpp>

#include "run_command.h"

using chronograph::test::count;
using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;

namespace {

// Three events, two of them by Lucia Alvarez, one by Anna Petrova.
const std::string kGraph = R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2025-09-06", "title": "Test"}],
 "entities": [{"id": "lucia-alvarez", "name": "Lucia Alvarez", "type": "PERSON", "aliases": ["Alvarez"]},
              {"id": "anna-petrova", "name": "Anna Petrova", "type": "PERSON", "aliases": ["Petrova"]}],
 "events": [
  {"id": "alvarez-wins", "title": "Alvarez wins semi-final", "modality": "actual", "actors": ["lucia-alvarez"],
   "time": {"value": "2025-09-05", "start": "2025-09-05", "end": "2025-09-05", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "alvarez-saves", "title": "Alvarez saves match points", "modality": "actual", "actors": ["lucia-alvarez"],
   "time": {"value": "2025-09-03", "start": "2025-09-03", "end": "2025-09-03", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "petrova-beats", "title": "Petrova beats Novak", "modality": "actual", "actors": ["anna-petrova"],
   "time": {"value": "2025-09-05", "start": "2025-09-05", "end": "2025-09-05", "precision": "day", "source": "explicit", "mod": null}}],
 "edges": [], "conflicts": []}
)";

}  // namespace

TEST_CASE("re53: --about with no match says once what it looked for and suggests the closest name", "[cli][about]") {
  const auto [command, wanted, suggestion] = GENERATE(table<std::string, std::string, std::string>({
      {"extract", "Alvares", "'Lucia Alvarez'"},
      {"build", "Petrva", "'Anna Petrova'"},
      {"extract", "lucia alvarz", "'Lucia Alvarez'"}}));
  const std::string dir = scratch_dir("re53-about-near");
  const std::string graph = write_file(dir, "g.json", kGraph);
  const auto result = run_chronograph({command, graph, "--about", wanted, "-o", dir + "/out.json"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("no event is about '" + wanted + "' (of 3 events found); did you mean " + suggestion + "?"));
  CHECK(count(result.err, "chronograph: ") == 1);
  CHECK(result.err.find("no events were found") == std::string::npos);
}

TEST_CASE("re53: --about a name far from every entity lists the names the articles use most", "[cli][about]") {
  const std::string command = GENERATE(std::string("extract"), std::string("build"));
  const std::string dir = scratch_dir("re53-about-far");
  const std::string graph = write_file(dir, "g.json", kGraph);
  const auto result = run_chronograph({command, graph, "--about", "Serena Williams", "-o", dir + "/out.json"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Contains("no event is about 'Serena Williams' (of 3 events found); --about takes a name as the "
                                  "articles write it, an actor's or a word of an event's title, such as "
                                  "'Lucia Alvarez' or 'Anna Petrova'"));
  CHECK(count(result.err, "chronograph: ") == 1);
}

TEST_CASE("re53: --about on input without events says there were none, once", "[cli][about]") {
  const std::string dir = scratch_dir("re53-about-none");
  const std::string graph = write_file(dir, "g.json", R"({"chronograph": 1, "documents": [], "entities": [],
 "events": [], "edges": [], "conflicts": []})");
  const auto result = run_chronograph({"extract", graph, "--about", "Alvarez", "-o", dir + "/out.json"});
  CHECK_THAT(result.err, Contains("no events were found in the input, so none is about 'Alvarez'"));
  CHECK(count(result.err, "chronograph: ") == 1);
}

TEST_CASE("re53: --about that matches keeps quiet, and extract without --about still says when nothing was found",
          "[cli][about]") {
  const std::string dir = scratch_dir("re53-about-match");
  const std::string graph = write_file(dir, "g.json", kGraph);
  const auto matched = run_chronograph({"extract", graph, "--about", "Alvarez", "-o", dir + "/out.json"});
  CHECK(matched.err.find("no event") == std::string::npos);
  const std::string empty = write_file(dir, "e.json", R"({"chronograph": 1, "documents": [], "entities": [],
 "events": [], "edges": [], "conflicts": []})");
  const auto none = run_chronograph({"extract", empty, "-o", dir + "/out.json"});
  CHECK_THAT(none.err, Contains("no events were found in the input"));
}
