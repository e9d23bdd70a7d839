// An event of the graph: merged mentions of one happening, with its title, time, modality
// and actors. Field names follow the JSON interchange v1 (DESIGN.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/event_time.h"

namespace chronograph::graph {

enum class Modality { Actual, Planned, Possible, Hypothetical, Negated };
std::string_view to_string(Modality modality);
std::optional<Modality> modality_from_string(std::string_view text);

struct Mention {
  std::string doc;          // document id
  int sentence = 0;         // 0-based sentence index in the document
  std::size_t begin = 0;    // byte offsets into the document text
  std::size_t end = 0;
  std::string text;         // the trigger as written
  std::string sentence_text;  // the whole sentence, for tooltips and cards (may be empty)
  friend bool operator==(const Mention&, const Mention&) = default;
};

struct Event {
  std::string id;           // stable slug (graph/ids)
  std::string title;
  std::string trigger, lemma;
  std::string event_class;  // TimeML class: OCCURRENCE, REPORTING, ...
  EventTime time;
  Modality modality = Modality::Actual;
  std::string tense = "NONE";     // TimeML tense: PAST, PRESENT, FUTURE, NONE, INFINITIVE, ...
  std::string aspect = "NONE";
  std::string polarity = "POS";   // POS | NEG
  std::vector<std::string> actors;  // entity ids
  std::string lane;               // an overrides' lane; empty when none was set
  std::vector<Mention> mentions;
  double confidence = 1.0;
  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace chronograph::graph
