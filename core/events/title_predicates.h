// The predicate of a title (event_titles.cpp and the title rules split out of it): the verb
// as a headline says it ("would go", "intends", "not allowed to"), from its lemma, modality,
// subject and voice (verb_phrase, passive_phrase), and the participle or adjective a title's
// predicate is (participle_modifier, predicate_adjective).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"

namespace chronograph::core::titles {

// "if he went through with it" (past: a counterfactual) reads "would go"; "if he intends to"
// (present: an open condition) reads "intends". Only a modal, past or passive verb, or an
// infinitive under one, takes "would".
bool reads_would(const Doc& d, const ParseView& parse, std::size_t verb, int depth = 0);

std::string verb_phrase(const std::string& lemma, const std::string& modality, bool has_subject, bool plural,
                        bool third_singular);

// "it comes", "it came": a verb whose subject the title leaves out still reads in the third
// person when that subject was singular ("Comes after ...", not "Come after ..."), its own or
// the one it shares ("He resigned and [joined] a rival firm": "Joins rival firm").
bool third_singular(const Doc& d, const ParseView& parse, std::size_t verb);

// "Ukraine will not be allowed to join": a passive keeps its participle ("not allowed").
std::string passive_phrase(const std::string& participle, const std::string& modality);

// "agreements reached at their summit": a participle modifying a noun has that noun for its
// subject, never a name earlier in the sentence.
// Returns the noun it modifies. A past participle right after a noun, without a subject, is
// one too whatever relation the parser gave it ("the agreements reached in Geneva are").
std::optional<std::size_t> participle_modifier(const Doc& d, const ParseView& parse, std::size_t i);

// "fell ill", "went missing", "remained closed": the adjective right after a verb that says
// what its subject becomes or stays is part of the predicate, which a title never cuts. The
// parser makes it the verb's xcomp; after a verb of becoming or staying (linking_verbs.txt)
// also an object ("turned violent", "ran dry") or a modifier, and the tagger may read it as an
// adverb ("fell ill", "came loose"), though not one made with "-ly", which says how the verb
// went ("fell sharply"). Returns the adjective's token.
std::optional<std::size_t> predicate_adjective(const Doc& d, const ParseView& parse, std::size_t verb);

}  // namespace chronograph::core::titles
