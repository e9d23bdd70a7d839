#include "core/common/yaml_mistakes.h"

#include <string>

#include <catch2/catch.hpp>

using chronograph::find_yaml_mistake;

namespace {

std::string where(const std::string& yaml, int last_line = 100) {
  const auto mistake = find_yaml_mistake(yaml, last_line);
  return mistake ? std::to_string(mistake->line) + ":" + std::to_string(mistake->column) + " " + mistake->message : "";
}

}  // namespace

TEST_CASE("a tab in a line's indentation is found where it is", "[yaml]") {
  CHECK(where("events:\n\tblaze-starts:\n    date: 2024-08-07\n") == "2:1 a tab is used for indentation; YAML needs spaces");
  CHECK(where("add:\n  - id: x\n  \ttitle: y\n") == "3:3 a tab is used for indentation; YAML needs spaces");
  // (a tab after the indentation, or on a comment line, is no indentation)
  CHECK(where("events:\n  blaze:\tx\n\t# a note\n") == "");
}

TEST_CASE("a flow collection never closed is found at its opening bracket", "[yaml]") {
  CHECK(where("events:\n  blaze-starts:\n    date: 2024-08-07\n  fire-jumps: [unclosed\n    title: x\n") ==
        "4:15 this `[` is never closed");
  CHECK(where("merge:\n  - [a, b\n  - [c, d]\n") == "2:5 this `[` is never closed");
  CHECK(where("events:\n  x: {title: [a, b], date: 2024\n") == "2:6 this `{` is never closed");
  CHECK(where("title: \"unclosed\n") == "1:8 this `\"` is never closed");
}

TEST_CASE("brackets and quotes inside text, comments and block scalars are no mistakes", "[yaml]") {
  CHECK(where("title: Hartley's [draft] plan\n") == "");
  CHECK(where("merge: [[a, b],\n  [c, d]]\n") == "");
  CHECK(where("title: 'it''s [open'\n") == "");
  CHECK(where("title: \"say \\\"[\\\" twice\"\n") == "");
  CHECK(where("# a [note\ntitle: x # with a { too\n") == "");
  CHECK(where("note: |\n  He said \"no [way\n  and left\ntitle: x\n") == "");
}

TEST_CASE("a mistake after the line the YAML parser stopped at is not what stopped it", "[yaml]") {
  CHECK(where("a: b\nc: [d\n", 1) == "");
  CHECK(where("a: b\nc: [d\n", 2) == "2:4 this `[` is never closed");
}
