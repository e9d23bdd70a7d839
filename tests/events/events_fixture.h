// One tokenizer, parser and event extractor for all event tests (the models load once),
// from the staged data (CHRONOGRAPH_DATA_DIR), as the program finds them.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/events/event_extractor.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"

namespace chronograph::test {

struct EventsFixture {
  DataDir data = DataDir::locate();
  core::Tokenizer tokenizer = core::Tokenizer::load(data);
  core::MorphoSyntax syntax = core::MorphoSyntax::load(data);
  core::EventExtractor extractor = core::EventExtractor::load(data);

  core::TokenizedText prepare(std::string_view text) const {
    core::TokenizedText tokens = tokenizer.tokenize(text);
    syntax.annotate(tokens);
    return tokens;
  }
  core::DocumentEvents extract(std::string_view text) const {
    return extractor.extract(text, prepare(text), std::vector<core::Span>{}, std::nullopt);
  }
  static const EventsFixture& get() {
    static const EventsFixture fixture;
    return fixture;
  }
};

// The first token whose text is `word`; fails the test when there is none.
inline std::size_t token_index(const core::TokenizedText& tokens, std::string_view word) {
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i)
    if (tokens.tokens[i].text == word) return i;
  FAIL("no token '" << std::string(word) << "'");
  return 0;
}

inline const core::EventMention* event_with_trigger(const core::DocumentEvents& found, std::string_view trigger) {
  for (const auto& e : found.events)
    if (e.trigger == trigger) return &e;
  return nullptr;
}

// The last event whose trigger is `trigger` in `found`; fails the test when there is none.
inline const core::EventMention& last_event(const core::DocumentEvents& found, const std::string& trigger) {
  for (auto it = found.events.rbegin(); it != found.events.rend(); ++it)
    if (it->trigger == trigger) return *it;
  std::string triggers;
  for (const auto& e : found.events) triggers += " " + e.trigger;
  FAIL("no event '" << trigger << "' among:" << triggers);
  return found.events.front();
}

// Whether `id` is one of `ids` (an event's actors, a document's entity ids).
inline bool holds(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace chronograph::test
