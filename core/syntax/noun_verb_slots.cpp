#include "core/syntax/noun_verb_slots.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

std::string lower_text(const Token& t) { return lowercase_ascii(t.text); }

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool has_relation(std::span<const Token> sentence, int head, std::initializer_list<std::string_view> relations) {
  return has_child(sentence, head, [&](const Token& t) { return one_of(t.deprel, relations); });
}

// "month" in "the following month", "week", "Monday", "March": a noun that names a time.
bool names_time(const Token& t) {
  const std::string lower = lower_text(t);
  return is_time_unit(lower) || is_day_word(lower) || is_month_word(lower) || is_period_noun(lower);
}

// Whether every object hung on `verb` names a time ("limit the following month").
bool objects_name_times(std::span<const Token> sentence, int verb) {
  return std::all_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head != verb || t.deprel != "obj" || names_time(t); });
}

bool opened_by_indefinite_article(std::span<const Token> sentence, int noun) {
  return has_child(sentence, noun, [](const Token& t) { return t.deprel == "det" && one_of(lower_text(t), {"a", "an"}); });
}

}  // namespace

bool noun_from_base_form_after_indefinite_noun(std::span<Token> sentence, const WordClasses& classes) {
  // verbs whose object does the act of a bare infinitive: "let a rival win", "saw a man fall"
  static constexpr std::array<std::string_view, 10> kObjectActs = {"make", "let", "have", "help", "see", "watch", "hear", "feel", "notice", "bid"};
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& noun = sentence[k - 1];
    if (t.xpos != "VB" || noun.xpos != "NN" || t.head < 0) continue;
    const std::string form = lower_text(t);
    if (one_of(form, {"be", "have", "do"}) || !(classes.of(form) & WordClasses::Noun)) continue;
    if (!opened_by_indefinite_article(sentence, static_cast<int>(k) - 1)) continue;
    const int v = static_cast<int>(k);
    if (has_relation(sentence, v, {"aux", "aux:pass", "nsubj", "nsubj:pass", "iobj", "ccomp", "xcomp", "compound:prt", "advmod", "mark"}))
      continue;
    if (!objects_name_times(sentence, v)) continue;
    const Token& governor = sentence[static_cast<std::size_t>(t.head)];
    const std::string head = lowercase_ascii(governor.lemma.empty() ? governor.text : governor.lemma);
    if (std::find(kObjectActs.begin(), kObjectActs.end(), head) != kObjectActs.end()) continue;
    make_noun(t, false);
    return true;
  }
  return false;
}

namespace {

// "anyone", "a driver", "the company": a singular subject for a verb in "-s".
bool singular_subject(const Token& t) {
  if (t.upos == "PRON") return one_of(lower_text(t), {"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "no-one", "he", "she", "it", "whoever"});
  return t.xpos == "NN" || t.xpos == "NNP";
}

// The first word of an object: "an automatic penalty", "his car", "£100", "20 points".
bool opens_object(const Token& t) {
  return t.upos == "DET" || t.upos == "NUM" || t.xpos == "PRP$" || t.xpos == "$" || t.upos == "ADJ";
}

}  // namespace

bool present_verb_after_relative_clause(std::span<Token> sentence, const WordClasses& classes) {
  const int r = root_of(sentence);
  const int n = static_cast<int>(sentence.size());
  if (r < 0 || r > 2 || !singular_subject(sentence[static_cast<std::size_t>(r)])) return false;
  if (has_relation(sentence, r, {"cop", "aux", "aux:pass", "nsubj", "nsubj:pass"})) return false;
  for (int v = r + 1; v < n; ++v) {
    const Token& relative = sentence[static_cast<std::size_t>(v)];
    if (relative.head != r || relative.deprel != "acl:relcl" || relative.upos != "VERB") continue;
    for (int w = v + 1; w + 1 < n; ++w) {
      Token& word = sentence[static_cast<std::size_t>(w)];
      if (word.upos == "PUNCT" || !is_ancestor(sentence, v, w)) break;  // past the relative clause
      const Token& before = sentence[static_cast<std::size_t>(w - 1)];
      if (word.xpos != "NNS" || before.upos == "DET" || before.xpos == "PRP$") continue;
      if (!opens_object(sentence[static_cast<std::size_t>(w + 1)])) continue;
      if (!(classes.of(lower_text(word)) & WordClasses::PresentVerb3)) continue;
      make_present_tense(word, true);
      return true;
    }
  }
  return false;
}

namespace {

// Verbs that take "by" as a place or an amount, not an agent: "stopped by the house", "rose by 5%".
bool takes_by_of_place_or_amount(std::string_view lemma) {
  return one_of(lemma, {"stop", "drop", "pass", "stand", "swing", "come", "go", "walk", "drive", "fly", "sail", "run", "live",
                        "abide", "rise", "fall", "grow", "increase", "decrease", "climb", "shrink", "win", "lose", "lead", "trail",
                        "gain", "slip", "jump", "surge", "soar", "plunge", "cut", "reduce", "narrow", "widen", "beat", "miss", "sit"});
}

// Whether the "by" at `by` marks an agent: a name, a noun or a pronoun, not an amount or a
// time ("by 5%", "by the time", "by the end").
bool agent_after(std::span<const Token> sentence, int by) {
  const int head = sentence[static_cast<std::size_t>(by)].head;
  if (head <= by) return false;
  const Token& t = sentence[static_cast<std::size_t>(head)];
  if (t.upos != "NOUN" && t.upos != "PROPN" && t.upos != "PRON") return false;
  return !one_of(lower_text(t), {"time", "end", "way", "far", "percent", "%", "then", "now"}) && !names_time(t);
}

bool another_finite_verb(std::span<const Token> sentence, int verb) {
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k)
    if (k != verb && finite_tag(sentence[static_cast<std::size_t>(k)].xpos) && !is_ancestor(sentence, verb, k)) return true;
  return false;
}

}  // namespace

bool participle_before_agent(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form) {
  const int n = static_cast<int>(sentence.size());
  for (int k = 1; k + 2 < n; ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    const Token& noun = sentence[static_cast<std::size_t>(k - 1)];
    if (t.xpos != "VBD" || t.upos != "VERB" || lower_text(sentence[static_cast<std::size_t>(k + 1)]) != "by") continue;
    if (noun.upos != "NOUN" && noun.upos != "PROPN") continue;
    // (the parser may have made the noun the verb's subject, or given the verb none)
    const bool other_subject = has_child(sentence, k, [&](const Token& s) { return s.deprel == "nsubj" && &s != &noun; });
    if (other_subject) continue;
    if (has_relation(sentence, k, {"obj", "iobj", "xcomp", "aux", "aux:pass"})) continue;
    if (takes_by_of_place_or_amount(t.lemma) || !participle_form(lower_text(t))) continue;
    if (!agent_after(sentence, k + 1) || !another_finite_verb(sentence, k)) continue;
    make_past_participle(t);
    return true;
  }
  return false;
}

bool present_verb_in_clause_after_opener(std::span<Token> sentence, const WordClasses& classes,
                                         const std::function<bool(const std::string&)>& seen_as_plural_noun) {
  const int n = static_cast<int>(sentence.size());
  for (int v = 2; v < n; ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& noun = sentence[static_cast<std::size_t>(v - 1)];
    if (t.xpos != "NNS" || (noun.xpos != "NN" && noun.xpos != "NNP") || noun.head != v || noun.deprel != "compound") continue;
    const bool opened = has_child(sentence, v, [&](const Token& m) {
      return (m.deprel == "case" || m.deprel == "mark") && &m < &t &&
             one_of(lower_text(m), {"before", "after", "until", "till", "once", "since", "when", "while", "as", "unless", "if"});
    });
    const bool closes = v + 1 == n || sentence[static_cast<std::size_t>(v + 1)].upos == "ADP" || sentence[static_cast<std::size_t>(v + 1)].upos == "PUNCT";
    if (!opened || !closes) continue;
    const std::string form = lower_text(t);
    if (!(classes.of(form) & WordClasses::PresentVerb3) || seen_as_plural_noun(form)) continue;
    make_present_tense(t, true);
    return true;
  }
  return false;
}

}  // namespace chronograph::core
