#include "core/text/modal_verbs.h"

#include <algorithm>
#include <array>

namespace chronograph::core {
namespace {

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view lower) {
  return std::find(words.begin(), words.end(), lower) != words.end();
}

constexpr std::array<std::string_view, 5> kFuture = {"will", "shall", "'ll", "ll", "wo"};
constexpr std::array<std::string_view, 5> kPast = {"would", "could", "might", "should", "'d"};
constexpr std::array<std::string_view, 5> kOthers = {"can", "may", "must", "ought", "ca"};
constexpr std::array<std::string_view, 5> kPossibility = {"may", "might", "could", "can", "ca"};

}  // namespace

bool is_modal(std::string_view lower) {
  return among(kFuture, lower) || among(kPast, lower) || among(kOthers, lower);
}

bool is_future_modal(std::string_view lower) { return among(kFuture, lower); }

bool is_possibility_modal(std::string_view lower) { return among(kPossibility, lower); }

bool is_past_modal(std::string_view lower) { return among(kPast, lower); }

}  // namespace chronograph::core
