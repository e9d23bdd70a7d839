// The date model (DESIGN.md "Dates"): a time is an inclusive interval of calendar days with
// a precision, never a bare string. Parse at the edge, format at the edge.
//
//   Interval june{sys_days{2021_y/jun/1}, sys_days{2021_y/jun/30}, Precision::Month};
//   format_iso_day(june.start) == "2021-06-01"
//   parse_iso_day("2021-13-40") -> std::nullopt
//   format_iso_day(sys_days{year{-499}/jan/1}) == "-0499-01-01"   (500 BCE, ISO 8601)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace chronograph {

enum class Precision { Instant, Day, Week, Month, Quarter, Season, Year, Decade, Century, Unknown };

std::string_view to_string(Precision precision);
std::optional<Precision> precision_from_string(std::string_view text);

struct Interval {
  date::sys_days start;  // inclusive
  date::sys_days end;    // inclusive
  Precision precision = Precision::Unknown;
  bool ok() const { return start <= end; }
  friend bool operator==(const Interval&, const Interval&) = default;
};

inline Interval whole_day(date::sys_days day) { return {day, day, Precision::Day}; }
inline Interval whole_month(date::year_month ym) {
  return {date::sys_days{ym / 1}, date::sys_days{ym / date::last}, Precision::Month};
}
inline Interval whole_year(date::year y) {
  return {date::sys_days{y / date::jan / 1}, date::sys_days{y / date::dec / 31}, Precision::Year};
}

// Strict ISO 8601 calendar day, "YYYY-MM-DD" with an optional sign and more year digits for
// years outside 0000..9999 ("-0499-03-15"); nullopt for anything else, including 2021-02-30.
std::optional<date::sys_days> parse_iso_day(std::string_view text);

// "2021-12-07"; years before 1 CE or after 9999 get a sign: "-0499-01-01", "+10000-01-01".
std::string format_iso_day(date::sys_days day);

// A human label: "7 Dec 2021"; a BCE year reads "500 BCE" (ISO year -0499).
std::string format_year_label(date::year y);

}  // namespace chronograph
