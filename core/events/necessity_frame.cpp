#include "core/events/necessity_frame.h"

#include <string>

namespace chronograph::core {

namespace {

bool is_to(const TokenizedText& tokens, std::size_t i) { return to_lower(tokens.tokens[i].text) == "to"; }

}  // namespace

std::optional<std::size_t> necessary_act(const TokenizedText& tokens, const ParseView& parse, std::size_t token,
                                         const EventLexicon& lexicon) {
  if (!parse.parsed() || !lexicon.has_category(to_lower(tokens.tokens[token].lemma), "necessity-frame"))
    return std::nullopt;
  // ("is required by law to pay" names who requires: that stays an event)
  if (parse.child(token, "obj") || parse.child(token, "iobj") || parse.child(token, "obl:agent")) return std::nullopt;
  const auto act = parse.child(token, "xcomp");
  if (!act || *act < token || tokens.tokens[*act].upos != "VERB") return std::nullopt;
  const auto mark = parse.child(*act, "mark");
  if (!mark || !is_to(tokens, *mark)) return std::nullopt;
  return act;
}

bool necessity_told_in_past(const TokenizedText& tokens, const Sentence& s, std::size_t frame) {
  constexpr std::size_t kAuxWords = 3;  // "has [not] been required"
  if (tokens.tokens[frame].xpos == "VBD") return true;
  for (std::size_t k = frame; k > s.first_token && frame - k < kAuxWords;) {
    --k;
    const std::string w = to_lower(tokens.tokens[k].text);
    if (w == "was" || w == "were" || w == "had" || w == "has" || w == "have" || w == "been") return true;
    if (tokens.tokens[k].upos != "ADV" && tokens.tokens[k].upos != "PART" && tokens.tokens[k].upos != "AUX") return false;
  }
  return false;
}

}  // namespace chronograph::core
