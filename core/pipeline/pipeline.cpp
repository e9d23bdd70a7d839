#include "core/pipeline/pipeline.h"

#include "core/tlinks/analysis_tlinks.h"

namespace chronograph::core {

Pipeline::Pipeline(Tokenizer tokenizer, MorphoSyntax syntax, TimexTagger timex, EventExtractor events, CueLinker linker,
                   TlinkClassifier tlinks)
    : tokenizer_(std::move(tokenizer)),
      syntax_(std::move(syntax)),
      timex_(std::move(timex)),
      events_(std::move(events)),
      linker_(std::move(linker)),
      tlinks_(std::move(tlinks)) {}

Pipeline Pipeline::load(const DataDir& data) {
  return Pipeline(Tokenizer::load(data), MorphoSyntax::load(data), TimexTagger::load(data), EventExtractor::load(data),
                  CueLinker::load(data), TlinkClassifier::load(data));
}

DocumentAnalysis Pipeline::analyse(Document document) const {
  DocumentAnalysis analysis;
  analysis.tokens = tokenizer_.tokenize(document.text);
  syntax_.annotate(analysis.tokens);
  analysis.timexes = timex_.tag(document.text, &analysis.tokens, document.dct);
  analysis.events = events_.extract(document.text, analysis.tokens, analysis.timexes, document.dct);
  analysis.links = linker_.link(analysis.tokens, analysis.events);
  analysis.document = std::move(document);
  analysis.tlinks = tlinks_.classify(tlink_input_for(analysis));
  return analysis;
}

}  // namespace chronograph::core
