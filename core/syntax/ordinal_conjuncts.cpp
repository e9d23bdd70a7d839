#include "core/syntax/ordinal_conjuncts.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/syntax/penn_tags.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

bool is_ordinal(const Token& t) { return t.upos == "ADJ" && t.feats.find("NumType=Ord") != std::string::npos; }

// The verb the words from `k` name, a finite verb or finite auxiliaries and the verb after
// them, with no subject (a verb the parser hung there as one is the first clause's: "was called
// off ..., and a third ... was halted" with "called" the subject of "halted"); -1 when they name
// none.
int subjectless_finite_verb(std::span<const Token> sentence, int k) {
  const int n = static_cast<int>(sentence.size());
  const auto at = [&](int i) -> const Token& { return sentence[static_cast<std::size_t>(i)]; };
  if (k >= n || !finite_tag(at(k).xpos)) return -1;
  int verb = k;
  while (verb < n && at(verb).upos == "AUX") ++verb;
  if (verb >= n || at(verb).upos != "VERB") return -1;
  if (has_child(sentence, verb, [](const Token& t) { return t.deprel.starts_with("nsubj") && t.upos != "VERB"; })) return -1;
  return verb;
}

// The nearest verb before `k` that heads a main clause (no clause of another word's); -1 when none.
int main_verb_before(std::span<const Token> sentence, int k) {
  static constexpr std::string_view kSubordinate[] = {"advcl", "acl", "acl:relcl", "ccomp", "xcomp", "amod", "csubj"};
  while (k-- > 0) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.upos == "VERB" && std::find(std::begin(kSubordinate), std::end(kSubordinate), t.deprel) == std::end(kSubordinate))
      return k;
  }
  return -1;
}

// The end (one past) of a phrase set off by commas from `k` (", on Tuesday ,") with no verb in
// it, or `k` when none starts there.
int past_set_off_phrase(std::span<const Token> sentence, int k) {
  const int n = static_cast<int>(sentence.size());
  if (k >= n || sentence[static_cast<std::size_t>(k)].text != ",") return k;
  for (int j = k + 1; j < n; ++j) {
    const Token& t = sentence[static_cast<std::size_t>(j)];
    if (t.text == ",") return j > k + 1 ? j + 1 : k;
    if (t.upos == "VERB" || t.upos == "AUX") return k;
  }
  return k;
}

bool join_ordinal_clause(std::span<Token> sentence, int cc) {
  const auto at = [&](int i) -> Token& { return sentence[static_cast<std::size_t>(i)]; };
  const int n = static_cast<int>(sentence.size());
  int ordinal = cc + 1;
  if (ordinal < n && at(ordinal).upos == "DET") ++ordinal;
  if (ordinal >= n || !is_ordinal(at(ordinal))) return false;
  const int phrase_end = past_set_off_phrase(sentence, ordinal + 1);
  const int verb = subjectless_finite_verb(sentence, phrase_end);
  const int first = main_verb_before(sentence, cc);
  if (verb < 0 || first < 0) return false;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  if (is_ancestor(sentence, verb, first)) {
    at(first).head = at(verb).head;
    at(first).deprel = at(verb).head < 0 ? "root" : at(verb).deprel;
  }
  at(verb).head = first;
  at(verb).deprel = "conj";
  const bool passive = has_child(sentence, verb, [](const Token& t) { return t.deprel == "aux:pass"; });
  at(cc).head = verb;
  at(cc).deprel = "cc";
  if (cc > 0 && at(cc - 1).text == "," && at(cc - 1).head == ordinal) at(cc - 1).head = verb;  // (", and a third")
  if (ordinal > cc + 1) {
    at(cc + 1).head = ordinal;
    at(cc + 1).deprel = "det";
  }
  at(ordinal).head = verb;
  at(ordinal).deprel = passive ? "nsubj:pass" : "nsubj";
  // (the set-off phrase: its commas and its head, the word in it that hangs outside it)
  for (int j = ordinal + 1; j < phrase_end; ++j) {
    Token& t = at(j);
    if (t.text == ",") {
      t.head = verb;
      t.deprel = "punct";
    } else if (t.head <= ordinal || t.head >= phrase_end) {
      const bool marked = has_child(sentence, j, [](const Token& d) { return d.deprel == "case"; });
      t.head = verb;
      t.deprel = marked ? "obl" : "obl:unmarked";
    }
  }
  for (int j = phrase_end; j < verb; ++j) at(j).head = verb;
  return kept_as_tree(sentence, before);
}

}  // namespace

int give_ordinal_conjuncts_their_verbs(std::span<Token> sentence) {
  int repaired = 0;
  for (int k = 0; k + 3 < static_cast<int>(sentence.size()); ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.upos == "CCONJ" && join_ordinal_clause(sentence, k)) ++repaired;
  }
  return repaired;
}

}  // namespace chronograph::core
