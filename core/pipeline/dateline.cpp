#include "core/pipeline/dateline.h"

#include <algorithm>

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

// What follows a dateline's date: the end of the line, or a dash, bar or colon; a time zone
// ("8:05 AM ET", "10:32 GMT") may come first.
bool ends_dateline(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && is_space(rest[i])) ++i;
  std::size_t zone = i;
  while (zone < rest.size() && rest[zone] >= 'A' && rest[zone] <= 'Z') ++zone;
  if (zone - i >= 2 && zone - i <= 4 && (zone == rest.size() || is_space(rest[zone]) || rest[zone] == '\n')) {
    i = zone;
    while (i < rest.size() && is_space(rest[i])) ++i;
  }
  if (i == rest.size() || rest[i] == '\n' || rest[i] == '-' || rest[i] == '|' || rest[i] == ':') return true;
  for (std::string_view dash : {"\u2014", "\u2013"})  // em and en dash
    if (rest.substr(i).starts_with(dash)) return true;
  return false;
}

}  // namespace

std::optional<DatelineDate> dateline_date(const TimexTagger& timex, std::string_view text) {
  std::size_t end = 0, lines = 0;
  while (end < text.size() && end < kHeadBytes && lines < kHeadLines) {
    const std::size_t next = std::min(text.find('\n', end), text.size());
    if (text.substr(end, next - end).find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
    end = next + 1;
  }
  const std::string_view head = text.substr(0, std::min(end, text.size()));
  for (const Timex& t : timex.tag(head, nullptr, std::nullopt)) {
    const auto day = full_day(t.value);
    if (!day || (t.type != "DATE" && t.type != "TIME")) continue;
    const std::size_t line_start = head.rfind('\n', t.span.begin == 0 ? 0 : t.span.begin - 1);
    const std::size_t lead_from = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (t.span.begin - lead_from > kMaxLead || !ends_dateline(head.substr(t.span.end))) continue;
    const auto line = 1 + std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(t.span.begin), '\n');
    return DatelineDate{*day, static_cast<int>(line)};
  }
  return std::nullopt;
}

std::vector<std::optional<DatelineDate>> date_from_datelines(std::vector<Document>& documents, const TimexTagger& timex) {
  std::vector<std::optional<DatelineDate>> found(documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (documents[i].dct) continue;
    found[i] = dateline_date(timex, documents[i].text);
    if (!found[i]) continue;
    documents[i].dct = found[i]->day;
    documents[i].dct_source = DctSource::Dateline;
  }
  return found;
}

}  // namespace chronograph::core
