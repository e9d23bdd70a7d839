// Whom a "he" or "she" stands for, and who says a quote: the pronoun and quote-speaker rules of
// the title and actor rules (event_titles.cpp). A pronoun goes back to the last person named
// that fits it (person_before), but what a speaker calls "she" inside a quote is not the speaker
// (quote_speaker), and a verb of saying names its speaker (named_speaker_of, quoted_speaker).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"
#include "core/text/token.h"

namespace chronograph::core::titles {

// A pronoun's gender: 'm' for "he", "him", "his"; 'f' for "she", "her"; else 0.
char pronoun_gender(const std::string& lower);

// A mark that opens or closes a quote (not "'", which is an apostrophe as often).
bool quotation_mark(const std::string& w);

// Whether token `t` is inside a quote its sentence `s` opens before it: what a speaker calls
// "she" is no subject of the story's own sentences.
bool inside_quote(const Doc& d, const Sentence& s, std::size_t t);

// The named speaker of a verb of saying at `verb`: its subject, or the name right after it
// ("said Sarah Whitfield", which parsers misread); a person (or a name of no known kind) when
// `person`.
std::optional<std::size_t> named_speaker_of(const Doc& d, const ParseView& parse, std::size_t verb, bool person);

// The verb of saying of the quote holding `pronoun` in its sentence: the one right before the
// quote's opening ("Smith said \"I ...\"", "told the court: \"I ...\""), else the first one after
// its close; none outside a quote.
std::optional<std::size_t> saying_verb_of_quote(const Doc& d, const ParseView& parse, std::size_t pronoun);

// "'I spoke to him this morning,' said Sarah Whitfield", "Tom Hale told the court: 'I never took
// it'": the entity mention of who says the quote holding `pronoun` (saying_verb_of_quote); none
// outside a quote.
std::optional<std::size_t> quoted_speaker(const Doc& d, const ParseView& parse, std::size_t pronoun, bool person);

// The entity who says the quote that holds token `t` of sentence `sentence`: the subject of a
// verb of saying after the quote closes, in the closing sentence ('"She phones me every evening,"
// she said', '..." said Angela Barrett'), else right before it opens ('Barrett said: "She ...'); a
// pronoun speaker is the person it stands for. -1 outside a quote or when no one is said to say it.
int quote_speaker(const Doc& d, std::size_t t, int sentence);

// "he departed": the last person named before the pronoun at `token`, in this sentence or the
// two before it, skipping one whose title or given name says the pronoun is not theirs ("Judge
// Maria Ortiz said the mayor betrayed the voters who elected him"). Further back, up to six
// sentences, only a person whose given name or title says the pronoun is theirs: a profile goes
// on with "she" long after the name; and beyond that, such a person when no other the article
// names before could be meant (only_person_before). A subject pronoun prefers the subject of
// the sentence that person is in (person_subject_of_sentence), or whom a subject "she" before
// that person there stands for (pronoun_subject_before), and goes back along a chain of
// subject pronouns; a person who calls someone "she" in a quote is not the "she" after it
// (pronoun_quoted_by). With `not_entity`, a person other than that entity ("X went to meet
// him": him is not X).
std::optional<std::size_t> person_before(const Doc& d, std::size_t token, int sentence, int not_entity = -1);

}  // namespace chronograph::core::titles
