// What to tell a user who typed an event id that does not exist: the ids they most likely
// meant, so that `deps`, `why` and an overrides file answer a typo alike (DESIGN.md: an unknown
// id "lists the closest ids").
//
//   unknown_id_hint("ransomware-atack", ids)   // "did you mean 'ransomware-attack-shuts-down'?"
//   unknown_id_hint("fire", ids)               // "did you mean 'ridgeback-fire-ignites'?"
//   unknown_id_hint("zzz", ids)                // "the closest ids are 'a', 'b', 'c'"
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace chronograph::graph {

// How far `wanted` is from `id` or from any run of as many of its hyphen-separated words
// ("ignites" is 0 from "ridgeback-fire-ignites", "fire-ignite" 1 from it). A run further than a
// third of `wanted` away does not count, so "zzz" is not near every id holding "up".
std::size_t word_distance(const std::string& wanted, const std::string& id);

// Up to `count` of `ids` that hold `words` ("ignites", "fire-ignites") as whole hyphen-separated
// words, in the order given.
std::vector<std::string> ids_with_words(const std::string& words, const std::vector<std::string>& ids,
                                        std::size_t count = 3);

// Up to `count` of `ids` closest to `id` by word_distance, closest first (ties by id).
std::vector<std::string> closest_ids(const std::string& id, const std::vector<std::string>& ids, std::size_t count = 3);

// "did you mean ...?" for the ids that `wanted` likely names: those holding its words, else
// those a few edits from the whole id, else those a few edits from a run of their words (a
// typo in the start of a long slug). Empty when none is likely.
std::string likely_ids_hint(const std::string& wanted, const std::vector<std::string>& ids);

// likely_ids_hint, else "the closest ids are ..." (empty only when there are no ids).
std::string unknown_id_hint(const std::string& wanted, const std::vector<std::string>& ids);

}  // namespace chronograph::graph
