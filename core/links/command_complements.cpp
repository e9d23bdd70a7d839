#include "core/links/command_complements.h"

#include <fmt/format.h>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/parse_view.h"
#include "core/links/link_words.h"
#include "core/text/unicode.h"

namespace chronograph::core {

namespace {

// Whether the word at `verb` is a "to" infinitive.
bool to_infinitive(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  const auto marker = parse.child(verb, "mark");
  return marker && unicode::ascii_lower(tokens.tokens[*marker].text) == "to";
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
    const auto fields = split_fields(line, '\t');
    const auto fail = [&](std::size_t field, const std::string& message, const std::string& help) {
      throw ParseError({file.string(), number, column_of_field(fields, field)}, message, {}, help, line);
    };
    if (fields.size() != 2)
      fail(0, fmt::format("expected 2 tab-separated fields, found {}", fields.size()), "write LEMMA<TAB>causes|enables, e.g. order<TAB>causes");
    if (fields[1] != "causes" && fields[1] != "enables")
      fail(1, fmt::format("unknown link type '{}'", fields[1]), "write causes or enables");
    if (!verbs.type_of_.try_emplace(unicode::ascii_lower(fields[0]), fields[1]).second)
      fail(0, fmt::format("'{}' is listed twice", fields[0]), "keep one line per verb");
  });
  return verbs;
}

std::vector<CueEdge> CommandVerbs::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  const auto event_at = events_by_trigger(events);
  std::vector<CueEdge> edges;
  for (const auto& [token, command] : event_at) {
    const Token& verb = tokens.tokens[token];
    const auto type = type_of_.find(link_lemma(verb));
    if (type == type_of_.end() || events.events[command].modality == "negated") continue;
    const Sentence* sentence = sentence_containing(tokens, token);
    if (!sentence) continue;
    const ParseView parse(tokens, *sentence);
    for (const std::size_t c : infinitive_complements(tokens, parse, token)) {
      const auto complement = event_at.find(c);
      // ("ordered them not to leave": what was ordered not to happen is not brought about)
      if (complement == event_at.end() || complement->second == command ||
          events.events[complement->second].modality == "negated")
        continue;
      edges.push_back({command, complement->second, type->second, verb.text, events.events[command].sentence});
    }
  }
  return edges;
}

}  // namespace chronograph::core
