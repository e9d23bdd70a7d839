#include "core/common/error.h"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace chronograph {

std::string SourcePos::to_string() const {
  if (line <= 0) return path;
  if (column <= 0) return fmt::format("{}:{}", path, line);
  return fmt::format("{}:{}:{}", path, line, column);
}

namespace {
std::string one_line(const SourcePos& where, const std::string& message, const std::string& hint) {
  std::string out = where.path.empty() ? message : where.to_string() + ": " + message;
  if (!hint.empty()) out += "; " + hint;
  return out;
}
}  // namespace

ParseError::ParseError(SourcePos where, std::string message, std::string hint, std::string help,
                       std::string source_line, int caret_width)
    : InputError(one_line(where, message, hint), std::move(help)),
      where_(std::move(where)),
      message_(std::move(message)),
      hint_(std::move(hint)),
      source_line_(std::move(source_line)),
      caret_width_(std::max(1, caret_width)) {}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

std::string did_you_mean(const std::string& wanted, const std::vector<std::string>& candidates,
                         std::size_t max_suggestions) {
  // A suggestion further than half the word away is noise, not help.
  const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 2);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(wanted, candidate);
    if (distance <= limit) scored.emplace_back(distance, candidate);
  }
  std::sort(scored.begin(), scored.end());
  if (scored.empty()) return {};
  std::string out = "did you mean ";
  for (std::size_t i = 0; i < scored.size() && i < max_suggestions; ++i) {
    if (i > 0) out += i + 1 == std::min(scored.size(), max_suggestions) ? " or " : ", ";
    out += "'" + scored[i].second + "'";
  }
  return out + "?";
}

}  // namespace chronograph
