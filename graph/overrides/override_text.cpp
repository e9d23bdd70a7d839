#include "graph/overrides/override_text.h"

#include "core/common/ascii_fold.h"

namespace chronograph::graph::detail {

namespace {
bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
    if (*time.start == *time.end) return format_iso_day(*time.start);
    if (!time.value.empty()) {
      if (time.mod == "START") return "early " + time.value;
      if (time.mod == "MID") return "mid " + time.value;
      if (time.mod == "END") return "late " + time.value;
      return time.value;
    }
    return format_iso_day(*time.start) + ".." + format_iso_day(*time.end);
  }
  if (time.start) return "after " + format_iso_day(*time.start);
  if (time.end) return "before " + format_iso_day(*time.end);
  return "an unknown date";
}

std::string where(const OverrideSpan& span) { return span.pos.to_string(); }

}  // namespace chronograph::graph::detail
