// Text widths from the real font: Pango + Cairo lay out the string in the font the SVG names
// (DejaVu Sans, from fonts-dejavu-core), with hinting off so the numbers match what Chromium
// and librsvg draw. Label placement needs these; a guess per character lets labels collide.
//
//   TextMetrics metrics;
//   double w = metrics.width("Biden and Putin hold video call", 12);   // pixels
//   std::string t = metrics.truncate("a very long title ...", 12, 200);  // ends in "…" if cut
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronograph::render {

// The one font family every renderer names; tests and the HTML page rely on it.
inline constexpr std::string_view kFontFamily = "DejaVu Sans";

class TextMetrics {
 public:
  TextMetrics();
  ~TextMetrics();
  // Owns a Pango context and a cache of measured strings: copying would share neither.
  TextMetrics(const TextMetrics&) = delete;
  TextMetrics& operator=(const TextMetrics&) = delete;

  // Advance width in pixels of `text` (UTF-8) at `size_px`, regular or bold. Cached.
  double width(std::string_view text, double size_px, bool bold = false);
  // The longest prefix of `text` (cut at a character boundary, then "…") that fits `max_width`.
  std::string truncate(std::string_view text, double size_px, double max_width, bool bold = false);
  // Line height of the font at `size_px` (ascent + descent), in pixels.
  double line_height(double size_px);
  // Distance from the top of a line to its baseline, in pixels.
  double ascent(double size_px);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unordered_map<std::string, double> cache_;
};

}  // namespace chronograph::render
