#include "core/links/ordinal_series.h"

#include <optional>
#include <sstream>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

namespace {

// How far back, in sentences, the event numbered one less may be told.
constexpr int kMaxSentenceGap = 2;

struct NumberedEvent {
  int number = 0;
  std::size_t event = 0;
  int sentence = 0;
  std::string word;
};

// The event of the verb the token hangs on as a subject, when it has one.
std::optional<std::size_t> event_it_is_subject_of(const ParseView& parse, std::size_t token,
                                                  const std::map<std::size_t, std::size_t>& event_at) {
  if (!parse.relation_is(token, "nsubj") && !parse.relation_is(token, "nsubj:pass")) return std::nullopt;
  const auto verb = parse.head(token);
  const auto found = verb ? event_at.find(*verb) : event_at.end();
  return found == event_at.end() ? std::nullopt : std::optional(found->second);
}

// The event the ordinal at `token` numbers; none when it numbers no event.
std::optional<std::size_t> numbered_event(const ParseView& parse, std::size_t token,
                                          const std::map<std::size_t, std::size_t>& event_at) {
  const auto head = parse.head(token);
  if (!head) return std::nullopt;
  // ("was first scheduled", "a second attempt")
  if (parse.relation_is(token, "advmod") || parse.relation_is(token, "amod")) {
    const auto found = event_at.find(*head);
    return found == event_at.end() ? std::nullopt : std::optional(found->second);
  }
  return event_it_is_subject_of(parse, token, event_at);  // ("a third, on Tuesday, was halted")
}

std::vector<NumberedEvent> numbered_events(const TokenizedText& tokens, const DocumentEvents& events,
                                           const std::map<std::string, int>& numbers) {
  std::map<std::size_t, std::size_t> event_at;
  for (std::size_t e = 0; e < events.events.size(); ++e) event_at.emplace(events.events[e].token, e);
  std::vector<NumberedEvent> found;
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const auto& sentence = tokens.sentences[s];
    const ParseView parse(tokens, sentence);
    for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      const auto number = numbers.find(to_lower(tokens.tokens[t].text));
      if (number == numbers.end()) continue;
      if (const auto event = numbered_event(parse, t, event_at))
        found.push_back({number->second, *event, static_cast<int>(s), number->first});
    }
  }
  return found;
}

}  // namespace

OrdinalSeries OrdinalSeries::load_from(const std::filesystem::path& file) {
  OrdinalSeries series;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int line_number) {
    const auto tab = line.find('\t');
    int number = 0;
    std::istringstream digits(tab == std::string::npos ? std::string{} : line.substr(tab + 1));
    if (!(digits >> number) || number <= 0)
      throw ParseError({file.string(), line_number, 1}, "expected a word, a tab and a positive number", {},
                       "write WORD<TAB>NUMBER", line);
    series.numbers_[to_lower(line.substr(0, tab))] = number;
  });
  return series;
}

std::vector<CueEdge> OrdinalSeries::link(const TokenizedText& tokens, const DocumentEvents& events) const {
  const auto numbered = numbered_events(tokens, events, numbers_);
  std::vector<CueEdge> edges;
  for (std::size_t later = 0; later < numbered.size(); ++later) {
    const auto& next = numbered[later];
    for (std::size_t k = later; k-- > 0;) {
      const auto& previous = numbered[k];
      if (next.sentence - previous.sentence > kMaxSentenceGap) break;
      if (previous.number != next.number - 1 || previous.event == next.event) continue;
      edges.push_back({previous.event, next.event, "before", previous.word + " ... " + next.word, next.sentence});
      break;
    }
  }
  return edges;
}

}  // namespace chronograph::core
