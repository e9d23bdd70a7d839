// A repair of the parser's trees: a clause whose subject or object is a relative pronoun right
// after a noun ("a nine-day tour [that] will take her to Tokyo", "the storm, [which] hit Texas")
// is that noun's relative clause, wherever the parser hung it. "leave on a tour that will take
// her to Tokyo" parsed with "take" a conjunct of "leave" (no "and" between them) gave the taking
// no subject and the leaving a second event.
//
//   attach_relative_clauses_to_their_nouns(sentence);   // after Parser::parse
//
// The clause's verb becomes an `acl:relcl` of the noun; not when it has a conjunction of its own
// ("a tour that starts in May and that ends ..."), is the root, or holds the noun in its phrase.
// Returns how many moved.
#pragma once

#include <span>

#include "core/text/token.h"

namespace chronograph::core {

int attach_relative_clauses_to_their_nouns(std::span<Token> sentence);

// And for a subject's relative clause read as the sentence ("Hartley, who joined the club in
// 2021, won two games" parsed with "joined" the root, "Hartley" and "who" both its subjects and
// "won" its conjunct): the conjunct with no subject or conjunction of its own becomes the root
// and takes the subject; the relative clause hangs on the subject as its `acl:relcl`. Returns
// how many moved (0 or 1).
int give_subjects_their_verbs_after_relative_clauses(std::span<Token> sentence);

// And for a "that" clause hung on the name a "with" or "between" phrase adds to a common noun
// ("contract talks with the Port Transit Authority that broke down on Saturday", "a deal with
// Boeing that expires in May"): the clause tells of the common noun, the talks and the deal,
// for news writes "who" or ", which" of the name. The clause's verb becomes the noun's
// `acl:relcl`. Returns how many moved.
int attach_that_clauses_past_partner_names(std::span<Token> sentence);

// And for a relative clause with no pronoun read as one noun phrase ("a decision consumer groups
// said they would challenge" parsed with "decision" and "consumer" compounds of "groups", the
// subject of "said"): "a" or "an" opens no plural, so the singular noun right after it heads the
// phrase, and the finite verb right after the plural, with the plural still its subject, is that
// noun's `acl:relcl`. Returns how many moved.
int attach_zero_relatives_to_singular_heads(std::span<Token> sentence);


// And for the verb after a subject's relative clause read as a modifier of the words after it
// ("The column, which left the hills on May 2, [crossed] Bridge 7 early Monday and seized the
// airport" parsed with "crossed" an `amod` of "Monday", "Monday" the subject of "seized"): a past
// verb hung as `amod` on a noun after it that is the root's subject, right after the comma
// closing a relative clause, becomes the root. The relative clause's noun is its subject, the
// noun its oblique (and a compound before that noun its object), the old root its conjunct.
// Returns how many moved (0 or 1).
int give_subjects_their_verbs_read_as_modifiers(std::span<Token> sentence);

// And for an infinitival relative clause read as the sentence ("The death toll from the
// strongest earthquake to hit Taiwan in 25 years rose to 12" parsed with the infinitive "hit"
// the root, "toll" its subject and "rose" its complement): a finite verb hung on an infinitive
// root that follows a noun, with no subject of its own, becomes the root and takes the subject;
// the infinitive hangs on its noun as `acl`. So when the parser hung the infinitive on its noun
// but made a noun before it the root ("The number of the last ships to leave the port fell to
// three"): that noun becomes the finite verb's subject. Returns how many moved (0 or 1).
int verb_after_infinitive_relative(std::span<Token> sentence);

// And for a verb coordinated after a relative clause whose pronoun is its subject ("passed after
// a debate that began on Monday morning and ran until midnight" parsed with "ran" a conjunct of
// "passed"): a conjunct with no subject of its own, in the relative verb's tense form, right
// after "and" that closes that clause, is the relative clause's second verb. Returns how many
// moved.
int join_conjuncts_to_relative_clauses(std::span<Token> sentence);

// And for a counted time that ends a subject's relative clause read as the sentence's subject ("An
// investigation that lasted six months blamed a software error" parsed with "months" the
// subject of "blamed" and "investigation" its oblique): where a verb's subject is a time unit
// with a number, right after a relative clause whose pronoun is its subject and that has no
// object, on a noun that hangs on the same verb as no subject, the noun becomes the verb's
// `nsubj` and the time the relative verb's `obl:unmarked`. Returns how many moved.
int give_relative_clauses_their_counted_times(std::span<Token> sentence);

// And for the verb of a sentence's opening subject parsed inside that subject's relative clause
// ("Anyone who files late faces an automatic penalty" with "faces" the object of "files", and a
// noun after it the root): a finite verb with no subject of its own, below the relative clause's
// verb and after it, in a sentence whose root is no verb, becomes the root and takes the subject;
// what hung on the old root, and what after it hung in the relative clause, hangs on it (the old
// root as its `obl` when it has a preposition, else its `obj`). Returns how many moved (0 or 1).
int give_subjects_their_verbs_inside_relative_clauses(std::span<Token> sentence);

}  // namespace chronograph::core
