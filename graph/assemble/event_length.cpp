#include "graph/assemble/event_length.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "core/events/parse_view.h"
#include "core/events/word_forms.h"
#include "graph/assemble/calendar_months.h"

namespace chronograph::graph {

namespace {

// The token whose bytes end where the span does, inside the sentence; none when none does.
std::optional<std::size_t> last_token_of(const core::TokenizedText& tokens, const core::Sentence& sentence, core::Span span) {
  for (std::size_t k = sentence.first_token; k < sentence.first_token + sentence.token_count; ++k)
    if (tokens.tokens[k].span.end == span.end) return k;
  return std::nullopt;
}

// Whether the word right before the span is "for" or "over" ("for six days", "heard evidence over
// eleven months"; not "in six days", "six days ago"). ("lasted over two weeks" is more than two
// weeks: the expression holds that "over" and has no upper limit.)
bool opened_by_length_preposition(const core::TokenizedText& tokens, const core::Sentence& sentence, core::Span span) {
  for (std::size_t k = sentence.first_token + 1; k < sentence.first_token + sentence.token_count; ++k)
    if (tokens.tokens[k].span.begin == span.begin) {
      const std::string word = core::token_lower(tokens.tokens[k - 1]);
      return word == "for" || word == "over";
    }
  return false;
}

// Whether the word at `last` hangs on the verb, or is joined to a word that does: "heard
// evidence from 84 witnesses over 11 months" may be parsed with the months a conjunct of the
// witnesses, but a length is no witness: it is the hearing's.
bool hangs_on(const core::ParseView& parse, std::size_t last, std::size_t verb) {
  const auto head = parse.head(last);
  if (head == verb) return true;
  return parse.relation_is(last, "conj") && head && parse.head(*head) == verb;
}

// The minutes a clock duration ("PT47M", "PT2H30M") lasts; none for any other value.
std::optional<long> clock_minutes(std::string_view value) {
  if (!value.starts_with("PT")) return std::nullopt;
  std::string_view rest = value.substr(2);
  long minutes = 0;
  while (!rest.empty()) {
    long n = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), n);
    if (error != std::errc{} || end == rest.data() + rest.size()) return std::nullopt;
    const char unit = *end;
    if (unit != 'H' && unit != 'M') return std::nullopt;
    minutes += unit == 'H' ? 60 * n : n;
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()) + 1);
  }
  return minutes;
}

// The minute of the day of a clock value "2025-09-09T14:32Z"; none for a day or a part of one ("TNI").
std::optional<long> minute_of_day(const std::string& value) {
  const auto digit = [&](std::size_t i) { return i < value.size() && value[i] >= '0' && value[i] <= '9'; };
  if (value.size() < 16 || value[10] != 'T' || value[13] != ':' || !digit(11) || !digit(12) || !digit(14) || !digit(15))
    return std::nullopt;
  return ((value[11] - '0') * 10 + (value[12] - '0')) * 60L + (value[14] - '0') * 10 + (value[15] - '0');
}

// A duration expression and the length it gives.
struct LengthOnVerb {
  const core::Timex* timex = nullptr;
  DayGap gap;
};

// The first duration expression of the mention's sentence whose last word the parse hangs on
// the mention and that `fits` accepts, with its length; none when it has no upper limit.
template <typename Fits>
std::optional<LengthOnVerb> length_hung_on(const core::DocumentAnalysis& analysis, std::size_t mention, Fits fits) {
  const auto& event = analysis.events.events[mention];
  const auto& sentence = analysis.tokens.sentences[static_cast<std::size_t>(event.sentence)];
  const core::ParseView parse(analysis.tokens, sentence);
  // (the time expressions are in text order: those of the verb's sentence are found by search,
  // so a long text's events do not each read all of them)
  const auto& timexes = analysis.timexes;
  const auto first = std::partition_point(timexes.begin(), timexes.end(), [&](const core::Timex& t) {
    return t.span.begin < analysis.tokens.tokens[sentence.first_token].span.begin;
  });
  for (auto it = first; it != timexes.end() && it->span.begin < sentence.span.end; ++it) {
    const auto& timex = *it;
    if (timex.type != "DURATION") continue;
    const auto last = last_token_of(analysis.tokens, sentence, timex.span);
    if (!last || !hangs_on(parse, *last, event.token) || !fits(timex, *last)) continue;
    const auto gap = day_gap(timex.value, timex.mod);
    if (!gap || !gap->max) return std::nullopt;
    return LengthOnVerb{&timex, *gap};
  }
  return std::nullopt;
}

std::optional<LengthOnVerb> length_on_verb(const core::DocumentAnalysis& analysis, std::size_t mention) {
  const auto& event = analysis.events.events[mention];
  if (event.pos != "VERB" || event.sentence < 0) return std::nullopt;
  if (event.length_is_its_objects) return std::nullopt;  // ("signed the contract for three years")
  const auto& sentence = analysis.tokens.sentences[static_cast<std::size_t>(event.sentence)];
  return length_hung_on(analysis, mention, [&](const core::Timex& timex, std::size_t) {
    return opened_by_length_preposition(analysis.tokens, sentence, timex.span);
  });
}

// "a 41-hour standoff", "a six-day strike": the length a duration in front of an event noun gives it.
std::optional<LengthOnVerb> length_on_noun(const core::DocumentAnalysis& analysis, std::size_t mention) {
  const auto& event = analysis.events.events[mention];
  if (event.pos != "NOUN" || event.sentence < 0) return std::nullopt;
  return length_hung_on(analysis, mention, [&](const core::Timex&, std::size_t last) {
    const auto& deprel = analysis.tokens.tokens[last].deprel;
    return last < event.token && (deprel == "amod" || deprel == "compound" || deprel == "nummod");
  });
}

bool on_one_day(const EventTime& time) {
  return time.closed() && *time.start == *time.end &&
         (time.precision == Precision::Day || time.precision == Precision::Instant);
}

// The last day an event that starts on `day` (at the clock time of `value`, if any) and lasts
// that long falls on: "on Monday for three days" ends on Wednesday; "at 23:50 for 47 minutes"
// ends the next day.
date::sys_days last_day(date::sys_days day, const std::string& value, const LengthOnVerb& length) {
  const auto minutes = clock_minutes(length.timex->value);
  if (const auto clock = minute_of_day(value); clock && minutes) return day + date::days{(*clock + *minutes) / 1440};
  // ("on Nov. 1 for two months": to Dec. 31, the day before the same date two months on)
  if (const auto months = calendar_months(length.timex->value); months && length.timex->mod.empty()) {
    const date::year_month_day later = date::year_month_day{day} + date::months{*months};
    if (later.ok()) return date::sys_days{later} - date::days{1};
  }
  return day + date::days{std::max(0, *length.gap.max - 1)};
}

// The verb an "after" clause on `mention` hangs on ("reopened ... after a ship blocked it"), or
// the verb of a "before" or "until" clause on it ("blocked it ... until it was refloated"): what
// happened when the mention's event ended.
std::optional<std::size_t> what_followed(const core::DocumentAnalysis& analysis, std::size_t mention) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  const auto marked = [&](std::size_t clause, std::string_view word) {
    const auto mark = parse.child(clause, "mark");
    return mark && core::token_lower(tokens.tokens[*mark]) == word;
  };
  if (parse.relation_is(event.token, "advcl") && marked(event.token, "after")) return parse.head(event.token);
  // ("released on Sunday after a 41-hour standoff")
  const auto case_word = parse.child(event.token, "case");
  if (parse.relation_is(event.token, "obl") && case_word && core::token_lower(tokens.tokens[*case_word]) == "after")
    return parse.head(event.token);
  for (const auto clause : parse.children(event.token))
    if (parse.relation_is(clause, "advcl") && (marked(clause, "before") || marked(clause, "until"))) return clause;
  return std::nullopt;
}

// The last day of the month or year an event dated from its start lies in ("1997": 31 Dec 1997).
std::optional<date::sys_days> end_of_start_period(const EventTime& time) {
  const date::year_month_day first{*time.start};
  if (time.precision == Precision::Year) return date::sys_days{first.year() / date::December / 31};
  if (time.precision == Precision::Month) return date::sys_days{first.year() / first.month() / date::last};
  return std::nullopt;
}

// "went to number one in 1997 and stayed in the charts for 40 weeks": an event that starts within
// a month or year and lasts a length ends that long after the period at the latest, not at the
// article's date. Only ever narrows ("closed for six weeks in 2023" stays within 2023), unless
// the period is only when it started (`started_in_it`).
void end_within_its_length(EventTime& time, const LengthOnVerb& length, bool started_in_it) {
  const auto period_end = end_of_start_period(time);
  if (!period_end || time.value.empty()) return;
  const auto end = last_day(*period_end, time.value, length);
  if (!started_in_it && time.end && end >= *time.end) return;
  time.end = end;
  time.value.clear();
  time.mod.clear();
}

// "The inquiry opened in September 2020 and heard evidence over 11 months": a verb conjoined
// after the one whose date (`value`) it shares, told between the two, started in that period and
// may run past it.
bool dated_by_an_earlier_conjunct(const core::DocumentAnalysis& analysis, std::size_t mention, const std::string& value) {
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  const auto first = parse.head(event.token);
  if (!parse.relation_is(event.token, "conj") || !first || *first > event.token) return false;
  const auto after_first = analysis.tokens.tokens[*first].span.end;
  const auto before_it = analysis.tokens.tokens[event.token].span.begin;
  return std::any_of(analysis.timexes.begin(), analysis.timexes.end(), [&](const core::Timex& timex) {
    return timex.value == value && after_first <= timex.span.begin && timex.span.end <= before_it;
  });
}

}  // namespace

std::optional<DayGap> told_length(const core::DocumentAnalysis& analysis, std::size_t mention) {
  const auto length = length_on_verb(analysis, mention);
  return length ? std::optional(length->gap) : std::nullopt;
}

void run_for_its_length(EventTime& time, const core::DocumentAnalysis& analysis, const std::vector<std::size_t>& members) {
  if (time.source == TimeSource::Explicit && time.start && !on_one_day(time)) {
    for (const auto m : members)
      if (const auto length = length_on_verb(analysis, m))
        return end_within_its_length(time, *length, dated_by_an_earlier_conjunct(analysis, m, time.value));
    return;
  }
  if (!on_one_day(time) || time.source != TimeSource::Explicit) return;
  for (const auto m : members) {
    const auto length = length_on_verb(analysis, m);
    if (!length) continue;
    const auto end = last_day(*time.start, time.value, *length);
    if (end == *time.end) return;  // ("at 14:32 for 47 minutes": the same day; the clock time stays)
    time.end = end;
    time.value.clear();  // no one TIMEX3 value says the whole span
    time.mod.clear();
    time.precision = Precision::Day;
    return;
  }
}

void run_up_to_the_article(EventTime& time, const core::DocumentAnalysis& analysis, const std::vector<std::size_t>& members) {
  const auto dct = analysis.document.dct;
  if (!dct || time.source != TimeSource::Dct || time.start) return;
  for (const auto m : members) {
    const auto& mention = analysis.events.events[m];
    if (mention.tense != "PRESENT" || mention.aspect.find("PERFECTIVE") == std::string::npos || mention.modality != "actual")
      continue;
    const auto length = length_on_verb(analysis, m);
    if (!length) continue;
    // ("has served for 12 years", said on 6 Nov 2025: since 6 Nov 2013)
    const auto months = calendar_months(length->timex->value);
    const date::year_month_day back = date::year_month_day{*dct} - date::months{months.value_or(0)};
    time.start = months && length->timex->mod.empty() && back.ok() ? date::sys_days{back}
                                                                   : *dct - date::days{*length->gap.max};
    time.end = *dct;
    time.value.clear();
    time.mod.clear();
    time.precision = Precision::Day;
    return;
  }
}

void end_at_what_followed(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                          const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    auto length = length_on_verb(analysis, mention);
    if (!length) length = length_on_noun(analysis, mention);
    if (!length || events[index].time.source == TimeSource::Explicit) continue;
    const auto next = what_followed(analysis, mention);
    const auto next_mention = next ? std::find_if(event_of.begin(), event_of.end(), [&](const auto& entry) {
      return analysis.events.events[entry.first].token == *next;
    }) : event_of.end();
    if (next_mention == event_of.end() || next_mention->second == index) continue;
    const EventTime& then = events[next_mention->second].time;
    if (!on_one_day(then) || then.source != TimeSource::Explicit) continue;
    EventTime& time = events[index].time;
    time.start = *then.start - date::days{*length->gap.max};
    time.end = then.end;
    time.value.clear();
    time.mod.clear();
    time.precision = Precision::Day;
    time.source = TimeSource::Inferred;
  }
}

namespace {

// Whether the token lies inside a time expression.
bool in_a_timex(const core::DocumentAnalysis& analysis, std::size_t token) {
  const auto span = analysis.tokens.tokens[token].span;
  return std::any_of(analysis.timexes.begin(), analysis.timexes.end(),
                     [&](const core::Timex& t) { return t.span.begin <= span.begin && span.end <= t.span.end; });
}

// The verb whose "for" phrase the event noun heads ("will arrive on Tuesday for a four-day
// visit": "arrive"; "will return that evening for a reception hosted by the mayor": "return" for
// the participle, whose event is the noun's occasion, also where the parser hung the phrase on
// the verb's date); none for a mention in another role.
std::optional<std::size_t> verb_it_is_for(const core::DocumentAnalysis& analysis, std::size_t mention) {
  const auto& tokens = analysis.tokens;
  const auto& event = analysis.events.events[mention];
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(event.sentence)]);
  auto noun = std::optional(event.token);
  if (event.pos == "VERB") noun = parse.relation_is(event.token, "acl") ? parse.head(event.token) : std::nullopt;
  const auto case_word = noun ? parse.child(*noun, "case") : std::nullopt;
  if (!case_word || core::token_lower(tokens.tokens[*case_word]) != "for") return std::nullopt;
  const auto head = parse.head(*noun);
  if (parse.relation_is(*noun, "obl")) return head;
  const bool on_its_date = head && parse.relation_is(*noun, "nmod") && in_a_timex(analysis, *head) &&
                           parse.relation_is(*head, "obl");
  return on_its_date ? parse.head(*head) : std::nullopt;
}

}  // namespace

void start_on_the_day_it_is_come_for(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                     const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& [mention, index] : event_of) {
    const auto length = length_on_noun(analysis, mention);
    const auto verb = analysis.events.events[mention].sentence >= 0 ? verb_it_is_for(analysis, mention) : std::nullopt;
    if (!verb || events[index].time.source == TimeSource::Explicit) continue;
    const auto verb_mention = std::find_if(event_of.begin(), event_of.end(), [&](const auto& entry) {
      return analysis.events.events[entry.first].token == *verb;
    });
    if (verb_mention == event_of.end() || verb_mention->second == index) continue;
    const EventTime& then = events[verb_mention->second].time;
    if (!on_one_day(then) || then.source != TimeSource::Explicit) continue;
    // (without a length, only what a plan goes for: "will return that evening for a reception";
    // the "for" of a done act may give its cause: "was arrested on Monday for a robbery")
    if (!length && events[verb_mention->second].modality != Modality::Planned) continue;
    EventTime& time = events[index].time;
    time.start = then.start;
    time.end = length ? last_day(*then.start, "", *length) : *then.start;
    time.value.clear();  // no one TIMEX3 value says the whole span
    time.mod.clear();
    time.precision = Precision::Day;
    time.source = TimeSource::Inferred;
  }
}

}  // namespace chronograph::graph
