// --about and `why`: what they say when nothing matches, and the names and ids they suggest.
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using namespace chronograph;
using namespace chronograph::test;
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

// A harbour story: a crane collapse, a storm that did not cause it, a strike that might follow.
std::string harbour_graph(const std::string& storm_modality, const std::string& strike_modality) {
  return R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2025-03-14", "title": "Harbour"}],
 "entities": [],
 "events": [
  {"id": "harbour-crane-collapses", "title": "Harbour crane collapses", "modality": "actual", "actors": [],
   "time": {"value": "2025-03-12", "start": "2025-03-12", "end": "2025-03-12", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "gale-damages-crane", "title": "Gale damages crane", "modality": ")" + storm_modality + R"(", "actors": [],
   "time": {"value": null, "start": null, "end": null, "precision": "unknown", "source": null, "mod": null}},
  {"id": "dockers-strike", "title": "Dockers strike", "modality": ")" + strike_modality + R"(", "actors": [],
   "time": {"value": null, "start": null, "end": null, "precision": "unknown", "source": null, "mod": null}},
  {"id": "pay", "title": "Pay", "modality": "actual", "actors": [],
   "time": {"value": null, "start": null, "end": null, "precision": "unknown", "source": null, "mod": null}}],
 "edges": [
  {"from": "gale-damages-crane", "to": "harbour-crane-collapses", "type": "causes", "source": "extracted", "confidence": 0.6},
  {"from": "harbour-crane-collapses", "to": "dockers-strike", "type": "causes", "source": "extracted", "confidence": 0.6}],
 "conflicts": []}
)";
}

std::string harbour_file(const std::string& name, const std::string& storm, const std::string& strike) {
  return write_file(scratch_dir("re57-" + name), "harbour.json", harbour_graph(storm, strike));
}

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

TEST_CASE("t56 #67: why suggests the ids that hold the typed word", "[cli][why]") {
  const std::string graph = harbour_file("why", "actual", "actual");
  const auto word = run_chronograph({"why", "collapses", graph});
  CHECK(word.exit_code == 1);
  CHECK_THAT(word.err, Contains("no event 'collapses'; did you mean 'harbour-crane-collapses'?"));
  const auto words = run_chronograph({"why", "crane-collapses", graph});
  CHECK_THAT(words.err, Contains("did you mean 'harbour-crane-collapses'?"));
  // a word typed with a slip still suggests the id that holds it (t58 #66: as a likely meaning)
  const auto slip = run_chronograph({"why", "colapses", graph});
  CHECK_THAT(slip.err, Contains("did you mean 'harbour-crane-collapses'?"));
}

TEST_CASE("t56 #67: a short id near the typed text by edit distance is still suggested", "[cli][why]") {
  const std::string graph = harbour_file("why-near", "actual", "actual");
  CHECK_THAT(run_chronograph({"why", "pays", graph}).err, Contains("did you mean 'pay'?"));
  // nothing holds "zzz": no id is pulled ahead by a short word of its own
  CHECK_THAT(run_chronograph({"why", "zzz", graph}).err, Contains("the closest ids are 'pay'"));
}
