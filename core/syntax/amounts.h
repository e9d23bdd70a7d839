// A repair of the parser's trees: an amount before a noun is that noun's modifier. "Regulators
// approved the $24 billion merger" parsed with "$" as the object and "merger" as an oblique;
// UD (and EWT) hang "$" on the noun as a `compound`, its number on "$".
//
//   give_amounts_their_nouns(sentence);   // after Parser::parse
//
// For a currency symbol S followed by numbers and then a common noun N that S does not hang
// on and that does not hang on S's phrase: N takes S's head and relation, S hangs on N as a
// `compound`, and the determiners and adjectives before S hang on N. Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int give_amounts_their_nouns(std::span<Token> sentence);

// Before the first parse: a currency sign right before a number ("£40m", "€3bn", "$500") is the
// symbol of an amount, whatever the tagger made of it ("£" read as punctuation, "€" as an
// interjection, then parsed as the root): it becomes SYM / $ (one read as a symbol or a noun
// keeps its tag, which the parser hangs in the amount's phrase). A scale word right after that
// number ("m", "bn", "million", "billion") is a number too (NUM / CD; "bn" was read as a
// determiner or a plural noun). Returns whether any changed.
bool amount_tags_from_currency_signs(std::span<Token> sentence);

// And for an amount that opens a sentence ("£40m was raised for the stadium", "€3bn has been
// spent") parsed with its currency sign the root and the verb hung below it (as a `parataxis`):
// the verb, finite or with an auxiliary and with no subject of its own, is the root and the sign
// its subject (`nsubj:pass` when the verb has a passive auxiliary); the sign's words after the
// verb go to the verb. Returns how many moved.
int subject_from_root_amount(std::span<Token> sentence);

// And for a count of several before a singular noun joined by "and" or "or" to a plural one
// ("More than 2,100 bus and light-rail operators will walk off" parsed with "bus" the subject
// and "operators" its conjunct): the count is the plural noun's, and the singular one is that
// noun's modifier as the words between are. The plural noun takes the singular one's head and
// relation and the count; the singular noun hangs on it as a `compound`, with its "and" or
// "or" (a `cc`). Not "three trucks and a car", where each noun agrees with its own count.
// Returns how many moved.
int give_counts_their_plural_nouns(std::span<Token> sentence);

}  // namespace chronograph::core
