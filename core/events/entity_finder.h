// Named entities from proper-noun chunks (and the parse's PROPN tags when present), typed by
// titles, given names, organisation words and a small gazetteer, and merged by alias within
// a document ("Joe Biden" / "Mr Biden" / "Biden") and across documents. Ids are slugs of the
// canonical name, so the same person gets the same id in every run and every document.
//
//   EntityFinder finder(lexicon);
//   finder.find(tokens, in_timex, found);          // fills found.entity_mentions, found.entities
//   merge_entities_across({&doc1, &doc2});          // "Biden" in doc2 becomes joe-biden
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

// Gives entities of several documents one identity: the same canonical name, or a surname
// ("Biden") matching exactly one full name seen anywhere ("Joe Biden"), become one entity
// with one id, a common canonical name and the union of the aliases. Every document keeps
// its own entities vector (indexes stay valid); duplicates within a document may remain and
// then share an id. Returns the merged entities, sorted by id.
std::vector<EntityInfo> merge_entities_across(const std::vector<DocumentEvents*>& documents);

}  // namespace chronograph::core
