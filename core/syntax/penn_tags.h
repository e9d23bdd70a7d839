// Penn Treebank tag classes the tree repairs read, and the verb forms they set (core/syntax).
#pragma once

#include <string_view>

#include "core/text/token.h"

namespace chronograph::core {

// A finite verb or modal: VBZ, VBP, VBD, MD ("is", "are", "was", "will").
inline bool finite_tag(std::string_view xpos) { return xpos == "VBZ" || xpos == "VBP" || xpos == "VBD" || xpos == "MD"; }

// A word retagged as a common noun (NN, NNS), with UD features to match.
inline void make_noun(Token& t, bool plural) {
  t.upos = "NOUN";
  t.xpos = plural ? "NNS" : "NN";
  t.feats = plural ? "Number=Plur" : "Number=Sing";
}

// A verb retagged as the past tense (VBD), the present tense (VBZ, VBP) or the past participle
// (VBN), with UD features to match.
inline void make_past_tense(Token& t) {
  t.xpos = "VBD";
  t.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
}
// A verb in the present tense: VBZ in the third person singular, VBP otherwise.
inline void make_present_tense(Token& t, bool third_singular) {
  t.upos = "VERB";
  t.xpos = third_singular ? "VBZ" : "VBP";
  t.feats = third_singular ? "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" : "Mood=Ind|Tense=Pres|VerbForm=Fin";
}
inline void make_past_participle(Token& t) {
  t.xpos = "VBN";
  t.feats = "Tense=Past|VerbForm=Part";
}

}  // namespace chronograph::core
