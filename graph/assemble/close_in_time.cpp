#include "graph/assemble/close_in_time.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/events/parse_view.h"

namespace chronograph::graph {

namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Whether "before" or "after" at token `marker` is said close: "shortly before", "just after".
bool said_close_word(const std::string& word) {
  static const std::set<std::string> kClose = {"shortly", "soon", "just", "right", "immediately", "moments"};
  return kClose.count(lower(word)) > 0;
}

bool said_close(const core::TokenizedText& tokens, std::size_t marker) {
  const std::string word = lower(tokens.tokens[marker].text);
  if (marker == 0 || (word != "before" && word != "after")) return false;
  return said_close_word(tokens.tokens[marker - 1].text);
}

// The event a phrase or clause on the mention's verb that "shortly before" or "just after"
// opens names ("shortly before the vote", "just after the polls closed"); none when none does.
std::optional<std::size_t> close_to(const core::DocumentAnalysis& analysis, std::size_t mention,
                                    const std::map<std::size_t, std::size_t>& event_of) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  for (const auto phrase : parse.children(event.token)) {
    if (!parse.relation_is(phrase, "obl") && !parse.relation_is(phrase, "advcl")) continue;
    const auto marker = parse.child(phrase, parse.relation_is(phrase, "obl") ? "case" : "mark");
    if (!marker || *marker > phrase || !said_close(tokens, *marker)) continue;
    for (const auto& [other, index] : event_of)
      if (analysis.events.events[other].token == phrase) return index;
  }
  return std::nullopt;
}

// One day, or a clock time on one day, that the text gives.
bool dated_on_one_day(const EventTime& time) {
  return time.source == TimeSource::Explicit && time.closed() && *time.start == *time.end &&
         (time.precision == Precision::Day || time.precision == Precision::Instant);
}

// The event the mention's subject names, when it is an event ("The collapse killed two people").
std::optional<std::size_t> subject_event(const core::DocumentAnalysis& analysis, std::size_t mention,
                                         const std::map<std::size_t, std::size_t>& event_of) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  const auto subject = parse.child(event.token, "nsubj");
  if (!subject || parse.relation_is(*subject, "nsubj:pass") || tokens.tokens[*subject].upos != "NOUN") return std::nullopt;
  for (const auto& [other, index] : event_of)
    if (analysis.events.events[other].token == *subject) return index;
  return std::nullopt;
}

// Whether a duration under a day that "within" opens, naming nothing it is counted from
// ("within minutes", "within two hours"; not "within minutes of the blast"), hangs on the verb.
bool within_moments(const core::DocumentAnalysis& analysis, const core::EventMention& event) {
  const auto& tokens = analysis.tokens;
  const auto& sentence = tokens.sentences[static_cast<std::size_t>(event.sentence)];
  const core::ParseView parse(tokens, sentence);
  for (const auto phrase : parse.children(event.token)) {
    const auto marker = parse.child(phrase, "case");
    if (!parse.relation_is(phrase, "obl") || !marker || lower(tokens.tokens[*marker].text) != "within") continue;
    if (parse.child(phrase, "nmod")) continue;
    const auto span = tokens.tokens[phrase].span;
    for (const auto& timex : analysis.timexes)
      if (timex.type == "DURATION" && timex.value.starts_with("PT") && timex.span.begin <= span.begin &&
          span.end <= timex.span.end)
        return true;
  }
  return false;
}

// Whether the verb is said to follow close on what was told before it: "shortly afterwards",
// "soon after", "immediately thereafter", "moments later" (an adverb on the verb, not a phrase
// that names what it follows: that is close_to's).
bool close_afterwards(const core::DocumentAnalysis& analysis, const core::EventMention& event) {
  static const std::set<std::string> kAfterwards = {"afterwards", "afterward", "after", "thereafter", "later"};
  const auto& tokens = analysis.tokens;
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  for (const auto word : parse.children(event.token)) {
    if (!parse.relation_is(word, "advmod") || !kAfterwards.count(lower(tokens.tokens[word].text)) || word == 0) continue;
    if (said_close_word(tokens.tokens[word - 1].text)) return true;
  }
  return false;
}

// The event of the mention told last before `mention`, in its sentence or the one before, that
// the text dates on one day; none when there is none.
std::optional<std::size_t> last_dated_before(const std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                             std::size_t mention, const std::map<std::size_t, std::size_t>& event_of) {
  const auto& told = analysis.events.events[mention];
  std::optional<std::size_t> last;
  std::size_t last_token = 0;
  for (const auto& [other, index] : event_of) {
    const auto& before = analysis.events.events[other];
    if (before.sentence < told.sentence - 1 || before.token >= told.token || before.sentence < 0) continue;
    if (!dated_on_one_day(events[index].time) || (last && before.token < last_token)) continue;
    last = index;
    last_token = before.token;
  }
  return last;
}

// The verbs conjoined before the mention's verb in its sentence, with the mention's own.
std::vector<std::size_t> with_conjuncts_before(const core::DocumentAnalysis& analysis, std::size_t mention) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  std::vector<std::size_t> verbs{event.token};
  const auto head = parse.head(event.token);
  if (parse.relation_is(event.token, "conj") && head && *head < event.token) verbs.push_back(*head);
  return verbs;
}

void on_the_day_of(EventTime& time, const EventTime& then) {
  time.start = then.start;
  time.end = then.end;
  // (a clock time says when the other happened, not this: only its day is shared)
  time.value = then.value.substr(0, std::min<std::size_t>(then.value.size(), 10));
  time.mod.clear();
  time.precision = Precision::Day;
  time.source = TimeSource::Inferred;
}

}  // namespace

void within_moments_of_what_came_before(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                        const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    const auto& told = analysis.events.events[mention];
    if (events[index].time.source == TimeSource::Explicit || told.sentence < 0 || told.pos != "VERB" ||
        told.tense != "PAST" || told.modality != "actual" ||
        !(within_moments(analysis, told) || close_afterwards(analysis, told)))
      continue;
    const auto other = last_dated_before(events, analysis, mention, event_of);
    if (!other || *other == index) continue;
    const EventTime then = events[*other].time;
    for (const auto verb : with_conjuncts_before(analysis, mention))
      for (const auto& [conjunct, conjunct_index] : event_of)
        if (analysis.events.events[conjunct].token == verb && analysis.events.events[conjunct].tense == "PAST" &&
            events[conjunct_index].time.source != TimeSource::Explicit && conjunct_index != *other)
          on_the_day_of(events[conjunct_index].time, then);
  }
}

void at_the_time_of_its_subject_event(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                      const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    const auto& told = analysis.events.events[mention];
    if (events[index].time.source == TimeSource::Explicit || told.sentence < 0 || told.pos != "VERB" ||
        told.tense != "PAST" || told.modality != "actual")
      continue;
    const auto other = subject_event(analysis, mention, event_of);
    if (!other || *other == index) continue;
    const EventTime& then = events[*other].time;
    if (then.source != TimeSource::Explicit || !then.closed()) continue;
    EventTime& time = events[index].time;
    time = then;
    time.source = TimeSource::Inferred;
  }
}

void on_the_day_of_what_it_is_close_to(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                       const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    if (events[index].time.source == TimeSource::Explicit || analysis.events.events[mention].sentence < 0) continue;
    const auto other = close_to(analysis, mention, event_of);
    if (!other || *other == index || !dated_on_one_day(events[*other].time)) continue;
    on_the_day_of(events[index].time, events[*other].time);
  }
}

}  // namespace chronograph::graph
