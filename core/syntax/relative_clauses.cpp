#include "core/syntax/relative_clauses.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <algorithm>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {
namespace {

bool is_relative_pronoun(const Token& t) {
  const std::string w = lowercase_ascii(t.text);
  if (t.xpos != "WDT" && t.xpos != "WP") return false;
  return w == "that" || w == "which" || w == "who" || w == "whom";
}

bool is_clause_argument(const Token& t) { return t.deprel == "nsubj" || t.deprel == "nsubj:pass" || t.deprel == "obj"; }

// The noun right before the pronoun, or before the comma before it ("the storm, which").
int antecedent_of(std::span<const Token> sentence, int pronoun) {
  int n = pronoun - 1;
  if (n >= 0 && sentence[static_cast<std::size_t>(n)].text == ",") --n;
  if (n < 0) return -1;
  const Token& noun = sentence[static_cast<std::size_t>(n)];
  return noun.upos == "NOUN" || noun.upos == "PROPN" ? n : -1;
}

// The name's first word: a name's later words hang on it as `flat`.
int name_head(std::span<const Token> sentence, int word) {
  while (word >= 0 && sentence[static_cast<std::size_t>(word)].deprel == "flat") word = sentence[static_cast<std::size_t>(word)].head;
  return word;
}

// '"You rebuild," said Mayor Colin Wrexham, whose grandfather died in the flood' parsed with
// "Mayor" and "grandfather" both subjects of "died", "died" a conjunct of "said": the clause
// whose subject "whose" owns is the relative clause of the noun before "whose", which is no
// subject of that clause (the grandfather died, not the mayor) but of the verb the clause hangs
// on, when that verb has none. Whether it moved.
bool attach_whose_clause(std::span<Token> sentence, int whose) {
  const Token& pronoun = sentence[static_cast<std::size_t>(whose)];
  if (lowercase_ascii(pronoun.text) != "whose" || pronoun.deprel != "nmod:poss" || pronoun.head <= whose) return false;
  const Token& owned = sentence[static_cast<std::size_t>(pronoun.head)];
  if (!owned.deprel.starts_with("nsubj") || owned.head < 0) return false;
  const int verb = owned.head;
  const int noun = name_head(sentence, antecedent_of(sentence, whose));
  if (noun < 0 || sentence[static_cast<std::size_t>(noun)].head != verb ||
      !sentence[static_cast<std::size_t>(noun)].deprel.starts_with("nsubj"))
    return false;
  Token& clause = sentence[static_cast<std::size_t>(verb)];
  const int governor = clause.head;
  if (governor < 0 || has_child(sentence, governor, [](const Token& t) { return t.deprel.starts_with("nsubj"); }))
    return false;
  sentence[static_cast<std::size_t>(noun)].head = governor;
  sentence[static_cast<std::size_t>(noun)].deprel = "nsubj";
  clause.head = noun;
  clause.deprel = "acl:relcl";
  return true;
}

// "Sales for the quarter, which ended July 31, rose": a clause that ends or starts something,
// hung on a noun whose phrase closes with a period's noun, tells of that period (the quarter
// ended, not the sales).
bool closes_the_period_before(std::span<const Token> sentence, int verb, int noun) {
  const Token& clause = sentence[static_cast<std::size_t>(verb)];
  const Token& period = sentence[static_cast<std::size_t>(noun)];
  return clause.deprel == "acl:relcl" && period.head == clause.head && period.deprel == "nmod" &&
         is_period_noun(lowercase_ascii(period.lemma)) && is_bounding_verb(lowercase_ascii(clause.lemma));
}

}  // namespace

int attach_relative_clauses_to_their_nouns(std::span<Token> sentence) {
  int moved = 0;
  for (int w = 1; w < static_cast<int>(sentence.size()); ++w) moved += attach_whose_clause(sentence, w) ? 1 : 0;
  for (int r = 0; r < static_cast<int>(sentence.size()); ++r) {
    const Token& pronoun = sentence[static_cast<std::size_t>(r)];
    if (!is_relative_pronoun(pronoun) || !is_clause_argument(pronoun) || pronoun.head <= r) continue;
    const int verb = pronoun.head;
    Token& clause = sentence[static_cast<std::size_t>(verb)];
    const int noun = antecedent_of(sentence, r);
    if (noun < 0 || clause.head < 0 || clause.head == noun) continue;
    if (clause.deprel == "acl:relcl" && !closes_the_period_before(sentence, verb, noun)) continue;
    if (has_child(sentence, verb, [](const Token& t) { return t.deprel == "cc"; }) || is_ancestor(sentence, verb, noun))
      continue;
    clause.head = noun;
    clause.deprel = "acl:relcl";
    ++moved;
  }
  return moved;
}

int attach_zero_relatives_to_singular_heads(std::span<Token> sentence) {
  int moved = 0;
  for (int k = 2; k + 1 < static_cast<int>(sentence.size()); ++k) {
    const Token& plural = sentence[static_cast<std::size_t>(k)];
    const int verb = k + 1;
    Token& clause = sentence[static_cast<std::size_t>(verb)];
    const bool finite = clause.xpos == "VBD" || clause.xpos == "VBZ" || clause.xpos == "VBP";
    if (plural.xpos != "NNS" || plural.head != verb || !plural.deprel.starts_with("nsubj")) continue;
    if (clause.upos != "VERB" || !finite || clause.head < 0) continue;
    // (the phrase's first noun, right after "a" or "an": the nouns and adjectives between are the plural's)
    int first = k;
    while (first > 1 && (sentence[static_cast<std::size_t>(first - 1)].xpos == "NN" || sentence[static_cast<std::size_t>(first - 1)].xpos == "JJ"))
      --first;
    const std::string article = lowercase_ascii(sentence[static_cast<std::size_t>(first - 1)].text);
    Token& head = sentence[static_cast<std::size_t>(first)];
    if (first == k || head.xpos != "NN" || (article != "a" && article != "an")) continue;
    // (a clause already hung inside the phrase was read right: "the decision" as its own head)
    if (clause.head >= first - 1 && clause.head <= k) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    head.head = clause.head;
    head.deprel = clause.deprel;
    sentence[static_cast<std::size_t>(first - 1)].head = first;
    for (int c = first + 1; c < k; ++c) {
      Token& modifier = sentence[static_cast<std::size_t>(c)];
      modifier.head = k;
      modifier.deprel = modifier.xpos == "JJ" ? "amod" : "compound";
    }
    clause.head = first;
    clause.deprel = "acl:relcl";
    if (kept_as_tree(sentence, before)) ++moved;
  }
  return moved;
}

int attach_that_clauses_past_partner_names(std::span<Token> sentence) {
  int moved = 0;
  for (int r = 2; r < static_cast<int>(sentence.size()); ++r) {
    const Token& pronoun = sentence[static_cast<std::size_t>(r)];
    if (lowercase_ascii(pronoun.text) != "that" || !pronoun.deprel.starts_with("nsubj") || pronoun.head <= r) continue;
    Token& clause = sentence[static_cast<std::size_t>(pronoun.head)];
    const int name = name_head(sentence, antecedent_of(sentence, r));
    if (name < 0 || clause.head != name || clause.deprel != "acl:relcl") continue;
    const Token& partner = sentence[static_cast<std::size_t>(name)];
    if (partner.upos != "PROPN" && !std::isupper(static_cast<unsigned char>(partner.text[0]))) continue;
    const int noun = partner.head;
    if (partner.deprel != "nmod" || noun < 0 || sentence[static_cast<std::size_t>(noun)].upos != "NOUN") continue;
    const bool with = has_child(sentence, name, [](const Token& t) {
      const std::string w = lowercase_ascii(t.text);
      return t.deprel == "case" && (w == "with" || w == "between");
    });
    if (!with) continue;
    clause.head = noun;
    ++moved;
  }
  return moved;
}

int give_subjects_their_verbs_after_relative_clauses(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  const int root = root_of(sentence);
  if (root < 0 || sentence[static_cast<std::size_t>(root)].upos != "VERB") return 0;
  for (int w = 1; w < root; ++w) {
    const Token& pronoun = sentence[static_cast<std::size_t>(w)];
    if (!is_relative_pronoun(pronoun) || pronoun.head != root || !pronoun.deprel.starts_with("nsubj")) continue;
    int subject = antecedent_of(sentence, w);
    while (subject >= 0 && sentence[static_cast<std::size_t>(subject)].deprel == "flat") subject = sentence[static_cast<std::size_t>(subject)].head;
    if (subject < 0 || sentence[static_cast<std::size_t>(subject)].head != root ||
        !sentence[static_cast<std::size_t>(subject)].deprel.starts_with("nsubj"))
      continue;
    for (int c = root + 1; c < n; ++c) {
      Token& verb = sentence[static_cast<std::size_t>(c)];
      if (verb.head != root || verb.deprel != "conj" || verb.upos != "VERB") continue;
      const auto own = [&](std::string_view rel) {
        return has_child(sentence, c, [&](const Token& t) { return t.deprel.starts_with(rel); });
      };
      if (own("nsubj") || own("cc")) return 0;
      const std::vector<Token> before(sentence.begin(), sentence.end());
      for (int k = c + 1; k < n; ++k)
        if (sentence[static_cast<std::size_t>(k)].head == root) sentence[static_cast<std::size_t>(k)].head = c;
      verb.head = -1;
      verb.deprel = "root";
      Token& noun = sentence[static_cast<std::size_t>(subject)];
      noun.head = c;
      noun.deprel = own("aux:pass") ? "nsubj:pass" : "nsubj";
      sentence[static_cast<std::size_t>(root)].head = subject;
      sentence[static_cast<std::size_t>(root)].deprel = "acl:relcl";
      if (is_tree(sentence)) return 1;
      std::copy(before.begin(), before.end(), sentence.begin());
      return 0;
    }
  }
  return 0;
}

namespace {

// The relative pronoun after a comma nearest before token `v`; -1 when none.
int relative_pronoun_before(std::span<const Token> sentence, int v) {
  for (int w = v - 2; w > 0; --w)
    if (is_relative_pronoun(sentence[static_cast<std::size_t>(w)]) && sentence[static_cast<std::size_t>(w - 1)].text == ",") return w;
  return -1;
}

}  // namespace

int give_subjects_their_verbs_read_as_modifiers(std::span<Token> sentence) {
  const int root = root_of(sentence);
  if (root < 0 || sentence[static_cast<std::size_t>(root)].upos != "VERB") return 0;
  for (int v = 4; v < root; ++v) {
    Token& verb = sentence[static_cast<std::size_t>(v)];
    if (verb.xpos != "VBD" || verb.deprel != "amod" || verb.head <= v || verb.head >= root || sentence[static_cast<std::size_t>(v - 1)].text != ",")
      continue;
    int noun = verb.head;  // (or the noun its compound is part of: "crossed [Bridge] 7 early Monday")
    while (sentence[static_cast<std::size_t>(noun)].deprel == "compound" && sentence[static_cast<std::size_t>(noun)].head > noun)
      noun = sentence[static_cast<std::size_t>(noun)].head;
    if (sentence[static_cast<std::size_t>(noun)].head != root || !sentence[static_cast<std::size_t>(noun)].deprel.starts_with("nsubj")) continue;
    const int pronoun = relative_pronoun_before(sentence, v);
    const int subject = pronoun < 0 ? -1 : name_head(sentence, antecedent_of(sentence, pronoun));
    if (subject < 0) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    verb.head = -1;
    verb.deprel = "root";
    sentence[static_cast<std::size_t>(root)].head = v;
    sentence[static_cast<std::size_t>(root)].deprel = "conj";
    sentence[static_cast<std::size_t>(subject)].head = v;
    sentence[static_cast<std::size_t>(subject)].deprel = "nsubj";
    sentence[static_cast<std::size_t>(noun)].head = v;
    sentence[static_cast<std::size_t>(noun)].deprel = "obl";
    // (the compound before the time is what the verb acts on: "crossed [Bridge] 7 early Monday")
    for (int k = v + 1; k < noun; ++k) {
      Token& object = sentence[static_cast<std::size_t>(k)];
      if (object.head != noun || object.deprel != "compound" || (object.upos != "NOUN" && object.upos != "PROPN")) continue;
      object.head = v;
      object.deprel = "obj";
      break;
    }
    if (is_tree(sentence)) return 1;
    std::copy(before.begin(), before.end(), sentence.begin());
    return 0;
  }
  return 0;
}

namespace {

// The finite verb after the infinitive at `root` that the parser hung on it as a complement or
// conjunct, with no subject of its own; -1 when none.
int finite_verb_after(std::span<const Token> sentence, int root) {
  for (int f = root + 1; f < static_cast<int>(sentence.size()); ++f) {
    const Token& t = sentence[static_cast<std::size_t>(f)];
    const bool finite = t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP";
    const bool hung = t.deprel == "xcomp" || t.deprel == "conj" || t.deprel == "ccomp" || t.deprel == "parataxis";
    if (t.head != root || !finite || !hung) continue;
    return has_child(sentence, f, [](const Token& d) { return d.deprel.starts_with("nsubj"); }) ? -1 : f;
  }
  return -1;
}

// The infinitive of a relative clause on the noun right before its "to" ("the strongest
// earthquake [to hit] Taiwan"), read as the root (with the sentence's subject) or hung on a root
// noun before it ("The number of the last ships to leave the port fell ..."): the infinitive and
// the subject the finite verb after it should take; -1, -1 when there is none.
std::pair<int, int> infinitive_relative_and_subject(std::span<const Token> sentence) {
  const int root = root_of(sentence);
  for (int v = 2; v < static_cast<int>(sentence.size()); ++v) {
    const Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& to = sentence[static_cast<std::size_t>(v - 1)];
    if (t.xpos != "VB" || to.xpos != "TO" || to.head != v || sentence[static_cast<std::size_t>(v - 2)].upos != "NOUN") continue;
    if (v == root) {
      const auto subject = std::find_if(sentence.begin(), sentence.begin() + v - 2, [&](const Token& s) {
        return s.head == root && s.deprel.starts_with("nsubj");
      });
      if (subject != sentence.begin() + v - 2) return {v, static_cast<int>(subject - sentence.begin())};
    } else if (t.deprel == "acl" && t.head == v - 2 && root >= 0 && root < v - 2 &&
               sentence[static_cast<std::size_t>(root)].upos == "NOUN") {
      // (a root noun with a subject or copula of its own is a predicate: "The aim is the first ship to ...")
      const bool predicate = has_child(sentence, root, [](const Token& c) { return c.deprel == "cop" || c.deprel.starts_with("nsubj"); });
      if (!predicate) return {v, root};
    }
  }
  return {-1, -1};
}

}  // namespace

int verb_after_infinitive_relative(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  const auto [infinitive, subject] = infinitive_relative_and_subject(sentence);
  if (infinitive < 0) return 0;
  const int verb = finite_verb_after(sentence, infinitive);
  if (verb < 0) return 0;
  const int root = root_of(sentence);
  const std::vector<Token> before(sentence.begin(), sentence.end());
  for (int k = verb + 1; k < n; ++k) {  // what follows the verb is the verb's
    Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head == infinitive || t.head == root) t.head = verb;
  }
  sentence[static_cast<std::size_t>(verb)].head = -1;
  sentence[static_cast<std::size_t>(verb)].deprel = "root";
  sentence[static_cast<std::size_t>(subject)].head = verb;
  sentence[static_cast<std::size_t>(subject)].deprel = "nsubj";
  sentence[static_cast<std::size_t>(infinitive)].head = infinitive - 2;
  sentence[static_cast<std::size_t>(infinitive)].deprel = "acl";
  if (is_tree(sentence)) return 1;
  std::copy(before.begin(), before.end(), sentence.begin());
  return 0;
}

int join_conjuncts_to_relative_clauses(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int c = 2; c < n; ++c) {
    Token& conjunct = sentence[static_cast<std::size_t>(c)];
    const int host = conjunct.head;
    if (conjunct.deprel != "conj" || host < 0 || host > c || conjunct.upos != "VERB") continue;
    if (has_child(sentence, c, [](const Token& t) { return t.deprel.starts_with("nsubj"); })) continue;
    const int and_at = c - 1;
    if (sentence[static_cast<std::size_t>(and_at)].upos != "CCONJ") continue;
    // the relative clause whose verb's subtree ends right before "and", between the host and it
    const int before = and_at - 1;
    for (int v = host + 1; v < before + 1; ++v) {
      const Token& relative = sentence[static_cast<std::size_t>(v)];
      if (relative.deprel != "acl:relcl" || relative.xpos != conjunct.xpos || !is_ancestor(sentence, v, before)) continue;
      if (!has_child(sentence, v, [](const Token& t) { return t.deprel.starts_with("nsubj") && is_relative_pronoun(t); })) continue;
      conjunct.head = v;
      ++moved;
      break;
    }
  }
  return moved;
}

int give_relative_clauses_their_counted_times(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int m = 2; m < n; ++m) {
    Token& time = sentence[static_cast<std::size_t>(m)];
    const int verb = time.head;
    const bool counted = has_child(sentence, m, [](const Token& t) { return t.deprel == "nummod"; });
    if (time.deprel != "nsubj" || verb <= m || !counted || !is_time_unit(lowercase_ascii(time.text))) continue;
    // the relative verb right before the time's phrase, its pronoun its subject, with no object
    const int relative = extents(sentence)[static_cast<std::size_t>(m)].first - 1;
    if (relative < 1) continue;
    const Token& clause = sentence[static_cast<std::size_t>(relative)];
    const int noun = clause.head;
    if (clause.deprel != "acl:relcl" || noun < 0 || noun >= relative) continue;
    if (!has_child(sentence, relative, [](const Token& t) { return t.deprel.starts_with("nsubj") && is_relative_pronoun(t); }) ||
        has_child(sentence, relative, [](const Token& t) { return t.deprel == "obj"; }))
      continue;
    Token& subject = sentence[static_cast<std::size_t>(noun)];
    if (subject.head != verb || subject.deprel.starts_with("nsubj")) continue;
    subject.deprel = "nsubj";
    time.head = relative;
    time.deprel = "obl:unmarked";
    ++moved;
  }
  return moved;
}

namespace {

// The finite verb with no subject of its own below the relative clause at `relative`, after it; -1 when none.
int stranded_finite_verb(std::span<const Token> sentence, int relative) {
  for (int f = relative + 2; f < static_cast<int>(sentence.size()); ++f) {
    const Token& t = sentence[static_cast<std::size_t>(f)];
    const bool finite = t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP";
    if (!finite || t.upos != "VERB" || !is_ancestor(sentence, relative, f)) continue;
    return has_child(sentence, f, [](const Token& d) { return d.deprel.starts_with("nsubj"); }) ? -1 : f;
  }
  return -1;
}

// Whether `deprel` ties a word to its clause rather than to its noun's phrase ("after three
// months" keeps "three" and "after" on "months", not on the verb).
bool clause_level(std::string_view deprel) {
  static constexpr std::string_view kClause[] = {"punct", "conj", "cc", "parataxis", "advcl", "obl", "advmod", "ccomp", "mark"};
  return std::find(std::begin(kClause), std::end(kClause), deprel) != std::end(kClause);
}

// Makes `verb` the root with `subject` its subject; see give_subjects_their_verbs_inside_relative_clauses.
void raise_to_root(std::span<Token> sentence, int subject, int relative, int verb, int old_root) {
  const int n = static_cast<int>(sentence.size());
  for (int k = 0; k < n; ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    const bool held_by_root = t.head == old_root && (old_root != subject ? clause_level(t.deprel) : t.deprel == "punct");
    if (k > verb && (held_by_root || (t.head >= relative && t.head < verb))) t.head = verb;
    // what the verb held before it as a noun goes back to the relative clause ("files late")
    if (k > relative && k < verb && t.head == verb) {
      t.head = relative;
      if (t.deprel == "amod") t.deprel = "advmod";
    }
  }
  Token& root = sentence[static_cast<std::size_t>(old_root)];
  if (old_root != subject) {
    root.head = verb;
    root.deprel = has_child(sentence, old_root, [](const Token& t) { return t.deprel == "case"; }) ? "obl" : "obj";
  }
  sentence[static_cast<std::size_t>(verb)].head = -1;
  sentence[static_cast<std::size_t>(verb)].deprel = "root";
  sentence[static_cast<std::size_t>(subject)].head = verb;
  sentence[static_cast<std::size_t>(subject)].deprel = "nsubj";
}

}  // namespace

int give_subjects_their_verbs_inside_relative_clauses(std::span<Token> sentence) {
  constexpr int kOpeningWords = 3;  // the subject opens the sentence: "Anyone", "A driver", "The man"
  const int old_root = root_of(sentence);
  if (old_root < 0 || sentence[static_cast<std::size_t>(old_root)].upos == "VERB" || sentence[static_cast<std::size_t>(old_root)].upos == "AUX")
    return 0;
  const int n = static_cast<int>(sentence.size());
  for (int subject = 0; subject < std::min(kOpeningWords, n); ++subject) {
    const std::string_view kind = sentence[static_cast<std::size_t>(subject)].upos;
    if (kind != "NOUN" && kind != "PRON" && kind != "PROPN") continue;
    for (int relative = subject + 1; relative < n; ++relative) {
      const Token& r = sentence[static_cast<std::size_t>(relative)];
      if (r.head != subject || r.deprel != "acl:relcl") continue;
      const int verb = stranded_finite_verb(sentence, relative);
      if (verb < 0) return 0;
      const std::vector<Token> before(sentence.begin(), sentence.end());
      raise_to_root(sentence, subject, relative, verb, old_root);
      return kept_as_tree(sentence, before) ? 1 : 0;
    }
  }
  return 0;
}

}  // namespace chronograph::core
