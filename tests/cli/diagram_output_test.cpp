// `build -o FILE.dot` draws the Graphviz diagram without being told --layout graph, and the
// diagram of an article whose linked events share a day is written, never aborted.
#include <fstream>

#include <catch2/catch.hpp>

#include "core/common/atomic_file.h"
#include "run_command.h"
#include "tests/support/shared_data.h"

using chronograph::read_file;
using chronograph::test::run_chronograph;
using chronograph::test::scratch_dir;
using Catch::Matchers::Contains;

namespace {
const std::string kSample = (chronograph::test::kSourceDir / "samples/ukraine-call.txt").string();
}  // namespace

TEST_CASE("a .dot, .gv or .pdf output file picks the diagram layout", "[cli]") {
  const std::string dir = scratch_dir("diagram-output");
  for (const std::string extension : {"dot", "gv"}) {
    const std::string out = dir + "/deps." + extension;
    const auto result = run_chronograph({"-q", "build", kSample, "-o", out});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(read_file(out), Contains("digraph") && Contains("rankdir=LR"));
  }
  const auto pdf = run_chronograph({"-q", "build", kSample, "-o", dir + "/deps.pdf"});
  CHECK(pdf.exit_code == 0);
  CHECK(read_file(dir + "/deps.pdf").substr(0, 5) == "%PDF-");
  // an .svg stays the timeline; a layout asked for wins
  REQUIRE(run_chronograph({"-q", "build", kSample, "-o", dir + "/t.svg"}).exit_code == 0);
  CHECK_THAT(read_file(dir + "/t.svg"), !Contains("class=\"graph\""));
  const auto refused = run_chronograph({"-q", "build", kSample, "--layout", "timeline", "-o", dir + "/x.dot"});
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Contains("cannot write format 'dot'"));
}

TEST_CASE("an article whose linked events fall on one day is drawn as a diagram every time", "[cli]") {
  const std::string dir = scratch_dir("diagram-one-day");
  const std::string article = dir + "/talks.txt";
  std::ofstream(article) << "Union leaders met managers on Monday and the talks collapsed on Monday. In response, "
                            "workers walked out on Monday, and the company suspended the line on Monday after "
                            "the walkout began. The mayor said on Monday that she would mediate.\n";
  for (int run = 0; run < 5; ++run) {
    const auto result = run_chronograph({"-q", "build", article, "--dct", "2024-03-05", "--layout", "graph", "-o",
                                         dir + "/talks.svg"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(read_file(dir + "/talks.svg"), Contains("</svg>"));
  }
}
