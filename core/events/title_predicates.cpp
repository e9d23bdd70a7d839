#include "core/events/title_predicates.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>

#include "core/events/misread_clauses.h"
#include "core/events/parse_view.h"
#include "core/events/title_complements.h"
#include "core/events/title_parsed_subjects.h"
#include "core/events/word_forms.h"
#include "core/syntax/sentences.h"

namespace chronograph::core::titles {

namespace {

// "The recall covers models sold at Walmart", parsed with "covers" a noun and "models" the subject
// of a relative clause "sold": a bare plural noun right before a past form in "-ed" or the like
// that has no object and goes on with a preposition is modified by a participle ("models
// [that were] sold at"), not the subject of a past; "the post the minister held" has an article.
// Returns that noun.
std::optional<std::size_t> reduced_relative_read_as_clause(const Doc& d, const ParseView& parse, std::size_t i) {
  const auto subject = parse.child(i, "nsubj");
  if (!subject || *subject + 1 != i || !parse.relation_is(i, "acl:relcl") || d.tokens.tokens[i].xpos != "VBD") return std::nullopt;
  const Token& noun = d.tokens.tokens[*subject];
  if (noun.upos != "NOUN" || noun.xpos != "NNS" || !parse.children(*subject).empty() || parse.child(i, "obj")) return std::nullopt;
  if (i + 1 >= parse.end() || d.tokens.tokens[i + 1].upos != "ADP") return std::nullopt;
  return subject;
}

// "a grievance filed last Monday by a tenant", parsed with "filed" a past whose object is the
// date: a past form with no subject or auxiliary right after a noun, whose only object is a date,
// modifies that noun ("a grievance [that was] filed"); a date is never the thing done. Returns
// that noun.
std::optional<std::size_t> participle_read_as_date_taker(const Doc& d, const ParseView& parse, std::size_t i) {
  const std::string& tag = d.tokens.tokens[i].xpos;
  if ((tag != "VBD" && tag != "VBN") || i == parse.begin() || parse.relation_is(i, "root")) return std::nullopt;
  if (parse.child(i, "nsubj") || parse.child(i, "nsubj:pass") || parse.child(i, "aux") || parse.child(i, "aux:pass"))
    return std::nullopt;
  const auto object = parse.child(i, "obj");
  const std::size_t noun = i - 1;
  if (!object || !d.in_timex[*object] || d.tokens.tokens[noun].upos != "NOUN" || d.in_timex[noun]) return std::nullopt;
  return noun;
}

// The last conjunct of the noun at `noun` that comes before token `before`; none when it has none.
std::optional<std::size_t> last_conjunct_before(const ParseView& parse, std::size_t noun, std::size_t before) {
  std::optional<std::size_t> out;
  for (const auto c : parse.children(noun))
    if (c < before && parse.relation_is(c, "conj")) out = c;
  return out;
}

}  // namespace

bool reads_would(const Doc& d, const ParseView& parse, std::size_t verb, int depth) {
  if (!parse.parsed()) return true;
  for (const auto c : parse.children(verb))
    if (parse.relation_is(c, "aux") && d.lexicon.has_category(lower_at(d, c), "modal-hypo")) return true;
  const std::string& xpos = d.tokens.tokens[verb].xpos;
  // ("until a successor is named": a passive in the present is an open condition)
  const auto present_aux = [&](std::size_t c) {
    const std::string& tag = d.tokens.tokens[c].xpos;
    return parse.relation_is(c, "aux:pass") && (tag == "VBZ" || tag == "VBP");
  };
  const auto children = parse.children(verb);
  if (xpos == "VBN" && std::any_of(children.begin(), children.end(), present_aux)) return false;
  // ("reviewing whether the company had violated the rules": an open question, no counterfactual)
  if (const auto mark = parse.child(verb, "mark"); mark && lower_at(d, *mark) == "whether") return false;
  if (xpos == "VBD" || xpos == "VBN") return true;
  if (xpos == "VB" && depth < 2 && parse.relation_is(verb, "xcomp"))
    if (const auto head = parse.head(verb)) return reads_would(d, parse, *head, depth + 1);
  return xpos.empty();
}

std::string verb_phrase(const std::string& lemma, const std::string& modality, bool has_subject, bool plural,
                        bool third_singular) {
  if (modality == "possible") return "may " + lemma;
  if (modality == "hypothetical") return "would " + lemma;
  if (modality == "negated") return (has_subject && !plural ? "does not " : "do not ") + lemma;
  if (has_subject ? plural : !third_singular) return lemma == "be" ? "are" : lemma;
  return third_person(lemma);
}

bool third_singular(const Doc& d, const ParseView& parse, std::size_t verb) {
  if (d.tokens.tokens[verb].xpos == "VBZ") return true;
  const auto own = parse.child(verb, "nsubj");
  const auto subject = own ? own : parse_subject(d, parse, verb);
  if (!subject) return false;
  const std::string w = lower_at(d, *subject);
  return w == "it" || w == "he" || w == "she" || w == "this" || w == "that";
}

std::string passive_phrase(const std::string& participle, const std::string& modality) {
  if (modality == "possible") return "may be " + participle;
  if (modality == "hypothetical") return "would be " + participle;
  if (modality == "planned") return "to be " + participle;
  if (modality == "negated") return "not " + participle;
  return participle;
}

std::optional<std::size_t> participle_modifier(const Doc& d, const ParseView& parse, std::size_t i) {
  // "Soil tests carried out last month dated the bones": the first verb modifies the noun, the
  // second is the main verb, whatever their tags
  if (verb_after_reduced_participle(d, parse, i)) return i - 1;
  if (reduced_participle_before(d, parse, i)) return std::nullopt;
  if (const auto noun = reduced_relative_read_as_clause(d, parse, i)) return noun;
  if (const auto noun = participle_read_as_date_taker(d, parse, i)) return noun;
  if (const auto noun = noun_described_by_gerund(d, parse, i)) return noun;
  if (parse.child(i, "nsubj") || subject_before_apposition(d, parse, i)) return std::nullopt;
  if (parse.relation(i) == "acl") {
    // "efforts to denigrate Ukraine": an infinitive is no participle; its noun does not act; nor
    // does it in a gerund's clause a preposition opens ("within a year of taking office")
    if (parse.child(i, "mark")) return std::nullopt;
    // "the realisation of the agreements reached in Geneva": a participle right after the noun
    // of an "of" phrase modifies that noun, not the one the phrase hangs on.
    // (not a date's noun: "a notice in the previous autumn assuring customers" assures them)
    const auto head = parse.head(i);
    if (head && *head + 1 < i && d.tokens.tokens[i - 1].upos == "NOUN" && !d.in_timex[i - 1] && parse.head(i - 1) == head)
      return i - 1;
    // ("compared with 2 percent on placebo, and two patients in the treatment group died": a
    // conjunct of the noun between it and the verb is the noun right before the verb, whose it is;
    // not past a comma: "The couple, a teacher ... and a nurse ..., set off" is the couple's)
    if (head && d.tokens.tokens[i - 1].upos != "PUNCT")
      if (const auto nearer = last_conjunct_before(parse, *head, i)) return nearer;
    return head;
  }
  const Token& t = d.tokens.tokens[i];
  if (t.xpos != "VBN" || i == parse.begin()) return std::nullopt;
  // "searched collapsed buildings": a participle before its noun says what came of the noun
  if (const auto head = parse.head(i); head && *head > i && parse.relation_is(i, "amod") && d.tokens.tokens[*head].upos == "NOUN")
    return head;
  const std::string& before = d.tokens.tokens[i - 1].upos;
  if (before == "NOUN") return i - 1;
  return std::nullopt;
}

std::optional<std::size_t> predicate_adjective(const Doc& d, const ParseView& parse, std::size_t verb) {
  const std::size_t j = verb + 1;
  if (j >= parse.end() || parse.head(j) != verb || d.in_timex[j] || verb_particle(d, parse, j)) return std::nullopt;
  const Token& t = d.tokens.tokens[j];
  if (t.upos == "ADJ" && parse.relation_is(j, "xcomp")) return j;
  if (!d.lexicon.is_linking_verb(guess_lemma(d.tokens.tokens[verb], d.lexicon))) return std::nullopt;
  const std::string w = lower_at(d, j);
  const bool adverb_read_for_adjective = t.upos == "ADV" && parse.relation_is(j, "advmod") && !w.ends_with("ly");
  if ((t.upos == "ADJ" || adverb_read_for_adjective) && !d.lexicon.is_function_word(w)) return j;
  return std::nullopt;
}

}  // namespace chronograph::core::titles
