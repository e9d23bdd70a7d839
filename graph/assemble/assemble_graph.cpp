#include "graph/assemble/assemble_graph.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "core/documents/lead_title.h"
#include "core/events/event_phase.h"
#include "core/events/parse_view.h"
#include "core/links/event_anchors.h"
#include "core/text/unicode.h"
#include "graph/assemble/begun_by_its_clause.h"
#include "graph/assemble/calendar_distance.h"
#include "graph/assemble/close_in_time.h"
#include "graph/assemble/entity_merge.h"
#include "graph/assemble/event_length.h"
#include "graph/assemble/event_merge.h"
#include "graph/assemble/named_arguments.h"
#include "graph/assemble/repeated_month.h"
#include "graph/assemble/until_further_notice.h"
#include "graph/ids/event_ids.h"

namespace chronograph::graph {

namespace {

// "met twice a week during the crisis and will meet again on Thursday": a group told as done
// and one told as still to come are two events, whatever their titles.
bool told_apart_in_time(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b, const core::DocumentEvents& events) {
  const auto has = [&](const std::vector<std::size_t>& group, const char* tense) {
    return std::any_of(group.begin(), group.end(), [&](std::size_t m) { return events.events[m].tense == tense; });
  };
  return (has(a, "PAST") && has(b, "FUTURE")) || (has(a, "FUTURE") && has(b, "PAST"));
}

// "will hold a video call": the light verb and its event noun get one title; two groups with
// the same title in one sentence are one event seen twice, so the later joins the earlier
// (unless one is told as done and the other as to come).
std::vector<std::vector<std::size_t>> merge_same_predicate(std::vector<std::vector<std::size_t>> groups,
                                                           const core::DocumentEvents& events) {
  std::map<std::pair<std::string, int>, std::size_t> owner;  // (title, sentence) -> kept group
  std::vector<std::vector<std::size_t>> kept;
  for (auto& group : groups) {
    const std::string& title = events.events[group.front()].title;
    std::optional<std::size_t> into;
    if (!title.empty())
      for (const auto m : group)
        if (const auto found = owner.find({title, events.events[m].sentence});
            found != owner.end() && !told_apart_in_time(kept[found->second], group, events))
          into = found->second;
    if (!into) {
      into = kept.size();
      kept.emplace_back();
    }
    auto& target = kept[*into];
    target.insert(target.end(), group.begin(), group.end());
    std::sort(target.begin(), target.end());
    if (!title.empty())
      for (const auto m : group) owner.emplace(std::pair{title, events.events[m].sentence}, *into);
  }
  return kept;
}

// Mention indexes of one event: a coreference group, or a mention alone.
std::vector<std::vector<std::size_t>> group_mentions(const core::DocumentEvents& events, bool all_events) {
  std::map<int, std::vector<std::size_t>> by_group;
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t m = 0; m < events.events.size(); ++m) {
    const auto& mention = events.events[m];
    const bool no_node = mention.reporting_evidence || mention.comparison_standard || mention.period_boundary ||
                         mention.quoted_description || mention.advice || mention.background_state;
    if (no_node && !all_events) continue;
    if (mention.coref_group >= 0) by_group[mention.coref_group].push_back(m);
    else groups.push_back({m});
  }
  for (auto& [group, members] : by_group) groups.push_back(std::move(members));
  std::sort(groups.begin(), groups.end());  // in text order of their first mention
  return merge_same_predicate(std::move(groups), events);
}

Mention to_mention(const core::DocumentAnalysis& analysis, const core::EventMention& mention) {
  const auto& part = analysis.part;
  Mention out{analysis.document.id, mention.sentence + part.sentences, mention.span.begin + part.bytes,
              mention.span.end + part.bytes, mention.trigger, {}};
  if (mention.sentence >= 0 && static_cast<std::size_t>(mention.sentence) < analysis.tokens.sentences.size())
    out.sentence_text = std::string(analysis.tokens.sentences[static_cast<std::size_t>(mention.sentence)].span.of(analysis.document.text));
  return out;
}

// "the end of the month", not "late June": a period's end as a point.
bool names_an_end(const core::Timex& timex) {
  if (timex.mod != "END") return false;
  std::string text = timex.text;
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text.find("end of") != std::string::npos;
}

// The TIMEX3 mod that says which side of its expression a one-sided anchor puts the event: "before
// Christmas" is not Christmas Day itself, so its value 1998-12-25 needs mod BEFORE.
std::string_view mod_of_side(core::AnchorRelation relation) {
  switch (relation) {
    case core::AnchorRelation::Before: return "BEFORE";
    case core::AnchorRelation::OnOrBefore: return "ON_OR_BEFORE";
    case core::AnchorRelation::After: return "AFTER";
    case core::AnchorRelation::Since: return "ON_OR_AFTER";
    case core::AnchorRelation::Within:
    case core::AnchorRelation::Between: return "";
  }
  return "";
}

EventTime time_from_anchor(const std::vector<core::Timex>& timexes, const core::EventAnchor& anchor) {
  EventTime time;
  const core::Timex& timex = timexes[anchor.timex];
  if (!timex.interval) return time;
  // ("A decision is expected within six months": the event's date is a span of days, not the
  // duration "P6M", which names no date)
  if (timex.type != "DURATION") time.value = timex.value;
  time.mod = timex.mod;
  time.source = TimeSource::Explicit;
  time.precision = timex.interval->precision;
  const bool instant = timex.interval->precision == Precision::Instant;
  switch (anchor.relation) {
    case core::AnchorRelation::Between: {  // two expressions: no one TIMEX3 value says it
      const core::Timex& until = timexes[anchor.until];
      time.value.clear();
      time.mod.clear();
      time.start = timex.interval->start;
      time.end = std::max(timex.interval->end, until.interval->end);
      time.precision = std::max(timex.interval->precision, until.interval->precision);
      break;
    }
    case core::AnchorRelation::Within: time.start = timex.interval->start, time.end = timex.interval->end; break;
    // (before or after a time of day is still, or already, that day: "rescued shortly after 2 a.m.")
    // ("before the end of the month" is by its last day: that end is a point, not the last third)
    case core::AnchorRelation::Before:
      time.end = names_an_end(timex) ? timex.interval->end : timex.interval->start - (instant ? date::days{0} : date::days{1});
      break;
    case core::AnchorRelation::OnOrBefore: time.end = timex.interval->end; break;
    case core::AnchorRelation::After: time.start = timex.interval->end + (instant ? date::days{0} : date::days{1}); break;
    case core::AnchorRelation::Since: time.start = timex.interval->start; break;
  }
  // ("until early Monday": the event ends by early Monday, it does not lie in it; on one side of
  // its expression, the side says where the event is, not the expression's own START. "before
  // the end of the month" keeps END, the bound itself.)
  const std::string_view side = mod_of_side(anchor.relation);
  const bool named_end = anchor.relation == core::AnchorRelation::Before && names_an_end(timex);
  if (!time.value.empty() && !side.empty() && !named_end) time.mod = side;
  return time;
}

// Each mention's anchor: its own, the one the parse hangs closest to it ("will publish its
// calendar for the autumn session next month" is next month's), and all its one-sided ones.
struct MentionAnchors {
  std::map<std::size_t, core::EventAnchor> closest;
  std::multimap<std::size_t, core::EventAnchor> one_sided;
};

// Whether a mention is told as still to come: a future, a plan, or a forecast's infinitive
// ("will leave", "plans to leave", "expects prices to fall", "is forecast to rise").
bool told_ahead(const core::EventMention& mention) {
  const bool foreseen = mention.modality == "possible" && mention.tense == "INFINITIVE";
  return mention.tense == "FUTURE" || mention.modality == "planned" || foreseen;
}

MentionAnchors anchors_by_mention(const std::vector<core::EventAnchor>& anchors, const core::DocumentAnalysis& analysis) {
  MentionAnchors out;
  const auto on_calendar = [&](const core::EventAnchor& anchor) { return analysis.timexes[anchor.timex].interval.has_value(); };
  // ("are now trading at $5, down from $10 in March": beside an active present, a date is a
  // comparison's; "will now be held", "is now scheduled for Tuesday" name a time ahead)
  const auto ahead = [&](const core::EventAnchor& anchor) {
    const auto& mention = analysis.events.events[anchor.event];
    const bool passive = analysis.tokens.tokens[mention.token].xpos == "VBN";
    return told_ahead(mention) || passive;
  };
  // The days an anchor puts its event within: a plain date's, or a span's from its first date to
  // its second ("In 2010, the phase lasted from late October to mid-November"); none for a bound.
  const auto within_days = [&](const core::EventAnchor& e) -> std::optional<chronograph::Interval> {
    const auto& from = analysis.timexes[e.timex].interval;
    if (e.relation == core::AnchorRelation::Within) return from;
    if (e.relation != core::AnchorRelation::Between) return std::nullopt;
    const auto& until = analysis.timexes[e.until].interval;
    if (!from || !until) return std::nullopt;
    return chronograph::Interval{from->start, std::max(from->end, until->end), std::max(from->precision, until->precision)};
  };
  // -1 when `a` lies strictly inside `b`, 1 when `b` inside `a`, 0 otherwise (both dates or spans).
  const auto nested = [&](const core::EventAnchor& a, const core::EventAnchor& b) {
    const auto x = within_days(a);
    const auto y = within_days(b);
    if (!x || !y || *x == *y) return 0;
    if (y->start <= x->start && x->end <= y->end) return -1;
    if (x->start <= y->start && y->end <= x->end) return 1;
    return 0;
  };
  // Whether `a` is a span counted from the date `b` bounds the event by on one side ("closed
  // from Monday for ten days": Monday to ten days later), which says both sides.
  const auto counted_from = [&](const core::EventAnchor& a, const core::EventAnchor& b) {
    const auto& x = analysis.timexes[a.timex].interval;
    const auto& y = analysis.timexes[b.timex].interval;
    if (!x || !y || a.relation != core::AnchorRelation::Within || *x == *y) return false;
    return (b.relation == core::AnchorRelation::Since && x->start == y->start) ||
           (b.relation == core::AnchorRelation::OnOrBefore && x->end == y->end);
  };
  // Whether `a`, found by the parse, dates the event before the end `b` bounds it by ("will be
  // flown there on Friday and then home by the end of the week"): `a` says more, nearer or not.
  // (Not a start's bound: "have risen since March and April" is no rise within April.)
  const auto inside_bound = [&](const core::EventAnchor& a, const core::EventAnchor& b) {
    const auto days = within_days(a);
    const auto& bound = analysis.timexes[b.timex].interval;
    if (!days || !bound || a.steps == 0) return false;
    if (b.relation == core::AnchorRelation::OnOrBefore) return days->end <= bound->end;
    return b.relation == core::AnchorRelation::Before && days->end < bound->start;
  };
  for (const auto& anchor : anchors) {
    const auto [kept, added] = out.closest.emplace(anchor.event, anchor);
    const bool closer = anchor.steps > 0 && (kept->second.steps == 0 || anchor.steps < kept->second.steps);
    const bool dated_over_undated = on_calendar(anchor) && !on_calendar(kept->second);
    const bool undated_over_dated = !on_calendar(anchor) && on_calendar(kept->second);
    // (a calendar date beats "now" where it hangs on an event ahead: "will now be held on May 2";
    // of two dates inside one another the narrower wins, nearer or not: "cut the rate on
    // Wednesday, its third reduction this year")
    const int nesting = nested(anchor, kept->second);
    const bool replace = counted_from(anchor, kept->second) || inside_bound(anchor, kept->second) ||
                         (!inside_bound(kept->second, anchor) &&
                          (nesting != 0         ? nesting < 0
                           : dated_over_undated ? anchor.steps == 1 && ahead(anchor)
                                                : closer && !undated_over_dated));
    if (!added && replace) kept->second = anchor;
    if (anchor.relation != core::AnchorRelation::Within && anchor.relation != core::AnchorRelation::Between)
      out.one_sided.emplace(anchor.event, anchor);
  }
  return out;
}

// A mention's date for split_by_dates, and whether only a far one parts it (a noun's).
struct SplitDate {
  std::optional<chronograph::Interval> date;
  bool noun = false;
};

std::optional<chronograph::Interval> within_date(const core::DocumentAnalysis& analysis, const MentionAnchors& anchors, std::size_t m) {
  const auto a = anchors.closest.find(m);
  if (a == anchors.closest.end() || a->second.relation != core::AnchorRelation::Within) return std::nullopt;
  return analysis.timexes[a->second.timex].interval;
}

// The mention whose trigger is token `token` (mentions are in text order); none when no mention is.
std::optional<std::size_t> mention_on(const core::DocumentEvents& found, std::size_t token) {
  const auto& events = found.events;
  const auto at = std::lower_bound(events.begin(), events.end(), token, [](const core::EventMention& e, std::size_t t) { return e.token < t; });
  if (at == events.end() || at->token != token) return std::nullopt;
  return static_cast<std::size_t>(at - events.begin());
}

// "In May 2009, the Larkin strike closed the terminal and forced ...": the date of the verb a
// noun is the subject of (or, where that verb is no event, of the event conjoined to it, which
// the date in front of both dates) is when the noun's event acted.
std::optional<chronograph::Interval> date_of_its_predicate(const core::DocumentAnalysis& analysis, const MentionAnchors& anchors,
                                                           std::size_t m) {
  const auto& events = analysis.events.events;
  const auto* sentence = core::sentence_containing(analysis.tokens, events[m].token);
  if (!sentence) return std::nullopt;
  const core::ParseView parse(analysis.tokens, *sentence);
  const auto verb = parse.head(events[m].token);
  if (!verb || !parse.relation_is(events[m].token, "nsubj")) return std::nullopt;
  if (const auto own = mention_on(analysis.events, *verb)) return within_date(analysis, anchors, *own);
  const auto conjunct = parse.child(*verb, "conj");
  const auto other = conjunct ? mention_on(analysis.events, *conjunct) : std::nullopt;
  return other ? within_date(analysis, anchors, *other) : std::nullopt;
}

// "In May 2009, the Larkin strike, which ...": a date that opens its sentence, set off by a
// comma, dates the whole sentence; a noun of it is dated so where the parse gives it no verb.
std::optional<chronograph::Interval> date_opening_its_sentence(const core::DocumentAnalysis& analysis, std::size_t m) {
  constexpr std::size_t kOpeningWords = 2;  // "In May 2009", "On 3 March 2009": the date's first word is one of these
  const auto* sentence = core::sentence_containing(analysis.tokens, analysis.events.events[m].token);
  if (!sentence || sentence->token_count <= kOpeningWords) return std::nullopt;
  const auto& tokens = analysis.tokens.tokens;
  for (const auto& timex : analysis.timexes) {
    const bool opens = timex.span.begin == tokens[sentence->first_token].span.begin ||
                       (timex.span.begin == tokens[sentence->first_token + 1].span.begin && tokens[sentence->first_token].upos == "ADP");
    if (!opens || !timex.interval || timex.type == "DURATION") continue;
    const auto last = sentence->first_token + sentence->token_count;
    for (std::size_t k = sentence->first_token; k + 1 < last; ++k)
      if (tokens[k].span.end == timex.span.end) return tokens[k + 1].text == "," ? timex.interval : std::nullopt;
  }
  return std::nullopt;
}

SplitDate split_date_of(const core::DocumentAnalysis& analysis, const MentionAnchors& anchors, std::size_t m) {
  if (analysis.events.events[m].pos == "VERB") return {within_date(analysis, anchors, m), false};
  auto date = within_date(analysis, anchors, m);
  if (!date) date = date_of_its_predicate(analysis, anchors, m);
  if (!date) date = date_opening_its_sentence(analysis, m);
  return {date, true};
}

// "In May 2009, the Easter strike closed the terminal" is not the strike held this Monday: a
// noun dated more than kFarApart from the rest of its group names another occurrence of its
// kind. (Nearer dates may be the same long event's, or the date of the clause the noun sits
// in: "called the election in April".)
bool far_apart(const chronograph::Interval& a, const chronograph::Interval& b) {
  constexpr date::days kFarApart{366};
  return a.end + kFarApart < b.start || b.end + kFarApart < a.start;
}

// "Pembroke, who took over in April 2022" and "the firm, which Pembroke took over in April": one
// title, but dates that cannot both hold make two events. A group's verb mentions dated inside
// disjoint intervals part, and so do its mentions dated far apart (far_apart); a mention without
// such a date stays with the first. (A definite noun, "the election", is the event named before
// whatever date it seems to carry: "called the election in April" dates the call.)
std::vector<std::vector<std::size_t>> split_by_dates(std::vector<std::vector<std::size_t>> groups, const core::DocumentAnalysis& analysis,
                                                     const MentionAnchors& anchors) {
  std::vector<std::vector<std::size_t>> out;
  for (auto& members : groups) {
    std::vector<std::pair<SplitDate, std::vector<std::size_t>>> parts;  // a date of each part, its mentions
    for (const auto m : members) {
      const SplitDate own = split_date_of(analysis, anchors, m);
      const auto fits = [&](const auto& part) {
        const SplitDate& theirs = part.first;
        if (!own.date || !theirs.date) return true;
        if (own.noun || theirs.noun) return !far_apart(*own.date, *theirs.date);
        return own.date->start <= theirs.date->end && theirs.date->start <= own.date->end;
      };
      const auto into = std::find_if(parts.begin(), parts.end(), fits);
      if (into == parts.end()) {
        parts.push_back({own, {m}});
        continue;
      }
      into->second.push_back(m);
      if (!into->first.date || (into->first.noun && !own.noun)) into->first = own;
    }
    for (auto& part : parts) out.push_back(std::move(part.second));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "would come no earlier than Friday, and possibly not until next week": a mention dated from
// one side by one expression takes the other side from another of its one-sided expressions,
// when that keeps the interval in order.
void add_other_bound(EventTime& time, const std::vector<core::Timex>& timexes,
                     const std::multimap<std::size_t, core::EventAnchor>& one_sided, std::size_t mention) {
  if (time.closed() || !time.known()) return;
  const auto [first, last] = one_sided.equal_range(mention);
  for (auto it = first; it != last; ++it) {
    const EventTime other = time_from_anchor(timexes, it->second);
    const EventTime before = time;
    if (!time.end && other.end && !other.start && (!time.start || *time.start <= *other.end)) time.end = other.end;
    if (!time.start && other.start && !other.end && (!time.end || *other.start <= *time.end)) time.start = other.start;
    if (time.start != before.start || time.end != before.end) {
      time.value.clear();  // no one TIMEX3 value says the span two expressions bound ("from 1919 until 1931")
      time.mod.clear();
    }
  }
}

// "The strike began on Monday and ended on Friday": an event dated from its start runs to the
// latest date an actual or planned mention of its end gives, when that is not before the start
// ("could end on Friday" ends it nowhere yet).
void stretch_to_its_end(EventTime& time, const core::DocumentAnalysis& analysis, const MentionAnchors& anchors,
                        const std::vector<std::size_t>& members) {
  if (!time.start) return;
  std::optional<date::sys_days> last;
  for (const auto m : members) {
    const auto anchor = anchors.closest.find(m);
    if (anchor == anchors.closest.end() || !anchor->second.dates_its_end) continue;
    const std::string& modality = analysis.events.events[m].modality;
    if (modality != "actual" && modality != "planned") continue;
    const EventTime end = time_from_anchor(analysis.timexes, anchor->second);
    if (end.end && *end.end >= *time.start && (!last || *end.end > *last)) last = end.end;
  }
  if (!last || last == time.end) return;
  time.end = last;
  time.value.clear();  // no one TIMEX3 value says the whole span
  time.mod.clear();
}

// The verb "and" joins right after the verb at `verb` (the next verb of its sentence, a conjunct
// with no subject of its own), wherever the parser hung it ("a walkout that began in May and has
// closed two plants" may hang "closed" on the main clause's verb); none when none is.
std::optional<std::size_t> verb_joined_after(const core::DocumentAnalysis& analysis, std::size_t verb) {
  const auto* sentence = core::sentence_containing(analysis.tokens, verb);
  if (!sentence) return std::nullopt;
  const core::ParseView parse(analysis.tokens, *sentence);
  for (std::size_t k = verb + 1; k < sentence->first_token + sentence->token_count; ++k) {
    if (analysis.tokens.tokens[k].upos != "VERB") continue;
    if (parse.relation_is(k, "conj") && !parse.child(k, "nsubj") && !parse.child(k, "nsubj:pass")) return k;
    return std::nullopt;
  }
  return std::nullopt;
}

// "The walkout, which started on 3 May and has since closed two plants": an event dated on the
// day a past start of it gives runs from that day on to the article's date when the start's
// verb is joined to an actual verb told in the present or present perfect, which tells it is
// still going on (a start with a told end or length is stretched by those instead).
void run_on_from_its_start(EventTime& time, const core::DocumentAnalysis& analysis, const MentionAnchors& anchors,
                           const std::vector<std::size_t>& members) {
  const auto dct = analysis.document.dct;
  if (!dct || !time.closed() || *time.start != *time.end || *time.end >= *dct || time.source != TimeSource::Explicit) return;
  const auto& mentions = analysis.events.events;
  const auto goes_on = [&](std::size_t start) {
    const auto& s = mentions[start];
    if (!core::starts_an_event(s.lemma) || s.tense != "PAST" || s.modality != "actual" || !anchors.closest.count(start))
      return false;
    const auto next = verb_joined_after(analysis, s.token);
    const auto joined = next ? mention_on(analysis.events, *next) : std::nullopt;
    return joined && mentions[*joined].tense == "PRESENT" && mentions[*joined].modality == "actual";
  };
  if (std::none_of(members.begin(), members.end(), goes_on)) return;
  time.end = *dct;
  time.value.clear();  // no one TIMEX3 value says the whole span
  time.mod.clear();
  time.precision = Precision::Day;
}

// "ran for six weeks and concluded on 28 June": an event dated on the day it ended (or by it), one of
// whose mentions says how long it lasted (a duration hanging on a verb of lasting), began that
// long before: 17 May..28 June. (event_coreference joins the lasting and the ending.)
void stretch_back_over_its_length(EventTime& time, const core::DocumentAnalysis& analysis,
                                  const std::vector<std::size_t>& members) {
  static const std::set<std::string> kLasting = {"run", "last"};
  static const std::set<std::string> kEnding = {"end", "conclude", "finish", "close", "wrap"};
  if (!time.end || (time.start && *time.start != *time.end)) return;
  const auto& events = analysis.events.events;
  const bool ends = std::any_of(members.begin(), members.end(), [&](std::size_t m) { return kEnding.contains(events[m].lemma); });
  if (!ends) return;
  const auto& tokens = analysis.tokens.tokens;
  for (const auto m : members) {
    if (events[m].pos != "VERB" || !kLasting.contains(events[m].lemma)) continue;
    const auto& sentence = analysis.tokens.sentences[static_cast<std::size_t>(events[m].sentence)];
    const auto begin = tokens.begin() + static_cast<std::ptrdiff_t>(sentence.first_token);
    const auto end = begin + static_cast<std::ptrdiff_t>(sentence.token_count);
    for (const auto& timex : analysis.timexes) {
      if (timex.type != "DURATION") continue;
      const auto last = std::find_if(begin, end, [&](const core::Token& t) { return t.span.end == timex.span.end; });
      if (last == end || last->head < 0 || sentence.first_token + static_cast<std::size_t>(last->head) != events[m].token)
        continue;
      const auto gap = day_gap(timex.value, timex.mod);
      if (!gap || !gap->max) continue;
      time.start = *time.end - date::days{*gap->max};
      time.value.clear();  // no one TIMEX3 value says the whole span
      time.mod.clear();
      return;
    }
  }
}

// Whether the text tells the event as done: in the past tense or perfect, or in a headline's
// present tense, which tells news ("Cholera cases surge in port city"): it has happened.
bool told_as_past(const core::EventMention& mention, bool headline) {
  const bool news = headline && (mention.tense == "PRESENT" || mention.tense == "NONE") && mention.modality == "actual";
  return news || mention.tense == "PAST" || mention.aspect == "PERFECTIVE" || mention.aspect == "PERFECTIVE_PROGRESSIVE";
}

// "is recalling 362,000 cars", "now employs 300 people", "two climbers remain in hospital": an
// actual event told in the present progressive, or a state (or any event beside "now") told in
// the simple present, is going on at the document date ("has now approved" is done).
bool told_as_going_on(const core::EventMention& mention, bool beside_now) {
  if (mention.modality != "actual" || mention.tense != "PRESENT") return false;
  return mention.aspect == "PROGRESSIVE" || ((beside_now || mention.event_class == "STATE") && mention.aspect == "NONE");
}

// "The strike comes two days after the company reported record profits": "comes" with a common
// noun for its subject is news's way of placing the story's event, now, against earlier ones
// (its simple present is as good as "now"); not "It comes as ...", which places nothing named.
bool places_its_subject_now(const core::DocumentAnalysis& analysis, const core::EventMention& mention) {
  if (mention.lemma != "come" || mention.tense != "PRESENT" || mention.aspect != "NONE") return false;
  const auto& tokens = analysis.tokens.tokens;
  const auto* sentence = core::sentence_containing(analysis.tokens, mention.token);
  if (!sentence) return false;
  for (std::size_t k = sentence->first_token; k < sentence->first_token + sentence->token_count; ++k) {
    const core::Token& t = tokens[k];
    if (t.deprel == "nsubj" && t.head >= 0 && sentence->first_token + static_cast<std::size_t>(t.head) == mention.token)
      return t.upos == "NOUN";
  }
  return false;
}

// Without a time expression, tense and modality place an event relative to the document date.
EventTime time_from_tense(const core::EventMention& mention, std::optional<date::sys_days> dct, bool headline,
                          bool beside_now) {
  EventTime time;
  // "if he actually went through with an invasion": a conditional's past tense is not the past.
  if (!dct || mention.modality == "hypothetical") return time;
  if (told_as_going_on(mention, beside_now)) {
    time.value = std::string(kGoingOnValue);
    time.source = TimeSource::Dct;
    return time;
  }
  const bool past = told_as_past(mention, headline);
  // A plan or forecast reported in the past ("announced it would leave", "expected prices to
  // fall") follows that report, not the DCT.
  const bool future = mention.tense == "FUTURE" || (told_ahead(mention) && !mention.ahead_in_past);
  if (past && !future) time.end = *dct;
  else if (future && !past) time.start = *dct;
  else return time;
  time.source = TimeSource::Dct;
  return time;
}

// "is expected to sign it by the end of the summer": a date that gives one bound leaves the
// other to the tense, when that keeps the interval in order (the signing is after the DCT).
void close_from_tense(EventTime& time, const EventTime& from_tense) {
  if (!time.start && from_tense.start && (!time.end || *from_tense.start <= *time.end)) time.start = from_tense.start;
  if (!time.end && from_tense.end && (!time.start || *time.start <= *from_tense.end)) time.end = from_tense.end;
}

// "the launch of the lander in October", said in September: an event not told in the past
// whose own date starts after the article's cannot have happened yet; it is planned.
bool still_to_come(const Event& event, std::optional<date::sys_days> dct, bool past) {
  return dct && !past && event.modality == Modality::Actual && event.time.source == TimeSource::Explicit &&
         event.time.start && *event.time.start > *dct;
}

// Whether the mention's verb is passive ("was scheduled"): it stands for what it acts on.
bool passive(const core::DocumentAnalysis& analysis, const core::EventMention& mention) {
  const auto* sentence = core::sentence_containing(analysis.tokens, mention.token);
  return sentence && core::ParseView(analysis.tokens, *sentence).child(mention.token, "aux:pass").has_value();
}

// "has called for an emergency debate next Monday", "proposed talks next month", said before
// them: an actual event of looking ahead (core::looks_ahead) told in the past tense or the
// perfect was done by the article's date, so a date that starts after it is not its own but that
// of what it looks ahead to; its tense bounds it instead. (Not a passive, which stands for what
// it sets: "The hearing was scheduled for 2026"; nor a headline's present, which tells news:
// "Parliament debates bill next week". Any other past verb so dated keeps the date, for `check`
// to report: "Revenue for the first quarter of fiscal 2027 rose 6%".)
bool done_before_its_date(const EventTime& time, const core::DocumentAnalysis& analysis, const core::EventMention& told) {
  const auto dct = analysis.document.dct;
  const bool done = told.tense == "PAST" || told.aspect == "PERFECTIVE" || told.aspect == "PERFECTIVE_PROGRESSIVE";
  if (!dct || !done || told.modality != "actual" || time.source != TimeSource::Explicit || !core::looks_ahead(told.lemma))
    return false;
  return time.start && *time.start > *dct && !passive(analysis, told);
}

// "The panel made 23 recommendations, including a national register of dams by the end of
// 2023", said in 2022: a deadline whose period starts after the article's date bounds nothing
// told as done by then (the parser hung it on the verb); it is the deadline of what the event
// asks for or sets. (Not a passive, which stands for what it sets: "was ordered by March"; nor an
// end "until" gives, which what was done may last to: "had adjourned the case until March 12".)
bool deadline_of_what_it_sets(const EventTime& time, const core::DocumentAnalysis& analysis, const MentionAnchors& anchors,
                              std::size_t told) {
  const auto dct = analysis.document.dct;
  const auto& mention = analysis.events.events[told];
  const auto anchor = anchors.closest.find(told);
  if (!dct || !told_as_past(mention, false) || mention.modality != "actual" || time.source != TimeSource::Explicit ||
      time.start || anchor == anchors.closest.end() || passive(analysis, mention))
    return false;
  const auto& deadline = analysis.timexes[anchor->second.timex].interval;
  return core::done_by(anchor->second) && deadline && deadline->start > *dct;
}

// Whether a TIMEX3 value names the year, quarter or month the day falls in ("2025",
// "2025-Q1", "2025-03" for 2025-03-14).
bool names_period_of(const std::string& value, date::sys_days day) {
  const date::year_month_day ymd{day};
  const int year = static_cast<int>(ymd.year());
  const unsigned month = static_cast<unsigned>(ymd.month());
  return value == fmt::format("{}", year) || value == fmt::format("{}-Q{}", year, (month - 1) / 3 + 1) ||
         value == fmt::format("{}-H{}", year, (month - 1) / 6 + 1) || value == fmt::format("{}-{:02}", year, month);
}

// "Sales fell sharply this month", said on the 14th: what is told as done by the article's date,
// in the period that holds that date, ended by then, though the period runs on. (Not a span
// the text draws past it: "were closed on Thursday and Friday", said on Thursday.)
void end_by_the_article(EventTime& time, std::optional<date::sys_days> dct, bool past, const Event& event) {
  // (a state told in the past may hold on: "the museum was closed this month")
  if (event.event_class == "STATE" || event.event_class == "I_STATE") return;
  if (!dct || !past || event.modality != Modality::Actual || !time.end || *time.end <= *dct) return;
  if (time.start && *time.start <= *dct && names_period_of(time.value, *dct)) time.end = *dct;
}

// "expects the deal to close in the second half of 2026", said on 4 November: what is still to
// come, in the period that holds the article's date, starts after it.
void start_after_the_article(EventTime& time, std::optional<date::sys_days> dct, bool tense_tells_ahead) {
  if (!dct || !tense_tells_ahead || !time.start || *time.start >= *dct || !time.end || *time.end < *dct) return;
  if (names_period_of(time.value, *dct)) time.start = *dct;
}

Modality modality_of(const std::string& text) { return modality_from_string(text).value_or(Modality::Actual); }

// The mention that names the event: of the first sentence that mentions it, the one with the
// longest title that is not an aspectual or light verb folded into it ("an offensive that could
// begin": the offensive; "began to withdraw": withdraw; "a powerful earthquake struck southern
// Turkey": the earthquake strikes southern Turkey, not "Powerful earthquake").
std::size_t naming_mention(const core::DocumentEvents& events, const std::vector<std::size_t>& members) {
  const auto words = [](const std::string& title) { return std::count(title.begin(), title.end(), ' '); };
  std::optional<std::size_t> best;
  for (const auto m : members) {
    const auto& e = events.events[m];
    if (e.support || (best && e.sentence != events.events[*best].sentence)) continue;
    if (!best || words(e.title) > words(events.events[*best].title)) best = m;
  }
  return best.value_or(members.front());
}

// "The airline stopped flying to Moscow": a stop of the activity a verb names, folded into it,
// which tells of the stopping, not of the flying ("ended the strike" stays the strike's end;
// "did not stop selling until March" is the selling's).
bool stops_activity(const core::EventMention& head, const core::EventMention& phase) {
  const bool negated = phase.polarity == "NEG" || phase.modality == "negated";
  return head.pos == "VERB" && phase.support && !phase.aim && !negated && core::stops_an_event(phase.lemma);
}

// The mention whose title names the event of `head`: the head, or a phase in the same sentence
// whose subject the head is ("Talks resume in Cairo", not "Talks"; "Negotiations fail", not the
// noun's "Negotiations failed") or that stops the head's activity with a longer title.
// "Fueling began at 2330 UTC and was stopped at 0215 UTC": an event told from its start to its
// end is named by itself ("Fueling"), not by either phase.
bool started_and_ended(const core::DocumentEvents& events, const std::vector<std::size_t>& members) {
  const auto phase = [&](auto is) {
    return std::any_of(members.begin(), members.end(), [&](std::size_t m) {
      const auto& e = events.events[m];
      return e.pos == "VERB" && e.modality == "actual" && is(e.lemma);
    });
  };
  return phase(core::starts_an_event) && phase(core::ends_an_event);
}

std::size_t titling_mention(const core::DocumentEvents& events, const std::vector<std::size_t>& members, std::size_t head_index) {
  const auto& head = events.events[head_index];
  if (head.pos != "VERB" && started_and_ended(events, members)) return head_index;
  for (const auto m : members) {
    const auto& phase = events.events[m];
    if (phase.sentence != head.sentence) continue;
    const bool longer = phase.title.size() > head.title.size();
    if ((phase.phase_of_subject && (longer || head.pos != "VERB")) || (stops_activity(head, phase) && longer)) return m;
  }
  return head_index;
}

// The mention that says how the event stands (modality, tense): the naming one, unless that
// is a headline's verb in the present, which tells news of any kind ("Lumen cuts 1,200 jobs"
// for "said it would cut"); then the body's first verb of the event says. Its index.
std::size_t telling_mention(const core::DocumentEvents& events, const std::vector<std::size_t>& members, std::size_t head_index,
                            bool headline) {
  const auto& head = events.events[head_index];
  // ("The final game ended at 11:40 p.m.": a noun without a tense is told by the verb of its phase)
  if (head.pos != "VERB" && (head.tense.empty() || head.tense == "NONE"))
    for (const auto m : members) {
      const auto& phase = events.events[m];
      if (phase.sentence == head.sentence && phase.phase_of_subject && phase.pos == "VERB" && !phase.tense.empty() &&
          phase.tense != "NONE")
        return m;
    }
  if (!headline || head.pos != "VERB" || head.modality != "actual" || head.tense != "PRESENT") return head_index;
  for (const auto m : members) {
    const auto& body = events.events[m];
    if (body.sentence != head.sentence && !body.support && body.pos == "VERB") return m;
  }
  return head_index;
}

// Whether `inner`, a later mention's date, lies within `outer`, the date found so far, and is
// narrower: "one of two expected by year-end" in the headline, "on Thursday approved" in the
// body. A date beside it or across it is another reading, not a closer one.
bool narrows(const EventTime& inner, const EventTime& outer) {
  if (!inner.closed() || inner.going_on() || outer.going_on()) return false;
  const bool after_start = !outer.start || *outer.start <= *inner.start;
  const bool before_end = !outer.end || *inner.end <= *outer.end;
  return after_start && before_end && (!outer.closed() || *inner.end - *inner.start < *outer.end - *outer.start);
}

Event build_event(const core::DocumentAnalysis& analysis, const std::vector<std::size_t>& members,
                  const MentionAnchors& anchors) {
  const auto& events = analysis.events;
  const std::size_t head_index = naming_mention(events, members);
  const auto& head = events.events[head_index];
  const bool headline = head.sentence == 0 && analysis.part.bytes == 0 && !analysis.document.title.empty() &&
                        analysis.document.text.starts_with(analysis.document.title);
  const std::size_t told_index = telling_mention(events, members, head_index, headline);
  const auto& told = events.events[told_index];
  const bool told_in_headline = &told == &head && headline;
  const auto& titling = events.events[titling_mention(events, members, head_index)];
  Event event;
  event.title = titling.title;
  event.trigger = head.trigger;
  event.lemma = head.lemma;
  event.event_class = head.event_class;
  event.modality = modality_of(told.modality);
  // ("should stop using the kettles": a stop that names the activity says how it stands)
  if (&titling != &head && stops_activity(head, titling)) event.modality = modality_of(titling.modality);
  event.tense = told.tense.empty() ? "NONE" : told.tense;
  event.aspect = told.aspect.empty() ? "NONE" : told.aspect;
  event.polarity = told.polarity.empty() ? "POS" : told.polarity;
  event.confidence = 0.0;
  std::set<std::string> seen_actors;
  for (const auto m : members) {
    const auto& mention = events.events[m];
    event.mentions.push_back(to_mention(analysis, mention));
    event.confidence = std::max(event.confidence, mention.confidence);
    for (const auto& actor : events.actor_ids(mention))
      if (seen_actors.insert(actor).second) event.actors.push_back(actor);
    if (const auto anchor = anchors.closest.find(m); anchor != anchors.closest.end()) {
      EventTime time = time_from_anchor(analysis.timexes, anchor->second);
      if (!event.time.known() || narrows(time, event.time)) {
        event.time = std::move(time);
        add_other_bound(event.time, analysis.timexes, anchors.one_sided, m);
      }
    }
  }
  stretch_to_its_end(event.time, analysis, anchors, members);
  stretch_back_over_its_length(event.time, analysis, members);
  run_for_its_length(event.time, analysis, members);
  run_on_from_its_start(event.time, analysis, anchors, members);
  if (done_before_its_date(event.time, analysis, told)) event.time = {};
  if (deadline_of_what_it_sets(event.time, analysis, anchors, told_index)) event.time = {};
  const auto anchor = anchors.closest.find(head_index);
  const bool beside_now = (anchor != anchors.closest.end() && analysis.timexes[anchor->second.timex].value == kGoingOnValue) ||
                          places_its_subject_now(analysis, told);
  const EventTime from_tense = time_from_tense(told, analysis.document.dct, told_in_headline, beside_now);
  if (!event.time.known()) event.time = from_tense;
  else if (!event.time.closed()) close_from_tense(event.time, from_tense);
  run_up_to_the_article(event.time, analysis, members);
  const bool past = told_as_past(told, told_in_headline);
  // ("Helix OS 12 arrives; support for version 10 ends in October", said in June: a headline's
  // present tells news, but one its own date puts after the article's is still to come)
  if (still_to_come(event, analysis.document.dct, told_as_past(told, false))) event.modality = Modality::Planned;
  end_by_the_article(event.time, analysis.document.dct, past, event);
  // ("will not race again this year", said on 28 September: not from then to the year's end;
  // nor a possible event whose tense tells it ahead: "expects the deal to close this year")
  const bool ahead = event.modality == Modality::Planned || event.modality == Modality::Possible;
  if (!past && (ahead || event.modality == Modality::Negated))
    start_after_the_article(event.time, analysis.document.dct, from_tense.start.has_value());
  return event;
}

// "In a text sent on 14 March, Hart told the developer ...", "In an interview published on
// Monday, she said ...": a report made in a message the text dates is made on that date. The date
// of the verb of the message's relative clause, when it falls on a calendar date.
std::optional<core::EventAnchor> dated_by_its_message(const core::DocumentAnalysis& analysis, const MentionAnchors& anchors,
                                                      std::size_t report) {
  const auto& mentions = analysis.events.events;
  const auto& tokens = analysis.tokens;
  const core::ParseView parse(tokens, tokens.sentences[static_cast<std::size_t>(mentions[report].sentence)]);
  for (const auto noun : parse.children(mentions[report].token)) {
    const auto marker = parse.child(noun, "case");
    const std::string word = marker ? tokens.tokens[*marker].text : std::string{};
    if (!parse.relation_is(noun, "obl") || (word != "in" && word != "In")) continue;
    for (const auto clause : parse.children(noun)) {
      if (!parse.relation_is(clause, "acl")) continue;
      for (const auto& [m, anchor] : anchors.closest)
        if (mentions[m].token == clause && anchor.relation == core::AnchorRelation::Within &&
            analysis.timexes[anchor.timex].interval)
          return anchor;
    }
  }
  return std::nullopt;
}

// "Organizers said last week that the track had passed its final tests", "The decision,
// announced at 2 p.m., ...": a report left out of the graph (a reporting verb is evidence, not
// an event) still dates what it tells (or the noun event it makes known) as done,
// which happened by the report's date, when that has no date of its own; and what it tells as
// to come ("told the developer that the scheme \"will get over the line\"") comes from that
// date on, not from the article's.
// "The decision, announced at 2 p.m., ...": the noun event a reporting participle describes,
// which it makes known; none for any other mention.
std::optional<std::size_t> announced_noun(const core::DocumentAnalysis& analysis, std::size_t report) {
  const auto& mention = analysis.events.events[report];
  if (mention.sentence < 0) return std::nullopt;
  const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(mention.sentence)]);
  const auto noun = parse.head(mention.token);
  if (!noun || !parse.relation_is(mention.token, "acl") || parse.relation_is(mention.token, "acl:relcl")) return std::nullopt;
  for (std::size_t m = 0; m < analysis.events.events.size(); ++m)
    if (analysis.events.events[m].token == *noun && analysis.events.events[m].pos == "NOUN") return m;
  return std::nullopt;
}

void date_by_dropped_reports(const core::DocumentAnalysis& analysis, MentionAnchors& anchors) {
  const auto& mentions = analysis.events.events;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const auto& report = mentions[m];
    const auto told_at = report.reports >= 0 ? std::optional(static_cast<std::size_t>(report.reports)) : announced_noun(analysis, m);
    if (!report.reporting_evidence || !told_at) continue;
    const auto own = anchors.closest.find(m);
    const auto dated = own != anchors.closest.end() ? std::optional(own->second) : dated_by_its_message(analysis, anchors, m);
    if (!dated || dated->relation != core::AnchorRelation::Within) continue;
    const auto told = *told_at;
    const auto& event = mentions[told];
    // (a noun made known has no tense: "the decision, announced at 2 p.m.", was made by then)
    const bool done = report.reports < 0 || event.tense == "PAST" || (event.tense == "PRESENT" && event.aspect == "PERFECTIVE");
    const bool ahead = told_ahead(event);
    if (anchors.closest.count(told) || !((done && event.modality == "actual") || ahead)) continue;
    const auto relation = done ? core::AnchorRelation::OnOrBefore : core::AnchorRelation::Since;
    anchors.closest.emplace(told, core::EventAnchor{told, dated->timex, relation, "reported"});
  }
}

// Builds each group's event and adds it to `events`, except a group that joins another's event
// as a mention of it (named_arguments.h). Returns the event index of each mention.
std::map<std::size_t, std::size_t> add_events(std::vector<Event>& events, const core::DocumentAnalysis& analysis,
                                              const std::vector<std::vector<std::size_t>>& groups, const MentionAnchors& anchors) {
  std::vector<Event> built;
  std::vector<std::string> titles;
  for (const auto& members : groups) {
    built.push_back(build_event(analysis, members, anchors));
    titles.push_back(built.back().title);
  }
  const auto date_of = [&](std::size_t m) -> std::optional<std::size_t> {
    const auto found = anchors.closest.find(m);
    if (found == anchors.closest.end()) return std::nullopt;
    return found->second.timex;
  };
  const auto into = arguments_named_by_verbs(analysis, groups, titles, date_of);
  std::vector<std::size_t> event_of_group(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (into[g] != g) continue;
    event_of_group[g] = events.size();
    events.push_back(std::move(built[g]));
  }
  std::map<std::size_t, std::size_t> event_of;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t e = event_of_group[into[g]];
    for (const auto m : groups[g]) event_of.emplace(m, e);
    if (into[g] != g)
      for (const auto m : groups[g]) events[e].mentions.push_back(to_mention(analysis, analysis.events.events[m]));
  }
  return event_of;
}

void merge_entities(std::vector<Entity>& entities, const core::DocumentEvents& events) {
  for (const auto& info : events.entities) {
    auto found = std::find_if(entities.begin(), entities.end(), [&](const Entity& e) { return e.id == info.id; });
    if (found == entities.end()) {
      entities.push_back({info.id, info.name, info.type, info.aliases});
      continue;
    }
    for (const auto& alias : info.aliases)
      if (std::find(found->aliases.begin(), found->aliases.end(), alias) == found->aliases.end()) found->aliases.push_back(alias);
    std::sort(found->aliases.begin(), found->aliases.end());
  }
}

}  // namespace

// Edges between events known by their index, before the events have ids; one per
// (from, to, type), the first found kept.
struct PendingEdge {
  std::size_t from, to;
  EdgeType type;
  Evidence evidence;
  double confidence;
  std::optional<DayGap> gap = std::nullopt;
};

class PendingEdges {
 public:
  void add(PendingEdge edge) {
    if (seen_.insert({edge.from, edge.to, edge.type}).second) {
      edges_.push_back(std::move(edge));
      return;
    }
    // ("three days after launch": a cue and a rule may find one order; the distance one of
    // them measures is kept)
    if (!edge.gap) return;
    for (auto& kept : edges_)
      if (kept.from == edge.from && kept.to == edge.to && kept.type == edge.type && !kept.gap) kept.gap = edge.gap;
  }
  const std::vector<PendingEdge>& edges() const { return edges_; }

 private:
  std::set<std::tuple<std::size_t, std::size_t, EdgeType>> seen_;
  std::vector<PendingEdge> edges_;
};

namespace {

// Cue links between mentions become edges between the events holding them (once each).
void add_cue_edges(PendingEdges& pending, const core::DocumentAnalysis& analysis,
                   const std::map<std::size_t, std::size_t>& event_of) {
  for (const auto& link : analysis.links) {
    const auto from = event_of.find(link.from), to = event_of.find(link.to);
    const auto type = edge_type_from_string(link.type);
    if (from == event_of.end() || to == event_of.end() || from->second == to->second || !type) continue;
    // Cue links are less sure than explicit dates: 0.6 lets a date win a conflict with one.
    const PendingEdge edge{from->second, to->second, *type, Evidence{analysis.document.id, link.sentence + analysis.part.sentences, link.cue}, 0.6};
    pending.add(edge);
  }
}

// Whether "about" stands right before byte `begin`: TimeML extents leave it out ("about [a
// week] after"), so the expression's mod does not say the distance is rough.
bool after_about(std::string_view text, std::size_t begin) {
  std::string_view before = text.substr(0, std::min(begin, text.size()));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.size() < 5) return false;
  const std::string_view word = before.substr(before.size() - 5);
  const bool starts_word = before.size() == 5 || !std::isalpha(static_cast<unsigned char>(before[before.size() - 6]));
  return starts_word && (word == "about" || word == "About");
}

// How far apart a link's duration ("a week after the summit") puts its two events, for the
// before edge from -> to it becomes. The duration dates the event it modifies; when that one
// has a date of its own and the other none ("arrested in October 2021, three months after the
// bank collapsed"), it dates the other: the collapse lies three months before October.
std::optional<DayGap> gap_of(const core::DocumentAnalysis& analysis, const core::TlinkOutput& link, std::size_t from,
                             std::size_t to, const std::map<std::size_t, std::size_t>& event_of,
                             const std::vector<Event>& events) {
  if (!link.gap) return std::nullopt;
  const auto& timex = analysis.timexes[*link.gap];
  const bool rough = timex.mod.empty() && after_about(analysis.document.text, timex.span.begin);
  auto gap = day_gap(timex.value, link.gap_at_most ? "EQUAL_OR_LESS" : rough ? "APPROX" : timex.mod);
  if (!gap) return gap;
  std::size_t dated = event_of.at(link.gap_dates_from ? link.from : link.to);
  const auto has_date = [&](std::size_t e) { return events[e].time.source == TimeSource::Explicit; };
  if (has_date(dated) && !has_date(dated == from ? to : from)) dated = dated == from ? to : from;
  gap->dates = dated == from ? GapDates::From : GapDates::To;
  return gap;
}

// "If the talks collapse, fighting could resume, analysts warned", "hoped talks would resume": what
// a report or an intention tells as possible, hypothetical or planned is not before it (it comes
// after, if at all). Whether a link puts the mention `earlier` before the one `later` whose
// clause it is (its subject's too: "fighting" in "fighting could resume").
bool modal_clause_before_its_governor(const core::DocumentAnalysis& analysis, std::size_t earlier, std::size_t later) {
  const auto& e = analysis.events.events[earlier];
  const auto& g = analysis.events.events[later];
  if (e.modality != "possible" && e.modality != "hypothetical" && e.modality != "planned") return false;
  const bool governor_class = g.event_class == "REPORTING" || g.event_class == "I_ACTION" || g.event_class == "I_STATE";
  if (!governor_class || e.sentence != g.sentence) return false;
  const auto& tokens = analysis.tokens.tokens;
  const std::size_t first = analysis.tokens.sentences[static_cast<std::size_t>(e.sentence)].first_token;
  const auto head_of = [&](std::size_t t) { return first + static_cast<std::size_t>(tokens[t].head); };
  std::size_t clause = e.token;
  if (tokens[clause].head < 0) return false;
  if (tokens[clause].deprel.starts_with("nsubj")) clause = head_of(clause);
  const std::string& relation = tokens[clause].deprel;
  const bool complement = relation == "ccomp" || relation == "advcl" || relation == "parataxis";
  return complement && tokens[clause].head >= 0 && head_of(clause) == g.token;
}

// "she would not allow a second delay", "The deal could push up fares": an event that is the
// subject or object of a verb told only as possible, supposed or denied takes part in it, and is
// neither before, after nor around it. (Graph edges only: TimeML output keeps the model's links,
// which TBAQ's annotators also draw.)
bool argument_of_unrealised_verb(const core::DocumentAnalysis& analysis, std::size_t one, std::size_t other) {
  const auto& tokens = analysis.tokens.tokens;
  const auto governs = [&](const core::EventMention& verb, const core::EventMention& argument) {
    if (verb.sentence != argument.sentence || verb.pos != "VERB" || tokens[argument.token].head < 0) return false;
    const std::size_t first = analysis.tokens.sentences[static_cast<std::size_t>(verb.sentence)].first_token;
    const std::string& role = tokens[argument.token].deprel;
    const bool participant = role.starts_with("nsubj") || role == "obj";
    const bool unrealised = verb.modality == "negated" || verb.modality == "possible" || verb.modality == "hypothetical";
    return participant && unrealised && first + static_cast<std::size_t>(tokens[argument.token].head) == verb.token;
  };
  const auto& a = analysis.events.events[one];
  const auto& b = analysis.events.events[other];
  return governs(a, b) || governs(b, a);
}

// "officials hope the visit will lead to new announcements", "the ruling caused protests": a
// cue verb that brings about an event it governs ("lead to", "caused": a cause cue's result) is
// no later than that event, so a model's guess that the result came before the verb is no order.
bool result_before_its_cause_verb(const core::DocumentAnalysis& analysis, std::size_t result, std::size_t verb) {
  const auto& r = analysis.events.events[result];
  const auto& v = analysis.events.events[verb];
  const core::Token& token = analysis.tokens.tokens[r.token];
  if (r.sentence != v.sentence || r.sentence < 0 || token.head < 0) return false;
  const std::size_t first = analysis.tokens.sentences[static_cast<std::size_t>(r.sentence)].first_token;
  if (first + static_cast<std::size_t>(token.head) != v.token) return false;
  // (the cue must be the verb's own words: "lead to" from the visit, "caused" itself, not a cause
  // some other event of the sentence has)
  const std::string verb_word = core::unicode::ascii_lower(analysis.tokens.tokens[v.token].text);
  return std::any_of(analysis.links.begin(), analysis.links.end(), [&](const core::CueEdge& link) {
    const bool verb_is_cue = link.from == verb || core::unicode::ascii_lower(link.cue).starts_with(verb_word);
    return link.to == result && verb_is_cue && (link.type == "causes" || link.type == "enables");
  });
}

// "On Sunday, Talley ordered evacuations ... starting at 6 a.m. Tuesday": whether the two events'
// own dates rule out the link `a` `type` `b` (the same time, or one around the other, for days
// apart; before, for a first that starts after the second ends). A model's guess then yields.
bool dates_rule_out(const Event& a, const Event& b, EdgeType type) {
  const auto dated = [](const Event& e) { return e.time.source == TimeSource::Explicit && e.time.closed(); };
  if (!dated(a) || !dated(b)) return false;
  const bool apart = *a.time.end < *b.time.start || *b.time.end < *a.time.start;
  if (type == EdgeType::Simultaneous || type == EdgeType::Includes) return apart;
  return type == EdgeType::Before && *a.time.start > *b.time.end;
}

// "a row over pensions lasted a month in 2009 ... this row has been longer": whether a model's
// same-word guess joins two mentions that "this" or a change of tense sets apart (the one going
// on now, another of its kind) while one of the two events is dated more than a year from the
// article: the link would carry that far date over to the other.
bool same_word_of_another_time(const core::DocumentAnalysis& analysis, const core::TlinkOutput& link, const Event& from,
                               const Event& to) {
  const auto dct = analysis.document.dct;
  if (link.source != "model:same-word" || !dct) return false;
  const auto far = [&](const Event& e) {
    const auto& t = e.time;
    const date::days year{365};
    return t.source == TimeSource::Explicit && ((t.end && *t.end + year < *dct) || (t.start && *t.start > *dct + year));
  };
  if (!far(from) && !far(to)) return false;
  const auto& mentions = analysis.events.events;
  const auto this_one = [&](std::size_t m) {
    const auto* sentence = core::sentence_containing(analysis.tokens, mentions[m].token);
    if (!sentence) return false;
    const auto det = core::ParseView(analysis.tokens, *sentence).child(mentions[m].token, "det");
    if (!det) return false;
    std::string word = analysis.tokens.tokens[*det].text;
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return word == "this" || word == "these";
  };
  const auto tense = [&](std::size_t m) { return mentions[m].tense == "NONE" ? std::string{} : mentions[m].tense; };
  const bool tenses_differ = !tense(link.from).empty() && !tense(link.to).empty() && tense(link.from) != tense(link.to);
  return tenses_differ || this_one(link.from) || this_one(link.to);
}

// "weakened by half a percent by the close of trading", "left before the vote": whether the
// event noun `limit` is a "by", "before" or "until" phrase on mention `verb`, which then comes
// first (a model's guess that puts the limit before the verb is no link).
bool limits_its_verb(const core::DocumentAnalysis& analysis, std::size_t limit, std::size_t verb) {
  const auto& n = analysis.events.events[limit];
  const auto& v = analysis.events.events[verb];
  if (n.pos != "NOUN" || n.sentence != v.sentence || n.sentence < 0) return false;
  const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(n.sentence)]);
  const auto marker = parse.child(n.token, "case");
  if (parse.head(n.token) != v.token || !parse.relation_is(n.token, "obl") || !marker) return false;
  std::string word = analysis.tokens.tokens[*marker].text;
  std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return word == "by" || word == "before" || word == "until";
}

// "In a trial that ran from 2019 to 2022, patients had no crises for 12 months after
// treatment", "During the war, thousands fled": an event noun that "in" or "during" hangs on a
// verb is the setting of everything that verb's clause tells, so whether mention `inner`, in
// that clause, lies inside the setting `setting`, not before or after it (an "includes" would
// date it by whatever dates the setting: "began the trial in the spring of 2019" is its start).
bool inside_its_setting(const core::DocumentAnalysis& analysis, std::size_t setting, std::size_t inner) {
  const auto& s = analysis.events.events[setting];
  const auto& e = analysis.events.events[inner];
  const auto& tokens = analysis.tokens.tokens;
  if (s.sentence != e.sentence || s.pos != "NOUN" || tokens[s.token].deprel != "obl" || tokens[s.token].head < 0) return false;
  const std::size_t first = analysis.tokens.sentences[static_cast<std::size_t>(s.sentence)].first_token;
  const auto head_of = [&](std::size_t t) { return first + static_cast<std::size_t>(tokens[t].head); };
  bool opened = false;
  for (std::size_t k = first; k < s.token; ++k)
    if (tokens[k].deprel == "case" && head_of(k) == s.token) opened = opened || tokens[k].lemma == "in" || tokens[k].lemma == "during";
  if (!opened) return false;
  const std::size_t verb = head_of(s.token);
  for (std::size_t t = e.token; tokens[t].head >= 0; t = head_of(t))
    if (head_of(t) == verb) return t != s.token;
  return false;
}

// TLINKs between two events become temporal edges (AFTER and IS_INCLUDED turned around); a
// link the model gave only to raise TempEval-3 recall is left out of what a reader sees.
// "Tickets went on sale in June": a noun event in a phrase on a verb whose title already names it
// ("Tickets go on sale") is the verb's own phrase; a model's guess that the two happen together
// links an event to a copy of itself.
bool phrase_of_its_verb(const core::DocumentAnalysis& analysis, std::size_t verb, std::size_t noun, const Event& verb_event) {
  const auto& mentions = analysis.events.events;
  const auto& v = mentions[verb];
  const auto& n = mentions[noun];
  if (n.pos != "NOUN" || v.pos != "VERB" || v.sentence != n.sentence) return false;
  const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(n.sentence)]);
  // (an object is a thing of its own: "identified a configuration change" names the change, which came first)
  if (parse.head(n.token) != v.token || !parse.relation_is(n.token, "obl")) return false;
  std::string title = verb_event.title, trigger = n.trigger;
  for (auto* text : {&title, &trigger})
    std::transform(text->begin(), text->end(), text->begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return title.find(trigger) != std::string::npos;
}

// "if no deal is signed", "unless the talks do not resume": an event supposed not to happen.
bool supposed_denial(const core::DocumentAnalysis& analysis, std::size_t mention, const Event& event) {
  return event.modality == Modality::Hypothetical && analysis.events.events[mention].polarity == "NEG";
}

// "When work began in 2011, the bridge was scheduled to open in 2015": a verb of planning folded
// into the event it plans (its clausal complement is a mention of the same event) is at the time
// the plan held, not the planned event's; a link of that mention says nothing of the planned
// event's time. (a group of "announced" and "the announcement" keeps its verb's links)
bool plan_folded_into_its_event(const core::DocumentAnalysis& analysis, const std::map<std::size_t, std::size_t>& event_of,
                                std::size_t mention) {
  const auto& plan = analysis.events.events[mention];
  if (!core::looks_ahead(plan.lemma)) return false;
  const auto& sentence = analysis.tokens.sentences[static_cast<std::size_t>(plan.sentence)];
  const auto& tokens = analysis.tokens.tokens;
  for (std::size_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
    const bool complement = tokens[t].deprel == "xcomp" || tokens[t].deprel == "ccomp";
    if (!complement || tokens[t].head < 0 || sentence.first_token + static_cast<std::size_t>(tokens[t].head) != plan.token) continue;
    const auto planned = mention_on(analysis.events, t);
    const auto planned_event = planned ? event_of.find(*planned) : event_of.end();
    if (planned_event != event_of.end() && planned_event->second == event_of.at(mention)) return true;
  }
  return false;
}

void add_tlink_edges(PendingEdges& pending, const core::DocumentAnalysis& analysis,
                     const std::map<std::size_t, std::size_t>& event_of, const std::vector<Event>& events) {
  using Kind = core::TlinkOutput::Kind;
  for (const auto& link : analysis.tlinks) {
    if (link.from_kind != Kind::Event || link.to_kind != Kind::Event || !link.sure) continue;
    const auto from = event_of.find(link.from), to = event_of.find(link.to);
    if (from == event_of.end() || to == event_of.end() || from->second == to->second) continue;
    if (argument_of_unrealised_verb(analysis, link.from, link.to)) continue;
    std::size_t a = from->second, b = to->second;
    if (plan_folded_into_its_event(analysis, event_of, link.from) || plan_folded_into_its_event(analysis, event_of, link.to))
      continue;
    EdgeType type;
    if (link.rel_type == "BEFORE") type = EdgeType::Before;
    else if (link.rel_type == "AFTER") type = EdgeType::Before, std::swap(a, b);
    else if (link.rel_type == "INCLUDES") type = EdgeType::Includes;
    else if (link.rel_type == "IS_INCLUDED") type = EdgeType::Includes, std::swap(a, b);
    else if (link.rel_type == "SIMULTANEOUS") type = EdgeType::Simultaneous;
    else continue;
    const bool guessed = link.source.starts_with("model:");
    if (guessed && dates_rule_out(events[a], events[b], type)) continue;
    if (same_word_of_another_time(analysis, link, events[from->second], events[to->second])) continue;
    if (guessed && type == EdgeType::Simultaneous &&
        (phrase_of_its_verb(analysis, link.from, link.to, events[from->second]) ||
         phrase_of_its_verb(analysis, link.to, link.from, events[to->second])))
      continue;
    // ("The pause expired on Oct. 9 and nothing changed": an event that did not happen has no
    // time, so no order with another)
    if (events[a].modality == Modality::Negated || events[b].modality == Modality::Negated) continue;
    // (a model's guess only: nor has a supposed denial, "if no deal is signed by March 1",
    // whose date is the deadline its consequent waits for, not a time the two share)
    if (guessed && (supposed_denial(analysis, link.from, events[from->second]) || supposed_denial(analysis, link.to, events[to->second])))
      continue;
    const bool from_first = link.rel_type == "BEFORE";
    // (a model's guess only: what happens in a setting is inside it, though the setting's date
    // may be only its start, so no edge at all)
    if (type == EdgeType::Before && guessed &&
        (inside_its_setting(analysis, link.from, link.to) || inside_its_setting(analysis, link.to, link.from)))
      continue;
    if (type == EdgeType::Before && guessed &&
        result_before_its_cause_verb(analysis, from_first ? link.from : link.to, from_first ? link.to : link.from))
      continue;
    if (type == EdgeType::Before && guessed &&
        limits_its_verb(analysis, from_first ? link.from : link.to, from_first ? link.to : link.from))
      continue;
    if (type == EdgeType::Before &&
        modal_clause_before_its_governor(analysis, from_first ? link.from : link.to, from_first ? link.to : link.from))
      continue;
    const int sentence = analysis.events.events[link.from].sentence + analysis.part.sentences;
    const auto gap = type == EdgeType::Before ? gap_of(analysis, link, a, b, event_of, events) : std::nullopt;
    pending.add({a, b, type, Evidence{analysis.document.id, sentence, link.source}, link.confidence, gap});
  }
}

// A statement kept as a node reports what its clause says ("The two will talk, the Kremlin
// said"); the cue links find only complements, so the extractor's own finding is added too.
void add_report_edges(PendingEdges& pending, const core::DocumentAnalysis& analysis,
                      const std::map<std::size_t, std::size_t>& event_of) {
  const auto& mentions = analysis.events.events;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].reports < 0) continue;
    const auto from = event_of.find(m), to = event_of.find(static_cast<std::size_t>(mentions[m].reports));
    if (from == event_of.end() || to == event_of.end() || from->second == to->second) continue;
    // As sure as a cue link (add_cue_edges).
    pending.add({from->second, to->second, EdgeType::Reports,
                 Evidence{analysis.document.id, mentions[m].sentence + analysis.part.sentences, mentions[m].trigger}, 0.6});
  }
}

// "found the fault in March", "reported the outbreak on Monday", "ordered an inquiry on
// Tuesday", "sued to stop the deal in February": the object of a verb the date hangs on
// happened before or after it, not with it, unless the verb happens with it ("held talks",
// "launched an offensive", "began the strike").
bool object_apart_from_verb(const core::DocumentAnalysis& analysis, std::size_t noun, std::size_t verb) {
  const auto& n = analysis.events.events[noun];
  const auto& v = analysis.events.events[verb];
  const core::Token& token = analysis.tokens.tokens[n.token];
  if (token.deprel != "obj" || token.head < 0 || n.sentence != v.sentence) return false;
  const std::size_t first = analysis.tokens.sentences[static_cast<std::size_t>(n.sentence)].first_token;
  std::size_t head = first + static_cast<std::size_t>(token.head);
  // ("sued to stop the deal in February": the object of what the verb aimed at)
  const core::Token& over = analysis.tokens.tokens[head];
  if (head != v.token && over.deprel == "xcomp" && over.xpos == "VB" && over.head >= 0) head = first + static_cast<std::size_t>(over.head);
  // (an aim is no part of its object: "voted to end the strike")
  const bool part_of_it = !v.aim && !v.phase_apart && (v.support || v.with_its_object || v.event_class == "ASPECTUAL");
  return head == v.token && !part_of_it;
}

// "an FBI raid on City Hall in 2021", "the attack on the embassy in 2012": the event noun a
// plain noun right before a date modifies (through at most two nouns), which the date dates as
// if it stood right after it; `token` itself when it is an event or no such noun is found.
std::size_t event_noun_over(const core::TokenizedText& tokens, std::size_t token,
                            const std::unordered_map<std::size_t, std::size_t>& mention_at) {
  const auto* sentence = core::sentence_containing(tokens, token);
  if (!sentence || mention_at.count(token)) return token;
  std::size_t at = token;
  for (int step = 0; step < 3; ++step) {
    const core::Token& t = tokens.tokens[at];
    const bool modifies = t.deprel == "nmod" || t.deprel == "compound" || t.deprel == "flat";
    if (!modifies || t.head < 0 || (t.upos != "NOUN" && t.upos != "PROPN")) return token;
    const std::size_t head = sentence->first_token + static_cast<std::size_t>(t.head);
    if (head >= at) return token;
    if (mention_at.count(head)) return head;
    at = head;
  }
  return token;
}

// "would publish a report on its handling of the case early next year": whether the event noun
// is what the object of mention `verb` is about (a noun phrase the parse hangs below that object,
// through at most three nouns), which the verb's date does not date.
bool topic_of_its_object(const core::DocumentAnalysis& analysis, std::size_t noun, std::size_t verb) {
  const auto& n = analysis.events.events[noun];
  const auto& v = analysis.events.events[verb];
  if (n.sentence != v.sentence || n.sentence < 0 || v.pos != "VERB") return false;
  const core::ParseView parse(analysis.tokens, analysis.tokens.sentences[static_cast<std::size_t>(n.sentence)]);
  std::size_t at = n.token;
  for (int step = 0; step < 3 && parse.relation_is(at, "nmod"); ++step) {
    const auto up = parse.head(at);
    if (!up) return false;
    if (parse.relation_is(*up, "obj") && parse.head(*up) == v.token) return true;
    at = *up;
  }
  return false;
}

// "agreements reached at their Geneva summit in June": whether "in June" hangs on the verb or
// on the noun, both happened then, so an event noun right before an anchored time expression
// (over its preposition) is dated by it too; not the object of any verb the expression dates
// apart from it, whichever anchor the date reached ("tried to block the merger in March but lost":
// "lost" has March, not the merger), unless that verb was done before the date and looked ahead
// to the object ("has demanded new talks next week": done_before_its_date). Returns that noun's
// mention.
std::optional<std::size_t> noun_just_before(const core::DocumentAnalysis& analysis, const core::EventAnchor& anchor,
                                            const std::vector<core::EventAnchor>& anchors,
                                            const std::unordered_map<std::size_t, std::size_t>& mention_at) {
  if (anchor.relation != core::AnchorRelation::Within) return std::nullopt;
  const auto& tokens = analysis.tokens.tokens;
  const std::size_t begin = analysis.timexes[anchor.timex].span.begin;
  auto at = std::lower_bound(tokens.begin(), tokens.end(), begin, [](const core::Token& t, std::size_t b) { return t.span.begin < b; });
  std::size_t i = static_cast<std::size_t>(at - tokens.begin());
  if (i > 0 && (tokens[i - 1].text == "in" || tokens[i - 1].text == "on" || tokens[i - 1].text == "at")) --i;
  if (i == 0) return std::nullopt;
  const auto found = mention_at.find(event_noun_over(analysis.tokens, i - 1, mention_at));
  if (found == mention_at.end() || analysis.events.events[found->second].pos != "NOUN" || found->second == anchor.event)
    return std::nullopt;
  const bool apart = std::any_of(anchors.begin(), anchors.end(), [&](const core::EventAnchor& other) {
    return other.timex == anchor.timex && (object_apart_from_verb(analysis, found->second, other.event) ||
                                           topic_of_its_object(analysis, found->second, other.event));
  });
  const bool looked_ahead_to =
      done_before_its_date(time_from_anchor(analysis.timexes, anchor), analysis, analysis.events.events[anchor.event]);
  return apart && !looked_ahead_to ? std::nullopt : std::optional(found->second);
}

}  // namespace

std::vector<TimexInfo> timex_infos(const core::DocumentAnalysis& analysis) {
  std::vector<TimexInfo> infos;
  const auto& part = analysis.part;
  for (std::size_t t = 0; t < analysis.timexes.size(); ++t) {
    const auto& timex = analysis.timexes[t];
    const std::string id = part.timexes == 0 ? timex.id : fmt::format("t{}", part.timexes + t + 1);
    infos.push_back({analysis.document.id, id, timex.span.begin + part.bytes, timex.span.end + part.bytes, timex.text,
                     timex.type, timex.value, timex.mod, timex.rule, timex.interval, timex.freq, timex.quant});
  }
  return infos;
}

GraphAssembler::GraphAssembler(AssembleOptions options) : options_(options), pending_(std::make_unique<PendingEdges>()) {}
GraphAssembler::~GraphAssembler() = default;

void GraphAssembler::add(const core::DocumentAnalysis& analysis) {
  const auto& document = analysis.document;
  // The parts of one long document come one after the other: the document is listed once.
  if (graph_.documents.empty() || graph_.documents.back().id != document.id || analysis.part.bytes == 0)
    graph_.documents.push_back({document.id, document.path,
                                document.title.empty() ? core::lead_title(document.text, document.sentence_ends) : document.title, document.dct});
  for (auto& info : timex_infos(analysis)) graph_.timexes.push_back(std::move(info));
  merge_entities(graph_.entities, analysis.events);
  for (const auto& info : analysis.events.entities) {
    if (info.common) merge_limits_.common.insert(info.id);
    if (info.whole) merge_limits_.whole.insert(info.id);
    merge_limits_.read_together[info.id].insert(analyses_);
  }
  ++analyses_;
  // A mention's own anchors first; then the anchors nouns borrow, where they have none.
  const auto anchors = core::anchor_events(analysis.tokens, analysis.events, analysis.timexes, document.dct);
  MentionAnchors anchor_of = anchors_by_mention(anchors, analysis);
  std::unordered_map<std::size_t, std::size_t> mention_at;  // trigger token -> first mention there
  for (std::size_t m = 0; m < analysis.events.events.size(); ++m) mention_at.emplace(analysis.events.events[m].token, m);
  for (const auto& anchor : anchors)
    if (const auto noun = noun_just_before(analysis, anchor, anchors, mention_at))
      anchor_of.closest.emplace(*noun, core::EventAnchor{*noun, anchor.timex, anchor.relation, anchor.cue, anchor.until});
  if (!options_.all_events) date_by_dropped_reports(analysis, anchor_of);
  const auto groups = split_by_dates(group_mentions(analysis.events, options_.all_events), analysis, anchor_of);
  const auto event_of = add_events(graph_.events, analysis, groups, anchor_of);
  end_at_what_followed(graph_.events, analysis, event_of);
  start_on_the_day_it_is_come_for(graph_.events, analysis, event_of);
  begin_with_its_clause(graph_.events, analysis, event_of);
  on_the_day_of_what_it_is_close_to(graph_.events, analysis, event_of);
  within_moments_of_what_came_before(graph_.events, analysis, event_of);
  at_the_time_of_its_subject_event(graph_.events, analysis, event_of);
  start_when_ordered(graph_.events, analysis, event_of);
  bound_by_the_repeated_month(graph_.events, analysis, event_of);
  date_by_calendar_distance(graph_.events, analysis, event_of);
  add_cue_edges(*pending_, analysis, event_of);
  add_tlink_edges(*pending_, analysis, event_of, graph_.events);
  add_report_edges(*pending_, analysis, event_of);
}

// Folds each event into the one `into` names and points the pending edges at what remains.
void fold_events(GraphData& graph, PendingEdges& pending, const std::vector<std::size_t>& into) {
  std::vector<std::size_t> index(graph.events.size());  // old index -> new
  std::vector<Event> kept;
  for (std::size_t i = 0; i < graph.events.size(); ++i) {
    if (into[i] == i) {
      index[i] = kept.size();
      kept.push_back(std::move(graph.events[i]));
      continue;
    }
    index[i] = index[into[i]];
    Event& target = kept[index[i]];
    Event& folded = graph.events[i];
    target.mentions.insert(target.mentions.end(), folded.mentions.begin(), folded.mentions.end());
    for (auto& actor : folded.actors)
      if (std::find(target.actors.begin(), target.actors.end(), actor) == target.actors.end()) target.actors.push_back(actor);
    target.confidence = std::max(target.confidence, folded.confidence);
  }
  graph.events = std::move(kept);
  PendingEdges remapped;
  for (PendingEdge edge : pending.edges()) {
    edge.from = index[edge.from];
    edge.to = index[edge.to];
    if (edge.from != edge.to) remapped.add(std::move(edge));
  }
  pending = std::move(remapped);
}

GraphData GraphAssembler::finish() && {
  merge_short_names(graph_, merge_limits_);
  fold_events(graph_, *pending_, same_events_across_documents(graph_.events));
  std::sort(graph_.entities.begin(), graph_.entities.end(), [](const Entity& a, const Entity& b) { return a.id < b.id; });
  assign_event_ids(graph_.events);
  for (const auto& edge : pending_->edges())
    graph_.edges.push_back({graph_.events[edge.from].id, graph_.events[edge.to].id, edge.type, edge.evidence,
                            EdgeSource::Extracted, edge.confidence, edge.gap});
  return std::move(graph_);
}

GraphData assemble_graph(const std::vector<core::DocumentAnalysis>& analyses, const AssembleOptions& options) {
  GraphAssembler assembler(options);
  for (const auto& analysis : analyses) assembler.add(analysis);
  return std::move(assembler).finish();
}

}  // namespace chronograph::graph
