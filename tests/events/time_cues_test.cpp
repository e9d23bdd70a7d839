// The tense cues and spans that place a time expression ahead of or behind the article's date,
// found on articles the rules were not written for: each tested on that sentence's kind across
// every weekday or month and on variants the fix was not written for.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "tests/events/graph_fixture.h"

using namespace chronograph;
using namespace chronograph::test;
using namespace date;

namespace {

const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

std::string iso(sys_days day) { return format_iso_day(day); }
std::string iso_month(year_month ym) { return fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month())); }

}  // namespace

TEST_CASE("a phrase that 'after' or 'before' opens as a preposition lends no tense to a day before it", "[events][timex]") {
  const sys_days dct = 2024_y / jan / 15;  // a Monday
  for (unsigned w = 0; w < 7; ++w) {
    const std::string day = kWeekdays[w];
    for (const std::string& text : {"Shares fell 64 percent on " + day + " after reports that a filing was imminent.",
                                   "The company sank 20 percent on " + day + " before reports that it will sell units."}) {
      INFO(text);
      // (a Monday DCT names itself: the day of the report)
      const sys_days expected = w == 1 ? dct : weekday_before(dct, w);
      CHECK(timex_value_in(text, day, dct) == iso(expected));
    }
    // a clause "after" opens still has its own tense, and the day keeps its verb's
    CHECK(timex_value_in("Workers will return on " + day + " after talks ended.", day, dct) ==
          iso(w == 1 ? dct : weekday_after(dct, w)));
  }
}

TEST_CASE("'no earlier than' between a verb of putting off and the day keeps the day ahead", "[events][timex]") {
  const sys_days dct = 2025_y / nov / 9;  // a Sunday
  for (unsigned w = 0; w < 7; ++w) {
    const std::string day = kWeekdays[w];
    for (const std::string& text : {"The launch has been pushed back to no earlier than " + day + ".",
                                   "The vote was delayed until no later than " + day + "."}) {
      INFO(text);
      CHECK(timex_value_in(text, day, dct) == iso(w == 0 ? dct : weekday_after(dct, w)));
    }
  }
  // the launch is planned no earlier than that day, the putting off is done
  const auto g = graph_of_text("The launch has been pushed back to no earlier than Thursday.", dct);
  const auto& launch = event_with(g, "launch");
  REQUIRE(launch.time.start);
  CHECK(*launch.time.start == 2025_y / nov / 13);
  CHECK(launch.modality == graph::Modality::Planned);
}

TEST_CASE("a verb of hoping, aiming or expecting looks ahead to the time of what it aims at", "[events][timex]") {
  const sys_days dct = 2026_y / apr / 18;  // a Saturday
  for (unsigned w = 0; w < 7; ++w) {
    const std::string day = kWeekdays[w];
    for (const std::string verb : {"hoped", "aimed", "intended", "expected"}) {
      const std::string text = "Workers " + verb + " to refloat the ship on " + day + ".";
      INFO(text);
      CHECK(timex_value_in(text, day, dct) == iso(w == 6 ? dct : weekday_after(dct, w)));
    }
  }
  // the months too: "told markets to expect a cut in April", said in December
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonths[m - 1];
    const std::string value = timex_value_in("He told markets to expect a cut in " + month + ".", month, 2021_y / dec / 16);
    INFO(month);
    CHECK(value == iso_month((m >= 10 ? 2021_y : 2022_y) / date::month{m}));  // (a month or two back: a report's slack)
  }
  // a verb that did the thing stays in the past
  CHECK(timex_value_in("Workers refloated the ship on Monday.", "Monday", dct) == "2026-04-13");
}

TEST_CASE("a plan said to be the original or initial one is a past plan, its time the nearest behind", "[events][timex]") {
  const sys_days dct = 2025_y / nov / 9;
  for (const std::string adverb : {"originally", "initially"})
    for (const std::string verb : {"planned", "expected", "scheduled"})
      for (const unsigned m : {3u, 7u, 9u}) {
        const std::string month = kMonths[m - 1];
        const std::string text = "Selene-2 was " + adverb + " " + verb + " to launch in " + month + ".";
        INFO(text);
        CHECK(timex_value_in(text, month, dct) == iso_month(2025_y / date::month{m}));
      }
  // a plan that stands looks ahead
  CHECK(timex_value_in("Selene-2 was planned to launch in July.", "July", dct) == "2026-07");
  // a feeling's infinitive is no aim: "was pleased to note that your Oct. 23 item ..."
  CHECK(timex_value_in("I was pleased to note that your Oct. 23 item recognized the idea.", "Oct. 23", dct) == "2025-10-23");
}

TEST_CASE("a day ahead in the calendar said in a clause ahead is never one gone by weeks", "[events][timex]") {
  const sys_days dct = 2021_y / dec / 16;
  for (unsigned d = 1; d <= 12; ++d) {  // December 1..12: gone by 4 to 15 days
    for (const std::string& text : {"The next meeting is set for December " + std::to_string(d) + ".",
                                   "The next meeting will be held on December " + std::to_string(d) + "."}) {
      INFO(text);
      CHECK(timex_value_in(text, "December " + std::to_string(d), dct) == fmt::format("2022-12-{:02}", d));
    }
  }
  // a day told in the past stays in the past
  CHECK(timex_value_in("The last meeting was held on December 7.", "December 7", dct) == "2021-12-07");
  // a quarter a clause ahead reaches by is ahead too
  CHECK(timex_value_in("The bank will stop selling bonds by the end of the first quarter.", "the end of the first quarter", dct) ==
        "2022-Q1");
}

TEST_CASE("a span of two months with no year that opens ahead runs on from its start", "[events][timex]") {
  const sys_days dct = 2023_y / mar / 14;
  for (unsigned first = 4; first <= 12; ++first)  // (from April: a month or two back keeps a report's slack)
    for (unsigned last = 1; last <= 12; ++last) {
      if (first == last) continue;
      const std::string a = kMonths[first - 1], b = kMonths[last - 1];
      const auto g = graph_of_text("The new calendar will run from " + a + " to " + b + ".", dct);
      INFO(a << " to " << b);
      REQUIRE(g.timexes.size() == 2);
      const int start_year = 2023;
      const int end_year = last > first ? start_year : start_year + 1;
      CHECK(g.timexes[0].value == fmt::format("{}-{:02}", start_year, first));
      CHECK(g.timexes[1].value == fmt::format("{}-{:02}", end_year, last));
    }
  // told in the past, the span ends at its second month
  const auto past = graph_of_text("The old calendar ran from August to June.", dct);
  REQUIRE(past.timexes.size() == 2);
  CHECK(past.timexes[0].value == "2021-08");
  CHECK(past.timexes[1].value == "2022-06");
}

TEST_CASE("a month after 'the following' or 'the next' is the first after the date last named", "[events][timex]") {
  const sys_days dct = 2020_y / feb / 9;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonths[m - 1];
    const std::string text = "In March 1984 she recorded an album. It won her a Grammy the following " + month + ".";
    INFO(text);
    CHECK(timex_value_in(text, "the following " + month, dct) == iso_month((m > 3 ? 1984_y : 1985_y) / date::month{m}));
  }
  // with no date before it, a past clause's is some such month, a future clause's the next
  CHECK(timex_value_in("Her second single reached the top ten the following June.", "the following June", dct) == "XXXX-06");
  CHECK(timex_value_in("The band will tour again the next June.", "the next June", dct) == "2020-06");
  // and so for "the following year"
  CHECK(timex_value_in("Her second single reached the top ten the following year.", "the following year", dct) == "XXXX");
  CHECK(timex_value_in("She recorded an album in 1984. Her single reached the top ten the following year.", "the following year",
                       dct) == "1985");
}

TEST_CASE("a month's day with 'next year' or 'last year' after it is that day of that year", "[events][timex]") {
  const sys_days dct = 2020_y / feb / 9;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string month = kMonths[m - 1];
    CHECK(timex_value_in("The ceremony takes place on " + month + " 26 next year.", month + " 26 next year", dct) ==
          fmt::format("2021-{:02}-26", m));
    CHECK(timex_value_in("The plant opened on " + month + " 3 last year.", month + " 3 last year", dct) ==
          fmt::format("2019-{:02}-03", m));
  }
}

TEST_CASE("'before' a body one stands in front of bounds no time", "[events][anchors]") {
  const sys_days dct = 2021_y / dec / 16;  // a Thursday
  for (unsigned w = 0; w < 7; ++w) {
    const std::string day = kWeekdays[w];
    const std::pair<std::string, std::string> cases[] = {
        {"The governor will testify before a parliamentary committee on " + day + ".", "testify"},
        {"The suspect will appear before a judge on " + day + ".", "appear"},
        {"The minister will speak before the assembly on " + day + ".", "speak"},
    };
    for (const auto& [text, verb] : cases) {
      INFO(text);
      check_day(event_with(graph_of_text(text, dct), verb), w == 4 ? dct : weekday_after(dct, w));
    }
  }
  // a time noun "before" opens still bounds: "before the recess in August"
  const auto& pass = event_with(graph_of_text("Lawmakers must pass the budget before the deadline on Monday.", dct), "pass");
  REQUIRE(pass.time.end);
  CHECK(*pass.time.end < sys_days{2021_y / dec / 20});
}

TEST_CASE("'starting', 'beginning' or 'effective' before a date is where what it dates starts", "[events][anchors]") {
  const sys_days dct = 2023_y / aug / 31;  // a Thursday
  for (const std::string word : {"starting", "beginning", "effective"})
    for (unsigned w = 0; w < 7; ++w) {
      const std::string day = kWeekdays[w];
      const sys_days expected = w == 4 ? dct : weekday_after(dct, w);
      for (const std::string& text : {"Owners will be notified by mail " + word + " " + day + ".",
                                     "Fares will rise " + word + " " + day + "."}) {
        INFO(text);
        const auto g = graph_of_text(text, dct);
        const auto& event = event_with(g, text.starts_with("Owners") ? "notified" : "rise");
        REQUIRE(event.time.start);
        CHECK(*event.time.start == expected);
        // and the word itself is no event of its own
        CHECK(events_with_mention(g, word) == 0);
      }
    }
  // fronted, with a month's day
  const auto& open = event_with(graph_of_text("Starting October 16, the store will open at 8.", dct), "open");
  REQUIRE(open.time.start);
  CHECK(*open.time.start == 2023_y / oct / 16);
}

TEST_CASE("a base form conjoined to a verb with 'will' and a date goes on from that date", "[events][anchors]") {
  const sys_days dct = 2025_y / nov / 9;
  for (unsigned m = 1; m <= 12; ++m) {
    const std::string day = std::string(kMonths[m - 1]) + " 24";
    const auto g = graph_of_text("The lander will land on " + day + " and operate for about 14 days.", dct);
    const auto& land = event_with(g, "land");
    const auto& operate = event_with(g, "operate");
    INFO(day);
    REQUIRE(land.time.start);
    REQUIRE(operate.time.start);
    CHECK(*operate.time.start == *land.time.start);
  }
}

TEST_CASE("'the rest of' a period that holds the article's date runs from that date to the period's end", "[events][timex]") {
  const sys_days dct = 2026_y / apr / 18;
  const std::pair<std::string, sys_days> units[] = {
      {"year", 2026_y / dec / 31}, {"month", 2026_y / apr / 30}, {"week", 2026_y / apr / 19}, {"day", dct}};
  for (const auto& [unit, last] : units)
    for (const std::string part : {"rest", "remainder", "balance"}) {
      const std::string text = "The authority waived transit fees for the " + part + " of the " + unit + ".";
      INFO(text);
      const auto g = graph_of_text(text, dct);
      REQUIRE(g.timexes.size() == 1);
      CHECK(g.timexes[0].text == "the " + part + " of the " + unit);
      REQUIRE(g.timexes[0].interval);
      CHECK(g.timexes[0].interval->start == dct);
      CHECK(g.timexes[0].interval->end == last);
    }
}

TEST_CASE("times of day before 'on weekdays' or 'at weekends' are times of that set, no times of the article's day",
          "[events][timex]") {
  const sys_days dct = 2023_y / aug / 31;
  for (const std::string days : {"on weekdays", "on weekends"}) {
    const auto g = graph_of_text("The office will be open from 8 a.m. to 6 p.m. " + days + " until the end of the year.", dct);
    INFO(days);
    for (const auto& t : g.timexes)
      if (t.text == "8 a.m." || t.text == "6 p.m.") {
        CHECK(t.type == "SET");
        CHECK(t.value.starts_with("XXXX-WXX-W"));
      }
  }
}

TEST_CASE("a weekday ahead told right after a day ahead goes on from that day", "[events][timex]") {
  for (unsigned d = 0; d < 7; ++d) {
    const sys_days dct = weekday_after(sys_days{2023_y / aug / 26}, d);  // a DCT on each weekday
    for (unsigned first = 0; first < 7; ++first)
      for (unsigned second = 0; second < 7; ++second) {
        if (first == second) continue;
        const std::string a = kWeekdays[first], b = kWeekdays[second];
        const auto g = graph_of_text("The team will arrive on " + a + " and leave on " + b + ".", dct);
        INFO("DCT " << iso(dct) << ": " << a << " then " << b);
        REQUIRE(g.timexes.size() == 2);
        const auto one = parse_iso_day(g.timexes[0].value), two = parse_iso_day(g.timexes[1].value);
        REQUIRE(one);
        REQUIRE(two);
        CHECK(*one >= dct);
        CHECK(*two > *one);
        CHECK((*two - *one).count() < 7);
      }
  }
  // a past sequence keeps each day behind the DCT
  const auto past = graph_of_text("The team arrived on Monday and left on Wednesday.", 2023_y / aug / 31);
  REQUIRE(past.timexes.size() == 2);
  CHECK(past.timexes[0].value == "2023-08-28");
  CHECK(past.timexes[1].value == "2023-08-30");
}

TEST_CASE("years ago after a quarter count from that quarter only in a past comparison of figures", "[events][timex]") {
  const sys_days dct = 2021_y / dec / 16;
  const std::string quarter = "The economy shrank in the third quarter. ";
  for (const auto& [ago, back] : std::vector<std::pair<std::string, int>>{{"a year ago", 1}, {"two years ago", 2}}) {
    const std::string expected = std::to_string(2021 - back);
    for (const std::string& clause : {"Unemployment has risen to 6.4 percent from 5.1 percent " + ago + ".",
                                     "Exports have fallen 8% from " + ago + ".",
                                     "The firm has 13 plants, up from seven " + ago + "."}) {
      INFO(clause);
      CHECK(timex_value_in(quarter + clause, ago, dct) == expected);
    }
    // a time ago that compares nothing counts from the DCT
    CHECK(timex_value_in(quarter + "The firm kept the tablet, which was last updated " + ago + ".", ago, dct) == expected);
    CHECK(timex_value_in(quarter + "Sales rose. " + ago + ", the firm had a profit of $1.8 million.", ago, dct) == expected);
    // a past comparison is that quarter so many years back (TimeML's earnings reports)
    CHECK(timex_value_in(quarter + "Exports fell 8% from " + ago + ".", ago, dct) == expected + "-Q3");
    CHECK(timex_value_in("Net income in the third quarter rose to $5 million from $4 million " + ago + ".", ago, dct) ==
          expected + "-Q3");
  }
}

TEST_CASE("a day in a phrase 'after' or 'following' opens after a past verb came before that past", "[events][timex]") {
  const sys_days dct = 2024_y / jan / 15;
  for (unsigned m = 0; m < 12; ++m) {
    const std::string day = std::string(kMonths[m]) + " 20";
    const sys_days this_year = 2024_y / month{m + 1} / 20;
    // (the day a year back when this year's lies ahead of the DCT, with a report's few days' slack)
    const sys_days past = this_year > dct + days{3} ? sys_days{2023_y / month{m + 1} / 20} : this_year;
    for (const std::string& text : {"The bridge closed after the storm on " + day + ".",
                                    "Flights were halted following the attack on " + day + ".",
                                    "The plant shut down after a fire broke out on " + day + "."}) {
      INFO(text);
      CHECK(timex_value_in(text, day, dct) == iso(past));
    }
  }
  // a clause ahead keeps its day ahead, and a day that names a noun alone keeps a report's slack
  CHECK(timex_value_in("The bridge will close after the storm on March 3.", "March 3", dct) == "2024-03-03");
  CHECK(timex_value_in("The board declared a dividend, payable March 3.", "March 3", dct) == "2024-03-03");
}

TEST_CASE("a day on what a participle of arranging arranges lies after the clause that arranges it", "[events][timex]") {
  for (unsigned d = 0; d < 7; ++d) {
    const sys_days dct = weekday_after(sys_days{2025_y / jan / 18}, d);  // a DCT on each weekday
    const std::string today = kWeekdays[weekday{dct}.c_encoding()];
    for (unsigned w = 0; w < 7; ++w) {
      if (w == weekday{dct}.c_encoding()) continue;  // (the same weekday again is a reading of its own)
      const std::string day = kWeekdays[w];
      for (const std::string& text : {"Alcaraz beat Sinner on " + today + " night, setting up a clash with Djokovic on " + day + ".",
                                      "The union won the vote on " + today + ", lining up talks with the employers on " + day + ".",
                                      "Alcaraz beat Sinner on " + today + " night, booking a place in the final on " + day + "."}) {
        INFO(text);
        const auto value = parse_iso_day(timex_value_in(text, day, dct));
        REQUIRE(value);
        CHECK(*value > dct);
        CHECK(*value <= dct + days{7});
      }
    }
  }
  // a finite verb of arranging may be dated itself: the day stays with the clause's past
  CHECK(timex_value_in("The firm arranged a meeting with investors on Monday.", "Monday", 2025_y / jan / 22) == "2025-01-20");
}

TEST_CASE("a progressive of coming or starting is a plan ahead, in the past only when said", "[events][timex]") {
  const sys_days dct = 2024_y / sep / 10;
  for (const std::string month : kMonths)
    for (const auto& [was, is] : std::vector<std::pair<std::string, std::string>>{
             {"was coming", "is coming"}, {"was closing", "is closing"}, {"were launching", "are launching"}}) {
      const std::string told = "Raman said the new tablets " + was + " in " + month + ".";
      INFO(told);
      const std::string ahead = timex_value_in("The new tablets " + is + " in " + month + ".", month, dct);
      CHECK(ahead >= "2024-07");  // (a clause ahead keeps two months' slack)
      CHECK(ahead <= "2025-07");
      CHECK(timex_value_in(told, month, dct) == ahead);
      // untold, or of another verb, the past progressive stays in the past
      CHECK(timex_value_in("The new tablets " + was + " in " + month + " when the fire broke out.", month, dct) ==
            timex_value_in("The new tablets sold in " + month + " when the fire broke out.", month, dct));
      // (a past clause keeps a report's two months' slack: no later than November)
      CHECK(timex_value_in("Raman said the firm was struggling in " + month + ".", month, dct) <= "2024-11");
    }
}

TEST_CASE("the DCT's weekday told in a sentence of its own after a day ahead is the DCT", "[events][timex]") {
  for (unsigned d = 0; d < 7; ++d) {
    const sys_days dct = weekday_after(sys_days{2024_y / jul / 13}, d);  // a DCT on each weekday
    const std::string today = kWeekdays[weekday{dct}.c_encoding()];
    for (unsigned w = 0; w < 7; ++w) {
      if (w == weekday{dct}.c_encoding()) continue;
      const std::string text = std::string("The unit is expected back online on ") + kWeekdays[w] +
                               " morning. APS said demand could peak at about 6 p.m. on " + today + ".";
      INFO(text);
      CHECK(timex_value_in(text, "6 p.m. on " + today, dct) == iso(dct) + "T18:00");
    }
  }
}

TEST_CASE("a time 'for' gives a clause ahead runs from the article's date when no date is named to run from", "[events][timex]") {
  const sys_days dct = 2024_y / jan / 15;
  for (const auto& [lasting, length] : std::vector<std::pair<std::string, days>>{
           {"30 days", days{30}}, {"two weeks", days{14}}, {"10 days", days{10}}}) {
    for (const auto& [text, trigger] : std::vector<std::pair<std::string, std::string>>{
             {"Gift cards will be honored for " + lasting + ".", "honored"},
             {"The museum will be closed for " + lasting + ".", "closed"},
             {"The union will strike for " + lasting + ".", "strike"}}) {
      INFO(text);
      const auto g = graph_of_text(text, dct);
      const auto& event = event_with(g, trigger);
      REQUIRE(event.time.start);
      REQUIRE(event.time.end);
      CHECK(*event.time.start == dct);
      CHECK(*event.time.end == dct + length);
    }
  }
  // a named start dates the event instead, and a past clause's time lasted is no bound
  const auto g = graph_of_text("The plant will close for two weeks starting Monday, January 22.", dct);
  CHECK(g.events.front().time.start == sys_days{2024_y / jan / 22});
  const auto past = graph_of_text("The bridge was closed for three days.", dct);
  CHECK(!past.events.front().time.start);
}
