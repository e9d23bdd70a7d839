// A half-open byte range [begin, end) into a Document's text. Every span everywhere is a
// byte offset into the original text, so a mention can always be shown in context.
#pragma once

#include <cstddef>
#include <string_view>

namespace chronograph::core {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace chronograph::core
