#include "core/timex/term_ends.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include <fmt/format.h>

namespace chronograph::core {

namespace {

// The periods a school, a university or a parliament sits in.
constexpr std::array<std::string_view, 4> kTerms = {"term", "semester", "session", "trimester"};

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool letter_at(std::string_view text, std::size_t at) {
  return at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]));
}

// The term word at `at` ("term" in "term ends"), its length; 0 when none starts there.
std::size_t term_word_at(std::string_view lower, std::size_t at) {
  if (at > 0 && letter_at(lower, at - 1)) return 0;
  for (const std::string_view word : kTerms)
    if (lower.substr(at, word.size()) == word && !letter_at(lower, at + word.size())) return word.size();
  return 0;
}

// The day a sentence says a term ends on: a day-precise expression right after "term ends",
// "term ends on", "term closes on", "semester finishes on".
const Timex* day_the_term_ends(std::string_view lower, const std::vector<Timex>& timexes) {
  static constexpr std::array<std::string_view, 6> kEnds = {" ends on ", " ends ", " closes on ", " closes ", " finishes on ",
                                                            " finishes "};
  for (std::size_t at = 0; at < lower.size(); ++at) {
    const std::size_t length = term_word_at(lower, at);
    if (length == 0) continue;
    for (const std::string_view ends : kEnds) {
      if (lower.substr(at + length, ends.size()) != ends) continue;
      const std::size_t day_at = at + length + ends.size();
      const auto day = std::find_if(timexes.begin(), timexes.end(), [&](const Timex& t) {
        return t.span.begin == day_at && t.interval && t.interval->precision <= Precision::Day;
      });
      if (day != timexes.end()) return &*day;
    }
  }
  return nullptr;
}

// "the end of term", "the end of the spring term", "the close of the session": where it ends.
std::optional<std::size_t> end_of_a_term_at(std::string_view lower, std::size_t at) {
  for (const std::string_view opener : {std::string_view("the end of "), std::string_view("the close of ")}) {
    if (lower.substr(at, opener.size()) != opener) continue;
    std::size_t k = at + opener.size();
    if (lower.substr(k, 4) == "the ") k += 4;
    if (lower.substr(k, 5) == "this ") k += 5;
    for (const std::string_view season : {"spring ", "summer ", "autumn ", "fall ", "winter ", "first ", "second ", "third "})
      if (lower.substr(k, season.size()) == season) k += season.size();
    if (const std::size_t length = term_word_at(lower, k); length > 0) return k + length;
  }
  return std::nullopt;
}

}  // namespace

void tag_ends_of_terms(std::string_view text, std::vector<Timex>& timexes) {
  const std::string lower = lowered(text);
  if (lower.find("the end of") == std::string::npos && lower.find("the close of") == std::string::npos) return;
  const Timex* day = day_the_term_ends(lower, timexes);
  if (!day) return;
  // (an expression inside the phrase is part of the term's name: "the end of the autumn" in "the
  // end of the autumn semester"; one reaching past it is left alone)
  const auto taken = [&](std::size_t begin, std::size_t end) {
    return std::any_of(timexes.begin(), timexes.end(), [&](const Timex& t) {
      return t.span.begin < end && begin < t.span.end && (t.span.begin < begin || t.span.end > end);
    });
  };
  std::vector<Timex> found;
  for (std::size_t at = 0; at < lower.size(); ++at) {
    if (at > 0 && letter_at(lower, at - 1)) continue;
    const auto end = end_of_a_term_at(lower, at);
    if (!end || taken(at, *end)) continue;
    Timex t;
    t.span = {at, *end};
    t.text = std::string(text.substr(at, *end - at));
    t.type = "DATE";
    t.value = day->value;
    t.interval = day->interval;
    t.rule = "end-of-term";
    t.derived = true;
    found.push_back(std::move(t));
    at = *end;
  }
  if (found.empty()) return;
  std::erase_if(timexes, [&](const Timex& t) {
    return std::any_of(found.begin(), found.end(),
                       [&](const Timex& f) { return f.span.begin <= t.span.begin && t.span.end <= f.span.end; });
  });
  timexes.insert(timexes.end(), found.begin(), found.end());
  std::stable_sort(timexes.begin(), timexes.end(), [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
  for (std::size_t k = 0; k < timexes.size(); ++k) timexes[k].id = fmt::format("t{}", k + 1);
}

}  // namespace chronograph::core
