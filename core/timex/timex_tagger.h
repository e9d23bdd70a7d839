// Finds and normalises TIMEX3 time expressions (DATE, TIME, DURATION, SET) in English text.
//
//   const auto tagger = TimexTagger::load(DataDir::locate());
//   auto timexes = tagger.tag("Biden will call Putin on Tuesday.", nullptr, 2021_y/dec/4);
//   // timexes[0].value == "2021-12-07"
//
// The rules live in data/timex/ (README.md there documents the pattern language): a lexicon
// of word classes ({MONTH}, {WEEKDAY}, {UNIT}, ...) and rules made of token patterns with a
// value template. Matching runs on the raw text with a token automaton of our own: each
// position looks up the rules that can start with its token, the longest match wins, ties
// go to the rule written first.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "core/common/data_dir.h"
#include "core/text/token.h"
#include "core/timex/timex.h"

namespace chronograph::core {

struct TimexRuleSet;  // the compiled rules (timex_rules.h)

class TimexTagger {
 public:
  // Reads data/timex/*.txt; throws ParseError "file:line:col: ..." on a bad rule or lexicon line.
  static TimexTagger load(const DataDir& data);
  static TimexTagger load_from(const std::filesystem::path& rules_dir);

  // Holds every compiled rule: a copy is always a mistake. Pass by const&.
  TimexTagger(const TimexTagger&) = delete;
  TimexTagger& operator=(const TimexTagger&) = delete;
  TimexTagger(TimexTagger&&) noexcept;
  TimexTagger& operator=(TimexTagger&&) noexcept;
  ~TimexTagger();

  // tokens may be null or untagged; when Token::xpos is filled it decides the clause tense.
  // Without a DCT relative expressions stay underspecified (XXXX-...).
  std::vector<Timex> tag(std::string_view text, const TokenizedText* tokens,
                         std::optional<date::sys_days> dct) const;

  // The compiled rules, for the tests that run every rule's examples.
  const TimexRuleSet& rules() const { return *rules_; }

 private:
  explicit TimexTagger(std::unique_ptr<TimexRuleSet> rules);
  std::unique_ptr<TimexRuleSet> rules_;
};

}  // namespace chronograph::core
