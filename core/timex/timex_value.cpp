// interval_of_value: a TIMEX3 value (and mod) to the calendar interval the graph uses.
#include "core/timex/timex.h"

#include <charconv>

#include <date/iso_week.h>

#include "core/common/utc_offset.h"

namespace chronograph::core {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

Interval months_span(date::year_month first, int count, Precision precision) {
  const date::year_month last = first + date::months{count - 1};
  return {date::sys_days{first / 1}, date::sys_days{last / date::last}, precision};
}

std::optional<Interval> season(date::year y, std::string_view code) {
  // Northern hemisphere, meteorological seasons; winter YYYY runs Dec YYYY..Feb YYYY+1.
  if (code == "SP") return months_span(y / date::mar, 3, Precision::Season);
  if (code == "SU") return months_span(y / date::jun, 3, Precision::Season);
  if (code == "FA") return months_span(y / date::sep, 3, Precision::Season);
  if (code == "WI") return months_span(y / date::dec, 3, Precision::Season);
  return std::nullopt;
}

std::optional<Interval> week(date::year y, std::string_view rest) {
  // rest: "49" or "49-WE"
  if (rest.size() < 2 || !all_digits(rest.substr(0, 2))) return std::nullopt;
  const unsigned wn = static_cast<unsigned>(to_int(rest.substr(0, 2)));
  const iso_week::year_weeknum_weekday monday{iso_week::year{static_cast<int>(y)},
                                              iso_week::weeknum{wn}, iso_week::mon};
  if (!monday.ok()) return std::nullopt;
  const date::sys_days start{monday};
  if (rest.size() == 2) return Interval{start, start + date::days{6}, Precision::Week};
  if (rest.substr(2) == "-WE") return Interval{start + date::days{5}, start + date::days{6}, Precision::Week};
  return std::nullopt;
}

// Everything after "YYYY-".
std::optional<Interval> within_year(date::year y, std::string_view rest) {
  if (rest.size() == 2 && all_digits(rest)) {
    const date::year_month ym{y, date::month{static_cast<unsigned>(to_int(rest))}};
    if (!ym.ok()) return std::nullopt;
    return whole_month(ym);
  }
  if (rest.size() >= 5 && all_digits(rest.substr(0, 2)) && rest[2] == '-' && all_digits(rest.substr(3, 2))) {
    const date::year_month_day ymd{y, date::month{static_cast<unsigned>(to_int(rest.substr(0, 2)))},
                                   date::day{static_cast<unsigned>(to_int(rest.substr(3, 2)))}};
    if (!ymd.ok()) return std::nullopt;
    if (rest.size() == 5) return whole_day(date::sys_days{ymd});
    if (rest[5] != 'T') return std::nullopt;
    const std::string_view time = rest.substr(6);
    const bool clock = time.size() >= 2 && all_digits(time.substr(0, 2)) &&
                       (time.size() == 2 || (time.size() == 5 && time[2] == ':' && all_digits(time.substr(3))));
    const bool part_of_day = time == "MO" || time == "MI" || time == "AF" || time == "EV" || time == "NI" || time == "DT";
    if (!clock && !part_of_day) return std::nullopt;
    return Interval{date::sys_days{ymd}, date::sys_days{ymd}, clock ? Precision::Instant : Precision::Day};
  }
  if (rest.size() >= 3 && rest[0] == 'W') return week(y, rest.substr(1));
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4')
    return months_span(y / date::month{static_cast<unsigned>((rest[1] - '1') * 3 + 1)}, 3, Precision::Quarter);
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'))
    return months_span(y / (rest[1] == '1' ? date::jan : date::jul), 6, kHalfYearPrecision);
  return season(y, rest);
}

std::optional<Interval> unmodified(std::string_view value) {
  int sign = 1;
  if (!value.empty() && value[0] == '-') {
    sign = -1;
    value.remove_prefix(1);
  }
  std::size_t digits = 0;
  while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9') ++digits;
  const std::string_view head = value.substr(0, digits);
  const std::string_view rest = value.substr(digits);
  // BCE centuries and decades count back from year 0: "-04" is ISO -0499..-0400 (500-401 BCE).
  if (head.size() == 2 && rest.empty()) {  // century: "19" = 1900..1999
    const int first = sign > 0 ? to_int(head) * 100 : -(to_int(head) * 100 + 99);
    // (there is no year 0 AD: "the first century AD", "00", starts in year 1; ISO 0 is 1 BCE)
    if (sign > 0 && first == 0) return Interval{whole_year(date::year{1}).start, whole_year(date::year{99}).end, Precision::Century};
    return Interval{whole_year(date::year{first}).start, whole_year(date::year{first + 99}).end, Precision::Century};
  }
  if (head.size() == 1 && rest.empty()) {  // millennium: "2" = 2000..2999, "-2" = -2999..-2000
    const int first = sign > 0 ? to_int(head) * 1000 : -(to_int(head) * 1000 + 999);
    if (sign > 0 && first == 0) return Interval{whole_year(date::year{1}).start, whole_year(date::year{999}).end, Precision::Century};
    return Interval{whole_year(date::year{first}).start, whole_year(date::year{first + 999}).end, Precision::Century};
  }
  if (head.size() == 3 && rest.empty()) {  // decade: "199" = 1990..1999
    const int first = sign > 0 ? to_int(head) * 10 : -(to_int(head) * 10 + 9);
    return Interval{whole_year(date::year{first}).start, whole_year(date::year{first + 9}).end, Precision::Decade};
  }
  if (head.size() != 4) return std::nullopt;
  const date::year y{sign * to_int(head)};
  if (rest.empty()) return whole_year(y);
  if (rest[0] != '-') return std::nullopt;
  return within_year(y, rest.substr(1));
}

// START / MID / END of a century (or a millennium): its first three tenths, the middle four, the
// last three, in whole decades (centuries), as they are told: "the early 1900s" and "the early
// 20th century" are 1900..1929, "the late 19th century" 1870..1899.
Interval tenths_of_a_century(date::year first, date::year last, std::string_view mod, Precision precision) {
  const int tenth = (static_cast<int>(last) - static_cast<int>(first) + 1) / 10;
  const date::year a = mod == "START" ? first : mod == "MID" ? first + date::years{3 * tenth} : last - date::years{3 * tenth - 1};
  const date::year b = mod == "START" ? first + date::years{3 * tenth - 1} : mod == "MID" ? last - date::years{3 * tenth} : last;
  return {whole_year(a).start, whole_year(b).end, precision};
}

// START / MID / END: thirds. Whole-month intervals (year, quarter, season, decade) split by
// months, so "early 2022" is January..April; shorter ones split by days.
Interval third(Interval in, std::string_view mod) {
  const date::year_month_day a{in.start}, b{in.end};
  if (in.precision == Precision::Century) return tenths_of_a_century(a.year(), b.year(), mod, in.precision);
  const int months = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
                     static_cast<int>(static_cast<unsigned>(b.month())) -
                     static_cast<int>(static_cast<unsigned>(a.month())) + 1;
  const bool whole_months = a.day() == date::day{1} && b == b.year() / b.month() / date::last;
  if (whole_months && months >= 3 && months % 3 == 0) {
    const int k = months / 3;
    const date::year_month first = a.year() / a.month();
    const int offset = mod == "START" ? 0 : mod == "MID" ? k : 2 * k;
    return months_span(first + date::months{offset}, k, in.precision);
  }
  const auto k = (in.end - in.start + date::days{1}) / 3;
  if (k == date::days{0}) return in;
  if (mod == "START") return {in.start, in.start + k - date::days{1}, in.precision};
  if (mod == "END") return {in.end - k + date::days{1}, in.end, in.precision};
  return {in.start + k, in.end - k, in.precision};
}

}  // namespace

std::optional<Interval> interval_of_value(std::string_view value, std::string_view mod) {
  if (value.empty() || value.find('X') != std::string_view::npos) return std::nullopt;
  // ("3 p.m. EST" is on the day the text names, whatever the day in UTC)
  auto in = unmodified(without_utc_offset(value));
  if (!in || !in->ok()) return std::nullopt;
  if (mod == "START" || mod == "MID" || mod == "END") return third(*in, mod);
  return in;
}

}  // namespace chronograph::core
