#include "core/events/reporting_period.h"

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

}  // namespace chronograph::core
