#include "core/timex/named_periods.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/timex/timex_calendar.h"

namespace chronograph::core {

namespace {

std::optional<int> year_field(const std::string& field, const SourcePos& where, const std::string& line) {
  if (field == "-") return std::nullopt;
  try {
    std::size_t used = 0;
    const int year = std::stoi(field, &used);
    if (used == field.size()) return year;
  } catch (const std::exception&) {
  }
  throw ParseError(where, fmt::format("'{}' is no year", field), "write an ISO year (2500 BC is -2499) or '-'", {}, line);
}

bool letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `name` is written at `at` in `text` as a whole phrase, its first letter in either case.
// (The letters first: most words differ at the first or second, and the tagger runs this at
// every word.)
bool named_at(std::string_view text, std::size_t at, std::string_view name) {
  if (at + name.size() > text.size() || lower(text[at]) != lower(name[0]) || text[at + 1] != name[1] ||
      text.substr(at + 1, name.size() - 1) != name.substr(1))
    return false;
  return (at == 0 || !letter(text[at - 1])) && (at + name.size() == text.size() || !letter(text[at + name.size()]));
}

// The periods by the byte their name may begin with, in either case.
using PeriodsByFirstByte = std::array<std::vector<const NamedPeriod*>, 256>;

PeriodsByFirstByte periods_by_first_byte(const std::vector<NamedPeriod>& periods) {
  PeriodsByFirstByte index;
  for (const NamedPeriod& p : periods) {
    const auto small = static_cast<unsigned char>(lower(p.name[0]));
    const auto capital = static_cast<unsigned char>(std::toupper(small));
    index[small].push_back(&p);
    if (capital != small) index[capital].push_back(&p);
  }
  return index;
}

// The row named at `at` among `candidates`, the longest first ("Late Bronze Age" before "Bronze Age").
const NamedPeriod* period_at(std::string_view text, std::size_t at, const std::vector<const NamedPeriod*>& candidates) {
  const NamedPeriod* best = nullptr;
  for (const NamedPeriod* p : candidates)
    if (named_at(text, at, p->name) && (!best || p->name.size() > best->name.size())) best = p;
  return best;
}

// "early", "mid", "middle", "late" (and "the") right before `at`: where they begin, and the mod.
std::size_t modified_from(std::string_view text, std::size_t at, std::string& mod) {
  static constexpr std::pair<std::string_view, std::string_view> kMods[] = {
      {"early ", "START"}, {"mid-", "MID"}, {"middle ", "MID"}, {"late ", "END"}};
  for (const auto& [word, m] : kMods)
    if (at >= word.size() && named_at(text, at - word.size(), word.substr(0, word.size() - 1)) &&
        text.substr(at - word.size(), word.size()).substr(1) == word.substr(1)) {
      mod = m;
      return at - word.size();
    }
  return at;
}

std::size_t with_article(std::string_view text, std::size_t at) {
  return at >= 4 && named_at(text, at - 4, "the") && text[at - 1] == ' ' ? at - 4 : at;
}

// The first, middle or last third of the years first..last.
std::pair<int, int> third_of(int first, int last, std::string_view mod) {
  const int k = (last - first + 1) / 3;
  if (mod == "START") return {first, first + k - 1};
  if (mod == "END") return {last - k + 1, last};
  return {first + k, last - k};
}

Timex period_timex(std::string_view text, std::size_t begin, std::size_t end, const NamedPeriod& p, const std::string& mod) {
  Timex tx;
  tx.span = {begin, end};
  tx.text = std::string(text.substr(begin, end - begin));
  tx.type = "DATE";
  tx.rule = "named-period";
  tx.derived = true;
  tx.mod = "APPROX";
  if (!p.first || !p.last) {
    tx.value = "PAST_REF";
    return tx;
  }
  const auto [first, last] = mod.empty() ? std::pair{*p.first, *p.last} : third_of(*p.first, *p.last, mod);
  tx.value = format_year(date::year{first});
  const int width = last - first + 1;
  const Precision precision = width >= 100 ? Precision::Century : width >= 10 ? Precision::Decade : Precision::Year;
  tx.interval = Interval{whole_year(date::year{first}).start, whole_year(date::year{last}).end, precision};
  return tx;
}

}  // namespace

std::vector<NamedPeriod> load_named_periods(const std::filesystem::path& file) {
  std::vector<NamedPeriod> periods;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int n) {
    const SourcePos where{file.string(), n, 1};
    const auto tab1 = line.find('\t');
    const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos)
      throw ParseError(where, "expected name<TAB>first year<TAB>last year", {}, {}, line);
    periods.push_back({line.substr(0, tab1), year_field(line.substr(tab1 + 1, tab2 - tab1 - 1), where, line),
                       year_field(line.substr(tab2 + 1), where, line)});
  });
  return periods;
}

void tag_named_periods(std::string_view text, const std::vector<NamedPeriod>& periods, std::vector<Timex>& timexes) {
  if (periods.empty()) return;
  const auto taken = [&](std::size_t begin, std::size_t end) {
    return std::any_of(timexes.begin(), timexes.end(), [&](const Timex& t) { return t.span.begin < end && begin < t.span.end; });
  };
  std::vector<Timex> found;
  const PeriodsByFirstByte by_first_byte = periods_by_first_byte(periods);
  for (std::size_t at = 0; at < text.size(); ++at) {
    const auto& candidates = by_first_byte[static_cast<unsigned char>(text[at])];
    if (candidates.empty() || (at > 0 && letter(text[at - 1]))) continue;
    const NamedPeriod* p = period_at(text, at, candidates);
    if (!p) continue;
    const std::size_t end = at + p->name.size();
    std::string mod;
    const std::size_t begin = with_article(text, modified_from(text, at, mod));
    if (!taken(begin, end)) found.push_back(period_timex(text, begin, end, *p, mod));
    at = end;
  }
  if (found.empty()) return;
  timexes.insert(timexes.end(), found.begin(), found.end());
  std::stable_sort(timexes.begin(), timexes.end(), [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
  for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

}  // namespace chronograph::core
