// Named entities from proper-noun chunks (and the parse's PROPN tags when present), typed by
// titles, given names, organisation words and a small gazetteer, and merged by alias within
// a document ("Joe Biden" / "Mr Biden" / "Biden"; across documents: graph/assemble/
// entity_merge.h). Ids are slugs of the canonical name, so the same person gets the same id in
// every run and every document.
//
//   EntityFinder finder(lexicon);
//   finder.find(tokens, in_timex, found);          // fills found.entity_mentions, found.entities
#pragma once

#include <vector>

#include "core/events/event_mention.h"
#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

class EntityFinder {
 public:
  explicit EntityFinder(const EventLexicon& lexicon) : lexicon_(lexicon) {}
  // Replaces out.entity_mentions and out.entities. `in_timex[i]`: token i is in a time expression.
  void find(const TokenizedText& text, const std::vector<char>& in_timex, DocumentEvents& out) const;

 private:
  const EventLexicon& lexicon_;
};

}  // namespace chronograph::core
