// The words of an event's title (event_titles.cpp and the title rules split out of it): a
// title is a list of words, each saying whether the title may end after it and how readily it
// is dropped; fit shortens a title to a headline's length (nine words at most) by dropping
// adverbs and adjectives first and cutting its complement only at a whole constituent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/title_doc.h"

namespace chronograph::core::titles {

// A headline a reader takes in at a glance: issue 5 asks for about nine words at most.
constexpr std::size_t kMaxTitleWords = 9;

// Whether a title may end after a word.
enum class End : std::uint8_t {
  Whole,  // it closes a constituent
  Cut,    // the parse says a constituent goes on; parses err, so this is the fallback
  Never,  // "near", "100" in "100 battalion groups", "US" in "US support", "the Russians" of "are planning"
};

// One word of a title. `drop`: 0 stays whatever the length; 1 goes first when the title is
// too long (an adverb: "about 175,000 troops"), 2 next (a plain adjective of the subject: "new
// finding").
struct Word {
  std::string text;
  int drop = 0;
  End end = End::Whole;
  bool proper = false;  // a name or proper noun: keeps its capital inside another title
  // The token the word was taken from (-1: none), and whether the text writes it against the
  // token before with no space ("£48m", "NorthAir–Skylink"), as the title then does.
  int token = -1;
  bool glued = false;
};

using Words = std::vector<Word>;

// A title being built; its core (subject and predicate, or the noun and its modifiers) is
// never cut.
struct Title {
  Words words;
  std::size_t core = 0;
  bool embeds_clause = false;  // a clause's title was embedded ("Kremlin says the two talk")
};

Words words_of(std::string_view text, bool proper);

void append(Words& to, const Words& from);

std::string joined(const Words& words);

// Prepositions that keep a title's phrase going ("talk about ties", "depart for a trip",
// "threatened by the West", "deployed near the border", "finished behind the winner").
bool title_preposition(std::string_view w);

// "some of their gains", "several of the protesters": a quantifier before "of" that a title
// keeps in front of the noun, without the "of" ("arrest several protesters").
bool partitive_quantifier(std::string_view w);

// Adjectives that only count or vary ("various points", "several times"): a headline drops
// them like determiners.
bool quantifying_adjective(std::string_view w);

bool possessive_marker(std::string_view w);

// "US", "EU", "NATO": an abbreviation reads as a modifier ("US support"), not a possessor.
bool is_acronym(std::string_view w);

// A title never ends with these: they promise words that are not there.
bool dangling(std::string_view text);

// Ends the part after the core at the last whole constituent within `budget` words, else at
// the last word the parse would cut but that is no dangling word.
void cut_complement(Title& t, std::size_t budget);

// Shortens a title to `budget` words: adverbs first; then plain adjectives of the subject when
// that saves the whole complement ("Intelligence finding estimates Russia plans to use 175,000
// troops"); else the complement is cut at a constituent. False when even the core is too long.
bool fit(Title& t, std::size_t budget = kMaxTitleWords);

}  // namespace chronograph::core::titles
