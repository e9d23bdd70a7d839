// The value functions of the rule files' templates ("@weekday {WEEKDAY}", "@ago {NUM} Y -1"),
// listed in data/timex/README.md: each turns its arguments and what the text around the
// expression says (ValueContext) into a TIMEX3 value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/timex/value_context.h"

namespace chronograph::core {

bool is_value_function(std::string_view name);
// Every value function's name, sorted.
std::vector<std::string> value_function_names();

// The value function `name` ("@weekday") applied to `args` (an absent argument is empty);
// empty for a name that is no value function.
std::string call_value_function(std::string_view name, const std::vector<std::string>& args, const ValueContext& ctx);

// The whole of `s` as a whole number; null when it is not one.
std::optional<long> to_long(std::string_view s);

// A TIMEX3 time of day ("2023-02-06T04:17") moved by n hours ("H") or minutes ("MIN"), to the
// minute; null for another unit or a value without a clock time.
std::optional<std::string> shift_clock(const std::string& value, const std::string& unit, long n);

}  // namespace chronograph::core
