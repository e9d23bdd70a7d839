// Checks on a written timeline SVG: every element with class "label" or "mark" carries
// data-box="x y w h"; no two labels overlap, no label overlaps a mark, none leaves the canvas.
#pragma once

#include <string>
#include <vector>

namespace chronograph::test {

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  std::string text;
};

struct SvgBoxes {
  double width = 0, height = 0;
  std::vector<Box> labels, marks;
};

// Throws std::runtime_error when the SVG does not parse.
SvgBoxes read_boxes(const std::string& svg);

// One line per problem found ("labels overlap: 'a' and 'b'"); empty when the layout is clean.
std::vector<std::string> layout_problems(const SvgBoxes& boxes);

// The lane names a timeline SVG draws, top to bottom.
std::vector<std::string> lane_labels(const std::string& svg);

}  // namespace chronograph::test
