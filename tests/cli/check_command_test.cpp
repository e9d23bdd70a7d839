// `check`: the problems it flags (facts dated after the document, causes that did not happen)
// and the cases it leaves alone.
#include <nlohmann/json.hpp>
#include <string>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"

using namespace chronograph;
using namespace chronograph::test;
using Catch::Matchers::Contains;

namespace {

// A headline naming a memorial and the sentence that schedules it, told on Wednesday 13 March 2030.
const std::string kMemorial =
    "Fans gather in Leeds as club sets memorial for Saturday\n\n"
    "The memorial will begin at 11:00 on Saturday, the club said.\n";

const std::string kDct = "2030-03-13";

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

TEST_CASE("t60 #64: check flags a fact told in the present tense dated after the document date", "[cli][check][rc62]") {
  const std::string dir = scratch_dir("rc62-check");
  const std::string article = write_file(dir, "memorial.txt", kMemorial);
  const std::string file = write_file(dir, "fixes.yaml", "chronograph: 1\nevents:\n  fans-gather-leeds: {date: 2030-03-20}\n");
  const auto result = run_chronograph({"-q", "check", article, "--dct", kDct, "--overrides", file});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("dates against the document date: 1") != std::string::npos);
  CHECK(result.out.find("fans-gather-leeds") != std::string::npos);
  // must not: the memorial is planned for Saturday, after the document date, as it should be
  CHECK(result.out.find("memorial-begins  ") == std::string::npos);
}

TEST_CASE("t60 #64: check flags a headline noun dated after the document date", "[cli][check][rc62]") {
  // The headline's "memorial" has no tense; dated to next Saturday it cannot have happened.
  const std::string dir = scratch_dir("rc62-check-noun");
  const std::string article = write_file(dir, "memorial.txt", kMemorial);
  const std::string file = write_file(dir, "fixes.yaml", "chronograph: 1\nevents:\n  memorial: {date: 2030-03-16}\n");
  const auto result = run_chronograph({"-q", "check", article, "--dct", kDct, "--overrides", file});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("  memorial  ") != std::string::npos);
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
