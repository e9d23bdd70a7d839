#include "core/events/acquitted_of.h"

#include <optional>

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// A word that may stand inside the charge's noun phrase before the event: "one count of",
// "all charges of", "the attempted".
bool inside_charge_phrase(const Token& t) {
  const auto& tag = t.xpos;
  return tag == "CD" || tag == "DT" || tag == "PDT" || tag.starts_with("JJ") || tag.starts_with("NN") ||
         tag == "PRP$" || tag == "POS" || token_lower(t) == "of";
}

// The verb right before `of`, or before the pronoun or name it clears ("cleared him of",
// "acquitted Ana Ruiz of"); none when another word stands there ("cleared the backlog of
// claims" clears no one).
std::optional<std::size_t> verb_before_object(const TokenizedText& text, const Sentence& s, std::size_t of) {
  constexpr std::size_t kObjectWords = 3;
  for (std::size_t k = of; k > s.first_token && of - k <= kObjectWords; --k) {
    const Token& t = text.tokens[k - 1];
    if (t.xpos.starts_with("VB")) return k - 1;
    if (t.xpos != "PRP" && !t.xpos.starts_with("NNP")) break;
  }
  return std::nullopt;
}

}  // namespace

bool acquitted_of(const TokenizedText& text, const Sentence& s, std::size_t event, const EventLexicon& lexicon) {
  for (std::size_t k = event; k > s.first_token + 1; --k) {
    const Token& before = text.tokens[k - 1];
    if (token_lower(before) == "of") {
      if (const auto verb = verb_before_object(text, s, k - 1))
        return lexicon.has_category(guess_lemma(text.tokens[*verb], lexicon), "clears-of");
    }
    if (!inside_charge_phrase(before)) return false;
  }
  return false;
}

}  // namespace chronograph::core
