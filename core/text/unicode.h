// Code-point classes the tokenizer needs, without ICU. Text reaching the tokenizer has been
// validated by the document reader; still, a bad byte decodes as one invalid code point of
// length 1, so nothing here can read past the end or loop forever.
//
//   auto [cp, length, valid] = unicode::decode(text, at);
//   if (unicode::is_space(cp)) ...   // NBSP, BOM and the Unicode spaces are separators
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chronograph::core::unicode {

struct Decoded {
  char32_t cp = 0;
  std::size_t length = 1;  // bytes, always >= 1
  bool valid = true;
};

// Decodes the code point starting at byte `at` (< text.size()).
Decoded decode(std::string_view text, std::size_t at);

// Whitespace separating tokens: ASCII and Unicode spaces, line and paragraph separators,
// NBSP, zero-width space and the BOM (a BOM inside a text is only noise).
bool is_space(char32_t cp);
// Ends a line: \n, \r (CR alone, old Mac files; CRLF counts once), U+2028, U+2029, NEL.
bool is_newline(char32_t cp);
// Letters of the alphabetic scripts, CJK and combining marks (an approximation by blocks).
bool is_letter(char32_t cp);
inline bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }
inline bool is_alnum(char32_t cp) { return is_digit(cp) || is_letter(cp); }
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
// Joins the symbol before it into one token: variation selectors, skin tones, ZWJ (with the
// code point after it), combining enclosing keycap, tag characters of flag sequences.
bool is_symbol_modifier(char32_t cp);
inline bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

// ASCII lower-casing of a UTF-8 string (non-ASCII bytes unchanged): enough for lexicon keys.
std::string ascii_lower(std::string_view text);

}  // namespace chronograph::core::unicode
