#include "core/common/ascii_fold.h"

namespace chronograph {
namespace {

// The base letter of each code point from U+00C0; '?' marks one written with two letters and
// ' ' the two signs among them (multiplication, division), which stay as they are.
constexpr std::string_view kBaseLetters =
    "AAAAAA?CEEEEIIIIDNOOOOO OUUUUY??aaaaaa?ceeeeiiiidnooooo ouuuuy?y"  // U+00C0..U+00FF
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlL"  // U+0100..U+013F
    "lLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";  // U+0140..U+017F
constexpr char32_t kFirst = 0xC0;

std::string_view two_letters(char32_t code) {
  switch (code) {
    case 0xC6: return "AE";
    case 0xDE: return "Th";
    case 0xDF: return "ss";
    case 0xE6: return "ae";
    case 0xFE: return "th";
    case 0x132: return "IJ";
    case 0x133: return "ij";
    case 0x152: return "OE";
    case 0x153: return "oe";
    default: return {};
  }
}

// Romanian's comma-below letters (U+0218..U+021B: Ș ș Ț ț, UTF-8 "C8 98".."C8 9B").
char romanian_letter(unsigned char lead, unsigned char next) {
  if (lead != 0xC8 || next < 0x98 || next > 0x9B) return 0;
  return "SsTt"[next - 0x98];
}

}  // namespace

std::string fold_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const auto next = i + 1 < utf8.size() ? static_cast<unsigned char>(utf8[i + 1]) : 0;
    if (const char letter = romanian_letter(lead, next)) {
      out += letter;
      ++i;
      continue;
    }
    // two-byte sequences C3 80 .. C5 BF hold U+00C0 .. U+017F
    if (lead >= 0xC3 && lead <= 0xC5 && (next & 0xC0) == 0x80) {
      const char32_t code = (static_cast<char32_t>(lead & 0x1F) << 6) | (next & 0x3F);
      const char base = kBaseLetters[code - kFirst];
      if (base != ' ') {
        if (base == '?') out += two_letters(code);
        else out += base;
        ++i;
        continue;
      }
    }
    out += utf8[i];
  }
  return out;
}

}  // namespace chronograph
