// The token automaton that runs the rule files' patterns over a scanned text: at each token, the
// longest match of any rule that may start there, with its captures.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/timex/timex_rules.h"

namespace chronograph::core {

// What a pattern's {LABEL} took: the label's id and the normalised form of the words.
struct Capture {
  int label;
  std::string norm;
};

struct RuleMatch {
  int rule = -1;         // index into TimexRuleSet::rules
  std::size_t end = 0;   // one past the last token matched
  std::vector<Capture> captures;
};

class RuleMatcher {
 public:
  // `tokens` are scan_text(text); both must outlive the matcher.
  RuleMatcher(const TimexRuleSet& set, const std::vector<ScanToken>& tokens, std::string_view text);
  ~RuleMatcher();
  RuleMatcher(const RuleMatcher&) = delete;
  RuleMatcher& operator=(const RuleMatcher&) = delete;

  // The longest match of any rule starting at token i; null when none starts there.
  std::optional<RuleMatch> best_at(std::size_t i);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronograph::core
