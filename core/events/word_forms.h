// English word forms for events: a lemma when the syntax stage has not given one, the
// third-person form for titles ("hold" -> "holds"), and word classes the rules need.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/events/lexicon.h"
#include "core/events/parse_view.h"
#include "core/text/token.h"

namespace chronograph::core {

// The lower-cased form the event models see: Token::norm when set, else Token::text.
std::string token_lower(const Token& token);

// Token::lemma when the syntax stage filled it; else irregular.tsv, else suffix rules
// ("released" -> "release", "talks" -> "talk", "stopping" -> "stop").
std::string guess_lemma(const Token& token, const EventLexicon& lexicon);

// "hold" -> "holds", "go" -> "goes", "try" -> "tries", "be" -> "is", "have" -> "has".
std::string third_person(std::string_view lemma);

// Word-class tests on lower-cased forms.
bool is_auxiliary(std::string_view lower);  // be/have/do forms, modals
bool is_determiner(std::string_view lower);  // the, a, an, this, his, their, ...
bool is_capitalized(std::string_view text);   // "Biden", "US", "Élise"
bool is_all_caps(std::string_view text);      // "US", "NATO", "ŁÓDŹ"
bool is_punctuation(std::string_view text);
bool is_quote_mark(std::string_view text);  // straight, curly or PTB-style ("``"), single or double

// "Harlow Wins Mayoral Race by Narrow Margin", "BRIDGE CLOSED FOR REPAIRS": a line with no full
// stop whose words other than function words are all capitalised, two at least or all in
// capitals; a capital there says nothing of a name.
bool in_title_case(const TokenizedText& tokens, const Sentence& s, const EventLexicon& lexicon);

// "Level 3", "Phase Two", "Category 4": whether token `i` is a word of
// data/events/numbered_labels.txt with a number (digits or a number word) right after it.
bool labels_by_number(const TokenizedText& tokens, const EventLexicon& lexicon, std::size_t i);
bool is_adverb_like(std::string_view lower);  // "indeed", "also", "clearly": may stand inside a verb group
// "previous", "another", "the next", "a similar": a word before an event noun saying it is another
// occurrence of its kind.
bool marks_another_occurrence(std::string_view lower);
// "second", "seventh", "13th": a word that ranks one of a series.
bool ranks_in_a_series(const Token& t);
// A subject that names no one ("nobody", "none", "nothing", "neither"), and a determiner that
// makes its noun name none ("no", "neither"): "No charges were filed".
bool names_no_one(std::string_view lower);
bool is_negator(std::string_view lower);  // "not", "n't", "never"
// "expect", "anticipate", "foresee", "predict", "forecast", "project", "tip" ("is tipped to win"):
// what a negated one governs ("did not expect to win", "is not expected to reopen until March")
// is not denied, only not foreseen.
bool is_verb_of_expecting(std::string_view lemma);
// "tried to pull the vessel free", "attempted to land", "sought to block the deal": a verb of
// trying, whose infinitive is what it aimed at, done or not.
bool is_verb_of_trying(std::string_view lemma);
// "is not expected to reopen until March": whether token `verb` is the infinitive (xcomp) of a
// negated verb of expecting, for the anchors and the TLINK rules alike.
bool under_negated_expectation(const TokenizedText& tokens, std::size_t verb);
// "will not fly until we understand the data", "did not disclose the breach until Monday", "is
// not expected to reopen until March": whether token `verb` is negated (or the infinitive of a
// negated verb of expecting), so that an "until" on it says when it at last happens, after what
// "until" names. For the anchors and the TLINK rules alike.
bool negated_until_then(const TokenizedText& tokens, std::size_t verb);
// "had never lost a set before this season", "has not flooded before 2019": whether token `verb`
// is a perfect ("have" among its auxiliaries) with no modal. Negated, such a verb denies the
// event over the time before a "before" date, unlike "will not reopen before 2026", which says
// it happens from then. For the anchors and the event attributes alike.
bool perfect_without_modal(const TokenizedText& tokens, std::size_t verb);
// "has until Feb 20 to file its appeal", "gave both sides until Nov 15 to file their briefs",
// "was granted until June to sell": the infinitive that a verb of having or giving time (have,
// give, grant) governs with a phrase of "until" or "till" between the two, which is the deadline
// of that infinitive, not a time of the verb; none otherwise. For the events and the anchors alike.
std::optional<std::size_t> infinitive_given_time_until(const TokenizedText& tokens, std::size_t verb);
// "prevented the protesters from entering", "barred him from running": a verb whose object does
// not do what its "from" gerund says.
bool keeps_from(std::string_view lemma);
// "promised a referendum next year", "threatened strikes in January": a verb of promising, whose
// thing to come a date after its object dates (data/timex/lexicon.txt PROMISECUE lists the same;
// not "propose" or "pledge", as often a plain past: "proposed the law in April").
bool is_verb_of_promising(std::string_view lemma);
// "forecast heavy rain", "predicted a peak", "warned of flooding": a verb whose object (after
// "warn", its "of" phrase) is a thing to come.
bool is_verb_of_forecasting(std::string_view lemma);
// "did not see the driver hit the cyclist": a verb of perceiving, whose negation leaves what it
// governs unknown rather than denied.
bool is_verb_of_perceiving(std::string_view lemma);
// "did not find that the drug caused the deaths", "could not confirm that the ship sank": a verb
// that establishes what it governs, whose negation leaves that unknown, as a verb of perceiving's
// does; "confirmed reports that" makes a claim more than a claim.
bool is_verb_of_establishing(std::string_view lemma);
// "alleged that the mayor took bribes", "denied that it broke the law", "accused him of lying",
// "was acquitted of taking bribes": a verb that puts forward (or denies, or judges unproven) a
// claim, whose clause is told as contested, not as fact.
bool is_verb_of_claiming(std::string_view lemma);
// The verb of claiming, perceiving or establishing whose clause (ccomp, xcomp), "of" gerund or
// bare gerund ("denied receiving the letter") `verb` is, the gerund also where the parser hung it
// on that verb's object ("accused the mayor of taking").
std::optional<std::size_t> claiming_or_perceiving_governor(const TokenizedText& tokens, const ParseView& parse, std::size_t verb);
// "reports", "claims", "allegations", "the argument", "evidence": a noun whose "that" clause
// tells a claim, not a fact.
bool is_noun_of_claiming(std::string_view lemma);
// "denied reports on social media that the dam had been damaged", "amid rumours that he had
// resigned": the noun of claiming whose clause (with a subject of its own, not a relative clause)
// `verb` heads; none when a verb that establishes it governs the noun ("confirmed reports that").
std::optional<std::size_t> claim_noun_of_clause(const TokenizedText& tokens, const ParseView& parse, std::size_t verb);
bool determines_none(std::string_view lower);

// A noun that names something happening or holding: listed as an event nominal, or an event,
// act, process, phenomenon or state in WordNet ("flood", "strike", "drought"), not a time
// ("the season", "the year").
bool eventive_noun(const Token& t, const EventLexicon& lexicon);

// Whether token `verb` says that its subject event happens: a predicates.tsv occurrence-verb
// ("happen", "occur", "the storm hit"), "take" only in "take place"; a passive occurrence
// verb only as a passive participle ("the summit was held").
bool says_it_happens(const TokenizedText& tokens, std::size_t verb, const EventLexicon& lexicon);

}  // namespace chronograph::core
