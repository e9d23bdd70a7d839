// The tense of the clause around a time expression, and the ways its clause fixes its time:
// the nearest cue within the sentence (at most 12 tokens each side), the left one on a tie. A
// cue is a Penn tag when the tagger ran (VBD past; MD will/shall/'ll future; VBZ/VBP present),
// else a word of the lexicon classes FUTURECUE / PASTCUE / PRESENTCUE, else a word over four
// letters ending in -ed (past); the parse, where there is one, tells which verb the expression
// hangs on and which clauses have a tense of their own.
//
//   const TenseFinder tenses(rules, scanned, &tagged);   // once per text
//   if (tenses.around(begin, end) == Tense::Past) ...    // scanned tokens [begin, end)
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "core/text/token.h"
#include "core/timex/timex_calendar.h"
#include "core/timex/timex_rules.h"

namespace chronograph::core {

class TenseFinder {
 public:
  // `tokens` are the matcher's tokens of the text, `tagged` its tagged and parsed tokens (null,
  // or untagged, when the syntax stage did not run: the lexicon's cues alone then decide).
  // All three must outlive the finder.
  TenseFinder(const TimexRuleSet& rules, const std::vector<ScanToken>& tokens, const TokenizedText* tagged);
  ~TenseFinder();
  TenseFinder(const TenseFinder&) = delete;
  TenseFinder& operator=(const TenseFinder&) = delete;

  // The tense of the clause around tokens [begin, end); Unknown when nothing tells.
  Tense around(std::size_t begin, std::size_t end) const;
  // The direction the preposition right before the expression gives: a deadline ("by August")
  // ahead, a start ("since March") behind; Unknown for any other word.
  Tense preposition(std::size_t begin, std::size_t end) const;
  // Whether the words before the expression set a deadline ahead: "until"/"till" in a clause
  // that puts off or grants time ("postponed until Tuesday"), "effective Friday", "to" after a
  // verb of putting off ("pushed back to Monday"), "for" after a verb of scheduling ("set the
  // vote for Sunday"), "by"/"before" on what a verb of asking asks ("told to leave by Sunday"),
  // "of" after a time limit ("set a deadline of midnight on Sunday").
  bool until_deadline(std::size_t begin, std::size_t end) const;
  // Whether the expression hangs on a simple past (or past perfect) that is no verb of saying:
  // that verb's own time ("the trial, which began in January").
  bool hangs_on_own_past(std::size_t begin, std::size_t end) const;
  // Whether it hangs on a verb with "will" or "shall" ("will take place in May") or with a
  // possibility ahead ("could fall in March").
  bool hangs_on_time_ahead(std::size_t begin, std::size_t end) const;
  // Whether it is a time adverbial of a past perfect ("had visited the plant on Sept 20").
  bool dates_a_past_perfect(std::size_t begin, std::size_t end) const;
  // Whether "by" puts it after a past perfect it hangs on ("sales had recovered by September"): a
  // deadline met before a past time.
  bool met_by_a_past_perfect(std::size_t begin, std::size_t end) const;
  // Whether a day after on/in/at/during dates a simple past or a verb with "will".
  bool dates_its_verb(std::size_t begin, std::size_t end) const;
  // Whether such a day dates a verb with "will" or "shall" ("will redeem the shares on Oct. 31").
  bool dates_its_verb_with_will(std::size_t begin, std::size_t end) const;
  // Whether it stands in a phrase or clause that "after" or "following" opens after a past
  // verb: what it dates came before that past ("were halted after the attack on March 3",
  // "closed after a storm hit on March 3").
  bool dates_what_preceded_a_past(std::size_t begin) const;
  // Whether it hangs on a participle or relative clause that modifies a noun: background.
  bool dates_background(std::size_t begin, std::size_t end) const;
  // Whether it comes after a verb of saying that it dates ("officials said on Tuesday").
  bool dates_a_report(std::size_t begin, std::size_t end) const;
  // Whether a ranking word comes between the clause's verb and token `begin` ("the first summit in three years").
  bool ranked_before(std::size_t begin) const;
  // Whether the nearest finite verb before token `begin` in its sentence is "has" or "have", a
  // present perfect or a having now: "has risen from 5.1 percent a year ago", "it has 13 plants,
  // up from seven a year ago" (not "these results compare with ... last year": the results'
  // timeless present).
  bool present_perfect_before(std::size_t begin) const;

 private:
  class Clause;
  std::unique_ptr<const Clause> clause_;
};

}  // namespace chronograph::core
