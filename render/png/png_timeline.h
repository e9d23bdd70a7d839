// The timeline as a PNG: the SVG timeline rasterised by librsvg onto a Cairo surface, at
// `scale` device pixels per SVG pixel (2 = sharp on high-density screens and in print).
//
//   std::string png = render_png_timeline(graph, options);   // the PNG file's bytes
//   write_file_atomically("timeline.png", png);
#pragma once

#include <string>
#include <string_view>

#include "graph/model/graph_data.h"
#include "render/timeline/svg_timeline.h"

namespace chronograph::render {

std::string render_png_timeline(const graph::GraphData& graph, const TimelineOptions& options, double scale = 1.0);

// Rasterises any SVG document; throws Error (a bug: our SVG should always load) when librsvg
// rejects it.
std::string svg_to_png(std::string_view svg, double scale = 1.0);

}  // namespace chronograph::render
