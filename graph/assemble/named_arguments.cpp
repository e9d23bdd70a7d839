#include "graph/assemble/named_arguments.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronograph::graph {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Whether `word` is one of the title's words ("Sign deal" holds "deal", not "de").
bool title_has_word(const std::string& title, const std::string& word) {
  const std::string text = lower(title);
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    const bool starts = at == 0 || text[at - 1] == ' ', ends = end == text.size() || text[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// The verb's subject ("the talks collapsed"), or its object when the verb happens with it
// ("launched an offensive"); the object of another verb is an event of its own, before or after
// it ("condemned the massacre", "blamed the crash on pilot error").
bool is_argument(const std::string& deprel, const core::EventMention& verb) {
  return deprel == "nsubj" || deprel == "nsubj:pass" || (deprel == "obj" && verb.with_its_object);
}

// Whether a cue link joins the mention to another ("the explosion caused a fire"): the link
// needs both ends as nodes.
bool linked(const core::DocumentAnalysis& analysis, std::size_t mention) {
  return std::any_of(analysis.links.begin(), analysis.links.end(),
                     [&](const core::CueEdge& link) { return link.from == mention || link.to == mention; });
}

// The document-level token a token hangs on, when it hangs on one.
std::optional<std::size_t> head_token(const core::DocumentAnalysis& analysis, std::size_t token, int sentence) {
  const core::Token& t = analysis.tokens.tokens[token];
  if (t.head < 0 || sentence < 0) return std::nullopt;
  return analysis.tokens.sentences[static_cast<std::size_t>(sentence)].first_token + static_cast<std::size_t>(t.head);
}

}  // namespace

std::vector<std::size_t> arguments_named_by_verbs(const core::DocumentAnalysis& analysis,
                                                  const std::vector<std::vector<std::size_t>>& groups,
                                                  const std::vector<std::string>& titles,
                                                  const std::function<std::optional<std::size_t>(std::size_t)>& date_of) {
  const auto& mentions = analysis.events.events;
  std::unordered_map<std::size_t, std::size_t> verb_group_at;  // trigger token -> group of a verb mention there
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const auto m : groups[g])
      if (mentions[m].pos == "VERB") verb_group_at.emplace(mentions[m].token, g);
  std::vector<std::size_t> into(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    into[g] = g;
    if (groups[g].size() != 1 || linked(analysis, groups[g].front())) continue;
    const auto& noun = mentions[groups[g].front()];
    if (noun.pos != "NOUN") continue;
    const auto head = head_token(analysis, noun.token, noun.sentence);
    const auto verb = head ? verb_group_at.find(*head) : verb_group_at.end();
    if (verb == verb_group_at.end() || verb->second == g) continue;
    const auto& verb_mentions = groups[verb->second];
    const auto verb_mention = std::find_if(verb_mentions.begin(), verb_mentions.end(),
                                           [&](std::size_t m) { return mentions[m].token == *head; });
    if (!is_argument(analysis.tokens.tokens[noun.token].deprel, mentions[*verb_mention])) continue;
    const auto own_date = date_of(groups[g].front());
    const bool verb_date = !own_date || std::any_of(verb_mentions.begin(), verb_mentions.end(),
                                                    [&](std::size_t m) { return date_of(m) == own_date; });
    if (verb_date && title_has_word(titles[verb->second], lower(noun.trigger))) into[g] = verb->second;
  }
  return into;
}

}  // namespace chronograph::graph
