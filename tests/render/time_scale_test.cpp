#include "render/timeline/time_scale.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/common/interval.h"
#include "render/timeline/time_text.h"

using namespace date;
using chronograph::render::TextMetrics;
using chronograph::render::Tick;
using chronograph::render::TimeScale;

namespace {
double day_number(sys_days d) { return d.time_since_epoch().count(); }

std::vector<std::string> labels(const std::vector<Tick>& ticks) {
  std::vector<std::string> out;
  for (const auto& tick : ticks) out.push_back(tick.label);
  return out;
}

bool contains(const std::vector<std::string>& all, const std::string& one) {
  return std::find(all.begin(), all.end(), one) != all.end();
}

using Extents = std::vector<chronograph::render::AxisExtent>;

void add_days(Extents& extents, sys_days day, int count = 1) {
  for (int k = 0; k < count; ++k) extents.emplace_back(day_number(day), day_number(day) + 1);
}

// The shape of /tmp/h40a/a1_election.txt (DCT 8 Nov 2023): the town's founding year, a
// candidate's move in 1998 and his business "since 1998" up to the vote, an endorsement in
// August, the election week with most of the events, a recount and a plan to the end of 2024.
Extents election_story() {
  Extents out{{day_number(sys_days{1871_y / jan / 1}), day_number(sys_days{1872_y / jan / 1})},
              {day_number(sys_days{1998_y / jan / 1}), day_number(sys_days{1999_y / jan / 1})},
              {day_number(sys_days{1998_y / jan / 1}), day_number(sys_days{2023_y / nov / 9})},
              {day_number(sys_days{2023_y / aug / 1}), day_number(sys_days{2023_y / sep / 1})},
              {day_number(sys_days{2023_y / nov / 9}), day_number(sys_days{2023_y / nov / 13})},
              {day_number(sys_days{2023_y / nov / 8}), day_number(sys_days{2025_y / jan / 1})}};
  add_days(out, 2023_y / oct / 26);
  add_days(out, 2023_y / nov / 7, 4);
  add_days(out, 2023_y / nov / 8, 20);
  add_days(out, 2023_y / nov / 10);
  add_days(out, 2023_y / nov / 13);
  add_days(out, 2023_y / nov / 21);
  return out;
}

// The segment drawing `day`, or -1 when it lies in a break.
int segment_of(const TimeScale& scale, double day) {
  const auto& segments = scale.segments();
  for (std::size_t i = 0; i < segments.size(); ++i)
    if (day >= segments[i].day0 && day <= segments[i].day1) return static_cast<int>(i);
  return -1;
}
}  // namespace

TEST_CASE("the axis picks its step from the span, minutes to millennia", "[render][axis]") {
  TextMetrics metrics;
  const double dec7 = day_number(sys_days{2021_y / dec / 7});
  const auto [begin, end, expected] = GENERATE_COPY(table<double, double, std::string>({
      {dec7 + 14.0 / 24, dec7 + 14.0 / 24 + 1.0 / 1440, "14:01"},  // one minute
      {dec7 + 0.25, dec7 + 0.75, "12:00"},                         // half a day
      {dec7, dec7 + 10, "10 Dec"},                                 // ten days
      {day_number(sys_days{2021_y / jan / 1}), day_number(sys_days{2022_y / jan / 1}), "Jul"},
      {day_number(sys_days{1900_y / jan / 1}), day_number(sys_days{2000_y / jan / 1}), "1950"},
      {day_number(sys_days{year{-499} / jan / 1}), day_number(sys_days{year{1500} / jan / 1}), "200 BCE"},
      {day_number(sys_days{year{-519} / jan / 1}), day_number(sys_days{year{-479} / jan / 1}), "500 BCE"},
  }));
  const auto scale = TimeScale::build({{begin, end}}, 100, 1300);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  CHECK(ticks.size() >= 2);
  CHECK(contains(labels(ticks), expected));
}

TEST_CASE("the first day label in a new year says the year", "[render][axis]") {
  TextMetrics metrics;
  const auto scale = TimeScale::build({{day_number(sys_days{2023_y / dec / 10}), day_number(sys_days{2024_y / jan / 20})}}, 100, 1300);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  bool seen_2024 = false;
  for (const auto& tick : ticks) {
    const bool in_2024 = tick.day >= day_number(sys_days{2024_y / jan / 1});
    if (in_2024 && !seen_2024) CHECK(tick.label.ends_with("2024"));
    if (in_2024 && seen_2024) CHECK_FALSE(tick.label.ends_with("2024"));
    seen_2024 = seen_2024 || in_2024;
  }
  CHECK(seen_2024);
}

TEST_CASE("an axis counting hours names every day it crosses at its midnight", "[render][axis]") {
  TextMetrics metrics;
  const double nov6 = day_number(sys_days{2025_y / nov / 6});
  for (const double hours : {36.0, 60.0, 84.0, 100.0}) {
    for (const double width : {700.0, 1000.0, 1300.0}) {
      const auto scale = TimeScale::build({{nov6 + 15.0 / 24, nov6 + (15.0 + hours) / 24}}, 100, 100 + width);
      const auto ticks = scale.ticks(metrics, 11);
      INFO(hours << " hours over " << width << " px: " << fmt::format("{}", fmt::join(labels(ticks), " | ")));
      if (std::none_of(ticks.begin(), ticks.end(), [](const Tick& t) { return t.label.find(':') != std::string::npos; }))
        continue;  // (an axis of days names them anyway)
      for (double day = nov6 + 1; day < nov6 + (15.0 + hours) / 24; ++day) {
        const auto at = std::find_if(ticks.begin(), ticks.end(), [&](const Tick& t) { return std::abs(t.day - day) < 1e-9; });
        CHECK(at != ticks.end());
      }
      for (std::size_t k = 1; k < ticks.size(); ++k) CHECK(ticks[k].label_x >= ticks[k - 1].label_x + ticks[k - 1].label_width);
      // (and the first label still says the year, whichever tick it is)
      REQUIRE_FALSE(ticks.empty());
      CHECK(ticks.front().label.find("2025") != std::string::npos);
    }
  }
}

TEST_CASE("a one-minute span gets minute ticks and labels that fit", "[render][axis]") {
  TextMetrics metrics;
  const double noon = day_number(sys_days{2021_y / dec / 7}) + 0.5;
  const auto scale = TimeScale::build({{noon, noon + 1.0 / 1440}}, 0, 1200);
  const auto ticks = scale.ticks(metrics, 11);
  REQUIRE(!ticks.empty());
  CHECK(ticks.front().label == "7 Dec 2021 12:00");
  double last_right = -1;
  for (const auto& tick : ticks) {
    CHECK(tick.label_x >= last_right);
    CHECK(tick.label_x + tick.label_width <= 1200.01);
    last_right = tick.label_x + tick.label_width;
  }
}

TEST_CASE("a long empty gap becomes a break, a short one does not", "[render][axis]") {
  const double june = day_number(sys_days{2021_y / jun / 1}), dec3 = day_number(sys_days{2021_y / dec / 3});
  const double january = day_number(sys_days{2022_y / jan / 1});
  // five empty months of eleven: broken; the 24 days between the December bar and 2022 are not,
  // as nothing in December needs telling apart by the day
  const auto scale = TimeScale::build({{june, june + 30}, {dec3, dec3 + 5}, {january, january + 120}}, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  // A break is narrower than the five months it hides would be.
  CHECK(scale.x(dec3) - scale.x(june + 30) < 0.3 * 1000);
  const auto one = TimeScale::build({{june, june + 30}, {june + 35, june + 60}}, 0, 1000);
  CHECK(one.segments().size() == 1);
}

TEST_CASE("a few days of news after a quiet quarter get a segment of their own beside years of background", "[render][axis]") {
  const double start = day_number(sys_days{2019_y / jan / 1}), july = day_number(sys_days{2024_y / jul / 1});
  const double april = day_number(sys_days{2025_y / apr / 2});
  // 2019 to mid-2024 without a long gap, then half a year, then three months of quiet and four days of news
  std::vector<chronograph::render::AxisExtent> extents;
  for (double d = start; d < july; d += 200) extents.emplace_back(d, d + 250);
  extents.emplace_back(july, july + 180);
  for (int k = 0; k < 4; ++k) extents.emplace_back(april + k, april + k + 1);
  const auto scale = TimeScale::build(extents, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  CHECK(scale.x(april + 3) - scale.x(april) > 40);  // readable days, not a pile at the edge
  // gaps shorter than the runs beside them stay unbroken
  std::vector<chronograph::render::AxisExtent> even;
  for (double d = 0; d < 730; d += 50) even.emplace_back(d, d + 30);
  CHECK(TimeScale::build(even, 0, 1000).segments().size() == 1);
}

TEST_CASE("a burst of news gets a segment of its own beside a background year, even months apart", "[render][axis]") {
  const double year2022 = day_number(sys_days{2022_y / jan / 1}), may2023 = day_number(sys_days{2023_y / may / 1});
  // six years of background told year by year ("a drought every year since 2017"), four months
  // of nothing, then three weeks of flood news: the gap is shorter than the share of the span
  // that breaks an axis, and shorter than eight times the news' three weeks
  const int dates = GENERATE(5, 12, 30);
  std::vector<chronograph::render::AxisExtent> background;
  for (int y = 2017; y <= 2022; ++y)
    background.emplace_back(day_number(sys_days{year{y} / jan / 1}), day_number(sys_days{year{y + 1} / jan / 1}));
  std::vector<chronograph::render::AxisExtent> extents = background;
  for (int k = 0; k < dates; ++k) extents.emplace_back(may2023 + k % 21, may2023 + k % 21 + 1);
  const auto scale = TimeScale::build(extents, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  CHECK(scale.x(may2023 + 21) - scale.x(may2023) > 300);  // not the 40 pixels a year of background leaves them
  // dates every four days, ten days after the background ends, are no burst: they stay joined
  // to it when few, and when many they need the room of a segment of their own
  std::vector<chronograph::render::AxisExtent> joined = background;
  for (int k = 0; k < dates; ++k) joined.emplace_back(year2022 + 375 + 4 * k, year2022 + 376 + 4 * k);
  const auto joined_scale = TimeScale::build(joined, 0, 1000);
  CHECK(joined_scale.x(year2022 + 379.5) - joined_scale.x(year2022 + 375.5) >= 16);
}

TEST_CASE("across a break each segment's width follows how many dates it holds, not how long it is", "[render][axis]") {
  const double oct2019 = day_number(sys_days{2019_y / oct / 1}), may2023 = day_number(sys_days{2023_y / may / 20});
  // one storm of a month four years ago beside twelve events of ten days
  std::vector<chronograph::render::AxisExtent> extents{{oct2019, oct2019 + 31}};
  for (int k = 0; k < 12; ++k) extents.emplace_back(may2023 + k % 10, may2023 + k % 10 + 1);
  const auto scale = TimeScale::build(extents, 0, 1000);
  REQUIRE(scale.segments().size() == 2);
  const auto width = [](const auto& segment) { return segment.x1 - segment.x0; };
  CHECK(width(scale.segments()[1]) > 3 * width(scale.segments()[0]));
  // a quiet segment keeps a readable floor
  CHECK(width(scale.segments()[0]) > 0.15 * 1000);
}

TEST_CASE("the time scale is monotonic across breaks", "[render][axis]") {
  const auto scale = TimeScale::build({{0, 1}, {400, 401}, {5000, 5001}, {5003, 5004}}, 10, 910);
  double last = -1;
  for (double d = -10; d < 5020; d += 0.5) {
    const double x = scale.x(d);
    CHECK(x >= last);
    last = x;
  }
  CHECK(scale.x(-1000) == 10);
  CHECK(scale.x(1e6) == 910);
}

TEST_CASE("dates read as a reader says them, BCE included", "[render][axis]") {
  using chronograph::render::format_day_label;
  using chronograph::render::format_month_label;
  CHECK(format_day_label(day_number(sys_days{2021_y / dec / 7}), true) == "7 Dec 2021");
  CHECK(format_month_label(day_number(sys_days{year{-499} / mar / 15}), true) == "Mar 500 BCE");
  CHECK(chronograph::render::format_clock_label(day_number(sys_days{2021_y / dec / 7}) + 0.75) == "18:00");
}

TEST_CASE("an event's date reads as a reader says it, its part named once", "[render][dates]") {
  using chronograph::Precision;
  using chronograph::graph::EventTime;
  using chronograph::render::describe_date;
  const auto closed = [](sys_days start, sys_days end, Precision precision, std::string mod) {
    EventTime t;
    t.start = start;
    t.end = end;
    t.precision = precision;
    t.mod = std::move(mod);
    return t;
  };
  CHECK(describe_date(closed(2022_y / jan / 1, 2022_y / apr / 30, Precision::Year, "START")) == "early 2022");
  CHECK(describe_date(closed(2023_y / jul / 3, 2023_y / jul / 4, Precision::Week, "START")) == "3 Jul – 4 Jul 2023");
  CHECK(describe_date(closed(2023_y / jul / 3, 2023_y / jul / 4, Precision::Week, "APPROX")) == "about 3 Jul – 4 Jul 2023");
  CHECK(describe_date(closed(2021_y / dec / 7, 2021_y / dec / 7, Precision::Day, "START")) == "early 7 Dec 2021");
  // spans of whole years or months ("between 2020 and 2022", "from May to July", a quarter)
  CHECK(describe_date(closed(2020_y / jan / 1, 2022_y / dec / 31, Precision::Year, "")) == "2020 – 2022");
  CHECK(describe_date(closed(2023_y / may / 1, 2023_y / jul / 31, Precision::Month, "")) == "May – Jul 2023");
  CHECK(describe_date(closed(2022_y / nov / 1, 2023_y / feb / 28, Precision::Month, "")) == "Nov 2022 – Feb 2023");
  // "since mid-September", closed by the article's date: the part names no interval that runs past its month
  CHECK(describe_date(closed(2023_y / sep / 11, 2023_y / nov / 14, Precision::Month, "MID")) == "11 Sep – 14 Nov 2023");
  CHECK(describe_date(closed(2021_y / sep / 1, 2022_y / mar / 4, Precision::Year, "END")) == "1 Sep 2021 – 4 Mar 2022");
  // a part of a year that runs on past that part ("since early 2024", closed by the article's date)
  CHECK(describe_date(closed(2024_y / jan / 1, 2024_y / nov / 13, Precision::Year, "START")) == "1 Jan – 13 Nov 2024");
  CHECK(describe_date(closed(2024_y / may / 1, 2024_y / aug / 31, Precision::Year, "MID")) == "mid-2024");
  CHECK(describe_date(closed(2024_y / jan / 1, 2024_y / may / 31, Precision::Year, "START")) == "1 Jan – 31 May 2024");
  CHECK(describe_date(closed(2020_y / jan / 1, 2025_y / jun / 11, Precision::Decade, "START")) == "1 Jan 2020 – 11 Jun 2025");
  // decades and centuries, or a part of one, say so rather than their first and last days
  CHECK(describe_date(closed(2033_y / may / 1, 2036_y / aug / 31, Precision::Decade, "MID")) == "mid-2030s");
  CHECK(describe_date(closed(1990_y / jan / 1, 1999_y / dec / 31, Precision::Decade, "")) == "the 1990s");
  CHECK(describe_date(closed(2000_y / jan / 1, 2003_y / apr / 30, Precision::Decade, "START")) == "early 2000s");
  CHECK(describe_date(closed(1986_y / sep / 1, 1989_y / dec / 31, Precision::Decade, "END")) == "late 1980s");
  CHECK(describe_date(closed(1900_y / jan / 1, 1933_y / apr / 30, Precision::Century, "START")) == "early 20th century");
  CHECK(describe_date(closed(2001_y / jan / 1, 2021_y / apr / 30, Precision::Century, "APPROX")) == "the 21st century");
  // one bound: the day itself, on it or before (or after) it
  EventTime by;
  by.end = 2021_y / dec / 4;
  CHECK(describe_date(by) == "by 4 Dec 2021");
  EventTime from;
  from.start = 2021_y / dec / 4;
  CHECK(describe_date(from) == "not before 4 Dec 2021");
  CHECK(describe_date(EventTime{}, sys_days{2021_y / dec / 4}) == "as of 4 Dec 2021");
  CHECK(describe_date(EventTime{}) == "undated");
}



TEST_CASE("a part of a day is named after the day, with the part of it a mod says", "[render][dates]") {
  using chronograph::Precision;
  using chronograph::graph::EventTime;
  using chronograph::render::describe_date;
  const auto part = [](sys_days day, std::string value, std::string mod) {
    EventTime t;
    t.start = t.end = day;
    t.precision = Precision::Day;
    t.value = std::move(value);
    t.mod = std::move(mod);
    return t;
  };
  CHECK(describe_date(part(1974_y / apr / 25, "1974-04-25TEV", "START")) == "25 Apr 1974, early evening");
  CHECK(describe_date(part(2025_y / feb / 12, "2025-02-12TNI", "")) == "12 Feb 2025, night");
  CHECK(describe_date(part(2024_y / mar / 1, "2024-03-01TMO", "END")) == "1 Mar 2024, late morning");
  CHECK(describe_date(part(2024_y / mar / 1, "2024-03-01TAF", "MID")) == "1 Mar 2024, mid-afternoon");
  // a day with no part keeps its mod before it
  CHECK(describe_date(part(2021_y / dec / 7, "2021-12-07", "START")) == "early 7 Dec 2021");
}

TEST_CASE("issue 40: a week of election news beside a business run since 1998 gets a day's width per day", "[render][axis]") {
  TextMetrics metrics;
  const auto scale = TimeScale::build(election_story(), 0, 1150);
  const double nov7 = day_number(sys_days{2023_y / nov / 7});
  // distinct days lie apart (the old axis drew 1996..2027 linearly: 0.1 px a day)
  for (int k = 0; k < 14; ++k) CHECK(scale.x(nov7 + k + 1.5) - scale.x(nov7 + k + 0.5) >= 25);
  // and the week is labelled by its days
  std::size_t day_ticks = 0;
  for (const auto& tick : scale.ticks(metrics, 11))
    day_ticks += tick.mark && tick.day >= nov7 && tick.day <= nov7 + 14 ? 1 : 0;
  INFO(fmt::format("{}", fmt::join(labels(scale.ticks(metrics, 11)), " | ")));
  CHECK(day_ticks >= 5);
}

TEST_CASE("clusters far apart each get a segment of their own, in time order", "[render][axis]") {
  // two days in 1871, two in 1998, ten of news in 2023, and a bar from 1998 to the news that
  // leaves no empty gap between the last two
  Extents extents{{day_number(sys_days{1998_y / may / 5}), day_number(sys_days{2023_y / nov / 9})}};
  add_days(extents, 1871_y / mar / 1);
  add_days(extents, 1871_y / mar / 3);
  add_days(extents, 1998_y / may / 5);
  add_days(extents, 1998_y / may / 7);
  for (int k = 0; k < 10; ++k) add_days(extents, sys_days{2023_y / nov / 1} + days{k}, 2);
  const auto scale = TimeScale::build(extents, 0, 1150);
  REQUIRE(scale.segments().size() >= 3);
  const int in_1871 = segment_of(scale, day_number(sys_days{1871_y / mar / 1}) + 0.5);
  const int in_1998 = segment_of(scale, day_number(sys_days{1998_y / may / 5}) + 0.5);
  const int in_2023 = segment_of(scale, day_number(sys_days{2023_y / nov / 1}) + 0.5);
  CHECK(in_1871 >= 0);
  CHECK(in_1871 < in_1998);
  CHECK(in_1998 < in_2023);
  CHECK(segment_of(scale, day_number(sys_days{1998_y / may / 7}) + 0.5) == in_1998);
  CHECK(segment_of(scale, day_number(sys_days{2023_y / nov / 10}) + 0.5) == in_2023);
  // every segment holds two days that can be told apart
  CHECK(scale.x(day_number(sys_days{1871_y / mar / 3})) - scale.x(day_number(sys_days{1871_y / mar / 1})) >= 16);
  CHECK(scale.x(day_number(sys_days{1998_y / may / 7})) - scale.x(day_number(sys_days{1998_y / may / 5})) >= 16);
}

TEST_CASE("a bar across breaks is drawn continuous from its first year to its last day", "[render][axis]") {
  const auto scale = TimeScale::build(election_story(), 0, 1150);
  const double jan1998 = day_number(sys_days{1998_y / jan / 1}), nov9 = day_number(sys_days{2023_y / nov / 9});
  // its two ends in different segments: the background's, the news'
  const int first = segment_of(scale, jan1998), last = segment_of(scale, nov9 - 0.5);
  REQUIRE(first >= 0);
  CHECK(last > first);
  // the bar covers the breaks it crosses: no hole between where it starts and where it ends
  const auto& segments = scale.segments();
  for (int i = first; i < last; ++i) {
    const double inside_break = (segments[static_cast<std::size_t>(i)].day1 + segments[static_cast<std::size_t>(i) + 1].day0) / 2;
    CHECK(scale.x(inside_break) > segments[static_cast<std::size_t>(i)].x1);
    CHECK(scale.x(inside_break) < segments[static_cast<std::size_t>(i) + 1].x0);
  }
  // and it reads as the long span it is: from the start of its segment to the news
  const auto& start = segments[static_cast<std::size_t>(first)];
  CHECK(scale.x(jan1998) - start.x0 < 0.25 * (start.x1 - start.x0));
  CHECK(scale.x(nov9) > segments[static_cast<std::size_t>(last)].x0);
}

TEST_CASE("the time scale of a story over many scales is monotonic and keeps distinct days apart", "[render][axis]") {
  const auto extents = election_story();
  const auto scale = TimeScale::build(extents, 0, 1150);
  double last = -1;
  for (double d = day_number(sys_days{1870_y / jan / 1}); d < day_number(sys_days{2026_y / jan / 1}); d += 0.25) {
    const double x = scale.x(d);
    CHECK(x >= last);
    last = x;
    if (d > day_number(sys_days{1872_y / jan / 1}) && d < day_number(sys_days{1997_y / jan / 1})) d += 30;
  }
  std::vector<double> days;
  for (const auto& [begin, end, weight, whole] : extents)
    if (end - begin <= 1) days.push_back(begin + 0.5);
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  for (std::size_t i = 1; i < days.size(); ++i) CHECK(scale.x(days[i]) - scale.x(days[i - 1]) >= 16);
}

TEST_CASE("dates spread evenly stay on one linear axis", "[render][axis]") {
  const double start = day_number(sys_days{2020_y / jan / 1});
  // a date a month for two years, a date a week for a year, and a month of daily news
  const auto [count, step] = GENERATE(table<int, double>({{24, 30.4}, {52, 7}, {31, 1}}));
  Extents extents;
  for (int k = 0; k < count; ++k) extents.emplace_back(start + k * step, start + k * step + 1);
  const auto scale = TimeScale::build(extents, 0, 1150);
  REQUIRE(scale.segments().size() == 1);
  const double first = scale.x(start + 0.5), second = scale.x(start + step + 0.5);
  CHECK(scale.x(start + (count - 1) * step + 0.5) - first == Approx((count - 1) * (second - first)));
}

// The shape of /tmp/h40b/a6_roundup.txt (DCT 2 Jun 2023): background months and years from
// 2016, a week of news with its follow-ups, dates later in 2023 and one in 2027.
Extents roundup_story() {
  const auto month = [](year_month ym) {
    return chronograph::render::AxisExtent{day_number(sys_days{ym / 1}), day_number(sys_days{(ym + months{1}) / 1})};
  };
  Extents out{month(2016_y / oct), month(2019_y / apr), month(2023_y / mar), month(2023_y / apr),
              {day_number(sys_days{2022_y / jan / 1}), day_number(sys_days{2023_y / jan / 1})},
              {day_number(sys_days{2023_y / sep / 1}), day_number(sys_days{2024_y / jan / 1})}};
  for (int k = 0; k < 12; ++k) add_days(out, sys_days{2023_y / may / 28} + days{k}, 1 + k % 3);
  for (const auto day : {2023_y / jun / 17, 2023_y / jun / 30, 2023_y / jul / 27, 2023_y / aug / 31,
                         2023_y / nov / 5, 2027_y / dec / 31})
    add_days(out, day);
  return out;
}

TEST_CASE("every segment is labelled, by two ticks or more or else by one label naming its dates", "[render][axis]") {
  TextMetrics metrics;
  const auto extents = GENERATE(election_story(), roundup_story());
  const auto scale = TimeScale::build(extents, 0, 1150);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  std::size_t named = 0;
  for (std::size_t i = 0; i < scale.segments().size(); ++i) {
    const auto& segment = scale.segments()[i];
    std::vector<Tick> own;
    for (const auto& tick : ticks)
      if (tick.x >= segment.x0 && tick.x <= segment.x1) own.push_back(tick);
    INFO(fmt::format("segment {}: {}", i, fmt::join(labels(own), " | ")));
    REQUIRE(!own.empty());
    if (own.size() >= 2) {
      for (const auto& tick : own) CHECK(tick.mark);
      continue;
    }
    // "Oct 2016", "2019–2023", "Jul – Nov 2023": the year it starts in is named
    const auto first_year = chronograph::format_year_label(year_month_day{sys_days{days{static_cast<int>(segment.content_begin)}}}.year());
    CHECK_FALSE(own.front().mark);
    CHECK(own.front().label.find(first_year) != std::string::npos);
    ++named;
  }
  if (extents == roundup_story()) CHECK(named >= 2);
}

TEST_CASE("a one-sided bound read from a coarse date is told at that date's precision, not as a day", "[render][dates]") {
  using chronograph::Precision;
  using chronograph::graph::EventTime;
  using chronograph::render::describe_date;
  const auto bound = [](bool is_end, sys_days day, Precision precision, std::string mod, std::string value = {}) {
    EventTime t;
    (is_end ? t.end : t.start) = day;
    t.precision = precision;
    t.mod = std::move(mod);
    t.value = std::move(value);
    return t;
  };
  // "By the mid-1980s, her curve had become the standard."
  CHECK(describe_date(bound(true, 1986_y / aug / 31, Precision::Decade, "MID", "198")) == "by mid-1980s");
  CHECK(describe_date(bound(true, 1989_y / dec / 31, Precision::Decade, "")) == "by the 1980s");
  CHECK(describe_date(bound(false, 2030_y / jan / 1, Precision::Decade, "START")) == "not before early 2030s");
  CHECK(describe_date(bound(true, 1999_y / dec / 31, Precision::Century, "END")) == "by late 20th century");
  CHECK(describe_date(bound(true, 2024_y / dec / 31, Precision::Year, "")) == "by 2024");
  CHECK(describe_date(bound(false, 2019_y / jan / 1, Precision::Year, "")) == "not before 2019");
  CHECK(describe_date(bound(true, 2024_y / aug / 31, Precision::Year, "MID")) == "by mid-2024");
  CHECK(describe_date(bound(true, 2023_y / mar / 31, Precision::Month, "")) == "by Mar 2023");
  CHECK(describe_date(bound(false, 2023_y / mar / 21, Precision::Month, "END")) == "not before late Mar 2023");
  CHECK(describe_date(bound(true, 2027_y / mar / 31, Precision::Quarter, "", "2027-Q1")) == "by Q1 2027");
  CHECK(describe_date(bound(false, 2025_y / oct / 1, Precision::Quarter, "")) == "not before Q4 2025");
  CHECK(describe_date(bound(true, 2024_y / aug / 31, Precision::Season, "", "2024-SU")) == "by summer 2024");
  CHECK(describe_date(bound(false, 2023_y / dec / 1, Precision::Season, "", "2023-WI")) == "not before winter 2023");
  // a day, a time of day, a week or an unknown grain: the day itself
  CHECK(describe_date(bound(true, 2021_y / dec / 4, Precision::Day, "")) == "by 4 Dec 2021");
  CHECK(describe_date(bound(true, 2021_y / dec / 4, Precision::Instant, "", "2021-12-04T10:00")) == "by 4 Dec 2021");
  CHECK(describe_date(bound(true, 2023_y / jul / 9, Precision::Week, "", "2023-W27")) == "by 9 Jul 2023");
  CHECK(describe_date(bound(false, 2021_y / dec / 4, Precision::Unknown, "")) == "not before 4 Dec 2021");
  CHECK(describe_date(bound(true, 2024_y / aug / 31, Precision::Season, "", "2024")) == "by 31 Aug 2024");
}

namespace {

// The shape of tester 46's a5 (tennis, DCT 22 Jan 2025): a record since 2008, a title in 2023,
// three bars of 2024 and months of 2024, the tournament's days, February and 2026.
Extents tennis_story() {
  const auto span = [](sys_days from, sys_days to) { return chronograph::render::AxisExtent{day_number(from), day_number(to)}; };
  const auto year = [&](int y) { return span(sys_days{::date::year{y} / jan / 1}, sys_days{::date::year{y + 1} / jan / 1}); };
  const auto month = [&](year_month ym) { return span(sys_days{ym / 1}, sys_days{(ym + months{1}) / 1}); };
  Extents out{span(sys_days{2008_y / jan / 1}, sys_days{2025_y / jan / 23}), year(2023), year(2024), year(2024),
              year(2024), month(2024_y / may), span(sys_days{2024_y / jun / 1}, sys_days{2024_y / sep / 1}),
              month(2024_y / oct), month(2024_y / oct), month(2024_y / oct), month(2024_y / dec),
              month(2025_y / feb), year(2026)};
  for (int k = 16; k <= 26; ++k) add_days(out, sys_days{2025_y / jan / 1} + days{k - 1}, k == 22 ? 7 : 1 + k % 2);
  return out;
}

// The label of the last tick at or left of `x` in the segment drawing `x`: what a reader takes
// a mark there to be dated.
std::string label_left_of(const TimeScale& scale, const std::vector<Tick>& ticks, double x) {
  const double left = scale.segment_left(x);
  std::string out;
  for (const auto& tick : ticks)
    if (tick.x >= left && tick.x <= x + 0.5) out = tick.label;
  return out;
}

}  // namespace

TEST_CASE("tester46 R2: a year after the year before it is drawn apart from it and read off its own tick", "[render][axis]") {
  TextMetrics metrics;
  const auto extents = tennis_story();
  const auto scale = TimeScale::build(extents, 0, 1150);
  const auto ticks = scale.ticks(metrics, 11);
  INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
  const double y2023 = day_number(sys_days{2023_y / jan / 1}), y2024 = day_number(sys_days{2024_y / jan / 1});
  CHECK(scale.x(y2024) - scale.x(y2023) >= 16);
  // the axis left of each start names its own year, not one before it ("2020" under 2023)
  CHECK(label_left_of(scale, ticks, scale.x(y2023) + 8).find("2023") != std::string::npos);
  CHECK(label_left_of(scale, ticks, scale.x(y2024) + 8).find("2024") != std::string::npos);
}

TEST_CASE("tester46 R2: two periods one after the other are told apart, the longer one later too", "[render][axis]") {
  // a record since 1990, two periods one after the other (the later one longer), a week of
  // news in March 2025
  const auto [first, second, after] = GENERATE(table<sys_days, sys_days, sys_days>({
      {sys_days{2023_y / jan / 1}, sys_days{2024_y / jan / 1}, sys_days{2025_y / jan / 1}},
      {sys_days{2024_y / sep / 1}, sys_days{2024_y / oct / 1}, sys_days{2024_y / nov / 1}},
      {sys_days{2024_y / feb / 1}, sys_days{2024_y / mar / 1}, sys_days{2024_y / apr / 1}}}));
  Extents extents{{day_number(sys_days{1990_y / jan / 1}), day_number(sys_days{2025_y / mar / 2})},
                  {day_number(first), day_number(second)},
                  {day_number(second), day_number(after)}};
  for (int k = 0; k < 7; ++k) add_days(extents, sys_days{2025_y / mar / 1} + days{k});
  const auto scale = TimeScale::build(extents, 0, 1150);
  CHECK(scale.x(day_number(second)) - scale.x(day_number(first)) >= 16);
}

TEST_CASE("tester46 R2: periods inside a year, one after the other, ask for no break", "[render][axis]") {
  const auto month = [](year_month ym) { return chronograph::render::AxisExtent{day_number(sys_days{ym / 1}), day_number(sys_days{(ym + months{1}) / 1})}; };
  const Extents extents{{day_number(sys_days{2022_y / jan / 1}), day_number(sys_days{2023_y / jan / 1})},
                        month(2022_y / mar), month(2022_y / may)};
  CHECK(TimeScale::build(extents, 0, 1150).segments().size() == 1);
}

TEST_CASE("tester47: a segment made for one day is named by one label though other segments count hours", "[render][axis]") {
  TextMetrics metrics;
  // a bound far back (a day of 1999) beside a quake's days told by the clock
  for (const auto far : {sys_days{1999_y / jan / 1}, sys_days{2011_y / jun / 15}, sys_days{1987_y / oct / 19}}) {
    Extents extents{{day_number(far), day_number(far) + 1}};
    const double quake = day_number(sys_days{2026_y / mar / 1});
    for (int h = 0; h < 24 * 8; h += 5) extents.emplace_back(quake + h / 24.0, quake + h / 24.0);
    const auto scale = TimeScale::build(extents, 0, 1150);
    const auto ticks = scale.ticks(metrics, 11);
    INFO(fmt::format("{}", fmt::join(labels(ticks), " | ")));
    std::vector<Tick> first;
    for (const auto& tick : ticks)
      if (tick.x <= scale.segments().front().x1) first.push_back(tick);
    REQUIRE(first.size() == 1);
    CHECK_FALSE(first.front().mark);
    CHECK(first.front().label == chronograph::render::format_day_label(day_number(far), true));
  }
}

TEST_CASE("events known only by a bound claim less of the axis than dated ones", "[render][scale]") {
  // A history of dated events over three decades, and a dozen events known only as "by the
  // article's date": drawn as light, the dozen leave the history more room.
  const double dct = day_number(sys_days{2019_y / may / 12});
  auto story = [&](double bound_weight) {
    std::vector<chronograph::render::AxisExtent> extents;
    for (int y = 1990; y <= 2015; y += 5) {
      const double d = day_number(sys_days{::date::year{y} / mar / 1});
      extents.push_back({d, d + 1});
    }
    for (int k = 0; k < 12; ++k) extents.push_back({dct, dct + 1, bound_weight});
    extents.push_back({dct - 2, dct - 1});
    return TimeScale::build(extents, 0, 1200);
  };
  const auto heavy = story(1), light = story(0.25);
  REQUIRE(heavy.segments().size() >= 2);
  REQUIRE(light.segments().size() == heavy.segments().size());
  const auto width = [](const chronograph::render::ScaleSegment& s) { return s.x1 - s.x0; };
  CHECK(width(light.segments().front()) > width(heavy.segments().front()) + 50);
  CHECK(width(light.segments().back()) < width(heavy.segments().back()));
}
