// Turns what core read from each document into the event graph's plain data: mentions of one
// event become one Event (its title, class, modality, actors and every mention), time
// expressions that anchor an event give it an explicit date, tense gives the others a bound
// relative to the document date, and entities are merged across documents by id.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "graph/assemble/entity_merge.h"
#include "graph/model/graph_data.h"

namespace chronograph::graph {

struct AssembleOptions {
  bool all_events = false;  // keep reporting events (said, told) and comparisons' standards ("than expected") as nodes
};

class PendingEdges;

// Builds the graph one analysis at a time, so each can be dropped once it is added (the parts
// of a long document, core/pipeline/pipeline.h). Ids are given when all are in.
class GraphAssembler {
 public:
  explicit GraphAssembler(AssembleOptions options);
  ~GraphAssembler();
  GraphAssembler(const GraphAssembler&) = delete;
  void add(const core::DocumentAnalysis& analysis);
  GraphData finish() &&;

 private:
  AssembleOptions options_;
  GraphData graph_;
  ShortNameLimits merge_limits_;  // what the articles' reading says no merge across them may undo
  int analyses_ = 0;
  std::unique_ptr<PendingEdges> pending_;
};

GraphData assemble_graph(const std::vector<core::DocumentAnalysis>& analyses, const AssembleOptions& options);

// One document's time expressions as the graph keeps them (documents[].timexes in JSON).
std::vector<TimexInfo> timex_infos(const core::DocumentAnalysis& analysis);

}  // namespace chronograph::graph
