#include "core/events/speaker_organisation.h"

#include <algorithm>
#include <string>

#include "core/events/parse_view.h"
#include "core/syntax/sentences.h"

namespace chronograph::core {
namespace {

// The token of mention `m`'s span whose head lies outside it: the name's own word in the parse.
std::optional<std::size_t> head_of_mention(const ParseView& parse, const std::vector<int>& mention_at, int m) {
  for (std::size_t k = parse.begin(); k < parse.end(); ++k) {
    if (mention_at[k] != m) continue;
    const auto head = parse.head(k);
    if (!head || mention_at[*head] != m) return k;
  }
  return std::nullopt;
}

// The organisation mention that owns noun `noun` ("Halden's spokeswoman") or follows it after
// "of" or "at", or after the "of" or "at" phrase it opens ("the head of research at Halden"); "a
// lawyer for Halden" works for it, not in it: no "we" of Halden's.
std::optional<std::size_t> organisation_on(const TokenizedText& tokens, const ParseView& parse,
                                           const DocumentEvents& found, const std::vector<int>& mention_at,
                                           std::size_t noun) {
  const auto of_or_at = [&](std::size_t c) {
    const auto marker = parse.child(c, "case");
    const std::string word = marker ? lowercase_ascii(tokens.tokens[*marker].text) : "";
    return parse.relation_is(c, "nmod:poss") || word == "of" || word == "at";
  };
  constexpr int kNestedPhrases = 2;  // ("the head of research at Halden": "at Halden" on "research")
  std::vector<std::size_t> nouns{noun};
  for (int step = 0; step < kNestedPhrases; ++step)
    for (const auto c : parse.children(nouns.back()))
      if (parse.relation_is(c, "nmod") && mention_at[c] < 0 && of_or_at(c)) {
        nouns.push_back(c);
        break;
      }
  for (const auto holder : nouns)
    for (const auto c : parse.children(holder)) {
      if (!parse.relation_is(c, "nmod") || mention_at[c] < 0 || !of_or_at(c)) continue;
      const auto m = static_cast<std::size_t>(mention_at[c]);
      if (found.entity_mentions[m].entity < 0) continue;
      // (a name of no known kind too, as for an author's "we": "Calvex's head of research")
      // (not a body named by a common noun only: "the union's general secretary" speaks for himself)
      const std::string& type = found.entity_mentions[m].type;
      const bool named = !found.entities[static_cast<std::size_t>(found.entity_mentions[m].entity)].common;
      if (named && (type == "ORGANIZATION" || type == "MISC")) return m;
    }
  return std::nullopt;
}

// The nouns that say what the person named at `name` is: the name itself, a common noun in
// apposition to it, or the common noun it stands in apposition to.
std::vector<std::size_t> describing_nouns(const TokenizedText& tokens, const ParseView& parse,
                                          const std::vector<int>& mention_at, std::size_t name) {
  std::vector<std::size_t> out{name};
  const auto common = [&](std::size_t k) { return tokens.tokens[k].upos == "NOUN" && mention_at[k] < 0; };
  for (const auto c : parse.children(name))
    if (parse.relation_is(c, "appos") && common(c)) out.push_back(c);
  if (const auto head = parse.head(name); head && parse.relation_is(name, "appos") && common(*head)) out.push_back(*head);
  return out;
}

}  // namespace

std::optional<std::size_t> organisation_of_speaker(const TokenizedText& tokens, const DocumentEvents& found,
                                                   const std::vector<int>& mention_at, int person, std::size_t before) {
  std::optional<std::size_t> out;
  for (std::size_t m = 0; m < found.entity_mentions.size(); ++m) {
    const EntityMention& mention = found.entity_mentions[m];
    if (mention.entity != person || mention.span.begin >= tokens.tokens[before].span.begin) continue;
    // (its first token: the first at or after its start; tokens are in text order)
    const auto at = std::lower_bound(tokens.tokens.begin(), tokens.tokens.end(), mention.span.begin,
                                     [](const Token& t, std::size_t offset) { return t.span.begin < offset; });
    const auto first = static_cast<std::size_t>(at - tokens.tokens.begin());
    if (first >= tokens.tokens.size() || mention_at[first] != static_cast<int>(m)) continue;
    const Sentence* s = first < tokens.tokens.size() ? sentence_containing(tokens, first) : nullptr;
    if (!s) continue;
    const ParseView parse(tokens, *s);
    const auto name = head_of_mention(parse, mention_at, static_cast<int>(m));
    if (!name) continue;
    for (const auto noun : describing_nouns(tokens, parse, mention_at, *name))
      if (const auto organisation = organisation_on(tokens, parse, found, mention_at, noun)) out = organisation;
  }
  return out;
}

}  // namespace chronograph::core
