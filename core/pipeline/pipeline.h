// Reads text, end to end: tokens and sentences, part-of-speech, lemmas and the dependency
// parse, time expressions, then events with their attributes, actors and titles, and the
// links that cue words signal between them, and the temporal links (TLINKs).
//
//   const Pipeline pipeline = Pipeline::load(DataDir::locate());
//   DocumentAnalysis analysis = pipeline.analyse(std::move(document));
//
// Every stage is loaded once and used const, so one Pipeline serves every document.
#pragma once

#include <functional>
#include <vector>

#include "core/common/data_dir.h"
#include "core/documents/document.h"
#include "core/events/event_extractor.h"
#include "core/events/event_mention.h"
#include "core/links/cue_edges.h"
#include "core/syntax/morphosyntax.h"
#include "core/text/token.h"
#include "core/text/tokenizer.h"
#include "core/timex/timex.h"
#include "core/timex/timex_tagger.h"
#include "core/tlinks/tlink_classifier.h"

namespace chronograph::core {

// Where a part of a long document starts in the whole: spans, sentence and time expression
// numbers of the analysis count from the part's own start, and these add up to the whole's.
struct PartOffset {
  std::size_t bytes = 0;
  int sentences = 0;
  std::size_t timexes = 0;
};

struct DocumentAnalysis {
  Document document;  // for a part of a long document: the part, with the whole's id and DCT
  PartOffset part;
  TokenizedText tokens;
  std::vector<Timex> timexes;
  DocumentEvents events;
  std::vector<CueEdge> links;     // cue-signalled links between the events
  std::vector<TlinkOutput> tlinks;  // temporal links among events, time expressions and the DCT
};

class Pipeline {
 public:
  // Throws InputError naming the file when a rule file or model is missing or broken.
  static Pipeline load(const DataDir& data);

  // Holds every model: a copy is always a mistake. Pass by const&.
  Pipeline(const Pipeline&) = delete;
  Pipeline(Pipeline&&) = default;

  DocumentAnalysis analyse(Document document) const;

  // A long document is read in parts of about `part_bytes`, cut at paragraph or line breaks,
  // each handed to `sink` and then dropped, so memory stays bounded by the part, not the
  // document. A short one is one part.
  void analyse_in_parts(const Document& document, std::size_t part_bytes,
                        const std::function<void(DocumentAnalysis&&)>& sink) const;

  const Tokenizer& tokenizer() const { return tokenizer_; }
  const MorphoSyntax& syntax() const { return syntax_; }
  const TimexTagger& timex_tagger() const { return timex_; }

 private:
  Pipeline(Tokenizer tokenizer, MorphoSyntax syntax, TimexTagger timex, EventExtractor events, CueLinker linker,
           TlinkClassifier tlinks);

  Tokenizer tokenizer_;
  MorphoSyntax syntax_;
  TimexTagger timex_;
  EventExtractor events_;
  CueLinker linker_;
  TlinkClassifier tlinks_;
};

}  // namespace chronograph::core
