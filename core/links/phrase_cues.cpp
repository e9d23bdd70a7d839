#include "core/links/phrase_cues.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/parse_view.h"
#include "core/links/link_words.h"
#include "core/text/unicode.h"

namespace chronograph::core {

namespace {

constexpr std::string_view kPhraseTypes[] = {"causes", "refers_to", "responds_to", "part_of"};

bool is_phrase_type(std::string_view type) {
  return std::find(std::begin(kPhraseTypes), std::end(kPhraseTypes), type) != std::end(kPhraseTypes);
}

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
    const auto fields = split_fields(line, '\t');
    const auto fail = [&](std::size_t field, const std::string& message, const std::string& help) {
      throw ParseError({file.string(), number, column_of_field(fields, field)}, message, {}, help, line);
    };
    if (fields.size() != 4)
      fail(0, fmt::format("expected 4 tab-separated fields, found {}", fields.size()),
           "write HEAD<TAB>PREPOSITION<TAB>TYPE<TAB>forward|backward, e.g. inquiry<TAB>into<TAB>refers_to<TAB>forward");
    if (!is_phrase_type(fields[2]))
      fail(2, fmt::format("unknown link type '{}'", fields[2]), "write causes, refers_to, responds_to or part_of");
    if (fields[3] != "forward" && fields[3] != "backward")
      fail(3, fmt::format("unknown direction '{}'", fields[3]), "write forward or backward");
    const auto [_, added] = cues.links_.try_emplace({unicode::ascii_lower(fields[0]), unicode::ascii_lower(fields[1])},
                                                    Link{fields[2], fields[3] == "forward"});
    if (!added) fail(0, fmt::format("'{} {}' is listed twice", fields[0], fields[1]), "keep one line per head and preposition");
  });
  return cues;
}

const PhraseCues::Link* PhraseCues::find(const std::string& head, const std::string& preposition) const {
  for (const auto& key : {std::pair{head, preposition}, std::pair{std::string("*"), preposition}})
    if (const auto found = links_.find(key); found != links_.end()) return &found->second;
  return nullptr;
}

std::vector<CueEdge> PhraseCues::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  const auto event_at = events_by_trigger(events);
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
    // ("did not resign over the leak": an event told as not happening has no cause)
    if (events.events[*governor].modality == "negated" || events.events[phrase].modality == "negated") continue;
    const std::string head_word = link_lemma(tokens.tokens[*head]), preposition = link_lemma(tokens.tokens[*opener]);
    const Link* cue = find(head_word, preposition);
    if (!cue) continue;
    const std::size_t from = cue->forward ? *governor : phrase, to = cue->forward ? phrase : *governor;
    edges.push_back({from, to, cue->type, tokens.tokens[*head].text + " " + tokens.tokens[*opener].text,
                     events.events[phrase].sentence});
  }
  return edges;
}

}  // namespace chronograph::core
