// Hand-built dependency trees for the tree-repair tests: "word/UPOS/head/deprel ..." or
// "word/UPOS/XPOS/head/deprel ...", heads 1-based (0 = root) as in CoNLL-U.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "core/text/token.h"

namespace chronograph::test {

inline std::vector<core::Token> tree(const std::string& spec) {
  std::vector<core::Token> tokens;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    std::vector<std::string> fields;
    std::istringstream parts(item);
    for (std::string field; std::getline(parts, field, '/');) fields.push_back(field);
    core::Token t;
    t.text = t.norm = fields.at(0);
    t.upos = fields.at(1);
    if (fields.size() == 5) t.xpos = fields[2];
    t.head = std::stoi(fields.at(fields.size() - 2)) - 1;
    t.deprel = fields.back();
    tokens.push_back(t);
  }
  return tokens;
}

// "head:deprel" of every word, 1-based, for comparing whole trees.
inline std::string arcs(const std::vector<core::Token>& tokens) {
  std::string out;
  for (const core::Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out.append(std::to_string(t.head + 1)).append(":").append(t.deprel);
  }
  return out;
}

}  // namespace chronograph::test
