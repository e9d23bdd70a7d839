// Shared helpers of the timex tests: one tagger loaded from the source tree's data/timex.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <date/date.h>
#include <fmt/format.h>

#include "core/common/interval.h"
#include "core/timex/timex_tagger.h"
#include "tests/support/shared_data.h"

namespace chronograph::test {

// The months' names, January first: tests loop over every month.
inline constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};

inline std::string month_name(date::sys_days d) {
  return kMonthNames[static_cast<unsigned>(date::year_month_day{d}.month()) - 1];
}

inline unsigned day_of(date::sys_days d) { return static_cast<unsigned>(date::year_month_day{d}.day()); }

// "2024-06-20".
inline std::string iso(date::sys_days d) {
  const date::year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// The day `wd` falls on in the six days after `dct` (a weekday ahead, counted from the DCT).
inline date::sys_days ahead_of(date::sys_days dct, date::weekday wd) { return dct + (wd - date::weekday{dct}); }

// A week of DCTs, Sunday to Saturday.
inline std::vector<date::sys_days> week_of_dcts(date::sys_days sunday) {
  std::vector<date::sys_days> out;
  for (int k = 0; k < 7; ++k) out.push_back(sunday + date::days{k});
  return out;
}

inline const core::TimexTagger& timex_tagger() {
  static const core::TimexTagger tagger = core::TimexTagger::load_from(kSourceDir / "data" / "timex");
  return tagger;
}

// The one timex whose text is `text`; fails the test when there is none.
inline core::Timex timex_named(const std::vector<core::Timex>& all, const std::string& text) {
  for (const auto& t : all)
    if (t.text == text) return t;
  std::string found;
  for (const auto& t : all) found += "'" + t.text + "' ";
  FAIL("no timex '" << text << "'; found: " << found);
  return {};
}

// A text with Penn tags, written "They/PRP set/VBD the/DT vote/NN": the words joined by
// spaces, each a token with that xpos (and its lower-case form as lemma), as the tagger would give.
struct TaggedText {
  std::string text;
  core::TokenizedText tokens;
};

inline TaggedText tagged_text(const std::string& words_and_tags) {
  TaggedText out;
  std::istringstream in(words_and_tags);
  for (std::string item; in >> item;) {
    const auto slash = item.rfind('/');
    core::Token t;
    t.text = t.norm = item.substr(0, slash);
    t.xpos = item.substr(slash + 1);
    for (const char c : t.text) t.lemma += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!out.text.empty()) out.text += ' ';
    t.span = {out.text.size(), out.text.size() + t.text.size()};
    out.text += t.text;
    out.tokens.tokens.push_back(std::move(t));
  }
  return out;
}

// The one timex whose text is `text` in a tagged text.
inline core::Timex only_tagged_timex(const std::string& words_and_tags, std::optional<date::sys_days> dct,
                                     const std::string& text) {
  const TaggedText tagged = tagged_text(words_and_tags);
  return timex_named(timex_tagger().tag(tagged.text, &tagged.tokens, dct), text);
}

inline core::Timex only_timex(const std::string& sentence, std::optional<date::sys_days> dct,
                              const std::string& text) {
  return timex_named(timex_tagger().tag(sentence, nullptr, dct), text);
}

// Every timex of a plain text (no tokens, so no tense from a tagger).
inline std::vector<core::Timex> tag(const std::string& text, std::optional<date::sys_days> dct) {
  return timex_tagger().tag(text, nullptr, dct);
}

// The value of the timex `name` in `text` tagged on `dct`.
inline std::string value_in(const std::string& text, date::sys_days dct, const std::string& name) {
  return timex_named(tag(text, dct), name).value;
}

// "2021-06-01..2021-06-30", or "none" for a timex with no interval.
inline std::string interval_text(const core::Timex& t) {
  return t.interval ? format_iso_day(t.interval->start) + ".." + format_iso_day(t.interval->end) : "none";
}

inline bool has_timex(const std::vector<core::Timex>& all, const std::string& text) {
  return std::any_of(all.begin(), all.end(), [&](const core::Timex& t) { return t.text == text; });
}

}  // namespace chronograph::test
