#include "core/events/sequence_participle.h"

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// Whether `noun` is the participle's "by" phrase (the parser labels it an agent, or an oblique
// opened by "by").
bool by_phrase_of(const TokenizedText& text, const ParseView& parse, std::size_t noun, std::size_t verb) {
  if (parse.head(noun) != verb) return false;
  if (parse.relation_is(noun, "obl:agent")) return true;
  const auto marker = parse.child(noun, "case");
  return parse.relation_is(noun, "obl") && marker && token_lower(text.tokens[*marker]) == "by";
}

}  // namespace

bool sequence_participle(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  const Token& t = text.tokens[verb];
  const std::string word = token_lower(t);
  if (t.xpos != "VBN" || (word != "followed" && word != "preceded")) return false;
  for (const char* own : {"aux", "aux:pass", "nsubj", "nsubj:pass"})
    if (parse.child(verb, own)) return false;
  if (!parse.head(verb)) return false;
  for (const std::size_t k : parse.children(verb))
    if (k > verb && by_phrase_of(text, parse, k, verb)) return true;
  return false;
}

std::optional<std::size_t> sequence_host(const TokenizedText& text, const ParseView& parse, std::size_t agent) {
  const auto verb = parse.head(agent);
  if (!verb || !by_phrase_of(text, parse, agent, *verb) || !sequence_participle(text, parse, *verb)) return std::nullopt;
  return parse.head(*verb);
}

}  // namespace chronograph::core
