// A hand-written sentence, tokenized and parsed by the shipped models, with its events named by
// their words: what the cue linker's tests read.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/common/data_dir.h"
#include "core/links/cue_edges.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/tokenizer.h"

namespace chronograph::test {

struct CueModels {
  core::Tokenizer tokenizer;
  core::MorphoSyntax syntax;
  core::CueLinker linker;
};

inline const CueModels& cue_models() {
  static const CueModels m = [] {
    const DataDir data = DataDir::locate();
    return CueModels{core::Tokenizer::load(data), core::MorphoSyntax::load(data), core::CueLinker::load(data)};
  }();
  return m;
}

struct Example {
  core::TokenizedText tokens;
  core::DocumentEvents events;

  Example(const std::string& text, const std::vector<std::string>& triggers) {
    tokens = cue_models().tokenizer.tokenize(text);
    cue_models().syntax.annotate(tokens);
    for (const auto& word : triggers) {
      const auto found = std::find_if(tokens.tokens.begin(), tokens.tokens.end(), [&](const core::Token& t) { return t.text == word; });
      REQUIRE(found != tokens.tokens.end());
      core::EventMention mention;
      mention.token = static_cast<std::size_t>(found - tokens.tokens.begin());
      mention.span = found->span;
      mention.trigger = word;
      mention.event_class = "OCCURRENCE";
      events.events.push_back(mention);
    }
  }
  // The edges as "from type to", by the events' words.
  std::vector<std::string> links() const {
    std::vector<std::string> out;
    for (const auto& e : cue_models().linker.link(tokens, events)) {
      out.push_back(events.events[e.from].trigger + " " + e.type + " " + events.events[e.to].trigger);
      UNSCOPED_INFO(out.back() << " (" << e.cue << ")");
    }
    return out;
  }
  // Whether an edge of `type` links the events with these triggers.
  bool has(const std::string& from, const std::string& type, const std::string& to) const {
    const auto all = links();
    return std::find(all.begin(), all.end(), from + " " + type + " " + to) != all.end();
  }
};

}  // namespace chronograph::test
