#include "graph/gold/gold_graph.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/text/modal_verbs.h"
#include "core/timeml/tlink_relation.h"
#include "core/timex/timex.h"
#include "graph/ids/event_ids.h"

namespace chronograph::graph {

namespace {

using core::Span;
using core::TlinkRelation;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Titles and abbreviations that end in a full stop without ending a sentence. The simple
// split only serves gold graphs (titles, sentence numbers); the tokenizer does the real work.
constexpr std::array<std::string_view, 30> kAbbreviations{
    "Apr",  "Aug", "Co",  "Col", "Corp", "Dec", "Dr",  "Feb", "Gen", "Gov",
    "Inc",  "Jan", "Jr",  "Jul", "Jun",  "Lt",  "Ltd", "Mar", "Mr",  "Mrs",
    "Ms",   "No",  "Nov", "Oct", "Rep",  "Sen", "Sep", "Sept", "Sr", "St"};

// The word just before position `dot` (letters and inner dots: "U.S", "Corp").
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t begin = dot;
  while (begin > 0 && !is_space(text[begin - 1]) && text[begin - 1] != '(' && text[begin - 1] != '"') --begin;
  return text.substr(begin, dot - begin);
}

bool ends_sentence(std::string_view text, std::size_t at) {
  const char c = text[at];
  if (c != '.' && c != '!' && c != '?') return false;
  std::size_t next = at + 1;
  while (next < text.size() && (text[next] == '"' || text[next] == '\'' || text[next] == ')')) ++next;
  if (next < text.size() && !is_space(text[next])) return false;
  while (next < text.size() && is_space(text[next])) ++next;
  if (next >= text.size()) return true;
  if (c == '.') {
    const std::string_view word = word_before(text, at);
    if (word.size() == 1 && is_upper(word[0])) return false;                  // "John F. Kennedy"
    if (word.find('.') != std::string_view::npos) return false;               // "U.S. officials"
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end()) return false;
  }
  const char first = text[next];
  return is_upper(first) || is_digit(first) || first == '"' || first == '\'' || first == '(' ||
         static_cast<unsigned char>(first) >= 0x80;
}

Span trimmed(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return {begin, end};
}

bool blank_line_at(std::string_view text, std::size_t at) {
  if (text[at] != '\n') return false;
  for (std::size_t i = at + 1; i < text.size() && is_space(text[i]); ++i)
    if (text[i] == '\n') return true;
  return false;
}

bool is_word_char(char c) {
  return !is_space(c) && c != ',' && c != ';' && c != ':' && c != '(' && c != ')' && c != '"' && c != '!' &&
         c != '?' && c != '[' && c != ']';
}

// Up to `count` words next to `from` in `direction` (-1 left, +1 right) inside [begin, end),
// stopping at punctuation; a word ending in a full stop ends the search too.
std::vector<std::string_view> words_beside(std::string_view text, std::size_t from, std::size_t begin,
                                           std::size_t end, int direction, int count) {
  std::vector<std::string_view> words;
  std::size_t at = from;
  while (static_cast<int>(words.size()) < count) {
    if (direction < 0) {
      while (at > begin && is_space(text[at - 1])) --at;
      if (at == begin || !is_word_char(text[at - 1])) break;
      std::size_t word_begin = at;
      while (word_begin > begin && is_word_char(text[word_begin - 1])) --word_begin;
      const std::string_view word = text.substr(word_begin, at - word_begin);
      if (word.back() == '.') break;  // the end of the sentence before, or an abbreviation
      words.insert(words.begin(), word);
      at = word_begin;
    } else {
      while (at < end && is_space(text[at])) ++at;
      if (at == end || !is_word_char(text[at])) break;
      std::size_t word_end = at;
      while (word_end < end && is_word_char(text[word_end])) ++word_end;
      std::string_view word = text.substr(at, word_end - at);
      const bool last = word.back() == '.';
      while (!word.empty() && (word.back() == '.' || word.back() == '\'')) word.remove_suffix(1);
      if (!word.empty()) words.push_back(word);
      at = word_end;
      if (last) break;
    }
  }
  return words;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Words a title should neither start nor end with.
bool is_edge_word(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kWords{"a",  "an", "and", "at",   "by",  "for", "from",
                                                           "her", "his", "in", "into", "its", "of",  "on",
                                                           "or",  "than", "the", "their", "to", "with"};
  const std::string lower = lower_ascii(word);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

Modality modality_of(const core::InstanceAnnotation* instance) {
  if (!instance) return Modality::Actual;
  if (instance->polarity == "NEG") return Modality::Negated;
  const std::string modal = lower_ascii(instance->modality);
  if (core::is_possibility_modal(modal)) return Modality::Possible;
  if (core::is_future_modal(modal) || (!core::is_modal(modal) && instance->tense == "FUTURE")) return Modality::Planned;
  if (core::is_modal(modal)) return Modality::Hypothetical;  // would, should, must, ought
  return Modality::Actual;
}

// Where an event's time comes from while TLINKs are read: a containing range, or bounds.
struct TimeEvidence {
  std::optional<Interval> within;
  bool within_dct = false;
  std::string value, mod;
  std::optional<date::sys_days> not_before, not_after;
  bool bound_explicit = false;  // some bound came from a date in the text, not the DCT
};

bool inside_relation(TlinkRelation relation) {
  switch (relation) {
    case TlinkRelation::IsIncluded:
    case TlinkRelation::During:
    case TlinkRelation::Simultaneous:
    case TlinkRelation::Identity:
    case TlinkRelation::Begins:
    case TlinkRelation::Ends:
      return true;
    default:
      return false;
  }
}

void add_time_evidence(TimeEvidence& evidence, TlinkRelation relation, const core::TimexAnnotation& timex,
                       const Interval& range, bool is_dct) {
  if (inside_relation(relation)) {
    const auto width = [](const Interval& i) { return i.end - i.start; };
    // A date in the text beats the DCT; among equals, the narrowest range.
    const bool better = !evidence.within || (evidence.within_dct && !is_dct) ||
                        (evidence.within_dct == is_dct && width(range) < width(*evidence.within));
    if (better) {
      evidence.within = range;
      evidence.within_dct = is_dct;
      evidence.value = timex.value;
      evidence.mod = timex.mod;
    }
    return;
  }
  if (relation == TlinkRelation::Before || relation == TlinkRelation::IBefore) {
    if (!evidence.not_after || range.start < *evidence.not_after) evidence.not_after = range.start;
  } else if (relation == TlinkRelation::After || relation == TlinkRelation::IAfter) {
    if (!evidence.not_before || range.end > *evidence.not_before) evidence.not_before = range.end;
  } else {
    return;  // the event includes the range: no bound on either end
  }
  if (!is_dct) evidence.bound_explicit = true;
}

EventTime time_from(const TimeEvidence& evidence) {
  EventTime time;
  if (evidence.within) {
    time.start = evidence.within->start;
    time.end = evidence.within->end;
    time.precision = evidence.within->precision;
    time.value = evidence.value;
    time.mod = evidence.mod;
    time.source = evidence.within_dct ? TimeSource::Dct : TimeSource::Explicit;
    return time;
  }
  if (!evidence.not_before && !evidence.not_after) return time;
  // Contradictory gold bounds keep only the end bound rather than an empty range.
  time.end = evidence.not_after;
  if (!evidence.not_after || !evidence.not_before || *evidence.not_before <= *evidence.not_after)
    time.start = evidence.not_before;
  time.source = evidence.bound_explicit ? TimeSource::Explicit : TimeSource::Dct;
  return time;
}

std::optional<Edge> edge_for(TlinkRelation relation, const std::string& a, const std::string& b) {
  switch (relation) {
    case TlinkRelation::Before:
    case TlinkRelation::IBefore:
      return Edge{a, b, EdgeType::Before, {}, EdgeSource::Extracted, 1.0};
    case TlinkRelation::After:
    case TlinkRelation::IAfter:
      return Edge{b, a, EdgeType::Before, {}, EdgeSource::Extracted, 1.0};
    case TlinkRelation::Includes:
    case TlinkRelation::BegunBy:
    case TlinkRelation::EndedBy:
      return Edge{a, b, EdgeType::Includes, {}, EdgeSource::Extracted, 1.0};
    case TlinkRelation::IsIncluded:
    case TlinkRelation::Begins:
    case TlinkRelation::Ends:
      return Edge{b, a, EdgeType::Includes, {}, EdgeSource::Extracted, 1.0};
    case TlinkRelation::Simultaneous:
    case TlinkRelation::Identity:
    case TlinkRelation::During:
    case TlinkRelation::DuringInv:
      return Edge{a, b, EdgeType::Simultaneous, {}, EdgeSource::Extracted, 1.0};
  }
  return std::nullopt;
}

}  // namespace

std::vector<Span> simple_sentences(std::string_view text) {
  std::vector<Span> sentences;
  std::size_t begin = 0;
  const auto close = [&](std::size_t end) {
    const Span sentence = trimmed(text, begin, end);
    if (!sentence.empty()) sentences.push_back(sentence);
  };
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (blank_line_at(text, at)) {
      close(at);
      begin = at + 1;
    } else if (ends_sentence(text, at)) {
      std::size_t cut = at + 1;
      while (cut < text.size() && (text[cut] == '"' || text[cut] == '\'' || text[cut] == ')')) ++cut;
      close(cut);
      begin = cut;
      at = cut - 1;  // always >= at: the loop goes on after the closing quotes
    }
  }
  close(text.size());
  return sentences;
}

std::string gold_title(std::string_view text, Span sentence, Span trigger) {
  const auto left = words_beside(text, trigger.begin, sentence.begin, sentence.end, -1, 2);
  const auto right = words_beside(text, trigger.end, sentence.begin, sentence.end, +1, 3);
  std::vector<std::string_view> words(left.begin(), left.end());
  words.push_back(trigger.of(text));
  words.insert(words.end(), right.begin(), right.end());
  // "from the sale of a" reads "sale": articles and prepositions at either end say nothing.
  std::size_t first = 0, last = words.size();
  const std::size_t at = left.size();
  while (first < at && is_edge_word(words[first])) ++first;
  while (last > at + 1 && is_edge_word(words[last - 1])) --last;
  return fmt::format("{}", fmt::join(words.begin() + static_cast<std::ptrdiff_t>(first),
                                     words.begin() + static_cast<std::ptrdiff_t>(last), " "));
}

GraphData gold_graph(const std::string& doc_id, const std::string& path, std::string_view text,
                     std::optional<date::sys_days> dct, const core::TimemlAnnotations& gold,
                     const std::vector<core::Span>* given_sentences) {
  GraphData graph;
  graph.documents.push_back(DocumentInfo{doc_id, path, {}, dct});
  const std::vector<Span> sentences = given_sentences ? *given_sentences : simple_sentences(text);
  const auto sentence_index = [&](std::size_t offset) -> int {
    const auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                        [](std::size_t value, const Span& s) { return value < s.begin; });
    return after == sentences.begin() ? 0 : static_cast<int>(after - sentences.begin() - 1);
  };

  std::map<std::string, const core::InstanceAnnotation*> first_instance;  // by event id
  for (const auto& instance : gold.instances) first_instance.emplace(instance.event_id, &instance);
  std::map<std::string, std::size_t> event_of_eid;
  for (const auto& annotation : gold.events) {
    Event event;
    event.trigger = std::string(annotation.span.of(text));
    event.lemma = lower_ascii(event.trigger);
    event.event_class = annotation.event_class;
    const auto found = first_instance.find(annotation.eid);
    const core::InstanceAnnotation* instance = found == first_instance.end() ? nullptr : found->second;
    if (instance) {
      if (!instance->tense.empty()) event.tense = instance->tense;
      if (!instance->aspect.empty()) event.aspect = instance->aspect;
      if (!instance->polarity.empty()) event.polarity = instance->polarity;
    }
    event.modality = modality_of(instance);
    const int index = sentence_index(annotation.span.begin);
    const Span sentence = sentences.empty() ? Span{0, text.size()} : sentences[static_cast<std::size_t>(index)];
    event.title = gold_title(text, sentence, annotation.span);
    event.mentions.push_back(Mention{doc_id, index, annotation.span.begin, annotation.span.end, event.trigger,
                                     std::string(sentence.of(text))});
    event_of_eid[annotation.eid] = graph.events.size();
    graph.events.push_back(std::move(event));
  }
  assign_event_ids(graph.events);

  std::map<std::string, std::size_t> event_of_eiid;
  for (const auto& instance : gold.instances)
    if (const auto found = event_of_eid.find(instance.event_id); found != event_of_eid.end())
      event_of_eiid[instance.eiid] = found->second;

  std::map<std::string, std::pair<const core::TimexAnnotation*, std::optional<Interval>>> timex_of_tid;
  for (const auto& timex : gold.timexes) {
    const auto interval = timex.type == "DATE" || timex.type == "TIME" ? core::interval_of_value(timex.value, timex.mod)
                                                                        : std::nullopt;
    timex_of_tid[timex.tid] = {&timex, interval};
    graph.timexes.push_back(TimexInfo{doc_id, timex.tid, timex.span.begin, timex.span.end,
                                      std::string(timex.span.of(text)), timex.type, timex.value, timex.mod, "gold",
                                      interval, timex.freq, timex.quant});
  }
  if (gold.dct) {
    std::optional<Interval> interval = core::interval_of_value(gold.dct->value, gold.dct->mod);
    if (!interval && dct) interval = whole_day(*dct);
    timex_of_tid[gold.dct->tid] = {&*gold.dct, interval};
  }

  std::vector<TimeEvidence> evidence(graph.events.size());
  std::set<std::tuple<std::string, std::string, EdgeType>> seen;
  for (const auto& tlink : gold.tlinks) {
    const auto relation = core::parse_tlink_relation(tlink.rel_type);
    if (!relation) continue;  // the reader rejects these; nothing to draw
    const auto from_event = event_of_eiid.find(tlink.from), to_event = event_of_eiid.find(tlink.to);
    const auto from_timex = timex_of_tid.find(tlink.from), to_timex = timex_of_tid.find(tlink.to);
    if (from_event != event_of_eiid.end() && to_event != event_of_eiid.end()) {
      if (from_event->second == to_event->second) continue;
      const Event& a = graph.events[from_event->second];
      auto edge = edge_for(*relation, a.id, graph.events[to_event->second].id);
      if (!edge || !seen.emplace(edge->from, edge->to, edge->type).second) continue;
      edge->evidence = Evidence{doc_id, a.mentions.front().sentence, fmt::format("TLINK {} {}", tlink.lid, tlink.rel_type)};
      graph.edges.push_back(std::move(*edge));
      continue;
    }
    // An event and a time: orient as "event R time".
    std::size_t event_index = 0;
    const std::pair<const core::TimexAnnotation*, std::optional<Interval>>* time = nullptr;
    TlinkRelation oriented = *relation;
    if (from_event != event_of_eiid.end() && to_timex != timex_of_tid.end()) {
      event_index = from_event->second;
      time = &to_timex->second;
    } else if (from_timex != timex_of_tid.end() && to_event != event_of_eiid.end()) {
      event_index = to_event->second;
      time = &from_timex->second;
      oriented = core::converse(*relation);
    }
    if (!time || !time->second) continue;  // time-time links, durations, unresolved values
    const bool is_dct = gold.dct && time->first->tid == gold.dct->tid;
    add_time_evidence(evidence[event_index], oriented, *time->first, *time->second, is_dct);
  }
  for (std::size_t i = 0; i < graph.events.size(); ++i) graph.events[i].time = time_from(evidence[i]);
  return graph;
}

}  // namespace chronograph::graph
