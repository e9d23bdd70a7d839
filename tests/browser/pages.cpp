// Writes the pages the browser test opens: the sample-like timeline, a 1,000-event one and a
// season of days drawn as dots until zoomed.
//   browser_pages OUT_DIR
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include <date/date.h>

#include "core/common/atomic_file.h"
#include "render/html/html_timeline.h"
#include "tests/render/sample_graphs.h"

namespace {

// Seven days a fortnight apart: on the page each is a dot until the zoom draws it across.
chronograph::graph::GraphData season_of_days() {
  using namespace date;
  chronograph::graph::GraphData g;
  for (int k = 0; k < 7; ++k) {
    chronograph::graph::Event e;
    e.id = "day-" + std::to_string(k);
    e.title = "Inspection " + std::to_string(k + 1);
    e.time.start = e.time.end = sys_days{2025_y / feb / 3} + days{14 * k};
    e.time.value = format("%F", *e.time.start);
    e.time.precision = chronograph::Precision::Day;
    e.time.source = chronograph::graph::TimeSource::Explicit;
    g.events.push_back(std::move(e));
  }
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: browser_pages OUT_DIR\n");
    return 2;
  }
  try {
    const std::filesystem::path out{argv[1]};
    std::filesystem::create_directories(out);
    const auto data = chronograph::DataDir::locate();
    chronograph::write_file_atomically(
        out / "sample.html", chronograph::render::render_html_timeline(chronograph::test::sample_like_graph(), {}, data));
    chronograph::write_file_atomically(
        out / "random-1000.html",
        chronograph::render::render_html_timeline(chronograph::test::random_graph(1000, 7), {}, data));
    chronograph::write_file_atomically(out / "season-of-days.html",
                                       chronograph::render::render_html_timeline(season_of_days(), {}, data));
  } catch (const std::exception& error) {
    std::fprintf(stderr, "browser_pages: %s\n", error.what());
    return 1;
  }
  return 0;
}
