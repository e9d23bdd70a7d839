#include "core/events/advice.h"

#include <set>
#include <string>

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// "anyone", "whoever", "you": whoever reads.
bool names_the_reader(const Token& t) {
  static const std::set<std::string> kAnyone = {"anyone", "anybody", "everyone", "everybody", "whoever", "you"};
  return kAnyone.contains(token_lower(t));
}

// The reader (names_the_reader) or a bare plural common noun ("Consumers should ..."): whoever
// reads, not a party the story is about.
bool addresses_readers(const TokenizedText& tokens, const ParseView& parse, std::size_t subject) {
  const Token& t = tokens.tokens[subject];
  if (names_the_reader(t)) return true;
  const bool bare = !parse.child(subject, "det") && !parse.child(subject, "nmod:poss") && !parse.child(subject, "nummod");
  return t.xpos == "NNS" && bare;
}

// "should call", not "should have called"; nor "barbecues should be banned", where a subject
// other than the reader ("you should be tested") undergoes the act: a call for the act, no advice.
bool takes_should(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  if (const auto subject = parse.child(verb, "nsubj:pass"); subject && !names_the_reader(tokens.tokens[*subject]))
    return false;
  bool should = false;
  for (const std::size_t c : parse.children(verb)) {
    const std::string w = token_lower(tokens.tokens[c]);
    if (!parse.relation_is(c, "aux")) continue;
    if (w == "have") return false;
    should = should || w == "should";
  }
  return should;
}

// "Anyone with information is asked to call 101", "Drivers are urged to avoid the area": a
// verb of asking in the present passive turns to whoever reads.
bool asked_in_passive(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string> kAsking = {"ask", "urge", "advise", "encourage", "request", "invite", "remind"};
  if (!kAsking.contains(tokens.tokens[verb].lemma)) return false;
  for (const std::size_t c : parse.children(verb)) {
    const std::string w = token_lower(tokens.tokens[c]);
    if (parse.relation_is(c, "aux:pass") && (w == "is" || w == "are")) return true;
  }
  return false;
}

// "what to watch in the first week", "how to apply": an infinitive right after a question word
// tells readers what they may do.
bool asked_infinitive(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string> kQuestionWords = {"what", "how", "where", "which", "whom"};
  if (verb < parse.begin() + 2 || token_lower(tokens.tokens[verb - 1]) != "to") return false;
  return kQuestionWords.contains(token_lower(tokens.tokens[verb - 2]));
}

// "What is changing?", "Do I have to tell HMRC about changes?": an explainer's heading asks what
// a reader would; a question in no one's quoted words tells nothing that happened.
bool readers_question(const TokenizedText& tokens, const ParseView& parse) {
  if (parse.end() == parse.begin() || tokens.tokens[parse.end() - 1].text != "?") return false;
  for (std::size_t k = parse.begin(); k < parse.end(); ++k)
    if (is_quote_mark(tokens.tokens[k].text)) return false;
  return true;
}

}  // namespace

bool advice_to_readers(const TokenizedText& tokens, const ParseView& parse, std::size_t i) {
  if (readers_question(tokens, parse)) return true;
  if (!parse.parsed() || tokens.tokens[i].upos != "VERB") return false;
  if (asked_infinitive(tokens, parse, i)) return true;
  constexpr int kClauseSteps = 3;  // "should stop using ... and contact": verb, xcomp, conj
  std::size_t verb = i;
  for (int step = 0; step < kClauseSteps; ++step) {
    if (const auto subject = parse.child(verb, "nsubj"))
      return (takes_should(tokens, parse, verb) || asked_in_passive(tokens, parse, verb)) &&
             addresses_readers(tokens, parse, *subject);
    const bool joined = parse.relation_is(verb, "xcomp") || parse.relation_is(verb, "advcl") || parse.relation_is(verb, "conj");
    const auto head = parse.head(verb);
    if (!joined || !head || tokens.tokens[*head].upos != "VERB") return false;
    verb = *head;
  }
  return false;
}

}  // namespace chronograph::core
