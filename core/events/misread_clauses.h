// Subjects the parser misreads around a clause set inside the sentence: a reduced relative read
// as the main clause ("Soil tests carried out last month dated the bones"), an aside closed
// right before the verb ("Tenants of Dunmore, many of whom have lived in hotels since the fire,
// praised"), an age in commas ("Brandt, 29, had held") and an agent read as the next verb's
// subject ("the committee led by Ruth Adler said"), for the title rules.
#pragma once

#include <cstddef>
#include <optional>

#include "core/events/parse_view.h"
#include "core/events/title_doc.h"

namespace chronograph::core::titles {

// "Soil tests carried out last month dated the bones", "fog forming over the bay could ground
// flights": the bare participle right after a noun that the parser took for a main verb (or
// hung on the verb of a "that" clause) modifies that noun, which is the subject of the verb
// `verb` after the participle's phrase, a verb with no subject of its own. Returns the
// participle; none when `verb` is no such verb.
std::optional<std::size_t> reduced_participle_before(const Doc& d, const ParseView& parse, std::size_t verb);

// The verb after the participle `participle` whose subject is the participle's noun, as
// reduced_participle_before finds it; none when there is no such verb.
std::optional<std::size_t> verb_after_reduced_participle(const Doc& d, const ParseView& parse, std::size_t participle);

// "Brandt, 29, had held the belt": a number in commas right after a name or a noun is its age,
// though the parser made the number the subject; the name's (or noun's) last token. None when
// `subject` is no such number.
std::optional<std::size_t> aged_subject(const Doc& d, const ParseView& parse, std::size_t subject);

// "Tenants of Dunmore, many of whom have lived in hotels since the fire, praised the ruling",
// parsed with "since the fire" a clause whose subject is "fire": a subject a comma parts from
// its verb, in a clause a subordinator opens inside an aside, is the end of the aside, not the
// subject. Returns the comma that opens the aside, after the real subject; none otherwise.
std::optional<std::size_t> aside_before_verb(const Doc& d, const ParseView& parse, std::size_t verb, std::size_t subject);

// "the committee led by former senator Ruth Adler said", parsed with "led" the main verb and the
// agent the subject of "said": a participle with a "by" phrase whose name the parser made the
// subject of the verb right after it is a reduced passive, not something its noun did.
bool agent_read_as_subject(const Doc& d, const ParseView& parse, std::size_t participle);

}  // namespace chronograph::core::titles
