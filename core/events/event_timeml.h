// Event mentions as TimeML annotations and back, over core/timeml's reader and writer:
// EVENT e{N} + MAKEINSTANCE ei{N} for the N-th mention (the numbering core/tlinks uses), and
// a gold file's events joined with their first instance, for training.
#pragma once

#include <vector>

#include "core/events/event_mention.h"
#include "core/timeml/annotations.h"

namespace chronograph::core {

// Appends one EVENT and one MAKEINSTANCE per mention, in mention order.
void add_event_annotations(const std::vector<EventMention>& events, TimemlAnnotations& out);

// A gold event with its instance's attributes (the first instance when there are several).
struct GoldEvent {
  Span span;
  std::string event_class, tense, aspect, polarity, pos;
};

std::vector<GoldEvent> gold_events(const TimemlAnnotations& annotations);

}  // namespace chronograph::core
