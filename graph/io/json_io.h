// The JSON interchange, version 1 (DESIGN.md "JSON interchange"; the schema is
// data/schema/chronograph-v1.schema.json). Deterministic: keys in a fixed order, lists in
// the GraphData's order, two-space indentation, so the same graph gives the same bytes.
//
//   std::string text = write_graph_json(graph);
//   GraphData again = read_graph_json(text, "graph.json");   // write(again) == text
//
// Conventions: an empty string field that the format allows to be absent is written as null
// (time.value, time.mod, lane, mod, rule, evidence.doc/cue, sentence_text); a missing date is
// null; days are ISO 8601 ("2021-12-07", "-0499-03-15" for 500 BCE). Time expressions are
// listed under their document: documents[i].timexes, each with its resolved `interval`
// ({start, end, precision}, or null when its value is not a calendar range) — nested because
// a timex's `begin`/`end` are already its byte offsets.
#pragma once

#include <string>
#include <string_view>

#include "graph/model/graph_data.h"

namespace chronograph::graph {

inline constexpr int kJsonVersion = 1;

// Throws InputError when a timex names a document the graph does not list.
std::string write_graph_json(const GraphData& graph);

// An event's time as the JSON tells it (DESIGN.md "Dates"): one dated to exactly one day has
// that day as its TIMEX3 value and a day's precision, however it was dated ("two days after",
// a solver's bound), since a reader of the JSON goes by the interval (t61 #74); any other time
// as it is. So read_graph_json(write_graph_json(g)) gives g with its times told this way.
EventTime interchange_time(EventTime time);

// Throws ParseError (path:line:column) on malformed JSON, a value of the wrong type, an unknown
// key, a bad date or enum value, or a version other than 1. Only ids are required; every other
// field has the default of graph/model.
GraphData read_graph_json(std::string_view json, const std::string& path);

}  // namespace chronograph::graph
