// Where a reporting period stops: "the three months [ended] Dec. 31", "the fiscal year [ending]
// June 30", or starts ("fiscal 2026, which [begins] in July"), or that it follows what was told ("the two years that [followed]"). Such a verb is no news (no node of its own), and the day after it dates the
// period, not the report of it (core/links/event_anchors.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "core/text/token.h"

namespace chronograph::core {

// A participle (VBN, VBG) of "end" right after a period's noun ("quarter", "months", "year"),
// or hung on one (`acl`), wherever the parser hung it ("a net loss for the three months ended
// September 30" had it on "loss"). A finite "ended" ("The season ended on Sunday") is the
// clause's own verb, and no such participle.
bool closes_reporting_period(const TokenizedText& tokens, const Sentence& sentence, std::size_t i);

// "Prices rose by 20 percent in the two years that [followed]", "in the days that [came]
// after": a verb of following in a relative clause on a period's noun only places the period
// after what was told; no news of its own.
bool places_a_following_period(const TokenizedText& tokens, const Sentence& sentence, std::size_t i);

// "expects a recovery in fiscal 2026, which [begins] in July", "in 2025, which [ends] in March":
// a verb of starting or ending in a relative clause right after a comma and a time expression
// ending in a number says where that period starts or stops, wherever the parser hung the
// clause; no news of its own, and no phase of an event. `in_timex` marks the time expressions.
bool bounds_the_period_before(const TokenizedText& tokens, const Sentence& sentence, std::size_t i,
                              const std::vector<char>& in_timex);

}  // namespace chronograph::core
