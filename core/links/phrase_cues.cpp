#include "core/links/phrase_cues.h"

#include <optional>
#include <sstream>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

namespace {

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
  return fields;
}

std::string lemma_of(const Token& token) { return to_lower(token.lemma.empty() ? token.text : token.lemma); }

// The event a phrase's head stands for: its own, else, for a noun that is no event of its own,
// the event of the verb it is the subject or object of ("The inquiry into the collapse
// concluded", "filed a lawsuit over the outbreak": the concluding, the filing).
std::optional<std::size_t> event_of_head(const ParseView& parse, const std::map<std::size_t, std::size_t>& event_at,
                                         std::size_t head) {
  if (const auto own = event_at.find(head); own != event_at.end()) return own->second;
  const auto verb = parse.head(head);
  if (!verb || !(parse.relation_is(head, "nsubj") || parse.relation_is(head, "obj"))) return std::nullopt;
  const auto found = event_at.find(*verb);
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

}  // namespace

PhraseCues PhraseCues::load_from(const std::filesystem::path& file) {
  PhraseCues cues;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int number) {
    const auto fields = fields_of(line);
    const bool valid = fields.size() == 4 && (fields[2] == "causes" || fields[2] == "refers_to" ||
                                              fields[2] == "responds_to" || fields[2] == "part_of") &&
                       (fields[3] == "forward" || fields[3] == "backward");
    if (!valid)
      throw ParseError({file.string(), number, 1}, "expected HEAD<TAB>PREPOSITION<TAB>TYPE<TAB>forward|backward", {},
                       "write e.g. inquiry<TAB>into<TAB>refers_to<TAB>forward (TYPE: causes, refers_to, responds_to, part_of)",
                       line);
    cues.links_[{to_lower(fields[0]), to_lower(fields[1])}] = Link{fields[2], fields[3] == "forward"};
  });
  return cues;
}

const PhraseCues::Link* PhraseCues::find(const std::string& head, const std::string& preposition) const {
  for (const auto& key : {std::pair{head, preposition}, std::pair{std::string("*"), preposition}})
    if (const auto found = links_.find(key); found != links_.end()) return &found->second;
  return nullptr;
}

std::vector<CueEdge> PhraseCues::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  std::map<std::size_t, std::size_t> event_at;  // trigger token -> event
  for (std::size_t e = 0; e < events.events.size(); ++e) event_at.emplace(events.events[e].token, e);
  std::vector<CueEdge> edges;
  for (const auto& [token, phrase] : event_at) {
    const Sentence* sentence = sentence_containing(tokens, token);
    if (!sentence) continue;
    const ParseView parse(tokens, *sentence);
    const auto opener = parse.child(token, "case");
    const auto head = parse.head(token);
    if (!opener || !head || !(parse.relation_is(token, "nmod") || parse.relation_is(token, "obl"))) continue;
    const auto governor = event_of_head(parse, event_at, *head);
    if (!governor || *governor == phrase) continue;
    const std::string head_word = lemma_of(tokens.tokens[*head]), preposition = lemma_of(tokens.tokens[*opener]);
    const Link* cue = find(head_word, preposition);
    if (!cue) continue;
    const std::size_t from = cue->forward ? *governor : phrase, to = cue->forward ? phrase : *governor;
    edges.push_back({from, to, cue->type, tokens.tokens[*head].text + " " + tokens.tokens[*opener].text,
                     events.events[phrase].sentence});
  }
  return edges;
}

}  // namespace chronograph::core
