// The modal auxiliaries of English, by what they say of an event's time and reality. Forms are
// lower-case tokens as the tokenizer splits them: "won't" is "wo" + "n't", "can't" is "ca" +
// "n't", "she'll" is "she" + "'ll" (or "ll" where the apostrophe was lost).
//
//   is_modal("could")             == true
//   is_future_modal("'ll")        == true     ("will", "shall", "'ll", "ll", "wo")
//   is_possibility_modal("might") == true     ("may", "might", "could", "can", "ca")
//   is_past_modal("would")        == true     ("would", "could", "might", "should", "'d")
#pragma once

#include <string_view>

namespace chronograph::core {

bool is_modal(std::string_view lower);
bool is_future_modal(std::string_view lower);
bool is_possibility_modal(std::string_view lower);
// The past forms, which no longer tell a past: "could fall" is a possibility now or ahead, but
// "while firefighters could be seen entering" is the time of its host.
bool is_past_modal(std::string_view lower);

}  // namespace chronograph::core
