#include "core/events/misread_clauses.h"

#include <string>

namespace chronograph::core::titles {

namespace {

// A past participle, a verb in "-ing", or a past in "-ed" the tagger may have read for one.
bool participle_form(const Doc& d, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  if (t.upos != "VERB") return false;
  return t.xpos == "VBN" || t.xpos == "VBG" || (t.xpos == "VBD" && lower_at(d, j).ends_with("ed"));
}

// A word that ends a participle's phrase before another clause: punctuation, a conjunction, a
// relative or complementiser, or another verb (not a participle that is an adjective: "retired").
bool breaks_phrase(const Doc& d, const ParseView& parse, std::size_t j) {
  const Token& t = d.tokens.tokens[j];
  const std::string w = lower_at(d, j);
  const bool verb = t.upos == "VERB" && !parse.relation_is(j, "amod");
  return is_punctuation(w) || verb || t.upos == "AUX" || t.upos == "CCONJ" || t.upos == "SCONJ" || t.upos == "PRON" ||
         w == "that";
}

// The first token of the verb group of `verb`: its auxiliaries, "not" and adverbs before it.
std::size_t verb_group_start(const Doc& d, const ParseView& parse, std::size_t verb) {
  std::size_t group = verb;
  while (group > parse.begin() && parse.head(group - 1) == verb) {
    const std::string w = lower_at(d, group - 1);
    if (!is_auxiliary(w) && w != "not" && w != "n't" && d.tokens.tokens[group - 1].upos != "ADV") break;
    --group;
  }
  return group;
}

}  // namespace

std::optional<std::size_t> reduced_participle_before(const Doc& d, const ParseView& parse, std::size_t verb) {
  constexpr std::size_t kMaxPhrase = 8;  // the participle's own words: "carried out last month"
  const Token& v = d.tokens.tokens[verb];
  // (a date the parser made the subject is none: "tests carried out last year dated"; nor is
  // the participle itself: "ice forming in late November could trap" read as a gerund's clause)
  const auto own_subject = parse.child(verb, "nsubj");
  const bool subject_of_own = own_subject && !d.in_timex[*own_subject] && d.tokens.tokens[*own_subject].xpos != "VBG";
  // (nor is a verb the parser hung on a noun: "a rifle found in April buried near the house")
  if (v.upos != "VERB" || subject_of_own || parse.relation_is(verb, "acl")) return std::nullopt;
  // (a participle with its object right after it and no auxiliary is a past the tagger misread:
  // "dated the bones"; not one whose "object" a phrase parts from it: "buried near the house and
  // a match")
  const auto object = parse.child(verb, "obj");
  bool past_with_object = v.xpos == "VBN" && object && *object > verb;
  for (std::size_t k = verb + 1; past_with_object && k < *object; ++k) past_with_object = parse.head(k) == object;
  const bool finite = v.xpos == "VBD" || v.xpos == "VBZ" || v.xpos == "VBP" || past_with_object || parse.child(verb, "aux");
  if (!finite) return std::nullopt;
  const std::size_t group = verb_group_start(d, parse, verb);
  for (std::size_t j = group; j-- > parse.begin() + 1 && group - j <= kMaxPhrase;) {
    if (!participle_form(d, j) || parse.relation_is(j, "amod")) {
      if (breaks_phrase(d, parse, j)) return std::nullopt;
      continue;
    }
    const std::size_t noun = j - 1;
    const Token& n = d.tokens.tokens[noun];
    if (n.upos != "NOUN" || d.in_timex[noun] || parse.child(j, "aux")) return std::nullopt;
    if (own_subject && !d.in_timex[*own_subject] && *own_subject != j) return std::nullopt;
    // (a clause's own subordinator opens before the noun: "warned that ice forming ... could")
    if (const auto mark = parse.child(verb, "mark"); mark && *mark > noun) return std::nullopt;
    if (const auto own = parse.child(j, "nsubj"); own && *own != noun) return std::nullopt;
    // ("Workers repaired the roof ... could" is no reduced relative: a past with an object acts)
    if (d.tokens.tokens[j].xpos != "VBG" && parse.child(j, "obj")) return std::nullopt;
    return j;
  }
  return std::nullopt;
}

std::optional<std::size_t> verb_after_reduced_participle(const Doc& d, const ParseView& parse, std::size_t participle) {
  for (std::size_t j = participle + 1; j < parse.end(); ++j) {
    if (d.tokens.tokens[j].upos != "VERB") continue;
    if (reduced_participle_before(d, parse, j) == participle) return j;
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::size_t> aged_subject(const Doc& d, const ParseView& parse, std::size_t subject) {
  if (d.tokens.tokens[subject].upos != "NUM" || subject < parse.begin() + 2 || subject + 1 >= parse.end()) return std::nullopt;
  if (lower_at(d, subject - 1) != "," || lower_at(d, subject + 1) != ",") return std::nullopt;
  const std::size_t word = subject - 2;
  const Token& t = d.tokens.tokens[word];
  const bool capitalised = !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z';
  if (d.mention_at[word] < 0 && t.upos != "NOUN" && !(capitalised && t.upos != "PRON")) return std::nullopt;
  return word;
}

std::optional<std::size_t> aside_before_verb(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t subject) {
  const auto mark = parse.child(verb, "mark");
  if (!mark || *mark > subject || verb == parse.begin() || lower_at(d, verb - 1) != ",") return std::nullopt;
  for (std::size_t j = subject + 1; j + 1 < verb; ++j)
    if (lower_at(d, j) == ",") return std::nullopt;  // ("since the mayor, a lawyer, resigned": an apposition)
  for (std::size_t j = *mark; j-- > parse.begin() + 1;)
    if (lower_at(d, j) == ",") return j;
  return std::nullopt;
}

bool agent_read_as_subject(const Doc& d, const ParseView& parse, std::size_t participle) {
  const Token& t = d.tokens.tokens[participle];  // ("led", "held": a past of any form)
  if (t.upos != "VERB" || (t.xpos != "VBN" && t.xpos != "VBD") || parse.child(participle, "obj")) return false;
  std::optional<std::size_t> by;
  for (std::size_t j = participle + 1; j < parse.end() && !by; ++j) {
    if (is_punctuation(lower_at(d, j))) return false;
    if (lower_at(d, j) == "by" && parse.relation_is(j, "case")) by = j;
  }
  if (!by) return false;
  for (const auto next : parse.children(participle)) {
    const auto subject = parse.child(next, "nsubj");
    if (next < *by || !subject || *subject < *by || *subject > next) continue;
    bool unbroken = true;  // (no comma or conjunction between the agent and that verb: one clause)
    for (std::size_t j = *by; j < next && unbroken; ++j) unbroken = !breaks_phrase(d, parse, j) || j == *subject;
    if (unbroken) return true;
  }
  return false;
}

}  // namespace chronograph::core::titles
