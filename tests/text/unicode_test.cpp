// Letter case by code point (core/text/unicode.h): the capitals of the Latin scripts news names
// people and places in, wherever their block puts them.
#include "core/text/unicode.h"

#include <catch2/catch.hpp>

namespace unicode = chronograph::core::unicode;

TEST_CASE("a Latin capital with a diacritic is upper case and its small letter lower case", "[text][unicode]") {
  const auto [capital, small] = GENERATE(table<char32_t, char32_t>({
      {U'\u00c9', U'\u00e9'},  // É é
      {U'\u00d1', U'\u00f1'},  // Ñ ñ
      {U'\u00d6', U'\u00f6'},  // Ö ö
      {U'\u00c7', U'\u00e7'},  // Ç ç
      {U'\u010c', U'\u010d'},  // Č č (even capitals)
      {U'\u0141', U'\u0142'},  // Ł ł (odd capitals after ĸ)
      {U'\u0143', U'\u0144'},  // Ń ń
      {U'\u0179', U'\u017a'},  // Ź ź
      {U'\u017d', U'\u017e'},  // Ž ž
      {U'\u0218', U'\u0219'},  // Ș ș
      {U'\u1ea0', U'\u1ea1'},  // Ạ ạ
  }));
  CAPTURE(static_cast<unsigned>(capital));
  CHECK(unicode::is_upper(capital));
  CHECK_FALSE(unicode::is_lower(capital));
  CHECK(unicode::is_lower(small));
  CHECK_FALSE(unicode::is_upper(small));
}

TEST_CASE("a letter with no capital is lower case and a sign is neither", "[text][unicode]") {
  for (const char32_t small : {U'\u00df', U'\u0138', U'\u0149', U'\u017f'}) {  // ß ĸ ŉ ſ
    CAPTURE(static_cast<unsigned>(small));
    CHECK(unicode::is_lower(small));
    CHECK_FALSE(unicode::is_upper(small));
  }
  CHECK(unicode::is_upper(U'\u0178'));  // Ÿ
  CHECK_FALSE(unicode::is_upper(U'\u00d7'));  // ×
  CHECK_FALSE(unicode::is_lower(U'\u00d7'));
}
