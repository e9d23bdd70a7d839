// What a value function knows of the text around a time expression: the DCT, the clause's
// tense, the date last mentioned, and the cues that move a date to one side of the DCT.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <date/date.h>

#include "core/common/interval.h"
#include "core/timex/timex_calendar.h"

namespace chronograph::core {

struct ValueContext {
  std::optional<date::sys_days> dct;
  std::function<Tense()> tense;
  std::optional<Interval> anchor;  // the last mentioned date, for @anchor and @anchor_ago
  // "by August" / "since March": a month named as a deadline lies ahead, one named as a start
  // behind, whatever the clause ("it said it would double its flights by August"); a weekday
  // does not follow this ("by Monday, officials had hardened their stance"), so only the month
  // functions use it.
  Tense preposition = Tense::Unknown;
  std::optional<Interval> last_quarter;  // the fiscal quarter last mentioned
  // A deadline ahead (TenseFinder::until_deadline): "postponed until Tuesday", "effective Friday",
  // "pushed back to Monday", "scheduled for Sunday", "told to leave by Sunday".
  bool until = false;
  std::optional<std::string> clock;  // the last time of day mentioned ("2023-02-06T04:17")
  // "on Thursday and Friday", "Friday and Thursday": the day of a weekday named right before;
  // the weekday is then the one nearest that day.
  std::optional<date::sys_days> continues;
  // Hung on a simple past ("began in January"), a past perfect ("had received complaints in
  // November") or a verb with "will" or a possibility ahead ("will take place in May", "could fall in
  // March"): the verb's own time, which no
  // month slack moves.
  bool own_time = false;
  // A time adverbial of a past perfect ("had visited the plant on Sept 20"), or one after
  // on/in/at/during of a simple past or a verb with "will" ("reopened on December 1", "will
  // reopen on December 4"): a day of the verb's own time, which no day slack moves. (Not a
  // noun's: "declared a dividend, payable Dec. 15".)
  bool own_day = false;
  // "follows Tuesday's declaration", "ahead of Sunday's vote": a weekday naming a thing by its
  // day; in a present clause that thing may lie either side of the DCT.
  bool possessive = false;
  // In the headline, whose present tells what happened ("Quake hits Turkey on Monday").
  bool headline = false;
  // A year named earlier in the sentence ("Last year the bank raised rates on September 14"):
  // the year of a month or day named without one.
  std::optional<date::year> sentence_year;
  // A year more than a year before the DCT that opened the sentence before, with no date named
  // since ("In 1974 the dictatorship fell. Soares arrived on April 28", "In the spring of 1975,
  // forces swept south. Hue fell on March 26"): the year of a month or day told in the past, for
  // the story goes on in it.
  std::optional<date::year> story_year;
  // Days already named with their year ("made between March 3 and April 9, 2024 ... built
  // after April 9"): the year of a month and day named again without one.
  const std::map<std::pair<unsigned, unsigned>, date::year>* days_named_with_year = nullptr;
  // Right after "in", "during", "by", "before" or "until": the time something happens in or by,
  // not a period reported on ("will rise in the first quarter", "will stop by the end of the first
  // quarter", not "will restate its results for the second quarter").
  bool happens_in_or_by = false;
  // Whether the last mentioned date is in this sentence or the one before (asked lazily: it
  // scans the text since that date).
  std::function<bool()> anchor_nearby = [] { return false; };
  std::function<bool()> anchor_in_sentence = [] { return false; };  // (the same, in this sentence)
  // Whether years counted back compare with the quarter in focus: a period they name ("the
  // year-ago quarter", "the corresponding period last year") or a past comparison of figures
  // ("rose to $5 million from $4 million a year ago"), not a bare time ago ("was last updated
  // two years ago"; asked lazily).
  std::function<bool()> compares_with_quarter = [] { return false; };
  // The last mentioned date is the headline's and this expression the body's: the body starts
  // its story afresh ("Drivers to strike over Thanksgiving" does not move the body's "on Wednesday"
  // past Thanksgiving).
  bool anchor_in_headline = false;
  // The last mentioned day closes a span ("possible every day through Feb. 19"), or a report
  // dated since in this sentence tells when the clause was said ("said on Sunday that a mediator
  // would meet on Monday"): no day ahead the story is at.
  bool anchor_not_ahead_of_story = false;
  // `continues` joined by "to", "through", "until" or a dash ("from Monday to Friday"): the end
  // of a span, which comes after its start, not the nearest day either side.
  bool continues_a_span = false;
  // Right after "until" or "till": the expression ends a span that runs from the story's time.
  bool ends_a_span = false;
  // A plan told in the past ("was scheduled to close on Friday evening", "were expected to meet on
  // Monday"): it may have been due before the DCT or still be ahead, so its weekday is the nearest.
  bool plan_told_in_past = false;
  // A thing a past verb moved to a new time, or that new time ("moved the sessions on Wednesday and
  // Thursday to 10 a.m."): the thing lay ahead when it was moved, and may be ahead still, so its
  // weekday is the nearest; the new time may be ahead of the DCT.
  bool rescheduled = false;
  // A future told in the past ("said they would look for ways to get around Wednesday's ruling"):
  // a thing it names by its day may be done already or still be ahead, so that weekday is the
  // nearest (an act it tells, "said he would meet them on Friday", stays ahead).
  bool future_told_in_past = false;
  // Right after "by" (a deadline; "gave them until mid-November" and "effective June 1" are not
  // met by the verb they hang on, so only "by" turns back with a past verb: month_tense).
  bool after_by = false;
  // One end of a span or one of two choices ("between May and July", "in May or June"): its year
  // goes with the other's, so no date ahead moves it on.
  bool joined = false;
  // The days of a stay or a meeting counted since the last date ("a four-day state visit": 4), for
  // "the final day" of it; nullopt when none was told.
  std::optional<long> span_days = std::nullopt;
  // The last day ahead of the DCT that a future clause named, at most three sentences back, with
  // no other date named since but background in the past ("will travel to Oxford on Wednesday,
  // where he studied in the 1980s. He will visit Merton College. The visit will end on Friday": a
  // plan told in order).
  std::optional<Interval> plan_day = std::nullopt;
  std::optional<date::year> year_named_before(date::month m, date::day d) const {
    if (!days_named_with_year) return std::nullopt;
    const auto found = days_named_with_year->find({static_cast<unsigned>(m), static_cast<unsigned>(d)});
    return found == days_named_with_year->end() ? std::nullopt : std::optional(found->second);
  }
  Tense month_tense() const {
    // ("most estates finished by Sept. 20", "had finished by ...": a deadline its own past verb met lies behind)
    if (preposition == Tense::Future && after_by && (own_time || own_day) && tense() == Tense::Past) return Tense::Past;
    return preposition != Tense::Unknown ? preposition : tense();
  }
  // A clause told in the past, even when "by" points its month ahead of the DCT: "Hue fell on
  // March 26, and by mid-April the capital was surrounded" is a deadline in the story, not ahead.
  bool told_in_the_past() const { return month_tense() == Tense::Past || (preposition == Tense::Future && tense() == Tense::Past); }
  std::optional<date::year> story_year_of_past() const {
    return story_year && told_in_the_past() ? story_year : std::nullopt;
  }
  // "The dam broke on May 14, 1976. The last body was recovered in early June": a month told in
  // the past right after a day more than a year before the DCT, and not before it in the
  // calendar, is in that day's year: the story goes on from there. (A month or a year alone is
  // too often background: "shootings dating to 1994. In January, ...", "since their peak in
  // February 2024. In May, ...")
  // A month in the same sentence is a step of the story too: "froze the accounts two weeks later
  // and arrested him in June", after "in March 1997".
  std::optional<date::year> flashback_year(date::month m) const {
    constexpr date::days kYear{366};
    if (!anchor || !dct || anchor->end + kYear >= *dct) return std::nullopt;
    const bool month_in_sentence = anchor->precision == Precision::Month && anchor_in_sentence();
    if (anchor->precision != Precision::Day && !month_in_sentence) return std::nullopt;
    const date::year_month_day from{anchor->start};
    if (m < from.month() || !told_in_the_past() || !anchor_nearby()) return std::nullopt;
    return from.year();
  }
  // "Hue fell on March 26 1975 ... The last helicopter left at 7:53 a.m. on April 30": the same for
  // a day that is the story's next step.
  std::optional<date::year> flashback_year(date::month m, date::day d) const {
    const auto year = flashback_year(m);
    return year && next_step_of_the_story(*year / m / d) ? year : std::nullopt;
  }
  // "By mid-April 1975 the capital was surrounded. Delgado remembers the morning of April 29": a
  // present clause recalls no day ahead of the DCT; after a day or month more than a year back,
  // the day (`ahead`, as the tense would read it) is the next step of that story.
  std::optional<date::year> recalled_year(date::year_month_day ahead) const {
    constexpr date::days kYear{366};
    if (!dct || date::sys_days{ahead} <= *dct || tense() != Tense::Present || !anchor ||
        (anchor->precision != Precision::Day && anchor->precision != Precision::Month) || anchor->end + kYear >= *dct ||
        !anchor_nearby())
      return std::nullopt;
    const date::year year = date::year_month_day{anchor->start}.year();
    return next_step_of_the_story(year / ahead.month() / ahead.day()) ? std::optional(year) : std::nullopt;
  }
  // A day within two months after the anchor's start, the steps a story goes on by ("She was born on
  // May 9, 1950. She was arrested on May 9" or "on August 3" is no next step of that story).
  bool next_step_of_the_story(date::year_month_day day) const {
    constexpr date::days kStoryStep{62};
    return anchor && day.ok() && date::sys_days{day} > anchor->start && date::sys_days{day} <= anchor->start + kStoryStep;
  }
  Tense weekday_tense() const { return until ? Tense::Future : tense(); }
  // The quarter the text is talking about: the last date when it is a quarter, or the last
  // quarter when the last date is a day inside it ("for the quarter ended Sept. 30").
  std::optional<Interval> quarter_in_focus() const {
    if (!anchor) return std::nullopt;
    if (anchor->precision == Precision::Quarter) return anchor;
    if (anchor->precision == Precision::Day && last_quarter && last_quarter->start <= anchor->start &&
        anchor->start <= last_quarter->end)
      return last_quarter;
    return std::nullopt;
  }
};

// Whether a time after this preposition is when something happens or is due, not a period
// reported on (ValueContext::happens_in_or_by).
inline bool happens_in_or_by(std::string_view preposition) {
  return preposition == "in" || preposition == "during" || preposition == "by" || preposition == "before" || preposition == "until";
}

}  // namespace chronograph::core
