// The sentences of a TokenizedText as spans of its tokens, which is what the tagger,
// lemmatizer and parser work on; and what the trainers read.
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

inline std::vector<std::span<Token>> sentence_spans(TokenizedText& text) {
  std::vector<std::span<Token>> out;
  for (const Sentence& s : text.sentences)
    if (s.first_token + s.token_count <= text.tokens.size() && s.token_count > 0)
      out.emplace_back(text.tokens.data() + s.first_token, s.token_count);
  return out;
}

inline std::vector<std::span<const Token>> sentence_spans(const TokenizedText& text) {
  std::vector<std::span<const Token>> out;
  for (const Sentence& s : text.sentences)
    if (s.first_token + s.token_count <= text.tokens.size() && s.token_count > 0)
      out.emplace_back(text.tokens.data() + s.first_token, s.token_count);
  return out;
}

// The form the models read: norm, or the text when norm is empty.
inline const std::string& model_form(const Token& token) {
  return token.norm.empty() ? token.text : token.norm;
}

std::string lowercase_ascii(std::string_view s);

// "week", "years", "centuries": a lower-case word that counts time.
inline bool is_time_unit(std::string_view lower) {
  static constexpr std::string_view kUnits[] = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"};
  if (lower == "centuries") return true;
  if (lower.ends_with('s')) lower.remove_suffix(1);
  return std::find(std::begin(kUnits), std::end(kUnits), lower) != std::end(kUnits);
}

// "quarter", "months", "year": a lower-case noun that news closes with a date ("the quarter
// ended Sept. 30", "the three months ended Dec. 31").
inline bool is_period_noun(std::string_view lower) {
  static constexpr std::string_view kPeriods[] = {"quarter", "year", "half", "month", "week", "period", "season"};
  if (lower.ends_with('s')) lower.remove_suffix(1);
  return std::find(std::begin(kPeriods), std::end(kPeriods), lower) != std::end(kPeriods);
}

// "committee", "judge", "reporters": a lower-case noun for a body one stands in front of, which
// "before" places in space, not in time ("testify before a committee on Monday").
inline bool is_audience_body(std::string_view lower) {
  static constexpr std::string_view kBodies[] = {
      "committee", "subcommittee", "court",     "judge",       "panel",  "parliament", "congress", "senate",
      "jury",      "tribunal",     "board",     "commission",  "council", "assembly",  "magistrate", "lawmakers",
      "legislators", "crowd",      "audience",  "reporters",   "cameras", "inquiry",   "hearing"};
  return std::find(std::begin(kBodies), std::end(kBodies), lower) != std::end(kBodies);
}

// "end", "begin", "close": a verb's lemma that bounds a period ("the quarter, which ended July 31").
inline bool is_bounding_verb(std::string_view lemma) {
  static constexpr std::string_view kBounds[] = {"end", "begin", "start", "close", "run"};
  return std::find(std::begin(kBounds), std::end(kBounds), lemma) != std::end(kBounds);
}

// "spring", "winter": a lower-case season name ("fall" is left out: "before the fall of the
// government" is an event, not a season).
inline bool is_season_word(std::string_view lower) {
  static constexpr std::string_view kSeasons[] = {"spring", "summer", "autumn", "winter"};
  return std::find(std::begin(kSeasons), std::end(kSeasons), lower) != std::end(kSeasons);
}

// "tuesday", "today", "tonight": a lower-case word that names a day by itself.
inline bool is_day_word(std::string_view lower) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                               "today",  "yesterday", "tomorrow", "tonight"};
  return std::find(std::begin(kDays), std::end(kDays), lower) != std::end(kDays);
}

// A headline: a short sentence with no final stop ("Ceasefire talks resume in Doha").
inline bool reads_as_headline(std::span<const Token> sentence) {
  constexpr std::size_t kHeadlineTokens = 16;
  if (sentence.empty() || sentence.size() > kHeadlineTokens || sentence.back().text.empty()) return false;
  const char last = sentence.back().text.back();
  return last != '.' && last != '!' && last != '?' && last != ';' && last != ':' && last != '"';
}

// "when", "after", "although": a lower-case word that opens a clause with a finite verb of its
// own ("when fighting resumed", "after troops captured the town").
inline bool is_subordinator(std::string_view lower) {
  static constexpr std::string_view kOpeners[] = {"when", "after", "before", "because", "since", "until", "while",
                                                  "as",   "although", "though", "once", "where", "if", "unless"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners);
}

// "1994", "2025": a four-digit number, read as a year.
inline bool is_year_word(std::string_view lower) {
  return lower.size() == 4 && std::all_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "three-week" -> "week", "40-day" -> "day", "week" -> "week": what follows a word's last hyphen.
inline std::string_view after_last_hyphen(std::string_view lower) {
  const auto dash = lower.rfind('-');
  return dash == std::string_view::npos ? lower : lower.substr(dash + 1);
}

// "march", "sept", "dec": a lower-case month name or its abbreviation (without the dot).
inline bool is_month_word(std::string_view lower) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                                 "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  return std::find(std::begin(kMonths), std::end(kMonths), lower) != std::end(kMonths);
}

}  // namespace chronograph::core
