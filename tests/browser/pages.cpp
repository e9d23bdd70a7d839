// Writes the pages the browser test opens: the sample-like timeline and a 1,000-event one.
//   browser_pages OUT_DIR
#include <cstdio>
#include <exception>
#include <filesystem>

#include "core/common/atomic_file.h"
#include "render/html/html_timeline.h"
#include "tests/render/sample_graphs.h"

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
  } catch (const std::exception& error) {
    std::fprintf(stderr, "browser_pages: %s\n", error.what());
    return 1;
  }
  return 0;
}
