// UTF-8 checks at the edge: documents are validated once when read, so everything after
// can treat text as valid UTF-8 bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace chronograph::core {

// Byte offset of the first byte that does not start or continue a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF included), or nullopt.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// 1-based line and column (in bytes) of a byte offset, for messages.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

// The whole line holding `offset`, without its line break.
std::string_view line_at(std::string_view text, std::size_t offset);

}  // namespace chronograph::core
