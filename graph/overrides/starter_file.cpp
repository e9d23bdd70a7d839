#include "graph/overrides/starter_file.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/timex/timex.h"
#include "graph/overrides/override_text.h"

namespace chronograph::graph {

namespace {

// Comments are one line each: a title with a line break would end the comment.
std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\r', ' ');
  return out;
}

// "; the text says 2025-04, `chronograph why ID` tells why" where the date
// shown lies outside the days of the time expression it was found from (t54 #76: the listing
// said "by 2024-12-31 (explicit)", the JSON's value 2025-04, and nothing said why). A date
// narrowed inside them ("since 2012": not before 2012-01-01) is the text's, said as it is.
std::string moved_from_the_text(const Event& event) {
  const auto& time = event.time;
  if (time.source != TimeSource::Explicit || time.value.empty()) return {};
  const auto said = core::interval_of_value(time.value, time.mod);
  if (!said) return {};
  const bool outside = (time.end && *time.end < said->start) || (time.start && *time.start > said->end);
  if (!outside) return {};
  return fmt::format("; the text says {}, `chronograph why {}` tells why", time.value, event.id);
}

std::string event_line(const Event& event) {
  const std::string date = event.time.known() ? fmt::format("{} ({}{})", detail::describe_time(event.time),
                                                            to_string(event.time.source), moved_from_the_text(event))
                                              : "no date";
  return fmt::format("#  {:<28} # {} · {}\n", event.id + ":", one_line(event.title), date);
}

std::string id_or(const GraphData& graph, std::size_t index, std::string_view fallback) {
  return index < graph.events.size() ? graph.events[index].id : std::string(fallback);
}

}  // namespace

std::string starter_overrides(const GraphData& graph, std::string_view made_by) {
  std::string out;
  out += "# chronograph overrides, version 1: corrections that survive every re-run.\n";
  out += fmt::format("# Written by `{}`. chronograph never rewrites this file; edit it freely\n", one_line(made_by));
  out += "# and pass it with --overrides. Uncomment an entry (remove the leading '#') to use it.\n";
  out += "# Dates: 2021-12-07, 2021-06, 2022, early 2022, mid 2021, late 2021, -0499 (500 BCE),\n";
  out += "# as the timeline prints them (7 Dec 2021, mid-Nov 2020, late Q1 2026, summer 2024, the 2030s),\n";
  out += "# TIMEX3 values (2026-Q1, 2026-W07), 2021-12-01..2021-12-10 or {start: 2021-12-01, end: 2021-12-10}.\n";
  out += "# `chronograph extract ARTICLE --format yaml` writes every event as an entry to copy here.\n";
  out += "chronograph: 1\n\n";

  out += "# The document dates that relative dates (\"on Tuesday\") count from:\n";
  out += "documents:\n";
  for (const auto& doc : graph.documents)
    out += doc.dct ? fmt::format("#  {}: {{dct: {}}}\n", doc.id, format_iso_day(*doc.dct))
                   : fmt::format("#  {}: {{dct: 2021-12-04}}   # it has no date now\n", doc.id);
  if (graph.documents.empty()) out += "#  article-id: {dct: 2021-12-04}\n";

  out += fmt::format("\n# The {} events found, as `id:  # title · date (how it was found)`:\n", graph.events.size());
  out += "events:\n";
  for (const auto& event : graph.events) out += event_line(event);
  const std::string first = id_or(graph, 0, "video-call");
  const std::string second = id_or(graph, 1, "geneva-summit");
  out += "#\n# Every kind of edit, on one event:\n";
  out += fmt::format("#  {}:\n", first);
  out += "#    title: A better title\n";
  out += "#    date: 2021-12-07              # or 2021-06, 2022, early 2022, {start: .., end: ..}\n";
  out += "#    actors: [Joe Biden, Vladimir Putin]   # entity ids or names; a new name becomes an entity\n";
  out += "#    lane: Diplomacy\n";
  out += "#    modality: planned             # actual | planned | possible | hypothetical | negated\n";
  out += "#    match: \"words of its sentence\"  # keeps the fix when a reworded article changes the id\n";
  out += fmt::format("#  {}: {{remove: true}}\n", second);

  out += "\n# New events:\n";
  out += "add:\n";
  out += "#  - {id: invasion, title: Russia invades Ukraine, date: 2022-02-24, actors: [Russia], lane: War,\n";
  out += "#     modality: actual}            # by default planned when dated after the article, else actual\n";

  out += "\n# Events that are one happening; the first keeps its id:\n";
  out += "merge:\n";
  out += fmt::format("#  - [{}, {}]\n", first, second);

  out += "\n# Links to add, or to remove when extraction got them wrong:\n";
  out += "edges:\n";
  out += fmt::format("#  - {{from: {}, to: {}, type: refers_to, cue: \"agreements reached at\"}}\n", second, first);
  out += "#    # types: before includes simultaneous causes enables responds_to reports refers_to part_of\n";
  if (!graph.edges.empty()) {
    const Edge& edge = graph.edges.front();
    out += fmt::format("#  - {{from: {}, to: {}, type: {}, remove: true}}\n", edge.from, edge.to, to_string(edge.type));
  } else {
    out += fmt::format("#  - {{from: {}, to: {}, type: causes, remove: true}}\n", first, second);
  }
  out += "#  - {from: {match: \"words of one sentence\"}, to: " + first + ", type: before}\n";

  out += "\n# What the drawing shows:\n";
  out += "view:\n";
  out += "#  range: [2021-05-01, 2022-06-30]\n";
  out += "#  lanes: actor                    # actor | class | none | [War, Diplomacy]\n";
  return out;
}

}  // namespace chronograph::graph
