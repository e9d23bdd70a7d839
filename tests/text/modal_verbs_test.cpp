#include <catch2/catch.hpp>

#include "core/text/modal_verbs.h"

using namespace chronograph::core;

TEST_CASE("every modal form the tokenizer makes is a modal, and no other auxiliary is", "[modal_verbs]") {
  for (const std::string_view w : {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
                                   "'ll", "ll", "'d", "wo", "ca"})
    CHECK(is_modal(w));
  for (const std::string_view w : {"be", "is", "have", "had", "do", "did", "need", "Will", "wills", ""})
    CHECK_FALSE(is_modal(w));
}

TEST_CASE("modals sorted by what they say of time and reality", "[modal_verbs]") {
  for (const std::string_view w : {"will", "shall", "'ll", "ll", "wo"}) {
    CHECK(is_future_modal(w));
    CHECK_FALSE(is_past_modal(w));
  }
  for (const std::string_view w : {"may", "might", "could", "can", "ca"}) CHECK(is_possibility_modal(w));
  for (const std::string_view w : {"would", "should", "must", "will", "ought"}) CHECK_FALSE(is_possibility_modal(w));
  for (const std::string_view w : {"would", "could", "might", "should", "'d"}) CHECK(is_past_modal(w));
  for (const std::string_view w : {"can", "may", "must"}) {
    CHECK_FALSE(is_past_modal(w));
    CHECK_FALSE(is_future_modal(w));
  }
}
