// When "X after Y" says that X answers Y. A bare "after" gives only the order of two events
// ("The lander tipped over after it touched down", "She moved to Paris after she graduated");
// X responds to Y when Y is an act others answer ("Riots broke out after police killed a
// teenager", "The bank raised rates after the minister warned of inflation") or X a verb of
// answering ("The army retaliated after rebels shelled the town"), and someone other than Y's
// doer acts in X. The words are data: data/links/reactions.txt.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "core/text/token.h"

namespace chronograph::core {

class ReactionWords {
 public:
  // Reads LEMMA<TAB>provocation|reaction lines; ParseError with file:line on a bad one. A
  // missing file gives no words, so no "after" is a response.
  static ReactionWords load_from(const std::filesystem::path& file);

  // Whether, in "`reacting` after `cause`" (trigger tokens of one sentence), the event at
  // `reacting` answers the event at `cause`.
  bool answers(const TokenizedText& tokens, const Sentence& sentence, std::size_t reacting, std::size_t cause) const;

 private:
  std::set<std::string> provocations_, reactions_;
};

}  // namespace chronograph::core
