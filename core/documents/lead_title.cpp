#include "core/documents/lead_title.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace chronograph::core {

namespace {

// Words kept before the title is cut: a headline's length.
constexpr std::size_t kMaxWords = 12;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The text after a dateline's dash: "LONDON, 14 February 2023 — Thieves ..." -> "Thieves ...".
// What comes before the dash must read as a dateline: short, and no word of it in lower case
// ("Calif.", "Aug.", "(AP)" are not), so that a dash inside the lead's own sentence stays.
std::string_view after_dateline(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kDashes{" \u2014 ", " \u2013 ", " -- ", " - "};
  for (const auto dash : kDashes) {
    const std::size_t at = text.find(dash);
    if (at == std::string_view::npos || at > 90) continue;
    const std::string_view head = text.substr(0, at);
    bool lower_word = false;
    for (std::size_t i = 0; i < head.size(); ++i)
      if ((i == 0 || head[i - 1] == ' ') && std::islower(static_cast<unsigned char>(head[i]))) lower_word = true;
    if (!lower_word) return text.substr(at + dash.size());
  }
  return text;
}

// Whether the word ending at a full stop is an abbreviation that does not end a sentence:
// "Mr.", "Calif.", "Aug.", "U.S.", "Corp.".
bool abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kShort{"Mr",  "Mrs", "Ms",   "Dr",  "St",   "Gov", "Sen",  "Rep",
                                                           "Gen", "Jan", "Feb",  "Aug", "Sept", "Oct", "Nov",  "Dec",
                                                           "Inc", "Co",  "Corp", "Ltd", "No",   "Calif", "Mass", "Prof"};
  return word.find('.') != std::string_view::npos || std::find(kShort.begin(), kShort.end(), word) != kShort.end();
}

// The first sentence: up to a full stop, question or exclamation mark followed by a space and
// a capital (not after an abbreviation), or the end of the paragraph.
std::string_view first_sentence(std::string_view text) {
  text = text.substr(0, std::min(text.find('\n'), text.size()));
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if ((text[i] != '.' && text[i] != '?' && text[i] != '!') || text[i + 1] != ' ' ||
        !std::isupper(static_cast<unsigned char>(text[i + 2])))
      continue;
    const std::size_t word_start = text.rfind(' ', i) == std::string_view::npos ? 0 : text.rfind(' ', i) + 1;
    if (text[i] != '.' || !abbreviation(text.substr(word_start, i - word_start))) return text.substr(0, i + 1);
  }
  return text;
}

// "January", "Jan", "Sept", "Thursday", "Thu": a word the full name of a month or weekday
// starts with, three letters at least.
bool month_or_weekday(std::string_view word) {
  static constexpr std::array<std::string_view, 19> kNames{
      "january", "february", "march",  "april",   "may",       "june",     "july",     "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (word.size() < 3) return false;
  std::string lower;
  for (const char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::any_of(kNames.begin(), kNames.end(), [&](std::string_view name) { return name.starts_with(lower); });
}

// A line that only dates the article ("January 09 , 2008", "Tuesday, 3 June 2025", "2021-12-04"):
// no title.
bool date_only(std::string_view line) {
  bool any = false;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t end = std::min(line.find(' ', i), line.size());
    std::string_view word = line.substr(i, end - i);
    while (!word.empty() && std::string_view(",.").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
    i = end + 1;
    if (word.empty()) continue;
    any = true;
    const bool numeric = std::all_of(word.begin(), word.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '/' || c == ':';
    });
    if (!numeric && !month_or_weekday(word)) return false;
  }
  return any;
}

// The first piece of text that is more than a date: pieces end at line breaks and at
// `sentence_ends`.
std::string_view lead_piece(std::string_view text, const std::vector<std::size_t>& sentence_ends) {
  std::size_t next_end = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    while (next_end < sentence_ends.size() && sentence_ends[next_end] <= begin) ++next_end;
    if (next_end < sentence_ends.size()) end = std::min(end, sentence_ends[next_end]);
    const std::string_view piece = trim(text.substr(begin, end - begin));
    if (!piece.empty() && !date_only(piece)) return piece;
    begin = end + (end < text.size() && text[end] == '\n' ? 1 : 0);
  }
  return {};
}

}  // namespace

std::string lead_title(std::string_view text, const std::vector<std::size_t>& sentence_ends) {
  const std::string_view lead = trim(first_sentence(after_dateline(lead_piece(text, sentence_ends))));
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < lead.size();) {
    const std::size_t end = std::min(lead.find(' ', i), lead.size());
    if (end > i) words.push_back(lead.substr(i, end - i));
    i = end + 1;
  }
  if (words.empty()) return {};
  const bool cut = words.size() > kMaxWords;
  if (cut) {
    words.resize(kMaxWords);
    // Cut at the last comma of the second half, where a clause ends: "... history, grew" reads
    // as the sentence broken off; "... history" as its subject.
    for (std::size_t k = kMaxWords - 1; k >= kMaxWords / 2; --k)
      if (words[k - 1].ends_with(',')) {
        words.resize(k);
        break;
      }
  }
  std::string title;
  for (const auto word : words) title += (title.empty() ? "" : " ") + std::string(word);
  while (!title.empty() && std::string_view(",;:.-").find(title.back()) != std::string_view::npos) title.pop_back();
  return cut ? title + "\u2026" : title;
}

}  // namespace chronograph::core
