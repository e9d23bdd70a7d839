// A repair of the tagger's mistakes: a present tense in "-s" that is also a plural noun, right
// after a singular noun that is its subject ("The hearing [resumes] on Tuesday", "Play
// [resumes] on Monday", "officials said play [resumes] tomorrow"), read as a plural noun
// closing a compound ("hearing resumes", as "peace talks") or as an imperative's object.
//
//   if (present_verb_after_subject_noun(sentence, classes, seen_as)) parser.parse(sentence);
//
// The plural noun must be a present tense WordNet knows, right after a singular common noun
// (or after the sentence's capitalised first word read as a verb, when the treebank shows that
// word as a noun: "Play", "Fighting"), and right before a preposition or a time ("tomorrow",
// "next week"), in a sentence ending in a full stop, its phrase opening a clause (after the
// sentence's start, a comma, "that", a subordinator or "said"; not "selling copiers and
// facsimile [machines] in Europe"). It is a verb only where the noun phrase
// could be no subject: no finite verb before it, and none after it before a comma or a clause's
// opener ("Budget cuts in the region hit schools" keeps its noun); or the parser made it a
// second subject of a verb before it ("officials said play resumes"), or it closes the subject
// of a clause that "said" reports and that has no verb ("said training resumes next week"). It
// becomes VBZ (the
// first word a noun), and the sentence is parsed again.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/syntax/word_classes.h"
#include "core/text/token.h"

namespace chronograph::core {

bool present_verb_after_subject_noun(std::span<Token> sentence, const WordClasses& classes,
                                     const std::function<bool(const std::string&, std::string_view)>& seen_as);

}  // namespace chronograph::core
