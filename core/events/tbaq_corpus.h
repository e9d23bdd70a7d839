// TimeML in and out for training and measuring the event models (train-events, bench/events):
// reads a .tml file's TEXT (markup removed, entities resolved, as te3score.py sees it) with its
// gold EVENTs and MAKEINSTANCE attributes, and writes system EVENT + MAKEINSTANCE TimeML over
// the same text. The general reader/writer of `chronograph eval` lives in core/timeml.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/events/event_mention.h"

namespace chronograph::core {

struct GoldEvent {
  Span span;
  std::string event_class, tense, aspect, polarity, pos;
};

struct TimemlText {
  std::string id;
  std::string text;  // <TEXT> content, UTF-8
  std::string dct;   // the DCT TIMEX3 value, or ""
  std::vector<GoldEvent> events;
};

// Throws ParseError naming the file when it is not well-formed TimeML with one <TEXT>.
TimemlText read_timeml_text(const std::filesystem::path& file);

// The files a split list names (one path a line, relative to `data_root`); throws InputError.
std::vector<std::filesystem::path> read_split_list(const std::filesystem::path& list,
                                                   const std::filesystem::path& data_root);

// TimeML with the document's text and one EVENT + MAKEINSTANCE per mention (no TIMEX3, no
// TLINK), scorable by te3score.py against the gold file of the same text.
std::string write_events_timeml(const TimemlText& document, const std::vector<EventMention>& events);

}  // namespace chronograph::core
