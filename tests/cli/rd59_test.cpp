// rd59 (tester t58): an overrides file naming an unknown id says where and suggests the ids it
// likely meant, as `deps` and `why` do, a slip at the start of a long id included (#66).
#include <string>

#include <catch2/catch.hpp>

#include "run_command.h"

using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using chronograph::test::write_file;
using Catch::Matchers::Contains;

namespace {

// A graph of two events whose ids are five words long.
std::string bakery_graph() {
  return R"({"chronograph": 1,
 "documents": [{"id": "d", "path": "d.txt", "dct": "2025-06-10", "title": "Bakery"}],
 "entities": [],
 "events": [
  {"id": "bakery-fire-destroys-old-ovens", "title": "Bakery fire destroys old ovens", "modality": "actual", "actors": [],
   "time": {"value": "2025-06-08", "start": "2025-06-08", "end": "2025-06-08", "precision": "day", "source": "explicit", "mod": null}},
  {"id": "owners-reopen-shop-next-month", "title": "Owners reopen shop next month", "modality": "planned", "actors": [],
   "time": {"value": null, "start": null, "end": null, "precision": "unknown", "source": null, "mod": null}}],
 "edges": [],
 "conflicts": []}
)";
}

}  // namespace

TEST_CASE("t58 #66: an override with a slip in a long id suggests that id", "[cli][overrides][rd59]") {
  const std::string dir = scratch_dir("rd59-slip");
  const std::string graph = write_file(dir, "bakery.json", bakery_graph());
  const std::string overrides = write_file(dir, "fix.yaml", "chronograph: 1\nevents:\n  bakery-fier: {title: X}\n");
  const auto result = run_chronograph({"build", graph, "--overrides", overrides, "-o", dir + "/out.svg"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Contains("fix.yaml:3:3: error: no event 'bakery-fier'; did you mean 'bakery-fire-destroys-old-ovens'?"));
}

TEST_CASE("t58 #66: an override naming nothing like an id still lists the closest ids", "[cli][overrides][rd59]") {
  const std::string dir = scratch_dir("rd59-far");
  const std::string graph = write_file(dir, "bakery.json", bakery_graph());
  const std::string overrides = write_file(dir, "fix.yaml", "chronograph: 1\nevents:\n  zzz: {title: X}\n");
  const auto result = run_chronograph({"build", graph, "--overrides", overrides, "-o", dir + "/out.svg"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Contains("fix.yaml:3:3: error: no event 'zzz'; the closest ids are "));
  CHECK_THAT(result.err, !Contains("did you mean"));
}
