#include "core/events/term_of_object.h"

namespace chronograph::core {

bool length_is_its_objects(const ParseView& parse, std::size_t verb, std::string_view lemma, const EventLexicon& lexicon) {
  const char term = lexicon.term_verb(lemma);
  if (term == 'm') return true;
  if (term != 'g') return false;
  return parse.child(verb, "obj") || parse.child(verb, "nsubj:pass") || parse.child(verb, "aux:pass");
}

}  // namespace chronograph::core
