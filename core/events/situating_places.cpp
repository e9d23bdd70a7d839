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
  // "the Halden substations", "schools in Halden": a name modifying a common noun or after a
  // preposition of place; not one of a group of people ("US officials", "officials in the US",
  // group_nouns.txt), whom the place stands for
  auto noun = parse.head(*head);
  const auto marker = parse.child(*head, "case");
  const bool modifier = parse.relation_is(*head, "compound") && noun && tokens.tokens[*noun].upos == "NOUN";
  if (!modifier && !(marker && preposition_of_place(token_lower(tokens.tokens[*marker])))) return false;
  // ("US intelligence officials": the noun the modifiers lead to)
  for (auto next = noun ? parse.head(*noun) : std::nullopt; next && parse.relation_is(*noun, "compound"); next = parse.head(*noun))
    noun = next;
  return !noun || !lexicon.is_group_noun(token_lower(tokens.tokens[*noun]));
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
