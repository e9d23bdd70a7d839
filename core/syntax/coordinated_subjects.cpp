#include "core/syntax/coordinated_subjects.h"

#include <algorithm>
#include <map>
#include <vector>

#include "core/syntax/conllu.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

// What lies between one subject's phrase and the next subject word.
enum class Gap { Conjunction, Commas, Blocked };

// `previous_last` is the last word of the previous subject's phrase, `next` the next subject,
// `next_first` the first word of its phrase: outside the phrases only punctuation and
// conjunctions may appear; the conjunction may also open the next phrase ("and" attached to
// "Russian" in "and Russian president Vladimir Putin").
Gap gap_between(std::span<const Token> sentence, int previous_last, int next_first, int next) {
  bool conjunction = false, comma = false;
  for (int k = previous_last + 1; k < next; ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    const bool outside = k < next_first;
    if (t.upos == "CCONJ") conjunction = true;
    else if (outside && t.upos == "PUNCT" && model_form(t) == ",") comma = true;
    else if (outside) return Gap::Blocked;
  }
  return conjunction ? Gap::Conjunction : comma ? Gap::Commas : Gap::Blocked;
}

// Makes subjects[1..] conjuncts of subjects[0], with the conjunctions and commas before each.
int join(std::span<Token> sentence, const std::vector<int>& subjects,
         const std::vector<std::pair<int, int>>& spans) {
  const int first = subjects.front();
  int joined = 0;
  for (std::size_t s = 1; s < subjects.size(); ++s) {
    const int next = subjects[s];
    const int previous_last = spans[static_cast<std::size_t>(subjects[s - 1])].second;
    for (int k = previous_last + 1; k < next; ++k) {
      Token& t = sentence[static_cast<std::size_t>(k)];
      if (is_ancestor(sentence, k, next)) continue;
      if (t.upos == "CCONJ") {
        t.head = next;
        t.deprel = "cc";
      } else if (t.upos == "PUNCT" && k < spans[static_cast<std::size_t>(next)].first) {
        t.head = next;
        t.deprel = "punct";
      }
    }
    sentence[static_cast<std::size_t>(next)].head = first;
    sentence[static_cast<std::size_t>(next)].deprel = "conj";
    ++joined;
  }
  return joined;
}

std::map<int, std::vector<int>> subjects_by_head(std::span<const Token> sentence) {
  std::map<int, std::vector<int>> subjects_of;  // head -> its nsubj words, in order
  for (std::size_t i = 0; i < sentence.size(); ++i)
    if (sentence[i].head >= 0 && universal_relation(sentence[i].deprel) == "nsubj")
      subjects_of[sentence[i].head].push_back(static_cast<int>(i));
  return subjects_of;
}

bool has_children_other_than(std::span<const Token> sentence, int word, int allowed) {
  for (std::size_t k = 0; k < sentence.size(); ++k)
    if (sentence[k].head == word && static_cast<int>(k) != allowed) return true;
  return false;
}

// "Reagan and Soviet leader Mikhail Gorbachev signed": the parser made "Soviet" a conjunct of
// the first subject and "Mikhail" a second subject. The conjunct (a lone word right after its
// conjunction, right before the second subject's phrase) modifies that phrase's first word
// and the conjunction opens it, so that join() sees two subjects joined by "and".
void give_back_split_modifiers(std::span<Token> sentence) {
  for (const auto& [head, subjects] : subjects_by_head(sentence)) {
    const auto spans = extents(sentence);
    for (std::size_t s = 1; s < subjects.size(); ++s) {
      const int next_first = spans[static_cast<std::size_t>(subjects[s])].first;
      const int modifier = next_first - 1, conjunction = next_first - 2;
      if (conjunction < 0 || sentence[static_cast<std::size_t>(modifier)].deprel != "conj" ||
          sentence[static_cast<std::size_t>(modifier)].head != subjects[s - 1])
        continue;
      Token& cc = sentence[static_cast<std::size_t>(conjunction)];
      if (cc.upos != "CCONJ" || cc.head != modifier || has_children_other_than(sentence, modifier, conjunction)) continue;
      Token& m = sentence[static_cast<std::size_t>(modifier)];
      m.head = next_first;
      m.deprel = m.upos == "ADJ" ? "amod" : "compound";
      cc.head = subjects[s];
    }
  }
}

}  // namespace

int join_coordinated_subjects(std::span<Token> sentence) {
  give_back_split_modifiers(sentence);
  const auto subjects_of = subjects_by_head(sentence);
  std::vector<std::pair<int, int>> spans;
  int joined = 0;
  for (const auto& [head, subjects] : subjects_of) {
    if (subjects.size() < 2) continue;
    if (spans.empty()) spans = extents(sentence);
    // Runs of subjects with only commas or conjunctions between them; a run is joined when
    // a conjunction comes before its last subject, and it ends before the head.
    std::vector<int> run{subjects.front()};
    bool ends_with_conjunction = false;
    auto flush = [&] {
      if (run.size() >= 2 && ends_with_conjunction && !(run.front() < head && head < run.back()))
        joined += join(sentence, run, spans);
      run.clear();
      ends_with_conjunction = false;
    };
    for (std::size_t s = 1; s < subjects.size(); ++s) {
      const int next = subjects[s];
      const Gap gap = gap_between(sentence, spans[static_cast<std::size_t>(run.back())].second,
                                  spans[static_cast<std::size_t>(next)].first, next);
      if (gap == Gap::Blocked || sentence[static_cast<std::size_t>(next)].deprel != sentence[static_cast<std::size_t>(run.back())].deprel) {
        flush();
      } else {
        ends_with_conjunction = gap == Gap::Conjunction;
      }
      run.push_back(next);
    }
    flush();
  }
  return joined;
}

int join_descriptor_subjects(std::span<Token> sentence) {
  int joined = 0;
  for (const auto& [head, subjects] : subjects_by_head(sentence)) {
    const auto spans = extents(sentence);
    for (std::size_t s = 1; s < subjects.size(); ++s) {
      const int before = subjects[s - 1], after = subjects[s];
      Token& first = sentence[static_cast<std::size_t>(before)];
      const std::string& second = sentence[static_cast<std::size_t>(after)].upos;
      if (spans[static_cast<std::size_t>(before)].second + 1 != spans[static_cast<std::size_t>(after)].first) continue;
      const bool determined = has_child(sentence, after, [](const Token& t) { return t.deprel == "det" || t.deprel == "nmod:poss"; });
      if (first.upos == "NOUN" && second == "PROPN") {
        first.deprel = "nmod:desc";
      } else if (first.upos == "PROPN" && second == "NOUN" && !determined) {
        first.deprel = "compound";
      } else {
        continue;
      }
      first.head = after;
      ++joined;
    }
  }
  return joined;
}

int give_root_descriptors_their_names(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  const int r = root_of(sentence);
  if (r < 0 || r + 1 >= n || sentence[static_cast<std::size_t>(r)].upos != "NOUN") return 0;
  const bool predicate = has_child(sentence, r, [](const Token& t) { return t.deprel == "cop" || t.deprel.starts_with("nsubj"); });
  const Token& name = sentence[static_cast<std::size_t>(r + 1)];
  const int v = name.head;
  if (predicate || name.upos != "PROPN" || !name.deprel.starts_with("nsubj") || v <= r + 1) return 0;
  if (sentence[static_cast<std::size_t>(v)].upos != "VERB") return 0;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  for (int k = r + 1; k < n; ++k)  // what hung on the noun after it hangs on the verb
    if (sentence[static_cast<std::size_t>(k)].head == r) sentence[static_cast<std::size_t>(k)].head = v;
  sentence[static_cast<std::size_t>(v)].head = -1;
  sentence[static_cast<std::size_t>(v)].deprel = "root";
  sentence[static_cast<std::size_t>(r)].head = r + 1;
  sentence[static_cast<std::size_t>(r)].deprel = "nmod:desc";
  if (is_tree(sentence)) return 1;
  std::copy(before.begin(), before.end(), sentence.begin());
  return 0;
}

int give_object_descriptors_their_names(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  for (int k = 1; k + 1 < n; ++k) {
    Token& noun = sentence[static_cast<std::size_t>(k)];
    Token& name = sentence[static_cast<std::size_t>(k + 1)];
    const int verb = noun.head;
    // (or the one told: "told the developer Colin Marsh that the scheme ...", an `iobj`)
    if (noun.upos != "NOUN" || (noun.deprel != "obj" && noun.deprel != "iobj") || verb < 0 || verb > k || name.upos != "PROPN")
      continue;
    // the name the parser made a later word's subject, or its bare modifier ("sacked manager Tom
    // Dale on Monday after a home defeat" with "Tom" on "defeat")
    const bool misplaced = name.deprel.starts_with("nsubj") || name.deprel == "nmod:unmarked";
    if (!misplaced || name.head <= k + 1) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    for (int c = k + 2; c < n; ++c) {  // the name's time and place phrases are the verb's
      Token& t = sentence[static_cast<std::size_t>(c)];
      if (t.head == k + 1 && t.deprel != "flat") {
        t.head = verb;
        if (t.deprel == "nmod") t.deprel = "obl";
      }
    }
    name.head = verb;
    name.deprel = noun.deprel;
    noun.head = k + 1;
    noun.deprel = "nmod:desc";
    if (is_tree(sentence)) return 1;
    std::copy(before.begin(), before.end(), sentence.begin());
  }
  return 0;
}

namespace {

bool opened_by_time_order_word(std::span<const Token> sentence, int noun) {
  static constexpr std::string_view kOrderWords[] = {"after", "before", "until", "since", "once"};
  return std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
    return t.head == noun && t.deprel == "case" &&
           std::find(std::begin(kOrderWords), std::end(kOrderWords), lowercase_ascii(t.text)) != std::end(kOrderWords);
  });
}

}  // namespace

int join_between_pairs(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  std::vector<std::pair<int, int>> spans;
  int joined = 0;
  for (int b = 0; b < n; ++b) {
    const Token& marker = sentence[static_cast<std::size_t>(b)];
    if (marker.deprel != "case" || lowercase_ascii(marker.text) != "between" || marker.head <= b || marker.head >= n) continue;
    if (spans.empty()) spans = extents(sentence);
    const int first = marker.head;
    // (a pair already joined, "between Kaldor and Tessin and the UN welcomed it", has its conjunct)
    const bool paired = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == first && t.deprel == "conj"; });
    const int cc = spans[static_cast<std::size_t>(first)].second + 1;
    if (paired || cc >= n) continue;
    Token& conjunction = sentence[static_cast<std::size_t>(cc)];
    if (lowercase_ascii(conjunction.text) != "and" || conjunction.deprel != "cc" || conjunction.head <= cc || conjunction.head >= n)
      continue;
    const int verb = conjunction.head;
    // the verb hangs on the noun the "between" phrase modifies: "a ceasefire between X and Y
    // will take effect", not "talks were held between X and China offered to mediate"
    // (or the noun a word of time order opens, with the verb hung elsewhere: "walked off the job
    // after talks between the union and the employers broke down", the verb then its clause's)
    const Token& head_verb = sentence[static_cast<std::size_t>(verb)];
    const int modified = sentence[static_cast<std::size_t>(first)].head;
    if (head_verb.upos != "VERB" || modified < 0 || modified >= n || sentence[static_cast<std::size_t>(modified)].upos != "NOUN" ||
        (head_verb.head != modified && !opened_by_time_order_word(sentence, modified)))
      continue;
    for (int second = cc + 1; second < verb; ++second) {
      Token& noun = sentence[static_cast<std::size_t>(second)];
      if (noun.head != verb || noun.deprel != "nsubj" || spans[static_cast<std::size_t>(second)].first != cc + 1) continue;
      noun.head = first;
      noun.deprel = "conj";
      conjunction.head = second;
      ++joined;
      spans.clear();
      break;
    }
  }
  return joined;
}

namespace {

// The word of `sentence[from, to)` whose head lies outside it, when it is the only one: the
// range is then one phrase. -1 otherwise.
int phrase_head(std::span<const Token> sentence, int from, int to) {
  int head = -1;
  for (int j = from; j < to; ++j) {
    const int h = sentence[static_cast<std::size_t>(j)].head;
    if (h >= from && h < to) continue;
    if (head >= 0) return -1;
    head = j;
  }
  return head;
}

// Moves `verb` into `noun`'s place and makes the noun its subject, `second` the noun's conjunct.
void mend_neither_nor(std::span<Token> sentence, int neither, int noun, int nor, int verb, int second) {
  Token& first = sentence[static_cast<std::size_t>(noun)];
  Token& predicate = sentence[static_cast<std::size_t>(verb)];
  predicate.head = first.head;
  predicate.deprel = first.deprel;
  first.head = verb;
  first.deprel = "nsubj";
  for (std::size_t j = static_cast<std::size_t>(verb) + 1; j < sentence.size(); ++j)
    if (sentence[j].head == noun) sentence[j].head = verb;
  sentence[static_cast<std::size_t>(second)].head = noun;
  sentence[static_cast<std::size_t>(second)].deprel = "conj";
  sentence[static_cast<std::size_t>(nor)].head = second;
  sentence[static_cast<std::size_t>(nor)].deprel = "cc";
  sentence[static_cast<std::size_t>(neither)].head = noun;
  sentence[static_cast<std::size_t>(neither)].deprel = "cc:preconj";
}

}  // namespace

int join_neither_nor_subjects(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int mended = 0;
  for (int neither = 0; neither + 1 < n; ++neither) {
    if (lowercase_ascii(sentence[static_cast<std::size_t>(neither)].text) != "neither") continue;
    int nor = neither + 2;
    while (nor < n && lowercase_ascii(sentence[static_cast<std::size_t>(nor)].text) != "nor") ++nor;
    if (nor >= n) continue;
    const int noun = phrase_head(sentence, neither + 1, nor);
    const int verb = sentence[static_cast<std::size_t>(nor)].head;
    if (noun < 0 || verb <= nor || verb >= n || sentence[static_cast<std::size_t>(verb)].upos != "VERB" ||
        sentence[static_cast<std::size_t>(verb)].head != noun || sentence[static_cast<std::size_t>(verb)].deprel != "conj")
      continue;
    const std::string_view kind = sentence[static_cast<std::size_t>(noun)].upos;
    if (kind != "NOUN" && kind != "PROPN") continue;
    const auto spans = extents(sentence);
    for (int second = nor + 1; second < verb; ++second) {
      const Token& t = sentence[static_cast<std::size_t>(second)];
      if (t.head != verb || universal_relation(t.deprel) != "nsubj" || spans[static_cast<std::size_t>(second)].first != nor + 1) continue;
      mend_neither_nor(sentence, neither, noun, nor, verb, second);
      ++mended;
      break;
    }
  }
  return mended;
}

namespace {

// The noun the modifier at `k` is part of: its head, past the words of a compound that hang on
// one further right ("metallic" in "metallic-tasting water": "water").
int modified_noun(std::span<const Token> sentence, int k) {
  int at = sentence[static_cast<std::size_t>(k)].head;
  while (at > k) {
    const Token& t = sentence[static_cast<std::size_t>(at)];
    const bool part = t.upos != "NOUN" || t.deprel == "compound";
    if (!part || t.head <= at) break;
    at = t.head;
  }
  return at;
}

}  // namespace

int join_coordinated_adjectives(std::span<Token> sentence) {
  int moved = 0;
  for (std::size_t k = 2; k < sentence.size(); ++k) {
    Token& first = sentence[k - 2];
    const Token& second = sentence[k];
    const std::string joint = lowercase_ascii(sentence[k - 1].text);
    const bool modifies = second.deprel == "amod" || second.deprel == "compound";
    if (first.upos != "ADJ" || second.upos != "ADJ" || !modifies || (joint != "," && joint != "and")) continue;
    const int noun = modified_noun(sentence, static_cast<int>(k));
    if (noun <= static_cast<int>(k) || first.head == noun || sentence[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    // (only an adjective with nothing of its own hung on it: not "found them [guilty] of fraud, ...")
    if (has_child(sentence, static_cast<int>(k) - 2, [](const Token& t) { return t.upos != "PUNCT"; })) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    // ("reported brown, metallic-tasting water" parsed with "brown" the verb's complement and
    // "water" a clause beside it: the noun takes the adjective's place as the verb's object)
    Token& head_noun = sentence[static_cast<std::size_t>(noun)];
    const bool beside = head_noun.head == first.head && (head_noun.deprel == "parataxis" || head_noun.deprel == "appos" ||
                                                         head_noun.deprel == "conj" || head_noun.deprel == "dep");
    if (beside && (first.deprel == "xcomp" || first.deprel == "obj")) head_noun.deprel = "obj";
    first.head = noun;
    first.deprel = "amod";
    sentence[k - 1].head = static_cast<int>(k);  // the comma or "and" goes with the adjective after it
    sentence[k - 1].deprel = joint == "," ? "punct" : "cc";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
