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
