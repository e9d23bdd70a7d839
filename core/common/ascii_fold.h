// Latin letters with diacritics written as their ASCII base letters ("Kovač" -> "Kovac",
// "Genève" -> "Geneve", "Łódź" -> "Lodz", "Straße" -> "Strasse"), for ids and slugs that keep a
// name readable. Covers Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) and Romanian's
// comma-below letters (U+0218..U+021B); every other byte, ASCII or not, is copied as it is.
#pragma once

#include <string>
#include <string_view>

namespace chronograph {

std::string fold_to_ascii(std::string_view utf8);

}  // namespace chronograph
