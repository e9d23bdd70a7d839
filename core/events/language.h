// A cheap check that a text is English, so the CLI can warn before the English models
// produce nonsense: the share of words that are common English function words.
//
//   if (!looks_english(document.text)) reporter.warning("…: the text does not look English; events may be wrong");
#pragma once

#include <string_view>

namespace chronograph::core {

// True for English text and for texts too short to tell ("Hello there"). A text written mostly
// in another script (Chinese, Cyrillic, Arabic, ...) is another language, however short. Under
// 40 words (headlines, a lead), which may have no function word at all, a text in Latin letters
// is another language only when two or more of its function words ("und", "une", "het", "aus")
// outnumber the English ones.
// Longer, English news has 35-50% function words; other languages written in Latin letters
// share a few ("a", "in", "die" aside), so the threshold is far below the English rate and far
// above theirs.
bool looks_english(std::string_view text);

// Share (0..1) of words that are English function words; 0 for a text without words.
double english_function_word_share(std::string_view text);

}  // namespace chronograph::core
