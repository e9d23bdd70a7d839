#include "core/text/tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/text/unicode.h"
#include "tests/support/shared_data.h"

using chronograph::core::TokenizedText;
using chronograph::core::Tokenizer;

namespace {

const Tokenizer& tokenizer() {
  static const Tokenizer instance =
      Tokenizer::load_from(chronograph::test::kSourceDir / "data" / "lexicons");
  return instance;
}

// "Mr.|Biden|ca|n't|go|." — the tokens as written, joined by '|'.
std::string tokens_of(std::string_view text) {
  const TokenizedText out = tokenizer().tokenize(text);
  std::string joined;
  for (const auto& token : out.tokens) joined += (joined.empty() ? "" : "|") + token.text;
  return joined;
}

std::vector<std::string> sentences_of(std::string_view text) {
  const TokenizedText out = tokenizer().tokenize(text);
  std::vector<std::string> sentences;
  for (const auto& sentence : out.sentences) sentences.emplace_back(sentence.span.of(text));
  return sentences;
}

// Every token is its own bytes, in order, never overlapping; sentences tile the tokens.
void check_offsets(std::string_view text) {
  const TokenizedText out = tokenizer().tokenize(text);
  std::size_t previous_end = 0;
  for (const auto& token : out.tokens) {
    REQUIRE(token.span.begin >= previous_end);
    REQUIRE(token.span.end > token.span.begin);
    REQUIRE(token.span.end <= text.size());
    REQUIRE(token.span.of(text) == token.text);
    previous_end = token.span.end;
  }
  std::size_t next_token = 0;
  for (const auto& sentence : out.sentences) {
    REQUIRE(sentence.first_token == next_token);
    REQUIRE(sentence.token_count > 0);
    const auto& first = out.tokens[sentence.first_token];
    const auto& last = out.tokens[sentence.first_token + sentence.token_count - 1];
    REQUIRE(sentence.span.begin == first.span.begin);
    REQUIRE(sentence.span.end == last.span.end);
    next_token += sentence.token_count;
  }
  REQUIRE(next_token == out.tokens.size());
  // Nothing but whitespace is left out of the tokens.
  std::size_t at = 0;
  for (std::size_t k = 0; k <= out.tokens.size(); ++k) {
    const std::size_t gap_end = k < out.tokens.size() ? out.tokens[k].span.begin : text.size();
    while (at < gap_end) {
      const auto d = chronograph::core::unicode::decode(text, at);
      REQUIRE(d.valid);
      REQUIRE(chronograph::core::unicode::is_space(d.cp));
      at += d.length;
    }
    if (k < out.tokens.size()) at = out.tokens[k].span.end;
  }
}

}  // namespace

TEST_CASE("abbreviations keep their period and do not end the sentence", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Mr. Smith met Gov. Brown at 9 a.m. on Jan. 5.",
       "Mr.|Smith|met|Gov.|Brown|at|9|a.m.|on|Jan.|5|."},
      {"The U.S. and Acme Inc. agreed, e.g. on prices, i.e. costs.",
       "The|U.S.|and|Acme|Inc.|agreed|,|e.g.|on|prices|,|i.e.|costs|."},
      {"Mr Jones lives on Elm St. near Acme Corp. since 4 p.m.",
       "Mr|Jones|lives|on|Elm|St.|near|Acme|Corp.|since|4|p.m."},
      {"Sen. Mary K. Lee voted.", "Sen.|Mary|K.|Lee|voted|."},
      {"It ended.", "It|ended|."},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
  CHECK(sentences_of(text).size() == 1);
}

TEST_CASE("numbers, money, percentages and decades are single tokens", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"About 175,000 troops, 3.5% more.", "About|175,000|troops|,|3.5|%|more|."},
      {"It cost $1.2 billion in the 1990s.", "It|cost|$|1.2|billion|in|the|1990s|."},
      {"A 10-year plan at 10:30 on 11/28/2000.", "A|10-year|plan|at|10:30|on|11/28/2000|."},
      {"Call 713-853-3989 about the 1969-1970 data.",
       "Call|713-853-3989|about|the|1969|-|1970|data|."},
      {"He paid $170m for 65k units at 7:30pm.", "He|paid|$|170|m|for|65|k|units|at|7:30|pm|."},
      {"Back in the '90s and ’72 it was the 3rd time.",
       "Back|in|the|'90s|and|’72|it|was|the|3rd|time|."},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("issue 2: hyphenated dates stay one token, other compounds split as in UD EWT",
          "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"It may start in early-2022 or mid-June.", "It|may|start|in|early-2022|or|mid-June|."},
      {"By late-1990s and end-2023 prices fell.", "By|late-1990s|and|end-2023|prices|fell|."},
      {"A well-known anti-war group e-mailed co-workers.",
       "A|well|-|known|anti-war|group|e-mailed|co-workers|."},
      {"The Al-Jazeera report", "The|Al|-|Jazeera|report"},
      {"Profit rose by year-end, a year-earlier gain",
       "Profit|rose|by|year-end|,|a|year-earlier|gain"},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("quotes, dashes and ellipses are tokens of their own", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"“We agree,” he said.", "“|We|agree|,|”|he|said|."},
      {"\"Fine\" and 'odd' words", "\"|Fine|\"|and|'|odd|'|words"},
      {"``Go home,'' she wrote", "``|Go|home|,|''|she|wrote"},
      {"‘Quoted’ twice", "‘|Quoted|’|twice"},
      {"Yes – no — maybe -- fine", "Yes|–|no|—|maybe|--|fine"},
      {"Wait... what… ok", "Wait|...|what|…|ok"},
      {"Really?! Yes!!!", "Really|?!|Yes|!!!"},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("URLs and e-mail addresses are one token without the punctuation after them",
          "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"See https://example.com/a?b=1, then rest.", "See|https://example.com/a?b=1|,|then|rest|."},
      {"(see www.example.org/page)", "(|see|www.example.org/page|)"},
      {"Mail jane.doe@example.org.", "Mail|jane.doe@example.org|."},
      {"Visit Amazon.com today", "Visit|Amazon.com|today"},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("brackets of the [items] style are split off", "[tokenizer]") {
  CHECK(tokens_of("the main [items] on (the) agenda{s}") ==
        "the|main|[|items|]|on|(|the|)|agenda|{|s|}");
}

TEST_CASE("clitics split the way UD EWT and Penn do, and stay one surface token", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"don't", "do|n't"},
      {"we're", "we|'re"},
      {"Russia’s", "Russia|’s"},
      {"can't", "ca|n't"},
      {"cannot", "can|not"},
      {"I'd", "I|'d"},
      {"They’ll", "They|’ll"},
      {"won’t", "wo|n’t"},
      {"parents'", "parents|'"},
      {"O'Brien", "O'Brien"},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
  const TokenizedText out = tokenizer().tokenize(text);
  for (std::size_t k = 0; k < out.tokens.size(); ++k)
    CHECK(out.tokens[k].fused_with_next == (k + 1 < out.tokens.size()));
}

TEST_CASE("the normalised form straightens quotes and clitics", "[tokenizer]") {
  const TokenizedText out = tokenizer().tokenize("“Russia’s” don’t `` … ''");
  std::vector<std::string> norms;
  for (const auto& token : out.tokens) norms.push_back(token.norm);
  CHECK(norms ==
        std::vector<std::string>{"\"", "Russia", "'s", "\"", "do", "n't", "\"", "...", "\""});
}

TEST_CASE("emoji and other symbols are one token each", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Great 😀😀 job", "Great|😀|😀|job"},
      {"thumbs👍🏽up", "thumbs|👍🏽|up"},
      {"flag 🇺🇸 and ©™ signs", "flag|🇺🇸|and|©|™|signs"},
      {"nice :) really :-(", "nice|:)|really|:-("},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("CRLF, NBSP and a BOM separate tokens and are never part of one", "[tokenizer]") {
  const std::string text = "\xEF\xBB\xBFHello\xC2\xA0world.\r\nNext\xE2\x80\x89line";
  CHECK(tokens_of(text) == "Hello|world|.|Next|line");
  CHECK(sentences_of(text) ==
        std::vector<std::string>{"Hello\xC2\xA0world.", "Next\xE2\x80\x89line"});
  check_offsets(text);
}

TEST_CASE("sentences end at terminal punctuation and the quotes closing after it",
          "[tokenizer][sentences]") {
  using Sentences = std::vector<std::string>;
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"Mr. Biden spoke. He left.", {"Mr. Biden spoke.", "He left."}},
      {"“I agree,” he said. “Fine.” Then he left.",
       {"“I agree,” he said.", "“Fine.”", "Then he left."}},
      {"Is it? Yes! Wow...", {"Is it?", "Yes!", "Wow..."}},
      {"It cost $5 vs. $6 in the U.S. and that was that.",
       {"It cost $5 vs. $6 in the U.S. and that was that."}},
      {"He works at Apple Inc. The firm grew.", {"He works at Apple Inc.", "The firm grew."}},
      {"Wait... it works (mostly.) Next one.", {"Wait... it works (mostly.)", "Next one."}},
      {"i know. lol ok", {"i know.", "lol ok"}},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text) == expected);
}

TEST_CASE("after a clock's p.m. or a.m. a capitalised word begins a sentence unless it names the day or zone",
          "[tokenizer][sentences]") {
  using Sentences = std::vector<std::string>;
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"They will try again at 9:15 p.m. Forecasters expect rain.", {"They will try again at 9:15 p.m.", "Forecasters expect rain."}},
      {"The vote closed at 8 a.m. Officials began counting.", {"The vote closed at 8 a.m.", "Officials began counting."}},
      {"The launch is set for 9 p.m. Friday.", {"The launch is set for 9 p.m. Friday."}},
      {"Doors open at 8 a.m. EST on Monday.", {"Doors open at 8 a.m. EST on Monday."}},
      {"It ends at 5 p.m. Eastern time.", {"It ends at 5 p.m. Eastern time."}},
      {"The talks ended at 2 a.m. and resumed later.", {"The talks ended at 2 a.m. and resumed later."}},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text) == expected);
}

TEST_CASE("a line without final punctuation is its own sentence", "[tokenizer][sentences]") {
  CHECK(sentences_of("Storm warning\nThe storm reached the coast on Monday.\n\nPart two\n") ==
        std::vector<std::string>{"Storm warning", "The storm reached the coast on Monday.",
                                 "Part two"});
}

TEST_CASE("hard-wrapped text continues sentences over single line breaks",
          "[tokenizer][sentences]") {
  const std::string text =
      "The officials said that the plan\nwould be delayed until the end of\nthe year because of"
      " the weather and\nthe costs. A new plan follows in\nthe spring.\n\nSecond paragraph here.";
  CHECK(sentences_of(text) ==
        std::vector<std::string>{"The officials said that the plan\nwould be delayed until the end "
                                 "of\nthe year because of "
                                 "the weather and\nthe costs.",
                                 "A new plan follows in\nthe spring.", "Second paragraph here."});
}

TEST_CASE("in hard-wrapped text a short line before a capital is still a sentence of its own",
          "[tokenizer][sentences]") {
  const std::string text =
      "Storm warning\nThe storm reached the northern coast on Monday and the officials\nsaid "
      "that the roads would stay closed until the water had gone down and\nthe bridges had "
      "been checked by the engineers of the region, who were\nalready on their way there.\n";
  CHECK(sentences_of(text).size() == 2);
  CHECK(sentences_of(text)[0] == "Storm warning");
}

TEST_CASE("the sample article's first paragraphs keep their sentences and special tokens",
          "[tokenizer][sample]") {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::ifstream in(shared / "seed" / "000_203724dd82367cc3.txt", std::ios::binary);
  REQUIRE(in);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  check_offsets(text);
  const auto sentences = sentences_of(text);
  REQUIRE(sentences.size() >= 20);
  CHECK(sentences[0] ==
        "US president Joe Biden and Russian president Vladimir Putin will hold a video call on "
        "Tuesday to deal with military tensions over Ukraine and other topics.");
  CHECK(sentences[1].starts_with("Mr Biden wants to discuss US concerns"));
  CHECK(std::find(sentences.begin(), sentences.end(), "US intelligence") != sentences.end());
  const std::string tokens = tokens_of(text);
  CHECK(tokens.find("|main|[|items|]|on|") != std::string::npos);
  CHECK(tokens.find("|as|early-2022|.|") != std::string::npos);
  CHECK(tokens.find("|about|175,000|troops|") != std::string::npos);
  CHECK(tokens.find("|Mr|Biden|") != std::string::npos);
  CHECK(tokens.find("|Russia|’s|military|") != std::string::npos);
  CHECK(tokens.find("|“|We|’re|aware|") != std::string::npos);
}

TEST_CASE("offsets always point at the token's own bytes", "[tokenizer][offsets]") {
  auto text = GENERATE(
      as<std::string>{},
      "Mr. Smith’s “quote” — don't stop… www.x.org/a_b.\r\n\r\nNew para 😀🏽 [x]",
      "a-b-c-d 1,2,3 $5.00? e.g.. U.S... \"'`''``", "\xC2\xA0\xC2\xA0 x \xE2\x80\x8B y",
      "can't've y'all'd mid-2020s early-June late- -early");
  CAPTURE(text);
  check_offsets(text);
}

TEST_CASE("odd input neither crashes nor loses bytes", "[tokenizer][robustness]") {
  SECTION("empty and whitespace-only text give nothing") {
    for (std::string_view text : {"", "   ", "\n\n\r\n\t", "\xC2\xA0\xEF\xBB\xBF"}) {
      const TokenizedText out = tokenizer().tokenize(text);
      CHECK(out.tokens.empty());
      CHECK(out.sentences.empty());
    }
  }
  SECTION("invalid UTF-8 becomes one-byte tokens") {
    const std::string text = "ok \xFF\xFE abc\xC3 d\xE2\x80 \xF0\x9F";
    check_offsets(text);
    CHECK(tokens_of(text) == "ok|\xFF|\xFE|abc|\xC3|d|\xE2|\x80|\xF0|\x9F");
  }
  SECTION("a 5,000-token line without punctuation is one sentence") {
    std::string text;
    for (int k = 0; k < 5000; ++k) text += "word ";
    const TokenizedText out = tokenizer().tokenize(text);
    CHECK(out.tokens.size() == 5000);
    CHECK(out.sentences.size() == 1);
  }
  SECTION("a line of emoji is one token per emoji") {
    std::string text;
    for (int k = 0; k < 1000; ++k) text += "😀";
    const TokenizedText out = tokenizer().tokenize(text);
    CHECK(out.tokens.size() == 1000);
    check_offsets(text);
  }
  SECTION("random text of letters, punctuation, emoji and bad bytes") {
    const std::vector<std::string> pieces{
        "a",   "Z",    "1",    ".",        ",",    "-",        "'",       "’",    "/",
        "@",   ":",    "(",    ")",        "\"",   "“",        "😀",       "🏽", "\u200d",
        " ",   "\n",   "\r\n", "\xC2\xA0", "\xFF", "\xE2\x80", "http://", "www.", "n't",
        "Mr.", "etc.", "...",  "`",        "$",    "%",        "#"};
    std::uint32_t state = 12345;  // a fixed LCG: the same cases on every run
    for (int round = 0; round < 300; ++round) {
      std::string text;
      for (int k = 0; k < 60; ++k) {
        state = state * 1664525u + 1013904223u;
        text += pieces[(state >> 8) % pieces.size()];
      }
      CAPTURE(text);
      check_offsets(text);
    }
  }
  SECTION("one huge chunk of connectors and letters") {
    std::string text;
    for (int k = 0; k < 20000; ++k) text += "a.b-c'd@";
    check_offsets(text);
  }
  SECTION("a few megabytes of news text") {
    std::string text;
    std::size_t lines = 0;
    for (; text.size() < 4'000'000; ++lines)
      text +=
          "Mr. Biden said on Tuesday that 175,000 troops (about 3.5%) could move in early-2022.\n";
    const TokenizedText out = tokenizer().tokenize(text);
    CHECK(out.sentences.size() == lines);
    CHECK(out.tokens.size() == 18 * lines);
  }
}

TEST_CASE("tokenizing block by block gives the same tokens and sentences", "[tokenizer][blocks]") {
  std::string text;
  for (int k = 0; k < 200; ++k)
    text += "Para " + std::to_string(k) + " says Mr. Lee's plan works. Second one!\n\nHeadline " +
            std::to_string(k) + "\nBody text here.\n\n";
  const TokenizedText whole = tokenizer().tokenize(text);
  std::vector<chronograph::core::Span> tokens, sentences;
  std::size_t blocks = 0;
  tokenizer().tokenize_blocks(
      text,
      [&](TokenizedText block) {
        ++blocks;
        for (const auto& token : block.tokens) {
          CHECK(token.span.of(text) == token.text);
          tokens.push_back(token.span);
        }
        for (const auto& sentence : block.sentences) sentences.push_back(sentence.span);
      },
      1000);
  CHECK(blocks > 5);
  REQUIRE(tokens.size() == whole.tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) CHECK(tokens[k] == whole.tokens[k].span);
  REQUIRE(sentences.size() == whole.sentences.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) CHECK(sentences[k] == whole.sentences[k].span);
}

TEST_CASE("a dateline is a sentence of its own", "[tokenizer][sentences]") {
  using Sentences = std::vector<std::string>;
  auto [text, expected] = GENERATE(table<std::string, Sentences>({
      {"WASHINGTON (AP) — Regulators closed the bank.", {"WASHINGTON (AP) —", "Regulators closed the bank."}},
      {"KYIV, Ukraine -- Russian forces shelled the city.", {"KYIV, Ukraine --", "Russian forces shelled the city."}},
      {"THE HAGUE, Netherlands (AP)_ The court ruled.", {"THE HAGUE, Netherlands (AP)_", "The court ruled."}},
      {"LONDON, March 12 (Reuters) - Shares fell.", {"LONDON, March 12 (Reuters) -", "Shares fell."}},
      {"Storm\n\nOSLO — Snow fell.", {"Storm", "OSLO —", "Snow fell."}},
      {"BERLIN — The long-range missile test failed.", {"BERLIN —", "The long-range missile test failed."}},
      // not datelines: an acronym's aside, a dash inside a sentence, a lower-case word before it
      {"NATO — the alliance of 30 countries — said no.", {"NATO — the alliance of 30 countries — said no."}},
      {"The vote — a surprise — passed.", {"The vote — a surprise — passed."}},
      {"PARIS is calm — for now.", {"PARIS is calm — for now."}},
      {"He said: WASHINGTON — no.", {"He said: WASHINGTON — no."}},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text) == expected);
}

TEST_CASE("a sentence ends where the markup says, even inside a word", "[tokenizer]") {
  // "<s>January 09 , 2008</s><s>Apple cut prices .</s>" read as one text with no space.
  const std::string text = "January 09 , 2008Apple cut prices .The store closed";
  const TokenizedText out = tokenizer().tokenize(text, {17, 35});
  REQUIRE(out.sentences.size() == 3);
  std::vector<std::string> sentences, words;
  for (const auto& sentence : out.sentences) sentences.emplace_back(sentence.span.of(text));
  for (const auto& token : out.tokens) words.push_back(token.text);
  CHECK(sentences == std::vector<std::string>{"January 09 , 2008", "Apple cut prices .", "The store closed"});
  CHECK(words[3] == "2008");
  CHECK(words[4] == "Apple");
  std::size_t next = 0;
  for (const auto& sentence : out.sentences) {
    CHECK(sentence.first_token == next);
    CHECK(out.tokens[sentence.first_token].span.begin == sentence.span.begin);
    next += sentence.token_count;
  }
  for (const auto& token : out.tokens) CHECK(token.span.of(text) == token.text);
  // No ends, or ends past the text, change nothing.
  CHECK(tokenizer().tokenize(text, {}).tokens.size() == tokenizer().tokenize(text).tokens.size());
  CHECK(tokenizer().tokenize("Shares fell.", {99}).sentences.size() == 1);
}
