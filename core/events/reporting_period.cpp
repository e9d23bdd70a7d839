#include "core/events/reporting_period.h"

#include <algorithm>
#include <string_view>

#include "core/syntax/sentences.h"

namespace chronograph::core {

bool closes_reporting_period(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  const Token& t = tokens.tokens[i];
  if (t.lemma != "end" || (t.xpos != "VBN" && t.xpos != "VBG")) return false;
  const bool after_period = i > sentence.first_token && is_period_noun(lowercase_ascii(tokens.tokens[i - 1].text));
  const bool on_period = t.deprel == "acl" && t.head >= 0 &&
                         is_period_noun(lowercase_ascii(tokens.tokens[sentence.first_token + static_cast<std::size_t>(t.head)].text));
  return after_period || on_period;
}

bool places_a_following_period(const TokenizedText& tokens, const Sentence& sentence, std::size_t i) {
  static constexpr std::string_view kFollowing[] = {"follow", "ensue", "come"};
  const Token& t = tokens.tokens[i];
  if (std::find(std::begin(kFollowing), std::end(kFollowing), t.lemma) == std::end(kFollowing)) return false;
  // (by the words, whatever the parse: "the [two] years that followed", "the days which came")
  if (i < sentence.first_token + 2) return false;
  const std::string relative = lowercase_ascii(tokens.tokens[i - 1].text);
  if (relative != "that" && relative != "which") return false;
  std::string span = lowercase_ascii(tokens.tokens[i - 2].text);
  if (span.ends_with('s')) span.pop_back();
  return is_period_noun(span) || span == "day" || span == "hour" || span == "decade";
}

bool bounds_the_period_before(const TokenizedText& tokens, const Sentence& sentence, std::size_t i,
                              const std::vector<char>& in_timex) {
  static constexpr std::string_view kBounds[] = {"begin", "start", "end", "run"};
  const Token& t = tokens.tokens[i];
  if (std::find(std::begin(kBounds), std::end(kBounds), t.lemma) == std::end(kBounds)) return false;
  if (i < sentence.first_token + 3 || i - 3 >= in_timex.size()) return false;
  const std::string relative = lowercase_ascii(tokens.tokens[i - 1].text);
  // (a date ending in its number, "fiscal 2026", "2025": the period a quarter or a year names,
  // "the quarter, which ended Sept. 27", is the text's own event)
  return (relative == "which" || relative == "that") && tokens.tokens[i - 2].text == "," && in_timex[i - 3] &&
         tokens.tokens[i - 3].upos == "NUM";
}

}  // namespace chronograph::core
