// re57 (tester t56): `why` suggests the ids that hold the typed word before ids near it by edit
// distance (#67), `check` lists a causal link out of an event the text says did not happen (#68),
// and a named speaker's dated statement is titled with what it reports, with a reports edge,
// when its "that" clause was parsed as an adverbial one (#69).
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;

namespace {

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

TEST_CASE("t56 #68: check lists a cause that did not happen and fails", "[cli][check]") {
  const auto negated = run_chronograph({"check", harbour_file("negated", "negated", "actual")});
  CHECK(negated.exit_code == 1);
  CHECK_THAT(negated.out, Contains("causal links from events that did not happen: 1\n"
                                   "  gale-damages-crane -causes-> harbour-crane-collapses  (the source is negated)") &&
                              Contains("1 unreal cause,"));
  const auto hypothetical = run_chronograph({"check", harbour_file("hypothetical", "hypothetical", "actual")});
  CHECK(hypothetical.exit_code == 1);
  CHECK_THAT(hypothetical.out, Contains("(the source is hypothetical)"));
}

TEST_CASE("t56 #68: a possible cause, or a real one of a planned effect, is no problem for check", "[cli][check]") {
  const auto [storm, strike] = GENERATE(table<std::string, std::string>(
      {{"possible", "actual"}, {"actual", "planned"}, {"actual", "negated"}, {"actual", "hypothetical"}}));
  const auto result = run_chronograph({"check", harbour_file("fine-" + storm + "-" + strike, storm, strike)});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("causal links from events that did not happen: 0\n") && Contains("0 unreal causes,"));
}

namespace {

// The extracted graph of `text` as JSON text.
std::string extracted(const std::string& name, const std::string& text) {
  const std::string dir = scratch_dir("re57-" + name);
  const std::string article = write_file(dir, "a.txt", text + "\n");
  const auto result = run_chronograph({"extract", article, "--dct", "2019-05-03", "--format", "json", "-o", dir + "/a.json"});
  REQUIRE(result.exit_code == 0);
  return chronograph::read_file(dir + "/a.json");
}

}  // namespace

TEST_CASE("t56 #69: a named speaker's dated statement says what it reports", "[cli][reporting]") {
  const std::string text = GENERATE(as<std::string>{},
      "The Customs Service said on Thursday that a tip received in the spring had led officers to a container in Hamburg.",
      "The Coast Guard said on Sunday that a new tip received in the autumn had led divers to a wreck off Crete.");
  const std::string json = extracted("statement", text);
  CHECK_THAT(json, Contains("-says-tip-leads\"") || Contains("-says-new-tip\""));
  CHECK_THAT(json, Contains("\"type\": \"reports\""));
}

TEST_CASE("t56 #69: an unnamed speaker's statement stays evidence, and 'so that' reports nothing", "[cli][reporting]") {
  const std::string unnamed = extracted("unnamed", "Customs officers said on Thursday that a tip received in the spring had "
                                                   "led them to a container in Hamburg.");
  CHECK_THAT(unnamed, !Contains("officers-say") && !Contains("\"type\": \"reports\""));
  const std::string purpose = extracted("purpose", "The Customs Service announced the new rules on Thursday so that importers "
                                                   "could prepare.");
  CHECK_THAT(purpose, !Contains("\"type\": \"reports\""));
}
