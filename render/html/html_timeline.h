// The interactive timeline (issue 7): one self-contained HTML file holding the SVG timeline,
// the events' cards as JSON, and a little plain JavaScript and CSS (data/html/timeline.js,
// data/html/timeline.css, inlined), so it opens with no network. Hover or focus an event to
// see its card; click (or Enter) highlights what it depends on and what depends on it; the
// toolbar filters lanes, modalities and edge types; the wheel, +/- and arrow keys zoom and
// pan the time axis.
//
//   std::string html = render_html_timeline(graph, options);            // finds data/ itself
//   std::string html = render_html_timeline(graph, options, DataDir::locate(flag));
#pragma once

#include <string>

#include "core/common/data_dir.h"
#include "graph/model/graph_data.h"
#include "render/timeline/svg_timeline.h"

namespace chronograph::render {

// Throws InputError when data/html/timeline.{js,css} cannot be read.
std::string render_html_timeline(const graph::GraphData& graph, const TimelineOptions& options,
                                 const DataDir& data_dir);
// Same, with DataDir::locate() (CHRONOGRAPH_DATA_DIR or beside the executable).
std::string render_html_timeline(const graph::GraphData& graph, const TimelineOptions& options);

}  // namespace chronograph::render
