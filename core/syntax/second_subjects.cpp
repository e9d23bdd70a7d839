#include "core/syntax/second_subjects.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

bool is_subject(const Token& t) { return t.deprel == "nsubj" || t.deprel == "nsubj:pass"; }

std::string lower_at(std::span<const Token> sentence, int k) { return lowercase_ascii(sentence[static_cast<std::size_t>(k)].text); }

// "year", "Monday", "March", or any word after "last", "this" or "next" ("Last Thanksgiving").
bool names_a_time(std::span<const Token> sentence, int k) {
  const std::string lower = lower_at(sentence, k);
  if (is_time_unit(lower) || is_day_word(lower) || is_month_word(lower)) return true;
  return has_child(sentence, k, [](const Token& t) {
    const std::string word = lowercase_ascii(t.text);
    return word == "last" || word == "this" || word == "next";
  });
}

bool has_preposition(std::span<const Token> sentence, int k) {
  return has_child(sentence, k, [](const Token& t) { return t.deprel == "case" && t.upos == "ADP"; });
}

// The word right before the phrase at `first` when it is a "since", "after", "before" or "until" the
// parser hung on `verb` as a clause's opener although no verb follows it ("since March landed"); -1 otherwise.
int stray_opener(std::span<const Token> sentence, int first, int verb) {
  if (first == 0) return -1;
  const Token& t = sentence[static_cast<std::size_t>(first - 1)];
  const std::string word = lowercase_ascii(t.text);
  const bool opener = word == "since" || word == "after" || word == "before" || word == "until";
  return opener && t.head == verb && t.deprel == "mark" ? first - 1 : -1;
}

// Moves the subject at `s` of `verb`, one of `subjects`; true when it moved.
bool move_second_subject(std::span<Token> sentence, const std::vector<std::pair<int, int>>& spans, int verb, int s,
                         const std::vector<int>& subjects) {
  Token& subject = sentence[static_cast<std::size_t>(s)];
  int phrase_first = spans[static_cast<std::size_t>(s)].first;
  if (const int opener = stray_opener(sentence, phrase_first, verb); opener >= 0) {
    phrase_first = opener;
    sentence[static_cast<std::size_t>(opener)].head = s;
    sentence[static_cast<std::size_t>(opener)].deprel = "case";
    sentence[static_cast<std::size_t>(opener)].upos = "ADP";
  }
  if (has_preposition(sentence, s)) {
    for (const int other : subjects) {  // "The first flight [since March]": the phrase right after another subject's
      if (other == s || spans[static_cast<std::size_t>(other)].second + 1 != phrase_first) continue;
      subject.head = other;
      subject.deprel = "nmod";
      return true;
    }
    subject.deprel = "obl";
    return true;
  }
  // (the comma closing the time may hang on it or after it)
  const int last = spans[static_cast<std::size_t>(s)].second;
  const bool closed = sentence[static_cast<std::size_t>(last)].text == "," || (last + 1 < verb && sentence[static_cast<std::size_t>(last + 1)].text == ",");
  if (!names_a_time(sentence, s) || !closed) return false;
  // ("on 14 March, Mr Hart told": the month goes with its day, as in a date phrase)
  const std::string& day = sentence[static_cast<std::size_t>(std::max(s - 1, 0))].text;
  if (s > 0 && is_month_word(lower_at(sentence, s)) && !day.empty() && day.size() <= 2 && std::isdigit(static_cast<unsigned char>(day[0]))) {
    subject.head = s - 1;
    subject.deprel = "nmod:unmarked";
    return true;
  }
  subject.deprel = "obl:unmarked";
  return true;
}

// The verb of the first finite word after `from` (an auxiliary's verb), when it has no subject
// but perhaps a number ("2022" in "in October 2022 had found"); -1 otherwise.
int next_clause_verb(std::span<const Token> sentence, int from) {
  for (int k = from; k < static_cast<int>(sentence.size()); ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.xpos != "VBD" && t.xpos != "VBZ" && t.xpos != "VBP" && t.xpos != "MD") continue;
    const int verb = t.upos == "AUX" && t.head > k ? t.head : k;
    if (sentence[static_cast<std::size_t>(verb)].upos != "VERB") return -1;
    const bool subject = has_child(sentence, verb, [](const Token& d) { return is_subject(d) && d.upos != "NUM"; });
    return subject ? -1 : verb;
  }
  return -1;
}

// "said [a routine inspection in October 2022] had found": the subject the parser gave the
// saying verb after it, with a verb after its phrase that lacks one, is that verb's subject, and
// that verb the saying verb's `ccomp`; a number the parser made the verb's subject goes back to
// the month before it. True when it moved.
bool move_subject_after_verb(std::span<Token> sentence, const std::vector<std::pair<int, int>>& spans, int verb, int s) {
  if (spans[static_cast<std::size_t>(s)].first != verb + 1) return false;
  const int clause = next_clause_verb(sentence, s + 1);
  if (clause < 0) return false;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head != clause || !is_subject(t) || t.upos != "NUM") continue;
    const bool after_month = k > 0 && is_month_word(lower_at(sentence, k - 1));
    t.head = after_month ? k - 1 : clause;
    t.deprel = after_month ? "nmod:unmarked" : "obl";
  }
  Token& subject = sentence[static_cast<std::size_t>(s)];
  subject.head = clause;
  subject.deprel = has_child(sentence, clause, [](const Token& d) { return d.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
  sentence[static_cast<std::size_t>(clause)].head = verb;
  sentence[static_cast<std::size_t>(clause)].deprel = "ccomp";
  return true;
}

}  // namespace

int one_subject_per_verb(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int verb = 0; verb < n; ++verb) {
    std::vector<int> subjects;
    for (int k = 0; k < verb; ++k)
      if (sentence[static_cast<std::size_t>(k)].head == verb && is_subject(sentence[static_cast<std::size_t>(k)])) subjects.push_back(k);
    const auto spans = extents(sentence);
    const std::vector<Token> before(sentence.begin(), sentence.end());
    if (!subjects.empty() && sentence[static_cast<std::size_t>(verb)].upos == "VERB") {
      for (int k = verb + 1; k < n; ++k) {
        if (sentence[static_cast<std::size_t>(k)].head != verb || !is_subject(sentence[static_cast<std::size_t>(k)])) continue;
        if (move_subject_after_verb(sentence, spans, verb, k) && kept_as_tree(sentence, before)) ++moved;
        break;
      }
    }
    if (subjects.size() < 2) continue;
    for (const int s : subjects) {
      if (!move_second_subject(sentence, spans, verb, s, subjects)) continue;
      if (kept_as_tree(sentence, before)) ++moved;
      break;  // one a verb: the other is its subject
    }
  }
  return moved;
}

}  // namespace chronograph::core
