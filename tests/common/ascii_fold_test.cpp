#include "core/common/ascii_fold.h"

#include <string>

#include <catch2/catch.hpp>

using chronograph::fold_to_ascii;

TEST_CASE("Latin letters with diacritics fold to their ASCII base letters", "[common]") {
  const auto [text, folded] = GENERATE(table<std::string, std::string>({
      {"Kova\u010d", "Kovac"},
      {"Babi\u0107", "Babic"},
      {"Gen\u00e8ve", "Geneve"},
      {"\u0141\u00f3d\u017a", "Lodz"},
      {"Stra\u00dfe", "Strasse"},
      {"\u00c6r\u00f8 \u0152uvre", "AEro OEuvre"},
      {"\u015eahin \u0130stanbul", "Sahin Istanbul"},
      {"Dvo\u0159\u00e1k \u00d8stergaard", "Dvorak Ostergaard"},
      {"Timi\u0219oara \u021airiac", "Timisoara Tiriac"},
  }));
  CHECK(fold_to_ascii(text) == folded);
}

TEST_CASE("other bytes are copied as they are", "[common]") {
  CHECK(fold_to_ascii("plain ASCII, 42.") == "plain ASCII, 42.");
  CHECK(fold_to_ascii("3 \u00d7 4 \u00f7 2") == "3 \u00d7 4 \u00f7 2");  // signs, not letters
  CHECK(fold_to_ascii("\u041c\u043e\u0441\u043a\u0432\u0430") == "\u041c\u043e\u0441\u043a\u0432\u0430");  // Cyrillic
  CHECK(fold_to_ascii("\u201cquoted\u201d \u2014 dash") == "\u201cquoted\u201d \u2014 dash");
  // a lead byte at the end, or one without its continuation, stays
  CHECK(fold_to_ascii("abc\xC3") == "abc\xC3");
  CHECK(fold_to_ascii("\xC4" "A") == "\xC4" "A");
}
