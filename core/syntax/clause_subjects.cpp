#include "core/syntax/clause_subjects.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/syntax/conllu.h"
#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {

namespace {

bool finite(const Token& t) { return finite_tag(t.xpos); }

// The words that open a clause the parser may take for a noun's preposition ("after a trial
// ... showed", "after talks with ... broke down").
bool opens_time_clause(std::string_view lower) {
  static constexpr std::string_view kOpeners[] = {"after", "before", "since", "until", "once", "because"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners);
}

// Whether `verb` has a finite auxiliary of its own ("is named", "had left").
bool finite_auxiliary(std::span<const Token> sentence, int verb) {
  return has_child(sentence, verb, [](const Token& t) { return universal_relation(t.deprel) == "aux" && finite(t); });
}

bool is_subject(std::string_view relation) {
  return relation == "nsubj" || relation == "csubj" || relation == "expl";
}

// The first finite verb after `from` with no subject of its own; -1 when there is none.
int subjectless_finite_verb(std::span<const Token> sentence, int from) {
  const int n = static_cast<int>(sentence.size());
  for (int v = from + 1; v < n; ++v) {
    const Token& verb = sentence[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || !finite(verb)) continue;
    const bool has_subject = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
      return t.head == v && is_subject(universal_relation(t.deprel));
    });
    if (!has_subject) return v;
  }
  return -1;
}

// "the mayor resigned in 2011" parsed with "resigned" a participle modifying "mayor": a past
// participle hung as `acl` on the subject right after it, with no auxiliary; -1 when none.
int participle_read_as_modifier(std::span<const Token> sentence, int subject) {
  const std::size_t p = static_cast<std::size_t>(subject) + 1;
  if (p >= sentence.size()) return -1;
  const Token& t = sentence[p];
  if (t.upos != "VERB" || t.xpos != "VBN" || t.head != subject || t.deprel != "acl") return -1;
  const bool aux = std::any_of(sentence.begin(), sentence.end(), [&](const Token& a) {
    return a.head == static_cast<int>(p) && universal_relation(a.deprel) == "aux";
  });
  return aux ? -1 : static_cast<int>(p);
}

}  // namespace

int give_stranded_subjects_verbs(std::span<Token> sentence) {
  static constexpr std::string_view kOpeners[] = {"when", "while", "as", "after", "before", "because",
                                                  "if", "since", "until", "once", "although", "though"};
  const int n = static_cast<int>(sentence.size());
  int repaired = 0;
  for (int s = 0; s < n; ++s) {
    const Token& subject = sentence[static_cast<std::size_t>(s)];
    if (universal_relation(subject.deprel) != "nsubj" || subject.head < 0 || subject.head >= n) continue;
    const int punct = subject.head;
    if (sentence[static_cast<std::size_t>(punct)].upos != "PUNCT") continue;
    const int finite_v = subjectless_finite_verb(sentence, s);
    const int v = finite_v >= 0 ? finite_v : participle_read_as_modifier(sentence, s);
    if (v < 0) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    Token& verb = sentence[static_cast<std::size_t>(v)];
    if (finite_v < 0) make_past_tense(verb);
    bool opened = false;
    for (int k = 0; k < v; ++k) {
      Token& t = sentence[static_cast<std::size_t>(k)];
      if (t.head != punct) continue;
      const std::string lower = lowercase_ascii(t.text);
      opened = opened || std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners);
      t.head = v;
    }
    verb.head = sentence[static_cast<std::size_t>(punct)].head;
    verb.deprel = verb.head < 0 ? "root" : opened ? "advcl" : "parataxis";
    if (verb.head < 0) sentence[static_cast<std::size_t>(punct)].head = v;
    if (!kept_as_tree(sentence, before)) continue;
    ++repaired;
  }
  return repaired;
}

namespace {

// A past participle that may be a past tense too: not one of the strong forms only a participle
// has ("taken", "shown", "done", "begun").
bool can_be_past_tense(std::string_view form) {
  if (form.ends_with("ed")) return true;
  return !form.ends_with("en") && !form.ends_with("wn") && !form.ends_with("one") && !form.ends_with("un");
}

bool time_noun(const Token& t) {
  const std::string lemma = lowercase_ascii(t.lemma);
  return t.upos == "NOUN" && (is_time_unit(lemma) || lemma == "moment");
}

bool in_noun_phrase(const Token& t) {
  static constexpr std::string_view kTags[] = {"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"};
  return std::find(std::begin(kTags), std::end(kTags), t.upos) != std::end(kTags) || t.xpos == "HYPH" || t.xpos == "POS";
}

// Whether token `j` is an "and" or "or" inside the prepositional phrase after a noun, joining a
// noun to one before it in that phrase ("talks between the union and the employers").
bool joins_within_modifier(std::span<const Token> sentence, int j, int modifier_start) {
  const Token& w = sentence[static_cast<std::size_t>(j)];
  if (modifier_start < 0 || w.upos != "CCONJ" || w.head <= j || w.head >= static_cast<int>(sentence.size())) return false;
  const Token& conjunct = sentence[static_cast<std::size_t>(w.head)];
  const bool nominal = conjunct.upos == "NOUN" || conjunct.upos == "PROPN" || conjunct.upos == "PRON";
  return nominal && conjunct.deprel == "conj" && conjunct.head > modifier_start && conjunct.head < j;
}

// The head noun of the noun phrase that starts at `j`, which is moved past the phrase: a score
// inside it ("a 3-0 home defeat") and one prepositional phrase after its noun ("a defeat to
// Castleford", "talks between the union and the employers") are words of it; -1 when there is
// no noun.
int clause_noun_phrase_end(std::span<const Token> sentence, int& j) {
  const int n = static_cast<int>(sentence.size());
  int noun = -1;
  int modifier_start = -1;  // the preposition that opens the phrase after the noun
  for (; j < n; ++j) {
    const Token& w = sentence[static_cast<std::size_t>(j)];
    const bool score_dash = w.text == "-" && w.upos == "SYM";
    if (in_noun_phrase(w) || score_dash) {
      const bool head_word = w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON" || w.upos == "NUM";
      if (head_word && modifier_start < 0) noun = j;
      continue;
    }
    const bool opens_modifier = w.upos == "ADP" && noun >= 0 && modifier_start < 0 && j + 1 < n &&
                                in_noun_phrase(sentence[static_cast<std::size_t>(j + 1)]);
    if (opens_modifier) modifier_start = j;
    else if (!joins_within_modifier(sentence, j, modifier_start)) break;
  }
  return noun;
}

}  // namespace

int give_counted_time_clauses_subjects(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int repaired = 0;
  for (int k = 1; k + 2 < n; ++k) {
    const std::string word = lowercase_ascii(sentence[static_cast<std::size_t>(k)].text);
    if ((word != "after" && word != "before") || !time_noun(sentence[static_cast<std::size_t>(k - 1)])) continue;
    // the noun phrase after the word, its last noun, then the verb (auxiliaries between)
    int j = k + 1;
    const int noun = clause_noun_phrase_end(sentence, j);
    while (j < n && sentence[static_cast<std::size_t>(j)].upos == "AUX") ++j;
    if (noun < 0 || j >= n || sentence[static_cast<std::size_t>(j)].upos != "VERB") continue;
    // ("years after thieves disguised as guards walked out": the noun's own participle is no
    // verb of the clause; the later verb the noun is the subject of is)
    const Token& subject_now = sentence[static_cast<std::size_t>(noun)];
    const Token& first_verb = sentence[static_cast<std::size_t>(j)];
    if (first_verb.head == noun && first_verb.deprel == "acl" && subject_now.deprel.starts_with("nsubj") && subject_now.head > j)
      j = subject_now.head;
    const int verb = j, time = k - 1;
    const bool other_subject = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
      const int at = static_cast<int>(&t - sentence.data());
      return t.head == verb && is_subject(universal_relation(t.deprel)) && at != noun && at != time;
    });
    // "the day after Christmas saw record sales": the time is the main verb's subject
    const bool time_is_subject = sentence[static_cast<std::size_t>(time)].head == verb && sentence[static_cast<std::size_t>(verb)].head < 0;
    if (other_subject || time_is_subject) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    Token& v = sentence[static_cast<std::size_t>(verb)];
    const bool passive = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == verb && t.deprel == "aux:pass"; });
    const bool has_aux = passive || std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == verb && t.deprel == "aux"; });
    Token& t = sentence[static_cast<std::size_t>(time)];
    // the clause takes the time's place; a time hung on the clause's own noun ("arrested in
    // October, three months after the bank collapsed" parsed with "months" on "bank") the
    // noun's, unless the noun already hung on the verb (then the verb keeps its place)
    const int noun_head = before[static_cast<std::size_t>(noun)].head;
    if (t.head != verb && t.head != noun) v.head = t.head;
    else if (v.head == noun || v.head == time || (t.head == noun && noun_head != verb)) v.head = noun_head;
    v.deprel = v.head < 0 ? "root" : "advcl";
    if (v.xpos == "VBN" && !has_aux) make_past_tense(v);
    t.head = verb;
    t.deprel = "obl:unmarked";
    Token& mark = sentence[static_cast<std::size_t>(k)];
    mark.head = verb;
    mark.deprel = "mark";
    mark.upos = "SCONJ";
    Token& subject = sentence[static_cast<std::size_t>(noun)];
    subject.head = verb;
    subject.deprel = passive ? "nsubj:pass" : "nsubj";
    if (!is_tree(sentence) || std::count_if(sentence.begin(), sentence.end(), [](const Token& x) { return x.head < 0; }) != 1) {
      std::copy(before.begin(), before.end(), sentence.begin());
      continue;
    }
    ++repaired;
  }
  return repaired;
}

int give_participles_their_objects(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int repaired = 0;
  for (int p = 0; p + 1 < n; ++p) {
    Token& participle = sentence[static_cast<std::size_t>(p)];
    Token& noun = sentence[static_cast<std::size_t>(p + 1)];
    if (participle.xpos != "VBG" || participle.head != p + 1 || (participle.deprel != "compound" && participle.deprel != "amod"))
      continue;
    // after a comma or "and" a participle opens a clause; "the growing demand to build" is a noun phrase
    const std::string before = p > 0 ? lowercase_ascii(sentence[static_cast<std::size_t>(p - 1)].text) : "";
    if (before != "," && before != "and") continue;
    const auto infinitive = std::find_if(sentence.begin(), sentence.end(), [&](const Token& t) {
      const int at = static_cast<int>(&t - sentence.data());
      const bool marked = std::any_of(sentence.begin(), sentence.end(), [&](const Token& m) {
        return m.head == at && m.deprel == "mark" && lowercase_ascii(m.text) == "to";
      });
      return t.head == p + 1 && t.deprel == "acl" && t.xpos == "VB" && marked;
    });
    if (infinitive == sentence.end()) continue;
    for (Token& t : sentence)  // ", allowing": the comma before it goes with it
      if (t.head == p + 1 && &t < &participle && t.upos == "PUNCT") t.head = p;
    participle.head = noun.head;
    participle.deprel = noun.head < 0 ? "root" : "advcl";
    noun.head = p;
    noun.deprel = "obj";
    infinitive->head = p;
    infinitive->deprel = "xcomp";
    ++repaired;
  }
  return repaired;
}

int give_root_nouns_their_verbs(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  const auto root = std::find_if(sentence.begin(), sentence.end(), [](const Token& t) { return t.head < 0; });
  if (root == sentence.end() || (root->upos != "NOUN" && root->upos != "PROPN")) return 0;
  const int r = static_cast<int>(root - sentence.begin());
  // "I'm the author of three books ... and worked for 20 years": a predicate noun keeps its verbs.
  // A passive subject makes no noun a predicate: it is a word of the noun's own name ("The
  // Formula One Grand Prix ... was cancelled" parsed with "Formula" the subject of "Prix").
  const bool predicate = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
    return t.head == r && (t.deprel == "cop" || (is_subject(universal_relation(t.deprel)) && t.deprel != "nsubj:pass"));
  });
  if (predicate) return 0;
  // the first token after the noun that does not hang on it through its own phrase
  const auto in_phrase = [&](int k) {
    for (int steps = 0; k >= 0 && steps < n; ++steps) {
      const int up = sentence[static_cast<std::size_t>(k)].head;
      if (up == r) return true;
      if (up < r) return false;
      k = up;
    }
    return false;
  };
  // verbs deeper in the noun's phrase, as its appositive's relative clause, are passed over
  // ("Margaret Ellison, an astronomer whose catalogue guided a generation, died on Sunday")
  // A participle modifying the noun is part of its phrase ("income for the three months ended
  // September 30 rose").
  const auto hung_clause = [&](int k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    const bool participle = t.deprel == "acl" && (t.xpos == "VBN" || t.xpos == "VBG");
    return t.upos == "VERB" && t.head == r && !participle;
  };
  int v = r + 1;
  while (v < n && in_phrase(v) && !hung_clause(v)) ++v;
  if (v >= n) return 0;
  Token& verb = sentence[static_cast<std::size_t>(v)];
  // ("will take effect": a finite auxiliary makes the verb group finite)
  const bool finite_aux = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
    return t.head == v && universal_relation(t.deprel) == "aux" && finite(t);
  });
  if (verb.head != r || verb.upos != "VERB" || !(finite(verb) || finite_aux)) return 0;
  if (std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == v && is_subject(universal_relation(t.deprel)); }))
    return 0;
  for (int k = v + 1; k < n; ++k)
    if (sentence[static_cast<std::size_t>(k)].head == r) sentence[static_cast<std::size_t>(k)].head = v;
  for (int k = 0; k < r; ++k)
    if (Token& t = sentence[static_cast<std::size_t>(k)]; t.head == r && t.deprel == "nsubj:pass") t.deprel = "compound";
  const bool passive = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) { return t.head == v && t.deprel == "aux:pass"; });
  verb.head = -1;
  verb.deprel = "root";
  root->head = v;
  root->deprel = passive ? "nsubj:pass" : "nsubj";
  return 1;
}

namespace {

// Where the verb group of `verb` starts: at its first auxiliary right before it ("was
// scrubbed", "has been cancelled"), else at the verb.
int verb_group_start(std::span<const Token> sentence, int verb) {
  int start = verb;
  while (start > 1 && sentence[static_cast<std::size_t>(start - 1)].head == verb &&
         universal_relation(sentence[static_cast<std::size_t>(start - 1)].deprel) == "aux")
    --start;
  return start;
}

// The conjunct of `v1` that a comma opens, a past-form verb (or a participle with its
// auxiliaries: "was scrubbed") with no subject, conjunction or opening word of its own; -1 when
// none. When `v1` was read as a participle (VBN), or the second verb has auxiliaries, the
// clause the parser hung on it instead (`advcl`) too, unless an agent says it is a
// participle itself ("resigned on Monday, prompted by the scandal").
int comma_conjunct(std::span<const Token> sentence, int v1) {
  const int n = static_cast<int>(sentence.size());
  const bool participle_first = sentence[static_cast<std::size_t>(v1)].xpos == "VBN";
  for (int v2 = v1 + 2; v2 < n; ++v2) {
    const Token& t = sentence[static_cast<std::size_t>(v2)];
    // (a clause with an auxiliary but no subject or opening word is no adverbial clause either)
    const bool finite_group = verb_group_start(sentence, v2) < v2;
    // ("The flight, carrying a satellite, had been planned": a verb group after the comma may
    // hang as parataxis too)
    const bool hung = t.deprel == "conj" || ((participle_first || finite_group) && t.deprel == "advcl") ||
                      (finite_group && t.deprel == "parataxis");
    if (t.head != v1 || !hung || t.upos != "VERB" || (t.xpos != "VBD" && t.xpos != "VBN")) continue;
    if (sentence[static_cast<std::size_t>(verb_group_start(sentence, v2) - 1)].text != ",") return -1;
    const bool own = std::any_of(sentence.begin(), sentence.end(), [&](const Token& d) {
      return d.head == v2 && (is_subject(universal_relation(d.deprel)) || d.deprel == "cc" ||
                              (d.deprel == "aux" && t.xpos == "VBD") || d.deprel == "mark" || d.deprel == "obl:agent");
    });
    return own ? -1 : v2;
  }
  return -1;
}

// A subject whose phrase has a clause or an apposition of its own ("Anna Berg, who founded the
// firm,"): the past form after it is its verb, no participle set off by commas.
bool subject_with_clause(std::span<const Token> sentence, int subject) {
  return has_child(sentence, subject, [](const Token& t) { return t.deprel == "acl:relcl" || t.deprel == "appos"; });
}

// The comma that opens the participle at `v1`, past the adverbs of the participle between them
// ("the flight, originally planned for 2021,"); -1 when no comma comes first.
int opening_comma(std::span<const Token> sentence, int v1) {
  constexpr int kMaxAdverbs = 2;
  int k = v1 - 1;
  while (k > 0 && v1 - k <= kMaxAdverbs && sentence[static_cast<std::size_t>(k)].upos == "ADV" &&
         sentence[static_cast<std::size_t>(k)].head == v1)
    --k;
  return k > 0 && sentence[static_cast<std::size_t>(k)].text == "," ? k : -1;
}

}  // namespace

int verb_after_participle_between_commas(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  std::vector<std::pair<int, int>> span;
  for (int v1 = 2; v1 < n; ++v1) {
    const Token& first = sentence[static_cast<std::size_t>(v1)];
    const int comma = opening_comma(sentence, v1);
    const bool present_participle = first.xpos == "VBG";
    if (first.upos != "VERB" || (first.xpos != "VBD" && first.xpos != "VBN" && !present_participle) || comma < 0) continue;
    const auto subject = std::find_if(sentence.begin(), sentence.begin() + v1, [&](const Token& t) {
      return t.head == v1 && universal_relation(t.deprel) == "nsubj";
    });
    const bool has_aux = std::any_of(sentence.begin(), sentence.end(), [&](const Token& t) {
      return t.head == v1 && (universal_relation(t.deprel) == "aux" || t.deprel == "cop");
    });
    if (subject == sentence.begin() + v1 || has_aux) continue;
    if (span.empty()) span = extents(sentence);
    const int s = static_cast<int>(subject - sentence.begin());
    if (subject_with_clause(sentence, s)) continue;
    const int subject_end = span[static_cast<std::size_t>(s)].second;  // the comma may hang on the subject
    if (subject_end != comma - 1 && subject_end != comma) continue;
    const int v2 = comma_conjunct(sentence, v1);
    if (v2 < 0) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    for (int k = 0; k < n; ++k) {  // what the first verb held outside its commas goes to the second
      Token& t = sentence[static_cast<std::size_t>(k)];
      if (t.head == v1 && k != s && (k < comma || k > v2)) t.head = v2;
    }
    Token& participle = sentence[static_cast<std::size_t>(v1)];
    Token& verb = sentence[static_cast<std::size_t>(v2)];
    const int group = verb_group_start(sentence, v2);
    verb.head = participle.head;
    verb.deprel = participle.deprel;
    if (group == v2) make_past_tense(verb);
    participle.head = s;
    participle.deprel = "acl";
    if (!present_participle) make_past_participle(participle);
    sentence[static_cast<std::size_t>(group - 1)].head = v1;  // the closing comma
    sentence[static_cast<std::size_t>(s)].head = v2;
    const bool passive = has_child(sentence, v2, [](const Token& t) { return t.deprel == "aux:pass"; });
    sentence[static_cast<std::size_t>(s)].deprel = passive ? "nsubj:pass" : "nsubj";
    if (!kept_as_tree(sentence, before)) continue;
    return 1;
  }
  return 0;
}

namespace {

// "fell 9 percent after [the gang's claim] was published", parsed with the clause's subject and
// verb right but "after" the subject's `case` and the verb a `parataxis` (or a conjunct) of
// "fell": when the noun of the phrase `opener` opens is the subject of the verb whose finite
// group starts right after the phrase (at `phrase_end`), the word is that verb's `mark` and the
// verb an `advcl` of the verb before the phrase it hung on.
bool opener_to_subjects_verb(std::span<Token> sentence, int opener, int noun, int phrase_end) {
  const int verb = sentence[static_cast<std::size_t>(noun)].head;
  if (verb < phrase_end || !is_subject(universal_relation(sentence[static_cast<std::size_t>(noun)].deprel))) return false;
  for (int k = phrase_end; k < verb; ++k) {
    const Token& aux = sentence[static_cast<std::size_t>(k)];
    if (aux.upos != "AUX" || aux.head != verb) return false;
  }
  Token& clause = sentence[static_cast<std::size_t>(verb)];
  const bool finite = finite_tag(sentence[static_cast<std::size_t>(phrase_end)].xpos);
  // (or a complement, which a clause such a word opens never is: "will resign after the report
  // is published" with "published" a `ccomp`)
  const bool another_clause = clause.deprel == "parataxis" || clause.deprel == "conj" || clause.deprel == "ccomp";
  const bool hung_on_verb_before = another_clause && clause.head >= 0 && clause.head < opener &&
                                   sentence[static_cast<std::size_t>(clause.head)].upos == "VERB";
  if (clause.upos != "VERB" || !finite || !hung_on_verb_before) return false;
  Token& word = sentence[static_cast<std::size_t>(opener)];
  word.head = verb;
  word.deprel = "mark";
  word.upos = "SCONJ";
  clause.deprel = "advcl";
  return true;
}

// "was announced", "had been cut": the verb that the finite auxiliaries from token `j` serve,
// when they all hang on it; -1 when `j` holds no finite auxiliary.
int verb_after_finite_auxiliaries(std::span<const Token> sentence, int j) {
  const int n = static_cast<int>(sentence.size());
  const auto at = [&](int k) -> const Token& { return sentence[static_cast<std::size_t>(k)]; };
  if (j >= n || at(j).upos != "AUX" || !finite_tag(at(j).xpos)) return -1;
  const int verb = at(j).head;
  if (verb <= j || verb >= n || at(verb).upos != "VERB") return -1;
  for (int k = j; k < verb; ++k)
    if (at(k).upos != "AUX" || at(k).head != verb) return -1;
  return verb;
}

}  // namespace

int give_prepositional_clauses_subjects(std::span<Token> sentence) {
  static constexpr std::string_view kOpeners[] = {"after", "before", "until", "since", "once", "as"};
  const int n = static_cast<int>(sentence.size());
  int repaired = 0;
  for (int k = 0; k + 2 < n; ++k) {
    Token& opener = sentence[static_cast<std::size_t>(k)];
    const std::string word = lowercase_ascii(opener.text);
    if (opener.upos != "ADP" || std::find(std::begin(kOpeners), std::end(kOpeners), word) == std::end(kOpeners)) continue;
    if (word == "as" && k > 0 && lowercase_ascii(sentence[static_cast<std::size_t>(k - 1)].text) == "such") continue;
    if (k > 0 && time_noun(sentence[static_cast<std::size_t>(k - 1)])) continue;  // give_counted_time_clauses_subjects' case
    int j = k + 1;
    const int noun = clause_noun_phrase_end(sentence, j);
    if (noun < 0 || opener.head != noun || j >= n) continue;
    if (opener_to_subjects_verb(sentence, k, noun, j)) {
      ++repaired;
      continue;
    }
    // ("after the recall was announced": the verb the finite auxiliaries serve, which the parser
    // may have hung on another verb, as the noun on the right one; not after "as", which so often
    // compares: "as analysts had expected", "as Russia has done before")
    const int served = word == "as" ? -1 : verb_after_finite_auxiliaries(sentence, j);
    const int v = served >= 0 ? served : j;
    Token& verb = sentence[static_cast<std::size_t>(v)];
    // ("after talks between the board and the union collapsed" with "collapsed" tagged a
    // participle: one with no auxiliary, hung on no noun, is the clause's past tense)
    const bool past_read_as_participle = word != "as" && served < 0 && verb.upos == "VERB" && verb.xpos == "VBN" &&
                                         verb.deprel != "acl" && verb.head != noun && can_be_past_tense(lowercase_ascii(verb.text)) &&
                                         !has_child(sentence, v, [](const Token& t) { return t.deprel.starts_with("aux"); });
    const bool finite_verb = verb.upos == "VERB" && (served >= 0 || finite_tag(verb.xpos) || past_read_as_participle);
    if (!finite_verb || has_child(sentence, v, [](const Token& t) { return is_subject(universal_relation(t.deprel)); })) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    Token& subject = sentence[static_cast<std::size_t>(noun)];
    // (a clause hung as another clause, or as a complement, which a clause "after" opens never
    // is, goes to the verb the noun hung on; an adverbial one stays)
    const bool other_clause = verb.deprel == "conj" || verb.deprel == "parataxis" || verb.deprel == "ccomp";
    const bool noun_on_verb = subject.head >= 0 && subject.head != v && sentence[static_cast<std::size_t>(subject.head)].upos == "VERB";
    if (verb.head == noun || verb.head < 0 || (served >= 0 && other_clause && noun_on_verb)) verb.head = subject.head;
    verb.deprel = verb.head < 0 ? "root" : "advcl";
    const bool passive = has_child(sentence, v, [](const Token& t) { return t.deprel == "aux:pass"; });
    subject.head = v;
    subject.deprel = passive ? "nsubj:pass" : "nsubj";
    opener.head = v;
    opener.deprel = "mark";
    opener.upos = "SCONJ";
    if (past_read_as_participle) make_past_tense(verb);
    if (!is_tree(sentence) || std::count_if(sentence.begin(), sentence.end(), [](const Token& x) { return x.head < 0; }) != 1) {
      std::copy(before.begin(), before.end(), sentence.begin());
      continue;
    }
    ++repaired;
  }
  return repaired;
}

int verb_from_participle_before_conjunct(std::span<Token> sentence) {
  const int root = root_of(sentence);
  if (root < 0 || sentence[static_cast<std::size_t>(root)].upos != "VERB") return 0;
  const auto child_of_root = [&](std::string_view rel) {
    for (int k = 0; k < root; ++k)
      if (sentence[static_cast<std::size_t>(k)].head == root && sentence[static_cast<std::size_t>(k)].deprel == rel) return k;
    return -1;
  };
  const int cc = child_of_root("cc");
  int subject = child_of_root("nsubj:pass");
  if (subject < 0) subject = child_of_root("nsubj");
  if (cc < 0 || subject < 0 || subject > cc) return 0;
  for (int p = subject + 1; p < cc; ++p) {
    Token& participle = sentence[static_cast<std::size_t>(p)];
    if (participle.head != subject || participle.deprel != "acl" || participle.xpos != "VBN") continue;
    if (has_child(sentence, p, [](const Token& t) { return t.deprel.starts_with("aux") || t.deprel == "cop"; })) return 0;
    if (!can_be_past_tense(lowercase_ascii(participle.text))) return 0;  // "taken", "shown": participles only
    const std::vector<Token> before(sentence.begin(), sentence.end());
    participle.head = -1;
    participle.deprel = "root";
    make_past_tense(participle);
    sentence[static_cast<std::size_t>(subject)].head = p;
    sentence[static_cast<std::size_t>(subject)].deprel = "nsubj";
    for (int k = 0; k < subject; ++k)  // what opens the sentence ("In 2021, ...") is the new verb's
      if (sentence[static_cast<std::size_t>(k)].head == root) sentence[static_cast<std::size_t>(k)].head = p;
    sentence[static_cast<std::size_t>(root)].head = p;
    sentence[static_cast<std::size_t>(root)].deprel = "conj";
    if (Token& last = sentence.back(); last.head == root && last.deprel == "punct") last.head = p;  // the final stop
    if (is_tree(sentence)) return 1;
    std::copy(before.begin(), before.end(), sentence.begin());
    return 0;
  }
  return 0;
}

int attach_agent_participles_to_nouns(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int v = 2; v < n; ++v) {
    Token& participle = sentence[static_cast<std::size_t>(v)];
    const Token& noun = sentence[static_cast<std::size_t>(v - 2)];
    if (participle.xpos != "VBN" || (participle.deprel != "conj" && participle.deprel != "parataxis")) continue;
    if (sentence[static_cast<std::size_t>(v - 1)].text != "," || (noun.upos != "NOUN" && noun.upos != "PROPN")) continue;
    const bool own = has_child(sentence, v, [](const Token& t) {
      const std::string_view rel = universal_relation(t.deprel);
      return rel == "nsubj" || rel == "aux" || rel == "cop" || rel == "cc";
    });
    const bool agent = has_child(sentence, v, [](const Token& t) { return t.deprel == "obl:agent"; });
    if (own || !agent || participle.head < 0 || participle.head >= v - 2) continue;
    // a list of passives ("drafted by the ministry, approved by the cabinet, and signed") stays
    // one; a later conjunct that is no participle ("..., led by Dunaj, ahead by eight points")
    // makes no list
    const bool listed = sentence[static_cast<std::size_t>(participle.head)].xpos == "VBN" ||
                        std::any_of(sentence.begin() + v + 1, sentence.end(), [&](const Token& t) {
                          return t.head == participle.head && t.deprel == "conj" && t.xpos == "VBN";
                        });
    if (listed) continue;
    const Token before = participle;
    participle.head = v - 2;
    participle.deprel = "acl";
    if (!is_tree(sentence)) {
      participle = before;
      continue;
    }
    ++moved;
  }
  return moved;
}

int oblique_from_subject_with_preposition(std::span<Token> sentence) {
  int moved = 0;
  for (int n = 1; n < static_cast<int>(sentence.size()); ++n) {
    Token& noun = sentence[static_cast<std::size_t>(n)];
    if (noun.deprel != "nsubj" || noun.head <= n || sentence[static_cast<std::size_t>(noun.head)].upos != "VERB") continue;
    if (!has_child(sentence, n, [](const Token& t) { return t.deprel == "case" && t.upos == "ADP"; })) continue;
    // (the noun holds the clause's own subject or auxiliary: "We could not in good conscience")
    const bool holds_clause = has_child(sentence, n, [](const Token& t) {
      const std::string_view rel = universal_relation(t.deprel);
      return rel == "nsubj" || rel == "aux";
    });
    if (!holds_clause) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    const int verb = noun.head;
    for (Token& t : sentence) {  // the clause's words the noun held go to the verb
      const std::string_view rel = universal_relation(t.deprel);
      const bool clausal = rel == "nsubj" || rel == "aux" || t.deprel == "advmod" || t.deprel == "punct";
      if (t.head == n && clausal && (&t - sentence.data()) < n) t.head = verb;
    }
    noun.deprel = "obl";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

int measure_before_for_period(std::span<Token> sentence) {
  int moved = 0;
  const int size = static_cast<int>(sentence.size());
  for (int f = 1; f + 2 < size; ++f) {
    Token& word = sentence[static_cast<std::size_t>(f)];
    if (lowercase_ascii(word.text) != "for" || word.deprel != "mark" || word.head <= f + 1) continue;
    const int verb = word.head;
    const int noun = f - 1;
    Token& v = sentence[static_cast<std::size_t>(verb)];
    Token& measure = sentence[static_cast<std::size_t>(noun)];
    if (v.upos != "VERB" || !finite_tag(v.xpos) || v.head != noun || (measure.upos != "NOUN" && measure.upos != "PROPN")) continue;
    int period = -1;
    for (int k = f + 1; k < verb; ++k)
      if (sentence[static_cast<std::size_t>(k)].head == verb && sentence[static_cast<std::size_t>(k)].deprel == "nsubj") period = k;
    if (period < 0) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    for (Token& t : sentence)  // (what closes the measure's phrase after the verb, the full stop, is the verb's)
      if (t.head == noun && (&t - sentence.data()) > verb) t.head = verb;
    v.head = measure.head;
    v.deprel = measure.deprel;
    measure.head = verb;
    measure.deprel = "nsubj";
    sentence[static_cast<std::size_t>(period)].head = noun;
    sentence[static_cast<std::size_t>(period)].deprel = "nmod";
    word.head = period;
    word.deprel = "case";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

int oblique_from_clock_time_subject(std::span<Token> sentence) {
  int moved = 0;
  for (int n = 1; n + 1 < static_cast<int>(sentence.size()); ++n) {
    Token& time = sentence[static_cast<std::size_t>(n)];
    Token& opener = sentence[static_cast<std::size_t>(n - 1)];
    const std::string unit = lowercase_ascii(sentence[static_cast<std::size_t>(n + 1)].text);
    const bool clock = time.upos == "NUM" && (unit == "a.m." || unit == "p.m." || unit == "am" || unit == "pm");
    if (!clock || !is_subject(universal_relation(time.deprel)) || opener.upos != "ADP" || opener.deprel != "mark")
      continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    const bool after_verb = n >= 2 && sentence[static_cast<std::size_t>(n - 2)].upos == "VERB";
    if (after_verb) time.head = n - 2;
    time.deprel = "obl";
    opener.head = n;
    opener.deprel = "case";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

int elided_clause_from_second_subject(std::span<Token> sentence) {
  int moved = 0;
  const int n = static_cast<int>(sentence.size());
  for (int verb = 0; verb < n; ++verb) {
    int mark = -1, first = -1, aux = -1, comma = -1, second = -1;
    for (int k = 0; k < verb; ++k) {
      const Token& t = sentence[static_cast<std::size_t>(k)];
      if (t.text == "," && aux >= 0 && comma < 0) comma = k;  // (the parser may hang it on "not")
      if (t.head != verb) continue;
      if (t.deprel == "mark" && t.upos == "SCONJ" && first < 0) mark = k;
      else if (t.deprel == "nsubj" && first < 0) first = k;
      else if (t.deprel == "aux" && first >= 0 && comma < 0) aux = k;
      else if (t.deprel == "nsubj" && comma >= 0) second = k;
    }
    if (mark < 0 || mark > first || aux < 0 || comma < 0 || second < 0) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    for (int k = mark; k <= comma; ++k)
      if (k != aux && sentence[static_cast<std::size_t>(k)].head == verb) sentence[static_cast<std::size_t>(k)].head = aux;
    sentence[static_cast<std::size_t>(aux)].head = verb;
    sentence[static_cast<std::size_t>(aux)].deprel = "advcl";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

namespace {

// "Thursday", "March" (or "5" in "March 5"): a word that names a day or month.
bool names_date(std::span<const Token> sentence, const Token& t) {
  const std::string lower = lowercase_ascii(t.text);
  if (is_day_word(lower) || is_month_word(lower)) return true;
  if (t.upos != "NUM" || t.head < 0) return false;
  return is_month_word(lowercase_ascii(sentence[static_cast<std::size_t>(t.head)].text));
}

// The predicate a finite verb group right at `j` belongs to ("planned", "had planned", "will
// also meet"), adverbs before it skipped; -1 when `j` opens no such group.
int finite_group_at(std::span<const Token> sentence, int j) {
  const int n = static_cast<int>(sentence.size());
  while (j < n && sentence[static_cast<std::size_t>(j)].upos == "ADV") ++j;
  if (j >= n) return -1;
  const Token& t = sentence[static_cast<std::size_t>(j)];
  if (t.upos == "VERB" && finite(t)) return j;
  if (t.upos == "AUX" && finite(t) && t.head > j) return t.head;
  return -1;
}

}  // namespace

int subject_from_date_apposition(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  std::vector<std::pair<int, int>> span;
  for (int a = 1; a < n; ++a) {
    Token& noun = sentence[static_cast<std::size_t>(a)];
    if (noun.deprel != "appos" || noun.head < 0 || noun.head >= a) continue;
    if (noun.upos != "NOUN" && noun.upos != "PROPN" && noun.upos != "PRON") continue;
    if (!names_date(sentence, sentence[static_cast<std::size_t>(noun.head)])) continue;
    if (span.empty()) span = extents(sentence);
    const auto [first, last] = span[static_cast<std::size_t>(a)];
    // (the comma may hang on the noun, inside its extent, or before it)
    const int comma_at = sentence[static_cast<std::size_t>(first)].text == "," ? first : first - 1;
    if (comma_at < 1 || sentence[static_cast<std::size_t>(comma_at)].text != ",") continue;
    const int predicate = finite_group_at(sentence, last + 1);
    if (predicate < 0 ||
        has_child(sentence, predicate, [](const Token& t) { return is_subject(universal_relation(t.deprel)); }))
      continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    const bool passive = has_child(sentence, predicate, [](const Token& t) { return t.deprel == "aux:pass"; });
    noun.head = predicate;
    noun.deprel = passive ? "nsubj:pass" : "nsubj";
    Token& comma = sentence[static_cast<std::size_t>(comma_at)];
    if (comma.head == a) comma.head = predicate;
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

int subject_from_dated_oblique(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int moved = 0;
  for (int a = 2; a + 1 < n; ++a) {
    Token& noun = sentence[static_cast<std::size_t>(a)];
    Token& day = sentence[static_cast<std::size_t>(a - 1)];
    Token& month = sentence[static_cast<std::size_t>(a - 2)];
    if (noun.upos != "NOUN" || !noun.deprel.starts_with("obl") || day.upos != "NUM" || day.head != a ||
        !is_month_word(lowercase_ascii(month.text)))
      continue;
    const int predicate = finite_group_at(sentence, a + 1);
    if (predicate < 0 || noun.head != predicate ||
        has_child(sentence, predicate, [](const Token& t) { return is_subject(universal_relation(t.deprel)); }))
      continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    // the date's words (its preposition, the month, the day) hang on the month, the month on the verb
    for (int k = 0; k < a - 2; ++k)
      if (sentence[static_cast<std::size_t>(k)].head == a) sentence[static_cast<std::size_t>(k)].head = a - 2;
    month.head = predicate;
    month.deprel = "obl";
    day.head = a - 2;
    day.deprel = "nummod";
    noun.deprel = has_child(sentence, predicate, [](const Token& t) { return t.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
    if (kept_as_tree(sentence, before)) ++moved;
  }
  return moved;
}

namespace {

// Whether `verb` is a verb after `head` and before `object`: "signals" in "holds rates,
// signals cuts".
bool verb_between(std::span<const Token> sentence, int head, int verb, int object) {
  return verb > head && verb < object && sentence[static_cast<std::size_t>(verb)].upos == "VERB";
}

}  // namespace

int give_clauses_subjects(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  // Per predicate: a finite aux/cop, a subject, a passive auxiliary.
  std::vector<int> finite_aux(sentence.size(), -1);
  std::vector<char> has_subject(sentence.size(), 0), passive(sentence.size(), 0);
  for (int i = 0; i < n; ++i) {
    const Token& t = sentence[static_cast<std::size_t>(i)];
    if (t.head < 0 || t.head >= n) continue;
    const auto h = static_cast<std::size_t>(t.head);
    const std::string_view relation = universal_relation(t.deprel);
    if (is_subject(relation)) has_subject[h] = 1;
    if (t.deprel == "aux:pass") passive[h] = 1;
    if ((relation == "aux" || relation == "cop") && finite(t) && finite_aux[h] < 0 && i < t.head) finite_aux[h] = i;
  }
  std::vector<std::pair<int, int>> span;  // computed on the first candidate
  int repaired = 0;
  for (int p = 0; p < n; ++p) {
    Token& predicate = sentence[static_cast<std::size_t>(p)];
    const int head = predicate.head;
    if (finite_aux[static_cast<std::size_t>(p)] < 0 || has_subject[static_cast<std::size_t>(p)] || head < 0 || head >= n || head > p) continue;
    const std::string_view relation = universal_relation(predicate.deprel);
    const bool loose = relation == "parataxis" || relation == "conj";
    if (sentence[static_cast<std::size_t>(head)].upos != "VERB" || (relation != "obj" && relation != "obl" && relation != "ccomp" && !loose))
      continue;
    if (span.empty()) span = extents(sentence);
    // The finite auxiliary opens the clause: "[the company] is planning", not "... always is".
    const int clause_first = span[static_cast<std::size_t>(p)].first;
    if (clause_first != finite_aux[static_cast<std::size_t>(p)]) continue;
    for (int o = 0; o < clause_first; ++o) {
      Token& object = sentence[static_cast<std::size_t>(o)];
      // ("said [demand for its chips] would remain": the noun taken for the complement itself)
      const bool nominal = object.upos == "NOUN" || object.upos == "PROPN";
      const std::string_view taken_as = universal_relation(object.deprel);
      // ("holds rates, signals [cuts] could begin" with "begin" hung on "holds": the object of
      // the later verb "signals")
      const bool own_object = loose ? verb_between(sentence, head, object.head, o) : object.head == head;
      if (!own_object || !(taken_as == "obj" || (taken_as == "ccomp" && nominal))) continue;
      if (span[static_cast<std::size_t>(o)].second + 1 != clause_first || o < head) continue;
      const std::vector<Token> before(sentence.begin(), sentence.end());
      const int taker = object.head;
      object.head = p;
      object.deprel = passive[static_cast<std::size_t>(p)] ? "nsubj:pass" : "nsubj";
      predicate.head = taker;
      predicate.deprel = "ccomp";
      if (!is_tree(sentence)) {
        std::copy(before.begin(), before.end(), sentence.begin());
        break;
      }
      ++repaired;
      break;
    }
  }
  return repaired;
}

namespace {

// "will be honored for 30 days, and customers who placed orders will receive their furniture"
// parsed with "customers" a conjunct of "days" and "receive" a `ccomp` of "honored": a
// complement with an auxiliary but no opening word ("that", "if") is no complement (with a
// subject found it is a conjunct).
bool stray_complement(std::span<const Token> sentence, int verb) {
  return sentence[static_cast<std::size_t>(verb)].deprel == "ccomp" &&
         !has_child(sentence, verb, [](const Token& t) { return t.deprel == "mark"; }) &&
         has_child(sentence, verb, [](const Token& t) { return universal_relation(t.deprel) == "aux"; });
}

}  // namespace

int give_conjoined_clauses_subjects(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  std::vector<char> has_subject(sentence.size(), 0);
  for (const Token& t : sentence)
    if (t.head >= 0 && t.head < n && is_subject(universal_relation(t.deprel))) has_subject[static_cast<std::size_t>(t.head)] = 1;
  std::vector<std::pair<int, int>> span;
  int repaired = 0;
  for (int v = 0; v < n; ++v) {
    Token& verb = sentence[static_cast<std::size_t>(v)];
    const bool hung = verb.deprel == "conj" || stray_complement(sentence, v);
    const bool finite_group = finite(verb) || finite_auxiliary(sentence, v);
    if (!hung || verb.upos != "VERB" || !finite_group || has_subject[static_cast<std::size_t>(v)]) continue;
    if (span.empty()) span = extents(sentence);
    const int clause_first = span[static_cast<std::size_t>(v)].first;
    for (int o = 0; o < clause_first; ++o) {
      Token& noun = sentence[static_cast<std::size_t>(o)];
      const bool nominal = noun.upos == "NOUN" || noun.upos == "PROPN" || noun.upos == "PRON";
      if (noun.deprel != "conj" || !nominal || noun.head < 0) continue;
      // (or conjoined to H's object or oblique: "sold the plant on Monday and Globex bought it",
      // parsed with "Globex" a conjunct of "Monday"; then "and" must open it)
      // (a verb with its own "and" continues the list's clause: "arrested Smith and Brown and
      // charged them")
      const Token& first = sentence[static_cast<std::size_t>(noun.head)];
      const auto and_or_but = [](const Token& t) {
        const std::string w = lowercase_ascii(t.text);
        return t.deprel == "cc" && (w == "and" || w == "but");
      };
      const bool on_argument = first.head == verb.head && (first.deprel == "obj" || first.deprel.starts_with("obl")) &&
                               has_child(sentence, o, and_or_but) &&
                               !has_child(sentence, v, [](const Token& t) { return t.deprel == "cc"; });
      if (noun.head != verb.head && !on_argument) continue;
      if (span[static_cast<std::size_t>(o)].second + 1 != clause_first) continue;
      // the conjunction and comma before the noun now join the clause
      for (int k = 0; k < o; ++k) {
        Token& t = sentence[static_cast<std::size_t>(k)];
        if (t.head == o && (t.deprel == "cc" || t.deprel == "punct")) t.head = v;
      }
      noun.head = v;
      noun.deprel = has_child(sentence, v, [](const Token& t) { return t.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
      verb.deprel = "conj";
      ++repaired;
      break;
    }
  }
  return repaired;
}

int give_adverbial_clauses_subjects(std::span<Token> sentence) {
  // "as" and "while" open a clause only for a verb the parser left hanging on the verb above as a
  // noun's modifier ("fell 12 percent, as growth in its cloud business slowed"): a conjunct after
  // them may share the subject ("worked as a teacher and lived in Oslo")
  static constexpr std::string_view kModifierOpeners[] = {"as", "while"};
  const int n = static_cast<int>(sentence.size());
  std::vector<char> has_subject(sentence.size(), 0), has_cc(sentence.size(), 0);
  for (const Token& t : sentence) {
    if (t.head < 0 || t.head >= n) continue;
    if (is_subject(universal_relation(t.deprel))) has_subject[static_cast<std::size_t>(t.head)] = 1;
    if (t.deprel == "cc") has_cc[static_cast<std::size_t>(t.head)] = 1;
  }
  std::vector<std::pair<int, int>> span;
  int repaired = 0;
  for (int v = 0; v < n; ++v) {
    Token& verb = sentence[static_cast<std::size_t>(v)];
    // (a bare form, "after his partner quit", is a past tense the tagger missed)
    const bool stray_modifier = verb.deprel == "acl" && verb.head >= 0 && verb.head < n &&
                                sentence[static_cast<std::size_t>(verb.head)].upos == "VERB";
    // ("the biggest drop since the pandemic began", parsed with "since the pandemic" a noun's
    // modifier and "began" a parataxis: the clause is the noun's)
    const bool paratactic = verb.deprel == "parataxis" && finite(verb);
    // ("would run the company until a successor is named", parsed with "until a successor" an
    // oblique of "run" and "named" an advcl with neither subject nor opener)
    const bool unopened = verb.deprel == "advcl" && finite_auxiliary(sentence, v) &&
                          !has_child(sentence, v, [](const Token& t) { return t.deprel == "mark"; });
    if ((verb.deprel != "conj" && !stray_modifier && !paratactic && !unopened) || verb.upos != "VERB" ||
        (!finite(verb) && verb.xpos != "VB" && !unopened))
      continue;
    if (has_subject[static_cast<std::size_t>(v)] || has_cc[static_cast<std::size_t>(v)]) continue;
    if (span.empty()) span = extents(sentence);
    const int clause_first = span[static_cast<std::size_t>(v)].first;
    for (int o = 0; o < v; ++o) {
      Token& noun = sentence[static_cast<std::size_t>(o)];
      const bool nominal = noun.upos == "NOUN" || noun.upos == "PROPN" || noun.upos == "PRON";
      const std::string_view relation = universal_relation(noun.deprel);
      if (!nominal || (relation != "obl" && !(paratactic && relation == "nmod"))) continue;
      // the oblique of the verb above, right before the clause, or the verb's own, right before it
      const bool right_before = span[static_cast<std::size_t>(o)].second + 1 == clause_first;
      const bool above = noun.head == verb.head && right_before;
      const bool own = noun.head == v && span[static_cast<std::size_t>(o)].second + 1 == v;
      const bool modifier = paratactic && right_before && noun.head >= 0 && !is_ancestor(sentence, v, noun.head);
      if (!above && !own && !modifier) continue;
      int opener = span[static_cast<std::size_t>(o)].first;
      while (opener < o && sentence[static_cast<std::size_t>(opener)].upos == "PUNCT") ++opener;  // ", after his partner"
      Token& preposition = sentence[static_cast<std::size_t>(opener)];
      const std::string lower = lowercase_ascii(preposition.text);
      const bool opens = opens_time_clause(lower) ||
                         (stray_modifier &&
                          std::find(std::begin(kModifierOpeners), std::end(kModifierOpeners), lower) != std::end(kModifierOpeners));
      if (preposition.head != o || preposition.deprel != "case" || !opens) continue;
      if (modifier) verb.head = noun.head;
      const bool on_noun = modifier && sentence[static_cast<std::size_t>(verb.head)].upos != "VERB";
      preposition.head = v;
      preposition.deprel = "mark";
      preposition.upos = "SCONJ";
      noun.head = v;
      noun.deprel = has_child(sentence, v, [](const Token& t) { return t.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
      verb.deprel = on_noun ? "acl" : "advcl";
      ++repaired;
      break;
    }
  }
  return repaired;
}

int give_with_phrases_back_to_nouns(std::span<Token> sentence) {
  const int n = static_cast<int>(sentence.size());
  int repaired = 0;
  for (int w = 1; w < n; ++w) {
    Token& with = sentence[static_cast<std::size_t>(w)];
    if (lowercase_ascii(with.text) != "with" || with.deprel != "mark" || with.head <= w) continue;
    const int v = with.head;
    Token& verb = sentence[static_cast<std::size_t>(v)];
    // "with" opens no finite clause ("with prices rising" has a participle)
    if (!finite(verb) || verb.xpos == "VBN" || verb.xpos == "VBG") continue;
    const auto subject = std::find_if(sentence.begin() + w + 1, sentence.begin() + v,
                                      [&](const Token& t) { return t.head == v && t.deprel == "nsubj"; });
    const int noun = w - 1;
    Token& talks = sentence[static_cast<std::size_t>(noun)];
    if (subject == sentence.begin() + v || (talks.upos != "NOUN" && talks.upos != "PROPN") || talks.head != verb.head) continue;
    const auto opener = std::find_if(sentence.begin(), sentence.begin() + noun, [&](const Token& t) {
      const std::string lower = lowercase_ascii(t.text);
      return t.head == noun && t.deprel == "case" && opens_time_clause(lower);
    });
    if (opener == sentence.begin() + noun) continue;
    opener->head = v;
    opener->deprel = "mark";
    opener->upos = "SCONJ";
    talks.head = v;
    talks.deprel = "nsubj";
    subject->head = noun;
    subject->deprel = "nmod";
    with.head = static_cast<int>(subject - sentence.begin());
    with.deprel = "case";
    with.upos = "ADP";
    verb.deprel = "advcl";
    ++repaired;
  }
  return repaired;
}

int existential_conjuncts_to_verbs(std::span<Token> sentence) {
  constexpr int kMaxSteps = 8;
  int moved = 0;
  for (int c = 0; c < static_cast<int>(sentence.size()); ++c) {
    Token& clause = sentence[static_cast<std::size_t>(c)];
    if (clause.deprel != "conj" || clause.head < 0) continue;
    const bool noun_head = sentence[static_cast<std::size_t>(clause.head)].upos == "NOUN" ||
                           sentence[static_cast<std::size_t>(clause.head)].upos == "PROPN";
    const bool existential = has_child(sentence, c, [](const Token& t) { return t.deprel == "expl"; }) &&
                             has_child(sentence, c, [](const Token& t) { return t.deprel == "cop"; });
    if (!noun_head || !existential) continue;
    int verb = sentence[static_cast<std::size_t>(clause.head)].head;
    for (int step = 0; verb >= 0 && step < kMaxSteps && sentence[static_cast<std::size_t>(verb)].upos != "VERB"; ++step)
      verb = sentence[static_cast<std::size_t>(verb)].head;
    if (verb < 0 || sentence[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    clause.head = verb;
    ++moved;
  }
  return moved;
}

namespace {

// The words that bound a count before it and that the parser reads as a preposition ("[up to]
// 15 inches", "[over] 300 homes", "[about] 200 people").
bool count_bound(std::string_view lower) {
  static constexpr std::string_view kBounds[] = {"up", "over", "about", "around", "under", "nearly", "almost", "some"};
  return std::find(std::begin(kBounds), std::end(kBounds), lower) != std::end(kBounds);
}

// Whether `verb` (a finite form, or one with a finite auxiliary) has no subject of its own.
bool finite_without_subject(std::span<const Token> sentence, int verb) {
  const Token& v = sentence[static_cast<std::size_t>(verb)];
  if (v.upos != "VERB" || !(finite(v) || finite_auxiliary(sentence, verb))) return false;
  return !has_child(sentence, verb, [](const Token& t) {
    const std::string_view rel = universal_relation(t.deprel);
    return is_subject(rel) || rel == "nsubj";
  });
}

}  // namespace

namespace {

// Whether only the verb's auxiliaries and adverbs stand between the end of the noun's phrase
// and the verb ("Over 300 homes, officials said, were ..." has more).
bool right_before_verb(std::span<const Token> sentence, int noun, int verb) {
  const auto ext = extents(sentence);
  for (int k = ext[static_cast<std::size_t>(noun)].second + 1; k < verb; ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head != verb || (universal_relation(t.deprel) != "aux" && t.deprel != "advmod")) return false;
  }
  return true;
}

// A participle in "-ed" with no auxiliary and no subject, conjoined or the root: a past the tagger misread.
bool bare_past_participle(std::span<const Token> sentence, int verb) {
  const Token& v = sentence[static_cast<std::size_t>(verb)];
  if (v.upos != "VERB" || v.xpos != "VBN" || !lowercase_ascii(v.text).ends_with("ed")) return false;
  if (v.deprel != "conj" && v.head >= 0) return false;
  return !has_child(sentence, verb, [](const Token& t) {
    const std::string_view rel = universal_relation(t.deprel);
    return rel == "aux" || rel == "nsubj" || is_subject(rel);
  });
}

// Whether a number counts the noun ("15 inches", "600 residents").
bool counted(std::span<const Token> sentence, int noun) {
  return has_child(sentence, noun, [](const Token& t) { return t.deprel == "nummod"; });
}

// The noun becomes the verb's subject (passive after a passive auxiliary); false, with the tree
// as it was, when that would make a cycle.
bool make_subject(std::span<Token> sentence, int noun, int verb) {
  Token& n = sentence[static_cast<std::size_t>(noun)];
  n.head = verb;
  n.deprel = has_child(sentence, verb, [](const Token& t) { return t.deprel == "aux:pass"; }) ? "nsubj:pass" : "nsubj";
  return is_tree(sentence);
}

}  // namespace

int subject_from_opening_count(std::span<Token> sentence) {
  const int size = static_cast<int>(sentence.size());
  if (size < 4 || !count_bound(lowercase_ascii(sentence[0].text)) || sentence[0].deprel != "case") return 0;
  const int noun = sentence[0].head;
  if (noun <= 0 || noun >= size) return 0;
  const int verb = sentence[static_cast<std::size_t>(noun)].head;
  if (sentence[static_cast<std::size_t>(noun)].deprel != "obl" || verb <= noun || !finite_without_subject(sentence, verb) ||
      !counted(sentence, noun) || !right_before_verb(sentence, noun, verb))
    return 0;
  const std::vector<Token> before(sentence.begin(), sentence.end());
  const auto count = std::find_if(sentence.begin(), sentence.begin() + noun, [&](const Token& t) {
    return t.head == noun && t.deprel == "nummod";
  });
  sentence[0].head = static_cast<int>(count - sentence.begin());
  sentence[0].deprel = "advmod";
  if (!make_subject(sentence, noun, verb)) {
    std::copy(before.begin(), before.end(), sentence.begin());
    return 0;
  }
  return 1;
}

int subject_from_unmarked_count(std::span<Token> sentence) {
  const int size = static_cast<int>(sentence.size());
  int moved = 0;
  for (int noun = 0; noun < size; ++noun) {
    const Token& n = sentence[static_cast<std::size_t>(noun)];
    const int verb = n.head;
    if (n.deprel != "obl:unmarked" || n.upos != "NOUN" || time_noun(n) || verb <= noun || verb >= size) continue;
    // ("residents [signed] up": a past the tagger read as a participle, with no auxiliary)
    const bool bare_participle = bare_past_participle(sentence, verb);
    if (!counted(sentence, noun) || !(bare_participle || finite_without_subject(sentence, verb)) ||
        !right_before_verb(sentence, noun, verb))
      continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    if (bare_participle) make_past_tense(sentence[static_cast<std::size_t>(verb)]);
    if (!make_subject(sentence, noun, verb)) {
      std::copy(before.begin(), before.end(), sentence.begin());
      continue;
    }
    ++moved;
  }
  return moved;
}

int give_conjoined_verbs_their_objects(std::span<Token> sentence) {
  const int size = static_cast<int>(sentence.size());
  int moved = 0;
  for (int v = 1; v + 1 < size; ++v) {
    const Token& verb = sentence[static_cast<std::size_t>(v)];
    if (verb.upos != "VERB" || verb.deprel != "conj" || verb.xpos == "VBG" || verb.xpos == "VBN") continue;
    if (has_child(sentence, v, [](const Token& t) { return t.deprel == "obj" || t.deprel == "ccomp" || t.deprel == "xcomp"; }))
      continue;
    // the noun whose phrase opens right after the verb (its modifiers hang on it)
    int noun = v + 1;
    while (noun < size && sentence[static_cast<std::size_t>(noun)].head > noun &&
           sentence[static_cast<std::size_t>(noun)].upos != "PUNCT" && sentence[static_cast<std::size_t>(noun)].upos != "ADP")
      noun = sentence[static_cast<std::size_t>(noun)].head;
    if (noun >= size) continue;
    Token& n = sentence[static_cast<std::size_t>(noun)];
    if ((n.upos != "NOUN" && n.upos != "PROPN") || n.deprel != "conj" || n.head != verb.head) continue;
    // (not a list of nouns: "sold the plant, the offices and the land" keeps its conjuncts)
    if (has_child(sentence, noun, [](const Token& t) { return t.deprel == "cc"; })) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    n.head = v;
    n.deprel = "obj";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

int give_fronted_obliques_their_clauses(std::span<Token> sentence) {
  const int size = static_cast<int>(sentence.size());
  int moved = 0;
  for (int p = 1; p + 2 < size; ++p) {
    Token& phrase = sentence[static_cast<std::size_t>(p)];
    const int head = phrase.head;
    if (phrase.deprel != "conj" || head < 0 || head >= p || sentence[static_cast<std::size_t>(head)].upos != "VERB") continue;
    if (!has_child(sentence, p, [](const Token& t) { return t.deprel == "case"; })) continue;
    // the clause right after the phrase: a verb hung on the same head, whose subject follows the phrase
    const int after = extents(sentence)[static_cast<std::size_t>(p)].second + 1;
    int verb = -1;
    for (int v = after; v < size && verb < 0; ++v) {
      const Token& t = sentence[static_cast<std::size_t>(v)];
      const std::string_view rel = universal_relation(t.deprel);
      const bool clause = rel == "ccomp" || rel == "parataxis" || rel == "conj";
      if (t.upos == "VERB" && t.head == head && clause) verb = v;
    }
    if (verb < 0) continue;
    const bool subject_after = has_child(sentence, verb, [&](const Token& t) {
      return universal_relation(t.deprel) == "nsubj" && (&t - sentence.data()) > p;
    });
    if (!subject_after) continue;
    const std::vector<Token> before(sentence.begin(), sentence.end());
    for (int k = 0; k < p; ++k) {  // the ", and" before the phrase opens the clause
      Token& t = sentence[static_cast<std::size_t>(k)];
      if (t.head == p && (t.deprel == "cc" || t.deprel == "punct")) t.head = verb;
    }
    phrase.head = verb;
    phrase.deprel = "obl";
    sentence[static_cast<std::size_t>(verb)].deprel = "conj";
    if (!kept_as_tree(sentence, before)) continue;
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
