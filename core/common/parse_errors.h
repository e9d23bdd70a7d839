// Every error of one input file at once, in file order, so that a user fixes them in one go
// instead of one per run. It is a ParseError (the first one): code that shows one error shows
// the first; cli/main.cpp shows them all.
//
//   std::vector<ParseError> found = ...;                 // collected while reading the file
//   if (!found.empty()) throw ParseErrors(std::move(found));
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "core/common/error.h"

namespace chronograph {

class ParseErrors : public ParseError {
 public:
  // `errors` must not be empty; they are put in file order (line, then column).
  explicit ParseErrors(std::vector<ParseError> errors) : ParseError(first_in_file(errors)), all_(std::move(errors)) {
    std::stable_sort(all_.begin(), all_.end(), [](const ParseError& a, const ParseError& b) {
      return std::pair{a.where().line, a.where().column} < std::pair{b.where().line, b.where().column};
    });
  }
  const std::vector<ParseError>& all() const { return all_; }

 private:
  static const ParseError& first_in_file(const std::vector<ParseError>& errors) {
    return *std::min_element(errors.begin(), errors.end(), [](const ParseError& a, const ParseError& b) {
      return std::pair{a.where().line, a.where().column} < std::pair{b.where().line, b.where().column};
    });
  }
  std::vector<ParseError> all_;
};

}  // namespace chronograph
