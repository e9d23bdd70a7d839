// TLINKs for our own analysis of a document (TempEval-3 Task ABC), with the ids
// core/pipeline/timeml_output.cpp gives: events "ei{N}" (N = index + 1 in
// analysis.events.events), timexes "t{N}" (index + 1 in analysis.timexes), the DCT "t0".
//
//   const auto tlinks = TlinkClassifier::load(data);                  // once
//   out.tlinks = tlinks_for(analysis, tlinks);                        // in to_timeml()
//
// Header-only so that core_pipeline can call it while core_tlinks stays below the pipeline
// (a target using it links core_tlinks).
#pragma once

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/pipeline/pipeline.h"
#include "core/timeml/annotations.h"
#include "core/tlinks/tlink_classifier.h"
#include "core/tlinks/tlink_timeml.h"

namespace chronograph::core {

inline TlinkInput tlink_input_for(const DocumentAnalysis& analysis) {
  TlinkInput input;
  input.text = analysis.document.text;
  input.tokens = &analysis.tokens;
  input.dct = analysis.document.dct;
  for (const EventMention& e : analysis.events.events)
    input.events.push_back({e.token, e.span, e.event_class, e.tense, e.aspect, e.polarity, e.pos, e.confidence});
  // Events the trigger model itself prefers to "no event" (confidence above one half); those
  // only its recall bias adds are events but not linked. Task ABC cross-validation on TBAQ
  // train (bench/tlinks/abc_cv.sh): 0.5 adds 0.2 F1, 0.55 loses 0.7, 0.6 loses 1.9.
  input.min_event_confidence = 0.5;
  for (const Timex& t : analysis.timexes) input.timexes.push_back({t.span, t.type, t.value});
  return input;
}

inline std::vector<TlinkAnnotation> tlinks_for(const DocumentAnalysis& analysis, const TlinkClassifier& classifier) {
  std::vector<std::string> eiids, tids;
  for (std::size_t e = 0; e < analysis.events.events.size(); ++e) eiids.push_back(fmt::format("ei{}", e + 1));
  for (std::size_t t = 0; t < analysis.timexes.size(); ++t) tids.push_back(fmt::format("t{}", t + 1));
  return to_tlink_annotations(classifier.classify(tlink_input_for(analysis)), eiids, tids, "t0");
}

}  // namespace chronograph::core
