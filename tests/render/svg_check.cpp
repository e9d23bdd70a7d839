#include "tests/render/svg_check.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <pugixml.hpp>

namespace chronograph::test {

namespace {
// Boxes are written with one decimal; allow for the rounding of two of them.
constexpr double kTolerance = 0.11;

bool has_class(const pugi::xml_node& node, const std::string& name) {
  std::istringstream classes(node.attribute("class").as_string());
  std::string one;
  while (classes >> one)
    if (one == name) return true;
  return false;
}

bool overlap(const Box& a, const Box& b) {
  return a.x + a.w > b.x + kTolerance && b.x + b.w > a.x + kTolerance && a.y + a.h > b.y + kTolerance &&
         b.y + b.h > a.y + kTolerance;
}

void collect(const pugi::xml_node& node, SvgBoxes& out) {
  for (const auto& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const bool label = has_class(child, "label"), mark = has_class(child, "mark");
    if (label || mark) {
      Box box;
      std::istringstream in(child.attribute("data-box").as_string());
      if (!(in >> box.x >> box.y >> box.w >> box.h))
        throw std::runtime_error(fmt::format("<{}> without a data-box", child.name()));
      box.text = label ? child.text().as_string() : child.attribute("class").as_string();
      (label ? out.labels : out.marks).push_back(std::move(box));
    }
    collect(child, out);
  }
}
}  // namespace

SvgBoxes read_boxes(const std::string& svg) {
  pugi::xml_document document;
  const auto result = document.load_string(svg.c_str());
  if (!result) throw std::runtime_error(fmt::format("the SVG does not parse: {} at {}", result.description(), result.offset));
  const auto root = document.child("svg");
  if (!root) throw std::runtime_error("no <svg> root");
  SvgBoxes out;
  std::istringstream view(root.attribute("viewBox").as_string());
  double x0 = 0, y0 = 0;
  view >> x0 >> y0 >> out.width >> out.height;
  collect(root, out);
  return out;
}

std::vector<std::string> layout_problems(const SvgBoxes& boxes) {
  std::vector<std::string> problems;
  for (const auto& label : boxes.labels)
    if (label.x < -kTolerance || label.y < -kTolerance || label.x + label.w > boxes.width + kTolerance ||
        label.y + label.h > boxes.height + kTolerance)
      problems.push_back(fmt::format("label '{}' leaves the {}x{} canvas", label.text, boxes.width, boxes.height));
  // Sweep by x so 1,000 events stay quick: only boxes whose x-ranges meet are compared.
  struct Entry {
    const Box* box;
    bool label;
  };
  std::vector<Entry> all;
  for (const auto& label : boxes.labels) all.push_back({&label, true});
  for (const auto& mark : boxes.marks) all.push_back({&mark, false});
  std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.box->x < b.box->x; });
  for (std::size_t i = 0; i < all.size(); ++i)
    for (std::size_t j = i + 1; j < all.size() && all[j].box->x < all[i].box->x + all[i].box->w; ++j) {
      if (!all[i].label && !all[j].label) continue;  // marks may touch marks (same day)
      if (overlap(*all[i].box, *all[j].box))
        problems.push_back(fmt::format("{} '{}' overlaps {} '{}'", all[i].label ? "label" : "mark", all[i].box->text,
                                       all[j].label ? "label" : "mark", all[j].box->text));
    }
  return problems;
}

std::vector<std::string> lane_labels(const std::string& svg) {
  std::vector<std::string> out;
  for (auto at = svg.find("lane-label"); at != std::string::npos; at = svg.find("lane-label", at + 1)) {
    const auto open = svg.find('>', at), close = svg.find("</text>", at);
    out.push_back(svg.substr(open + 1, close - open - 1));
  }
  return out;
}

}  // namespace chronograph::test
