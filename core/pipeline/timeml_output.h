// Our own analysis of a document as TimeML annotations, for `annotate --format timeml`:
// TIMEX3 with type/value/mod, EVENT with class, MAKEINSTANCE with tense, aspect, polarity,
// part of speech and modality, and the TLINKs the classifier found (core/tlinks).
#pragma once

#include "core/pipeline/pipeline.h"
#include "core/timeml/annotations.h"

namespace chronograph::core {

TimemlAnnotations to_timeml(const DocumentAnalysis& analysis);

}  // namespace chronograph::core
