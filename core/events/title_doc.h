// The one document the title and actor rules work on (event_titles.cpp and the files split out
// of it: apposed_names, quote_speakers), with the plain look-ups on it they all use.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/events/word_forms.h"
#include "core/text/token.h"

namespace chronograph::core::titles {

// What the title and actor rules share about one document.
struct Doc {
  const TokenizedText& tokens;
  const EventLexicon& lexicon;
  const std::vector<char>& in_timex;
  DocumentEvents& found;
  std::vector<int> mention_at;  // token -> entity mention index, -1
  std::vector<int> event_at;    // token -> event index, -1
  bool dated = false;           // some token is in a time expression: the caller marked them
};

// "minister" -> "Minister": the first letter in capitals (ASCII letters only).
inline std::string capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

inline std::string lower_at(const Doc& d, std::size_t i) { return token_lower(d.tokens.tokens[i]); }

// Whether token `j` is part of a person's name.
inline bool is_person(const Doc& d, std::size_t j) {
  const int m = d.mention_at[j];
  return m >= 0 && d.found.entity_mentions[static_cast<std::size_t>(m)].type == "PERSON";
}

// Whether token `j` triggers a reporting event ("said", "announced").
inline bool is_reporting(const Doc& d, std::size_t j) {
  const int event = d.event_at[j];
  return event >= 0 && d.found.events[static_cast<std::size_t>(event)].event_class == "REPORTING";
}

// The index of a mention's last token.
inline std::size_t last_token_of(const Doc& d, const EntityMention& em) {
  const auto& tokens = d.tokens.tokens;
  return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), em.span.end,
                                                   [](const Token& t, std::size_t end) { return t.span.end < end; }) -
                                  tokens.begin());
}

}  // namespace chronograph::core::titles
