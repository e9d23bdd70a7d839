// Mistakes in a YAML text that yaml-cpp reports far from where they were made, found in the
// text itself so a message can point at them:
//
//   	blaze-starts:            a tab in the indentation (yaml-cpp: "illegal map value" at the colon)
//   fire-jumps: [unclosed      a `[` or `{` never closed (yaml-cpp: "end of sequence flow not
//     title: x                 found" on the next line, or at the end of the file)
//   title: "unclosed          a quote never closed
//      date: 1980s            a key with its value, and the next key indented deeper (yaml-cpp:
//       title: x              "illegal map value" on the second line)
//
//   if (const auto mistake = find_yaml_mistake(text, error_line)) throw ParseError({path, mistake->line, ...
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronograph {

struct YamlMistake {
  int line = 0, column = 0;  // 1-based
  std::string message;       // "a tab is used for indentation; YAML needs spaces"
  std::string help;          // "indent with spaces"
};

// The first such mistake on lines 1..`last_line` (the line yaml-cpp stopped at: a mistake after
// it is not what stopped it), or nullopt.
std::optional<YamlMistake> find_yaml_mistake(std::string_view yaml, int last_line);

}  // namespace chronograph
