#include "core/timex/age_dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

struct Birth {
  std::size_t at = 0;  // where the birth is told (byte offset)
  Interval when;
};

struct Age {
  std::size_t first = 0, last = 0;  // tokens of the phrase
  int from = 0, to = 0;             // years of age: the person was from..to years old
};

constexpr std::array<std::string_view, 20> kUnits = {"zero",    "one",     "two",       "three",    "four",
                                                     "five",    "six",     "seven",     "eight",    "nine",
                                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

// "23", "twenty-three", "seven": a number of years someone can be old, else none.
std::optional<int> years_old(const std::string& word) {
  if (!word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); }))
    return word.size() <= 3 && std::stoi(word) >= 1 && std::stoi(word) <= 120 ? std::optional<int>(std::stoi(word))
                                                                            : std::nullopt;
  const std::string lower = lowercase_ascii(word);
  const auto dash = lower.find('-');
  const std::string tens = lower.substr(0, dash), unit = dash == std::string::npos ? "" : lower.substr(dash + 1);
  for (std::size_t k = 1; k < kUnits.size() && unit.empty(); ++k)
    if (lower == kUnits[k]) return static_cast<int>(k);
  for (std::size_t k = 0; k < kTens.size(); ++k) {
    if (tens != kTens[k]) continue;
    if (unit.empty()) return static_cast<int>(20 + 10 * k);
    for (std::size_t u = 1; u < 10; ++u)
      if (unit == kUnits[u]) return static_cast<int>(20 + 10 * k + u);
  }
  return std::nullopt;
}

// "twenties", "seventies", "20s", "70s": the first year of a decade of age.
std::optional<int> decade_of_age(const std::string& word) {
  const std::string lower = lowercase_ascii(word);
  for (std::size_t k = 0; k < kTens.size(); ++k) {
    const std::string plural = std::string(kTens[k].substr(0, kTens[k].size() - 1)) + "ies";
    if (lower == plural || lower == fmt::format("{}s", 20 + 10 * k) || lower == fmt::format("{}'s", 20 + 10 * k))
      return static_cast<int>(20 + 10 * k);
  }
  return std::nullopt;
}

std::string lower_at(const TokenizedText& text, std::size_t k) { return lowercase_ascii(text.tokens[k].text); }

// Births told in the text: a date of a day, a month or a year with "born" among the eight words
// before it in its sentence ("Born in Leeds on 2 May 1936", "was born in 1936", "(born 1936)").
std::vector<Birth> births_told(const TokenizedText& text, const std::vector<Timex>& timexes) {
  std::vector<Birth> births;
  for (const auto& timex : timexes) {
    if (timex.type != "DATE" || !timex.interval || timex.interval->precision > Precision::Year) continue;
    // (the sentence holding the date: the first that ends after its start)
    const auto sentence = std::find_if(text.sentences.begin(), text.sentences.end(),
                                       [&](const Sentence& s) { return timex.span.begin < s.span.end; });
    if (sentence == text.sentences.end() || timex.span.begin < sentence->span.begin) continue;
    std::size_t k = sentence->first_token;
    while (k < sentence->first_token + sentence->token_count && text.tokens[k].span.end <= timex.span.begin) ++k;
    for (std::size_t back = 1; back <= 8 && k >= sentence->first_token + back; ++back) {
      if (lower_at(text, k - back) != "born") continue;
      births.push_back({timex.span.begin, *timex.interval});
      break;
    }
  }
  return births;
}

// "In her late seventies": the decade's first, middle or last years.
std::optional<Age> decade_phrase(const TokenizedText& text, const Sentence& sentence, std::size_t k) {
  const std::size_t end = sentence.first_token + sentence.token_count;
  static constexpr std::array<std::string_view, 5> kWhose = {"his", "her", "their", "my", "your"};
  if (k + 2 >= end || lower_at(text, k) != "in" ||
      std::find(kWhose.begin(), kWhose.end(), lower_at(text, k + 1)) == kWhose.end())
    return std::nullopt;
  std::size_t word = k + 2;
  std::string part = lower_at(text, word), decade_word;
  if (const auto dash = part.find('-'); dash != std::string::npos) {  // one token: "mid-fifties"
    decade_word = part.substr(dash + 1);
    part.erase(dash);
  }
  const bool early = part == "early", mid = part == "mid" || part == "middle", late = part == "late";
  if (decade_word.empty()) {
    if (early || mid || late) ++word;
    if (word < end && lower_at(text, word) == "-") ++word;
    if (word >= end) return std::nullopt;
    decade_word = text.tokens[word].text;
  }
  const auto decade = decade_of_age(decade_word);
  if (!decade) return std::nullopt;
  const int from = *decade + (mid ? 3 : late ? 7 : 0), to = *decade + (early ? 3 : mid ? 6 : 9);
  return Age{k, word, from, to};
}

// "aged 23", "at the age of 23", "at age 23", and "At 23," or "At 23 she" opening a clause.
std::optional<Age> number_phrase(const TokenizedText& text, const Sentence& sentence, std::size_t k) {
  const std::size_t first = sentence.first_token, end = first + sentence.token_count;
  if (text.tokens[k].upos != "NUM") return std::nullopt;
  const auto n = years_old(text.tokens[k].text);
  if (!n) return std::nullopt;
  const auto word = [&](std::size_t back) { return k >= first + back ? lower_at(text, k - back) : std::string(); };
  if (word(1) == "aged") return Age{k - 1, k, *n, *n};
  if (word(1) == "of" && word(2) == "age" && word(3) == "the" && word(4) == "at") return Age{k - 4, k, *n, *n};
  if (word(1) == "age" && word(2) == "at") return Age{k - 2, k, *n, *n};
  if (word(1) != "at" || *n < 10) return std::nullopt;
  static constexpr std::array<std::string_view, 5> kOpeners = {"", ",", "and", "but", "when"};
  const bool opens = std::find(kOpeners.begin(), kOpeners.end(), word(2)) != kOpeners.end();
  const bool then_clause = k + 1 < end && (text.tokens[k + 1].text == "," || text.tokens[k + 1].upos == "PRON");
  if (!opens || !then_clause) return std::nullopt;
  return Age{k - 1, k, *n, *n};
}

date::sys_days add_years(date::sys_days day, int years) {
  const date::year_month_day ymd{day};
  const date::year_month_day moved = ymd + date::years{years};
  return moved.ok() ? date::sys_days{moved} : date::sys_days{moved.year() / moved.month() / date::last};
}

Timex age_timex(std::string_view document, const TokenizedText& text, const Age& age, const Birth& birth) {
  Timex timex;
  timex.span = {text.tokens[age.first].span.begin, text.tokens[age.last].span.end};
  timex.text = std::string(timex.span.of(document));
  timex.type = "DATE";
  timex.interval = Interval{add_years(birth.when.start, age.from), add_years(birth.when.end, age.to + 1) - date::days{1},
                            Precision::Unknown};
  const int first = static_cast<int>(date::year_month_day{timex.interval->start}.year());
  const int last = static_cast<int>(date::year_month_day{timex.interval->end}.year());
  timex.value = fmt::format("{:04}", first);
  if (last != first) timex.mod = "APPROX";
  timex.rule = "age";
  timex.derived = true;
  return timex;
}

bool overlaps_any(const std::vector<Timex>& timexes, const Span& span) {
  return std::any_of(timexes.begin(), timexes.end(),
                     [&](const Timex& t) { return t.span.begin < span.end && span.begin < t.span.end; });
}

}  // namespace

void add_age_dates(std::string_view document, const TokenizedText& text, std::vector<Timex>& timexes) {
  const std::vector<Birth> births = births_told(text, timexes);
  if (births.empty()) return;
  std::vector<Timex> ages;
  for (const auto& sentence : text.sentences) {
    for (std::size_t k = sentence.first_token; k < sentence.first_token + sentence.token_count; ++k) {
      auto age = decade_phrase(text, sentence, k);
      if (!age) age = number_phrase(text, sentence, k);
      if (!age) continue;
      const std::size_t at = text.tokens[age->first].span.begin;
      const Birth* birth = births.size() == 1 ? &births.front() : nullptr;
      for (const auto& told : births)
        if (told.at < at) birth = &told;
      if (!birth) continue;
      Timex timex = age_timex(document, text, *age, *birth);
      if (!overlaps_any(timexes, timex.span)) ages.push_back(std::move(timex));
      k = age->last;
    }
  }
  if (ages.empty()) return;
  timexes.insert(timexes.end(), ages.begin(), ages.end());
  std::stable_sort(timexes.begin(), timexes.end(), [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
  for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

}  // namespace chronograph::core
