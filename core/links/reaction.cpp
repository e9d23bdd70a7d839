#include "core/links/reaction.h"


#include <fmt/format.h>

#include "core/common/data_lines.h"
#include "core/common/error.h"
#include "core/events/lexicon.h"
#include "core/events/parse_view.h"

namespace chronograph::core {

namespace {

std::string lemma_at(const TokenizedText& tokens, std::size_t i) {
  const Token& t = tokens.tokens[i];
  return to_lower(t.lemma.empty() ? t.text : t.lemma);
}

bool personal_pronoun(const std::string& lemma) {
  return lemma == "he" || lemma == "she" || lemma == "it" || lemma == "they" || lemma == "we" || lemma == "i";
}

// Who does the event at `verb`: its active subject's lemma; "" for a noun event or a passive
// (whose subject only undergoes it: "after its base was shelled" is done by someone else).
// A verb with no subject of its own ("after failing to beat") or a personal pronoun for one
// ("after it warned Moscow", read back to the clause it hangs on) has no doer of its own.
struct Doer {
  std::string lemma;
  bool own = true;
};

Doer doer_of(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  if (tokens.tokens[verb].upos != "VERB" && tokens.tokens[verb].upos != "AUX") return {};
  if (parse.child(verb, "nsubj:pass") || parse.child(verb, "aux:pass")) return {};
  const auto subject = parse.child(verb, "nsubj");
  if (!subject) return {"", false};
  const std::string lemma = lemma_at(tokens, *subject);
  return {lemma, !personal_pronoun(lemma)};
}

}  // namespace

ReactionWords ReactionWords::load_from(const std::filesystem::path& file) {
  ReactionWords words;
  for_each_data_line(read_data_file(file), [&](const std::string& line, int number) {
    const auto tab = line.find('\t');
    const std::string kind = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (kind != "provocation" && kind != "reaction")
      throw ParseError({file.string(), number, 1}, fmt::format("expected LEMMA<TAB>provocation|reaction"), {},
                       "write e.g. warn<TAB>provocation", line);
    (kind == "provocation" ? words.provocations_ : words.reactions_).insert(to_lower(line.substr(0, tab)));
  });
  return words;
}

bool ReactionWords::answers(const TokenizedText& tokens, const Sentence& sentence, std::size_t reacting,
                            std::size_t cause) const {
  const bool reaction = reactions_.contains(lemma_at(tokens, reacting));
  if (!reaction && !provocations_.contains(lemma_at(tokens, cause))) return false;
  // "The US imposed sanctions after it warned Moscow": one doer's own steps answer nothing (but
  // a verb of answering answers others: "Israel retaliated after they fired rockets")
  const ParseView parse(tokens, sentence);
  const Doer by = doer_of(tokens, parse, reacting), first = doer_of(tokens, parse, cause);
  if (!first.own && !reaction) return false;
  return by.lemma.empty() || first.lemma.empty() || by.lemma != first.lemma;
}

}  // namespace chronograph::core
