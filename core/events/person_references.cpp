#include "core/events/person_references.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>

namespace chronograph::core {

namespace {

// A story keeps a lawyer and the client together for a paragraph or so; further on, "her
// client" may be another's (a court report with two defendants).
constexpr std::size_t kCounterpartReach = 4;

bool possessive_pronoun(const Token& t) {
  const std::string w = to_lower(t.text);
  return w == "his" || w == "her" || w == "their";
}

bool possessive_ending(const Token& t) { return t.norm == "'s" || t.text == "'s" || t.text == "\u2019s"; }

// The index of the first token at or after byte `byte`.
std::size_t token_from(const TokenizedText& text, std::size_t byte) {
  const auto it = std::lower_bound(text.tokens.begin(), text.tokens.end(), byte,
                                   [](const Token& t, std::size_t b) { return t.span.begin < b; });
  return static_cast<std::size_t>(it - text.tokens.begin());
}

// Whether the words after the name ending before token `k` say "'s ROLE" with one of `roles`
// ("Okafor's lawyer", "Okafor's defence attorney": one modifier may come between).
bool names_role_of(const TokenizedText& text, std::size_t k, const std::vector<std::string>& roles) {
  if (k + 1 >= text.tokens.size() || !possessive_ending(text.tokens[k])) return false;
  constexpr std::size_t kMaxModifiers = 1;
  for (std::size_t r = k + 1; r < text.tokens.size() && r <= k + 1 + kMaxModifiers; ++r) {
    const std::string lemma = to_lower(text.tokens[r].lemma.empty() ? text.tokens[r].text : text.tokens[r].lemma);
    if (std::find(roles.begin(), roles.end(), lemma) != roles.end()) return true;
  }
  return false;
}

// The person mention whose role-holder serves the noun at token `at`: the nearest before it.
std::optional<EntityMention> served_person(const TokenizedText& text, const DocumentEvents& out, std::size_t at,
                                           const std::vector<std::string>& roles) {
  const Sentence* here = sentence_containing(text, at);
  if (!here) return std::nullopt;
  const auto sentence_index = static_cast<std::size_t>(here - text.sentences.data());
  const std::size_t first = sentence_index >= kCounterpartReach ? sentence_index - kCounterpartReach : 0;
  const std::size_t from = text.sentences[first].span.begin;
  std::optional<EntityMention> found;
  for (const auto& m : out.entity_mentions) {
    if (m.span.begin < from || m.span.end > text.tokens[at].span.begin) continue;
    if (m.type != "PERSON" && m.type != "MISC") continue;  // (a one-word name of no known kind: "Okafor")
    if (names_role_of(text, token_from(text, m.span.end), roles)) found = m;
  }
  return found;
}

// "King" for "king", "Prime Minister" for "prime minister": a title as titles.txt writes it.
std::string capitalised(std::string lower) {
  bool start = true;
  for (char& c : lower) {
    if (start) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ';
  }
  return lower;
}

std::size_t first_in_reach(const TokenizedText& text, std::size_t at) {
  const Sentence* here = sentence_containing(text, at);
  if (!here) return text.tokens[at].span.begin;
  const auto index = static_cast<std::size_t>(here - text.sentences.data());
  return text.sentences[index >= kCounterpartReach ? index - kCounterpartReach : 0].span.begin;
}

// Whether mention `m` names a person with the title `lower` ("King Charles", "Emperor Naruhito").
bool titled_with(const TokenizedText& text, const EntityMention& m, const std::string& lower) {
  if (m.type != "PERSON" && m.type != "MISC") return false;
  const std::size_t first = token_from(text, m.span.begin);
  return (first > 0 && to_lower(text.tokens[first - 1].text) == lower) || to_lower(m.text).starts_with(lower + " ");
}

// The person last named right after the title `lower` before token `at` ("King Charles"), in
// reach; but the one the text has called by the title most often before it when that is
// another ("Emperor Naruhito ... the emperor ... the emperor ... the 1998 visit by Emperor
// Akihito. The king last met the emperor": the story's emperor, whom `earlier` holds the back
// references to).
std::optional<EntityMention> titled_person(const TokenizedText& text, const DocumentEvents& out, std::size_t at,
                                           const std::string& lower, const std::vector<EntityMention>& earlier) {
  const std::size_t from = first_in_reach(text, at);
  const std::size_t before = text.tokens[at].span.begin;
  std::optional<EntityMention> found;
  std::map<int, int> uses;
  for (const auto& m : out.entity_mentions) {
    if (m.span.end > before || !titled_with(text, m, lower)) continue;
    ++uses[m.entity];
    if (m.span.begin >= from) found = m;
  }
  if (!found) return std::nullopt;
  for (const auto& m : earlier)
    if (to_lower(m.text) == lower) ++uses[m.entity];
  const auto most = std::max_element(uses.begin(), uses.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most->first == found->entity || most->second <= uses[found->entity]) return found;
  for (const auto& m : out.entity_mentions)
    if (m.entity == most->first && m.span.end <= before && titled_with(text, m, lower)) return m;
  return found;
}

// The one person the whole text names with the title `lower` ("King Charles" in the lead, "the
// King" paragraphs later; "Japanese emperor" in a headline, "Emperor Naruhito" below it): a
// title one person holds in a story; none when the text names two or none so.
std::optional<EntityMention> only_titled_person(const TokenizedText& text, const DocumentEvents& out, const std::string& lower) {
  std::optional<EntityMention> found;
  for (const auto& m : out.entity_mentions) {
    if (m.type != "PERSON" && m.type != "MISC") continue;
    const std::size_t first = token_from(text, m.span.begin);
    const bool titled = first > 0 && to_lower(text.tokens[first - 1].text) == lower;
    if (!titled && !to_lower(m.text).starts_with(lower + " ")) continue;
    if (found && found->entity != m.entity) return std::nullopt;
    found = m;
  }
  return found;
}

// Whether the word before the title at `k` makes it a back reference: "the", or a place's
// adjective ("Japanese emperor", a demonym the entity finder names as the place).
bool title_opener(const TokenizedText& text, const DocumentEvents& out, std::size_t k) {
  if (to_lower(text.tokens[k - 1].text) == "the") return true;
  const Span before = text.tokens[k - 1].span;
  return std::any_of(out.entity_mentions.begin(), out.entity_mentions.end(), [&](const EntityMention& m) {
    return m.span.begin == before.begin && m.span.end == before.end && m.type == "LOCATION" &&
           m.text != out.entities[static_cast<std::size_t>(m.entity)].name;
  });
}

// Whether token `k` is a title ("King", "emperor") that names no one after it: no capitalised
// name and no "of" ("the King of Spain", "the President Joe Biden").
bool bare_title(const TokenizedText& text, const EventLexicon& lexicon, std::size_t k) {
  if (!lexicon.is_title(capitalised(to_lower(text.tokens[k].text)))) return false;
  if (k + 1 >= text.tokens.size()) return true;
  const std::string& next = text.tokens[k + 1].text;
  return to_lower(next) != "of" && !(std::isupper(static_cast<unsigned char>(next[0])) && std::isalpha(static_cast<unsigned char>(next[0])));
}

}  // namespace

void find_titled_references(const TokenizedText& text, const EventLexicon& lexicon, DocumentEvents& out) {
  std::vector<EntityMention> added;
  for (std::size_t k = 1; k < text.tokens.size(); ++k) {
    if (!bare_title(text, lexicon, k) || !title_opener(text, out, k)) continue;
    const std::string lower = to_lower(text.tokens[k].text);
    if (std::any_of(out.entity_mentions.begin(), out.entity_mentions.end(),
                    [&](const EntityMention& m) { return m.span.begin <= text.tokens[k].span.begin && text.tokens[k].span.end <= m.span.end; }))
      continue;  // a name of its own already covers it
    auto person = titled_person(text, out, k, lower, added);
    if (!person) person = only_titled_person(text, out, lower);
    if (person) {
      person->span = text.tokens[k].span;
      person->text = text.tokens[k].text;
      added.push_back(std::move(*person));
    }
  }
  if (added.empty()) return;
  out.entity_mentions.insert(out.entity_mentions.end(), added.begin(), added.end());
  std::stable_sort(out.entity_mentions.begin(), out.entity_mentions.end(),
                   [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });
}

void find_counterparts(const TokenizedText& text, const EventLexicon& lexicon, DocumentEvents& out) {
  std::vector<EntityMention> added;
  for (std::size_t i = 1; i < text.tokens.size(); ++i) {
    const Token& noun = text.tokens[i];
    if (noun.xpos == "NNS" || !possessive_pronoun(text.tokens[i - 1])) continue;
    const auto& roles = lexicon.counterpart_roles(to_lower(noun.text));
    if (roles.empty()) continue;
    if (auto served = served_person(text, out, i, roles)) {
      served->span = noun.span;
      served->text = noun.text;
      added.push_back(std::move(*served));
    }
  }
  if (added.empty()) return;
  out.entity_mentions.insert(out.entity_mentions.end(), added.begin(), added.end());
  std::stable_sort(out.entity_mentions.begin(), out.entity_mentions.end(),
                   [](const EntityMention& a, const EntityMention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace chronograph::core
