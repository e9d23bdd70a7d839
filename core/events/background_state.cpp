#include "core/events/background_state.h"

#include <set>
#include <string>

#include "core/events/word_forms.h"

namespace chronograph::core {

namespace {

// "knew the stone was there", "never thought it was a grave": a verb of knowing or believing
// (predicates.tsv state-of-mind) over a clause of its own (a clausal complement, or a word after
// it with a subject of its own: "knew [the stone was] there" is parsed so).
bool state_of_mind(const ParseView& parse, std::size_t verb, const std::string& lemma, const EventLexicon& lexicon) {
  if (!lexicon.has_category(lemma, "state-of-mind")) return false;
  if (parse.child(verb, "ccomp")) return true;
  for (const std::size_t c : parse.children(verb))
    if (c > verb && !parse.relation_is(c, "conj") && !parse.relation_is(c, "parataxis") && parse.child(c, "nsubj")) return true;
  return false;
}

// "has always come first", "always wins": what is always so is a habit. Not a denial ("has always
// denied any involvement", modality.tsv neg-governor): a stance the story reports as it stands.
bool habit(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const std::string& lemma,
           const EventLexicon& lexicon) {
  if (lexicon.has_category(lemma, "neg-governor")) return false;
  for (const std::size_t c : parse.children(verb))
    if (parse.relation_is(c, "advmod") && token_lower(tokens.tokens[c]) == "always") return true;
  return false;
}

// "the grave, which dates to about 1000 BC", "a firm that employs 5,000 people": a verb of
// description (predicates.tsv describes) in the simple present, with no auxiliary, in a clause
// that describes a noun. (A clause of its own, "The union now represents 12,000 nurses", tells
// how things stand at the story's date.)
bool present_description(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const std::string& lemma,
                         const EventLexicon& lexicon) {
  const std::string& xpos = tokens.tokens[verb].xpos;
  if ((xpos != "VBZ" && xpos != "VBP") || !lexicon.has_category(lemma, "describes")) return false;
  if (!parse.relation_is(verb, "acl")) return false;
  return !parse.child(verb, "aux") && !parse.child(verb, "aux:pass");
}

// "The theft is the second at a British museum in three years": a rank told through "be"
// describes its subject.
bool rank_predicate(const TokenizedText& tokens, const ParseView& parse, std::size_t word) {
  return ranks_in_a_series(tokens.tokens[word]) && parse.child(word, "cop") && parse.child(word, "nsubj");
}

// "Ho Chi Minh City, as Saigon is now called", "as it is known": a clause of naming
// (predicates.tsv names-as) opened by "as" gives a name, no news.
bool naming_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const std::string& lemma,
                   const EventLexicon& lexicon) {
  if (tokens.tokens[verb].xpos != "VBN" || !lexicon.has_category(lemma, "names-as")) return false;
  const auto mark = parse.child(verb, "mark");
  return mark && token_lower(tokens.tokens[*mark]) == "as";
}

// "a novel set in 1970s Lagos", "a film set during the war": "set" on a noun with where or
// when it is set describes a story's setting, no news.
bool story_setting(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const std::string& lemma) {
  if (lemma != "set" || tokens.tokens[verb].xpos != "VBN" || !parse.relation_is(verb, "acl")) return false;
  for (const std::size_t c : parse.children(verb)) {
    const auto marker = parse.relation_is(c, "obl") ? parse.child(c, "case") : std::nullopt;
    const std::string word = marker ? token_lower(tokens.tokens[*marker]) : std::string();
    if (word == "in" || word == "during" || word == "on" || word == "at" || word == "among") return true;
  }
  return false;
}

// "I have nothing to lose", "there is little to celebrate": an infinitive on an indefinite
// pronoun says what could be done, no news; so does one on a noun of capability
// (predicates.tsv capability-noun: "doubts about its ability to survive").
bool infinitive_of_what_could_be(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                                 const EventLexicon& lexicon) {
  static const std::set<std::string, std::less<>> kIndefinite = {"nothing", "something", "anything", "everything", "little", "much"};
  const auto head = parse.head(verb);
  const auto mark = parse.child(verb, "mark");
  if (!head || !mark || !parse.relation_is(verb, "acl") || token_lower(tokens.tokens[*mark]) != "to") return false;
  return kIndefinite.contains(token_lower(tokens.tokens[*head])) ||
         lexicon.has_category(guess_lemma(tokens.tokens[*head], lexicon), "capability-noun");
}

// Whether `verb` has a "by" agent, however the parser labelled or attached it ("led by" as
// written is one).
bool has_by_agent(const TokenizedText& tokens, const ParseView& parse, std::size_t verb) {
  if (parse.child(verb, "obl:agent")) return true;
  if (verb + 1 < parse.end() && token_lower(tokens.tokens[verb + 1]) == "by") return true;
  for (const std::size_t c : parse.children(verb)) {
    if (!parse.relation_is(c, "obl")) continue;
    const auto marker = parse.child(c, "case");
    if (marker && token_lower(tokens.tokens[*marker]) == "by") return true;
  }
  return false;
}

// "a group of banks led by Barclays", "a consortium backed by two pension funds": a participle
// of leading or owning (predicates.tsv describes-by) on a noun, with its "by" agent and no
// auxiliary, says who stands behind the noun, no news. (The tagger may read the participle as a
// past tense and the parser the agent as a plain "by" phrase: "an inquiry, led by a judge,".)
bool described_by_agent(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const std::string& lemma,
                        const EventLexicon& lexicon) {
  const std::string& xpos = tokens.tokens[verb].xpos;
  if ((xpos != "VBN" && xpos != "VBD") || !parse.relation_is(verb, "acl") || !lexicon.has_category(lemma, "describes-by"))
    return false;
  return has_by_agent(tokens, parse, verb) && !parse.child(verb, "aux") && !parse.child(verb, "aux:pass");
}

// "a neurologist who was not involved in the trial", "an analyst who is not affiliated with the
// firm": a participle of a source's ties (predicates.tsv ties-a-source; the tagger may read it
// as an adjective) whose subject is the relative "who" describes the person the clause hangs on,
// no news.
bool source_tie(const TokenizedText& tokens, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  const Token& t = tokens.tokens[verb];
  if ((t.xpos != "VBN" && t.upos != "ADJ") || !lexicon.has_category(token_lower(t), "ties-a-source")) return false;
  if (!parse.relation_is(verb, "acl")) return false;
  const auto subject = parse.child(verb, "nsubj");
  return subject && token_lower(tokens.tokens[*subject]) == "who";
}

// "stores will stay open during the process", "the situation remains tense": a general noun of
// a course of events (predicates.tsv stand-in-noun) with nothing but "the" or "this" takes up
// what the story has told, no event of its own.
bool stand_in_noun(const TokenizedText& tokens, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  const Token& t = tokens.tokens[noun];
  if (t.xpos != "NN" || !lexicon.has_category(guess_lemma(t, lexicon), "stand-in-noun")) return false;
  bool determined = false;
  for (const std::size_t c : parse.children(noun)) {
    const std::string w = token_lower(tokens.tokens[c]);
    if (parse.relation_is(c, "det") && (w == "the" || w == "this")) determined = true;
    else if (!parse.relation_is(c, "case") && !parse.relation_is(c, "punct")) return false;
  }
  return determined;
}

// "The water is safe to drink", "the form is easy to fill in": a "to" infinitive that completes
// an adjective of ease (ease_adjectives.txt) and has no object, no complement and no
// adverb of its own takes the adjective's subject for its object: the two tell a property of
// that thing, no news ("Residents are safe to return home" has its adverb and is kept).
bool infinitive_of_a_property(const TokenizedText& tokens, const ParseView& parse, std::size_t verb,
                              const EventLexicon& lexicon) {
  const auto adjective = parse.head(verb);
  const auto mark = parse.child(verb, "mark");
  if (!adjective || !mark || token_lower(tokens.tokens[*mark]) != "to" || tokens.tokens[*adjective].upos != "ADJ") return false;
  if (!lexicon.is_ease_adjective(token_lower(tokens.tokens[*adjective])) || !parse.child(*adjective, "nsubj"))
    return false;
  // (a preposition left at the end stands for the subject too: "safe to swim in")
  const auto stranded = [&](std::size_t c) { return c + 1 == parse.end() || is_punctuation(tokens.tokens[c + 1].text); };
  for (const std::size_t c : parse.children(verb)) {
    const bool own_words = parse.relation_is(c, "obj") || parse.relation_is(c, "iobj") || parse.relation_is(c, "ccomp") ||
                           parse.relation_is(c, "xcomp") || parse.relation_is(c, "obl");
    if (own_words || (parse.relation_is(c, "advmod") && !stranded(c))) return false;
  }
  return true;
}

}  // namespace

bool tells_a_comparison(const TokenizedText& tokens, const ParseView& parse, std::size_t i, bool headline) {
  if (headline || !parse.parsed()) return false;
  const Token& t = tokens.tokens[i];
  const bool compared = t.xpos == "JJR" || t.xpos == "JJS" || t.xpos == "RBR" || t.xpos == "RBS";
  return compared && parse.child(i, "cop").has_value();
}

bool tells_a_state(const TokenizedText& tokens, const ParseView& parse, std::size_t i, const EventLexicon& lexicon,
                   bool headline) {
  if (headline || !parse.parsed()) return false;
  if (rank_predicate(tokens, parse, i) || source_tie(tokens, parse, i, lexicon) || stand_in_noun(tokens, parse, i, lexicon))
    return true;
  if (tokens.tokens[i].upos != "VERB") return false;
  const std::string lemma = guess_lemma(tokens.tokens[i], lexicon);
  return state_of_mind(parse, i, lemma, lexicon) || habit(tokens, parse, i, lemma, lexicon) ||
         present_description(tokens, parse, i, lemma, lexicon) || naming_clause(tokens, parse, i, lemma, lexicon) ||
         story_setting(tokens, parse, i, lemma) || infinitive_of_what_could_be(tokens, parse, i, lexicon) ||
         described_by_agent(tokens, parse, i, lemma, lexicon) || infinitive_of_a_property(tokens, parse, i, lexicon);
}

}  // namespace chronograph::core
