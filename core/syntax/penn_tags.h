// Penn Treebank tag classes the tree repairs read (core/syntax).
#pragma once

#include <string_view>

namespace chronograph::core {

// A finite verb or modal: VBZ, VBP, VBD, MD ("is", "are", "was", "will").
inline bool finite_tag(std::string_view xpos) { return xpos == "VBZ" || xpos == "VBP" || xpos == "VBD" || xpos == "MD"; }

}  // namespace chronograph::core
