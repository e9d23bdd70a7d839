#include "graph/overrides/override_text.h"

#include <algorithm>
#include <string>

#include "core/common/ascii_fold.h"

namespace chronograph::graph::detail {

namespace {
bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// TIMEX3 writes a decade as its first three digits ("203") and a century as its first two
// ("19"); a reader, and the overrides parser, take "2030s" and "20th century".
std::string decade_or_century_words(const std::string& value) {
  if (value.size() == 3 && all_digits(value)) return value + "0s";
  if (value.size() != 2 || !all_digits(value)) return {};
  const int century = std::stoi(value) + 1;
  const char* suffix = century % 10 == 1 && century % 100 != 11   ? "st"
                       : century % 10 == 2 && century % 100 != 12 ? "nd"
                       : century % 10 == 3 && century % 100 != 13 ? "rd"
                                                                  : "th";
  return std::to_string(century) + suffix + " century";
}

// A TIMEX3 value as a reader writes it: "the 2030s" for "203", else the value itself.
std::string value_words(const std::string& value, bool with_article) {
  const std::string words = decade_or_century_words(value);
  if (words.empty()) return value;
  return with_article ? "the " + words : words;
}
}  // namespace

std::string normalize_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || is_ascii_alnum(c)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
    } else {
      pending_space = true;
    }
  }
  return out;
}

bool contains_words(const std::string& normalized_text, const std::string& normalized_words) {
  if (normalized_words.empty()) return false;
  std::size_t from = 0;
  while (true) {
    const auto at = normalized_text.find(normalized_words, from);
    if (at == std::string::npos) return false;
    const auto end = at + normalized_words.size();
    const bool starts_word = at == 0 || normalized_text[at - 1] == ' ';
    const bool ends_word = end == normalized_text.size() || normalized_text[end] == ' ';
    if (starts_word && ends_word) return true;
    from = at + 1;
  }
}

std::string slugify(std::string_view text) {
  std::string slug = normalize_words(fold_to_ascii(text));  // "Kovač" -> "kovac", as extraction's ids
  for (char& c : slug)
    if (c == ' ') c = '-';
  return slug.empty() ? "entity" : slug;
}

std::string describe_time(const EventTime& time) {
  if (time.start && time.end) {
    if (*time.start == *time.end) return date_as_written(time).value_or(format_iso_day(*time.start));
    if (!time.value.empty()) {
      if (time.mod == "START") return "early " + value_words(time.value, false);
      if (time.mod == "MID") return "mid " + value_words(time.value, false);
      if (time.mod == "END") return "late " + value_words(time.value, false);
      return value_words(time.value, true);
    }
    return format_iso_day(*time.start) + ".." + format_iso_day(*time.end);
  }
  // As the timeline says a bound, and as a `date:` takes it back: both days included.
  if (time.start) return "not before " + format_iso_day(*time.start);
  if (time.end) return "by " + format_iso_day(*time.end);
  return "an unknown date";
}

std::string where(const OverrideSpan& span) { return span.pos.to_string(); }

}  // namespace chronograph::graph::detail
