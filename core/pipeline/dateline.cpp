#include "core/pipeline/dateline.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/documents/document_reader.h"

namespace chronograph::core {

namespace {

constexpr std::size_t kHeadLines = 6;    // non-empty lines searched
constexpr std::size_t kHeadBytes = 800;  // and never further into the text
constexpr std::size_t kMaxLead = 40;     // bytes of place name or label before the date

// "2022-03-14" or "2022-03-14T10:32": the day; anything less precise or relative: nullopt.
std::optional<date::sys_days> full_day(std::string_view value) {
  if (value.size() < 10 || value[4] != '-' || value[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (value[i] < '0' || value[i] > '9') return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (value[i] - '0');
    return v;
  };
  const date::year_month_day day{date::year{number(0, 4)}, date::month{static_cast<unsigned>(number(5, 2))},
                                 date::day{static_cast<unsigned>(number(8, 2))}};
  if (!day.ok()) return std::nullopt;
  return date::sys_days{day};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && is_space(text[i])) ++i;
  return i;
}

// A clock time ("10:32", "8:05 AM", "at 10:00") after the date; returns where it ends, or `i`.
std::size_t skip_clock(std::string_view text, std::size_t i) {
  std::size_t j = skip_spaces(text, i);
  if (j < text.size() && text[j] == ',') j = skip_spaces(text, j + 1);
  if (text.substr(j).starts_with("at ")) j = skip_spaces(text, j + 3);
  const std::size_t digits = j;
  while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
  if (j == digits || j - digits > 2 || j + 2 >= text.size() || text[j] != ':') return i;
  if (!std::isdigit(static_cast<unsigned char>(text[j + 1])) || !std::isdigit(static_cast<unsigned char>(text[j + 2]))) return i;
  j = skip_spaces(text, j + 3);
  for (std::string_view half : {"AM", "PM", "am", "pm", "a.m.", "p.m."})
    if (text.substr(j).starts_with(half)) return j + half.size();
  return j;
}

// A time zone ("ET", "GMT", "UTC"): two to four capitals standing alone; returns where it ends, or `i`.
std::size_t skip_zone(std::string_view text, std::size_t i) {
  const std::size_t from = skip_spaces(text, i);
  std::size_t j = from;
  while (j < text.size() && text[j] >= 'A' && text[j] <= 'Z') ++j;
  const bool alone = j == text.size() || is_space(text[j]) || text[j] == '\n';
  return j - from >= 2 && j - from <= 4 && alone ? j : i;
}

// A news agency's credit in parentheses ("(AP)", "(Reuters)", "(Agence France-Presse)"): a few
// letters, spaces, dots, hyphens or ampersands; returns where it ends, or `i`.
std::size_t skip_credit(std::string_view text, std::size_t i) {
  constexpr std::size_t kMaxCredit = 24;
  const std::size_t from = skip_spaces(text, i);
  if (from >= text.size() || text[from] != '(') return i;
  const std::size_t close = text.find(')', from);
  if (close == std::string_view::npos || close - from - 1 > kMaxCredit || close == from + 1) return i;
  const auto credit_char = [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '&' || c == '-';
  };
  const std::string_view inside = text.substr(from + 1, close - from - 1);
  return std::all_of(inside.begin(), inside.end(), credit_char) ? close + 1 : i;
}

// What follows a dateline's date, after a clock time, a time zone and an agency's credit if any
// ("14 March 2022 10:32 GMT", "March 26, 2024 (AP)"): the end of the line, a dash or a bar. Not
// a colon: "Local elections 2 May 2024: what you need to know" is a headline about a day, not
// the article's date.
bool ends_dateline(std::string_view rest) {
  const std::size_t i = skip_spaces(rest, skip_credit(rest, skip_zone(rest, skip_clock(rest, 0))));
  if (i == rest.size() || rest[i] == '\n' || rest[i] == '-' || rest[i] == '|') return true;
  for (std::string_view dash : {"\u2014", "\u2013"})  // em and en dash
    if (rest.substr(i).starts_with(dash)) return true;
  return false;
}

// The first lines of `text`, never much more than kHeadBytes: a text without line breaks (a
// JSONL article) is cut at the last space before the limit.
std::string_view head_of(std::string_view text) {
  std::size_t end = 0, lines = 0;
  while (end < text.size() && end < kHeadBytes && lines < kHeadLines) {
    const std::size_t next = std::min(text.find('\n', end), text.size());
    if (text.substr(end, next - end).find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
    end = next + 1;
  }
  std::string_view head = text.substr(0, std::min(end, text.size()));
  if (head.size() > kHeadBytes) {
    const std::size_t space = head.rfind(' ', kHeadBytes);
    head = head.substr(0, space == std::string_view::npos ? kHeadBytes : space);
  }
  return head;
}

}  // namespace

namespace {

// Where a date ends, with the parenthesis around it when it has one: "LOS ANGELES (Dec. 3) —".
std::size_t end_of_bracketed(std::string_view head, const Timex& t) {
  std::size_t before = t.span.begin;
  while (before > 0 && is_space(head[before - 1])) --before;
  const std::size_t after = skip_spaces(head, t.span.end);
  const bool bracketed = before > 0 && head[before - 1] == '(' && after < head.size() && head[after] == ')';
  return bracketed ? after + 1 : t.span.end;
}

// Whether the time expression stands where a dateline prints its date: after at most a short
// place name or label on its line, and before the line's end, a dash or a bar.
bool in_dateline(std::string_view head, const Timex& t) {
  if (t.type != "DATE" && t.type != "TIME") return false;
  const std::size_t line_start = head.rfind('\n', t.span.begin == 0 ? 0 : t.span.begin - 1);
  const std::size_t lead_from = line_start == std::string_view::npos ? 0 : line_start + 1;
  return t.span.begin - lead_from <= kMaxLead && ends_dateline(head.substr(end_of_bracketed(head, t)));
}

// "XXXX-02-14": a month and day with no year.
bool yearless_day(std::string_view value) {
  return value.size() == 10 && value.starts_with("XXXX-") && value[7] == '-' &&
         std::all_of(value.begin() + 5, value.end(), [](char c) { return c == '-' || std::isdigit(static_cast<unsigned char>(c)); });
}

// "XXXX-WXX-4": a weekday alone ("BRUSSELS, Thursday —").
bool weekday_alone(std::string_view value) {
  return value.size() == 10 && value.starts_with("XXXX-WXX-") && value[9] >= '1' && value[9] <= '7';
}

}  // namespace

std::optional<DatelineDate> dateline_date(const TimexTagger& timex, std::string_view text) {
  const std::string_view head = head_of(text);
  for (const Timex& t : timex.tag(head, nullptr, std::nullopt)) {
    const auto day = full_day(t.value);
    if (day && in_dateline(head, t)) return DatelineDate{*day, t.text};
  }
  return std::nullopt;
}

std::optional<YearlessDateline> yearless_dateline(const TimexTagger& timex, std::string_view text) {
  const std::string_view head = head_of(text);
  for (const Timex& t : timex.tag(head, nullptr, std::nullopt))
    if ((yearless_day(t.value) || weekday_alone(t.value)) && in_dateline(head, t))
      return YearlessDateline{yearless_day(t.value) ? t.value.substr(5) : std::string(), t.text};
  return std::nullopt;
}

namespace {

// The first non-blank line of `text`, and where the text after it starts.
std::pair<std::string_view, std::size_t> first_line(std::string_view text) {
  const std::size_t begin = std::min(text.find_first_not_of(" \t\r\n"), text.size());
  const std::size_t end = std::min(text.find('\n', begin), text.size());
  std::string_view line = text.substr(begin, end - begin);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  return {line, std::min(end + 1, text.size())};
}

// A dateline standing above the headline ("LONDON (AP) — Wednesday 4 December 2024", a blank
// line, then "Rail workers announce strike") is no title: the headline after it is.
void title_past_dateline(Document& document, const DatelineDate& dateline) {
  const auto [line, rest] = first_line(document.text);
  if (document.title.empty() || document.title != line || line.find(dateline.text) == std::string_view::npos) return;
  document.title = headline_of(std::string_view(document.text).substr(rest));
}

}  // namespace

std::vector<std::optional<DatelineDate>> date_from_datelines(std::vector<Document>& documents, const TimexTagger& timex) {
  std::vector<std::optional<DatelineDate>> found(documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (documents[i].dct) continue;
    found[i] = dateline_date(timex, documents[i].text);
    if (!found[i]) continue;
    documents[i].dct = found[i]->day;
    documents[i].dct_source = DctSource::Dateline;
    title_past_dateline(documents[i], *found[i]);
  }
  return found;
}

}  // namespace chronograph::core
