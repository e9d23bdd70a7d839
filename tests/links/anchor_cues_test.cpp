// core/links/event_anchors.h: which anchors carry an event on to their date ("until May") and
// which give a deadline it is done by ("by May"); the other on-or-before readings are neither.
#include <string>

#include <catch2/catch.hpp>

#include "core/links/event_anchors.h"

using chronograph::core::AnchorRelation;
using chronograph::core::EventAnchor;

namespace {

EventAnchor on_or_before(const std::string& cue) {
  EventAnchor anchor;
  anchor.relation = AnchorRelation::OnOrBefore;
  anchor.cue = cue;
  return anchor;
}

}  // namespace

TEST_CASE("an until, till or through anchor lasts to its date and sets no deadline", "[links][anchors]") {
  const std::string cue = GENERATE(as<std::string>{}, "until", "till", "through");
  CAPTURE(cue);
  CHECK(chronograph::core::cue_lasts_until(cue));
  CHECK(chronograph::core::lasts_until(on_or_before(cue)));
  CHECK_FALSE(chronograph::core::done_by(on_or_before(cue)));
}

TEST_CASE("a by, before or no later than anchor is a deadline the event is done by", "[links][anchors]") {
  const std::string cue = GENERATE(as<std::string>{}, "by", "before", "no later than");
  CAPTURE(cue);
  CHECK(chronograph::core::done_by(on_or_before(cue)));
  CHECK_FALSE(chronograph::core::lasts_until(on_or_before(cue)));
}

TEST_CASE("the other on-or-before readings are no deadline and no lasting", "[links][anchors]") {
  // ("called off Monday's strike", "had left by then", "by the time the police came")
  const std::string cue = GENERATE(as<std::string>{}, "called off", "had", "by the time", "syntax");
  CAPTURE(cue);
  CHECK_FALSE(chronograph::core::done_by(on_or_before(cue)));
  CHECK_FALSE(chronograph::core::lasts_until(on_or_before(cue)));
}

TEST_CASE("an until cue on a date the event is within does not carry it on", "[links][anchors]") {
  EventAnchor within = on_or_before("until");
  within.relation = AnchorRelation::Within;
  CHECK_FALSE(chronograph::core::lasts_until(within));
}
