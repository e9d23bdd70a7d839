#include "core/text/unicode.h"

namespace chronograph::core::unicode {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

Decoded decode(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t cp = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07;
  } else {
    return {0xFFFD, 1, false};
  }
  if (at + length > text.size()) return {0xFFFD, 1, false};
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[at + k]);
    if (!is_continuation(byte)) return {0xFFFD, 1, false};
    cp = (cp << 6) | (byte & 0x3F);
  }
  const bool overlong =
      (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, length, true};
}

bool is_space(char32_t cp) {
  if (cp <= 0x20) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}

bool is_newline(char32_t cp) {
  return cp == U'\n' || cp == U'\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;  // × ÷
  if (cp < 0x2000)
    return !(cp >= 0x2B9 && cp <= 0x2FF && cp != 0x2BC);  // modifier letters
                                                          // except ʼ
  if (cp >= 0x2C00 && cp <= 0x2DFF) return true;          // Glagolitic, Latin ext. C, Coptic...
  if (cp >= 0x3040 && cp <= 0x9FFF) return cp != 0x30FB;  // kana, CJK
  if (cp >= 0xA000 && cp <= 0xD7FF) return true;          // Yi, Hangul...
  if (cp >= 0xF900 && cp <= 0xFAFF) return true;          // CJK compatibility
  if (cp >= 0xFB00 && cp <= 0xFDFF) return true;          // ligatures, Arabic presentation forms
  if (cp >= 0xFE70 && cp <= 0xFEFE) return true;
  if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)) return true;
  if (cp >= 0x20000 && cp <= 0x3FFFF) return true;  // CJK extensions
  return false;
}

namespace {

// Latin Extended-A pairs each capital with its small letter after it, but from U+0139 ("Ĺ"), after
// "ĸ", which has no capital, to U+0148 and from U+0179 ("Ź", "Ż", "Ž") to U+017E the capitals
// fall on odd code points; "ŉ", "Ÿ" and "ſ" stand alone.
bool latin_extended_a_upper(char32_t cp) {
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
  if (cp == 0x178) return true;
  const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  return (cp % 2 == 1) == odd_capitals;
}

}  // namespace

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= U'A' && cp <= U'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return latin_extended_a_upper(cp);
  if (cp >= 0x218 && cp <= 0x21B) return cp % 2 == 0;    // Romanian's comma-below "Ș", "Ț"
  if (cp >= 0x1E00 && cp <= 0x1E95) return cp % 2 == 0;  // Latin Extended Additional (Vietnamese)
  if (cp >= 0x1EA0 && cp <= 0x1EFF) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3AB) return true;         // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;         // Cyrillic
  return false;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= U'a' && cp <= U'z';
  return is_letter(cp) && !is_upper(cp) && cp < 0x2000;
}

bool is_symbol_modifier(char32_t cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x200D ||
         cp == 0x20E3 || (cp >= 0xE0020 && cp <= 0xE007F);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace chronograph::core::unicode
