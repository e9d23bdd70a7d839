#include "core/syntax/reported_clauses.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "core/syntax/penn_tags.h"
#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {
namespace {

bool is_verb_of_saying(const Token& t) {
  static constexpr std::string_view kSaying[] = {"say", "tell", "state", "report", "announce", "write", "claim", "deny"};
  return t.upos == "VERB" && std::find(std::begin(kSaying), std::end(kSaying), t.lemma) != std::end(kSaying);
}

// Acts of speaking or committing oneself, which a speaker does and a reported thing does not.
// Not acts a reported person does as often as a speaker ("said the suspect fled and refused to
// stop", "threatened", "demanded", "denied", "asked for help", "admitted").
bool is_speech_act(const Token& t) {
  static constexpr std::string_view kActs[] = {
      "vow",       "urge",     "pledge",   "promise", "call",    "warn",      "add",       "insist",  "appeal",
      "criticize", "criticise", "welcome", "condemn", "predict", "recommend", "complain", "stress",  "emphasize",
      "emphasise", "reiterate"};
  return t.upos == "VERB" && std::find(std::begin(kActs), std::end(kActs), t.lemma) != std::end(kActs);
}

// Verbs whose participle after a clause tells what that clause brought about ("won the vote,
// ending 16 years of rule", "struck the coast, killing five"); a speaker's own act after an
// attribution ("adding", "citing", "speaking on condition of anonymity") is none of them.
bool tells_a_result(const Token& t) {
  static constexpr std::string_view kResults[] = {"end",   "bring", "mark",   "leave", "push",  "raise", "lift",  "send",
                                                  "kill",  "injure", "force", "cause", "cut",   "drive", "extend", "put",
                                                  "make",  "take",  "boost", "give",  "trigger", "spark", "close", "open",
                                                  "allow", "enable", "let",   "prompt"};
  return t.upos == "VERB" && std::find(std::begin(kResults), std::end(kResults), t.lemma) != std::end(kResults);
}

// Nouns of a thing said or written, or of where it was said: "said in a statement that ...",
// "said at a news conference that ...".
bool is_statement_noun(const Token& t) {
  static constexpr std::string_view kNouns[] = {"statement", "interview", "letter", "email", "release", "post",
                                                "filing", "speech", "message", "note", "briefing", "video",
                                                "conference", "hearing"};
  return t.upos == "NOUN" && std::find(std::begin(kNouns), std::end(kNouns), t.lemma) != std::end(kNouns);
}

// A word of a noun phrase naming who said something: "the country's health ministry", "two
// senior officials".
bool is_attribution_word(const Token& t) {
  return t.upos == "DET" || t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "NUM" || t.xpos == "POS";
}

bool has_subject(std::span<const Token> sentence, int verb) {
  return has_child(sentence, verb, [](const Token& t) { return t.deprel.starts_with("nsubj") || t.deprel.starts_with("csubj"); });
}

// The "that" between the noun at `noun` and its clause's verb at `verb` that opens the clause as
// a conjunction: the clause's mark, or (where the parser hung it on a word of the clause, "said
// at a news conference late Wednesday [that] more than 180,000 residents had left" with "that"
// an adverb of "more") a "that" the parser made a mark or an adverb inside the clause; -1 when
// none.
int opening_that(std::span<const Token> sentence, int noun, int verb) {
  for (int k = noun + 1; k < verb; ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (lowercase_ascii(t.text) != "that") continue;
    // (not "that week", a determiner, nor a relative pronoun, an argument of the clause)
    const bool opener = t.deprel == "mark" || t.deprel == "advmod";
    if (opener && t.head >= 0 && is_ancestor(sentence, verb, t.head)) return k;
  }
  return -1;
}

// The verb of saying whose reported clause holds the verb at `verb`, through the complements
// inside it ("denied that the company planned to sell"); -1 when there is none.
int saying_over(std::span<const Token> sentence, int verb) {
  for (int w = verb; w >= 0;) {
    const Token& t = sentence[static_cast<std::size_t>(w)];
    if (t.head < 0 || (t.deprel != "ccomp" && t.deprel != "xcomp")) return -1;
    if (t.deprel == "ccomp" && is_verb_of_saying(sentence[static_cast<std::size_t>(t.head)])) return t.head;
    w = t.head;
  }
  return -1;
}

}  // namespace

// "said a tremor could not be ruled out and [urged] people not to return": a participle with an
// object of its own shares no passive's "be", so one conjoined to a passive participle is a past
// tense the tagger took for a participle.
bool past_read_as_participle(std::span<const Token> sentence, int conjunct) {
  const Token& verb = sentence[static_cast<std::size_t>(conjunct)];
  const bool object = has_child(sentence, conjunct, [](const Token& t) { return t.deprel == "obj" || t.deprel == "iobj"; });
  const bool after_passive = has_child(sentence, verb.head, [](const Token& t) { return t.deprel == "aux:pass"; });
  return verb.xpos == "VBN" && object && after_passive;
}

int attach_speech_conjuncts_to_reporting_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int c = 0; c < static_cast<int>(sentence.size()); ++c) {
    Token& conjunct = sentence[static_cast<std::size_t>(c)];
    if (conjunct.deprel != "conj" || conjunct.head < 0 || !is_speech_act(conjunct) || has_subject(sentence, c)) continue;
    const Token& reported = sentence[static_cast<std::size_t>(conjunct.head)];
    if (reported.deprel != "ccomp" || reported.head < 0 || reported.head > conjunct.head) continue;
    const Token& saying = sentence[static_cast<std::size_t>(reported.head)];
    const bool misread_past = saying.xpos == "VBD" && past_read_as_participle(sentence, c);
    if (!is_verb_of_saying(saying) || (saying.xpos != conjunct.xpos && !misread_past)) continue;
    if (misread_past) make_past_tense(conjunct);
    conjunct.head = reported.head;
    ++moved;
  }
  return moved;
}

int attach_statements_to_reporting_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int v = 0; v < static_cast<int>(sentence.size()); ++v) {
    Token& clause = sentence[static_cast<std::size_t>(v)];
    if ((clause.deprel != "acl" && clause.deprel != "acl:relcl") || clause.head < 0 || !has_subject(sentence, v)) continue;
    const int that = opening_that(sentence, clause.head, v);
    const Token& noun = sentence[static_cast<std::size_t>(clause.head)];
    if (that < 0 || !is_statement_noun(noun) || noun.deprel != "obl" || noun.head < 0) continue;
    const int saying = noun.head;
    if (!is_verb_of_saying(sentence[static_cast<std::size_t>(saying)]) ||
        has_child(sentence, saying, [](const Token& t) { return t.deprel == "ccomp"; }))
      continue;
    clause.head = saying;
    clause.deprel = "ccomp";
    sentence[static_cast<std::size_t>(that)].head = v;
    sentence[static_cast<std::size_t>(that)].deprel = "mark";
    ++moved;
  }
  return moved;
}

int attach_closing_attributions(std::span<Token> sentence) {
  constexpr int kMaxPhraseWords = 6;
  const int size = static_cast<int>(sentence.size());
  const int root = root_of(sentence);
  int moved = 0;
  for (int s = 2; s < size; ++s) {
    Token& said = sentence[static_cast<std::size_t>(s)];
    const bool finite = said.xpos == "VBD" || said.xpos == "VBZ" || said.xpos == "VBP";
    if (!finite || !is_verb_of_saying(said) || said.deprel == "parataxis") continue;
    const int noun = s - 1;
    if (sentence[static_cast<std::size_t>(noun)].upos != "NOUN" && sentence[static_cast<std::size_t>(noun)].upos != "PROPN") continue;
    // (a subject of its own only as a conjunct the parser gave the phrase to, with no "and")
    const bool conjunct_with_phrase = said.deprel == "conj" && sentence[static_cast<std::size_t>(noun)].head == s &&
                                      !has_child(sentence, s, [](const Token& t) { return t.deprel == "cc"; });
    // or as a relative clause on the noun before the comma, which no clause after a comma can be
    // without "who" or "which" ("after a second rest day requested by X, the organisers said")
    const bool relative_with_phrase = said.deprel == "acl:relcl" && sentence[static_cast<std::size_t>(noun)].head == s;
    if (has_subject(sentence, s) && !conjunct_with_phrase && !relative_with_phrase) continue;
    int comma = noun - 1;
    while (comma > 0 && noun - comma < kMaxPhraseWords && is_attribution_word(sentence[static_cast<std::size_t>(comma)])) --comma;
    if (comma < 1 || sentence[static_cast<std::size_t>(comma)].text != "," || root < 0 || root >= comma) continue;
    // what follows the verb is its own ("said on Monday", "said in a statement") or punctuation
    const bool closes = std::all_of(sentence.begin() + s + 1, sentence.end(), [&](const Token& t) {
      return t.upos == "PUNCT" || is_ancestor(sentence, s, static_cast<int>(&t - sentence.data()));
    });
    if (!closes) continue;
    for (int k = comma + 1; k < noun; ++k) {
      Token& word = sentence[static_cast<std::size_t>(k)];
      if (word.head <= comma || word.head > noun) word.head = noun;
    }
    sentence[static_cast<std::size_t>(noun)].head = s;
    sentence[static_cast<std::size_t>(noun)].deprel = "nsubj";
    sentence[static_cast<std::size_t>(comma)].head = s;
    sentence[static_cast<std::size_t>(comma)].deprel = "punct";
    said.head = root;
    said.deprel = "parataxis";
    ++moved;
  }
  return moved;
}

int attach_result_participles_past_attributions(std::span<Token> sentence) {
  int moved = 0;
  for (int g = 2; g < static_cast<int>(sentence.size()); ++g) {
    Token& participle = sentence[static_cast<std::size_t>(g)];
    if (participle.xpos != "VBG" || participle.deprel != "advcl" || sentence[static_cast<std::size_t>(g - 1)].text != ",") continue;
    const int said = participle.head;
    if (said < 0 || said > g || !is_verb_of_saying(sentence[static_cast<std::size_t>(said)])) continue;
    const Token& attribution = sentence[static_cast<std::size_t>(said)];
    if (attribution.deprel != "parataxis" || attribution.head < 0 || attribution.head > said || !tells_a_result(participle)) continue;
    participle.head = attribution.head;
    ++moved;
  }
  return moved;
}

int attach_speech_participles_to_reporting_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int g = 2; g < static_cast<int>(sentence.size()); ++g) {
    Token& participle = sentence[static_cast<std::size_t>(g)];
    if (participle.xpos != "VBG" || participle.deprel != "advcl" || sentence[static_cast<std::size_t>(g - 1)].text != ",") continue;
    if (!is_speech_act(participle) && !is_verb_of_saying(participle)) continue;
    if (has_subject(sentence, g) || has_child(sentence, g, [](const Token& t) { return t.deprel == "mark" || t.deprel == "aux"; }))
      continue;
    const int saying = participle.head < 0 ? -1 : saying_over(sentence, participle.head);
    if (saying < 0 || saying > g) continue;
    participle.head = saying;
    ++moved;
  }
  return moved;
}

int attach_conditions_to_reported_clauses(std::span<Token> sentence) {
  // (a clause "until" opens is as much the reported clause's: saying lasts no time, so "said his
  // group would not release the hostages until the army withdrew" waits for the withdrawal)
  static constexpr std::string_view kConditionsAndLimits[] = {"if", "unless", "until", "till"};
  int moved = 0;
  for (int c = 0; c < static_cast<int>(sentence.size()); ++c) {
    Token& clause = sentence[static_cast<std::size_t>(c)];
    // ("unless" opens a condition, never what is said or asked, as "if" may: "asked if ...")
    const bool unless = has_child(sentence, c, [](const Token& t) { return t.deprel == "mark" && lowercase_ascii(t.text) == "unless"; });
    if (unless && clause.deprel == "ccomp") {
      clause.deprel = "advcl";
      ++moved;
    }
    const int saying = clause.head;
    if (clause.deprel != "advcl" || saying < 0 || saying > c || !is_verb_of_saying(sentence[static_cast<std::size_t>(saying)]))
      continue;
    const bool conditional = has_child(sentence, c, [](const Token& t) {
      const std::string word = lowercase_ascii(t.text);
      return t.deprel == "mark" &&
             std::find(std::begin(kConditionsAndLimits), std::end(kConditionsAndLimits), word) != std::end(kConditionsAndLimits);
    });
    // the reported clause between the verb of saying and the condition
    const auto reported = std::find_if(sentence.begin() + saying + 1, sentence.begin() + c, [&](const Token& t) {
      return t.head == saying && t.deprel == "ccomp";
    });
    if (!conditional || reported == sentence.begin() + c) continue;
    clause.head = static_cast<int>(reported - sentence.begin());
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
