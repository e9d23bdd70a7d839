// A verb of commanding or permitting and the event it names in its open complement:
//
//   "The court ordered the company to halt shipments"   -> ordered causes halt
//   "The flood forced the plant to shut"                -> forced causes shut
//   "The ruling allowed the families to sue"            -> allowed enables sue
//
// Only an infinitive complement (the parse's xcomp) is what the verb brings about: "ordered
// pizza", "told reporters that ...", "forced labour" name nothing. A verb told as not happening
// ("did not order them to leave") links nothing. The verbs are data: data/links/commands.txt.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/events/event_mention.h"
#include "core/links/cue_edge.h"
#include "core/text/token.h"

namespace chronograph::core {

class CommandVerbs {
 public:
  // LEMMA<TAB>causes|enables lines, '#' comments; ParseError with file:line on a bad one (and
  // InputError for a missing file, as for every data file).
  static CommandVerbs load_from(const std::filesystem::path& file);

  // An edge from each commanding event to the event of its infinitive complement, the verb's
  // word for its cue.
  std::vector<CueEdge> link(const TokenizedText& tokens, const DocumentEvents& events) const;

 private:
  std::map<std::string, std::string> type_of_;  // lemma -> causes | enables
};

}  // namespace chronograph::core
