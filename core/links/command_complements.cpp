#include "core/links/command_complements.h"

#include <map>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

namespace {

// Whether the word at `verb` is a "to" infinitive.
bool to_infinitive(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  const auto marker = parse.child(verb, "mark");
  return marker && to_lower(tokens.tokens[*marker].text) == "to";
}

// The infinitive complements of the verb at `verb`: its xcomp, or an infinitive the parse hung
// on its object ("forced the airline to cancel flights" parsed with "cancel" on "airline").
std::vector<std::size_t> infinitive_complements(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  std::vector<std::size_t> out;
  for (const std::size_t c : parse.children(verb))
    if (parse.relation_is(c, "xcomp") && to_infinitive(tokens, parse, c)) out.push_back(c);
  const auto object = parse.child(verb, "obj");
  if (!object) return out;
  for (const std::size_t c : parse.children(*object))
    if (parse.relation(c) == "acl" && to_infinitive(tokens, parse, c)) out.push_back(c);
  return out;
}

}  // namespace

CommandVerbs CommandVerbs::load_from(const std::filesystem::path& file) {
  CommandVerbs verbs;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int number) {
    const auto tab = line.find('\t');
    const std::string type = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (type != "causes" && type != "enables")
      throw ParseError({file.string(), number, 1}, "expected LEMMA<TAB>causes|enables", {}, "write e.g. order<TAB>causes",
                       line);
    verbs.type_of_[to_lower(line.substr(0, tab))] = type;
  });
  return verbs;
}

std::vector<CueEdge> CommandVerbs::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  std::map<std::size_t, std::size_t> event_at;  // trigger token -> event
  for (std::size_t e = 0; e < events.events.size(); ++e) event_at.emplace(events.events[e].token, e);
  std::vector<CueEdge> edges;
  for (const auto& [token, command] : event_at) {
    const Token& verb = tokens.tokens[token];
    const auto type = type_of_.find(to_lower(verb.lemma.empty() ? verb.text : verb.lemma));
    if (type == type_of_.end() || events.events[command].modality == "negated") continue;
    const Sentence* sentence = sentence_containing(tokens, token);
    if (!sentence) continue;
    const ParseView parse(tokens, *sentence);
    for (const std::size_t c : infinitive_complements(tokens, parse, token)) {
      const auto complement = event_at.find(c);
      if (complement == event_at.end() || complement->second == command) continue;
      edges.push_back({command, complement->second, type->second, verb.text, events.events[command].sentence});
    }
  }
  return edges;
}

}  // namespace chronograph::core
