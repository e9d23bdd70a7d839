// The SVG timeline (issue 7): our own layout of a solved graph on a time axis, with lanes,
// modality styles, typed edges, a legend, the sources and a tooltip per event.
//
//   TimelineOptions options;
//   options.lanes = TimelineOptions::Lanes::Class;
//   std::string svg = render_svg_timeline(graph, options);
//   write_file_atomically("timeline.svg", svg);
//
// Every text element has class "label" and every mark class "mark", each with
// data-box="x y width height" in user units, so tests can check that labels overlap neither
// each other nor marks, and stay on the canvas. Output is deterministic: the same graph and
// options give the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/interval.h"
#include "graph/model/graph_data.h"

namespace chronograph::render {

struct TimelineOptions {
  std::string title;  // default: the documents' titles
  // --lanes actor|class|none, or the overrides' view.lanes (Custom: a list of lane names,
  // matched against each event's `lane`).
  enum class Lanes { Actor, Class, None, Custom } lanes = Lanes::Actor;
  std::vector<std::string> custom_lanes;
  // --edges: temporal = before/includes/simultaneous; causal = every other type.
  enum class Edges { None, Temporal, Causal, All } edges = Edges::All;
  std::optional<Interval> range;  // the overrides' view.range: only this stretch of time is drawn
  int width = 1400;               // pixels; at least 480 is used
  // Drawn for the HTML page, whose zoom redraws it (data/html/timeline.js): a day's mark says
  // where its midnights are (data-day), as the zoom may draw it across the day, and the legend
  // keeps room for a day drawn across (hidden until then), each swatch saying its kind.
  bool zoomable = false;
};

std::string render_svg_timeline(const graph::GraphData& graph, const TimelineOptions& options);

}  // namespace chronograph::render
