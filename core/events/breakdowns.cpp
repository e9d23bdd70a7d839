#include "core/events/breakdowns.h"

#include <cstdlib>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

constexpr int kReach = 3;           // sentences between two mentions of one breakdown
// More than this many years apart: two breakdowns. A failure and its aftermath (an inquiry's
// "the collapse") are told within the year; one structure failing again is years later.
constexpr int kYearsApart = 1;

// What broke down: a named entity, the lemma of a common noun, or a word that only takes up the
// thing told before ("the structure", "it", a bare "the collapse").
struct Thing {
  std::string entity;
  std::string noun;
  bool takes_up = false;
};

const Sentence& sentence_of(const TokenizedText& tokens, const EventMention& e) {
  return tokens.sentences[static_cast<std::size_t>(e.sentence)];
}

// "a failure to act": an infinitive on the noun names an act not done (not a relative clause:
// "the collapse, which happened at 2 a.m.", nor a participle: "the failure caused by the storm").
bool act_it_failed_at(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  for (const std::size_t c : parse.children(noun)) {
    if (parse.relation(c) != "acl") continue;
    const auto marker = parse.child(c, "mark");
    if (marker && token_lower(tokens.tokens[*marker]) == "to") return true;
  }
  return false;
}

// A noun or verb of a breakdown, or a verb whose lemma with its object or particle is one
// ("give way", "cave in").
// Not "failed to pay", "a failure to act": a failing at an act is no thing breaking down.
bool is_breakdown(const TokenizedText& tokens, const ParseView& parse, const EventLexicon& lexicon, const EventMention& e) {
  if (parse.child(e.token, "xcomp") || act_it_failed_at(tokens, parse, e.token)) return false;
  if (lexicon.has_category(e.lemma, "breakdown")) return e.pos == "NOUN" || e.pos == "VERB";
  if (e.pos != "VERB") return false;
  for (const char* relation : {"obj", "compound:prt"})
    if (const auto word = parse.child(e.token, relation))
      if (lexicon.has_category(e.lemma + " " + token_lower(tokens.tokens[*word]), "breakdown")) return true;
  return false;
}

bool has_determiner(const TokenizedText& tokens, const ParseView& parse, std::size_t noun, std::string_view word) {
  const auto det = parse.child(noun, "det");
  return det && token_lower(tokens.tokens[*det]) == word;
}

// The noun an "of" phrase of `noun` holds ("the collapse of the dam"); none when it has none.
std::optional<std::size_t> of_phrase(const TokenizedText& tokens, const ParseView& parse, std::size_t noun) {
  for (const std::size_t k : parse.children(noun)) {
    if (!parse.relation_is(k, "nmod")) continue;
    const auto marker = parse.child(k, "case");
    if (marker && token_lower(tokens.tokens[*marker]) == "of") return k;
  }
  return std::nullopt;
}

// The word naming what broke down: a noun's "of" phrase, possessor or compound; a verb's subject.
std::optional<std::size_t> thing_word(const TokenizedText& tokens, const ParseView& parse, const EventMention& e) {
  if (e.pos == "NOUN") {
    if (const auto of = of_phrase(tokens, parse, e.token)) return of;
    if (const auto possessor = parse.child(e.token, "nmod:poss")) return possessor;
    return parse.child(e.token, "compound");
  }
  if (const auto subject = parse.child(e.token, "nsubj")) return subject;
  return parse.child(e.token, "nsubj:pass");
}

std::string entity_at(const DocumentEvents& found, const Token& token) {
  for (const EntityMention& mention : found.entity_mentions)
    if (mention.entity >= 0 && mention.span.begin <= token.span.begin && token.span.end <= mention.span.end)
      return found.entities[static_cast<std::size_t>(mention.entity)].id;
  return {};
}

Thing thing_of(const TokenizedText& tokens, const ParseView& parse, const EventLexicon& lexicon, const DocumentEvents& found,
               const EventMention& e) {
  const auto word = thing_word(tokens, parse, e);
  if (!word) return {{}, {}, e.pos == "NOUN" && has_determiner(tokens, parse, e.token, "the")};
  const Token& t = tokens.tokens[*word];
  const std::string lemma = to_lower(t.lemma);
  if (t.upos == "PRON") return {{}, {}, lemma == "it" || lemma == "its"};
  const bool general = lexicon.has_category(lemma, "general-thing-noun") && has_determiner(tokens, parse, *word, "the");
  return {entity_at(found, t), lemma, general};
}

bool same_thing(const Thing& a, const Thing& b) {
  if (!a.entity.empty() && !b.entity.empty()) return a.entity == b.entity;
  return !a.noun.empty() && a.noun == b.noun;
}

std::optional<int> year_in(const Token& t) {
  if (t.upos != "NUM" || t.text.size() != 4 || t.text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::atoi(t.text.c_str());
}

// "failed in 1998", "gave way on 14 February 2020", "the 1998 failure": a year the mention's
// own words (children, and theirs) name; none when they name none.
std::optional<int> own_year(const TokenizedText& tokens, const ParseView& parse, std::size_t trigger) {
  for (const std::size_t k : parse.children(trigger)) {
    if (const auto year = year_in(tokens.tokens[k])) return year;
    for (const std::size_t g : parse.children(k))
      if (const auto year = year_in(tokens.tokens[g])) return year;
  }
  return std::nullopt;
}

bool said_again(const TokenizedText& tokens, const ParseView& parse, std::size_t trigger) {
  for (const std::size_t k : parse.children(trigger))
    if (token_lower(tokens.tokens[k]) == "again") return true;
  return false;
}

struct Breakdown {
  std::size_t mention;
  Thing thing;
  std::optional<int> year;
  bool again;
};

bool years_apart(const Breakdown& a, const Breakdown& b) { return a.year && b.year && std::abs(*a.year - *b.year) > kYearsApart; }

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> breakdown_pairs(const TokenizedText& tokens, const EventLexicon& lexicon,
                                                                  const DocumentEvents& found) {
  std::vector<Breakdown> seen;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t m = 0; m < found.events.size(); ++m) {
    const EventMention& e = found.events[m];
    const ParseView parse(tokens, sentence_of(tokens, e));
    if (!parse.parsed() || !is_breakdown(tokens, parse, lexicon, e)) continue;
    Breakdown current{m, thing_of(tokens, parse, lexicon, found, e), own_year(tokens, parse, e.token), said_again(tokens, parse, e.token)};
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
      const EventMention& earlier = found.events[it->mention];
      if (earlier.sentence + kReach < e.sentence) break;
      if (earlier.modality != e.modality || current.again || years_apart(*it, current)) continue;
      if (!current.thing.takes_up && !same_thing(it->thing, current.thing)) continue;
      // what a word taking up the thing stands for is the thing it takes up
      if (current.thing.takes_up) current.thing = it->thing;
      if (!current.year) current.year = it->year;
      pairs.emplace_back(it->mention, m);
      break;
    }
    seen.push_back(current);
  }
  return pairs;
}

}  // namespace chronograph::core
