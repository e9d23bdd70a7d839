#include "core/timex/opening_spans.h"

#include <algorithm>
#include <string>

#include "core/syntax/sentences.h"

namespace chronograph::core {

namespace {

bool opens_a_thing(const Timex& t) { return t.type == "DURATION" && (t.rule == "first-hour" || t.rule == "first-hours"); }

// " of trading on ", " of the rescue on ": "of", at most three words, "on".
bool of_a_thing_on(std::string_view text, const Timex& opening, const Timex& day) {
  constexpr long kMostWords = 3;
  if (day.span.begin <= opening.span.end) return false;
  const std::string joint = lowercase_ascii(text.substr(opening.span.end, day.span.begin - opening.span.end));
  if (!joint.starts_with(" of ") || !joint.ends_with(" on ") || joint.find_first_of(",.;") != std::string::npos) return false;
  const std::string between = joint.substr(4, joint.size() - 8);
  return !between.empty() && std::count(between.begin(), between.end(), ' ') + 1 <= kMostWords;
}

}  // namespace

void open_spans_on_their_days(std::string_view text, std::vector<Timex>& timexes) {
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& opening = timexes[k];
    const Timex& day = timexes[k + 1];
    if (!opens_a_thing(opening) || !day.interval || day.interval->precision > Precision::Day || !of_a_thing_on(text, opening, day))
      continue;
    // (hours not counted, "the first few hours", run into the next day at most, as one hour does)
    const auto length = opening.interval ? opening.interval->end - opening.interval->start : date::days{1};
    opening.interval = Interval{day.interval->start, day.interval->start + length, Precision::Day};
  }
}

}  // namespace chronograph::core
