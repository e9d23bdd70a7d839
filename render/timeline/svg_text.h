// Small helpers for writing SVG/HTML by hand, deterministically: escaping and fixed-precision
// numbers (one decimal: a tenth of a pixel is below what a screen shows).
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace chronograph::render {

// Escapes &, <, >, " and ' for element text and attribute values.
inline std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters other than tab/newline are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += ' ';
        else out += c;
    }
  }
  return out;
}

// "12.3"; never "-0.0".
inline std::string num(double value) {
  std::string out = fmt::format("{:.1f}", value);
  if (out == "-0.0") out = "0.0";
  return out;
}

class SvgText {
 public:
  void raw(std::string_view text) { out_.append(text); }
  void text(std::string_view text) { out_.append(escape(text)); }
  void element(std::string_view name, std::string_view attributes, std::string_view content) {
    out_ += '<';
    out_.append(name);
    if (!attributes.empty()) out_.append(" ").append(attributes);
    out_ += '>';
    text(content);
    out_.append("</").append(name).append(">");
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace chronograph::render
