#include "core/events/event_attributes.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <span>
#include <string_view>

#include "core/events/acquitted_of.h"
#include "core/events/averted.h"
#include "core/events/called_off.h"
#include "core/events/event_phase.h"
#include "core/events/forecast.h"
#include "core/events/sequence_participle.h"
#include "core/events/necessity_frame.h"
#include "core/events/neither_nor.h"
#include "core/events/parse_view.h"
#include "core/events/reported_clause.h"
#include "core/events/word_forms.h"
#include "core/syntax/penn_tags.h"
#include "core/syntax/finite_governor.h"
#include "core/syntax/sentences.h"
#include "core/text/modal_verbs.h"

namespace chronograph::core {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string pos_from_upos(const std::string& upos) {
  if (upos == "VERB" || upos == "AUX") return "VERB";
  if (upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM") return "NOUN";
  if (upos == "ADJ") return "ADJECTIVE";
  if (upos == "ADP") return "PREPOSITION";
  return "OTHER";
}

std::string guess_pos(const TokenizedText& text, const Sentence& s, std::size_t i, const ClauseCues& cues,
                      const EventLexicon& lexicon) {
  const Token& t = text.tokens[i];
  // "a possible military offensive" tagged VBP: a word with its own article or adjective is a noun.
  // (not one right after "to": "drew the next two to take the title", parsed with "the" on "take")
  const std::string w = token_lower(t);
  const std::string prev = i > s.first_token ? token_lower(text.tokens[i - 1]) : "";
  if ((t.upos == "VERB" || t.upos == "AUX") && cues.has_article[i - s.first_token] && prev != "to") return "NOUN";
  if (!t.upos.empty()) return pos_from_upos(t.upos);
  if (prev == "to" || is_auxiliary(prev) || is_negator(prev)) return "VERB";
  if (is_determiner(prev) || prev == "'s" || prev == "of") return "NOUN";
  if (lexicon.is_event_nominal(w)) return "NOUN";
  for (auto suffix : {"tion", "sion", "ment", "ance", "ence", "ure", "ship", "ness", "ity", "ism", "sis"})
    if (ends_with(w, suffix)) return "NOUN";
  for (auto suffix : {"ful", "ous", "ive", "able", "ible", "ic"})
    if (ends_with(w, suffix)) return "ADJECTIVE";
  return "VERB";
}

struct AuxChain {
  std::vector<std::string> words;  // nearest first
  bool infinitive = false;         // "to" directly before (over adverbs)
  bool negated = false;
  std::size_t start = 0;           // first token of the verb group
};

// Whether the auxiliaries found so far may follow an infinitive's "to": none, or "be" / "have"
// and their participles ("to be named", "to have been told").
bool infinitive_auxiliaries_only(const std::vector<std::string>& words) {
  return std::all_of(words.begin(), words.end(),
                     [](const std::string& w) { return w == "be" || w == "have" || w == "been" || w == "being"; });
}

// Whether token `j` is a quotation mark that opens a quote: written close to the word after
// it and apart from the word before ('were "assessing the material"', not 'the "new" rules').
bool opens_quotation(const TokenizedText& text, const Sentence& s, std::size_t j) {
  if (token_lower(text.tokens[j]) != "\"" || j + 1 >= s.first_token + s.token_count) return false;
  const bool close_after = text.tokens[j + 1].span.begin == text.tokens[j].span.end;
  const bool apart_before = j == s.first_token || text.tokens[j - 1].span.end < text.tokens[j].span.begin;
  return close_after && apart_before;
}

// Whether a token spelled as an auxiliary ("may", "will", "can") may be one: not a name or a
// noun, as the month in "bought the rights in May after a screening" and "talks that began in
// May failed" is, or the noun in "the will of the people".
bool may_be_auxiliary(const Token& t) { return t.upos != "PROPN" && t.upos != "NOUN"; }

// "would not, however, accept", "did not, in the end, call": where token `comma` closes an aside
// of at most three words (adverbs and prepositional phrases) set off by commas that hangs on
// `verb`, the comma that opens it.
std::optional<std::size_t> aside_on_verb(const TokenizedText& text, const Sentence& s, std::size_t comma, std::size_t verb) {
  constexpr std::size_t kMaxWords = 3;
  if (token_lower(text.tokens[comma]) != ",") return std::nullopt;
  const ParseView parse(text, s);
  bool on_verb = false;
  for (std::size_t k = comma; k > s.first_token && comma - k <= kMaxWords + 1;) {
    --k;
    if (token_lower(text.tokens[k]) == ",") return on_verb && k + 1 < comma ? std::optional(k) : std::nullopt;
    const std::string_view upos = text.tokens[k].upos;
    if (upos != "ADV" && upos != "ADP" && upos != "DET" && upos != "NOUN" && upos != "ADJ") return std::nullopt;
    on_verb = on_verb || parse.head(k) == verb;
  }
  return std::nullopt;
}

AuxChain aux_chain(const TokenizedText& text, const Sentence& s, std::size_t i) {
  constexpr std::size_t kMaxWords = 5;
  AuxChain chain;
  chain.start = i;
  std::size_t words = 0;
  for (std::size_t j = i; j > s.first_token && words < kMaxWords;) {
    --j;
    const std::string w = token_lower(text.tokens[j]);
    // ('but were "assessing the material"': a quote opened inside the verb group leaves it whole)
    if (opens_quotation(text, s, j)) continue;
    if (const auto opening = aside_on_verb(text, s, j, i)) {
      j = *opening;
      continue;
    }
    ++words;
    if (is_negator(w)) {
      chain.negated = true;
    } else if (is_auxiliary(w) && may_be_auxiliary(text.tokens[j])) {
      chain.words.push_back(w);
    } else if (w == "to" && infinitive_auxiliaries_only(chain.words)) {  // "to sign", "to be named", "to have left"
      chain.infinitive = true;
      chain.start = j;
      // "promised not to raise taxes", "the decision was not to prosecute": the negator before
      // "to" is the infinitive's (not in "whether or not to sell")
      const bool negator = j > s.first_token && is_negator(token_lower(text.tokens[j - 1]));
      if (negator && !(j - 1 > s.first_token && token_lower(text.tokens[j - 2]) == "or")) {
        chain.negated = true;
        chain.start = j - 1;
      }
      break;
    } else if (!is_adverb_like(w)) {
      break;
    }
    chain.start = j;
  }
  return chain;
}

bool has_any(const std::vector<std::string>& words, std::initializer_list<std::string_view> wanted) {
  for (const auto& w : words)
    for (auto x : wanted)
      if (w == x) return true;
  return false;
}

// "We'd been burning documents", "they'd left": a contracted "'d" before "been" or a past
// participle stands for "had", not "would" (but "'d have been" is "would have").
bool had_contracted(const Token& verb, const AuxChain& chain) {
  if (!has_any(chain.words, {"'d"}) || has_any(chain.words, {"have", "'ve"})) return false;
  return has_any(chain.words, {"been"}) || verb.xpos == "VBN";
}

// Whether a verb is told in the progressive, as under way: "were racing", "is working", "have
// been working" (not a gerund with no "be": "rallied, chanting").
bool under_way(const Token& verb, const AuxChain& chain) {
  return verb.xpos == "VBG" && has_any(chain.words, {"is", "are", "am", "was", "were", "been", "'s", "'re", "'m"});
}

void verb_tense(const std::string& w, const std::string& lemma, const std::string& xpos, const AuxChain& chain,
                EventAttributes& a) {
  const bool ing = ends_with(w, "ing");
  const bool perfect = has_any(chain.words, {"have", "has", "had", "'ve", "having"});
  const bool be = has_any(chain.words, {"be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"});
  if (perfect && ing && be) a.aspect = "PERFECTIVE_PROGRESSIVE";
  else if (perfect) a.aspect = "PERFECTIVE";
  else if (ing && be) a.aspect = "PROGRESSIVE";
  const auto said_with = [&](bool (*test)(std::string_view)) {
    return std::any_of(chain.words.begin(), chain.words.end(), [&](const std::string& w) { return test(w); });
  };
  if (said_with(is_future_modal)) {
    a.tense = "FUTURE";
  } else if (said_with(is_modal)) {
    a.tense = "NONE";
  } else if (!chain.words.empty()) {
    // The farthest auxiliary carries the tense ("had been going" is PAST).
    const std::string& finite = chain.words.back();
    a.tense = (finite == "was" || finite == "were" || finite == "had" || finite == "did") ? "PAST" : "PRESENT";
    if (finite == "been" || finite == "being" || finite == "be" || finite == "having") a.tense = "NONE";
  } else if (chain.infinitive) {
    a.tense = "INFINITIVE";
  } else if (ing) {
    a.tense = "PRESPART";
  } else if (w != lemma && (ends_with(w, "ed") || (!ends_with(w, "s") && w != lemma))) {
    a.tense = "PAST";
  } else if (w == lemma && xpos == "VBD") {  // "The company cut 300 jobs": the tagger says which
    a.tense = "PAST";
  } else {
    a.tense = "PRESENT";
  }
}

// "needed three sets to overcome", "took six hours to bring": a noun with a number of its own
// that names no act (event_nominals.txt) is a measure of what the infinitive took.
bool counted_measure(const TokenizedText& text, const Sentence& s, std::size_t noun, const EventLexicon& lexicon) {
  const Token& t = text.tokens[noun];
  if (t.upos != "NOUN" || lexicon.is_event_nominal(guess_lemma(t, lexicon))) return false;
  return ParseView(text, s).child(noun, "nummod").has_value();
}

std::string governor_modality(const std::string& lemma, const EventLexicon& lexicon);

// The lemma of the word governing an infinitive: "plans to [adv] X" -> "plan";
// "is expected to X" -> "expect"; "declined to X" -> "decline"; none after a measure ("needed
// three sets to overcome": "sets" is no "is set to").
std::string infinitive_governor(const TokenizedText& text, const Sentence& s, const AuxChain& chain,
                                const EventLexicon& lexicon) {
  if (!chain.infinitive || chain.start <= s.first_token) return {};
  const std::size_t g = chain.start - 1;
  if (counted_measure(text, s, g, lexicon)) return {};
  // ("We're going to see ...": the lexicon lists the future's "going", whose lemma "go" is no plan)
  const std::string word = token_lower(text.tokens[g]);
  if (!governor_modality(word, lexicon).empty()) return word;
  return guess_lemma(text.tokens[g], lexicon);
}

// "urged the company to raise wages", "called on Conti to resign": the verb whose object stands
// between it and the infinitive at `i` governs it (object control); none when there is none.
std::optional<std::size_t> object_control_governor(const TokenizedText& text, const Sentence& s, std::size_t i) {
  const ParseView parse(text, s);
  const auto head = parse.head(i);
  // "expect growth to slow" with "to slow" hung on the object: the verb over that object
  if (head && parse.relation_is(i, "acl") && parse.relation_is(*head, "obj")) {
    const auto verb = parse.head(*head);
    return verb && *verb < *head && text.tokens[*verb].upos == "VERB" ? verb : std::nullopt;
  }
  if (!head || *head >= i || text.tokens[*head].upos != "VERB") return std::nullopt;
  if (!parse.relation_is(i, "xcomp") && !parse.relation_is(i, "advcl")) return std::nullopt;
  const auto object = parse.child(*head, "obj");
  const auto indirect = parse.child(*head, "iobj");  // "asked Boeing to fix", parsed so
  const auto oblique = parse.child(*head, "obl");    // "called on Conti"
  const auto between = [&](const std::optional<std::size_t>& t) { return t && *head < *t && *t < i; };
  return between(object) || between(indirect) || between(oblique) ? head : std::nullopt;
}

// What governs "for": an adjective ("difficult for", "rare for") or a verb of waiting or urging
// ("waited for", "called for") supposes the infinitive after its subject; "took six hours for
// firefighters to bring" and "the first time for a president to visit" tell what happened.
bool supposes(const TokenizedText& text, const Sentence& s, std::size_t for_token, const EventLexicon& lexicon) {
  static constexpr std::string_view kSupposing[] = {"wait", "call", "push", "press", "pay", "arrange", "plead", "appeal"};
  std::size_t g = for_token;
  while (g > s.first_token && text.tokens[g - 1].upos == "PUNCT") --g;  // (“very difficult” for)
  if (g == s.first_token) return false;
  const Token& governor = text.tokens[g - 1];
  const std::string lemma = guess_lemma(governor, lexicon);
  return governor.upos == "ADJ" || std::find(std::begin(kSupposing), std::end(kSupposing), lemma) != std::end(kSupposing);
}

// "difficult for Mr Putin to take": the infinitive at `i` has a subject that "for" opens (however
// the parser hung the "for"), after a word that supposes it.
bool supposed_with_own_subject(const TokenizedText& text, const Sentence& s, std::size_t i, const EventLexicon& lexicon) {
  constexpr std::size_t kMaxSubjectWords = 5;
  if (i < s.first_token + 3 || token_lower(text.tokens[i - 1]) != "to") return false;
  for (std::size_t k = i - 2; k > s.first_token && i - 2 - k < kMaxSubjectWords; --k) {
    const std::string& upos = text.tokens[k].upos;
    if (upos != "PROPN" && upos != "NOUN" && upos != "PRON" && upos != "DET" && upos != "ADJ" && upos != "NUM") return false;
    if (token_lower(text.tokens[k - 1]) == "for") return supposes(text, s, k - 1, lexicon);
  }
  return false;
}

std::string modality_from_word(const std::string& w, const EventLexicon& lexicon) {
  if (lexicon.has_category(w, "modal-future")) return "planned";
  if (lexicon.has_category(w, "modal-possible")) return "possible";
  if (lexicon.has_category(w, "modal-hypo")) return "hypothetical";
  return {};
}

std::string governor_modality(const std::string& lemma, const EventLexicon& lexicon) {
  // ("stopped to help": the infinitive is why she stopped, not what she stopped doing)
  if (lexicon.has_category(lemma, "aim-to")) return {};
  if (lexicon.has_category(lemma, "neg-governor")) return "negated";
  if (lexicon.has_category(lemma, "plan-governor")) return "planned";
  if (lexicon.has_category(lemma, "poss-governor") || lexicon.has_category(lemma, "offers-to")) return "possible";
  return {};
}

// What a verb that asks its object to act (request_verbs.txt) leaves the act: an order
// ("ordered the airline to submit its records", "required the firm to pay"; command_verbs.txt)
// makes it required, so planned, as "must" does; a request ("urged the company to raise
// wages", "asked Boeing to fix the door") leaves it possible.
std::string requested_modality(const std::string& lemma, const EventLexicon& lexicon) {
  return lexicon.is_command_verb(lemma) ? "planned" : "possible";
}

// "the attempt by the senator to block the bill", "a bid from Veltra to buy the unit": the
// modality the noun an infinitive hangs on gives it, beyond the noun's own phrase.
std::string noun_governor_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                   const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto noun = parse.head(verb);
  if (!noun || !parse.relation_is(verb, "acl") || text.tokens[*noun].upos != "NOUN") return {};
  return governor_modality(guess_lemma(text.tokens[*noun], lexicon), lexicon);
}

// "It remains unclear if Putin intends to ...", "asked if the talks would resume": an "if" right
// after a verb or adjective of asking or knowing (data/events/modality.tsv "asks-question")
// opens a question, no condition ("will climb higher if the drought continues" is one).
// So does a "whether" whose clause such a verb governs, with words between ("would decide
// within weeks whether to pay").
bool opens_question(const TokenizedText& text, const ParseView& parse, std::size_t mark, const EventLexicon& lexicon) {
  if (mark <= parse.begin()) return false;
  const auto asks = [&](const Token& t) {
    const std::string lemma = t.lemma.empty() ? token_lower(t) : t.lemma;
    return lexicon.has_category(lemma, "asks-question") || lexicon.has_category(token_lower(t), "asks-question");
  };
  if (asks(text.tokens[mark - 1])) return true;
  const auto clause = parse.head(mark);
  const auto governor = clause ? parse.head(*clause) : std::nullopt;
  return token_lower(text.tokens[mark]) == "whether" && governor && asks(text.tokens[*governor]);
}

// Whether `clause` is opened by "if" or "unless" as a condition, not a question.
bool conditional_clause(const TokenizedText& text, const ParseView& parse, std::size_t clause, const EventLexicon& lexicon) {
  for (const auto mark : parse.children(clause))
    if (parse.relation_is(mark, "mark") && lexicon.has_category(token_lower(text.tokens[mark]), "conditional") &&
        !opens_question(text, parse, mark, lexicon))
      return true;
  return false;
}

// Whether an "if" or "unless" clause hangs on `i` ("would resign if he lost"). So does one the
// parser hung on the subject before it, or made that subject ("If the levy is not approved,
// pensions will be cut", with the "if" clause on "pensions" or the subject of "cut").
bool has_condition(const TokenizedText& text, const ParseView& parse, std::size_t i, const EventLexicon& lexicon) {
  for (const auto c : parse.children(i)) {
    if (parse.relation_is(c, "advcl") && conditional_clause(text, parse, c, lexicon)) return true;
    if (!parse.relation_is(c, "nsubj") || c > i) continue;
    if (text.tokens[c].upos == "VERB" && conditional_clause(text, parse, c, lexicon)) return true;
    for (const auto clause : parse.children(c))
      if (clause < c && parse.relation_is(clause, "advcl") && conditional_clause(text, parse, clause, lexicon)) return true;
  }
  return false;
}

// Whether the verb `i` tells part of the clause `clause` heads: it is that clause, a clause
// conjoined to it ("said they were disappointed and would consider an appeal"), or a relative
// clause on it or on one of its nouns ("said searches would continue until Friday, after which
// machinery would clear the debris", "said the strike would last until Friday, when workers
// would return"); not a clause of its own that another verb reports or governs.
bool part_of_clause(const ParseView& parse, std::size_t i, std::size_t clause) {
  if (parse.relation_is(i, "conj")) return parse.head(i) == clause;
  const bool relative = parse.relation(i) == "acl:relcl" || parse.relation(i) == "advcl:relcl";
  std::optional<std::size_t> k = relative ? parse.head(i) : std::optional<std::size_t>(i);
  // (from the noun a relative clause hangs on, up its phrase to the clause)
  for (int step = 0; k && step < 3 && *k != clause; ++step) {
    const bool nominal = parse.relation_is(*k, "obj") || parse.relation_is(*k, "obl") || parse.relation_is(*k, "nmod") ||
                         parse.relation_is(*k, "nsubj");
    k = relative && nominal ? parse.head(*k) : std::nullopt;
  }
  return k == clause;
}

// "said 4,000 workers had been trained and that supplies would arrive before Christmas", parsed
// with the second clause joined to "said" (or hung on it): a clause with "that" joined to the
// verb `report` is
// another clause it reports.
bool second_that_clause(const TokenizedText& text, const ParseView& parse, std::size_t i, std::size_t report) {
  if ((!parse.relation_is(i, "conj") && !parse.relation_is(i, "advcl")) || parse.head(i) != report) return false;
  const auto mark = parse.child(i, "mark");
  return mark && token_lower(text.tokens[*mark]) == "that";
}

// "Observers said the final plenary would resume on Saturday", parsed with the clause an adverbial
// of "said": a clause after the verb `report` with a subject of its own and no opening word
// ("when", "because") is what it reports.
bool misparsed_complement(const ParseView& parse, std::size_t i, std::size_t report) {
  return parse.relation_is(i, "advcl") && parse.head(i) == report && i > report && parse.child(i, "nsubj") &&
         !parse.child(i, "mark");
}

// "The union said the strike would last 48 hours": the verb in the past that tells of the
// future (data/events/modality.tsv "tells-future") and reports the clause of `i`, on which no
// "if" or "unless" clause hangs. There "would" is the future as seen then, not a hypothesis.
std::optional<std::size_t> future_in_the_past(const TokenizedText& text, const Sentence& s, std::size_t i,
                                              const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  if (!parse.parsed() || has_condition(text, parse, i, lexicon)) return std::nullopt;
  for (std::size_t r = parse.begin(); r < parse.end(); ++r) {
    const Token& verb = text.tokens[r];
    if (verb.xpos != "VBD" || !lexicon.has_category(guess_lemma(verb, lexicon), "tells-future")) continue;
    const auto clause = reported_clause(text, parse, r);
    if ((clause && part_of_clause(parse, i, *clause)) || second_that_clause(text, parse, i, r) ||
        misparsed_complement(parse, i, r))
      return r;
  }
  return std::nullopt;
}

// "thought", "believed", "hoped": a verb that tells a belief, which announces no plan.
bool tells_belief(const std::string& lemma) {
  static constexpr std::string_view kBelieving[] = {"think", "believe", "fear", "hope", "suppose",
                                                    "assume", "imagine", "suspect", "reckon"};
  return std::find(std::begin(kBelieving), std::end(kBelieving), lemma) != std::end(kBelieving);
}

// "said the combined company would control 40 percent", "the merged group would cut 500 jobs":
// whether the subject of `verb` exists only once a pending event happens (an adjective of
// modality.tsv "yet-to-exist").
bool subject_yet_to_exist(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto subject = parse.child(verb, "nsubj");
  if (!subject) return false;
  const auto children = parse.children(*subject);
  return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    return parse.relation_is(c, "amod") && lexicon.has_category(token_lower(text.tokens[c]), "yet-to-exist");
  });
}

// The modality of a verb group with "would" (or not): for the future seen then in a past report
// "planned" ("said the strike would last 48 hours"), or "possible" when the report was only a
// belief ("I thought I would lose", "believed the talks would fail": neither a plan nor done),
// else `modality` unchanged (so for a subject yet to exist: "the combined company would").
std::string seen_from_report(std::string modality, bool would, const TokenizedText& text, const Sentence& s,
                             std::size_t verb, const EventLexicon& lexicon) {
  if (!would || modality != "hypothetical" || subject_yet_to_exist(text, s, verb, lexicon)) return modality;
  const auto report = future_in_the_past(text, s, verb, lexicon);
  if (!report) return modality;
  return tells_belief(guess_lemma(text.tokens[*report], lexicon)) ? "possible" : "planned";
}

// The subject of a verb saying that it happens or starts shares that verb's modal ("the summit
// will open on Monday", "talks could begin", "the conversation will not take place"), and so
// does any subject of "would" ("an invasion would hurt trade"). Not of other verbs: "the strike
// will end on Friday" and "the war could last for years" are about events under way. "would"
// after a past report is the future as seen then, as for verbs ("said the summit would open").
std::string subject_modality(const TokenizedText& text, const Sentence& s, std::size_t i, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto verb = parse.head(i);
  if (!verb || !parse.relation_is(i, "nsubj")) return {};
  const std::string lemma = guess_lemma(text.tokens[*verb], lexicon);
  const bool happens = says_it_happens(text, *verb, lexicon) || lemma == "begin" || lemma == "start" || lemma == "open";
  std::string modality;
  bool would = false;
  for (const auto c : parse.children(*verb)) {
    const std::string w = token_lower(text.tokens[c]);
    if (is_negator(w) && happens) return "negated";
    if (!parse.relation_is(c, "aux") || !modality.empty()) continue;
    modality = modality_from_word(w, lexicon);
    would = w == "would" || w == "'d";
  }
  if (modality.empty() || !(happens || would)) return {};
  // ("talks will resume unless the ceasefire collapses": only on that condition)
  if (modality == "planned" && has_condition(text, parse, *verb, lexicon)) return "hypothetical";
  return seen_from_report(modality, would, text, s, *verb, lexicon);
}

// Whether a phrase of `verb` that `phrase` accepts opens with one of `words` (its case or mark).
template <typename Accept>
bool has_phrase_opened_by(const TokenizedText& text, const Sentence& s, std::size_t verb,
                          std::initializer_list<std::string_view> words, Accept phrase) {
  const ParseView parse(text, s);
  if (!parse.parsed()) return false;
  for (const auto c : parse.children(verb)) {
    if (!phrase(parse, c)) continue;
    for (const auto marker : parse.children(c)) {
      const std::string w = token_lower(text.tokens[marker]);
      const bool opener = parse.relation_is(marker, "case") || parse.relation_is(marker, "mark");
      if (opener && std::find(words.begin(), words.end(), w) != words.end()) return true;
    }
  }
  return false;
}

// "until further notice", "until further orders": a phrase whose noun a word of modality.tsv
// "open-until" modifies names no time, only that the wait has no end in sight.
bool names_no_time(const TokenizedText& text, const ParseView& parse, std::size_t phrase, const EventLexicon& lexicon) {
  const auto children = parse.children(phrase);
  return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
    return parse.relation_is(c, "amod") && lexicon.has_category(token_lower(text.tokens[c]), "open-until");
  });
}

// "did not disclose the breach until Monday", "will not reopen until June": a verb negated only
// to say when it at last happens, which it does ("would not raise prices until further notice"
// names no such time: it is denied).
bool happens_only_then(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const auto clause_or_oblique = [&](const ParseView& parse, std::size_t c) {
    return (parse.relation_is(c, "obl") || parse.relation_is(c, "advcl")) && !names_no_time(text, parse, c, lexicon);
  };
  if (has_phrase_opened_by(text, s, verb, {"until", "till"}, clause_or_oblique)) return true;
  // ("is not calling off the strike until pay is agreed" parsed with the clause on "strike")
  const ParseView parse(text, s);
  const auto modifier = [&](const ParseView& p, std::size_t c) {
    return (p.relation_is(c, "acl") || p.relation_is(c, "nmod")) && !names_no_time(text, p, c, lexicon);
  };
  for (const auto c : parse.children(verb))
    if ((parse.relation_is(c, "obj") || parse.relation_is(c, "obl")) && has_phrase_opened_by(text, s, c, {"until", "till"}, modifier))
      return true;
  return false;
}

// Whether a word can stand inside a noun phrase before its noun ("no", "possible", "planned",
// "Russian", "border"): the walk over a noun's modifiers stops at any other word, so "showed no
// emotion as the verdict was read" does not negate the verdict.
bool premodifies_noun(const Token& t) {
  if (t.upos.empty()) return !is_punctuation(t.text) && token_lower(t) != "and" && token_lower(t) != "or";
  if (t.upos == "VERB") return t.xpos == "VBN" || t.xpos == "VBG";
  return t.upos == "DET" || t.upos == "ADJ" || t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "NUM" ||
         t.upos == "ADV";
}

// "raising the risk of flash flooding", "the threat of a strike", "fears of a recession": what a
// noun of risk or prospect (modality.tsv risk-of) is "of" may or may not come.
bool weighed_as_a_risk(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  const auto head = parse.head(noun);
  const auto opener = parse.child(noun, "case");
  if (!head || !opener || !parse.relation_is(noun, "nmod") || token_lower(text.tokens[*opener]) != "of") return false;
  return text.tokens[*head].upos == "NOUN" && lexicon.has_category(guess_lemma(text.tokens[*head], lexicon), "risk-of");
}

// "raising the prospect that the government will run out of money", "fears that the dam will
// burst": what a "that" clause on a noun of risk or prospect (modality.tsv risk-of) tells may or
// may not come, as its "of" phrase does. (A relative clause's "that" is its subject or object,
// no mark: "the risk that the firm took".)
bool weighed_clause_of_risk(const TokenizedText& text, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  const auto head = parse.head(verb);
  const auto mark = parse.child(verb, "mark");
  if (!head || !mark || token_lower(text.tokens[*mark]) != "that") return false;
  if (!parse.relation_is(verb, "acl") && !parse.relation_is(verb, "ccomp")) return false;
  return text.tokens[*head].upos == "NOUN" && lexicon.has_category(guess_lemma(text.tokens[*head], lexicon), "risk-of");
}

// "will be announced at a ceremony", "will speak during the summit": the verb a noun is an
// "at" or "during" phrase of, when the verb is told as still to come (a modal or "to" in its
// verb group); none otherwise.
std::optional<std::size_t> occasion_host(const TokenizedText& text, const ParseView& parse, std::size_t noun) {
  const auto marker = parse.child(noun, "case");
  const std::string word = marker ? token_lower(text.tokens[*marker]) : std::string();
  const auto verb = parse.head(noun);
  if ((word != "at" && word != "during") || !parse.relation_is(noun, "obl") || !verb || text.tokens[*verb].upos != "VERB")
    return std::nullopt;
  for (const std::size_t c : parse.children(*verb)) {
    const std::string w = token_lower(text.tokens[c]);
    if ((parse.relation_is(c, "aux") || parse.relation_is(c, "mark")) && (w == "will" || w == "to" || w == "'ll")) return verb;
  }
  return std::nullopt;
}

// "would try to take time back in the mountain stage", "tried to win at the final": the occasion
// of an attempt goes on whether the attempt succeeds or not, so it stands as the trying does,
// not as its aim. The verb of trying; none for any other noun.
std::optional<std::size_t> attempt_occasion_host(const TokenizedText& text, const ParseView& parse, std::size_t noun) {
  static const std::set<std::string> kOccasionWords = {"at", "during", "in"};
  const auto marker = parse.child(noun, "case");
  const auto aim = parse.head(noun);
  if (!marker || !kOccasionWords.contains(token_lower(text.tokens[*marker])) || !parse.relation_is(noun, "obl") || !aim ||
      !parse.relation_is(*aim, "xcomp"))
    return std::nullopt;
  const auto trying = parse.head(*aim);
  return trying && is_verb_of_trying(text.tokens[*trying].lemma) ? trying : std::nullopt;
}

// "did not testify at trial", "would not play in Saturday's match", "was absent during the
// debate": the occasion a verb happens at or in goes on whether the verb does or not, so a
// "not" of the verb does not deny it; not the outcome a verb of modality.tsv "ends-in" gives
// ("the talks did not result in a deal").
bool occasion_of_denied_verb(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  const auto marker = parse.child(noun, "case");
  const std::string word = marker ? token_lower(text.tokens[*marker]) : std::string();
  const auto verb = parse.head(noun);
  if ((word != "at" && word != "in" && word != "during") || !parse.relation_is(noun, "obl") || !verb) return false;
  return !lexicon.has_category(guess_lemma(text.tokens[*verb], lexicon), "ends-in");
}

// "was scrubbed 40 seconds before liftoff", "was called off an hour before kick-off": the moment
// a calling off came before, named by a bare noun, is the called-off event's own, which did not
// happen (the noun "before" opens on a verb of modality.tsv "cancels" told as done, or on a time
// counted on it); not "cancelled an hour before the ceremony", another event that may have.
bool forestalled_by_calling_off(const TokenizedText& text, const Sentence& s, std::size_t noun, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto marker = parse.child(noun, "case");
  if (!marker || token_lower(text.tokens[*marker]) != "before" || parse.child(noun, "det") || parse.child(noun, "nmod:poss"))
    return false;
  auto verb = parse.head(noun);
  if (verb && text.tokens[*verb].upos == "NOUN") verb = parse.head(*verb);  // ("30 seconds before liftoff")
  if (!verb || text.tokens[*verb].upos != "VERB" || verb_calls_off(text, parse, *verb, lexicon) != CallOff::Cancelled)
    return false;
  return !aux_chain(text, s, *verb).negated && !parse.child(*verb, "mark");
}

// "was unable to meet the margin calls", "did not attend the summit": the object of a verb of
// modality.tsv "meets-given" is an event that goes on whether or not the verb is done, so a
// denial of the verb does not deny it.
bool object_goes_on_regardless(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  const auto verb = parse.head(noun);
  return verb && parse.relation_is(noun, "obj") && lexicon.has_category(guess_lemma(text.tokens[*verb], lexicon), "meets-given");
}

// "after the game", "since the collapse", "before the vote": a noun a word of time order opens.
bool opened_by_order_word(const TokenizedText& text, const ParseView& parse, std::size_t noun) {
  static const std::set<std::string> kOrderWords = {"after", "before", "since", "until", "following", "during"};
  const auto opener = parse.child(noun, "case");
  return opener && kOrderWords.contains(token_lower(text.tokens[*opener]));
}

// Whether the noun "without" opens hangs on a clause told with "would" or "should" (a
// supposition: "without the levee the town would flood").
bool supposed_away(const TokenizedText& text, const ParseView& parse, std::size_t noun, const EventLexicon& lexicon) {
  const auto clause = parse.head(noun);
  if (!clause) return false;
  for (const auto c : parse.children(*clause))
    if (parse.relation_is(c, "aux") && lexicon.has_category(token_lower(text.tokens[c]), "modal-hypo")) return true;
  return false;
}

// A noun's modality: its modifiers ("possible offensive", "no talks"), over at most six words
// of its clause the verb group that governs it ("will hold a call", "could launch an invasion";
// for a definite noun only an intention's "to": "plans to hold the summit"), else the verb group
// it is the subject of (subject_modality), which alone speaks for the subject of a verb after it.
std::string noun_modality(const TokenizedText& text, const Sentence& s, std::size_t i, const EventLexicon& lexicon,
                          EventAttributes& a) {
  // "called off the strike": it did not happen; "postponed the summit": it is still planned, but
  // "the March 28 summit" is not held then
  const ParseView view(text, s);
  switch (called_off(text, view, i, lexicon)) {
    case CallOff::Cancelled: return "negated";
    case CallOff::PutOff: return dated_by_its_modifier(text, view, i) ? "negated" : "planned";
    case CallOff::None: break;
  }
  if (forestalled_by_calling_off(text, s, i, lexicon) || averted(text, view, i, lexicon) ||
      acquitted_of(text, s, i, lexicon))
    return "negated";
  // "end the round without a deal", "attacked without warning": what is had without, is not
  // ("without climate change, such heat would be impossible": what a supposition takes away is
  // not denied; it may well be so)
  if (const auto opener = view.child(i, "case"); opener && token_lower(text.tokens[*opener]) == "without") {
    if (supposed_away(text, view, i, lexicon)) return "possible";
    a.polarity = "NEG";
    return "negated";
  }
  if (weighed_as_a_risk(text, view, i, lexicon)) return "possible";
  // ("will host a welcome, followed by a procession": the procession stands as the welcome does)
  if (const auto host = sequence_host(text, view, i))
    return event_attributes(text, s, *host, ClauseCues::of(text, s, lexicon), lexicon).modality;
  // ("will be announced on 12 November at a ceremony": what the verb is done at or during stands
  // as the verb does)
  // (not its "not": "will not testify at the trial" leaves the trial as planned)
  if (const auto host = attempt_occasion_host(text, view, i)) {
    const std::string hosted = event_attributes(text, s, *host, ClauseCues::of(text, s, lexicon), lexicon).modality;
    if (hosted != "negated") return hosted;
  }
  if (const auto host = occasion_host(text, view, i)) {
    const std::string hosted = event_attributes(text, s, *host, ClauseCues::of(text, s, lexicon), lexicon).modality;
    if (hosted != "negated") return hosted;
  }
  bool known = false;  // "the conviction", "its use": an event the text already has
  for (std::size_t j = i; j > s.first_token && i - j < 4;) {
    --j;
    const std::string w = token_lower(text.tokens[j]);
    if (w == "the" || w == "its" || w == "his" || w == "her" || w == "their") known = true;
    if (!premodifies_noun(text.tokens[j])) break;
    if (w == "no") {
      a.polarity = "NEG";
      return "negated";
    }
    if (lexicon.has_category(w, "possible-adj")) return "possible";
    if (lexicon.has_category(w, "planned-adj")) return "planned";
  }
  // "will stay off the job after talks broke down": a subject takes the modal of its own verb
  // group only, not of a verb before it
  const ParseView parse(text, s);
  // "Analysts expect a recession": what is expected is ahead, and may be if the expecting is denied
  if (const auto verb = parse.head(i);
      verb && parse.relation(i) == "obj" && is_verb_of_expecting(guess_lemma(text.tokens[*verb], lexicon)))
    return aux_chain(text, s, *verb).negated ? "possible" : "planned";
  // "an early election in May was unlikely": the subject of "likely", "possible", ... is so
  // (so is one whose copula the word comes right after, however the parser took it: "a bigger
  // flood was likely within years" parsed with "likely" an adverb of "years")
  const auto predicate_word = [&](std::size_t predicate) -> std::optional<std::size_t> {
    if (text.tokens[predicate].upos == "ADJ") return predicate;
    const auto copula = parse.child(predicate, "cop");
    return copula && *copula + 1 < predicate ? std::optional(*copula + 1) : std::nullopt;
  };
  if (const auto predicate = parse.head(i); predicate && parse.relation_is(i, "nsubj") && predicate_word(*predicate)) {
    const std::string adjective = token_lower(text.tokens[*predicate_word(*predicate)]);
    if (lexicon.has_category(adjective, "possible-adj") || lexicon.has_category(adjective, "odds")) return "possible";
    if (lexicon.has_category(adjective, "planned-adj")) return "planned";
  }
  if (const auto verb = parse.head(i); verb && *verb > i && parse.relation_is(i, "nsubj")) return subject_modality(text, s, i, lexicon);
  // ("declined to speak to reporters after the game": a known event that times the verb is not
  // what the verb's refusal, aim or denial is about; only the verb group's tense and modal reach it)
  const bool times_the_verb = known && opened_by_order_word(text, parse, i);
  const bool given = object_goes_on_regardless(text, parse, i, lexicon);
  for (std::size_t j = i; j > s.first_token && i - j < 7;) {
    --j;
    const std::string w = token_lower(text.tokens[j]);
    // ("would file a class-action lawsuit": the hyphen of a compound modifier is no clause break)
    if (text.tokens[j].xpos == "HYPH") continue;
    if (is_punctuation(w) || w == "that" || w == "which" || w == "who" || w == "and" || w == "but") break;
    if (times_the_verb && (w == "to" || is_negator(w))) continue;
    // "would appeal the conviction", "would not stop the disease": what the verb group may or
    // may not do leaves a known event as it is; so does a stop anyone plans or refuses ("refused
    // to end the strike": the strike goes on)
    if (known && text.tokens[j].upos == "VERB" && stops_an_event(guess_lemma(text.tokens[j], lexicon))) break;
    if (known && w != "to") continue;
    // "ruled out a rate rise": it will not happen; "are not ruling out further increases": it may
    if (w == "out" && j > s.first_token && guess_lemma(text.tokens[j - 1], lexicon) == "rule") {
      const std::size_t from = j - 1 > s.first_token + 3 ? j - 4 : s.first_token;
      for (std::size_t k = from; k + 1 < j; ++k)
        if (is_negator(token_lower(text.tokens[k]))) return "possible";
      return "negated";
    }
    // ("ended the day without reaching a verdict": a gerund "without" opens is denied as "not" denies)
    const bool without_gerund = w == "without" && j + 1 < i && text.tokens[j + 1].xpos == "VBG";
    if ((is_negator(w) || without_gerund) && given) continue;
    if (is_negator(w) || without_gerund) {
      // ("did not resume flights until the inquiry ended": they resumed then; "will not be final
      // until Wednesday": a predicate with its copula is its own clause's verb)
      const auto verb = parse.child(i, "cop") ? std::optional(i) : parse.head(i);
      if (verb && happens_only_then(text, s, *verb, lexicon)) continue;
      if (occasion_of_denied_verb(text, parse, i, lexicon)) continue;
      return "negated";
    }
    // ("said it would hold a call on Tuesday": the call is the future as seen then; "bought the
    // rights in May after a screening": the month is no modal)
    if (auto m = modality_from_word(w, lexicon); !m.empty() && may_be_auxiliary(text.tokens[j])) {
      const auto verb = parse.head(i);
      return verb ? seen_from_report(m, w == "would" || w == "'d", text, s, *verb, lexicon) : m;
    }
    if (w == "to" && j > s.first_token) {
      const std::string m = governor_modality(guess_lemma(text.tokens[j - 1], lexicon), lexicon);
      if (m == "negated" && given) continue;
      if (!m.empty()) return m;
    }
  }
  return subject_modality(text, s, i, lexicon);
}

// "Up to 15 inches of rain could fall, raising the risk of flash flooding": a present participle
// after its clause, with no subject or opening word of its own ("after", "while"), tells what
// comes with that clause or of it.
bool trailing_participle(const TokenizedText& text, const ParseView& parse, std::size_t i) {
  if (text.tokens[i].xpos != "VBG" || !parse.relation_is(i, "advcl")) return false;
  return !parse.child(i, "nsubj") && !parse.child(i, "mark") && !parse.child(i, "aux");
}

// "expected prices to keep falling and to recover slowly", with the parser joining "to recover"
// to "expected": an infinitive joined to a verb is joined to that verb's own earlier infinitive
// when it has one; else `head` itself.
std::size_t infinitive_joined_to(const TokenizedText& text, const ParseView& parse, std::size_t i, std::size_t head) {
  const auto is_to = [&](std::size_t v) {
    const auto mark = parse.child(v, "mark");
    return mark && token_lower(text.tokens[*mark]) == "to";
  };
  if (!is_to(i) || is_to(head)) return head;
  const auto infinitive = parse.child(head, "xcomp");
  return infinitive && *infinitive < i && is_to(*infinitive) ? *infinitive : head;
}

// "would take control ... and open a new bank", "promised to restore ... and to unfreeze": a
// base-form verb conjoined to an earlier one shares its auxiliaries or governor, so its
// modality; so does a participle with no subject of its own ("could be melted down or broken
// up", "could fall, raising the risk"), and its tense with them. The earlier verb's attributes
// when they are not actual.
std::optional<EventAttributes> shared_attributes(const TokenizedText& text, const Sentence& s, std::size_t i,
                                                 const ClauseCues& cues, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto head = parse.head(i);
  // (a bare form after "and" tagged VBP, "will report ... and publish", is the same infinitive)
  const std::string& xpos = text.tokens[i].xpos;
  const bool own_subject = parse.child(i, "nsubj").has_value();
  const bool bare = xpos == "VB" || ((xpos == "VBP" || xpos == "VBN" || xpos == "VBG") && !own_subject);
  const bool joined = bare && parse.relation_is(i, "conj");
  // ("may keep falling", "could start rising": a gerund that completes the verb is its event)
  const bool gerund_complement = xpos == "VBG" && parse.relation_is(i, "xcomp") && !own_subject;
  if ((!joined && !gerund_complement && !trailing_participle(text, parse, i)) || !head || *head > i) return std::nullopt;
  // ("would begin talks ... but ruled out a deal": a past participle joined to a bare verb is a
  // past tense the tagger misread, told of its own; "will be arrested and charged" shares)
  if (joined && xpos == "VBN" && text.tokens[*head].xpos == "VB") return std::nullopt;
  if (!text.tokens[*head].xpos.starts_with("VB")) return std::nullopt;
  EventAttributes shared = event_attributes(text, s, infinitive_joined_to(text, parse, i, *head), cues, lexicon);
  if (shared.modality == "actual") return std::nullopt;
  // (a participle tells what follows from its clause, which a denial does not deny: "the storm
  // did not hit the coast, sparing the city")
  if (!joined && shared.modality == "negated") return std::nullopt;
  return shared;
}

// Whether the verb has a "to" infinitive below it (the parser may hang the asking's
// "to testify" on the object's participle).
bool takes_infinitive(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb)) {
    const auto mark = text.tokens[c].xpos == "VB" ? parse.child(c, "mark") : std::nullopt;
    if (mark && token_lower(text.tokens[*mark]) == "to") return true;
  }
  return false;
}

// Verbs that make their object do what the infinitive after it says: "caused the truce to
// collapse", "forced the minister to resign", "led investors to sell".
bool makes_happen(const std::string& lemma) {
  static constexpr std::string_view kCausing[] = {"cause", "force", "compel", "lead", "prompt", "drive", "push"};
  return std::find(std::begin(kCausing), std::end(kCausing), lemma) != std::end(kCausing);
}

// "Marenia wants the line drawn as it stood", "The family asked that donations be made to the
// library", "demanded that he resign": a small clause (a participle or bare verb, no "to", as
// the verb's complement or hung on its object) after a verb of wanting or asking, or a
// subjunctive clause after one (a bare verb with its subject, or a bare "be"), tells what is
// wished, not what happened: planned as the wanting governs it, possible when asked. Empty for
// any other clause.
std::string wished_modality(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                            const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  auto governor = parse.head(verb);
  const bool on_object = governor && parse.relation_is(verb, "acl") && parse.relation_is(*governor, "obj");
  if (on_object) governor = parse.head(*governor);
  // ("asked witnesses injured in the attack to testify": the object's own participle, when the
  // verb takes a clause of its own, tells who is asked, not what)
  if (on_object && governor && (parse.child(*governor, "xcomp") || takes_infinitive(text, parse, verb))) return {};
  if (!governor || *governor > verb || text.tokens[*governor].upos != "VERB" || chain.infinitive) return {};
  const std::string lemma = guess_lemma(text.tokens[*governor], lexicon);
  const std::string modality = lexicon.is_request_verb(lemma) ? requested_modality(lemma, lexicon) : governor_modality(lemma, lexicon);
  if (modality.empty() || modality == "negated") return {};
  // (a participle after the object is often tagged a past tense: "wants the border reopened")
  const std::string& xpos = text.tokens[verb].xpos;
  const bool participle = xpos == "VBN" || (xpos == "VBD" && !parse.child(verb, "nsubj"));
  const bool small_clause = (parse.relation_is(verb, "xcomp") || on_object) && chain.words.empty() &&
                            (participle || (xpos == "VB" && !on_object));
  const bool bare_with_subject = chain.words.empty() && xpos == "VB" && parse.child(verb, "nsubj");
  const bool bare_be = chain.words.size() == 1 && chain.words.front() == "be";
  const bool subjunctive = parse.relation_is(verb, "ccomp") && (bare_with_subject || bare_be);
  return small_clause || subjunctive ? modality : std::string();
}

// "called off a 48-hour walkout that was due to start at 6 a.m. on Monday": what a relative
// clause of a thing called off tells as still to come (the start, planned there) does not
// happen either.
bool ahead_of_called_off(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  constexpr int kMaxSteps = 4;
  const ParseView parse(text, s);
  std::size_t k = verb;
  for (int step = 0; step < kMaxSteps; ++step) {
    const auto up = parse.head(k);
    if (!up) return false;
    if (parse.relation_is(k, "acl"))
      return text.tokens[*up].upos == "NOUN" && called_off(text, parse, *up, lexicon) == CallOff::Cancelled;
    if (!parse.relation_is(k, "xcomp") && !parse.relation_is(k, "ccomp") && !parse.relation_is(k, "conj")) return false;
    k = *up;
  }
  return false;
}

// "before it expires at midnight on Thursday": an oblique of the clause's verb (or one hung on
// it) names a day, a month, midnight or noon, so the clause keeps a timetable.
bool dated_on_the_calendar(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  const auto calendar_word = [&](std::size_t t) {
    const std::string w = token_lower(text.tokens[t]);
    return is_day_word(w) || is_month_word(w) || w == "midnight" || w == "noon";
  };
  for (const auto c : parse.children(verb)) {
    if (!text.tokens[c].deprel.starts_with("obl")) continue;
    if (calendar_word(c)) return true;
    for (const auto d : parse.children(c))
      if (calendar_word(d)) return true;
  }
  return false;
}

// Whether a time of the verb names a period ahead: "next month", "this summer".
bool dated_ahead(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string> kPeriods = {"week", "weekend", "month", "year", "spring", "summer", "autumn", "winter"};
  for (const auto c : parse.children(verb)) {
    if (!text.tokens[c].deprel.starts_with("obl") || !kPeriods.contains(token_lower(text.tokens[c]))) continue;
    for (const auto d : parse.children(c))
      if (const std::string w = token_lower(text.tokens[d]); w == "next" || w == "this") return true;
  }
  return false;
}

// Whether the clause `i` heads opens with "after" or "when" (its "mark", or the "when" the
// parser hangs on it as an adverb).
bool opened_by_after_or_when(const TokenizedText& text, const ParseView& parse, std::size_t i) {
  for (const std::size_t c : parse.children(i)) {
    const std::string w = token_lower(text.tokens[c]);
    if (c < i && (w == "when" || (w == "after" && parse.relation_is(c, "mark")))) return true;
  }
  return false;
}

// "until it reaches 10 percent in 2031": an oblique of the verb is a year.
bool dated_by_a_year(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  for (const auto c : parse.children(verb)) {
    const std::string& w = text.tokens[c].text;
    const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](unsigned char ch) { return std::isdigit(ch); }) &&
                      (w[0] == '1' || w[0] == '2');
    if (text.tokens[c].deprel.starts_with("obl") && year) return true;
  }
  return false;
}

// Whether the clause `clause` heads is in the present: its verb's tag, or its finite
// auxiliary's when it has one ("after the report is published", "has been heard").
bool told_in_present(const TokenizedText& text, const ParseView& parse, std::size_t clause) {
  std::string tag = text.tokens[clause].xpos;
  for (const std::size_t k : parse.children(clause))
    if (k < clause && text.tokens[k].deprel.starts_with("aux") && finite_tag(text.tokens[k].xpos)) tag = text.tokens[k].xpos;
  return tag == "VBZ" || tag == "VBP";
}

// "has ordered the line to stay shut until an engineer certifies it", "evacuated the town
// before the storm arrives": a clause in the present that "until" or "before" hangs on a verb
// told in the past or the perfect (`told`, its attributes) has not come yet (in the past it
// would read "certified").
bool still_to_come_after_past(const TokenizedText& text, const Sentence& s, std::size_t clause, const EventAttributes& told) {
  const ParseView parse(text, s);
  if (!told_in_present(text, parse, clause)) return false;
  return told.tense == "PAST" || told.aspect == "PERFECTIVE";
}

// "Catch-up sessions will be held every six months after the campaign ends", "will reopen when
// the water recedes": a clause in the present (its finite auxiliary's tense when it has one:
// "after the report is published", "has been heard") that "after" or "when" hangs on a verb
// group still to come tells of what is awaited
// first, as sure as that verb's plan (possible under "could").
// Empty for a clause in the past ("will be tried after he was arrested" happened), under an
// actual or a denied verb ("could not make policy even when the stereotypes reflect ...": a
// case supposed), or opened by "even when".
std::string awaited_clause_modality(const TokenizedText& text, const Sentence& s, std::size_t clause, std::size_t head,
                                    const ClauseCues& cues, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  if (!told_in_present(text, parse, clause)) return {};
  for (std::size_t k = s.first_token + 1; k < clause; ++k)
    if (token_lower(text.tokens[k]) == "when" && token_lower(text.tokens[k - 1]) == "even") return {};
  const std::string modality = event_attributes(text, s, head, cues, lexicon).modality;
  return modality == "actual" || modality == "negated" ? std::string() : modality;
}

// "would stay out until the companies agreed", "will not return before talks resume": a time
// clause under a verb group that is not actual has not happened either, whatever its tense;
// empty when `i` heads no such clause. A gerund of the same subject shares its governor's modality.
// What is to come before a date the calendar gives is a timetable ("racing to extend a truce
// before it expires at midnight on Thursday"): planned.
// Whether `step` is what a verb of trying told as done tried ("tried to reach the probe").
bool attempt_told_as_done(const TokenizedText& text, const Sentence& s, std::size_t step, const ClauseCues& cues,
                          const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto trying = parse.relation_is(step, "xcomp") ? parse.head(step) : std::nullopt;
  return trying && is_verb_of_trying(guess_lemma(text.tokens[*trying], lexicon)) &&
         event_attributes(text, s, *trying, cues, lexicon).modality == "actual";
}

std::string time_clause_modality(const TokenizedText& text, const Sentence& s, std::size_t i, const ClauseCues& cues,
                                 const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  auto head = parse.head(i);
  // ("be sure that inflation will stay low before we cut", "to keep the jets grounded until
  // engineers replace the sensors": the clause hangs on the state, which "stay" or "keep" takes)
  const auto state = [&](std::size_t t) {
    const Token& word = text.tokens[t];
    return word.upos == "ADJ" || word.xpos == "VBN" || word.xpos == "VBD";
  };
  if (head && state(*head) && parse.relation_is(*head, "xcomp")) head = parse.head(*head);
  const auto mark = parse.child(i, "mark");
  if (!head || !parse.relation_is(i, "advcl") || !text.tokens[*head].xpos.starts_with("VB")) return {};
  if (opened_by_after_or_when(text, parse, i)) return awaited_clause_modality(text, s, i, *head, cues, lexicon);
  if (!mark) return {};
  const std::string word = token_lower(text.tokens[*mark]);
  if (word != "until" && word != "till" && word != "before" && word != "once") return {};
  const EventAttributes told = event_attributes(text, s, *head, cues, lexicon);
  const std::string& modality = told.modality;
  if (modality == "actual" && word != "once" && still_to_come_after_past(text, s, i, told)) return "hypothetical";
  // ("ordered the line shut until an engineer certified it": an order lasts no while; the
  // clause bounds what was ordered, which is still to be done)
  const bool bounds_an_order = (word == "until" || word == "till") && lexicon.is_request_verb(guess_lemma(text.tokens[*head], lexicon));
  if (modality == "actual" && bounds_an_order) return "hypothetical";
  if (modality == "actual") return {};
  // "is due to meet him on Thursday before flying to Seoul": a gerund with no subject of its own
  // is its governor's next step, in the same plan.
  const bool own_subject = parse.child(i, "nsubj") || parse.child(i, "nsubj:pass");
  // ("tried to reach the probe for hours before confirming the loss": the step after an
  // attempt told as done is no part of what was tried; it was done as the trying was)
  if (word == "before" && !own_subject && attempt_told_as_done(text, s, *head, cues, lexicon)) return {};
  const bool next_step = text.tokens[i].xpos == "VBG" && !own_subject && modality != "negated";
  if (next_step) return modality;
  if (word == "before" && dated_on_the_calendar(text, parse, i)) return "planned";
  // ("the rate will rise each year until it reaches 10 percent in 2031": a step the calendar
  // dates is as planned as the plan it ends; "prices could stay high until a new pipeline
  // opens next month": a clause with a subject of its own that the calendar dates is told as
  // set, whatever may happen before it)
  const bool dated = dated_on_the_calendar(text, parse, i) || dated_by_a_year(text, parse, i);
  const bool set_for_a_date = (dated && modality == "planned") ||
                              ((dated || dated_ahead(text, parse, i)) && own_subject && modality == "possible");
  return (word == "until" || word == "till") && set_for_a_date ? "planned" : "hypothetical";
}

// Whether the sentence holds a word that opens a condition ("if", "unless") or says that one
// did not hold ("otherwise"), or opens with a supposition ("Without the levee, the town would
// have flooded").
bool condition_in_sentence(const TokenizedText& text, const Sentence& s, const EventLexicon& lexicon) {
  std::size_t first = s.first_token;
  while (first + 1 < s.first_token + s.token_count && text.tokens[first].upos == "PUNCT") ++first;  // (an opening quote)
  if (token_lower(text.tokens[first]) == "without") return true;
  for (std::size_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
    const std::string w = token_lower(text.tokens[k]);
    if (w == "otherwise" || lexicon.has_category(w, "conditional")) return true;
  }
  return false;
}

// Whether `word` names a time of its own: a number or a name, as a year or a month is, a word
// that opens with a digit, as a decade does ("the late 2030s", "the 1990s"), or a season ("the
// spring").
bool names_a_time(const Token& word) {
  return word.upos == "NUM" || word.upos == "PROPN" || is_season_word(token_lower(word)) ||
         (!word.text.empty() && std::isdigit(static_cast<unsigned char>(word.text[0])));
}

// "not expected to start before 2026", "is not expected before the late 2030s": a verb with a
// "before" phrase of a time of its own. (not an event: "not expected to resign before the
// election" may resign after it, or never)
bool happens_not_before(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  return has_phrase_opened_by(text, s, verb, {"before"}, [&](const ParseView&, std::size_t c) {
    return names_a_time(text.tokens[c]);
  });
}

// "prevented the protesters from entering the building", "saved the boy from drowning": a
// gerund a keeping verb governs through "from" did not happen, unless the keeping did not
// ("did not stop them from leaving") or was only wanted or tried ("failed to prevent them from
// entering"; "managed to stop them" did keep them).
bool kept_from(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  const ParseView parse(text, s);
  if (!parse.parsed() || text.tokens[verb].xpos != "VBG" || !parse.relation_is(verb, "advcl")) return false;
  const auto mark = parse.child(verb, "mark");
  const auto keeper = parse.head(verb);
  if (!mark || token_lower(text.tokens[*mark]) != "from" || !keeper || !keeps_from(text.tokens[*keeper].lemma)) return false;
  if (aux_chain(text, s, *keeper).negated) return false;
  static constexpr std::string_view kUnsure[] = {"try", "attempt", "fail", "seek", "struggle", "want", "hope", "aim"};
  const auto governor = parse.relation_is(*keeper, "xcomp") ? parse.head(*keeper) : std::nullopt;
  return !governor || std::find(std::begin(kUnsure), std::end(kUnsure), text.tokens[*governor].lemma) == std::end(kUnsure);
}

// "The talks came close to collapsing", "came near to quitting": what came close did not happen.
bool came_close_to(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  const ParseView parse(text, s);
  if (!parse.parsed() || !parse.relation_is(verb, "advcl")) return false;
  const auto mark = parse.child(verb, "mark");
  const auto come = parse.head(verb);
  if (!mark || token_lower(text.tokens[*mark]) != "to" || !come || text.tokens[*come].lemma != "come") return false;
  for (const auto c : parse.children(*come)) {
    const std::string w = token_lower(text.tokens[c]);
    if (parse.relation_is(c, "advmod") && (w == "close" || w == "near")) return true;
  }
  return false;
}

// "An expert panel advised against lowering the age", "voted against raising fees", "warned the
// government against cutting taxes": a gerund that a verb of counsel or decision (modality.tsv
// against-governor) takes with "against" is what it advises or decides not to do (negated), or,
// that verb denied, what may yet be done ("did not vote against selling": possible). Empty for
// any other word; an event noun after "against" is left alone ("voted against the war" does
// not undo the war).
std::string counsel_against_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                     const EventLexicon& lexicon) {
  constexpr std::size_t kMaxObjectWords = 5;  // "warned [the new government] against"
  // (a gerund the tagger read as a noun, "against cutting taxes", all the same)
  const bool gerund = text.tokens[verb].xpos == "VBG" || ends_with(token_lower(text.tokens[verb]), "ing");
  if (!gerund || verb < s.first_token + 2 || token_lower(text.tokens[verb - 1]) != "against") return {};
  for (std::size_t k = verb - 1; k > s.first_token && verb - 1 - k <= kMaxObjectWords;) {
    --k;
    if (text.tokens[k].upos != "VERB") continue;
    if (!lexicon.has_category(guess_lemma(text.tokens[k], lexicon), "against-governor")) return {};
    return aux_chain(text, s, k).negated ? "possible" : "negated";
  }
  return {};
}

// "The review recommended closing unprofitable stores", "urged scrapping the tax", "proposed
// cutting 200 jobs", "considered selling the unit": a gerund that a verb of counsel or request
// (modality.tsv against-governor, request_verbs.txt) or one that leaves its infinitive possible
// (poss-governor) takes right after it as its complement is what it puts forward, which may or
// may not be done: possible. Not after "try", whose gerund was done ("tried pulling the lever").
bool proposed_gerund(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto head = parse.head(verb);
  if (!parse.parsed() || text.tokens[verb].xpos != "VBG" || !head || *head > verb) return false;
  const bool complement = parse.relation_is(verb, "xcomp") || parse.relation_is(verb, "ccomp") ||
                          parse.relation_is(verb, "advcl") || parse.relation_is(verb, "obj");
  if (!complement || parse.child(verb, "mark") || parse.child(verb, "nsubj")) return false;
  // (a particle of the verb between: "ruled out asking")
  for (std::size_t k = *head + 1; k < verb; ++k)
    if (text.tokens[k].upos != "ADV" && !parse.relation_is(k, "compound:prt")) return false;
  const std::string lemma = guess_lemma(text.tokens[*head], lexicon);
  if (lemma == "try") return false;
  // ("waiting risked damaging the economy": what a verb of risk (risk-of) risks may or may not come)
  return lexicon.has_category(lemma, "against-governor") || lexicon.is_request_verb(lemma) ||
         lexicon.has_category(lemma, "poss-governor") || lexicon.has_category(lemma, "risk-of");
}

// "ruled out raising taxes": a gerund a verb of counsel with "out" excludes did not happen;
// "did not rule out asking for a change of venue": one not excluded may happen. Empty when the
// gerund is no such verb's complement.
std::string excluded_gerund_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                     const EventLexicon& lexicon) {
  if (!proposed_gerund(text, s, verb, lexicon)) return {};
  const ParseView parse(text, s);
  const std::size_t head = *parse.head(verb);
  const auto particle = parse.child(head, "compound:prt");
  if (!particle || token_lower(text.tokens[*particle]) != "out") return {};
  return aux_chain(text, s, head).negated ? "possible" : "negated";
}

bool subject_is_no_one(const TokenizedText& text, const Sentence& s, std::size_t i);

// "She never let a young scientist fail", "did not make anyone resign": what a denied verb of
// letting or making lets or makes happen (its bare infinitive, no "to") did not happen; under a
// modal it stands as the modal says ("would let the bank fail"). Empty otherwise.
std::string let_or_made_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                 const EventLexicon& lexicon) {
  static constexpr std::string_view kLetting[] = {"let", "make", "have", "help"};
  const ParseView parse(text, s);
  const auto head = parse.head(verb);
  // (the bare infinitive is often tagged a present: "made the workers leave")
  const bool bare = text.tokens[verb].xpos == "VB" || text.tokens[verb].xpos == "VBP";
  if (!head || *head > verb || !bare || !parse.relation_is(verb, "xcomp")) return {};
  if (parse.child(verb, "mark") || !parse.child(*head, "obj")) return {};
  const std::string lemma = guess_lemma(text.tokens[*head], lexicon);
  if (std::find(std::begin(kLetting), std::end(kLetting), lemma) == std::end(kLetting)) return {};
  const AuxChain chain = aux_chain(text, s, *head);
  if (chain.negated || subject_is_no_one(text, s, *head)) return "negated";
  for (const auto& aux : chain.words)
    if (auto m = modality_from_word(aux, lexicon); !m.empty()) return m;
  return {};
}

// "would rather stand down than lose a lander", "would sooner resign than apologise": what is
// set after "than" against a preference is not done.
bool passed_over(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  const ParseView parse(text, s);
  const auto head = parse.head(verb);
  if (!head || verb <= s.first_token || token_lower(text.tokens[verb - 1]) != "than") return false;
  for (const auto c : parse.children(*head)) {
    const std::string w = token_lower(text.tokens[c]);
    if (w == "rather" || w == "sooner") return true;
  }
  return false;
}

// "Prosecutors say he took bribes", "the lawsuit says the firm hid losses": a clause a party to a
// charge or claim (claimant_nouns.txt) reports is alleged, as after "allege".
bool told_by_claimant(const TokenizedText& text, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  const auto report = parse.head(verb);
  if (!report || !parse.relation_is(verb, "ccomp") || !lexicon.has_category(guess_lemma(text.tokens[*report], lexicon), "report"))
    return false;
  const auto subject = parse.child(*report, "nsubj");
  return subject && lexicon.is_claimant_noun(guess_lemma(text.tokens[*subject], lexicon));
}

// "Prosecutors alleged that the mayor took bribes", "accused the mayor of taking bribes": a
// claim's clause may or may not have happened; so may what a negated verb of perceiving or
// establishing governs ("did not see the driver hit the cyclist", "did not find that the drug
// caused the deaths").
bool claimed_or_unseen(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  if (claim_noun_of_clause(text, parse, verb) || told_by_claimant(text, parse, verb, lexicon)) return true;
  const auto governor = claiming_or_perceiving_governor(text, parse, verb);
  if (!governor) return false;
  if (is_verb_of_claiming(text.tokens[*governor].lemma)) return true;
  return aux_chain(text, s, *governor).negated;
}

// Whether the clause of `verb` is only claimed (claimed_or_unseen) or is what a verb of
// disputing denies (predicates.tsv disputes: "denied that the firm planned ...").
bool claimed_or_disputed(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto head = parse.head(verb);
  const bool disputed = head && parse.relation_is(verb, "ccomp") &&
                        lexicon.has_category(guess_lemma(text.tokens[*head], lexicon), "disputes");
  return disputed || claimed_or_unseen(text, s, verb, lexicon);
}

// "would begin talks about forming a coalition", "are expected to vote on raising the fee": a
// gerund that "about" or "on" opens, with no subject of its own, is what is to be talked of or
// decided; on a verb told as still to come (or only possible) it is not told as done either
// ("complained about waiting for hours": they waited). The verb it hangs on; none for any other word.
std::optional<std::size_t> topic_gerund_host(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  const ParseView parse(text, s);
  if (!parse.parsed() || text.tokens[verb].xpos != "VBG" || parse.child(verb, "nsubj")) return std::nullopt;
  const auto mark = parse.child(verb, "mark");
  const auto host = parse.head(verb);
  const std::string opener = mark ? token_lower(text.tokens[*mark]) : std::string();
  const bool about = opener == "about" || opener == "on";
  return about && host && text.tokens[*host].upos == "VERB" ? host : std::nullopt;
}

// "Fishing on the lake would be banned", "drilling will begin": the verb a gerund with no subject
// of its own stands as the subject of, the parser's subject or a gerund it hung before a verb
// group that has no subject ("If it rains, fishing ... would be banned"); none otherwise.
std::optional<std::size_t> gerund_subject_host(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  const ParseView parse(text, s);
  const auto host = parse.head(verb);
  if (!parse.parsed() || text.tokens[verb].xpos != "VBG" || !host || *host < verb) return std::nullopt;
  if (parse.child(verb, "nsubj") || parse.child(verb, "mark")) return std::nullopt;
  if (parse.relation_is(verb, "nsubj") || parse.relation_is(verb, "nsubj:pass") || parse.relation_is(verb, "csubj"))
    return host;
  const bool host_has_subject = parse.child(*host, "nsubj") || parse.child(*host, "nsubj:pass") || parse.child(*host, "expl");
  return parse.relation_is(verb, "advcl") && !host_has_subject ? host : std::nullopt;
}

// "thought about quitting", "dreamed of winning the title": a gerund with no subject of its own
// that "about" or "of" opens under a verb of thinking (modality.tsv muses-on) is only thought of.
bool mused_over(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  if (!parse.parsed() || text.tokens[verb].xpos != "VBG" || parse.child(verb, "nsubj")) return false;
  const auto mark = parse.child(verb, "mark");
  const auto host = parse.head(verb);
  const std::string opener = mark ? token_lower(text.tokens[*mark]) : std::string();
  return (opener == "about" || opener == "of") && host &&
         lexicon.has_category(guess_lemma(text.tokens[*host], lexicon), "muses-on");
}

// "The bank almost collapsed in 2008", "was nearly relegated": what nearly happened did not.
// ("Nearly 200 people died": that "nearly" hangs on the number, not on the verb; "sales nearly
// doubled" tells how far they rose, which they did.)
bool nearly_happened(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  static constexpr std::string_view kMultiplying[] = {"double", "triple", "treble", "quadruple", "halve"};
  const ParseView parse(text, s);
  const std::string lemma = text.tokens[verb].lemma;
  if (!parse.parsed() || std::find(std::begin(kMultiplying), std::end(kMultiplying), lemma) != std::end(kMultiplying)) return false;
  for (const auto c : parse.children(verb)) {
    const std::string w = token_lower(text.tokens[c]);
    if (parse.relation_is(c, "advmod") && c < verb && (w == "almost" || w == "nearly")) return true;
  }
  return false;
}

// The word a verb's subject stands for: the subject, or for a relative pronoun the noun its
// clause hangs on ("none that caused the truce to collapse": "none").
std::size_t subject_word(const ParseView& parse, const TokenizedText& text, std::size_t verb, std::size_t subject) {
  const std::string w = token_lower(text.tokens[subject]);
  const bool relative_pronoun = w == "that" || w == "which" || w == "who";
  const auto antecedent = parse.relation(verb) == "acl:relcl" ? parse.head(verb) : std::nullopt;
  return relative_pronoun && antecedent ? *antecedent : subject;
}

// "No candidate won a majority", "nobody was hurt", "none of the ships sailed", "neither the
// mayor nor the governor attended", "recorded 14 breaches, but none that caused a collapse": a
// subject that names no one says the event did not happen.
bool subject_is_no_one(const TokenizedText& text, const Sentence& s, std::size_t i) {
  const ParseView parse(text, s);
  for (const char* relation : {"nsubj", "nsubj:pass"}) {
    auto subject = parse.child(i, relation);
    if (!subject) continue;
    subject = subject_word(parse, text, i, *subject);
    const std::string w = token_lower(text.tokens[*subject]);
    if (names_no_one(w)) return true;
    if (w == "one" && *subject > s.first_token && token_lower(text.tokens[*subject - 1]) == "no") return true;
    const auto det = parse.child(*subject, "det");
    if (det && determines_none(token_lower(text.tokens[*det]))) return true;
    if (nor_conjunct(text, parse, *subject)) return true;
  }
  return false;
}

// Whether the verb group that governs `i` is in the past, looking up the parse from `i` itself:
// "announced that Washington would leave" and "planned to visit" are; "will leave", "plans to
// visit" and "said the summit will open" are not. A "would" asks the clause above.
bool governed_from_past(const TokenizedText& text, const Sentence& s, std::size_t i) {
  const ParseView parse(text, s);
  if (!parse.parsed()) return false;
  std::optional<std::size_t> at = i;
  for (int depth = 0; at && depth < 5; ++depth, at = parse.head(*at)) {
    bool would = false, auxiliary = false;
    for (const auto c : parse.children(*at)) {
      if (!parse.relation_is(c, "aux")) continue;
      auxiliary = true;
      const std::string w = token_lower(text.tokens[c]);
      if (is_future_modal(w)) return false;
      if (w == "would" || w == "'d") would = true;
      if (w == "did" || w == "had" || w == "was" || w == "were") return true;
    }
    const std::string& xpos = text.tokens[*at].xpos;
    if (would || *at == i) continue;
    // A participle with no auxiliary heading the clause is a past tense the tagger misread.
    if (xpos == "VBD" || (xpos == "VBN" && !auxiliary)) return true;
    if (xpos == "VBZ" || xpos == "VBP" || xpos == "MD") return false;
  }
  return false;
}

// Whether a verb whose past and present look alike ("cut", "hit") is told in the past when the
// tagger says so: not in a clause of habit ("each spring, floods hit the valley"; "searched
// every house after the quake hit" is no habit).
bool told_in_past_form(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  static const std::set<std::string, std::less<>> kParts = {"spring", "summer", "autumn", "fall",    "winter",
                                                            "morning", "evening", "night", "weekend", "season", "time"};
  for (std::size_t k = s.first_token; k + 1 < verb; ++k) {
    const std::string w = token_lower(text.tokens[k]), next = token_lower(text.tokens[k + 1]);
    const bool recurring = is_time_unit(next) || is_day_word(next) || kParts.contains(next);
    if ((w == "each" || w == "every") && recurring) return false;
  }
  return true;
}

// Whether the clause that `noun` belongs to tells of the past: a past tense, or a past or perfect
// auxiliary or copula ("was held", "has shut every school", "was a success").
bool noun_clause_in_past(const TokenizedText& text, const Sentence& s, std::size_t noun) {
  const ParseView parse(text, s);
  const auto head = parse.head(noun);
  if (!head) return false;
  if (text.tokens[*head].xpos == "VBD") return true;
  for (const auto c : parse.children(*head)) {
    const bool auxiliary = parse.relation_is(c, "aux") || parse.relation_is(c, "cop");
    const std::string w = token_lower(text.tokens[c]);
    if (auxiliary && (text.tokens[c].xpos == "VBD" || w == "has" || w == "have" || w == "'ve")) return true;
  }
  return false;
}

// "The vote, scheduled for next Tuesday, has been cancelled", "the strike planned for next
// week": a scheduling participle stands for the thing scheduled, at the time it was scheduled
// for. Called off or put off, it does not happen then; else it lies ahead unless its noun's
// clause tells of the past ("the summit, planned for June, was held in Geneva": empty, as told).
std::string scheduled_modality(const TokenizedText& text, const Sentence& s, std::size_t noun,
                               const EventLexicon& lexicon) {
  if (called_off(text, ParseView(text, s), noun, lexicon) != CallOff::None) return "negated";
  return noun_clause_in_past(text, s, noun) ? "" : "planned";
}

}  // namespace

// "A decision on whether to extend the deadline will be made in September": "whether to" opens
// a question whose infinitive ends it, not a condition over the rest of the sentence. The last
// token of that infinitive's phrase; none for any other "whether" or "if".
std::optional<std::size_t> infinitive_question_end(const TokenizedText& text, const Sentence& s, std::size_t mark) {
  const std::size_t end = s.first_token + s.token_count;
  if (token_lower(text.tokens[mark]) != "whether" || mark + 1 >= end || token_lower(text.tokens[mark + 1]) != "to")
    return std::nullopt;
  const ParseView parse(text, s);
  const auto verb = parse.head(mark);
  if (!verb || *verb <= mark) return std::nullopt;
  std::size_t last = *verb;
  for (std::size_t k = *verb + 1; k < end; ++k) {
    std::optional<std::size_t> up = k;
    for (int step = 0; step < 8 && up && *up != *verb; ++step) up = parse.head(*up);
    if (!up || *up != *verb) break;
    last = k;
  }
  return last;
}

ClauseCues ClauseCues::of(const TokenizedText& text, const Sentence& s, const EventLexicon& lexicon) {
  ClauseCues cues;
  cues.conditional.assign(s.token_count, 0);
  cues.has_article.assign(s.token_count, 0);
  // "The WHO expects": an article with a noun between it and its head belongs to that noun,
  // whatever the parser says; "the final plenary would resume": one with an auxiliary between
  // belongs to the subject before the verb group, not to its verb.
  const auto noun_between = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from + 1; k < to; ++k) {
      const std::string& upos = text.tokens[s.first_token + k].upos;
      if (upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "AUX") return true;
    }
    return false;
  };
  // "The companies last tried to combine", "the two first met in 2019": "last" or "first" hung
  // as an adjective on a verb with a subject of its own tells when it happened, an adverb
  const auto has_subject = [&](std::size_t head) {
    for (std::size_t k = 0; k < s.token_count; ++k) {
      const Token& t = text.tokens[s.first_token + k];
      if (t.head == static_cast<int>(head) && (t.deprel == "nsubj" || t.deprel == "nsubj:pass")) return true;
    }
    return false;
  };
  const auto adverb_of_order = [&](const Token& t) {
    const std::string w = token_lower(t);
    return (w == "last" || w == "first") && has_subject(static_cast<std::size_t>(t.head));
  };
  for (std::size_t k = 0; k < s.token_count; ++k) {
    const Token& t = text.tokens[s.first_token + k];
    const bool article = t.deprel == "det" && is_determiner(token_lower(t)) && token_lower(t) != "that";
    const bool adjective = t.deprel == "amod" && !adverb_of_order(t);
    if ((article || adjective) && t.head >= 0 && static_cast<std::size_t>(t.head) < s.token_count &&
        !noun_between(k, static_cast<std::size_t>(t.head)))
      cues.has_article[static_cast<std::size_t>(t.head)] = 1;
  }
  bool inside = false;
  std::size_t question_end = text.tokens.size();  // none
  for (std::size_t k = 0; k < s.token_count; ++k) {
    const std::string w = token_lower(text.tokens[s.first_token + k]);
    if (lexicon.has_category(w, "conditional")) {
      inside = true;
      question_end = infinitive_question_end(text, s, s.first_token + k).value_or(text.tokens.size());
    } else if (w == "," || w == ";" || w == ":" || w == "then") {
      inside = false;
    }
    cues.conditional[k] = inside ? 1 : 0;
    if (s.first_token + k >= question_end) {
      inside = false;
      question_end = text.tokens.size();
    }
  }
  return cues;
}

// "voted last month to hire an outside auditor", "members voted to strike", "opted to sell":
// a vote or a choice decides what its infinitive says, which is then still to be done.
bool decides_by_choice(const std::string& lemma) {
  static constexpr std::string_view kChoosing[] = {"vote", "opt", "elect", "resolve", "choose"};
  return std::find(std::begin(kChoosing), std::end(kChoosing), lemma) != std::end(kChoosing);
}

// "voted to strike": a choice plans its infinitive's act; not one of accepting or refusing a
// proposal ("voted to reject the offer"), which the vote itself carries out, told as the vote is.
bool plans_by_choice(const std::string& governor, const std::string& act, const EventLexicon& lexicon) {
  return decides_by_choice(governor) && !lexicon.has_category(act, "settled-by-decision");
}

// What "without" or "instead of" beside the verb `main` leaves out did not happen; beside a
// modal or negated verb, it is a condition ("cannot leave without notifying the court").
std::string omission_modality(const AuxChain& main, const EventLexicon& lexicon) {
  const bool modal = std::any_of(main.words.begin(), main.words.end(),
                                 [&](const std::string& aux) { return !modality_from_word(aux, lexicon).empty(); });
  return main.negated || modal ? "hypothetical" : "negated";
}

// "was taken into custody without a shot being fired": a participle on a noun that "without"
// opens, beside a verb.
std::string omitted_participle_modality(const TokenizedText& text, const Sentence& s, const ParseView& parse,
                                        std::size_t verb, const EventLexicon& lexicon) {
  const auto noun = parse.head(verb);
  if (!noun || !parse.relation_is(verb, "acl")) return {};
  const auto opener = parse.child(*noun, "case");
  const auto main = parse.head(*noun);
  if (!opener || token_lower(text.tokens[*opener]) != "without" || !main || text.tokens[*main].upos != "VERB") return {};
  return omission_modality(aux_chain(text, s, *main), lexicon);
}

// "will travel to Paris to sign the treaty", "would not invoke its powers to force workers
// back": an adverbial clause that "to" opens tells an aim, as planned, possible or negated as the
// verb it hangs on (beside a verb told as done it is left as done: "rallied to demand his
// return" demands it; beside one told as under way it is still ahead, planned: "were racing to
// extend the truce", "are working to restore power"). One that "without" or "instead of" opens
// did not happen ("switched the water source without adding chemicals"), nor did a participle on
// a noun "without" opens. Empty for any other clause.
std::string aim_or_omission_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                     const ClauseCues& cues, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  if (auto omitted = omitted_participle_modality(text, s, parse, verb, lexicon); !omitted.empty()) return omitted;
  const auto head = parse.head(verb);
  if (!head || !parse.relation_is(verb, "advcl") || text.tokens[*head].upos != "VERB") return {};
  const AuxChain main = aux_chain(text, s, *head);
  for (const auto mark : parse.children(verb)) {
    if (!parse.relation_is(mark, "mark") && !parse.relation_is(mark, "case")) continue;
    const std::string w = token_lower(text.tokens[mark]);
    if (w == "without" || w == "instead") return omission_modality(main, lexicon);
    // ("does not change the terms except to extend the deadline": the exception is done)
    if (w == "except" && main.negated) return {};
  }
  const AuxChain chain = aux_chain(text, s, verb);
  if (!chain.infinitive || chain.negated) return {};
  // ("it could take two weeks to restore power": the infinitive is what takes the time, no aim;
  // "said it would commission a review, to be completed by June" has one)
  const auto subject = parse.child(*head, "nsubj");
  const bool measures = lexicon.has_category(guess_lemma(text.tokens[*head], lexicon), "measures-it");
  if (subject && token_lower(text.tokens[*subject]) == "it" && measures) return {};
  if (main.negated) return "negated";
  // ("said it would commission a review, to be completed by June": the future as seen then)
  for (const auto& aux : main.words)
    if (auto m = modality_from_word(aux, lexicon); !m.empty())
      return seen_from_report(m, aux == "would" || aux == "'d", text, s, *head, lexicon);
  if (plans_by_choice(guess_lemma(text.tokens[*head], lexicon), guess_lemma(text.tokens[verb], lexicon), lexicon))
    return "planned";
  // ("plan to return in 2020 to examine a second slab": the aim of an infinitive is as its plan)
  if (main.infinitive) {
    const std::string governed = event_attributes(text, s, *head, cues, lexicon).modality;
    if (governed != "actual") return governed;
  }
  // ("includes $180 million to close a deficit", "sets aside funds to hire teachers": beside a
  // simple present the aim is still ahead too; not beside "has until Friday to file", a deadline,
  // or "takes two weeks to", a measure)
  const std::string& host_tag = text.tokens[*head].xpos;
  const std::string host = guess_lemma(text.tokens[*head], lexicon);
  const bool simple_present = main.words.empty() && (host_tag == "VBZ" || host_tag == "VBP") && host != "have" &&
                              host != "be" && host != "take";
  return under_way(text.tokens[*head], main) || simple_present ? "planned" : "";
}

// Whether `verb` heads a clause a past verb of saying reports ("said the vote was set for
// Friday"), where a past tense may stand for the present the speaker saw.
bool reported_in_past(const TokenizedText& text, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  const auto report = parse.head(verb);
  return report && parse.relation_is(verb, "ccomp") && text.tokens[*report].xpos == "VBD" &&
         lexicon.has_category(guess_lemma(text.tokens[*report], lexicon), "report");
}

// "A public meeting is scheduled for Thursday", "The vote is set for Friday": a thing a
// present passive of scheduling (data/events/modality.tsv "schedules") gives a time with "for"
// is planned, whether that time is today or later; so is one a past report tells in the past
// ("said the vote was set for Friday").
bool scheduled_now(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                   const EventLexicon& lexicon) {
  if (!lexicon.has_category(guess_lemma(text.tokens[verb], lexicon), "schedules")) return false;
  const ParseView parse(text, s);
  const bool reported_past = has_any(chain.words, {"was", "were"}) && reported_in_past(text, parse, verb, lexicon);
  if (!has_any(chain.words, {"is", "are", "'s", "'re"}) && !reported_past) return false;
  for (const auto c : parse.children(verb)) {
    const auto opener = parse.relation_is(c, "obl") ? parse.child(c, "case") : std::nullopt;
    if (opener && token_lower(text.tokens[*opener]) == "for") return true;
  }
  return false;
}

// "The detainees are to be handed over", "The minister is to visit": an infinitive right after a
// present "be" is a plan. (A past one was a plan then: "was to arrive on Monday, but it never came".)
bool planned_with_be_to(const TokenizedText& text, const Sentence& s, const AuxChain& chain) {
  if (!chain.infinitive || chain.negated || chain.start <= s.first_token) return false;
  const Token& be = text.tokens[chain.start - 1];
  return be.lemma == "be" && (be.xpos == "VBZ" || be.xpos == "VBP");
}

// "commission a review, to be completed by the summer", "a bridge to be built next year": a
// passive infinitive on a noun tells what is still to be done to it. Not after a rank ("the first
// woman to be elected", "the only site to be spared", "the 12th man to be named"), which tells
// what was done.
bool to_be_done_to_noun(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain) {
  static constexpr std::string_view kRanks[] = {"first", "last", "only", "second", "third", "latest", "next"};
  if (!chain.infinitive || chain.negated || std::find(chain.words.begin(), chain.words.end(), "be") == chain.words.end())
    return false;
  const ParseView parse(text, s);
  const auto noun = parse.head(verb);
  if (!noun || *noun > verb || !parse.relation_is(verb, "acl") || text.tokens[*noun].upos != "NOUN") return false;
  for (const auto c : parse.children(*noun)) {
    const Token& t = text.tokens[c];
    const std::string w = token_lower(t);
    const bool numbered = !w.empty() && std::isdigit(static_cast<unsigned char>(w.front())) && t.upos == "ADJ";  // "456th"
    const bool ranked = std::find(std::begin(kRanks), std::end(kRanks), w) != std::end(kRanks) || numbered;
    if (ranked || t.xpos == "JJS") return false;
  }
  return true;
}

// "Suez Canal reopens after blockage; backlog to clear by mid-month": the noun phrase ending at
// `noun` opens a clause of its own after a semicolon, whatever the parser hung it on.
bool opens_after_semicolon(const TokenizedText& text, const Sentence& s, std::size_t noun) {
  for (std::size_t k = noun; k > s.first_token; --k) {
    const std::string& upos = text.tokens[k].upos;
    if (upos != "NOUN" && upos != "PROPN" && upos != "ADJ" && upos != "DET" && upos != "NUM") return false;
    if (text.tokens[k - 1].text == ";") return true;
  }
  return false;
}

// "Council to vote on budget", "Minister to resign", "Nimbus to cut 1,800 jobs as cloud growth
// slows": an infinitive right after a noun that no finite verb governs is a headline's future.
bool headline_infinitive(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain) {
  if (!chain.infinitive || chain.negated || chain.start <= s.first_token) return false;
  const std::string& before = text.tokens[chain.start - 1].upos;
  if (before != "NOUN" && before != "PROPN") return false;
  const std::span<const Token> sentence(text.tokens.data() + s.first_token, s.token_count);
  return !under_finite_verb(sentence, verb - s.first_token) || opens_after_semicolon(text, s, chain.start - 1);
}

// Whether the words that end at `last` are "until" and a short noun phrase ("until Friday",
// "until the end of the month"): the time an infinitive after them may be done by.
bool ends_until_phrase(const TokenizedText& text, const Sentence& s, std::size_t last) {
  constexpr std::size_t kMaxPhraseWords = 6;
  // ("has 90 days, until Nov. 23, to decide": the phrase set off by commas)
  if (text.tokens[last].text == "," && last > s.first_token) --last;
  for (std::size_t k = last; k > s.first_token && last - k < kMaxPhraseWords; --k) {
    const Token& t = text.tokens[k];
    const bool phrase = t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "NUM" || t.upos == "DET" ||
                        t.upos == "ADJ" || token_lower(t) == "of";
    if (!phrase) return false;
    const std::string before = token_lower(text.tokens[k - 1]);
    if (before == "until" || before == "till") return true;
  }
  return false;
}

// "has 18 months to comply", "gave the company 30 days to pay", "were given until Friday to
// leave", "won the right to host the games": an infinitive after a time or a right
// (predicates.tsv holder-noun) that a verb of having or giving grants says what its holder may
// do (possible), or, the grant denied, will not ("were not given time to respond"); empty for
// any other ("took six hours to bring the fire under control" tells what was done).
std::string granted_modality(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                             const EventLexicon& lexicon) {
  static constexpr std::string_view kGranting[] = {"have", "give", "grant", "get", "receive",
                                                   "offer", "allow", "win", "gain"};
  if (!chain.infinitive || chain.start <= s.first_token) return {};
  const std::size_t before = chain.start - 1;
  const bool holder = lexicon.has_category(guess_lemma(text.tokens[before], lexicon), "holder-noun");
  if (!holder && !ends_until_phrase(text, s, before)) return {};
  const ParseView parse(text, s);
  auto granting = parse.head(verb);
  if (granting && text.tokens[*granting].upos != "VERB") granting = parse.head(*granting);  // the noun's verb
  if (!granting) return {};
  const std::string lemma = guess_lemma(text.tokens[*granting], lexicon);
  if (std::find(std::begin(kGranting), std::end(kGranting), lemma) == std::end(kGranting)) return {};
  return aux_chain(text, s, *granting).negated ? "negated" : "possible";
}

// "Lower costs would help firms invest", "would force the rebels to withdraw", "It would be a
// mistake to keep policy tight": an infinitive complement of a predicate whose own verb group
// has a modal is as planned, possible or hypothetical as that modal ("would" after a past report
// is the future seen then). One that a present evaluation with "it" for its subject governs ("It
// is important to act quickly") is hypothetical ("It was a mistake to invade" tells a deed).
std::string modal_predicate_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                     const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto head = parse.head(verb);
  // (a bare infinitive after an object tagged VBP, "help families pay", is one all the same)
  const bool misread = text.tokens[verb].xpos == "VBP" && parse.relation_is(verb, "xcomp") && !parse.child(verb, "nsubj");
  if (!head || (text.tokens[verb].xpos != "VB" && !misread)) return {};
  const bool complement = parse.relation_is(verb, "xcomp") || parse.relation_is(verb, "ccomp") ||
                          parse.relation_is(verb, "csubj") || parse.relation_is(verb, "acl");
  if (!complement) return {};
  bool present_copula = false, it_subject = false;
  for (const auto c : parse.children(*head)) {
    const std::string w = token_lower(text.tokens[c]);
    if (parse.relation_is(c, "aux"))
      if (auto m = modality_from_word(w, lexicon); !m.empty())
        return seen_from_report(m, w == "would" || w == "'d", text, s, *head, lexicon);
    present_copula = present_copula || (parse.relation_is(c, "cop") && (w == "is" || w == "'s"));
    it_subject = it_subject || ((parse.relation_is(c, "nsubj") || parse.relation_is(c, "expl")) && w == "it");
  }
  return present_copula && it_subject ? "hypothetical" : "";
}

// "no plans", "no immediate intention": a noun whose determiner is "no".
bool determined_by_no(const TokenizedText& text, const Sentence& s, std::size_t noun) {
  if (text.tokens[noun].upos != "NOUN") return false;
  const ParseView parse(text, s);
  const auto det = parse.child(noun, "det");
  return det && token_lower(text.tokens[*det]) == "no";
}

// What a negated governor's infinitive is: denied ("did not agree to pay", "nobody wants to
// leave", "have not been able to reach"), except after "not hesitate", a readiness (possible:
// "will not hesitate to close schools"), and under a verb of expecting, which denies only the
// foresight: "did not expect to win" may yet be won (possible), and "is not expected to reopen
// until March" is a reopening expected then (planned); and under a word of likelihood, which
// leaves it possible ("is not likely to recover").
std::string negated_governor_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                      const AuxChain& chain, const EventLexicon& lexicon) {
  const std::string governor = guess_lemma(text.tokens[chain.start - 1], lexicon);
  if (lexicon.has_category(governor, "possible-adj") || lexicon.has_category(governor, "not-holding-back")) return "possible";
  if (!is_verb_of_expecting(governor)) return "negated";
  return happens_only_then(text, s, verb, lexicon) || happens_not_before(text, s, verb) ? "planned" : "possible";
}

// "with rapid games followed, if necessary, by blitz", "will be extended if needed": an "if" with
// no clause of its own (no subject) makes the verb it hangs on hold only on that condition,
// whatever its tense says.
bool elliptical_condition(const TokenizedText& text, const ParseView& parse, std::size_t verb, const EventLexicon& lexicon) {
  for (const auto clause : parse.children(verb)) {
    if (!parse.relation_is(clause, "advcl") || parse.child(clause, "nsubj") || parse.child(clause, "nsubj:pass")) continue;
    const auto mark = parse.child(clause, "mark");
    if (mark && mark < clause && lexicon.has_category(token_lower(text.tokens[*mark]), "conditional") &&
        text.tokens[clause].upos != "VERB")
      return true;
  }
  return false;
}

// "The mayor will resign if the vote fails", "The union strikes unless pay rises": a plan or a
// present tense that an "if" or "unless" clause hangs on holds only on that condition; so does
// any verb an elliptical "if necessary" hangs on.
bool on_condition(const TokenizedText& text, const Sentence& s, std::size_t verb, const std::string& modality,
                  const std::string& tense, const EventLexicon& lexicon) {
  // ("could suggest a cemetery if it also covers a burial": what may be holds only on it too)
  const bool told_ahead = modality == "planned" || modality == "possible" || (modality.empty() && tense == "PRESENT");
  return (told_ahead || modality.empty()) && (told_ahead ? has_condition(text, ParseView(text, s), verb, lexicon)
                                                         : elliptical_condition(text, ParseView(text, s), verb, lexicon));
}

// "have called a general strike for December 12 if the budget includes pay cuts": a noun told
// as it is (or planned) whose phrase an "if" or "unless" clause closes (no verb between, the parser may
// hang the clause anywhere) is planned only on that condition.
bool planned_on_condition(const TokenizedText& text, const Sentence& s, std::size_t noun, const EventLexicon& lexicon) {
  constexpr std::size_t kPhraseWords = 8;  // "[for December 12] if", "[at the port for October 21] unless"
  const std::size_t end = s.first_token + s.token_count;
  for (std::size_t k = noun + 1; k < end && k <= noun + kPhraseWords; ++k) {
    const std::string w = token_lower(text.tokens[k]);
    if (w != "whether" && lexicon.has_category(w, "conditional")) return true;
    const std::string& upos = text.tokens[k].upos;
    if (upos == "VERB" || upos == "AUX" || upos == "PRON" || upos == "CCONJ" || w == "," || w == ".") return false;
  }
  return false;
}

// "would continue to hold meetings until a new stadium plan is published" (the parser often
// hangs "until" on a noun): a verb whose clause "until", "till" or "once" opens, after a clause
// told as not done, has not happened either. Empty when no such word opens its clause.
std::string limit_clause_modality(const TokenizedText& text, const Sentence& s, std::size_t i, const ClauseCues& cues,
                                  const EventLexicon& lexicon) {
  constexpr std::size_t kClauseWords = 8;  // "until [a new stadium plan is] published"
  std::optional<std::size_t> opener;
  for (std::size_t k = i; k > s.first_token && i - k < kClauseWords;) {
    --k;
    const std::string w = token_lower(text.tokens[k]);
    if (w == "until" || w == "till" || w == "once") {
      opener = k;
      break;
    }
    const std::string& upos = text.tokens[k].upos;
    if (upos != "DET" && upos != "ADJ" && upos != "NOUN" && upos != "PROPN" && upos != "NUM" && upos != "AUX" &&
        upos != "PRON" && upos != "PART" && upos != "ADV")
      return {};
  }
  if (!opener) return {};
  for (std::size_t v = *opener; v > s.first_token;) {
    --v;
    if (text.tokens[v].upos != "VERB") continue;
    const std::string before = event_attributes(text, s, v, cues, lexicon).modality;
    if (before == "actual") return {};
    // ("the rate will rise each year until it reaches 10 percent in 2031": a step the calendar
    // dates is as planned as the plan it ends)
    const ParseView parse(text, s);
    if (before == "planned" && (dated_on_the_calendar(text, parse, i) || dated_by_a_year(text, parse, i))) return "planned";
    return "hypothetical";
  }
  return {};
}

// "would be set for a date 60 days after a verdict", "will be sentenced after a trial": an event
// named with "a" after "after", "before", "until" or "pending" is still awaited as the clause it
// hangs on is: as the modal over that clause says. Empty when the clause has none.
std::string awaited_noun_modality(const TokenizedText& text, const Sentence& s, std::size_t noun,
                                  const EventLexicon& lexicon) {
  constexpr int kMaxSteps = 4;
  std::size_t k = noun;
  while (k > s.first_token && text.tokens[k - 1].upos == "ADJ") --k;
  if (k < s.first_token + 2) return {};
  const std::string article = token_lower(text.tokens[k - 1]), opener = token_lower(text.tokens[k - 2]);
  if ((article != "a" && article != "an") ||
      (opener != "after" && opener != "before" && opener != "until" && opener != "pending"))
    return {};
  const ParseView parse(text, s);
  std::size_t up = noun;
  for (int step = 0; step < kMaxSteps; ++step) {
    const auto head = parse.head(up);
    if (!head) return {};
    up = *head;
    if (text.tokens[up].upos != "VERB" && text.tokens[up].upos != "ADJ") continue;
    for (const auto& aux : aux_chain(text, s, up).words)
      if (auto m = modality_from_word(aux, lexicon); !m.empty()) return m;
    return {};
  }
  return {};
}

// Whether `lemma` undoes a plan: calls it off or puts it off (modality.tsv "cancels",
// "puts-off"), stops what was under way ("the countdown was halted") or ends the one who
// planned ("but she died").
bool undoes_a_plan(const std::string& lemma, const EventLexicon& lexicon) {
  return lexicon.has_category(lemma, "cancels") || lexicon.has_category(lemma, "puts-off") || stops_an_event(lemma) ||
         lemma == "die" || lemma == "abort";
}

// "said the dam had been designed to last until 2040, but that studies suggest...": a "but that"
// adds a second clause to the report, no turn in the plan's fate.
bool opens_second_report(const TokenizedText& text, std::size_t but, std::size_t end) {
  return but + 1 < end && token_lower(text.tokens[but + 1]) == "that";
}

// "the launch might now be postponed", "was not cancelled": an undoing that may come, or is
// denied, leaves the plan as it was.
bool undoing_only_possible(const TokenizedText& text, const Sentence& s, std::size_t undo, const EventLexicon& lexicon) {
  const AuxChain chain = aux_chain(text, s, undo);
  if (chain.negated) return true;
  return std::any_of(chain.words.begin(), chain.words.end(),
                     [&](const std::string& w) { return modality_from_word(w, lexicon) == "possible"; });
}

// "The mission had been scheduled to lift off at 0614 UTC. The countdown was halted",
// "had been due to receive an honorary degree next month, but she died": a plan told in the
// past perfect, and then undone in its own sentence or the next ("but", or a verb that undoes
// it), did not take place as planned: as called off.
bool overtaken_plan(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                    const EventLexicon& lexicon) {
  if (!chain.infinitive || chain.start <= s.first_token) return false;
  if (!has_any(aux_chain(text, s, chain.start - 1).words, {"had", "'d"})) return false;
  const std::size_t end = s.first_token + s.token_count;
  std::size_t next_end = end;
  const auto next = std::lower_bound(text.sentences.begin(), text.sentences.end(), end,
                                     [](const Sentence& x, std::size_t first) { return x.first_token < first; });
  if (next != text.sentences.end() && next->first_token == end) next_end = end + next->token_count;
  for (std::size_t k = verb + 1; k < next_end; ++k) {
    const Token& t = text.tokens[k];
    if (k < end && token_lower(t) == "but" && !opens_second_report(text, k, end)) return true;
    if (t.upos == "VERB" && undoes_a_plan(guess_lemma(t, lexicon), lexicon) &&
        !undoing_only_possible(text, k < end ? s : *next, k, lexicon))
      return true;
  }
  return false;
}

// "voted 91 percent in favor of strike action": what a vote is in favour of is decided, still
// to be done.
bool voted_for(const TokenizedText& text, const Sentence& s, std::size_t noun, const EventLexicon& lexicon) {
  std::size_t k = noun;
  const auto in_phrase = [&](const Token& t) { return t.upos == "NOUN" || t.upos == "ADJ" || t.upos == "DET"; };
  while (k > s.first_token && in_phrase(text.tokens[k - 1])) --k;
  if (k < s.first_token + 3 || token_lower(text.tokens[k - 1]) != "of" || token_lower(text.tokens[k - 3]) != "in")
    return false;
  const std::string favour = token_lower(text.tokens[k - 2]);
  if (favour != "favor" && favour != "favour") return false;
  for (std::size_t v = k - 3; v > s.first_token;) {
    --v;
    if (text.tokens[v].upos == "VERB") return decides_by_choice(guess_lemma(text.tokens[v], lexicon));
  }
  return false;
}

// "called for the planning approval to be suspended", "voted for the plant to close": a noun
// an infinitive follows is that infinitive's subject, which is what the verb asks for; the
// noun itself is no more put forward than in "the approval was suspended".
bool subject_of_infinitive_after(const TokenizedText& text, const ParseView& parse, std::size_t noun) {
  if (noun + 2 >= parse.end() || token_lower(text.tokens[noun + 1]) != "to") return false;
  const Token& next = text.tokens[noun + 2];
  return next.xpos == "VB" && (next.upos == "VERB" || next.upos == "AUX");
}

// "the winds should drop on Monday", "the work should be finished by June", "results should
// come soon": "should" with a time for its verb foresees the event (a forecast), which may
// come, where "should resign" without one says what ought to be.
bool should_foresees(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string, std::less<>> kWhen = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "tomorrow", "tonight",
      "soon", "today", "hours", "days", "weeks", "months"};
  for (const std::size_t c : parse.children(verb)) {
    const bool when = parse.relation_is(c, "obl") || parse.relation_is(c, "obl:tmod") || parse.relation_is(c, "advmod") ||
                      parse.relation_is(c, "obl:unmarked");
    if (when && kWhen.contains(token_lower(text.tokens[c]))) return true;
  }
  return false;
}

// "We would rather ship late than ship broken", "I'd sooner resign": "would rather" tells a
// preference, which nobody is told to have acted on.
bool prefers(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  bool would = false, rather = false;
  for (const std::size_t c : parse.children(verb)) {
    const std::string w = token_lower(text.tokens[c]);
    would = would || (parse.relation_is(c, "aux") && (w == "would" || w == "'d"));
    rather = rather || (parse.relation_is(c, "advmod") && (w == "rather" || w == "sooner"));
  }
  return would && rather;
}

// "Anyone breaking the ban faces a fine", "anybody who enters the zone will be arrested": what a
// clause on "anyone" tells of is supposed of whoever may do it, not told as done. So is one on
// a noun "any" picks: "would not support any budget that raised the sales tax".
bool said_of_anyone(const TokenizedText& text, const ParseView& parse, std::size_t verb) {
  static const std::set<std::string, std::less<>> kAnyone = {"anyone", "anybody", "whoever"};
  const auto head = parse.head(verb);
  const bool clause = parse.relation_is(verb, "acl") || parse.relation_is(verb, "acl:relcl");
  if (!head || !clause) return false;
  if (kAnyone.contains(token_lower(text.tokens[*head]))) return true;
  const auto determiner = parse.child(*head, "det");
  if (!determiner || token_lower(text.tokens[*determiner]) != "any") return false;
  // A relative clause with its relative word as subject or object ("any player who failed"), or
  // a participle or infinitive ("any decision to expel"); not a finite clause the parser hung on
  // the wrong noun ("something the US has tried"), nor a "that" clause telling what the noun says
  // ("any suggestion that she believes").
  static const std::set<std::string, std::less<>> kRelativeWords = {"that", "which", "who", "whom", "whose"};
  const auto children = parse.children(verb);
  if (parse.relation(verb) == "acl:relcl")
    return std::any_of(children.begin(), children.end(), [&](std::size_t c) {
      return !parse.relation_is(c, "mark") && kRelativeWords.contains(token_lower(text.tokens[c]));
    });
  const std::string& form = text.tokens[verb].xpos;
  return form == "VBG" || form == "VBN" || form == "VB";
}

// The first of the nouns `i` is conjoined to: "repair" in "proposed a rent freeze and a repair
// of the roof" stands for "freeze", the verb's object. So does a noun the parser hung on the verb
// as a subject after its object ("demanded a guarantee ... and a pay rise", "rise" an `nsubj` of
// "demanded" with its own "and"). `i` itself otherwise.
std::size_t first_conjoined_noun(const TokenizedText& text, const ParseView& parse, std::size_t i) {
  for (std::size_t steps = 0; steps < 8 && parse.relation_is(i, "conj"); ++steps) {
    const auto head = parse.head(i);
    if (!head || text.tokens[*head].upos != "NOUN") break;
    i = *head;
  }
  const auto verb = parse.head(i);
  if (!verb || !parse.relation_is(i, "nsubj") || i < *verb || !parse.child(i, "cc")) return i;
  const auto object = parse.child(*verb, "obj");
  return object && *object < i ? *object : i;
}

// "Two members voted for an immediate reduction", "signalled only one cut this year", "proposed
// a cut", "called for a ceasefire": the verb of putting forward (modality.tsv "puts-forward", or
// with "for" "calls-for") whose object, bare complement or "for" phrase `i` is; what it puts
// forward is proposed or foreseen, not done. None for any other word.
std::optional<std::size_t> putting_forward_verb(const TokenizedText& text, const ParseView& parse, std::size_t i,
                                                const EventLexicon& lexicon) {
  i = first_conjoined_noun(text, parse, i);
  const auto head = parse.head(i);
  if (!head || text.tokens[*head].upos != "VERB") return std::nullopt;
  const std::string lemma = guess_lemma(text.tokens[*head], lexicon);
  // ("signalled only one cut this year" is parsed with "cut" a bare complement)
  const bool object = parse.relation_is(i, "obj") || (parse.relation_is(i, "xcomp") && !parse.child(i, "mark"));
  if (object && lexicon.has_category(lemma, "puts-forward")) return head;
  const auto opener = parse.child(i, "case");
  const bool for_phrase = parse.relation_is(i, "obl") && opener && token_lower(text.tokens[*opener]) == "for";
  // (a gerund "for" opens is what is called for too: had called for "transitioning away from coal")
  const auto mark = parse.child(i, "mark");
  const bool for_gerund = parse.relation_is(i, "advcl") && text.tokens[i].xpos == "VBG" && mark &&
                          token_lower(text.tokens[*mark]) == "for";
  if ((for_phrase || for_gerund) && lexicon.has_category(lemma, "calls-for") && !subject_of_infinitive_after(text, parse, i))
    return head;
  return std::nullopt;
}

// "it could suggest a family cemetery used over several generations", "proposed a bridge built
// of steel": a participle on what a verb puts forward is as the verb is when that is not actual
// ("could suggest": possible, or on a condition hypothetical), else possible. Empty otherwise.
std::string put_forward_participle_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                            const ClauseCues& cues, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto noun = parse.head(verb);
  if (!noun || !parse.relation_is(verb, "acl") || text.tokens[verb].xpos != "VBN") return {};
  const auto governor = putting_forward_verb(text, parse, *noun, lexicon);
  // (the object of a verb of asking is who is asked: "urged drivers stranded on the motorway to
  // stay in their cars" were stranded)
  if (!governor || lexicon.is_request_verb(guess_lemma(text.tokens[*governor], lexicon))) return {};
  const std::string modality = event_attributes(text, s, *governor, cues, lexicon).modality;
  return modality == "actual" || modality == "negated" ? "possible" : modality;
}

// "a cut in August was 'finely balanced'", "an early election is unlikely": a predicate of
// the odds (modality.tsv "odds", "possible-adj") whose subject is an event says it may happen.
bool weighs_the_odds(const TokenizedText& text, const Sentence& s, std::size_t predicate, const EventLexicon& lexicon) {
  const std::string w = token_lower(text.tokens[predicate]);
  if (!lexicon.has_category(w, "odds") && !lexicon.has_category(w, "possible-adj")) return false;
  const ParseView parse(text, s);
  const auto subject = parse.child(predicate, "nsubj");
  if (!subject || text.tokens[*subject].upos != "NOUN") return false;
  const std::string noun = guess_lemma(text.tokens[*subject], lexicon);
  if (lexicon.is_event_nominal(noun)) return true;
  // (a noun WordNet files under acts or events, "vote", "merger", or that is a verb too, "cut";
  // not "the outcome")
  const auto& classes = lexicon.wordnet_classes(noun);
  return std::any_of(classes.begin(), classes.end(), [](const std::string& c) {
    return c == "n.act" || c == "n.event" || c == "n.eventive-sense" || c.starts_with("v.");
  });
}

// "The timing played no part in its decision", "the storm caused no damage", "took no action":
// a verb whose object is determined by "no" did not do it; a verb of finding or telling
// (modality.tsv "finds") did: "found no defects" is a finding.
bool object_is_none(const TokenizedText& text, const Sentence& s, std::size_t verb, const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto object = parse.child(verb, "obj");
  if (!object || !determined_by_no(text, s, *object)) return false;
  return !lexicon.has_category(guess_lemma(text.tokens[verb], lexicon), "finds");
}

// "no leads emerged" read as a participle on its noun, "no injuries reported": a participle
// that tells of a noun "no" determines did not happen, as with "no" before its subject.
bool participle_of_none(const TokenizedText& text, const Sentence& s, std::size_t verb) {
  const ParseView parse(text, s);
  const auto noun = parse.head(verb);
  const std::string& xpos = text.tokens[verb].xpos;
  if (!noun || *noun > verb || parse.relation(verb) != "acl" || parse.child(verb, "mark")) return false;
  return (xpos == "VBN" || xpos == "VBD") && determined_by_no(text, s, *noun);
}

// Whether a "not" in the verb group of `verb` denies it. It does not when it only says when the
// verb happens: "did not disclose the breach until Monday" disclosed it then, and "will not be
// allowed back before Aug. 20" will be from then. A negated verb of expecting or commenting
// (modality.tsv "denied-until") is denied all the same: "do not expect full containment until
// late August" expects nothing, "would not comment further until then" says nothing; but in the
// passive the expected thing is the subject, and "the line is not expected before the 2030s" is
// expected from then.
bool negation_denies(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                     const EventLexicon& lexicon) {
  if (!chain.negated) return false;
  // ("had never lost a set before this season": denied until then)
  const bool from_then = happens_not_before(text, s, verb) && !perfect_without_modal(text, verb);
  const bool only_then = happens_only_then(text, s, verb, lexicon) || from_then;
  if (lexicon.has_category(guess_lemma(text.tokens[verb], lexicon), "denied-until"))
    return !(only_then && ParseView(text, s).child(verb, "nsubj:pass"));
  return !only_then;
}

namespace {

// Whether the verb is denied: a "not" that denies it, "no one" as subject or "none" as object, or
// an event that nearly happened, was kept from happening, was called off or was averted.
bool verb_denied(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                 const EventLexicon& lexicon) {
  // ("has frozen hiring": a gerund a verb calls off is not done, as the noun would not be)
  const bool called_off_gerund =
      text.tokens[verb].xpos == "VBG" && called_off(text, ParseView(text, s), verb, lexicon) == CallOff::Cancelled;
  const bool did_not_happen = nearly_happened(text, s, verb) || kept_from(text, s, verb) ||
                              came_close_to(text, s, verb) || called_off_gerund ||
                              averted(text, ParseView(text, s), verb, lexicon) || acquitted_of(text, s, verb, lexicon);
  return negation_denies(text, s, verb, chain, lexicon) || subject_is_no_one(text, s, verb) ||
         object_is_none(text, s, verb, lexicon) || participle_of_none(text, s, verb) || did_not_happen;
}

// The modality the verb group's own auxiliaries give ("will", "may", "could"), used only while
// no earlier step has decided one.
std::string auxiliary_modality(const Token& t, const AuxChain& chain, const std::string& tense,
                               const EventLexicon& lexicon) {
  std::string modality;
  // ("We'd been burning documents", "they'd left": "'d" before a participle is "had")
  const bool d_is_had = had_contracted(t, chain);
  for (const auto& aux : chain.words)
    if (modality.empty() && !(d_is_had && aux == "'d")) modality = modality_from_word(aux, lexicon);
  // "Officials are not lifting the order until the river drops": negated in the present only
  // to say when it at last happens, it is still ahead ("did not resign until Friday" resigned)
  if (modality.empty() && chain.negated && tense == "PRESENT") modality = "planned";
  return modality;
}

// Overrides `modality` for a modal perfect, a foreseeing "should", a report's "would" and a
// preference ("would rather"); these steps run whatever the earlier steps decided.
std::string modal_perfect_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                   const AuxChain& chain, std::string modality, const EventLexicon& lexicon) {
  // A modal perfect: "should have acted" did not happen; nor did "could have been avoided" or
  // "would have voted" beside a condition ("if the government had acted sooner"); without one
  // "could have spread undetected" may have happened, and "said the upgrade would have been
  // completed by June" is a plan. "must have known" happened.
  const bool perfect = has_any(chain.words, {"have", "'ve"});
  if (perfect && has_any(chain.words, {"must"})) modality = "";
  const bool counterfactual = perfect && (has_any(chain.words, {"should"}) ||
                                          (has_any(chain.words, {"could", "would", "'d"}) && condition_in_sentence(text, s, lexicon)));
  if (counterfactual) modality = "hypothetical";
  else if (!perfect && has_any(chain.words, {"should"}) && should_foresees(text, ParseView(text, s), verb)) modality = "possible";
  else modality = seen_from_report(modality, has_any(chain.words, {"would", "'d"}), text, s, verb, lexicon);
  if (prefers(text, ParseView(text, s), verb)) modality = "hypothetical";
  return modality;
}

// The modality the verb's frame gives: counselled against, an excluded or proposed gerund,
// "let" or "made" to happen, passed over.
std::string verb_frame_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                const EventLexicon& lexicon) {
  std::string modality = counsel_against_modality(text, s, verb, lexicon);
  if (modality.empty()) modality = excluded_gerund_modality(text, s, verb, lexicon);
  if (modality.empty() && proposed_gerund(text, s, verb, lexicon)) modality = "possible";
  if (modality.empty()) modality = let_or_made_modality(text, s, verb, lexicon);
  if (modality.empty() && passed_over(text, s, verb)) modality = "hypothetical";
  return modality;
}

// The modality an infinitive's governor gives ("plans to X", "declined to X"), with the
// governor's own verb group or "no" ("could begin to X", "had no plans to X"); empty when the
// verb has no governor.
std::string governed_infinitive_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                         const AuxChain& chain, const EventLexicon& lexicon) {
  // "going to X" and "is due to X" are in the governor lexicon too.
  const std::string governor = infinitive_governor(text, s, chain, lexicon);
  if (governor.empty()) return "";
  std::string modality = governor_modality(governor, lexicon);
  if (modality.empty() && plans_by_choice(governor, guess_lemma(text.tokens[verb], lexicon), lexicon)) modality = "planned";
  if (modality.empty()) modality = noun_governor_modality(text, s, verb, lexicon);
  // The governor's own verb group: "could begin to X", "did not agree to X", "nobody
  // wants to X", "was not able to X"; or its "no": "had no plans to X".
  if (modality != "negated") {
    const AuxChain outer = aux_chain(text, s, chain.start - 1);
    if (outer.negated || subject_is_no_one(text, s, chain.start - 1) ||
        determined_by_no(text, s, chain.start - 1))
      modality = negated_governor_modality(text, s, verb, chain, lexicon);
    for (const auto& aux : outer.words)
      if (auto m = modality_from_word(aux, lexicon); !m.empty() && modality.empty()) modality = m;
  }
  // "need to take it seriously", "have to leave", "ought to evacuate": required, as after
  // "must"; "had to resign" was done (necessity_frame.h)
  if (modality.empty() && lexicon.has_category(governor, "necessity-frame"))
    modality = necessity_told_in_past(text, s, chain.start - 1) ? "actual" : "planned";
  // "denied that the company planned to sell itself", "alleged that it planned to sell": a plan
  // only claimed or denied makes what it plans possible, no more
  if (modality == "planned" && claimed_or_disputed(text, s, chain.start - 1, lexicon)) modality = "possible";
  return modality;
}

// "urged the company to raise wages": asked to act, the raise may happen ("ordered the
// airline to submit its records": ordered to, it must); "expect growth to slow": the
// governor's modality, as for "expects to fly"
// ("did not expect budget cuts to affect the mission": nothing is expected)
std::string object_control_modality(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                    const EventLexicon& lexicon) {
  const auto governor = object_control_governor(text, s, verb);
  if (!governor) return "";
  const std::string lemma = guess_lemma(text.tokens[*governor], lexicon);
  std::string modality = lexicon.is_request_verb(lemma) ? requested_modality(lemma, lexicon) : governor_modality(lemma, lexicon);
  // (what a negated verb of planning or expecting governs, not expected or not wanted, is
  // possible; what one of another modality governs is negated)
  if (!modality.empty() && aux_chain(text, s, *governor).negated) modality = modality == "planned" ? "possible" : "negated";
  // ("none that caused the truce to collapse", "did not force the minister to resign": what
  // a denied cause brings about does not happen)
  const bool denied = aux_chain(text, s, *governor).negated || subject_is_no_one(text, s, *governor);
  if (modality.empty() && makes_happen(lemma) && denied) modality = "negated";
  return modality;
}

// The first fall-backs once governors have said nothing: a verb put forward, weighed, wished,
// granted, a modal predicate, a schedule, an aim or omission, a headline or "be to"
// infinitive, something said of anyone.
std::string proposal_modality(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                              const ClauseCues& cues, const EventLexicon& lexicon) {
  std::string modality;
  if (putting_forward_verb(text, ParseView(text, s), verb, lexicon)) modality = "possible";
  if (modality.empty()) modality = put_forward_participle_modality(text, s, verb, cues, lexicon);
  if (modality.empty() && weighs_the_odds(text, s, verb, lexicon)) modality = "possible";
  if (modality.empty()) modality = wished_modality(text, s, verb, chain, lexicon);
  if (modality.empty()) modality = granted_modality(text, s, verb, chain, lexicon);
  if (modality.empty() && chain.words.empty()) modality = modal_predicate_modality(text, s, verb, lexicon);
  if (modality.empty() && scheduled_now(text, s, verb, chain, lexicon)) modality = "planned";
  if (modality.empty()) modality = aim_or_omission_modality(text, s, verb, cues, lexicon);
  if (modality.empty() && (headline_infinitive(text, s, verb, chain) || planned_with_be_to(text, s, chain) ||
                             to_be_done_to_noun(text, s, verb, chain)))
    modality = "planned";
  if (modality.empty() && said_of_anyone(text, ParseView(text, s), verb)) modality = "hypothetical";
  return modality;
}

// "the summit to agree a budget": the event noun an infinitive of purpose hangs on; none for
// any other word.
std::optional<std::size_t> event_noun_aiming(const TokenizedText& text, const Sentence& s, std::size_t verb,
                                             const EventLexicon& lexicon) {
  const ParseView parse(text, s);
  const auto noun = parse.head(verb);
  if (!noun || !parse.relation_is(verb, "acl") || text.tokens[*noun].upos != "NOUN") return std::nullopt;
  return lexicon.is_event_nominal(guess_lemma(text.tokens[*noun], lexicon)) ? noun : std::nullopt;
}

// The last fall-backs, from the verb's context: an infinitive with its own subject, a
// conjoined verb sharing its neighbour's attributes (and tense), a time or limit clause, a
// claim, a gerund only thought of, the verb a gerund subject stands for, the event a topic
// gerund hangs on.
std::string context_modality(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                             const ClauseCues& cues, const EventLexicon& lexicon, EventAttributes& a) {
  std::string modality;
  // "make it difficult for Putin to take military action", "waited for the rain to stop": an
  // infinitive with a subject of its own is a thing supposed, not told as done
  if (chain.infinitive && supposed_with_own_subject(text, s, verb, lexicon)) modality = "hypothetical";
  // ("promised to restore ... and to unfreeze ...": an infinitive conjoined to one shares it too)
  if (modality.empty() && chain.words.empty() && !chain.negated) {
    if (const auto shared = shared_attributes(text, s, verb, cues, lexicon)) {
      modality = shared->modality;
      // (a participle after its clause keeps its own tense: "could fall, raising the risk")
      const bool trailing = trailing_participle(text, ParseView(text, s), verb);
      const std::string& xpos = text.tokens[verb].xpos;
      if ((xpos == "VBN" || xpos == "VBG") && !trailing) a.tense = shared->tense;
    }
  }
  if (modality.empty()) modality = time_clause_modality(text, s, verb, cues, lexicon);
  if (modality.empty()) modality = limit_clause_modality(text, s, verb, cues, lexicon);
  // ("denied that the agency had been slow": what is denied may or may not be so)
  if (modality.empty() && claimed_or_disputed(text, s, verb, lexicon)) modality = "possible";
  if (modality.empty() && mused_over(text, s, verb, lexicon)) modality = "possible";
  // (a gerund subject stands as its verb does, when that verb is not told as done)
  if (const auto host = modality.empty() ? gerund_subject_host(text, s, verb) : std::nullopt) {
    const std::string hosted = event_attributes(text, s, *host, cues, lexicon).modality;
    if (hosted != "actual" && hosted != "negated") modality = hosted;
  }
  // ("the conclave to choose a new leader will open on Monday": the aim of an event still to
  // come is to come as that event is)
  if (const auto host = modality.empty() && chain.infinitive ? event_noun_aiming(text, s, verb, lexicon) : std::nullopt) {
    const std::string hosted = event_attributes(text, s, *host, cues, lexicon).modality;
    if (hosted == "planned" || hosted == "possible" || hosted == "hypothetical") modality = hosted;
  }
  if (const auto host = modality.empty() ? topic_gerund_host(text, s, verb) : std::nullopt) {
    const std::string hosted = event_attributes(text, s, *host, cues, lexicon).modality;
    if (hosted != "actual" && hosted != "negated") modality = "possible";
  }
  return modality;
}

// Last overrides of a verb's modality: a plan overtaken or only foretold, a condition, a
// weighed risk, a plan ahead of something called off.
std::string revised_verb_modality(const TokenizedText& text, const Sentence& s, std::size_t verb, const AuxChain& chain,
                                  std::string modality, const std::string& tense, const EventLexicon& lexicon) {
  if (modality == "planned" && overtaken_plan(text, s, verb, chain, lexicon)) modality = "negated";
  if (modality == "planned" && foretold(text, ParseView(text, s), verb, lexicon)) modality = "possible";
  if (on_condition(text, s, verb, modality, tense, lexicon)) modality = "hypothetical";
  // (the verb an "if" marks past a comma is the condition's own: "if the talks, which began on
  // Monday, fail")
  if (conditional_clause(text, ParseView(text, s), verb, lexicon)) modality = "hypothetical";
  if (modality != "negated" && weighed_clause_of_risk(text, ParseView(text, s), verb, lexicon)) modality = "possible";
  if ((modality == "planned" || modality == "possible") && ahead_of_called_off(text, s, verb, lexicon)) modality = "negated";
  return modality;
}

// A verb's tense and polarity (into `a`) and its modality, each step in order: a scheduled
// noun, negation, auxiliaries, modal perfects, the verb's frame, its governor, object control,
// the fall-backs, and the last overrides.
std::string verb_modality(const TokenizedText& text, const Sentence& s, std::size_t verb, const ClauseCues& cues,
                          const EventLexicon& lexicon, EventAttributes& a) {
  const Token& t = text.tokens[verb];
  const AuxChain chain = aux_chain(text, s, verb);
  verb_tense(token_lower(t), guess_lemma(t, lexicon), told_in_past_form(text, s, verb) ? t.xpos : std::string(), chain, a);
  std::string modality;
  if (const auto noun = scheduled_noun(text, ParseView(text, s), verb, lexicon))
    modality = scheduled_modality(text, s, *noun, lexicon);
  if (verb_denied(text, s, verb, chain, lexicon)) {
    a.polarity = "NEG";
    modality = "negated";
  }
  if (modality.empty()) modality = auxiliary_modality(t, chain, a.tense, lexicon);
  modality = modal_perfect_modality(text, s, verb, chain, modality, lexicon);
  if (modality.empty()) modality = verb_frame_modality(text, s, verb, lexicon);
  if (modality.empty()) modality = governed_infinitive_modality(text, s, verb, chain, lexicon);
  if (modality.empty() && chain.infinitive) modality = object_control_modality(text, s, verb, lexicon);
  if (modality.empty()) modality = proposal_modality(text, s, verb, chain, cues, lexicon);
  if (modality.empty()) modality = context_modality(text, s, verb, chain, cues, lexicon, a);
  return revised_verb_modality(text, s, verb, chain, modality, a.tense, lexicon);
}

// A noun's or adjective's modality (and, for "No one was injured", polarity into `a`): its
// modifiers and frame, something awaited, voted for or put forward, "due", a time clause over
// an adjective, a planned event on a condition.
std::string nominal_modality(const TokenizedText& text, const Sentence& s, std::size_t i, const ClauseCues& cues,
                             const EventLexicon& lexicon, EventAttributes& a) {
  std::string modality = counsel_against_modality(text, s, i, lexicon);
  if (modality.empty()) modality = noun_modality(text, s, i, lexicon, a);
  if (modality.empty() || modality == "actual") {
    if (auto awaited = awaited_noun_modality(text, s, i, lexicon); !awaited.empty()) modality = awaited;
    else if (voted_for(text, s, i, lexicon)) modality = "planned";
    else if (putting_forward_verb(text, ParseView(text, s), i, lexicon)) modality = "possible";
  }
  // "the report is due by Friday": what is due is yet to be done (as seen then: "was due")
  if ((modality.empty() || modality == "actual") && due_subject(text, ParseView(text, s), i)) modality = "planned";
  // ("would not be allowed to leave until the claim was settled": a state a time clause tells
  // under a verb group that is not actual has not come about either)
  if (a.pos == "ADJECTIVE" && (modality.empty() || modality == "actual")) {
    if (const std::string clause = time_clause_modality(text, s, i, cues, lexicon); !clause.empty()) modality = clause;
    // ("denied that the agency had been slow": a state denied or only claimed may or may not be so)
    else if (claimed_or_disputed(text, s, i, lexicon)) modality = "possible";
  }
  // (a noun told with no modality of its own is planned by its date: "for December 12")
  const bool told_as_is = modality.empty() || modality == "actual" || modality == "planned";
  if (told_as_is && planned_on_condition(text, s, i, lexicon)) modality = "hypothetical";
  if (a.pos == "ADJECTIVE" && subject_is_no_one(text, s, i)) {  // "No one was injured"
    a.polarity = "NEG";
    modality = "negated";
  }
  return modality;
}

}  // namespace

EventAttributes event_attributes(const TokenizedText& text, const Sentence& s, std::size_t i,
                                 const ClauseCues& cues, const EventLexicon& lexicon) {
  EventAttributes a;
  a.pos = guess_pos(text, s, i, cues, lexicon);
  std::string modality = a.pos == "VERB" ? verb_modality(text, s, i, cues, lexicon, a)
                                         : nominal_modality(text, s, i, cues, lexicon, a);
  // A condition is hypothetical even when negated: "if rates do not recover" asserts nothing.
  if (cues.conditional[i - s.first_token]) modality = "hypothetical";
  a.modality = modality.empty() ? "actual" : modality;
  // ("declined to comment", "failed to act": what a governor denies is as negative as a "not")
  if (a.modality == "negated") a.polarity = "NEG";
  const bool ahead = a.modality == "planned" || a.modality == "possible";
  a.ahead_in_past = ahead && a.tense != "FUTURE" && governed_from_past(text, s, i);
  return a;
}

}  // namespace chronograph::core
