#include "core/common/utc_offset.h"

#include <cctype>

namespace chronograph {

namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "2019-11-24T15:00" and no more: a day, an hour and a minute.
bool is_day_clock(std::string_view v) {
  return v.size() >= 16 && v[10] == 'T' && digit(v[11]) && digit(v[12]) && v[13] == ':' && digit(v[14]) && digit(v[15]);
}

}  // namespace

std::optional<int> utc_offset_minutes(std::string_view value) {
  if (!is_day_clock(value)) return std::nullopt;
  if (value.size() == 17 && value[16] == 'Z') return 0;
  if (value.size() != 22 || (value[16] != '+' && value[16] != '-') || value[19] != ':') return std::nullopt;
  if (!digit(value[17]) || !digit(value[18]) || !digit(value[20]) || !digit(value[21])) return std::nullopt;
  const int minutes = ((value[17] - '0') * 10 + (value[18] - '0')) * 60 + (value[20] - '0') * 10 + (value[21] - '0');
  return value[16] == '-' ? -minutes : minutes;
}

std::string without_utc_offset(std::string_view value) {
  return std::string(utc_offset_minutes(value) ? value.substr(0, 16) : value);
}

}  // namespace chronograph
