#include "core/events/situating_places.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// "in Kessel", "across Kessel": a preposition after which a name says where, never who ("to",
// "from" and "with" may name a recipient, a sender or a partner).
bool preposition_of_place(const std::string& word) {
  return word == "in" || word == "at" || word == "near" || word == "across" || word == "outside" ||
         word == "throughout" || word == "along" || word == "around" || word == "inside";
}

// The token of the mention's phrase head: the one of its tokens whose head lies outside it.
std::optional<std::size_t> head_token(const TokenizedText& tokens, const ParseView& parse, const Span& span) {
  std::optional<std::size_t> first;
  for (std::size_t k = parse.begin(); k < parse.end(); ++k) {
    const Span& t = tokens.tokens[k].span;
    if (t.begin < span.begin || t.end > span.end) continue;
    if (!first) first = k;
    const auto up = parse.head(k);
    if (!up || tokens.tokens[*up].span.begin < span.begin || tokens.tokens[*up].span.end > span.end) return k;
  }
  return first;
}

// The index of the token that starts at byte `byte`, if any.
std::optional<std::size_t> token_starting_at(const TokenizedText& tokens, std::size_t byte) {
  const auto it = std::lower_bound(tokens.tokens.begin(), tokens.tokens.end(), byte,
                                   [](const Token& t, std::size_t b) { return t.span.begin < b; });
  if (it == tokens.tokens.end() || it->span.begin != byte) return std::nullopt;
  return static_cast<std::size_t>(it - tokens.tokens.begin());
}

bool situates(const TokenizedText& tokens, const EventLexicon& lexicon, const Span& span) {
  const auto token = token_starting_at(tokens, span.begin);
  if (!token) return false;
  const Sentence* sentence = sentence_containing(tokens, *token);
  if (!sentence) return false;
  const ParseView parse(tokens, *sentence);
  auto head = head_token(tokens, parse, span);
  if (!head || !parse.parsed()) return false;
  // "substations in Halden and Kessel": a later conjunct is where its first conjunct is
  for (auto first = parse.head(*head); first && parse.relation_is(*head, "conj") && *first < *head; first = parse.head(*head))
    head = first;
  // "the Halden substations": a name modifying a common noun; not a group of people's ("US
  // officials", group_nouns.txt), whom the place stands for
  auto up = parse.head(*head);
  if (parse.relation_is(*head, "compound") && up && tokens.tokens[*up].upos == "NOUN") {
    // ("US intelligence officials": the noun the modifiers lead to)
    for (auto next = parse.head(*up); next && parse.relation_is(*up, "compound"); next = parse.head(*up)) up = next;
    return !lexicon.is_group_noun(token_lower(tokens.tokens[*up]));
  }
  const auto marker = parse.child(*head, "case");
  return marker && preposition_of_place(token_lower(tokens.tokens[*marker]));
}

}  // namespace

void drop_situating_places(const TokenizedText& tokens, const EventLexicon& lexicon, DocumentEvents& found) {
  const auto place_only = [&](std::size_t m) {
    const EntityMention& mention = found.entity_mentions[m];
    return mention.entity >= 0 && found.entities[static_cast<std::size_t>(mention.entity)].type == "LOCATION" &&
           situates(tokens, lexicon, mention.span);
  };
  for (auto& event : found.events)
    event.actor_mentions.erase(std::remove_if(event.actor_mentions.begin(), event.actor_mentions.end(), place_only),
                               event.actor_mentions.end());
}

}  // namespace chronograph::core
