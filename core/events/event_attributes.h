// TimeML tense, aspect, polarity and part of speech of an event trigger, and our modality
// (actual | planned | possible | hypothetical | negated), read from the auxiliaries and
// adverbs before it, negation, the infinitive's governor ("plans to", "declined to"), the
// noun's modifiers ("possible offensive") and conditional clauses ("if … invasion").
//
//   ClauseCues cues = ClauseCues::of(tokens, sentence, lexicon);     // once per sentence
//   EventAttributes a = event_attributes(tokens, sentence, i, cues, lexicon);
#pragma once

#include <string>
#include <vector>

#include "core/events/lexicon.h"
#include "core/text/token.h"

namespace chronograph::core {

struct EventAttributes {
  std::string tense = "NONE";   // PAST | PRESENT | FUTURE | NONE | INFINITIVE | PRESPART | PASTPART
  std::string aspect = "NONE";  // PROGRESSIVE | PERFECTIVE | PERFECTIVE_PROGRESSIVE | NONE
  std::string polarity = "POS";
  std::string pos = "VERB";     // VERB | NOUN | ADJECTIVE | PREPOSITION | OTHER
  std::string modality = "actual";
  // Planned or foreseen as seen from a past statement or intention ("announced that it would
  // leave", "planned to visit", "expected prices to fall"): after that statement, but not
  // necessarily after the document date.
  bool ahead_in_past = false;
};

// Per-sentence facts the attribute rules share (computed once: long sentences stay linear).
struct ClauseCues {
  std::vector<char> conditional;  // token (relative to the sentence) is inside an if/unless clause
  std::vector<char> has_article;  // token has a determiner or adjective of its own in the parse ("a possible offensive")
  static ClauseCues of(const TokenizedText& text, const Sentence& sentence, const EventLexicon& lexicon);
};

EventAttributes event_attributes(const TokenizedText& text, const Sentence& sentence, std::size_t i,
                                 const ClauseCues& cues, const EventLexicon& lexicon);

}  // namespace chronograph::core
