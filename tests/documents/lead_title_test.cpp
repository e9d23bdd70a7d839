#include "core/documents/lead_title.h"

#include <catch2/catch.hpp>

using chronograph::core::lead_title;

TEST_CASE("an article without a headline is titled by its lead's opening words, past the dateline", "[documents]") {
  CHECK(lead_title("REDDING, Calif., Aug. 9, 2021 (AP) \u2014 The Dixie Fire, already the largest single wildfire "
                   "in California history, grew by another 20,000 acres.\n\nThe blaze has burned ...") ==
        "The Dixie Fire, already the largest single wildfire in California history\u2026");
  CHECK(lead_title("LONDON, 14 February 2023 \u2013 Thieves broke into the Hartwell Museum in Bath. Police said.") ==
        "Thieves broke into the Hartwell Museum in Bath");
  CHECK(lead_title("GENEVA (Reuters) - Talks resumed on Monday.") == "Talks resumed on Monday");
}

TEST_CASE("a lead title keeps a dash that is part of the sentence and abbreviations inside it", "[documents]") {
  CHECK(lead_title("The plan - approved in May - was dropped.") == "The plan - approved in May - was dropped");
  CHECK(lead_title("Mr. Smith met U.S. officials in Washington. They agreed.") ==
        "Mr. Smith met U.S. officials in Washington");
  CHECK(lead_title("  \n Shares fell sharply on Tuesday after the report\nSecond paragraph.") ==
        "Shares fell sharply on Tuesday after the report");
}

TEST_CASE("a text with no words has no lead title", "[documents]") {
  CHECK(lead_title("").empty());
  CHECK(lead_title(" \n\t ").empty());
}

TEST_CASE("a first line that only dates the article is no title", "[documents]") {
  CHECK(lead_title("January 09 , 2008\nThe European Commission has forced Apple to lower prices.") ==
        "The European Commission has forced Apple to lower prices");
  CHECK(lead_title("Tuesday, 3 June 2025\n\nFloods closed the M5 on Monday.") == "Floods closed the M5 on Monday");
  CHECK(lead_title("2021-12-04\nSept. 30, 2020\nTalks resumed.") == "Talks resumed");
  // Words that only start like a month or weekday are words: the line is the title.
  CHECK(lead_title("Market 2021 opens\nIt rained.") == "Market 2021 opens");
  CHECK(lead_title("Mayday 1 call\nIt rained.") == "Mayday 1 call");
}

TEST_CASE("a lead title ends where the markup ends a sentence", "[documents]") {
  const std::string text = "January 09 , 2008The store was renamed in 2006.Apple said so.";
  CHECK(lead_title(text, {17, 46}) == "The store was renamed in 2006");
  CHECK(lead_title("Shares fellThe end", {11}) == "Shares fell");
}
