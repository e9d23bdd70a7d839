#include "core/syntax/subject_appositions.h"

#include <string>

#include "core/syntax/sentences.h"

namespace chronograph::core {
namespace {

// "Moreau, 34, of Lyon" has commas enough; a phrase longer than this is rarely an apposition.
constexpr std::size_t kMaxWords = 7;
constexpr std::size_t kMaxClauseWords = 16;

bool noun_tag(const std::string& xpos) { return xpos.starts_with("NN"); }

// (a past participle too: the tagger often takes a past after such a phrase for one, "Lindqvist,
// a former striker, praised"; the sentence read without the phrase tells which it is)
bool finite_tag(const std::string& xpos) {
  return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD" || xpos == "VBN";
}

// The phrase's first word opens a noun phrase, or is an adverb before a number ("then 34", "now 38").
bool opens_noun_phrase(std::span<const Token> phrase) {
  const std::string& tag = phrase[0].xpos;
  if (tag == "RB") return phrase.size() > 1 && phrase[1].xpos == "CD";
  return tag == "DT" || tag == "PRP$" || tag.starts_with("JJ") || noun_tag(tag) || tag == "CD";
}

// A verb, a clause's word, a conjunction listing names ("Britain, France and Germany") or
// brackets: no apposition.
bool breaks_apposition(const Token& t) {
  const std::string& tag = t.xpos;
  return tag.starts_with("VB") || tag == "MD" || tag == "CC" || tag.starts_with("W") || tag == "PRP" || tag == "," ||
         tag == ":" || t.text == "(" || t.text == ")";
}

bool names_a_time(const Token& last) {
  const std::string lower = lowercase_ascii(last.text);
  return is_time_unit(lower) || is_day_word(lower) || is_month_word(lower) || is_year_word(lower);
}

bool apposition_phrase(std::span<const Token> phrase) {
  if (phrase.empty() || phrase.size() > kMaxWords || !opens_noun_phrase(phrase) || names_a_time(phrase.back())) return false;
  bool head = false;
  for (const Token& t : phrase) {
    if (breaks_apposition(t)) return false;
    head = head || noun_tag(t.xpos) || t.xpos == "CD";
  }
  return head;
}

// A finite verb at `k`, or after one adverb there ("Moreau, 34, also said").
bool finite_verb_at(std::span<const Token> sentence, std::size_t k) {
  if (k < sentence.size() && sentence[k].xpos == "RB") ++k;
  return k < sentence.size() && finite_tag(sentence[k].xpos);
}

// "who became chief executive in 2021": a relative pronoun, then a clause with a verb.
bool relative_clause(std::span<const Token> phrase) {
  if (phrase.size() < 2 || phrase.size() > kMaxClauseWords) return false;
  const std::string& opener = phrase[0].xpos;
  if (opener != "WP" && opener != "WDT" && opener != "WP$") return false;
  for (const Token& t : phrase.subspan(1))
    if (t.xpos.starts_with("VB") || t.xpos == "MD") return true;
  return false;
}

// "chaired by the novelist Ruth Adeyemi", "elected in 2019": a past form and a preposition,
// then no other verb nor a clause's word.
bool participle_phrase(std::span<const Token> phrase) {
  if (phrase.size() < 3 || phrase.size() > kMaxClauseWords) return false;
  const std::string& tag = phrase[0].xpos;
  if ((tag != "VBN" && tag != "VBD") || phrase[1].xpos != "IN") return false;
  for (const Token& t : phrase.subspan(1))
    if (t.xpos.starts_with("VB") || t.xpos == "MD" || t.xpos.starts_with("W")) return false;
  return true;
}

// A verb after a participle's phrase: any form but the gerund, as the tagger, misled by the
// phrase, may read a past as a base form ("The judges, chaired by ..., [read] 158 novels").
bool verb_after_participle_phrase(std::span<const Token> sentence, std::size_t k) {
  if (k < sentence.size() && sentence[k].xpos == "RB") ++k;
  return k < sentence.size() && (finite_tag(sentence[k].xpos) || sentence[k].xpos == "VB");
}

// What an apposition may follow: a noun, or a pronoun closing an "of" phrase ("One of them,
// Raymond Tull, will be sentenced").
bool ends_noun_phrase(std::span<const Token> sentence, std::size_t k) {
  return noun_tag(sentence[k].xpos) || (sentence[k].xpos == "PRP" && k > 0 && lowercase_ascii(sentence[k - 1].text) == "of");
}

// The first phrase that `accept` takes between a comma after a noun and the next comma (at most
// `max_words` words), with a finite verb after it (`verb_at`).
template <typename Accept, typename VerbAt = bool (*)(std::span<const Token>, std::size_t)>
std::optional<Apposition> phrase_before_verb(std::span<const Token> sentence, std::size_t max_words, Accept accept,
                                             VerbAt verb_at = finite_verb_at) {
  for (std::size_t open = 1; open + 2 < sentence.size(); ++open) {
    if (sentence[open].text != "," || !ends_noun_phrase(sentence, open - 1)) continue;
    for (std::size_t close = open + 2; close < sentence.size() && close <= open + max_words + 1; ++close) {
      if (sentence[close].text != ",") continue;
      if (accept(sentence.subspan(open + 1, close - open - 1)) && verb_at(sentence, close + 1))
        return Apposition{open, close};
      break;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Apposition> relative_clause_before_verb(std::span<const Token> sentence) {
  auto found = phrase_before_verb(sentence, kMaxClauseWords, relative_clause);
  if (found) found->relative_clause = true;
  return found;
}

std::optional<Apposition> apposition_before_verb(std::span<const Token> sentence) {
  return phrase_before_verb(sentence, kMaxWords, apposition_phrase);
}

std::optional<Apposition> participle_phrase_before_verb(std::span<const Token> sentence) {
  auto found = phrase_before_verb(sentence, kMaxClauseWords, participle_phrase, verb_after_participle_phrase);
  if (found) found->participle = true;
  return found;
}

}  // namespace chronograph::core
