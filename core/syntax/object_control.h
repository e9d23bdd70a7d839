// A repair of the parser's trees: an infinitive right after the object of a verb that asks or
// tells someone to do a thing ("urged the railroad to inspect the rail", "asked residents to
// leave") is that verb's `xcomp`, as UD has it, not a modifier of the object noun, which the
// parser often makes it. As a noun's `acl` the inspecting had neither its asker nor its time:
// "before the summer" read in the urging's past tense.
//
//   attach_told_infinitives_to_their_verbs(sentence);   // after Parser::parse
//
// Returns how many moved.
#pragma once

#include <span>
#include <string_view>

#include "core/text/token.h"

namespace chronograph::core {

int attach_told_infinitives_to_their_verbs(std::span<Token> sentence);

// "ask", "urge", "order", "tell": a verb that asks its object to do what its infinitive says.
bool asks_its_object(std::string_view lemma);
// "force", "cause", "prompt": a verb that makes its object do what its infinitive says ("forced
// 200,000 people to flee"), which so happened then.
bool brings_about(std::string_view lemma);

// A second repair of the same family: an infinitive cannot have a subject of its own without
// "for", so the parser's subject of "to V" between a verb and its "to" is that verb's object
// ("met intelligence chief Abbas Kamel last week to discuss a plan": "Kamel" was the subject of
// "discuss", and "last week" dated the discussing). The object's time phrases go with it to
// the verb. Returns how many moved.
int object_from_infinitive_subject(std::span<Token> sentence);

// A third: a participle after a comma that the parser took for the modifier (`compound`) of the
// noun after it, when "to V" follows that noun (", allowing traffic to resume", ", leaving
// residents to cope"), heads a clause of its own on the noun's verb: the noun is its object and
// the infinitive its complement, which that object does. Returns how many moved.
int participle_from_compound_before_infinitive(std::span<Token> sentence);

}  // namespace chronograph::core
