#include "core/syntax/tagger_repairs.h"

#include <algorithm>
#include <cstdint>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

#include "core/syntax/conllu.h"
#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

bool ends_with_full_stop(std::span<const Token> sentence) {
  if (sentence.empty()) return false;
  const std::string& last = sentence.back().text;
  const bool dotted_abbreviation = last.size() >= 4 && last.back() == '.' && last.find('.') < last.size() - 1;
  return last == "." || last == "!" || dotted_abbreviation;
}

namespace {

bool finite(const Token& t) { return finite_tag(t.xpos); }

// A quotation mark as the tokenizer leaves it: straight, or curly double.
bool is_quote_mark(const std::string& text) { return text == "\"" || text == "\u201c" || text == "\u201d" || text == "``" || text == "''"; }

bool has_dependent(std::span<const Token> sentence, int verb, std::initializer_list<std::string_view> relations) {
  return has_child(sentence, verb, [&](const Token& t) { return std::find(relations.begin(), relations.end(), t.deprel) != relations.end(); });
}

bool capitalised(const Token& t) { return !t.text.empty() && std::isupper(static_cast<unsigned char>(t.text[0])); }

// An adverb that counts a time from another ("struck nine hours later", "left two years ago");
// a bare "later" is no time ("More details expected later.").
bool counts_time(std::span<const Token> sentence, int adverb) {
  static constexpr std::string_view kCounted[] = {"later", "earlier", "ago"};
  const std::string lower = lowercase_ascii(sentence[static_cast<std::size_t>(adverb)].text);
  const bool counted = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == adverb; });
  return counted && std::find(std::begin(kCounted), std::end(kCounted), lower) != std::end(kCounted);
}

// A main verb in the past says what happened to something, where, when or how: it has an
// object, an oblique, a counted time ("nine hours later") or a manner adverb ("Markets reacted
// calmly."), no auxiliary of its own, and no infinitive ("Leaders expected to agree deal." is a
// caption's participle). A verb joined by "and" alone to the next shares what that one has
// ("Police arrested and charged two men").
bool reads_as_main_verb(std::span<const Token> sentence, int verb) {
  const auto acts_on = [&](int v) {
    for (int k = 0; k < static_cast<int>(sentence.size()); ++k) {
      const Token& t = sentence[static_cast<std::size_t>(k)];
      const std::string_view relation = universal_relation(t.deprel);  // "obl:agent", "obl:unmarked" too
      const bool manner = relation == "advmod" && k > v && t.text.size() > 4 && t.text.ends_with("ly");
      if (t.head == v && (relation == "obj" || relation == "obl" || manner || (relation == "advmod" && counts_time(sentence, k))))
        return true;
    }
    return false;
  };
  const int next = verb + 2;
  const bool bare_conjunct = next < static_cast<int>(sentence.size()) && sentence[static_cast<std::size_t>(verb + 1)].upos == "CCONJ" &&
                             sentence[static_cast<std::size_t>(next)].head == verb &&
                             sentence[static_cast<std::size_t>(next)].deprel == "conj" && acts_on(next);
  return (acts_on(verb) || bare_conjunct) && !has_dependent(sentence, verb, {"aux", "aux:pass", "cop", "xcomp"});
}

// Words that open a clause with a finite verb of its own ("when blazes destroyed ...").
bool opens_clause(const std::string& text) {
  const std::string lower = lowercase_ascii(text);
  return is_subordinator(lower) || lower == "but";
}

// The first token of the noun phrase headed by `noun`: the words right before it that depend on
// it, directly or through one another ("Eisai 's stock").
int phrase_start(std::span<const Token> sentence, int noun) {
  const auto in_phrase = [&](int k) {
    for (int step = 0; step < 4 && k >= 0 && k < noun; ++step) k = sentence[static_cast<std::size_t>(k)].head;
    return k == noun;
  };
  int start = noun;
  while (start > 0 && in_phrase(start - 1)) --start;
  return start;
}

// The noun a relative clause opened by a pronoun ("a developer who had been charged in a case")
// is about, when token `k` lies inside that clause; -1 when it does not.
int relative_antecedent(std::span<const Token> sentence, int k) {
  for (int step = 0; step < 6 && k >= 0; ++step) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.deprel == "acl:relcl") {
      const bool opened = std::any_of(sentence.begin(), sentence.end(), [&](const Token& d) {
        const std::string w = lowercase_ascii(d.text);
        return d.head == k && (w == "who" || w == "which" || w == "that");
      });
      return opened ? t.head : -1;
    }
    k = t.head;
  }
  return -1;
}

// A finite verb after token `v` before the clause ends at a comma or the sentence's end.
bool finite_later_in_clause(std::span<const Token> sentence, int v) {
  for (std::size_t k = static_cast<std::size_t>(v) + 1; k < sentence.size() && sentence[k].text != ","; ++k)
    if (finite(sentence[k])) return true;
  return false;
}

// The first finite verb after token `v`, before a comma, when a word that opens a clause
// ("as", "when", ...) stands between them and no finite verb comes before that word; -1 otherwise.
int finite_in_opened_clause(std::span<const Token> sentence, int v) {
  bool opened = false;
  for (std::size_t k = static_cast<std::size_t>(v) + 1; k < sentence.size() && sentence[k].text != ","; ++k) {
    if (finite(sentence[k])) return opened ? static_cast<int>(k) : -1;
    opened = opened || opens_clause(sentence[k].text);
  }
  return -1;
}

void make_name(Token& t) {
  t.upos = "PROPN";
  t.xpos = "NNP";
  t.lemma = t.text;
  t.feats = "Number=Sing";
}

}  // namespace

bool finite_verb_after_clause_opener(std::span<Token> sentence) {
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    // (a preposition right after it is its oblique, whatever the parser hung it on: "stalled over price")
    const bool preposition_after = v + 1 < static_cast<int>(sentence.size()) && sentence[static_cast<std::size_t>(v + 1)].upos == "ADP" &&
                                   !has_dependent(sentence, v, {"aux", "aux:pass", "cop"});
    const Token& before = sentence[static_cast<std::size_t>(v - 1)];
    const bool noun_before = before.upos == "NOUN" || before.upos == "PROPN";
    // ("after a grounded ship [blocked] it": hung on the main verb, with the noun right before it
    // made that verb's oblique)
    const bool hung_on_verb = t.deprel == "advcl" && noun_before && before.deprel == "obl" && before.head == t.head;
    // ("but on May 6 tests [found] lead": the subject read as the participle's own oblique, with
    // the day before it, the participle hung on a noun or a verb elsewhere; no oblique comes
    // right before its participle)
    const bool subject_as_oblique = noun_before && before.deprel == "obl" && before.head == v;
    if (t.xpos != "VBN" || (t.deprel != "acl" && !hung_on_verb && !subject_as_oblique) || t.head < 0 ||
        (t.head >= v && !subject_as_oblique) || !(reads_as_main_verb(sentence, v) || preposition_after))
      continue;
    // "as the number of applications rose": the phrase of the noun the "of" phrase hangs on;
    // "a combination in the spring but talks stalled": the conjoined noun right before it.
    int noun = (before.deprel == "conj" && noun_before) || hung_on_verb || subject_as_oblique ? v - 1 : t.head;
    while (sentence[static_cast<std::size_t>(noun)].deprel == "nmod" && sentence[static_cast<std::size_t>(noun)].head >= 0 &&
           sentence[static_cast<std::size_t>(noun)].head < noun)
      noun = sentence[static_cast<std::size_t>(noun)].head;
    const int start = phrase_start(sentence, noun);
    // The opener before the phrase, or hung on the noun as its preposition ("as" as `case`).
    const bool opened = (start < noun && opens_clause(sentence[static_cast<std::size_t>(start)].text)) ||
                        (start > 0 && opens_clause(sentence[static_cast<std::size_t>(start - 1)].text));
    if (!opened) continue;
    if (finite_later_in_clause(sentence, v)) continue;  // "after troops trained in Poland arrived"
    make_past_tense(t);
    return true;
  }
  return false;
}

bool past_verb_closing_opened_clause(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  for (int v = 2; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if ((t.xpos != "NN" && t.xpos != "NNS") || !past_form(lowercase_ascii(t.text))) continue;
    // what closes the clause: the sentence's end, a comma, a conjunction
    const bool closes = v + 1 == static_cast<int>(sentence.size()) || sentence[static_cast<std::size_t>(v + 1)].upos == "PUNCT" ||
                        sentence[static_cast<std::size_t>(v + 1)].upos == "CCONJ";
    if (!closes) continue;
    // the noun phrase before it: a determiner, modifiers, the noun; not a noun that names what
    // is cut or raised ("since the interest rate cut", "after the tax hit")
    static constexpr std::string_view kCutThings[] = {"rate", "rates", "price", "prices", "tax", "taxes", "job", "jobs", "pay",
                                                      "wage", "wages", "budget", "spending", "cost", "costs", "interest", "output"};
    int k = v - 1;
    const Token& noun = sentence[static_cast<std::size_t>(k)];
    const std::string noun_word = lowercase_ascii(noun.text);
    if ((noun.upos != "NOUN" && noun.upos != "PROPN") ||
        std::find(std::begin(kCutThings), std::end(kCutThings), noun_word) != std::end(kCutThings))
      continue;
    while (k > 0 && (sentence[static_cast<std::size_t>(k - 1)].upos == "NOUN" || sentence[static_cast<std::size_t>(k - 1)].upos == "ADJ" ||
                     sentence[static_cast<std::size_t>(k - 1)].upos == "PROPN"))
      --k;
    if (k > 0 && sentence[static_cast<std::size_t>(k - 1)].upos == "DET") --k;
    if (k == 0 || !opens_clause(sentence[static_cast<std::size_t>(k - 1)].text)) continue;
    t.upos = "VERB";
    make_past_tense(t);
    return true;
  }
  return false;
}

bool says(const Token& verb) {
  static constexpr std::string_view kSaying[] = {"say", "tell", "report", "announce", "confirm", "add"};
  return verb.upos == "VERB" && std::find(std::begin(kSaying), std::end(kSaying), verb.lemma) != std::end(kSaying);
}

bool finite_verb_from_second_subject(std::span<Token> sentence) {
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBN" || t.deprel != "acl" || t.head < 0 || t.head >= v) continue;
    const int noun = t.head;
    const Token& phrase = sentence[static_cast<std::size_t>(noun)];
    // (or its complement: "Its sales tripled in 2025, the company said" parsed with "sales" the
    // complement of "said")
    const bool phrase_of_later_verb = phrase.deprel == "nsubj" || phrase.deprel == "dislocated" || phrase.deprel == "ccomp";
    if (!phrase_of_later_verb || phrase.head <= v) continue;
    // The verb's other subject comes after the participle's phrase ("..., officials said"), or
    // the verb is one of saying (the parser took "officials" for something else).
    const auto second = std::find_if(sentence.begin() + v, sentence.end(),
                                     [&](const Token& other) { return other.head == phrase.head && other.deprel == "nsubj"; });
    if (second == sentence.end() && !says(sentence[static_cast<std::size_t>(phrase.head)])) continue;
    // ("the company [recalled] 45,000 pickup trucks over a brake line" parsed with "pickup" the
    // second subject of "trucks": that subject's phrase, right after the participle, is its object)
    const bool object_taken = second != sentence.end() &&
                              phrase_start(sentence, static_cast<int>(second - sentence.begin())) == v + 1 &&
                              !has_dependent(sentence, v, {"aux", "aux:pass", "cop", "xcomp"});
    if (!object_taken && !reads_as_main_verb(sentence, v)) continue;
    make_past_tense(t);
    // (the later "verb" right after that subject, a plural present, is the plural noun that
    // heads the object: "pickup [trucks]")
    Token& later = sentence[static_cast<std::size_t>(phrase.head)];
    if (object_taken && phrase.head == second - sentence.begin() + 1 && later.xpos == "VBZ") make_noun(later, true);
    return true;
  }
  return false;
}

bool finite_verb_from_compound_head(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.head < 0; });
  if (!ends_with_full_stop(sentence) || root == sentence.end() || (root->upos != "NOUN" && root->upos != "PROPN")) return false;
  const int r = static_cast<int>(root - sentence.begin());
  // "The price rise in March was a shock": the root's own copula or auxiliary is its verb.
  if (has_dependent(sentence, r, {"cop", "aux", "aux:pass"})) return false;
  for (int v = 2; v + 1 < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& before = sentence[static_cast<std::size_t>(v - 1)];
    if (t.xpos != "NN" || before.head != v || before.deprel != "compound") continue;
    if (sentence[static_cast<std::size_t>(v - 2)].upos != "DET" || !past_form(lowercase_ascii(t.text))) continue;
    t.upos = "VERB";
    make_past_tense(t);
    return true;
  }
  return false;
}

namespace {

// "the final text, [agreed] at 4 a.m., was weaker": a past form right after the comma that
// follows a noun, hung on that noun as its relative clause, with no relative word of its own
// (a relative clause without one has a subject, which the caller rules out).
bool set_off_after_its_noun(std::span<const Token> sentence, int v) {
  if (v < 2 || sentence[static_cast<std::size_t>(v - 1)].text != ",") return false;
  const Token& t = sentence[static_cast<std::size_t>(v)];
  const Token& noun = sentence[static_cast<std::size_t>(v - 2)];
  return noun.upos == "NOUN" && t.head == v - 2 && t.deprel == "acl:relcl";
}

}  // namespace

bool participle_from_reduced_relative(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form) {
  for (int v = 1; v + 1 < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& before = sentence[static_cast<std::size_t>(v - 1)];
    if (t.xpos != "VBD" || !participle_form(lowercase_ascii(t.text))) continue;
    if (before.upos != "NOUN" && !set_off_after_its_noun(sentence, v)) continue;
    // "the protesters arrested were released": a finite auxiliary right after it needs the noun as its subject
    const Token& after = sentence[static_cast<std::size_t>(v + 1)];
    const bool before_auxiliary = after.upos == "AUX" && finite(after);
    // (a finite verb is never a complement: "discussed the agreements reached in Geneva" with
    // "reached" hung as an `xcomp` of "discussed" is the noun's participle too)
    if (!before_auxiliary && t.deprel != "acl" && t.deprel != "xcomp" && !set_off_after_its_noun(sentence, v)) continue;
    // (the parser may have made that noun its subject)
    if (!before_auxiliary && has_dependent(sentence, v, {"nsubj", "nsubj:pass"})) continue;
    // "a developer who had been charged in a case agreed to cooperate": after a relative clause
    // the past form is the verb of the noun the clause is about
    if (!before_auxiliary && relative_antecedent(sentence, v - 1) >= 0 && !finite_later_in_clause(sentence, v)) continue;
    if (has_dependent(sentence, v, {"expl", "aux", "aux:pass", "obj"})) continue;
    // The sentence keeps a finite verb of its own ("the agreements reached in Geneva [are] ...").
    const bool other_finite = std::any_of(sentence.begin(), sentence.end(), [&](const Token& k) { return &k != &t && finite(k); });
    if (!other_finite) continue;
    t.xpos = "VBN";
    t.feats = "Tense=Past|VerbForm=Part|Voice=Pass";
    return true;
  }
  return false;
}

namespace {

// The comma at `v - 1` closes a relative clause opened by ", which" (or who, that) after the
// sentence's opening noun phrase, with no finite verb before that clause.
bool after_opening_relative_clause(std::span<const Token> sentence, int v) {
  if (v < 4 || sentence[static_cast<std::size_t>(v - 1)].text != ",") return false;
  int opener = v - 2;
  while (opener > 1 && sentence[static_cast<std::size_t>(opener)].text != ",") --opener;
  if (opener < 2 || sentence[static_cast<std::size_t>(opener)].text != ",") return false;
  const std::string pronoun = lowercase_ascii(sentence[static_cast<std::size_t>(opener + 1)].text);
  if (pronoun != "which" && pronoun != "who" && pronoun != "that") return false;
  const Token& antecedent = sentence[static_cast<std::size_t>(opener - 1)];
  if (antecedent.upos != "NOUN" && antecedent.upos != "PROPN") return false;
  const auto first = sentence.begin();
  return std::none_of(first, first + opener, [](const Token& w) { return finite(w); });
}

// "The bridge, which opened in 1932, [closed] on Monday" parsed with "closed" an adjective of
// "bridge", "Revenue for the quarter, which ended Sept. 28, [rose] 6%": an adjective or singular
// noun right after the comma that closes such a clause, in a sentence whose root is no verb.
bool verb_slot_after_relative_clause(std::span<const Token> sentence, int v) {
  const Token& t = sentence[static_cast<std::size_t>(v)];
  if ((t.xpos != "JJ" && t.xpos != "NN") || !after_opening_relative_clause(sentence, v)) return false;
  return std::none_of(sentence.begin(), sentence.end(), [](const Token& w) { return w.head < 0 && w.upos == "VERB"; });
}

// "The storm, which formed off the coast, [reached] Route 5 late Friday and flooded the town"
// parsed with "reached" a participle modifying "Route" and the verb after "and" the root: a
// participle hung on the noun after it, right after the comma that closes such a clause, with
// no finite verb after it in its clause but one "and" or "or" joins. Not when the clause ends in
// a verb, which makes the participle one of a list ("which was drafted, amended and passed").
bool participle_slot_after_relative_clause(std::span<const Token> sentence, int v) {
  const Token& t = sentence[static_cast<std::size_t>(v)];
  if (t.xpos != "VBN" || t.deprel != "amod" || t.head <= v || !after_opening_relative_clause(sentence, v)) return false;
  if (sentence[static_cast<std::size_t>(v - 2)].upos == "VERB") return false;
  for (std::size_t k = static_cast<std::size_t>(v) + 1; k < sentence.size() && sentence[k].text != ","; ++k) {
    if (sentence[k].upos == "CCONJ") return true;
    if (finite(sentence[k])) return false;
  }
  return true;
}

}  // namespace

bool finite_verb_after_relative_clause(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const bool slot = (verb_slot_after_relative_clause(sentence, v) && !finite_later_in_clause(sentence, v)) ||
                      participle_slot_after_relative_clause(sentence, v);
    if (slot && past_form(lowercase_ascii(t.text))) {
      t.upos = "VERB";
      make_past_tense(t);
      return true;
    }
    if (t.xpos != "VBN" || t.deprel != "acl" || t.head < 0 || !past_form(lowercase_ascii(t.text))) continue;
    const int opened = finite_in_opened_clause(sentence, v);
    if (has_dependent(sentence, v, {"aux", "aux:pass", "nsubj", "nsubj:pass"}) || (finite_later_in_clause(sentence, v) && opened < 0))
      continue;
    const int antecedent = relative_antecedent(sentence, t.head);
    if (antecedent < 0) continue;
    // the noun hangs on no verb: the root, or a subject of the full stop, or of the verb of a
    // clause after it that a word opens ("Families who had kept a vigil for two nights [cheered]
    // as the last ambulance left" with "Families" the subject of "left")
    const Token& noun = sentence[static_cast<std::size_t>(antecedent)];
    if (noun.head >= 0 && noun.head != opened && sentence[static_cast<std::size_t>(noun.head)].upos != "PUNCT") continue;
    make_past_tense(t);
    return true;
  }
  return false;
}

bool finite_verb_after_opening_subject(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  static constexpr std::string_view kPhraseTags[] = {"DET", "ADJ", "NUM", "NOUN", "PROPN"};
  static constexpr std::string_view kTimeDeterminers[] = {"this", "that", "these", "those", "last", "next", "every", "each"};
  const auto in = [](const auto& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  if (!ends_with_full_stop(sentence)) return false;
  std::size_t v = 0;
  while (v < sentence.size() && (in(kPhraseTags, sentence[v].upos) || lowercase_ascii(sentence[v].text) == "of")) ++v;
  if (v == 0 || v + 1 >= sentence.size()) return false;
  Token& t = sentence[v];
  const Token& before = sentence[v - 1];
  const Token& after = sentence[v + 1];
  if (t.xpos != "VBN" || (before.upos != "NOUN" && before.upos != "PROPN") || !past_form(lowercase_ascii(t.text))) return false;
  const bool object = in(kPhraseTags, after.upos) || after.xpos == "PRP$";
  if (!object || in(kTimeDeterminers, lowercase_ascii(after.text))) return false;
  if (finite_later_in_clause(sentence, static_cast<int>(v))) return false;
  t.upos = "VERB";
  make_past_tense(t);
  return true;
}

bool finite_verb_before_time_clause(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  static constexpr std::string_view kPhraseTags[] = {"DET", "ADJ", "NUM", "NOUN", "PROPN"};
  static constexpr std::string_view kOpeners[] = {"before", "after", "until", "till", "when", "once", "because", "while"};
  const auto in = [](const auto& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  if (!ends_with_full_stop(sentence)) return false;
  std::size_t v = 0;
  while (v < sentence.size() && in(kPhraseTags, sentence[v].upos)) ++v;
  if (v == 0 || v + 1 >= sentence.size()) return false;
  Token& t = sentence[v];
  const Token& before = sentence[v - 1];
  if (t.xpos != "VBN" || (before.upos != "NOUN" && before.upos != "PROPN") || !past_form(lowercase_ascii(t.text))) return false;
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& r) { return r.head < 0; });
  const auto r = static_cast<std::size_t>(root - sentence.begin());
  if (root == sentence.end() || r <= v + 1 || (root->xpos != "VBD" && root->xpos != "VBZ" && root->xpos != "VBP")) return false;
  // the clause's subject right before its verb, the opener right before that
  std::size_t m = r;
  while (m > v + 1 && in(kPhraseTags, sentence[m - 1].upos)) --m;
  if (m == r || m <= v + 1 || !in(kOpeners, lowercase_ascii(sentence[m - 1].text))) return false;
  for (std::size_t k = v + 1; k + 1 < m; ++k)
    if (sentence[k].upos == "VERB" || sentence[k].upos == "AUX") return false;
  t.upos = "VERB";
  make_past_tense(t);
  return true;
}

bool finite_verb_after_apposition(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  if (!ends_with_full_stop(sentence)) return false;
  for (std::size_t v = 3; v < sentence.size(); ++v) {
    // (a finite verb after it only as a conjunct: "conceded defeat ... and [called] on ...")
    const auto other_finite = [&](const Token& f) { return finite(f) && (&f < &sentence[v] || f.deprel != "conj"); };
    if (std::any_of(sentence.begin(), sentence.end(), other_finite)) return false;
    Token& t = sentence[v];
    if ((t.xpos != "VBN" && t.xpos != "JJ") || sentence[v - 1].text != "," || !past_form(lowercase_ascii(t.text))) continue;
    std::size_t name = v - 1;  // (a title's capitalised adjective is a word of the name: "Prime Minister")
    while (name > 0 && (sentence[name - 1].upos == "PROPN" || sentence[name - 1].xpos.starts_with("NNP"))) --name;
    if (name == v - 1 || name < 2 || sentence[name - 1].text != ",") continue;
    const Token& noun = sentence[name - 2];
    if (noun.upos != "NOUN" && noun.upos != "PROPN") continue;
    t.upos = "VERB";
    make_past_tense(t);
    return true;
  }
  return false;
}

bool present_verb_conjoined_to_present_verb(std::span<Token> sentence, const WordClasses& classes) {
  int earlier = -1;  // the clause's finite verb so far
  for (int v = 2; v + 1 < static_cast<int>(sentence.size()); ++v) {
    const Token& prior = sentence[static_cast<std::size_t>(v - 1)];
    if (finite(prior) && prior.xpos != "MD") earlier = prior.xpos == "VBZ" ? v - 1 : -2;
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (earlier < 0 || t.xpos != "NNS" || prior.xpos != "CC") continue;
    const std::string& listed = sentence[static_cast<std::size_t>(v - 2)].xpos;
    const std::string& next = sentence[static_cast<std::size_t>(v + 1)].xpos;
    // (not before "to": "sabotage and attempts to kill" lists acts; nor after a common noun)
    const bool opens_phrase = next == "IN" || next == "RB" || next == "DT";
    if (listed == "NN" || listed == "NNS" || listed == "NNPS" || !opens_phrase) continue;
    if (!(classes.of(lowercase_ascii(t.text)) & WordClasses::PresentVerb3)) continue;
    make_present_tense(t, true);
    return true;
  }
  return false;
}

bool finite_verb_from_clause_noun(std::span<Token> sentence, const WordClasses& classes) {
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& before = sentence[static_cast<std::size_t>(v - 1)];
    if (t.upos != "NOUN" || t.deprel != "advcl" || before.head != v || before.deprel != "compound") continue;
    if (has_dependent(sentence, v, {"cop", "aux", "aux:pass", "nsubj", "nsubj:pass"})) continue;
    const bool opened = std::any_of(sentence.begin(), sentence.begin() + v, [&](const Token& m) {
      return m.head == v && m.deprel == "mark" && opens_clause(m.text);
    });
    if (!opened) continue;
    const std::uint16_t forms = classes.of(lowercase_ascii(t.text));
    // Subject and verb must agree: "rates rise", "the price rises".
    if (before.xpos == "NNS" && t.xpos == "NN" && (forms & WordClasses::Verb)) {
      make_present_tense(t, false);
    } else if ((before.xpos == "NN" || before.xpos == "NNP") && t.xpos == "NNS" && (forms & WordClasses::PresentVerb3)) {
      make_present_tense(t, true);
    } else {
      continue;
    }
    return true;
  }
  return false;
}

namespace {

// "Former mayor found guilty", "Climber declared dead": a verb that says its object is something,
// with that complement (an adjective or a noun) but no object, is said in the passive ("Stocks
// ended higher" has no such verb).
bool says_what_its_object_is(const Token& verb) {
  static constexpr std::string_view kVerbs[] = {"find", "declare", "pronounce", "rule", "deem", "judge", "certify"};
  const std::string lemma = lowercase_ascii(verb.lemma);
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

bool object_complement_without_object(std::span<const Token> sentence, int verb) {
  if (!says_what_its_object_is(sentence[static_cast<std::size_t>(verb)])) return false;
  return std::all_of(sentence.begin(), sentence.end(), [&](const Token& t) {
    return t.head != verb || t.deprel != "xcomp" || t.upos == "ADJ" || t.upos == "NOUN";
  });
}

}  // namespace

bool passive_headline(std::span<Token> sentence, const WordClasses& classes) {
  if (!reads_as_headline(sentence)) return false;
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.head < 0; });
  if (root == sentence.end() || (root->xpos != "VBD" && root->xpos != "VBN")) return false;
  const int r = static_cast<int>(root - sentence.begin());
  const auto subject = std::find_if(sentence.begin(), root, [&](const Token& t) { return t.head == r && t.deprel == "nsubj"; });
  if (subject == root) return false;
  // ("Three killed in blast", "Two arrested after stabbing": a number of people, passive too,
  // but not with a verb no one undergoes: "Three died in blast", "Two escaped from prison")
  static constexpr std::string_view kUndergoneByNoOne[] = {"die", "escape", "flee", "drown", "vanish", "disappear",
                                                           "arrive", "return", "resign", "retire", "quit"};
  const bool undergone = std::find(std::begin(kUndergoneByNoOne), std::end(kUndergoneByNoOne), root->lemma) ==
                         std::end(kUndergoneByNoOne);
  const bool number = subject->upos == "NUM" && undergone;
  if (subject->upos != "NOUN" && subject->upos != "PROPN" && !number) return false;  // "I went home"
  // "Former mayor found [guilty]" with the adjective read as a noun, the verb's object
  const auto object = std::find_if(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == r && t.deprel == "obj"; });
  const auto of = object != sentence.end() ? classes.of(lowercase_ascii(object->text)) : 0;
  const bool adjective_object = says_what_its_object_is(*root) && (of & WordClasses::Adjective) && !(of & WordClasses::Noun);
  const auto objects = std::count_if(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == r && t.deprel == "obj"; });
  if (has_dependent(sentence, r, {"iobj", "ccomp", "aux", "aux:pass", "cop", "nsubj:pass"})) return false;
  if (objects > (adjective_object ? 1 : 0)) return false;  // "Jury convicted mayor"
  if (has_dependent(sentence, r, {"xcomp"}) && !object_complement_without_object(sentence, r)) return false;
  if (adjective_object) {
    object->upos = "ADJ";
    object->xpos = "JJ";
    object->feats = "Degree=Pos";
    object->deprel = "xcomp";
  }
  subject->deprel = "nsubj:pass";
  root->xpos = "VBN";
  root->feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  return true;
}

bool noun_from_adjective_after_noun(std::span<Token> sentence, const WordClasses& classes) {
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    const std::string& before = sentence[k - 1].xpos;
    if (t.xpos != "JJ" || (before != "NN" && before != "NNP" && before != "NNPS")) continue;
    // Before a preposition only: "lightning fast." and "prior to", "wrong with" (after
    // "nothing") are adjectives (UD EWT dev).
    if (k + 1 >= sentence.size() || sentence[k + 1].xpos != "IN") continue;
    const std::string next = lowercase_ascii(sentence[k + 1].text), noun = lowercase_ascii(sentence[k - 1].text);
    if (next == "than" || next == "to" || noun.starts_with("no") || noun.starts_with("some") || noun.starts_with("any") ||
        noun.starts_with("every"))
      continue;
    if (!(classes.of(lowercase_ascii(t.text)) & WordClasses::Noun)) continue;
    t.upos = "NOUN";
    t.xpos = "NN";
    t.feats = "Number=Sing";
    return true;
  }
  return false;
}

namespace {

// The classes WordNet gives a word, or, for one with a hyphen it does not know, the word
// written without it ("semi-final": "semifinal").
std::uint16_t classes_of_hyphenated(const WordClasses& classes, const std::string& lower) {
  if (const auto known = classes.of(lower); known || lower.find('-') == std::string::npos) return known;
  std::string joined = lower;
  joined.erase(std::remove(joined.begin(), joined.end(), '-'), joined.end());
  return classes.of(joined);
}

}  // namespace

namespace {

// A comma at `open` that sets off a short phrase of names and nouns before a finite verb ("Its
// chief executive[,] Anna Berg, said").
bool name_in_apposition_before_verb(std::span<const Token> sentence, std::size_t open) {
  constexpr std::size_t kMaxWords = 5;
  if (open >= sentence.size() || sentence[open].text != ",") return false;
  std::size_t close = open + 1;
  while (close < sentence.size() && close <= open + kMaxWords && sentence[close].text != ",") {
    const std::string& tag = sentence[close].xpos;
    if (!(tag.starts_with("NN") || tag == "DT" || tag == "JJ" || tag == "CD")) return false;
    ++close;
  }
  return close > open + 1 && close + 1 < sentence.size() && sentence[close].text == "," && finite(sentence[close + 1]);
}

// "denied [reports] last month that ...": a word hung as the object of the verb right before it,
// with no subject of its own, can be no present tense, whatever the treebank showed it as.
bool bare_object_after_its_verb(std::span<const Token> sentence, int k) {
  const Token& t = sentence[static_cast<std::size_t>(k)];
  if (t.deprel != "obj" || t.head != k - 1 || sentence[static_cast<std::size_t>(k - 1)].upos != "VERB") return false;
  return !has_dependent(sentence, k, {"nsubj", "nsubj:pass", "aux"});
}

// "a $14 million [plan]", "an 800 [deal]": whether the count that ends right before token `k`
// (numbers, a currency sign) opens after "a" or "an", or after a determiner with a currency sign,
// so the whole phrase is one thing counted in money, no subject of a plural verb.
bool count_in_singular_phrase(std::span<const Token> sentence, std::size_t k) {
  std::size_t j = k;
  bool money = false;
  while (j > 0 && (sentence[j - 1].xpos == "CD" || sentence[j - 1].xpos == "$")) {
    money = money || sentence[j - 1].xpos == "$";
    --j;
  }
  if (j == 0 || j == k || sentence[j - 1].xpos != "DT") return false;
  const std::string determiner = lowercase_ascii(sentence[j - 1].text);
  return determiner == "a" || determiner == "an" || money;
}

}  // namespace

bool noun_from_present_after_count(std::span<Token> sentence, const WordClasses& classes) {
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& count = sentence[k - 1];
    const std::string number = lowercase_ascii(count.text);
    if (t.upos != "VERB" || count.xpos != "CD" || number == "one" || number == "1") continue;
    const std::uint16_t known = classes.of(lowercase_ascii(t.text));
    if (t.xpos == "VBZ" && (known & WordClasses::PluralNoun)) {
      make_noun(t, true);
      return true;
    }
    if (t.xpos == "VBP" && (known & WordClasses::Noun) && count_in_singular_phrase(sentence, k)) {
      make_noun(t, false);
      return true;
    }
  }
  return false;
}

bool noun_from_present_before_past_verb(std::span<Token> sentence, const WordClasses& classes) {
  // (verbs a participle may complete: "it seems settled", "the road remains closed")
  static constexpr std::string_view kLinking[] = {"seems", "appears", "looks", "gets", "remains", "becomes", "stays",
                                                  "feels", "sounds", "proves", "grows", "turns", "comes", "keeps", "goes"};
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& modifier = sentence[k - 1];
    const Token& past = sentence[k + 1];
    const std::string lower = lowercase_ascii(t.text);
    if (t.xpos != "VBZ" || t.upos != "VERB" || (past.xpos != "VBD" && past.xpos != "VBN") || past.upos != "VERB") continue;
    // (the parser hung the past verb on the present as its complement: not "carries heightened risks")
    if (past.head != static_cast<int>(k) || past.deprel == "amod") continue;
    const bool modified = modifier.upos == "ADJ" || modifier.upos == "NOUN" || modifier.upos == "PROPN";
    if (!modified || std::find(std::begin(kLinking), std::end(kLinking), lower) != std::end(kLinking)) continue;
    if (!(classes.of(lower) & WordClasses::PluralNoun) || has_dependent(sentence, static_cast<int>(k), {"aux"})) continue;
    make_noun(t, true);
    return true;
  }
  return false;
}

bool noun_from_gerund_between_determiner_and_noun(std::span<Token> sentence) {
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& determiner = sentence[k - 1];
    const Token& noun = sentence[k + 1];
    if (t.xpos != "VBG" || determiner.upos != "DET" || (noun.xpos != "NN" && noun.xpos != "NNS")) continue;
    const bool closed_class_relation = t.deprel.starts_with("aux") || t.deprel == "cop";
    if (!closed_class_relation && determiner.head >= 0) continue;
    make_noun(t, false);
    return true;
  }
  return false;
}

bool noun_from_adjective_before_verb(std::span<Token> sentence, const WordClasses& classes) {
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& before = sentence[k - 1];
    const Token& next = sentence[k + 1];
    // ("The women's [downhill] follows": an adverb right after an owner's "'s" is the owned noun)
    const bool owned_adverb = t.xpos == "RB" && before.xpos == "POS";
    if ((t.xpos != "JJ" && !owned_adverb) || !(classes_of_hyphenated(classes, lowercase_ascii(t.text)) & WordClasses::Noun)) continue;
    // its phrase's words before it: a determiner, an owner or a word of the office ("chief")
    const bool phrase = before.xpos == "DT" || before.xpos == "PRP$" || before.xpos == "JJ" || before.xpos == "NN" || owned_adverb;
    // a finite verb or a modal after it, with no noun between for it to modify
    const bool verb_after = finite(next) || (next.xpos == "VBN" && next.head < 0);
    // or the object of a verb, closed by a clause's opener: "reached the [final] after beating"
    const bool object = before.xpos == "DT" && k >= 2 && sentence[k - 2].upos == "VERB" && next.upos == "SCONJ";
    if (!phrase || !(verb_after || object || name_in_apposition_before_verb(sentence, k + 1))) continue;
    make_noun(t, false);
    return true;
  }
  return false;
}

bool word_from_impossible_verb(std::span<Token> sentence, const WordClasses& classes) {
  constexpr std::uint16_t kAnyVerb =
      WordClasses::Verb | WordClasses::PastVerb | WordClasses::IngVerb | WordClasses::PresentVerb3;
  bool retagged = false;
  for (Token& t : sentence) {
    if (t.upos != "VERB" || !t.xpos.starts_with("VB")) continue;
    const std::uint16_t known = classes.of(lowercase_ascii(t.text));
    if (known == 0 || (known & kAnyVerb)) continue;
    if (known & WordClasses::Adverb) {
      t.upos = "ADV";
      t.xpos = "RB";
    } else if (known & WordClasses::Adjective) {
      t.upos = "ADJ";
      t.xpos = "JJ";
    } else {
      t.upos = "NOUN";
      t.xpos = (known & WordClasses::PluralNoun) ? "NNS" : "NN";
    }
    t.feats.clear();
    retagged = true;
  }
  return retagged;
}

bool noun_from_verb_in_noun_slot(std::span<Token> sentence, const WordClasses& classes,
                                 const std::function<bool(const std::string&)>& seen_as_present) {
  static constexpr std::string_view kNounSlots[] = {"obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod"};
  for (std::size_t k = 0; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    if (t.xpos != "VBZ" || std::find(std::begin(kNounSlots), std::end(kNounSlots), t.deprel) == std::end(kNounSlots)) continue;
    const std::string lower = lowercase_ascii(t.text);
    if (!(classes.of(lower) & WordClasses::PluralNoun)) continue;
    if (seen_as_present(lower) && !bare_object_after_its_verb(sentence, static_cast<int>(k))) continue;
    make_noun(t, true);
    return true;
  }
  return false;
}

bool noun_after_coordinated_adjectives(std::span<Token> sentence, const WordClasses& classes) {
  for (std::size_t k = 3; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    if (t.xpos != "VBZ" || !(classes.of(lowercase_ascii(t.text)) & WordClasses::PluralNoun)) continue;
    const std::string joint = lowercase_ascii(sentence[k - 2].text);
    if (sentence[k - 1].upos != "ADJ" || sentence[k - 3].upos != "ADJ" || (joint != "," && joint != "and")) continue;
    make_noun(t, true);
    return true;
  }
  return false;
}

bool verb_from_open_class_auxiliary(std::span<Token> sentence) {
  static constexpr std::string_view kAuxiliaries[] = {
      "be",    "am",   "is",    "are",   "was",  "were",  "been",  "being", "'s",    "s",      "'re",  "re",    "'m",
      "m",     "have", "has",   "had",   "having", "'ve", "ve",    "'d",    "d",     "do",     "does", "did",   "will",
      "would", "shall", "should", "can", "could", "may",  "might", "must",  "ought", "'ll",    "ll",   "wo",    "ca",
      "sha",   "need", "dare",  "get",   "gets",  "got",  "gotten", "getting", "ai", "\u2019s", "\u2019re", "\u2019m",
      "\u2019ve", "\u2019d", "\u2019ll"};
  bool retagged = false;
  for (Token& t : sentence) {
    const std::string form = lowercase_ascii(t.text);
    if (t.upos != "AUX" || std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), form) != std::end(kAuxiliaries)) continue;
    if (!form.ends_with("ed") && !form.ends_with("ing") && !form.ends_with("s")) continue;  // a word only a verb's endings tell
    t.upos = "VERB";
    retagged = true;
  }
  return retagged;
}

bool noun_from_bare_base_form(std::span<Token> sentence, const WordClasses& classes) {
  // verbs whose object does the act of a bare infinitive: "let prices rise", "saw the roof fall"
  static constexpr std::string_view kObjectActs[] = {"make", "let", "have", "help", "see", "watch", "hear", "feel", "notice", "bid"};
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    if (t.xpos != "VB" || sentence[k - 1].upos != "NOUN" || t.head < 0) continue;
    const std::string form = lowercase_ascii(t.text);
    if (form == "be" || form == "have" || form == "do") continue;  // "what will the title be"
    const int v = static_cast<int>(k);
    if (has_dependent(sentence, v, {"aux", "aux:pass", "nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "compound:prt", "advmod"}))
      continue;
    // "demanded the president step down": the noun is the object of the verb the base form
    // hangs on, and does what it says
    const Token& noun = sentence[k - 1];
    if (noun.head == t.head && noun.deprel == "obj") continue;
    const Token& governor = sentence[static_cast<std::size_t>(t.head)];
    const std::string head = lowercase_ascii(governor.lemma.empty() ? governor.text : governor.lemma);
    if (std::find(std::begin(kObjectActs), std::end(kObjectActs), head) != std::end(kObjectActs)) continue;
    if (!(classes.of(form) & WordClasses::Noun)) continue;
    make_noun(t, false);
    return true;
  }
  return false;
}

namespace {

// "Work on the damaged bridge [resumed]": a finite verb right after the noun phrase that the
// preposition at `preposition` opens.
bool finite_after_prepositional_phrase(std::span<const Token> sentence, std::size_t preposition) {
  std::size_t k = preposition + 1;
  while (k < sentence.size() && (sentence[k].upos == "DET" || sentence[k].upos == "ADJ" || sentence[k].upos == "NUM" ||
                                 sentence[k].xpos == "VBN" || sentence[k].upos == "NOUN" || sentence[k].upos == "PROPN"))
    ++k;
  const bool phrase = k > preposition + 1 && (sentence[k - 1].upos == "NOUN" || sentence[k - 1].upos == "PROPN");
  return phrase && k < sentence.size() && finite(sentence[k]);
}

}  // namespace

bool noun_from_initial_verb_before_preposition(std::span<Token> sentence, const WordClasses& classes) {
  if (sentence.size() < 3) return false;
  Token& first = sentence[0];
  if (sentence[1].upos != "ADP") return false;
  const auto word = classes.of(lowercase_ascii(first.text));
  if ((first.xpos == "VBZ" || first.xpos == "VBP") && (word & WordClasses::PluralNoun)) {
    make_noun(first, true);
    return true;
  }
  if (first.xpos != "VB" || !(word & WordClasses::Noun) || !finite_after_prepositional_phrase(sentence, 1)) return false;
  make_noun(first, false);
  return true;
}

bool noun_from_initial_verb_before_subject(std::span<Token> sentence, const WordClasses& classes) {
  if (sentence.size() < 3) return false;
  Token& first = sentence[0];
  const std::string& noun = sentence[1].xpos;
  const std::string& verb = sentence[2].xpos;
  if (first.xpos != "VB" || (noun != "NN" && noun != "NNS")) return false;
  if (verb != "VBZ" && verb != "VBD" && verb != "VBP" && verb != "MD") return false;
  if (!(classes.of(lowercase_ascii(first.text)) & WordClasses::Noun)) return false;
  make_noun(first, false);
  return true;
}

namespace {

// "once winds [drop] below 40 mph": a singular noun WordNet knows as a verb too, right before a
// preposition, an adverb or a mark that closes the clause (no noun phrase goes on after it).
bool base_verb_read_as_noun(std::span<const Token> sentence, std::size_t k, const WordClasses& classes) {
  if (k + 1 >= sentence.size() || sentence[k].xpos != "NN" || !(classes.of(lowercase_ascii(sentence[k].text)) & WordClasses::Verb))
    return false;
  const std::string& after = sentence[k + 1].upos;
  return after == "ADP" || after == "ADV" || after == "PUNCT" || after == "SCONJ";
}

}  // namespace

bool noun_from_present_verb_after_clause_opener(std::span<Token> sentence, const WordClasses& classes) {
  static constexpr std::string_view kVerbAfter[] = {"VBD", "VBN", "MD", "VBZ", "VBP"};
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    // ("as [has] been reported": an auxiliary may stand there, its clause's subject left out)
    if (t.upos != "VERB" || (t.xpos != "VBZ" && t.xpos != "VBP") || !opens_clause(sentence[k - 1].text)) continue;
    const std::string& next = sentence[k + 1].xpos;
    const bool verb_after = std::find(std::begin(kVerbAfter), std::end(kVerbAfter), next) != std::end(kVerbAfter);
    const bool base_verb_after = base_verb_read_as_noun(sentence, k + 1, classes);
    if ((!verb_after && !base_verb_after) || !(classes.of(lowercase_ascii(t.text)) & WordClasses::PluralNoun)) continue;
    make_noun(t, true);
    if (base_verb_after) make_present_tense(sentence[k + 1], false);
    return true;
  }
  return false;
}

bool verb_after_modal(std::span<Token> sentence, const WordClasses& classes) {
  // a modal right before, or a modal or "do" before "not": "does not [slow]", "could not [close]"
  const auto modal_before = [&](std::size_t k) {
    if (sentence[k - 1].xpos == "MD") return true;
    const std::string n = lowercase_ascii(sentence[k - 1].text);
    if (k < 2 || (n != "not" && n != "n't")) return false;
    const std::string d = lowercase_ascii(sentence[k - 2].text);
    return sentence[k - 2].xpos == "MD" || d == "do" || d == "does" || d == "did";
  };
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    if (!modal_before(k) || (t.upos != "ADV" && t.upos != "ADJ" && t.upos != "NOUN")) continue;
    const std::string& next = sentence[k + 1].upos;
    if (next == "VERB" || next == "AUX" || next == "ADV" || next == "PART") continue;  // "could well be", "will not"
    if (!(classes.of(lowercase_ascii(t.text)) & WordClasses::Verb)) continue;
    t.upos = "VERB";
    t.xpos = "VB";
    t.feats = "VerbForm=Inf";
    t.lemma = lowercase_ascii(t.text);
    return true;
  }
  return false;
}

bool past_verb_from_impossible_word(std::span<Token> sentence, const WordClasses& classes) {
  bool retagged = false;
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    const std::string lower = lowercase_ascii(t.text);
    if ((t.upos != "ADJ" && t.upos != "NOUN" && t.upos != "ADV") || lower.ends_with("ed") || lower.ends_with("n")) continue;
    // an adjective WordNet does not know as one ("tore" is only a torus as a noun), or a noun or
    // adverb it does not know as one ("Sales [rose] more than expected")
    const std::uint16_t known = classes.of(lower);
    const std::uint16_t impossible = t.upos == "ADJ" ? WordClasses::Adjective : t.upos == "NOUN" ? WordClasses::Noun : WordClasses::Adverb;
    // (a base verb too is a present as likely as a past, but no adverb: "sales [fell]")
    const bool base_verb = (known & WordClasses::Verb) && t.upos != "ADV";
    if (!(known & WordClasses::PastVerb) || (known & impossible) || base_verb) continue;
    if (sentence[k - 1].upos == "DET" || sentence[k - 1].xpos == "PRP$") continue;
    t.upos = "VERB";
    make_past_tense(t);
    retagged = true;
  }
  return retagged;
}

namespace {

// "have my hair cut", "got the roof fixed": a verb whose object's participle is a second predicate.
bool causative(const Token& verb) {
  static constexpr std::string_view kCausatives[] = {"have", "has", "had", "get", "got", "want", "wanted", "need", "needed",
                                                     "keep", "kept", "leave", "left", "find", "found", "see", "saw", "make", "made"};
  const auto listed = [](const std::string& w) { return std::find(std::begin(kCausatives), std::end(kCausatives), w) != std::end(kCausatives); };
  return listed(verb.lemma) || listed(lowercase_ascii(verb.text));
}

}  // namespace

bool noun_from_object_participle(std::span<Token> sentence, const WordClasses& classes) {
  for (int v = 2; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& before = sentence[static_cast<std::size_t>(v - 1)];
    if (t.xpos != "VBN" || t.deprel != "xcomp" || before.upos != "NOUN" || before.deprel != "obj") continue;
    if (before.head != t.head || has_dependent(sentence, v, {"obj", "aux", "aux:pass", "nsubj", "nsubj:pass"})) continue;
    if (!(classes.of(lowercase_ascii(t.text)) & WordClasses::Noun)) continue;
    if (causative(sentence[static_cast<std::size_t>(t.head)])) continue;  // "have my hair cut"
    make_noun(t, false);
    t.lemma = lowercase_ascii(t.text);
    return true;
  }
  return false;
}

namespace {

// Participles that look like their noun and close a compound of news ("a rate cut", "a revenue
// forecast", "a takeover bid"); "the rule put in place", "the record set in 1999" are participles.
bool closes_compounds(const std::string& word) {
  return word == "cut" || word == "forecast" || word == "bid" || word == "broadcast";
}

}  // namespace

bool noun_from_participle_closing_compound(std::span<Token> sentence, const WordClasses& classes) {
  for (int v = 2; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& noun = sentence[static_cast<std::size_t>(v - 1)];
    const std::string word = lowercase_ascii(t.text);
    if (t.xpos != "VBN" || t.deprel != "acl" || t.head != v - 1 || noun.xpos != "NN" || !closes_compounds(word)) continue;
    const bool determined = has_dependent(sentence, v - 1, {"det", "nmod:poss"});
    if (!determined || !(classes.of(word) & WordClasses::Noun)) continue;
    if (has_dependent(sentence, v, {"obj", "aux", "aux:pass", "nsubj", "nsubj:pass"})) continue;
    // ("the money cut by the board": an agent keeps the participle)
    const bool agent = has_child(sentence, v, [&](const Token& c) {
      const int at = static_cast<int>(&c - sentence.data());
      return c.deprel.starts_with("obl") && has_child(sentence, at, [](const Token& m) { return m.deprel == "case" && lowercase_ascii(m.text) == "by"; });
    });
    if (agent) continue;
    make_noun(t, false);
    return true;
  }
  return false;
}

namespace {

bool tens_word(std::string_view w) {
  static constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  return std::find(std::begin(kTens), std::end(kTens), w) != std::end(kTens);
}

// eleven .. nineteen, the tens, and a ten joined to a unit by a hyphen ("forty-five").
bool cardinal_word(std::string_view w) {
  static constexpr std::string_view kTeens[] = {"eleven",  "twelve",  "thirteen",  "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::string_view kUnits[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  if (std::find(std::begin(kTeens), std::end(kTeens), w) != std::end(kTeens) || tens_word(w)) return true;
  const auto hyphen = w.find('-');
  if (hyphen == std::string_view::npos || !tens_word(w.substr(0, hyphen))) return false;
  return std::find(std::begin(kUnits), std::end(kUnits), w.substr(hyphen + 1)) != std::end(kUnits);
}

}  // namespace

bool number_from_cardinal_word(std::span<Token> sentence) {
  bool changed = false;
  for (Token& t : sentence) {
    if (t.upos == "NUM" || !cardinal_word(lowercase_ascii(t.text))) continue;
    t.upos = "NUM";
    t.xpos = "CD";
    t.feats = "NumForm=Word|NumType=Card";
    changed = true;
  }
  return changed;
}

bool participle_from_hyphenated_verb(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form) {
  bool changed = false;
  for (std::size_t k = 2; k + 1 < sentence.size(); ++k) {
    Token& verb = sentence[k];
    const Token& hyphen = sentence[k - 1];
    const bool joined = hyphen.text == "-" && sentence[k - 2].span.end == hyphen.span.begin && hyphen.span.end == verb.span.begin;
    const bool base_or_present = verb.xpos == "VB" || verb.xpos == "VBP";
    if (!joined || !base_or_present || sentence[k + 1].upos != "NOUN" || !participle_form(lowercase_ascii(verb.text))) continue;
    verb.upos = "VERB";
    verb.xpos = "VBN";
    verb.feats = "Tense=Past|VerbForm=Part";
    changed = true;
  }
  return changed;
}

bool noun_from_hyphenated_phrasal_verb(std::span<Token> sentence) {
  static constexpr std::string_view kParticles[] = {"up", "out", "in", "off", "down", "over", "back", "on"};
  bool changed = false;
  for (std::size_t k = 0; k + 3 < sentence.size(); ++k) {
    Token& verb = sentence[k];
    Token& particle = sentence[k + 2];
    const Token& hyphen = sentence[k + 1];
    const bool joined = hyphen.text == "-" && verb.span.end == hyphen.span.begin && hyphen.span.end == particle.span.begin;
    const std::string word = lowercase_ascii(particle.text);
    const bool phrasal = std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
    // (a base form only: "laid-back", "bombed-out" are participles, adjectives the event rules read)
    const bool base = verb.xpos == "VB" || verb.xpos == "VBP";
    if (!joined || !phrasal || verb.upos != "VERB" || !base || sentence[k + 3].upos != "NOUN") continue;
    make_noun(verb, false);
    make_noun(particle, false);
    changed = true;
  }
  return changed;
}

bool preposition_from_near(std::span<Token> sentence) {
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const std::string& before = sentence[k - 1].upos;
    const std::string& after = sentence[k + 1].upos;
    if (t.upos != "ADJ" || lowercase_ascii(t.text) != "near" || (before != "NOUN" && before != "PROPN")) continue;
    if (after != "PROPN" && after != "DET") continue;
    t.upos = "ADP";
    t.xpos = "IN";
    t.feats.clear();
    return true;
  }
  return false;
}

bool determiner_from_that_before_noun(std::span<Token> sentence) {
  const auto verb_in_clause_after = [&](std::size_t from) {
    for (std::size_t k = from; k < sentence.size() && sentence[k].text != "," && sentence[k].text != ";"; ++k)
      if (sentence[k].upos == "VERB" || sentence[k].upos == "AUX") return true;
    return false;
  };
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    if (lowercase_ascii(t.text) != "that" || t.xpos == "DT" || sentence[k - 1].upos != "VERB") continue;
    const Token& noun = sentence[k + 1];
    if (noun.upos != "NOUN" || (noun.xpos != "NN" && noun.xpos != "NNS") || verb_in_clause_after(k + 2)) continue;
    t.upos = "DET";
    t.xpos = "DT";
    t.feats = "Number=Sing|PronType=Dem";
    return true;
  }
  return false;
}

bool adverb_from_stranded_preposition(std::span<Token> sentence) {
  static constexpr std::string_view kAlsoAdverbs[] = {"throughout", "before", "since",  "afterwards", "around",
                                                      "along",      "inside", "outside", "nearby",     "beyond",
                                                      "below",      "above",  "behind",  "underneath"};
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    if (t.xpos != "IN" || std::find(std::begin(kAlsoAdverbs), std::end(kAlsoAdverbs), lowercase_ascii(t.text)) == std::end(kAlsoAdverbs))
      continue;
    const bool stranded = k + 1 == sentence.size() || sentence[k + 1].upos == "CCONJ" || sentence[k + 1].upos == "PUNCT";
    if (!stranded || sentence[k - 1].upos == "PUNCT") continue;
    t.upos = "ADV";
    t.xpos = "RB";
    t.feats.clear();
    return true;
  }
  return false;
}

bool noun_from_gerund(std::span<Token> sentence, const WordClasses& classes) {
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBG" || t.head < 0 || has_dependent(sentence, v, {"obj", "aux", "aux:pass", "mark", "nsubj"})) continue;
    const Token& head = sentence[static_cast<std::size_t>(t.head)];
    // "slowed the decline in memory and thinking": no gerund is conjoined to a finite verb
    const bool after_and_noun = v >= 2 && lowercase_ascii(sentence[static_cast<std::size_t>(v - 1)].text) == "and" &&
                                sentence[static_cast<std::size_t>(v - 2)].upos == "NOUN";
    const bool after_noun = t.deprel == "conj" && t.head < v && (head.upos == "NOUN" || (finite(head) && after_and_noun));
    const bool had = t.deprel == "xcomp" && head.lemma == "have" && head.upos == "VERB" && t.head + 1 == v;
    if ((!after_noun && !had) || !(classes.of(lowercase_ascii(t.text)) & WordClasses::Noun)) continue;
    make_noun(t, false);
    t.lemma = lowercase_ascii(t.text);
    return true;
  }
  return false;
}

bool name_from_capitals_after_the(std::span<Token> sentence) {
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    Token& t = sentence[k];
    const bool closed_class = t.upos == "PRON" || t.upos == "DET" || t.upos == "ADP" || t.upos == "SCONJ" ||
                              t.upos == "CCONJ" || t.upos == "AUX" || t.upos == "PART";
    if (!closed_class || t.text.size() < 2 || lowercase_ascii(sentence[k - 1].text) != "the") continue;
    if (!std::all_of(t.text.begin(), t.text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) continue;
    make_name(t);
    return true;
  }
  return false;
}

bool name_from_capital_pronoun_before_noun(std::span<Token> sentence) {
  const auto capitals = [](const std::string& w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  };
  for (std::size_t k = 0; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& next = sentence[k + 1];
    const bool noun_after = (next.upos == "NOUN" || next.upos == "PROPN") && !capitals(next.text);
    if (t.upos != "PRON" || t.text.size() < 2 || !capitals(t.text) || !noun_after) continue;
    make_name(t);
    return true;
  }
  return false;
}

bool name_from_capitalised_run(std::span<Token> sentence) {
  // (a word in title case, "Federal": not one in capitals, "NASA")
  const auto title_case = [](const Token& t) {
    return t.text.size() > 1 && std::isupper(static_cast<unsigned char>(t.text[0])) &&
           std::islower(static_cast<unsigned char>(t.text[1]));
  };
  const auto in_run = [&](const Token& t) {
    return title_case(t) && (t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN");
  };
  for (std::size_t k = 1; k < sentence.size(); ++k) {
    if (lowercase_ascii(sentence[k - 1].text) != "the" || !in_run(sentence[k])) continue;
    std::size_t end = k;
    while (end < sentence.size() && in_run(sentence[end])) ++end;
    // (what follows the run is no capitalised word of a name: "The Strike Ends" is a headline)
    if (end - k < 3 || sentence[end - 1].upos != "PROPN" || (end < sentence.size() && title_case(sentence[end]))) continue;
    // (Penn tags every word of a name NNP; UD keeps an adjective's part of speech: "International")
    bool changed = false;
    for (std::size_t j = k; j + 1 < end; ++j) {
      Token& w = sentence[j];
      if (w.xpos == "NNP") continue;
      const bool adjective = w.upos == "ADJ";
      make_name(w);
      if (adjective) w.upos = "ADJ";
      changed = true;
    }
    if (changed) return true;
  }
  return false;
}

bool strong_past_lemma(Token& t, const WordClasses& classes) {
  if ((t.xpos != "VBD" && t.xpos != "VBN") || t.text.size() < 3) return false;
  const std::string form = lowercase_ascii(t.text);
  if (!form.ends_with("ed")) return false;
  const std::string stem = form.substr(0, form.size() - 2);
  // "slumped" -> "slum": a doubled consonant's script ("stopped" -> "stop") on a consonant that
  // is not doubled; the lemma is the stem, "slump"
  const std::size_t n = form.size();
  if (n > 4 && t.lemma == form.substr(0, n - 3) && form[n - 4] != form[n - 3] && (classes.of(stem) & WordClasses::Verb)) {
    t.lemma = stem;
    return true;
  }
  if (classes.of(t.lemma) & WordClasses::Verb) return false;
  // "convened" -> "convene"; "fled" -> "flee", "bled" -> "bleed", "sped" -> "speed", "led" -> "lead".
  for (const std::string& candidate : {stem + "e", stem + "ee", stem + "eed", stem + "ead"}) {
    if (!(classes.of(candidate) & WordClasses::Verb)) continue;
    t.lemma = candidate;
    return true;
  }
  return false;
}

bool name_from_initial_verb(std::span<Token> sentence) {
  if (sentence.size() < 3) return false;
  Token& first = sentence[0];
  const Token& next = sentence[1];
  if (!capitalised(first) || first.xpos != "VBZ" || first.upos == "AUX") return false;
  // "Mendes, who resigned last year, promised ...": a relative clause after the comma
  const bool relative = next.text == "," && (lowercase_ascii(sentence[2].text) == "who" || lowercase_ascii(sentence[2].text) == "whose");
  if (next.xpos != "VBD" && next.xpos != "VBN" && !relative) return false;
  make_name(first);
  return true;
}

bool name_from_initial_adjectives(std::span<Token> sentence) {
  static constexpr std::string_view kQuantifiers[] = {"many", "several", "such", "few", "other", "more", "most", "all", "both", "each"};
  std::size_t v = 0;
  bool adjective = false;
  for (; v < sentence.size() && v < 4; ++v) {
    const Token& t = sentence[v];
    if (!capitalised(t) || (t.xpos != "JJ" && t.xpos != "NNP")) break;
    const std::string lower = lowercase_ascii(t.text);
    if (std::find(std::begin(kQuantifiers), std::end(kQuantifiers), lower) != std::end(kQuantifiers)) return false;
    adjective = adjective || t.xpos == "JJ";
  }
  if (!adjective || v == 0 || v >= sentence.size()) return false;
  const std::string& next = sentence[v].xpos;
  if (next != "VBD" && next != "VBZ" && next != "VBP" && next != "MD") return false;
  if (capitalised(sentence[v])) return false;  // a headline in title case: "Heavy Rain Hits Lyon"
  for (std::size_t k = 0; k < v; ++k) make_name(sentence[k]);
  return true;
}

bool past_verb_closing_attribution(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  if (sentence.size() < 5 || !ends_with_full_stop(sentence)) return false;
  const std::size_t v = sentence.size() - 2;
  Token& verb = sentence[v];
  // (only a verb that reports what the clause says: "..., the bridge destroyed." is absolute)
  static constexpr std::string_view kFinding[] = {"find",     "conclude", "show", "estimate", "reveal", "claim", "allege",
                                                  "warn",     "suggest",  "indicate", "note", "state", "determine"};
  const bool reports = says(verb) || std::find(std::begin(kFinding), std::end(kFinding), verb.lemma) != std::end(kFinding);
  if (verb.xpos != "VBN" || !reports || !past_form(lowercase_ascii(verb.text))) return false;
  bool noun = false;
  std::size_t k = v;
  for (; k-- > 0;) {
    const Token& t = sentence[k];
    if (t.text == ",") break;
    const bool in_phrase = t.upos == "DET" || t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "NUM";
    if (!in_phrase) return false;
    noun = noun || t.upos == "NOUN" || t.upos == "PROPN";
  }
  if (k == static_cast<std::size_t>(-1) || k == 0 || !noun) return false;  // no comma, or nothing before it
  make_past_tense(verb);
  return true;
}

bool past_verb_from_adjective_after_names(std::span<Token> sentence,
                                          const std::function<bool(const std::string&)>& past_form) {
  // (with a finite verb of its own the sentence has its clause: "US armed forces struck targets")
  if (std::any_of(sentence.begin(), sentence.end(), finite)) return false;
  // (a capitalised common noun inside the names is one of their words: "Procter & Gamble")
  const auto name_word = [&](std::size_t k) {
    const Token& t = sentence[k];
    return t.xpos == "NNP" || t.xpos == "NNPS" || (k > 0 && t.xpos.starts_with("NN") && std::isupper(static_cast<unsigned char>(t.text[0])));
  };
  std::size_t v = 0, names = 0;
  for (; v < sentence.size(); ++v) {
    const Token& t = sentence[v];
    const bool joint = t.text == "," || t.xpos == "CC" || (v == 0 && t.xpos == "DT");
    if (name_word(v)) ++names;
    else if (!joint) break;
  }
  if (names == 0 || v + 1 >= sentence.size() || !name_word(v - 1)) return false;
  Token& t = sentence[v];
  if ((t.xpos != "JJ" && t.xpos != "VBN") || !past_form(lowercase_ascii(t.text))) return false;
  const std::string& next = sentence[v + 1].xpos;
  if (next != "DT" && next != "CD" && next != "PRP$" && !next.starts_with("NN")) return false;
  t.upos = "VERB";
  make_past_tense(t);
  return true;
}

bool past_verb_from_adjective_with_subject(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    const Token& before = sentence[static_cast<std::size_t>(v - 1)];
    // (a participle the parser hung on the next noun, "the storm [damaged] homes", is one too)
    const bool adjective = t.xpos == "JJ" || (t.xpos == "VBN" && t.deprel == "amod");
    if (!adjective || !past_form(lowercase_ascii(t.text))) continue;
    if (before.head != v || !before.deprel.starts_with("nsubj") || has_dependent(sentence, v, {"cop", "aux", "aux:pass"})) continue;
    t.upos = "VERB";
    make_past_tense(t);
    return true;
  }
  return false;
}

bool finite_verb_before_root_infinitive(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.head < 0; });
  if (root == sentence.end() || root->xpos != "VB") return false;
  const int r = static_cast<int>(root - sentence.begin());
  const bool to = has_child(sentence, r, [](const Token& t) { return t.deprel == "mark" && lowercase_ascii(t.text) == "to"; });
  if (!to || std::any_of(sentence.begin(), root, finite)) return false;
  for (int v = 1; v < r; ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBN" || t.deprel != "acl" || t.head < 0 || t.head >= v) continue;
    if (sentence[static_cast<std::size_t>(t.head)].head != r || !sentence[static_cast<std::size_t>(t.head)].deprel.starts_with("nsubj")) continue;
    if (has_dependent(sentence, v, {"aux", "aux:pass"}) || !past_form(lowercase_ascii(t.text))) continue;
    make_past_tense(t);
    return true;
  }
  return false;
}

bool noun_from_age(std::span<Token> sentence) {
  static constexpr std::string_view kUnits[] = {"year", "month", "week", "day"};
  for (std::size_t k = 2; k < sentence.size(); ++k) {
    Token& old = sentence[k];
    if (old.xpos != "JJ" || lowercase_ascii(old.text) != "old" || sentence[k - 1].text != "-") continue;
    const std::string unit = lowercase_ascii(sentence[k - 2].text);
    const bool age = std::any_of(std::begin(kUnits), std::end(kUnits), [&](std::string_view u) { return unit.ends_with(u); });
    const bool noun_after = k + 1 < sentence.size() && (sentence[k + 1].xpos.starts_with("NN") || sentence[k + 1].xpos.starts_with("JJ"));
    if (!age || noun_after) continue;
    make_noun(old, false);
    return true;
  }
  return false;
}

namespace {

// "September", "Sept.", "Dec": a month's name or its abbreviation, capitalised.
bool is_month_name(std::string text) {
  if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return false;
  if (text.back() == '.') text.pop_back();
  return is_month_word(lowercase_ascii(text));
}

}  // namespace

namespace {

// Whether the noun phrase ending with the period's noun at `noun` opens with a preposition
// ("in the three months", "for the quarter").
bool period_after_preposition(std::span<const Token> sentence, std::size_t noun) {
  std::size_t k = noun;
  while (k > 0 && (sentence[k - 1].upos == "DET" || sentence[k - 1].upos == "NUM" || sentence[k - 1].upos == "ADJ" ||
                   sentence[k - 1].upos == "NOUN"))
    --k;
  return k > 0 && sentence[k - 1].upos == "ADP";
}

}  // namespace

bool participle_closing_a_period(std::span<Token> sentence) {
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k) {
    Token& ended = sentence[k];
    if (ended.xpos != "VBD" || lowercase_ascii(ended.text) != "ended") continue;
    const bool after_period = sentence[k - 1].upos == "NOUN" && is_period_noun(lowercase_ascii(sentence[k - 1].text));
    const Token& next = sentence[k + 1];
    const bool before_date = next.xpos == "CD" || (next.xpos == "NNP" && is_month_name(next.text));
    // ("The fiscal year ended June 30." has no other verb: there "ended" is the verb, and so it
    // is in "Apple said its fiscal year ended Sept. 30."; a period a preposition opens, "posted a
    // loss in the three months ended Dec. 31", is no subject, whatever verb comes before it,
    // perhaps still the root participle that finite_verb_from_root_participle makes past)
    const auto verb = [&](const Token& t) { return &t != &ended && (finite_tag(t.xpos) || (t.head < 0 && t.xpos.starts_with("VB"))); };
    const bool other_verb = period_after_preposition(sentence, k - 1)
                                ? std::any_of(sentence.begin(), sentence.end(), verb)
                                : std::any_of(sentence.begin() + static_cast<std::ptrdiff_t>(k + 1), sentence.end(), verb);
    if (!after_period || !before_date || !other_verb) continue;
    make_past_participle(ended);
    return true;
  }
  return false;
}

// Where a relative clause that ", which" or ", who" opens and the sentence's end closes (no comma
// inside) begins: the end of the clause it hangs on; the sentence's size when there is none.
std::size_t closing_relative_clause(std::span<const Token> sentence) {
  for (std::size_t k = 0; k + 1 < sentence.size(); ++k) {
    if (sentence[k].text != ",") continue;
    const std::string next = lowercase_ascii(sentence[k + 1].text);
    if (next != "which" && next != "who") continue;
    const bool closed_by_end = std::none_of(sentence.begin() + static_cast<std::ptrdiff_t>(k + 1), sentence.end(),
                                            [](const Token& t) { return t.text == ","; });
    return closed_by_end ? k : sentence.size();
  }
  return sentence.size();
}

bool present_verb_in_opening_quote(std::span<Token> sentence, const WordClasses& classes) {
  if (sentence.size() < 6 || !is_quote_mark(sentence[0].text)) return false;
  std::size_t close = 1;
  while (close < sentence.size() && !is_quote_mark(sentence[close].text)) ++close;
  // the quote ends in a comma and a verb follows it ("," said)
  if (close + 1 >= sentence.size() || sentence[close - 1].text != "," || sentence[close + 1].upos != "VERB") return false;
  const auto quote = sentence.subspan(1, close - 1);
  if (std::any_of(quote.begin(), quote.end(), [](const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; })) return false;
  for (std::size_t k = 2; k < close; ++k) {
    Token& t = sentence[k];
    const std::string before = lowercase_ascii(sentence[k - 1].text);
    const bool subject_word = before == "this" || before == "that" || before == "it" || before == "he" || before == "she" ||
                              before == "everything" || before == "nothing" || before == "something";
    if (!subject_word || t.xpos != "NNS" || !(classes.of(lowercase_ascii(t.text)) & WordClasses::PresentVerb3)) continue;
    make_present_tense(t, true);
    return true;
  }
  return false;
}

// Where a second predicate that "and" or "but" joins to the first begins ("The company cut 800
// jobs in March [and] spent most of last year ..."): the conjunction before a finite verb; the
// sentence's size when there is none.
std::size_t conjoined_predicate(std::span<const Token> sentence) {
  for (std::size_t k = 1; k + 1 < sentence.size(); ++k)
    if (sentence[k].xpos == "CC" && finite(sentence[k + 1])) return k;
  return sentence.size();
}

// Where the main clause starts: after the comma that closes a clause a subordinator opens the
// sentence with ("If they do not, the union plans to ...", "When talks failed, the company
// plans to ..."), perhaps after a verbless phrase set off by a comma ("A decade later, after
// the drummer left, the band ..."); 0 when the sentence opens with no such clause.
std::size_t after_opening_subordinate_clause(std::span<const Token> sentence) {
  std::size_t opener = 0;
  while (opener < sentence.size() && !(is_subordinator(lowercase_ascii(sentence[opener].text)) &&
                                       (opener == 0 || sentence[opener - 1].text == ","))) {
    if (sentence[opener].upos == "VERB" || sentence[opener].upos == "AUX") return 0;
    ++opener;
  }
  const auto comma = std::find_if(sentence.begin() + static_cast<std::ptrdiff_t>(std::min(opener, sentence.size())), sentence.end(),
                                  [](const Token& t) { return t.text == ","; });
  return comma == sentence.end() ? 0 : static_cast<std::size_t>(comma - sentence.begin()) + 1;
}

bool verb_in_verbless_sentence(std::span<Token> sentence, const std::function<bool(const std::string&, std::string_view)>& seen_as) {
  if (!ends_with_full_stop(sentence)) return false;
  // (the clause before a second predicate has no verb of its own: "The company [cut] 800 jobs
  // and spent ...")
  // (a clause that a subordinator opens the sentence with has its own verb: "After the drummer
  // left, the band [split].", whose main clause may end in its verb)
  const std::size_t main = after_opening_subordinate_clause(sentence);
  const std::size_t main_end = std::min(closing_relative_clause(sentence), conjoined_predicate(sentence));
  if (main >= main_end) return false;
  const auto main_clause = std::span<Token>(sentence).subspan(main, main_end - main);
  if (std::any_of(main_clause.begin(), main_clause.end(), [](const Token& t) { return t.upos == "VERB" || t.upos == "AUX"; }))
    return false;
  const std::size_t room_after = main > 0 ? 1 : 2;
  for (std::size_t k = std::max<std::size_t>(main + 1, 1); k + room_after < main_end; ++k) {
    Token& t = sentence[k];
    const std::string& before = sentence[k - 1].upos;
    if (before != "NOUN" && before != "PROPN") continue;
    const std::string lower = lowercase_ascii(t.text);
    // (an adjective only before an object's number, determiner or owner: "The airline [shut] two routes")
    const std::string& next = sentence[k + 1].xpos;
    const bool object_after = next == "CD" || next == "DT" || next == "PRP$";
    if ((t.xpos == "NN" || (t.xpos == "JJ" && object_after)) && seen_as(lower, "VBD")) {
      t.upos = "VERB";
      make_past_tense(t);
      return true;
    }
    if (t.xpos == "NNS" && lower.ends_with('s') && seen_as(lower, "VBZ")) {
      make_present_tense(t, true);
      return true;
    }
    // ("Chelsea [face] Arsenal on Saturday": a team's name takes a plural verb in British news,
    // and a fixture its day; "Microsoft deal the biggest of the year" has none)
    const std::string& after = sentence[k + 1].upos;
    const bool plural_present = seen_as(lower, "VBP") || seen_as(lower, "VB");  // (the same form)
    const auto names_a_day = [](const Token& d) {
      const std::string word = lowercase_ascii(d.text);
      return is_day_word(word) || is_month_name(d.text);
    };
    const bool day_after = std::any_of(sentence.begin() + static_cast<std::ptrdiff_t>(k + 1), sentence.end(), names_a_day);
    if (t.xpos == "NN" && before == "PROPN" && (after == "PROPN" || after == "DET") && plural_present && day_after) {
      make_present_tense(t, false);
      return true;
    }
  }
  return false;
}

bool finite_verb_from_plural_noun(std::span<Token> sentence) {
  // (a finite verb right after "and" or "but" is the second of the clause's predicates: "plans to
  // close two plants and expects to cut 600 jobs"; one in a clause opening the sentence is that
  // clause's: "If they do not, the union plans to extend the strike")
  const std::size_t main = after_opening_subordinate_clause(sentence);
  for (std::size_t k = main; k < sentence.size(); ++k) {
    const bool coordinated = k > 0 && sentence[k - 1].xpos == "CC";
    if (finite(sentence[k]) && !coordinated) return false;
  }
  for (std::size_t k = std::max<std::size_t>(main, 1); k + 2 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const bool s_form = t.text.size() > 2 && t.text.back() == 's';
    if (t.xpos != "NNS" || !s_form || sentence[k + 1].xpos != "TO" || sentence[k + 2].xpos != "VB") continue;
    const std::string& before = sentence[k - 1].xpos;
    if (before != "NN" && before != "NNP" && before != "NNS" && before != "NNPS") continue;
    make_present_tense(t, true);
    return true;
  }
  return false;
}

// Whether token p is a participle on the noun right before it, or a past form that the parser
// gave that noun and the one at `a` both for subjects.
bool participle_on_noun_before(std::span<const Token> sentence, std::size_t a, std::size_t p) {
  const Token& t = sentence[p];
  const int noun = static_cast<int>(p) - 1, at = static_cast<int>(p);
  if (t.xpos == "VBN" && t.deprel == "acl" && t.head == noun) return true;
  const auto subject = [&](std::size_t k) { return sentence[k].head == at && sentence[k].deprel.starts_with("nsubj"); };
  return (t.xpos == "VBD" || t.xpos == "VBN") && subject(a) && subject(p - 1);
}

bool present_verb_before_participle_noun(std::span<Token> sentence, const WordClasses& classes) {
  if (!ends_with_full_stop(sentence)) return false;  // a headline: "Food prices in rural areas affected by drought"
  static constexpr std::string_view kPhrase[] = {"DT", "JJ", "NN", "NNS", "CD", "PRP$", "IN"};
  const auto in_phrase = [](const Token& t) { return std::find(std::begin(kPhrase), std::end(kPhrase), t.xpos) != std::end(kPhrase); };
  for (std::size_t a = 1; a + 2 < sentence.size(); ++a) {
    Token& first = sentence[a];
    const std::string& before = sentence[a - 1].xpos;
    if (first.xpos != "NNS" || (before != "NN" && before != "NNP")) continue;
    if (!(classes.of(lowercase_ascii(first.text)) & WordClasses::PresentVerb3)) continue;
    for (std::size_t p = a + 2; p < sentence.size() && in_phrase(sentence[p - 1]); ++p) {
      if (!participle_on_noun_before(sentence, a, p)) continue;
      // the participle's clause must have no finite verb of its own elsewhere
      const bool other_finite = std::any_of(sentence.begin(), sentence.end(),
                                            [&](const Token& t) { return &t != &sentence[p] && finite(t); });
      if (other_finite) return false;
      make_present_tense(first, true);
      if (sentence[p].xpos == "VBD") make_past_participle(sentence[p]);
      return true;
    }
  }
  return false;
}

bool present_from_base_form_after_subject(std::span<Token> sentence) {
  bool changed = false;
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VB" || t.upos != "VERB" || has_dependent(sentence, v, {"aux", "aux:pass", "mark"})) continue;
    // (a name heading the sentence's verb may be a team's, which British news makes plural:
    // "Germany [meet] Spain on Tuesday"; a base form under another verb is no present tense:
    // "demanded Conti resign")
    const bool heads_sentence = t.head < 0;
    const auto subject = std::find_if(sentence.begin(), sentence.begin() + v, [&](const Token& s) {
      const std::string w = lowercase_ascii(s.text);
      const bool plural = s.xpos == "NNS" || s.xpos == "NNPS" || w == "we" || w == "they" || w == "you";
      return s.head == v && s.deprel == "nsubj" && (plural || (heads_sentence && s.xpos == "NNP"));
    });
    if (subject == sentence.begin() + v) continue;
    make_present_tense(t, false);
    changed = true;
  }
  return changed;
}

bool past_from_present_after_singular_subject(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  bool changed = false;
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    // (a base form too, where it heads the sentence: "let the firm cut jobs" has a VB rightly)
    const bool main = t.head < 0 || (t.deprel == "conj" && sentence[static_cast<std::size_t>(t.head)].head < 0);
    if ((t.xpos != "VBP" && !(t.xpos == "VB" && main)) || t.upos != "VERB") continue;
    if (has_dependent(sentence, v, {"aux", "aux:pass", "mark"}) || !past_form(lowercase_ascii(t.text))) continue;
    const auto subject = std::find_if(sentence.begin(), sentence.begin() + v, [&](const Token& s) {
      // (a capitalised "adjective" as the subject is a name the tagger missed: "Meridian shut down")
      const bool name = s.upos == "ADJ" && capitalised(s);
      return s.head == v && s.deprel == "nsubj" && (s.xpos == "NN" || s.xpos == "NNP" || name);
    });
    if (subject == sentence.begin() + v) continue;
    make_past_tense(t);
    changed = true;
  }
  return changed;
}

bool past_from_present_on_a_past_day(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  bool changed = false;
  for (int v = 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBP" || t.upos != "VERB" || has_dependent(sentence, v, {"aux", "aux:pass"}) || !past_form(lowercase_ascii(t.text)))
      continue;
    // (the day may hang on the verb's object or score: "beat Ashby 2-1 on Sunday")
    const auto under_verb = [&](const Token& d) {
      int h = d.head;
      for (int steps = 0; steps < 3 && h >= 0; ++steps, h = sentence[static_cast<std::size_t>(h)].head)
        if (h == v) return true;
      return false;
    };
    // (not a day something starts from, "hit drivers from Monday")
    const auto starts_then = [&](const Token& d) {
      const auto at = static_cast<std::size_t>(&d - sentence.data());
      if (at == 0) return false;
      const std::string before = lowercase_ascii(sentence[at - 1].text);
      return before == "from" || before == "until" || before == "starting";
    };
    const bool past_day = std::any_of(sentence.begin(), sentence.end(), [&](const Token& d) {
      const std::string w = lowercase_ascii(d.text);
      const bool day = w != "today" && w != "tomorrow" && w != "tonight" && is_day_word(w);
      return (day || w == "ago") && under_verb(d) && !starts_then(d);
    });
    // (another present in the sentence tells of a timetable: "hit households on Monday, when
    // the new cap takes effect")
    // (a verb of saying is no timetable: "Officials say rebels hit the base on Sunday")
    const bool other_present = std::any_of(sentence.begin(), sentence.end(), [&](const Token& o) {
      return &o != &t && (o.xpos == "VBZ" || o.xpos == "VBP") && !says(o);
    });
    if (!past_day || other_present) continue;
    make_past_tense(t);
    changed = true;
  }
  return changed;
}

namespace {

// Whether a finite verb heads the sentence or a clause of it other than a relative clause, a
// subordinate clause or a conjunct of a participle hung on a noun: "The two sides [agreed] to a
// summit, which will take place in May" has "will" only in the clause about the summit, "The
// company [announced] on Tuesday that it had cut 200 jobs" has "had" only in the clause "that"
// opens, and "Cases [doubled] over the holidays and have risen since" has "have" only in the
// conjunct of "doubled"; "Formal talks [opened] in March, but they collapsed" has "collapsed"
// only in a clause joined to the root noun that a participle describes: the first clause's
// subject.
bool finite_outside_relative_clauses(std::span<const Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  const auto conjunct_of_participle = [&](const Token& t) {
    if (t.deprel != "conj" || t.head < 0 || t.head >= n) return false;
    const Token& head = sentence[static_cast<std::size_t>(t.head)];
    const bool described_root_noun = head.head < 0 && (head.upos == "NOUN" || head.upos == "PROPN") &&
                                     has_dependent(sentence, t.head, {"acl"});
    return (head.xpos == "VBN" && head.deprel == "acl") || described_root_noun;
  };
  for (int k = 0; k < n; ++k) {
    if (!finite(sentence[static_cast<std::size_t>(k)])) continue;
    bool inside = false;
    for (int h = k, steps = 0; h >= 0 && h < n && steps <= n && !inside; ++steps) {
      const Token& t = sentence[static_cast<std::size_t>(h)];
      inside = t.deprel == "acl:relcl" || conjunct_of_participle(t) || has_dependent(sentence, h, {"mark"});
      h = t.head;
    }
    if (!inside) return true;
  }
  return false;
}

// "The chief executive of Lumera, Daniel Okoye, [resigned] on Friday": a participle right after
// the comma that closes its subject's apposition, without the "be" that a passive needs and
// without an agent, is that subject's past tense; the parser read the subject as a passive one.
bool passive_subject_before_comma(std::span<const Token> sentence, int verb) {
  if (verb == 0 || sentence[static_cast<std::size_t>(verb - 1)].text != ",") return false;
  if (has_dependent(sentence, verb, {"obl:agent", "aux:pass"})) return false;
  return has_child(sentence, verb, [&](const Token& subject) {
    if (subject.deprel != "nsubj:pass") return false;
    const int s = static_cast<int>(&subject - sentence.data());
    return has_dependent(sentence, s, {"appos"});
  });
}

}  // namespace

bool finite_verb_from_root_participle(std::span<Token> sentence, const std::function<bool(const std::string&)>& past_form) {
  if (!ends_with_full_stop(sentence)) return false;
  for (int v = 0; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBN" || t.head >= 0 || !past_form(lowercase_ascii(t.text))) continue;
    const bool after_apposition = passive_subject_before_comma(sentence, v);
    if (!(has_dependent(sentence, v, {"nsubj"}) || after_apposition) || !reads_as_main_verb(sentence, v)) continue;
    make_past_tense(t);
    if (after_apposition)
      for (Token& s : sentence)
        if (s.head == v && s.deprel == "nsubj:pass") s.deprel = "nsubj";
    return true;
  }
  return false;
}

// Whether only adverbs, prepositions and determiners come between `from` and `to`: "agreed
// early on Sunday".
bool only_particles_between(std::span<const Token> sentence, int from, int to) {
  for (int k = from + 1; k < to; ++k) {
    const std::string& upos = sentence[static_cast<std::size_t>(k)].upos;
    if (upos != "ADV" && upos != "ADP" && upos != "DET") return false;
  }
  return true;
}

bool finite_verb_from_participle(std::span<Token> sentence) {
  if (!ends_with_full_stop(sentence) || finite_outside_relative_clauses(sentence)) return false;
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.head < 0; });
  if (root == sentence.end() || (root->upos != "NOUN" && root->upos != "PROPN" && root->upos != "PRON" && root->upos != "NUM"))
    return false;
  const int r = static_cast<int>(root - sentence.begin());
  // The root noun or the noun of its "of" phrase ("Thousands of protesters [marched]").
  const auto on_subject = [&](int head) {
    return head == r || (head > r && sentence[static_cast<std::size_t>(head)].head == r &&
                         sentence[static_cast<std::size_t>(head)].deprel == "nmod");
  };
  // "Negotiators from nearly 200 countries [agreed] early on Sunday": a root in a prepositional
  // phrase is no clause, so a participle before it may be the verb too
  const bool prepositional = has_dependent(sentence, r, {"case"});
  for (int v = prepositional ? 1 : r + 1; v < static_cast<int>(sentence.size()); ++v) {
    Token& t = sentence[static_cast<std::size_t>(v)];
    if (t.xpos != "VBN" || t.deprel != "acl") continue;
    const bool before_root = prepositional && v < r && only_particles_between(sentence, v, r) &&
                             !has_dependent(sentence, v, {"aux", "aux:pass", "cop"});
    if (!before_root && (!on_subject(t.head) || !reads_as_main_verb(sentence, v))) continue;
    make_past_tense(t);
    return true;
  }
  return false;
}

bool common_noun_opening_sentence(std::span<Token> sentence, const std::function<bool(const std::string&, std::string_view)>& seen_as) {
  if (sentence.size() < 2) return false;
  Token& first = sentence[0];
  const std::string& next = sentence[1].xpos;
  if (first.xpos != "NNP" || next == "NNP" || next == "NNPS" || next == "POS" || sentence[1].text == "&") return false;
  const std::string lower = lowercase_ascii(first.text);
  if (seen_as(lower, "NNP") || !(seen_as(lower, "NN") || seen_as(lower, "NNS"))) return false;
  const bool plural = seen_as(lower, "NNS") && !seen_as(lower, "NN");
  first.upos = "NOUN";
  first.xpos = plural ? "NNS" : "NN";
  first.feats = plural ? "Number=Plur" : "Number=Sing";
  if (!first.lemma.empty() && first.lemma == first.text) first.lemma = lowercase_ascii(first.lemma);
  return true;
}

namespace {

// A word that names a date by itself after a preposition: "June", "1976", "Monday".
bool names_a_date(const Token& t) {
  const std::string lower = lowercase_ascii(t.text);
  return is_month_name(t.text) || is_year_word(lower) || is_day_word(lower);
}

}  // namespace

bool participle_before_dated_phrase(std::span<Token> sentence, const std::function<bool(const std::string&)>& participle_form) {
  for (std::size_t k = 2; k + 2 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& noun = sentence[k - 1];
    const std::string lower = lowercase_ascii(t.text);
    if (t.xpos != "NN" || (noun.xpos != "NN" && noun.xpos != "NNS")) continue;
    // ("a rate cut in May", "the energy cost in 2020": nouns that close compounds)
    if (closes_compounds(lower) || lower == "cost" || !participle_form(lower)) continue;
    if (sentence[k + 1].xpos != "IN" || !names_a_date(sentence[k + 2])) continue;
    // (the noun is an object or an oblique: a subject's "The record set in 1976 [stood]" is left to the parser)
    const bool verb_before = std::any_of(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(k - 1),
                                         [](const Token& v) { return v.xpos.starts_with("VB"); });
    if (!verb_before) continue;
    t.upos = "VERB";
    make_past_participle(t);
    return true;
  }
  return false;
}

namespace {

// The first word of an object: a determiner, an owner, a number or an adjective ("hottest").
bool opens_object(const Token& t) {
  return t.xpos == "DT" || t.xpos == "PRP$" || t.xpos == "CD" || t.xpos.starts_with("JJ");
}

}  // namespace

bool present_verb_after_name_in_clause(std::span<Token> sentence, const WordClasses& classes) {
  constexpr std::size_t kMaxNameWords = 3;
  for (std::size_t open = 0; open + 3 < sentence.size(); ++open) {
    if (!is_subordinator(lowercase_ascii(sentence[open].text))) continue;
    std::size_t k = open + 1;
    while (k < sentence.size() && k <= open + kMaxNameWords && sentence[k].xpos == "NNP" && capitalised(sentence[k])) ++k;
    if (k == open + 1 || k + 1 >= sentence.size()) continue;
    Token& t = sentence[k];
    const std::string lower = lowercase_ascii(t.text);
    if (t.xpos != "NNS" || !lower.ends_with('s') || !(classes.of(lower) & WordClasses::PresentVerb3)) continue;
    if (!opens_object(sentence[k + 1])) continue;
    make_present_tense(t, true);
    return true;
  }
  return false;
}

bool present_verb_before_infinitive_after_name(std::span<Token> sentence, const WordClasses& classes) {
  constexpr std::size_t kMaxNameWords = 3;
  if (!ends_with_full_stop(sentence)) return false;  // (a headline in title case capitalises its verbs)
  const auto name_word = [](const Token& t) { return capitalised(t) && (t.xpos == "NNP" || t.xpos == "JJ"); };
  std::size_t k = 0;
  while (k < sentence.size() && k < kMaxNameWords && name_word(sentence[k])) ++k;
  if (k == 0 || k + 2 >= sentence.size()) return false;
  Token& t = sentence[k];
  const std::string lower = lowercase_ascii(t.text);
  if (t.xpos != "NNS" || !lower.ends_with('s') || !(classes.of(lower) & WordClasses::PresentVerb3)) return false;
  if (sentence[k + 1].xpos != "TO" || sentence[k + 2].xpos != "VB") return false;
  // ("Airline plans to cut fares were shelved": the phrase is the subject of a verb after it)
  for (std::size_t j = k + 3; j < sentence.size(); ++j) {
    const std::string w = lowercase_ascii(sentence[j].text);
    if (w == "," || w == "that" || w == "which" || w == "who" || is_subordinator(w)) break;
    if (finite(sentence[j])) return false;
  }
  for (std::size_t j = 0; j < k; ++j)
    if (sentence[j].xpos == "JJ") make_name(sentence[j]);
  make_present_tense(t, true);
  return true;
}

bool name_from_capitalised_base_form(std::span<Token> sentence) {
  if (!ends_with_full_stop(sentence)) return false;  // (a headline in title case capitalises its verbs)
  for (std::size_t k = 2; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    const Token& before = sentence[k - 1];
    const Token& next = sentence[k + 1];
    if (t.xpos != "VB" || !capitalised(t) || before.upos == "PUNCT" || capitalised(before)) continue;
    if (next.xpos != "NNP" || !capitalised(next)) continue;
    make_name(t);
    // ("return to Call Lane": "to" is the preposition of the place, no infinitive's marker)
    Token& to = sentence[k - 1];
    if (to.xpos == "TO") to.upos = "ADP", to.xpos = "IN";
    return true;
  }
  return false;
}

namespace {

// Verbs that multiply an amount, which as adjectives make no sense after "to" and before an
// object: "agreed to [triple] adaptation finance" (not "agreed to new terms").
bool multiplies(std::string_view lower) {
  return lower == "double" || lower == "triple" || lower == "treble" || lower == "quadruple" || lower == "halve";
}

// "expected to [lower] its rates", "to [lower] borrowing costs": a comparative never stands
// before an article, an owner or a gerund that opens a noun phrase ("fell to lower levels" has
// the noun right after it), so there it is the verb.
bool comparative_before_object(const Token& t, const Token& next) {
  return t.xpos == "JJR" && (next.xpos == "DT" || next.xpos == "PRP$" || next.xpos == "VBG");
}

void make_infinitive(Token& t) {
  t.upos = "VERB";
  t.xpos = "VB";
  t.feats = "VerbForm=Inf";
  t.lemma = lowercase_ascii(t.text);
}

}  // namespace

bool verb_after_infinitive_to(std::span<Token> sentence, const WordClasses& classes) {
  for (std::size_t k = 2; k + 1 < sentence.size(); ++k) {
    Token& t = sentence[k];
    Token& to = sentence[k - 1];
    if (lowercase_ascii(to.text) != "to" || (t.upos != "ADJ" && t.upos != "ADV")) continue;
    const Token& next = sentence[k + 1];
    // (a gerund after it is its object: "to triple spending")
    if ((next.upos == "VERB" && next.xpos != "VBG") || next.upos == "AUX" || next.upos == "PART") continue;
    const std::string lower = lowercase_ascii(t.text);
    if (!(classes.of(lower) & WordClasses::Verb)) continue;
    const bool marker = to.xpos == "TO";
    const bool object_after = next.xpos.starts_with("NN") || next.xpos == "DT" || next.xpos == "PRP$";
    const bool multiplied = multiplies(lower) && object_after && sentence[k - 2].upos == "VERB";
    if (!marker && !(to.xpos == "IN" && (multiplied || comparative_before_object(t, next)))) continue;
    make_infinitive(t);
    to.upos = "PART", to.xpos = "TO", to.lemma = "to";
    return true;
  }
  return false;
}

}  // namespace chronograph::core
