// TLINK input from a TimeML file's gold TIMEX3/EVENT/MAKEINSTANCE (Task C, training), and
// classifier output back as TimeML TLINKs.
//
//   TimemlFile gold = read_timeml(path);
//   TokenizedText tokens = tokenizer.tokenize(gold.text); syntax.annotate(tokens);
//   const GoldTlinkInput in = tlink_input_from_timeml(gold, tokens);
//   gold.annotations.tlinks = to_tlink_annotations(classifier.classify(in.input), in.eiids, in.tids, in.dct_tid);
#pragma once

#include <string>
#include <vector>

#include "core/timeml/annotations.h"
#include "core/timeml/timeml_reader.h"
#include "core/tlinks/tlink_classifier.h"

namespace chronograph::core {

struct GoldTlinkInput {
  TlinkInput input;                // events: one per MAKEINSTANCE'd EVENT; text views `file.text`
  std::vector<std::string> eiids;  // per input event
  std::vector<std::string> tids;   // per input timex
  std::string dct_tid;             // the DCT's tid, "t0" when the file has none
};

// `file` and `tokens` must outlive the result (it points into both).
GoldTlinkInput tlink_input_from_timeml(const TimemlFile& file, const TokenizedText& tokens);

// lids "l1", "l2", ... in output order.
std::vector<TlinkAnnotation> to_tlink_annotations(const std::vector<TlinkOutput>& links,
                                                  const std::vector<std::string>& eiids,
                                                  const std::vector<std::string>& tids, const std::string& dct_tid);

}  // namespace chronograph::core
