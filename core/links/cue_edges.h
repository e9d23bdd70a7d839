// Links between two events of one sentence signalled by cue words: causes, enables,
// responds_to, refers_to, part_of ("in response to", "led to", "so that", "referencing",
// "the implementation of agreements reached at ..."), and `reports` from a reporting event to
// the event of the clause it reports. The cues are data: data/links/cues.txt. Links to an
// occasion named in an earlier sentence ("During the event, ...") come with them
// (core/links/occasion_references.h), and so do the links that order the tries an ordinal
// numbers ("a second attempt ... a third", core/links/ordinal_series.h), the links of a verb of
// commanding to its complement ("ordered the firm to halt shipments",
// core/links/command_complements.h) and of a preposition on an event noun ("the inquiry into the
// collapse", core/links/phrase_cues.h).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/common/data_dir.h"
#include "core/events/event_mention.h"
#include "core/links/command_complements.h"
#include "core/links/cue_edge.h"
#include "core/links/occasion_references.h"
#include "core/links/ordinal_series.h"
#include "core/links/phrase_cues.h"
#include "core/links/reaction.h"
#include "core/text/token.h"

namespace chronograph::core {

class CueLinker {
 public:
  // Reads data/links/cues.txt and data/links/reactions.txt, occasion_nouns.txt, ordinals.txt,
  // commands.txt and phrase_cues.txt beside it;
  // ParseError with file:line:column on a bad line.
  static CueLinker load(const DataDir& data);
  static CueLinker load_from(const std::filesystem::path& cue_file);

  std::vector<CueEdge> link(const TokenizedText& tokens, const DocumentEvents& events) const;

 private:
  struct Cue {
    std::vector<std::string> words;
    std::string type;
    bool forward = true;
    bool verb = false;  // the first word must be a verb: "results in" the verb, not "mixed results in a study"
    bool from = false;  // a verb of preventing: what it names is its "from" clause ("kept X from reaching")
    bool prep = false;  // the word must be parsed as a preposition: "following the flood", not "the following day"
  };
  CueLinker(std::vector<Cue> cues, ReactionWords reactions, OccasionNouns occasions, OrdinalSeries ordinals,
            CommandVerbs commands, PhraseCues phrases)
      : cues_(std::move(cues)),
        reactions_(std::move(reactions)),
        occasions_(std::move(occasions)),
        ordinals_(std::move(ordinals)),
        commands_(std::move(commands)),
        phrases_(std::move(phrases)) {}
  std::vector<Cue> cues_;  // longest first, so "as a result of" wins over "as a result"
  ReactionWords reactions_;  // data/links/reactions.txt, beside the cue file
  OccasionNouns occasions_;  // data/links/occasion_nouns.txt, beside it too
  OrdinalSeries ordinals_;   // data/links/ordinals.txt, beside it too
  CommandVerbs commands_;    // data/links/commands.txt, beside it too
  PhraseCues phrases_;       // data/links/phrase_cues.txt, beside it too
};

}  // namespace chronograph::core
