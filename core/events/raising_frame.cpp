#include "core/events/raising_frame.h"


namespace chronograph::core {

namespace {

// "is expected", "are slated" (passive), "is due", "are set" (after "be"): the frame's own form.
bool passive_or_after_be(const ParseView& parse, std::size_t token) {
  return parse.child(token, "aux:pass") || parse.child(token, "cop");
}

// The frame's subject: its own, or that of the verb it is joined to ("Delphine strengthened on
// Tuesday and is expected to make landfall").
std::optional<std::size_t> frame_subject(const ParseView& parse, std::size_t frame) {
  if (const auto own = parse.child(frame, "nsubj")) return own;
  if (!parse.relation_is(frame, "conj")) return std::nullopt;
  const auto joined = parse.head(frame);
  return joined ? parse.child(*joined, "nsubj") : std::nullopt;
}

// The frame's infinitive: its "xcomp", or a "to" infinitive right after it that the parser
// hung as a clause of purpose ("Keel is scheduled to meet officials" with "meet" an advcl).
std::optional<std::size_t> frame_infinitive(const TokenizedText& tokens, const ParseView& parse, std::size_t frame) {
  if (const auto complement = parse.child(frame, "xcomp")) return complement;
  const auto clause = parse.child(frame, "advcl");
  if (!clause) return std::nullopt;
  const auto mark = parse.child(*clause, "mark");
  if (!mark || *mark != frame + 1 || to_lower(tokens.tokens[*mark].text) != "to") return std::nullopt;
  return clause;
}

}  // namespace

std::optional<std::size_t> raised_infinitive(const TokenizedText& tokens, const ParseView& parse, std::size_t token,
                                             const EventLexicon& lexicon) {
  if (!parse.parsed() || !lexicon.has_category(to_lower(tokens.tokens[token].lemma), "raising-frame")) return std::nullopt;
  if (!passive_or_after_be(parse, token) || parse.child(token, "obl:agent") || !frame_subject(parse, token))
    return std::nullopt;
  const auto infinitive = frame_infinitive(tokens, parse, token);
  if (!infinitive || !parse.child(*infinitive, "mark") || tokens.tokens[*infinitive].upos != "VERB") return std::nullopt;
  return infinitive;
}

std::optional<std::size_t> raising_subject(const TokenizedText& tokens, const ParseView& parse, std::size_t token,
                                           const EventLexicon& lexicon) {
  if (!parse.relation_is(token, "xcomp") && !parse.relation_is(token, "advcl")) return std::nullopt;
  const auto frame = parse.head(token);
  if (!frame || raised_infinitive(tokens, parse, *frame, lexicon) != token) return std::nullopt;
  return frame_subject(parse, *frame);
}

}  // namespace chronograph::core
