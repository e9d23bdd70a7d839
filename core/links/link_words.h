// Small pieces every cue linker of core/links needs: a token's lemma, the events by their
// trigger token, the tab fields of a data line, the edge types DESIGN.md names, and the
// column of a field for an error that points at it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/event_mention.h"
#include "core/text/token.h"

namespace chronograph::core {

// The token's lemma, lower-cased; its normalised or written form where it has none.
std::string link_lemma(const Token& token);

// Each event's index by its trigger token.
std::map<std::size_t, std::size_t> events_by_trigger(const DocumentEvents& events);

// The fields of `line` between `separator`s ("a\t\tb" has an empty middle field).
std::vector<std::string> split_fields(const std::string& line, char separator);

// The 1-based column where field `index` of a tab-separated line starts.
int column_of_field(const std::vector<std::string>& fields, std::size_t index);

// Whether `type` is one of DESIGN.md's edge types ("before", "causes", ...).
bool is_edge_type(std::string_view type);

// "before, includes, ..., part_of": the edge types, for a help message.
std::string edge_type_list();

}  // namespace chronograph::core
