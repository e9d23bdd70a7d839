// TempEval-3 scores (SemEval-2013 Task 1, UzZaman et al. 2013) of system TimeML against gold,
// computed exactly as the TempEval-3 scorer te3score.py does (its README gives the definitions):
//
//   TempevalCounts c = score_document(read_timeml("gold/a.tml"), read_timeml("out/a.tml"));
//   EvalResult r = score_folders("gold", "out", {}, reporter);   // paired by file name
//   format_tempeval_table(r.total, "title")                      // tempeval_report.h
//
// - Alignment: gold entities in text order each take the first free system entity of the
//   same kind, in text order, whose span overlaps theirs (empty spans never match).
// - Extents: relaxed P = aligned / system, R = aligned / gold; strict counts aligned pairs
//   with identical spans. Attributes (TIMEX3 type, value; EVENT class) over aligned pairs:
//   P = correct / system, R = correct / gold.
// - Temporal awareness: TLINK ends are event instances (the k-th MAKEINSTANCE of an event
//   pairs with the k-th of its aligned event), TIMEX3s and the DCT; DURING, DURING_INV and
//   IDENTITY count as SIMULTANEOUS. Each side's links in document order make its reduced
//   graph (links that repeat or follow from earlier ones are left out; contradicting ones
//   stay but stay out of the closure, see point_algebra.h). P = system reduced links that
//   gold states or entails / system reduced links; R the other way round.
// - Counts are summed over documents, then divided (micro-average). With nothing on either
//   side extents and attributes score 100, temporal awareness 0.
//
// Spans are byte offsets here and character offsets in te3score.py; overlap and equality do
// not depend on the unit, so every figure is the same. One difference: a missing attribute
// and an empty one compare equal here (TimemlAnnotations keeps both as "").
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/common/reporter.h"
#include "core/timeml/split_list.h"
#include "core/timeml/timeml_reader.h"

namespace chronograph::core {

struct AttributeCount {
  std::string name;  // "type", "value", "class"
  std::size_t correct = 0;
};

struct ExtentCounts {
  std::size_t gold = 0, system = 0, strict = 0, relaxed = 0;
  std::vector<AttributeCount> attributes;  // same names, same order, in every ExtentCounts of a kind
  ExtentCounts& operator+=(const ExtentCounts& other);
};

struct AwarenessCounts {
  std::size_t precision_verified = 0;  // system reduced links the gold graph verifies
  std::size_t system_reduced = 0;
  std::size_t recall_verified = 0;  // gold reduced links the system graph verifies
  std::size_t gold_reduced = 0;
  AwarenessCounts& operator+=(const AwarenessCounts& other);
};

struct TempevalCounts {
  ExtentCounts timex3{0, 0, 0, 0, {{"type", 0}, {"value", 0}}};
  ExtentCounts event{0, 0, 0, 0, {{"class", 0}}};
  AwarenessCounts tlink;
  TempevalCounts& operator+=(const TempevalCounts& other);
};

// Precision, recall and F1 in percent.
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

// te3score's prf(): `if_empty` when both totals are 0.
Prf prf(std::size_t correct_p, std::size_t total_p, std::size_t correct_r, std::size_t total_r,
        double if_empty = 100.0);

// Throws InputError when the two texts differ (the message names `system_name` and the byte
// where they part), or when a TLINK end names nothing.
TempevalCounts score_document(const TimemlFile& gold, const TimemlFile& system,
                              const std::string& system_name = "system");

struct DocumentCounts {
  std::string name;  // the gold file's name
  TempevalCounts counts;
};

struct EvalResult {
  TempevalCounts total;
  std::vector<DocumentCounts> documents;  // in gold file name order
};

struct EvalOptions {
  bool missing_as_empty = false;  // a gold file without a system file scores as empty, not an error
};

// Every *.tml of gold_dir against the file of the same name in system_dir. Throws InputError
// (no gold file, a missing system file, a folder that is not one) or ParseError (bad TimeML),
// naming the file. Warns on `reporter` about documents scored as empty and system files
// without gold.
EvalResult score_folders(const std::filesystem::path& gold_dir,
                         const std::filesystem::path& system_dir, const EvalOptions& options,
                         Reporter& reporter);

// The same for a list of gold files (paired with system_dir / their file name).
EvalResult score_gold_files(const std::vector<std::filesystem::path>& gold_files,
                            const std::filesystem::path& system_dir, const EvalOptions& options,
                            Reporter& reporter);

}  // namespace chronograph::core
