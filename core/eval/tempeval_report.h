// The TempEval-3 figures as te3score.py prints them: a table, or JSON with its keys.
//
//   std::cout << format_tempeval_table(result.total, "TempEval-3 scores over 50 documents ...");
//   std::cout << tempeval_json(result, "gold/", "out/", /*per_document=*/false);
//
// JSON keys (te3score.py --json): gold, system, documents, unscored, then timex3 and event
// {gold, system, strict{matched, precision, recall, f1}, relaxed{...}, type|value|class
// {correct, accuracy, precision, recall, f1}} and tlink {precision_verified, system_reduced,
// recall_verified, gold_reduced, precision, recall, f1}; per_document {NAME: {timex3, event,
// tlink}} with --per-doc. Figures are percent.
#pragma once

#include <string>

#include "core/eval/tempeval_scorer.h"

namespace chronograph::core {

// "TempEval-3 scores over N documents (micro-averaged, percent)".
std::string tempeval_title(std::size_t documents);

// The table of te3score.py, from `title` to the TLINK row, with a final newline.
std::string format_tempeval_table(const TempevalCounts& counts, const std::string& title);

// Pretty-printed JSON (2 spaces) with a final newline.
std::string tempeval_json(const EvalResult& result, const std::string& gold_label,
                          const std::string& system_label, bool per_document);

}  // namespace chronograph::core
