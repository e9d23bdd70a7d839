#include "core/syntax/object_control.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "core/syntax/sentences.h"
#include "core/syntax/subtree.h"

namespace chronograph::core {
namespace {

// "to V" whose verb the parser hung on a noun (`acl`) or a verb (`advcl`).
bool is_infinitive_modifier(std::span<const Token> sentence, int v) {
  const Token& verb = sentence[static_cast<std::size_t>(v)];
  if (verb.xpos != "VB" || (verb.deprel != "acl" && verb.deprel != "advcl") || v == 0) return false;
  const Token& to = sentence[static_cast<std::size_t>(v - 1)];
  return to.xpos == "TO" && to.head == v;
}

// The object whose phrase ends right before the "to" of the infinitive at `v` ("asked the
// residents of the town to leave"), when the infinitive hangs on it or on its verb; -1 if none.
int object_before(std::span<const Token> sentence, int v) {
  const Token& infinitive = sentence[static_cast<std::size_t>(v)];
  for (int k = v - 2; k >= 0; --k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if ((t.deprel != "obj" && t.deprel != "iobj") || !is_ancestor(sentence, k, v - 2)) continue;
    return infinitive.head == k || infinitive.head == t.head ? k : -1;
  }
  return -1;
}

// The "to" marking the verb at `v`, when no "for" comes with it ("for the team to win" has a
// subject of its own); -1 otherwise.
int infinitive_to(std::span<const Token> sentence, int v) {
  int to = -1;
  for (int k = 0; k < static_cast<int>(sentence.size()); ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head != v || t.deprel != "mark") continue;
    if (lowercase_ascii(t.text) == "for") return -1;
    if (t.xpos == "TO") to = k;
  }
  return to;
}

// A "to V" that can have no subject of its own: hung on an earlier verb, with no "be" or
// auxiliary of its own ("the plan was to encircle" has one), and not "for X to V".
bool is_bare_infinitive_clause(std::span<const Token> sentence, int v) {
  const Token& verb = sentence[static_cast<std::size_t>(v)];
  if (verb.upos != "VERB" || verb.head < 0 || verb.head > v) return false;
  if (sentence[static_cast<std::size_t>(verb.head)].upos != "VERB") return false;
  return !has_child(sentence, v, [](const Token& t) { return t.deprel.starts_with("aux") || t.deprel == "cop"; });
}

// The subject the parser gave the infinitive at `v`, between its verb and its "to", with no
// "for" before it however the parser hung that ("waited for the team to win"); -1 if none.
int subject_before_to(std::span<const Token> sentence, int v, int to) {
  const int verb = sentence[static_cast<std::size_t>(v)].head;
  for (int k = verb + 1; k < to; ++k) {
    const Token& t = sentence[static_cast<std::size_t>(k)];
    if (lowercase_ascii(t.text) == "for") return -1;
    if (t.head == v && t.deprel.starts_with("nsubj")) return k;
  }
  return -1;
}

// The subject's time and place phrases after it ("Kamel last week") belong to the verb.
void lift_obliques_to_verb(std::span<Token> sentence, int subject, int verb) {
  for (int k = subject + 1; k < static_cast<int>(sentence.size()); ++k) {
    Token& t = sentence[static_cast<std::size_t>(k)];
    if (t.head == subject && (t.deprel.starts_with("obl") || t.deprel == "advmod")) t.head = verb;
  }
}

}  // namespace

// Verbs that ask their object to do what the infinitive says. Not verbs of causing or letting
// ("forced airlines to cancel flights", "helped the team to win"): what they bring about has
// mostly happened, and the parser's reading of those serves the dates better.
bool asks_its_object(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"ask",    "urge",     "tell",   "order",   "invite", "encourage",
                                                "advise", "instruct", "press",  "pressure", "direct", "beg",
                                                "implore", "command", "summon", "remind",  "request", "exhort"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

// Verbs that make their object do what the infinitive says, which so happened with them.
bool brings_about(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"force", "compel", "cause", "prompt", "drive", "oblige"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

int object_from_infinitive_subject(std::span<Token> sentence) {
  int moved = 0;
  for (int v = 0; v < static_cast<int>(sentence.size()); ++v) {
    const int to = infinitive_to(sentence, v);
    if (to < 0 || !is_bare_infinitive_clause(sentence, v)) continue;
    const int subject = subject_before_to(sentence, v, to);
    const int verb = sentence[static_cast<std::size_t>(v)].head;
    if (subject < 0 || has_child(sentence, verb, [](const Token& t) { return t.deprel == "obj"; })) continue;
    sentence[static_cast<std::size_t>(subject)].head = verb;
    sentence[static_cast<std::size_t>(subject)].deprel = "obj";
    lift_obliques_to_verb(sentence, subject, verb);
    if (asks_its_object(sentence[static_cast<std::size_t>(verb)].lemma)) sentence[static_cast<std::size_t>(v)].deprel = "xcomp";
    ++moved;
  }
  return moved;
}

int participle_from_compound_before_infinitive(std::span<Token> sentence) {
  int moved = 0;
  for (std::size_t p = 1; p + 3 < sentence.size(); ++p) {
    Token& participle = sentence[p];
    Token& noun = sentence[p + 1];
    Token& infinitive = sentence[p + 3];
    if (participle.upos != "VERB" || participle.xpos != "VBG" || participle.deprel != "compound") continue;
    if (sentence[p - 1].text != "," || participle.head != static_cast<int>(p + 1) || noun.upos != "NOUN") continue;
    if (sentence[p + 2].xpos != "TO" || infinitive.xpos != "VB") continue;
    // (the parser may have made the noun the infinitive's subject: the clause is the infinitive's)
    const int verb = noun.head == static_cast<int>(p + 3) ? infinitive.head : noun.head;
    if (verb < 0 || verb >= static_cast<int>(p) || sentence[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    participle.head = verb;
    participle.deprel = "advcl";
    noun.head = static_cast<int>(p);
    noun.deprel = "obj";
    infinitive.head = static_cast<int>(p);
    infinitive.deprel = "xcomp";
    sentence[p + 2].head = static_cast<int>(p + 3);
    sentence[p + 2].deprel = "mark";
    ++moved;
  }
  return moved;
}

int attach_told_infinitives_to_their_verbs(std::span<Token> sentence) {
  int moved = 0;
  for (int v = 0; v < static_cast<int>(sentence.size()); ++v) {
    if (!is_infinitive_modifier(sentence, v)) continue;
    const int object = object_before(sentence, v);
    if (object < 0) continue;
    const int verb = sentence[static_cast<std::size_t>(object)].head;
    if (verb < 0 || !asks_its_object(sentence[static_cast<std::size_t>(verb)].lemma)) continue;
    Token& infinitive = sentence[static_cast<std::size_t>(v)];
    infinitive.head = verb;
    sentence[static_cast<std::size_t>(object)].deprel = "obj";  // the parser's "iobj" has no object after it
    infinitive.deprel = "xcomp";
    ++moved;
  }
  return moved;
}

}  // namespace chronograph::core
