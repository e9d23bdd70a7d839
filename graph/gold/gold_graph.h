// A TimeML file's own annotations as a graph (`--use-gold`): what a gold-annotated corpus
// says, drawn and queried like extracted output, without running extraction.
//
//   core::TimemlFile f = core::read_timeml("wsj_1073.tml");
//   GraphData g = gold_graph(f.doc_id, "wsj_1073.tml", f.text, f.dct, f.annotations);
//
// What becomes what:
//   EVENT + its first MAKEINSTANCE -> an Event: trigger, class, tense, aspect, polarity; the
//       modality from polarity (NEG: negated) and the instance's modal word (may/might/could/
//       can: possible; would/should/must: hypothetical; will/shall or tense FUTURE: planned);
//       a title made of the trigger, up to two words before it and three after it in its sentence,
//       stopping at punctuation, without articles and prepositions at either end ("company
//       declared a dividend"); ids by assign_event_ids.
//   TIMEX3 -> a TimexInfo (rule "gold") with the interval of its value (core/timex).
//   TLINK event-event -> an Edge, source extracted, cue "TLINK l5 BEFORE":
//       BEFORE, IBEFORE -> before; AFTER, IAFTER -> before, reversed;
//       INCLUDES, BEGUN_BY, ENDED_BY -> includes; IS_INCLUDED, BEGINS, ENDS -> includes, reversed;
//       SIMULTANEOUS, IDENTITY, DURING, DURING_INV -> simultaneous. Duplicates are dropped.
//   TLINK event-timex, when the timex value is a calendar range (the DCT included):
//       IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY, BEGINS, ENDS -> the event's time is that
//       range (the narrowest such range wins; a text date wins over the DCT);
//       BEFORE / AFTER -> only a bound: it ends no later than the range starts / starts no
//       earlier than it ends (same day allowed: a day is the finest grain here);
//       time.source is `dct` when the DCT gave it, `explicit` when a date in the text did.
//       So TLINKs to the DCT become time bounds of source dct, not edges: the solver reads them.
//   TLINK timex-timex, SLINK, ALINK -> nothing (not kept by the TimeML reader either).
// Sentences come from `sentences` when given (the tokenizer's), else from a simple split at
// . ! ? followed by white space, and at blank lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/text/span.h"
#include "core/timeml/annotations.h"
#include "graph/model/graph_data.h"

namespace chronograph::graph {

GraphData gold_graph(const std::string& doc_id, const std::string& path, std::string_view text,
                     std::optional<date::sys_days> dct, const core::TimemlAnnotations& gold,
                     const std::vector<core::Span>* sentences = nullptr);

// The simple sentence split used when no tokenizer sentences are given; exposed for tests.
std::vector<core::Span> simple_sentences(std::string_view text);

// The title made for a trigger at `trigger` inside `sentence` (see above); exposed for tests.
std::string gold_title(std::string_view text, core::Span sentence, core::Span trigger);

}  // namespace chronograph::graph
