#include "render/timeline/svg_timeline.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <set>

#include "graph/model/going_on.h"
#include "render/text_metrics/text_metrics.h"
#include "render/timeline/link_route.h"
#include "render/timeline/segment_spans.h"
#include "render/timeline/svg_text.h"
#include "render/timeline/time_scale.h"
#include "render/timeline/time_text.h"

namespace chronograph::render {

namespace {

using graph::EdgeType;
using graph::Modality;

// Sizes in pixels. The row holds a mark above its label; see place_rows().
constexpr double kMargin = 24;
constexpr double kTitlePx = 22, kSubtitlePx = 12, kLegendPx = 11, kTickPx = 11, kSpanPx = 10, kLanePx = 12, kLabelPx = 12,
                 kFooterPx = 11;
constexpr double kMarkHeight = 10, kPointRadius = 5, kMarkToLabel = 3, kRowGap = 6, kLabelGap = 16, kRowSpacing = 10;
// A negated mark up to this wide (a dot, a day on a narrow axis) is crossed out corner to corner.
constexpr double kDiagonalStrikePx = 16;
// Height of the band a negated period is drawn as, against kMarkHeight for one that happened.
constexpr double kNegatedBarPx = 4;
// How far a one-sided bound fades toward its open side; a dotted line goes on to the plot's edge.
constexpr double kFadePx = 64;
// A day drawn this wide or wider (an axis ticked in hours) is marked across the whole day: a dot
// at its noon would read as a time of day (t53 #51: "7 Sep" drawn at the 12:00 tick).
constexpr double kWideDayPx = 30;
constexpr double kMaxLabelPx = 420;   // longer labels are cut with "…" (the tooltip has them whole)
constexpr double kMaxLanePx = 170;      // a lane name wider than this is drawn as an alias that fits, if any
constexpr double kMaxLaneShare = 0.25;  // else the lane column widens for it, up to this share of the canvas
constexpr double kLanePad = 8;
// The grid steps all the links of a timeline may take to find their ways round labels
// (render/timeline/grid_route.h): enough for a few hundred links on a long timeline, within
// the time a thousand events may take to draw.
constexpr std::size_t kDetourBudget = 1'000'000;
// Air between a label and the right edge of its lane: a label flush with the edge reads as cut off.
constexpr double kLabelEdgeAir = 8;
constexpr std::string_view kDateSeparator = " \u00b7 ";

// Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
constexpr std::array<std::string_view, 8> kLaneColors{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                      "#E69F00", "#56B4E9", "#8C6D31", "#666666"};

struct EdgeStyle {
  std::string_view color, dash;
  bool arrow;
};
EdgeStyle edge_style(EdgeType type) {
  switch (type) {
    case EdgeType::Before: return {"#555555", "", true};
    case EdgeType::Includes: return {"#555555", "2 3", true};
    case EdgeType::Simultaneous: return {"#555555", "6 3", false};
    case EdgeType::Causes: return {"#C0392B", "", true};
    case EdgeType::Enables: return {"#E67E22", "6 3", true};
    case EdgeType::RespondsTo: return {"#8E44AD", "", true};
    case EdgeType::Reports: return {"#2980B9", "1 3", true};
    case EdgeType::RefersTo: return {"#16A085", "8 3 2 3", true};
    case EdgeType::PartOf: return {"#7F8C8D", "4 2", true};
  }
  return {"#555555", "", true};
}
// A link the solver set aside to resolve a conflict (the dates contradict it): drawn faint grey,
// dotted and without an arrow, so it does not read as a link that holds; `check` lists it.
constexpr EdgeStyle kSetAsideStyle{"#9a9a9a", "2 4", false};
constexpr std::string_view kSetAsideKind = "edge-set-aside";
constexpr std::string_view kSetAsideLegend = "link set aside: the dates contradict it";
constexpr std::string_view kDayAcrossLegend = "a day: from its midnight to the next";

constexpr std::array<EdgeType, 9> kEdgeTypes{EdgeType::Before,     EdgeType::Includes, EdgeType::Simultaneous,
                                             EdgeType::Causes,     EdgeType::Enables,  EdgeType::RespondsTo,
                                             EdgeType::Reports,    EdgeType::RefersTo, EdgeType::PartOf};

// Marks of these modalities are an outline around a white or empty inside.
bool drawn_hollow(std::string_view modality) {
  return modality == "planned" || modality == "hypothetical" || modality == "timex";
}

std::string_view modality_legend(std::string_view modality) {
  if (modality == "actual") return "happened: solid";
  if (modality == "planned") return "planned: hollow";
  if (modality == "possible") return "possible: pale, dashed";
  if (modality == "hypothetical") return "hypothetical: dotted outline";
  if (modality == "negated") return "did not happen: grey, struck through (or saying 'not')";
  return "time expression found in the text";
}

// "Oyelaran does not concede", "No one injured": a title that says the event did not happen
// (struck through as well, it would read as a double negative).
bool says_not(std::string_view title) {
  static constexpr std::string_view kNegators[] = {"not", "no", "never", "nobody", "none"};
  std::string word;
  for (std::size_t i = 0; i <= title.size(); ++i) {
    const char c = i < title.size() ? title[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (std::find(std::begin(kNegators), std::end(kNegators), word) != std::end(kNegators) || word.ends_with("n't"))
      return true;
    word.clear();
  }
  return false;
}

// The days in the unit of the calendar a time is told in, from a week to a year; 1 for a day,
// a time of day, or a decade or more (too long to keep whole beside a week of news).
double calendar_unit_days(Precision precision) {
  switch (precision) {
    case Precision::Week: return 7;
    case Precision::Month: return 31;
    case Precision::Quarter:
    case Precision::Season: return 92;
    case Precision::Year: return 366;
    default: return 1;
  }
}

// The days of the part of its calendar unit a bound is told in: the unit, or for "early", "mid-"
// or "late" ("by late 2025") a third of it, as the tagger reads them: the axis need not show
// January to August for "by late 2025". A decade or a century is too long to keep whole beside
// a week of news: its year at the bound stands for it, so that "not before the 1950s" is not
// drawn on a segment of one day named "1 Jan 1950" (t58 #63).
double told_unit_days(const graph::EventTime& time) {
  if (time.precision == Precision::Decade || time.precision == Precision::Century)
    return calendar_unit_days(Precision::Year);
  const double unit = calendar_unit_days(time.precision);
  const bool part = time.mod == "START" || time.mod == "MID" || time.mod == "END";
  return part ? std::max(1.0, std::floor(unit / 3)) : unit;
}

// "Jun 2024", "1999", "Q3 2021": a period the text names as one unit of the calendar, up to a
// year, rather than a span between two dates it knows.
// (A span no longer than the part told: "by the end of 2024" from a June article date runs
// half a year, longer than the late part of 2024 it names, and is no period told as one.)
bool calendar_period(const graph::EventTime& time) {
  return calendar_unit_days(time.precision) > 1 && time.closed() &&
         *time.end - *time.start <= date::days{static_cast<int>(told_unit_days(time))};
}

// A span whose end is told in a unit of the calendar and whose start is not ("from the
// article's date to the end of the year"): the unit lies at its end, not at its start as in
// "2015 – 1 Apr 2021". Such units end on a month's last day and begin on a month's first.
bool told_at_end(const graph::EventTime& time) {
  if (!time.closed()) return false;
  const date::year_month_day first{*time.start}, after_last{*time.end + date::days{1}};
  return first.day() != date::day{1} && after_last.day() == date::day{1};
}

// Whether a span's start lies where a unit of the calendar it is told in begins (a Monday for a
// week, a month's first day for longer units), as in "2015 – 1 Apr 2021". "Within ten years"
// from 13 July runs from that day: no year lies at its start (t60 #61: that year kept whole
// stretched a segment over the months after the article's date).
bool told_at_start(const graph::EventTime& time) {
  if (!time.start) return false;
  if (time.precision == Precision::Week) return date::weekday{*time.start} == date::Monday;
  return date::year_month_day{*time.start}.day() == date::day{1};
}

// GoingOn: told as going on at a day ("is recalling"), fading both ways from it. Between: a
// period whose both ends were only inferred from other events, drawn as its two bounds joined
// by a thin line, not as a span the text gives (t55 #69).
enum class Shape { Point, Bar, Between, FadeLeft, FadeRight, GoingOn };

// One thing drawn on the time axis: an event, or a time expression when there are no events.
struct Item {
  std::string id, title, tooltip, date_text, modality, lane;
  double begin = 0, end = 0;  // days: [begin, end)
  Shape shape = Shape::Point;
  bool dated = true;
  bool calendar_period = false;  // a week, month, quarter, season or year told as one: kept whole on the axis
  // The days of the calendar unit the item's known end is told in ("by spring 2015", "since
  // 2015"): the axis keeps that unit whole beside the end rather than give its one day a
  // segment (t56 #62). 1 for a day or a time of day, and for a bar with no end on the unit's
  // bounds (told_at_start, told_at_end); for a bound, of the part of the unit or the year of
  // the decade it is told in (told_unit_days).
  double unit_days = 1;
  bool unit_at_end = false;  // a bar whose end, not its start, is told in that unit (told_at_end)
  // layout
  std::size_t lane_index = 0;
  int row = 0;
  double mx0 = 0, mx1 = 0;  // the mark, in pixels
  double cx = 0;            // a going-on mark's day, in pixels
  bool across_day = false;  // a point for a day wider than kWideDayPx: drawn from its midnight to the next
  double lx = 0, lw = 0;    // the label's left edge and width
  std::string label;   // as drawn: prefix + (possibly cut) title
  std::string prefix;  // the date part of the label, drawn grey
  double row_top = 0;
  const graph::Event* event = nullptr;  // nullptr for a time expression
  double mark_cy() const { return row_top + kMarkHeight / 2 + 1; }
};

// The box an item takes in its row: its mark above its label.
double box_left(const Item& item) { return std::min(item.mx0, item.lx); }
double box_right(const Item& item) { return std::max(item.mx1, item.lx + item.lw); }
// The air a row keeps after an item: a label followed closely by the next one reads as one
// sentence ("… expedition to Kautokeino by 5 Nov 2024 · Lindqvist works", t53 #50), so after
// text the gap is kLabelGap, a few spaces wide; after a mark that sticks out, kRowGap.
double air_after(const Item& item) { return item.lx + item.lw >= item.mx1 ? kLabelGap : kRowGap; }

// Where an item sits in time, in pixels: its mark's start, or the end of a bound known only
// there ("by 24 Oct", whose label ends at its mark and fades back from it).
double time_x(const Item& item) { return item.shape == Shape::FadeLeft ? item.mx1 : item.mx0; }

struct Lane {
  std::string name;
  std::vector<std::size_t> items;
  int rows = 0;
  double top = 0, height = 0;
  std::string_view color;
};

double day_of(date::sys_days day) { return day.time_since_epoch().count(); }
constexpr double kOneMinute = 1.0 / 1440;

std::string sentence_lines(const graph::Event& event) {
  std::string out;
  std::set<std::string> seen;
  for (const auto& mention : event.mentions) {
    if (mention.sentence_text.empty() || !seen.insert(mention.sentence_text).second) continue;
    if (seen.size() > 3) break;
    out += "\n\u201c" + mention.sentence_text + "\u201d";
  }
  return out;
}

std::string capitalised(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

class TimelineRenderer {
 public:
  TimelineRenderer(const graph::GraphData& graph, const TimelineOptions& options)
      : graph_(graph), options_(options), width_(std::max(options.width, 480)), set_aside_(graph::set_aside_edges(graph)) {}

  std::string render() {
    collect_items();
    assign_lanes();
    build_scale();  // before the legend, which says how the scale draws a day
    layout_header();
    layout_plot();
    layout_undated();
    layout_footer();
    return emit();
  }

 private:
  // ---- collecting ---------------------------------------------------------------------------
  void collect_items() {
    if (!graph_.events.empty()) {
      for (const auto& event : graph_.events) add_event(event);
    } else {
      timex_mode_ = !graph_.timexes.empty();
      for (const auto& timex : graph_.timexes) add_timex(timex);
    }
    std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) {
      if (a.dated != b.dated) return a.dated;
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.id < b.id;
    });
    for (std::size_t i = 0; i < items_.size(); ++i) index_of_[items_[i].id] = i;
  }

  bool outside_range(const Item& item) const {
    if (!options_.range || !item.dated) return false;
    const double lo = day_of(options_.range->start), hi = day_of(options_.range->end) + 1;
    return item.end <= lo || item.begin >= hi;
  }

  void add_event(const graph::Event& event) {
    Item item;
    item.id = event.id;
    item.title = event.title.empty() ? (event.trigger.empty() ? event.id : event.trigger) : event.title;
    item.modality = std::string(to_string(event.modality));
    const auto going_on = graph::day_going_on(graph_, event);
    item.date_text = describe_date(event.time, going_on);
    item.tooltip = fmt::format("{} \u2014 {} ({}; {})", item.title, item.date_text, item.modality,
                               describe_certainty(event.time, going_on.has_value())) +
                   sentence_lines(event);
    const auto& time = event.time;
    item.dated = time.known() || going_on;
    if (going_on) {
      item.begin = day_of(*going_on);
      item.end = item.begin + 1;
      item.shape = Shape::GoingOn;
    } else if (const auto clock = clock_of(time)) {  // (at its minute of the day: "pushed the update at 09:10")
      item.begin = day_of(*time.start) + *clock;
      item.end = item.begin + kOneMinute;
      item.shape = Shape::Point;
    } else if (const auto part = part_of_day_of(time)) {  // ("flew in on the morning of 13 June": those hours)
      item.begin = day_of(*time.start) + part->first;
      item.end = day_of(*time.start) + part->second;
      item.shape = Shape::Bar;
    } else if (time.closed()) {
      item.begin = day_of(*time.start);
      item.end = day_of(*time.end) + 1;
      item.shape = *time.start == *time.end ? Shape::Point
                   : time.source == graph::TimeSource::Inferred ? Shape::Between
                                                                : Shape::Bar;
      item.calendar_period = calendar_period(time);
      item.unit_at_end = told_at_end(time);
      if (item.shape == Shape::Bar && (item.unit_at_end || told_at_start(time))) item.unit_days = told_unit_days(time);
    } else if (time.end) {
      item.begin = day_of(*time.end);
      item.end = item.begin + 1;
      item.shape = Shape::FadeLeft;
      item.unit_days = told_unit_days(time);
    } else if (time.start) {
      item.begin = day_of(*time.start);
      item.end = item.begin + 1;
      item.shape = Shape::FadeRight;
      item.unit_days = told_unit_days(time);
    }
    if (outside_range(item)) {
      ++hidden_by_range_;
      return;
    }
    item.event = &event;
    items_.push_back(std::move(item));
  }

  void add_timex(const graph::TimexInfo& timex) {
    Item item;
    item.id = timex.doc + "/" + (timex.id.empty() ? std::to_string(timex.begin) : timex.id);
    item.title = "\u201c" + timex.text + "\u201d";
    item.modality = "timex";
    item.dated = timex.interval.has_value() && timex.interval->ok();
    item.date_text = timex.value.empty() ? std::string("unresolved") : timex.value;
    item.tooltip = fmt::format("time expression {} = {} in {}", item.title, item.date_text, timex.doc);
    if (item.dated) {
      item.begin = day_of(timex.interval->start);
      item.end = day_of(timex.interval->end) + 1;
      item.shape = timex.interval->start == timex.interval->end ? Shape::Point : Shape::Bar;
    }
    if (outside_range(item)) {
      ++hidden_by_range_;
      return;
    }
    items_.push_back(std::move(item));
  }

  // ---- lanes ----------------------------------------------------------------------------------
  std::string lane_of(const graph::Event* event) const {
    static const std::string kOther = "Other";
    if (!event) return "Time expressions";
    switch (options_.lanes) {
      case TimelineOptions::Lanes::None: return "";
      case TimelineOptions::Lanes::Class: return event->event_class.empty() ? kOther : capitalised(event->event_class);
      case TimelineOptions::Lanes::Custom: {
        const auto& lanes = options_.custom_lanes;
        return std::find(lanes.begin(), lanes.end(), event->lane) != lanes.end() ? event->lane : kOther;
      }
      case TimelineOptions::Lanes::Actor: {
        if (event->actors.empty()) return "No actor named";
        for (const auto& entity : graph_.entities)
          if (entity.id == event->actors.front()) return entity.name.empty() ? entity.id : entity.name;
        return event->actors.front();
      }
    }
    return kOther;
  }

  void assign_lanes() {
    // Items are sorted by time, so first appearance orders the lanes chronologically.
    std::vector<std::string> order;
    if (options_.lanes == TimelineOptions::Lanes::Custom && !timex_mode_) order = options_.custom_lanes;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < order.size(); ++i) index.emplace(order[i], i);
    std::vector<std::string> late;  // "Other"-like lanes go last
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!items_[i].dated) continue;
      items_[i].lane = lane_of(items_[i].event);
      if (index.count(items_[i].lane)) continue;
      const bool is_late = items_[i].lane == "Other" || items_[i].lane == "No actor named";
      if (is_late) {
        if (std::find(late.begin(), late.end(), items_[i].lane) == late.end()) late.push_back(items_[i].lane);
        continue;
      }
      index.emplace(items_[i].lane, order.size());
      order.push_back(items_[i].lane);
    }
    std::sort(late.begin(), late.end());
    for (const auto& name : late) {
      index.emplace(name, order.size());
      order.push_back(name);
    }
    for (std::size_t i = 0; i < order.size(); ++i)
      lanes_.push_back({order[i], {}, 0, 0, 0, kLaneColors[i % kLaneColors.size()]});
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!items_[i].dated) continue;
      items_[i].lane_index = index.at(items_[i].lane);
      lanes_[items_[i].lane_index].items.push_back(i);
    }
    show_lane_labels_ = !(lanes_.size() == 1 && lanes_.front().name.empty()) && !lanes_.empty();
  }

  // The lane's name as drawn: whole when it fits kMaxLanePx, else the longest of its actor's
  // aliases that fits ("U.S. Federal Trade Commission" -> "FTC"), else whole in a lane column
  // widened for it ("National Highway Traffic Safety Administration"), cut with "…" only past
  // the widest the column may be.
  std::string lane_label(const std::string& name) {
    const double width = metrics_.width(name, kLanePx, true);
    if (width <= kMaxLanePx) return name;
    std::string alias_that_fits;
    for (const auto& entity : graph_.entities) {
      if (entity.name != name) continue;
      for (const auto& alias : entity.aliases)
        if (alias.size() > alias_that_fits.size() && metrics_.width(alias, kLanePx, true) <= kMaxLanePx &&
            tells_apart(alias, name))
          alias_that_fits = alias;
    }
    if (!alias_that_fits.empty()) return alias_that_fits;
    return width <= widest_lane_column() ? name : metrics_.truncate(name, kLanePx, widest_lane_column(), true);
  }

  // Whether `alias` still says which of the graph's entities the lane of `name` is: not the kind
  // word before the name's "of" ("University" of "University of Northbridge", "Bank" of "Bank of
  // England"), nor a word of another entity's name ("University and College Union").
  bool tells_apart(const std::string& alias, const std::string& name) const {
    if (name.starts_with(alias + " of ")) return false;
    const auto word_of = [&](const std::string& other) {
      for (std::size_t at = other.find(alias); at != std::string::npos; at = other.find(alias, at + 1)) {
        const bool starts = at == 0 || other[at - 1] == ' ';
        const bool ends = at + alias.size() == other.size() || other[at + alias.size()] == ' ';
        if (starts && ends) return true;
      }
      return false;
    };
    return std::none_of(graph_.entities.begin(), graph_.entities.end(),
                        [&](const auto& entity) { return entity.name != name && word_of(entity.name); });
  }

  // A quarter of the canvas: the plot keeps three quarters however long the names.
  double widest_lane_column() const { return std::max(kMaxLanePx, width_ * kMaxLaneShare); }

  // ---- header: title, subtitle, legend -------------------------------------------------------
  struct Text {
    double x, top, width, height;
    double size;
    std::string text, css;
    bool bold = false;
    bool hidden = false;  // laid out but not shown (yet): the page's script shows it
  };
  struct LegendSwatch {
    double x, top;
    std::string kind;  // "point", "day", "point-<modality>", "bar", "fade", "edge-<type>", "edge-set-aside"
    bool hidden = false;
  };

  Text make_text(double x, double top, std::string text, double size, std::string css, bool bold = false) {
    const double w = metrics_.width(text, size, bold);
    return {x, top, w, metrics_.line_height(size), size, std::move(text), std::move(css), bold};
  }

  std::string default_title() const {
    std::string title;
    for (const auto& doc : graph_.documents) {
      const std::string& name = doc.title.empty() ? doc.id : doc.title;
      if (name.empty()) continue;
      title += (title.empty() ? "" : " \u00b7 ") + name;
    }
    return title.empty() ? std::string("Timeline") : title;
  }

  bool is_set_aside(const graph::Edge& edge) const {
    return !set_aside_.empty() && set_aside_.count(graph::edge_label(edge)) > 0;
  }

  bool edge_enabled(EdgeType type) const {
    switch (options_.edges) {
      case TimelineOptions::Edges::None: return false;
      case TimelineOptions::Edges::Temporal: return graph::is_temporal(type);
      case TimelineOptions::Edges::Causal: return !graph::is_temporal(type);
      case TimelineOptions::Edges::All: return true;
    }
    return true;
  }

  // A link is drawn when its type is shown and both its events are drawn on the axis, apart:
  // the legend and the header's count go by what is drawn (t57 #69).
  bool link_drawn(const graph::Edge& edge) const {
    if (!edge_enabled(edge.type)) return false;
    const auto from = index_of_.find(edge.from), to = index_of_.find(edge.to);
    if (from == index_of_.end() || to == index_of_.end() || from->second == to->second) return false;
    return items_[from->second].dated && items_[to->second].dated;
  }

  // Links of a shown type that are not drawn because an event of theirs has no date.
  std::size_t links_with_undated_end() const {
    return static_cast<std::size_t>(std::count_if(graph_.edges.begin(), graph_.edges.end(), [&](const graph::Edge& edge) {
      if (!edge_enabled(edge.type) || link_drawn(edge)) return false;
      const auto from = index_of_.find(edge.from), to = index_of_.find(edge.to);
      return from != index_of_.end() && to != index_of_.end() && from->second != to->second;
    }));
  }

  void layout_header() {
    const double usable = width_ - 2 * kMargin;
    double y = kMargin;
    const std::string title = options_.title.empty() ? default_title() : options_.title;
    texts_.push_back(make_text(kMargin, y, metrics_.truncate(title, kTitlePx, usable, true), kTitlePx, "title", true));
    y += texts_.back().height + 6;
    texts_.push_back(make_text(kMargin, y, metrics_.truncate(subtitle(), kSubtitlePx, usable), kSubtitlePx, "subtitle"));
    y += texts_.back().height + 12;
    y = layout_legend(y);
    axis_top_ = y + 8;
  }

  std::string subtitle() const {
    if (items_.empty() && hidden_by_range_ == 0) return "Nothing to draw yet";
    std::size_t dated = 0;
    for (const auto& item : items_) dated += item.dated ? 1 : 0;
    std::string text;
    if (timex_mode_)
      text = fmt::format("No events extracted yet: the {} time expression{} found in the text", items_.size(),
                         items_.size() == 1 ? "" : "s");
    else
      text = fmt::format("{} event{}, {} dated", items_.size(), items_.size() == 1 ? "" : "s", dated);
    if (!timex_mode_ && !graph_.edges.empty())
      text += fmt::format(" \u00b7 {} link{}{}", graph_.edges.size(), graph_.edges.size() == 1 ? "" : "s", links_note());
    if (hidden_by_range_ > 0)
      text += fmt::format(" \u00b7 {} outside the chosen range, not shown", hidden_by_range_);
    return text;
  }

  // What the header says of links it counts but that are not drawn as holding: " (1 with an
  // undated event, not drawn; 2 set aside as contradicting the dates)", or nothing.
  std::string links_note() const {
    std::vector<std::string> notes;
    if (const std::size_t undated = links_with_undated_end(); undated > 0)
      notes.push_back(fmt::format("{} with an undated event, not drawn", undated));
    if (!set_aside_.empty()) notes.push_back(fmt::format("{} set aside as contradicting the dates", set_aside_links()));
    return notes.empty() ? std::string() : fmt::format(" ({})", fmt::join(notes, "; "));
  }

  std::size_t set_aside_links() const {
    return static_cast<std::size_t>(
        std::count_if(graph_.edges.begin(), graph_.edges.end(), [&](const graph::Edge& edge) { return is_set_aside(edge); }));
  }

  // The legend names a point as it is drawn (t54 re54 #1): a dot for a day where the axis is
  // ticked in days or coarser, a day-wide bar where it is ticked in hours, a dot for a time told
  // by the clock ("21:15") on any axis.
  void add_point_legend(std::vector<std::pair<std::string, std::string>>& entries) const {
    bool day_dot = false, day_across = false, clock_dot = false;
    for (const auto& item : items_) {
      if (!item.dated || item.shape != Shape::Point) continue;
      if (item.end - item.begin < 1) clock_dot = true;
      else if (drawn_across_day(item)) day_across = true;
      else day_dot = true;
    }
    if (day_dot || clock_dot)
      entries.emplace_back("point", day_dot && clock_dot ? "a day or a time of day" : day_dot ? "a day" : "a time of day");
    if (day_across) entries.emplace_back("day", kDayAcrossLegend);
  }

  // On the page, zooming in draws a day across once it is kWideDayPx wide: the legend keeps room
  // for that entry from the start, hidden, last, so no line of it has to be added on zoom.
  bool legend_reserves_day_across() const {
    if (!options_.zoomable) return false;
    bool day_point = false;
    for (const auto& item : items_) {
      if (!item.dated || item.shape != Shape::Point || item.end - item.begin < 1) continue;
      if (drawn_across_day(item)) return false;  // (the entry is there already)
      day_point = true;
    }
    return day_point;
  }

  double layout_legend(double y) {
    std::vector<std::pair<std::string, std::string>> entries;  // swatch kind, text
    std::set<std::string> modalities;
    std::set<Shape> shapes;
    for (const auto& item : items_)
      if (item.dated) {
        modalities.insert(item.modality);
        shapes.insert(item.shape);
      }
    add_point_legend(entries);
    if (shapes.count(Shape::Bar)) entries.emplace_back("bar", "a period: somewhere within the bar");
    if (shapes.count(Shape::Between))
      entries.emplace_back("between", "only its bounds inferred: somewhere between the ticks");
    if (shapes.count(Shape::FadeLeft) || shapes.count(Shape::FadeRight))
      entries.emplace_back("fade", "only a bound known: fades, then dotted, toward the open side");
    if (shapes.count(Shape::GoingOn)) entries.emplace_back("going-on", "going on at the article's date: fades both ways");
    static constexpr std::array<std::string_view, 6> kOrder{"actual", "planned", "possible", "hypothetical",
                                                            "negated", "timex"};
    for (auto modality : kOrder)
      if (modalities.count(std::string(modality)))
        entries.emplace_back("point-" + std::string(modality), std::string(modality_legend(modality)));
    std::set<EdgeType> edge_types;
    bool any_set_aside = false;
    for (const auto& edge : graph_.edges) {
      if (!link_drawn(edge)) continue;
      if (is_set_aside(edge)) any_set_aside = true;
      else edge_types.insert(edge.type);
    }
    for (EdgeType type : kEdgeTypes)
      if (edge_types.count(type)) {
        std::string name(to_string(type));
        std::replace(name.begin(), name.end(), '_', ' ');
        entries.emplace_back("edge-" + std::string(to_string(type)), name);
      }
    if (any_set_aside) entries.emplace_back(kSetAsideKind, kSetAsideLegend);
    const bool reserve_day = legend_reserves_day_across();
    if (reserve_day) entries.emplace_back("day", kDayAcrossLegend);
    if (entries.empty()) return y;
    // Flow layout: swatch, text, gap; wrap at the right margin.
    const double line = metrics_.line_height(kLegendPx) + 6;
    double x = kMargin;
    const double right = width_ - kMargin;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& [kind, text] = entries[i];
      const double swatch = kind.rfind("edge-", 0) == 0 ? 26 : 16;
      const std::string shown = metrics_.truncate(text, kLegendPx, right - kMargin - swatch - 6);
      const double w = swatch + 6 + metrics_.width(shown, kLegendPx);
      if (x > kMargin && x + w > right) {
        x = kMargin;
        y += line;
      }
      const bool hidden = reserve_day && i + 1 == entries.size();
      legend_.push_back({x, y, kind, hidden});
      texts_.push_back(make_text(x + swatch + 6, y, shown, kLegendPx, "legend"));
      texts_.back().hidden = hidden;
      x += w + 18;
    }
    return y + line;
  }

  // ---- plot: axis, lanes, marks, labels -----------------------------------------------------
  double lane_column_width() {
    if (!show_lane_labels_) return 0;
    double widest = 0;
    for (const auto& lane : lanes_) widest = std::max(widest, metrics_.width(lane_label(lane.name), kLanePx, true));
    return std::min(widest, widest_lane_column()) + 14;
  }

  // An event known only by a bound ("by 12 May") is drawn at it but does not lie there: a
  // story's dozen undated "by <article date>" events should not take the axis from its past.
  static double axis_weight(const Item& item) {
    return item.shape == Shape::FadeLeft || item.shape == Shape::FadeRight ? 0.25 : 1;
  }

  // What the axis has to show of an item: its days, and the calendar unit its known end is told
  // in: before the bound for "by spring 2015", after it for "not before 1987", from a bar's
  // start for "2015 – 1 Apr 2021" (a year the bar adds no weight for: its start is weighed once),
  // up to its end for "from today to the end of 2024" (t59 #78: not half a year kept whole).
  static void add_axis_extents(const Item& item, std::vector<AxisExtent>& extents) {
    AxisExtent extent{item.begin, item.end, axis_weight(item), item.calendar_period};
    const double unit = item.unit_days;
    if (unit > 1 && item.shape == Shape::Bar) {
      if (!item.calendar_period && item.begin + unit < item.end)
        extents.push_back(item.unit_at_end ? AxisExtent{item.end - unit, item.end, 0, true}
                                           : AxisExtent{item.begin, item.begin + unit, 0, true});
    } else if (unit > 1) {
      extent.whole = true;
      if (item.shape == Shape::FadeLeft) extent.begin = extent.end - unit;
      else extent.end = extent.begin + unit;
    }
    extents.push_back(extent);
  }

  // The horizontal layout: where the plot lies and how its time axis runs.
  void build_scale() {
    plot_left_ = kMargin + lane_column_width();
    plot_right_ = width_ - kMargin;
    std::vector<AxisExtent> extents;
    if (options_.range) {
      extents.push_back({day_of(options_.range->start), day_of(options_.range->end) + 1});
    } else {
      for (const auto& item : items_)
        if (item.dated) add_axis_extents(item, extents);
    }
    has_axis_ = !extents.empty();
    if (!has_axis_) return;
    // Marks live inside the plot, so the scale keeps a little room at both ends.
    scale_ = TimeScale::build(extents, plot_left_ + kPointRadius + 1, plot_right_ - kPointRadius - 1);
  }

  void layout_plot() {
    const double tick_height = metrics_.line_height(kTickPx);
    axis_line_y_ = axis_top_ + tick_height + 6;
    if (!has_axis_) {
      plot_bottom_ = axis_top_;
      return;
    }
    ticks_ = scale_.ticks(metrics_, kTickPx);
    spans_ = segment_spans(scale_, metrics_, kSpanPx);
    if (!spans_.empty()) {
      // The row saying how long each segment is goes above the tick labels.
      spans_top_ = axis_top_;
      axis_top_ += metrics_.line_height(kSpanPx) + 2;
      axis_line_y_ = axis_top_ + tick_height + 6;
    }
    double y = axis_line_y_ + 8;
    for (auto& lane : lanes_) {
      lane.top = y;
      place_rows(lane);
      const double rows_height = lane.rows * row_height() - kRowSpacing + 2 * kLanePad;
      const double label_height = show_lane_labels_ ? metrics_.line_height(kLanePx) + 2 * kLanePad : 0;
      lane.height = std::max({rows_height, label_height, 28.0});
      y += lane.height;
    }
    plot_bottom_ = y;
  }

  double label_right() const { return plot_right_ - kLabelEdgeAir; }

  double row_height() { return kMarkHeight + 2 + kMarkToLabel + metrics_.line_height(kLabelPx) + kRowSpacing; }

  // A point for a day on a stretch of the axis where a day is kWideDayPx or wider (ticked in
  // hours): drawn from its midnight to the next, not as a dot at its noon.
  bool drawn_across_day(const Item& item) const {
    return item.shape == Shape::Point && item.end - item.begin >= 1 &&
           scale_.x(item.end) - scale_.x(item.begin) >= kWideDayPx;
  }

  void mark_extent(Item& item) {
    const double lo = plot_left_, hi = plot_right_;
    const double a = scale_.x(item.begin), b = scale_.x(item.end);
    switch (item.shape) {
      case Shape::Point: {
        item.across_day = drawn_across_day(item);
        if (item.across_day) {
          item.mx0 = a + 1;
          item.mx1 = b - 1;
          break;
        }
        const double c = scale_.x((item.begin + item.end) / 2);
        item.mx0 = c - kPointRadius;
        item.mx1 = c + kPointRadius;
        break;
      }
      case Shape::Bar:
        if (drawn_hollow(item.modality) && b - a < 2 * kPointRadius) {
          // An outline a few pixels wide, its inside gone under the stroke, reads as the digit
          // "0" beside the label (t59 #81): a short planned bar is drawn as wide as a point.
          const double c = (a + b) / 2;
          item.mx0 = c - kPointRadius;
          item.mx1 = c + kPointRadius;
          break;
        }
        [[fallthrough]];
      case Shape::Between:
        item.mx0 = a;
        item.mx1 = std::max(b, a + 4);
        break;
      // "before X": solid at the known bound, fading back in time, then dotted over all the axis
      // shows before it, across breaks: a fade alone would place it beside its bound, "by 1 Nov
      // 1998" in the news week of an obituary whose story began in the 1920s (t55 #66).
      case Shape::FadeLeft:
        item.mx1 = b;
        item.mx0 = lo;
        break;
      case Shape::FadeRight:
        item.mx0 = a;
        item.mx1 = hi;
        break;
      case Shape::GoingOn: {
        const double c = (a + b) / 2;
        item.mx0 = std::max(scale_.segment_left(c - 1), c - kFadePx / 2);
        item.mx1 = std::min(segment_right(c + 1), c + kFadePx / 2);
        break;
      }
    }
    item.mx0 = std::clamp(item.mx0, lo, hi);
    item.mx1 = std::clamp(item.mx1, item.mx0 + 1, hi);
    item.cx = std::clamp((a + b) / 2, item.mx0, item.mx1);
  }

  double segment_right(double px) const {
    for (const auto& segment : scale_.segments())
      if (px <= segment.x1) return segment.x1;
    return plot_right_;
  }

  // Greedy interval packing: each item is a box (its mark above its label); items in date
  // order (time_x) go into the first row whose last box ends before this one starts, and the
  // lane grows a row when none does. So a column of boxes reads down in date order: a later
  // item that starts at or left of an earlier one it meets goes under it ("by 24 Oct", whose
  // label reaches back over 28 September, comes under the day's events, not among them). Labels
  // start under their mark, shifted left only as far as needed to stay on the canvas, so they
  // never cross another label, mark or the axis.
  void place_rows(Lane& lane) {
    const double max_label = std::min(kMaxLabelPx, (plot_right_ - plot_left_) * 0.9);
    std::vector<std::size_t> order = lane.items;
    for (std::size_t i : order) {
      Item& item = items_[i];
      mark_extent(item);
      // The date leads the label ("3 Dec 2021 · Biden says ..."), as in published timelines:
      // the axis alone cannot tell 3 from 4 December.
      item.prefix = item.event ? item.date_text + std::string(kDateSeparator) : std::string();
      const double room = std::max(max_label - metrics_.width(item.prefix, kLabelPx), 40.0);
      item.label = item.prefix + metrics_.truncate(item.title, kLabelPx, room);
      item.lw = metrics_.width(item.label, kLabelPx);
      const double anchor = item.shape == Shape::FadeLeft ? item.mx1 - item.lw : item.mx0;
      item.lx = std::clamp(anchor, plot_left_, label_right() - item.lw);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return time_x(items_[a]) < time_x(items_[b]);
    });
    std::vector<double> row_ends;
    std::vector<std::vector<std::size_t>> rows;  // each row's items, left to right
    for (std::size_t i : order) {
      Item& item = items_[i];
      const double left = box_left(item);
      std::size_t row = 0;
      while (row < row_ends.size() && row_ends[row] > left) ++row;
      if (row == row_ends.size()) row_ends.push_back(0), rows.emplace_back();
      row_ends[row] = box_right(item) + air_after(item);
      rows[row].push_back(i);
      item.row = static_cast<int>(row);
      item.row_top = lane.top + kLanePad + static_cast<double>(row) * row_height();
    }
    for (const auto& row : rows) widen_cut_labels(row);
    lane.rows = static_cast<int>(row_ends.size());
  }

  // A label cut to kMaxLabelPx takes back the free room around it in its row: from the box
  // before it to the box after it, or the plot's edges. ("… first-floor window with a…" is
  // drawn whole when nothing follows it; one pinned to the right edge grows to the left.)
  void widen_cut_labels(const std::vector<std::size_t>& row) {
    for (std::size_t k = 0; k < row.size(); ++k) {
      Item& item = items_[row[k]];
      if (item.label == item.prefix + item.title) continue;
      const double free_left = k > 0 ? box_right(items_[row[k - 1]]) + air_after(items_[row[k - 1]]) : plot_left_;
      const double free_right = k + 1 < row.size() ? box_left(items_[row[k + 1]]) - kLabelGap : label_right();
      const double room = free_right - free_left - metrics_.width(item.prefix, kLabelPx);
      if (room <= 0) continue;
      const std::string label = item.prefix + metrics_.truncate(item.title, kLabelPx, room);
      const double width = metrics_.width(label, kLabelPx);
      if (width <= item.lw || width > free_right - free_left) continue;
      const double anchor = item.shape == Shape::FadeLeft ? item.mx1 - width : item.mx0;
      item.label = label;
      item.lw = width;
      item.lx = std::clamp(anchor, free_left, free_right - width);
    }
  }

  // ---- undated strip and footer -----------------------------------------------------------------
  void layout_undated() {
    double y = plot_bottom_ + 14;
    std::vector<std::size_t> undated;
    for (std::size_t i = 0; i < items_.size(); ++i)
      if (!items_[i].dated) undated.push_back(i);
    if (undated.empty()) {
      content_bottom_ = y;
      return;
    }
    const std::string heading = timex_mode_ ? "Not placed on the calendar" : "Undated";
    texts_.push_back(make_text(kMargin, y, heading, kLanePx, "undated-heading", true));
    undated_top_ = y;
    y += texts_.back().height + 8;
    const double line = metrics_.line_height(kLabelPx) + 8;
    const double left = kMargin + 16;
    // Two undated "Vote"s read as one listed twice: each says its id, the name an override takes (t56 #64).
    std::map<std::string, int> with_title;
    for (std::size_t i : undated) ++with_title[items_[i].title];
    double x = left;
    for (std::size_t i : undated) {
      Item& item = items_[i];
      const std::string id = with_title[item.title] > 1 ? fmt::format(" ({})", item.id) : std::string();
      const double room = std::min(kMaxLabelPx, width_ - kMargin - left - 14) - metrics_.width(id, kLabelPx);
      item.label = metrics_.truncate(item.title, kLabelPx, std::max(room, 40.0)) + id;
      item.lw = metrics_.width(item.label, kLabelPx);
      const double w = 14 + item.lw;
      if (x > left && x + w > width_ - kMargin) {
        x = left;
        y += line;
      }
      item.mx0 = x;
      item.mx1 = x + 9;
      item.lx = x + 14;
      item.row_top = y;
      x += w + 22;
    }
    content_bottom_ = y + line;
  }

  void layout_footer() {
    double y = content_bottom_ + 6;
    if (items_.empty() && hidden_by_range_ == 0) {
      const std::string message = "No events or time expressions were found in the input.";
      texts_.push_back(make_text(kMargin, y, message, 14, "empty-message"));
      y += texts_.back().height + 16;
    }
    for (const auto& doc : graph_.documents) {
      std::string line = "Source: " + (doc.title.empty() ? doc.id : doc.title);
      if (!doc.path.empty()) line += " (" + doc.path + ")";
      if (doc.dct) line += ", dated " + format_day_label(day_of(*doc.dct), true);
      texts_.push_back(make_text(kMargin, y, metrics_.truncate(line, kFooterPx, width_ - 2 * kMargin), kFooterPx,
                                 "source"));
      y += texts_.back().height + 4;
    }
    height_ = y + kMargin - 4;
  }

  // ---- writing ------------------------------------------------------------------------------------
  std::string emit() {
    SvgText svg;
    svg.raw(fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"{2}\" class=\"chronograph-timeline\" data-plot=\"{3} {4}\" role=\"img\">\n",
        width_, num(height_), kFontFamily, num(plot_left_), num(plot_right_)));
    svg.element("title", {}, options_.title.empty() ? default_title() : options_.title);
    svg.raw("\n");
    emit_defs(svg);
    svg.raw(fmt::format("<rect class=\"background\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n",
                        width_, num(height_)));
    emit_lanes(svg);
    emit_axis(svg);
    emit_edges(svg);
    emit_items(svg);
    emit_legend(svg);
    svg.raw("<g class=\"texts\">\n");
    for (const auto& text : texts_) emit_text(svg, text);
    svg.raw("</g>\n</svg>\n");
    return svg.take();
  }

  void emit_defs(SvgText& svg) {
    svg.raw(
        "<defs>\n<style>\n"
        ".label{paint-order:stroke;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}\n"
        ".event.m-negated .label{text-decoration:line-through;fill:#777777}\n"
        ".event.m-negated.says-not .label{text-decoration:none}\n"
        "</style>\n");
    for (EdgeType type : kEdgeTypes) {
      const auto style = edge_style(type);
      svg.raw(fmt::format("<marker id=\"arrow-{}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                          "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,1 L10,5 L0,9 z\" "
                          "fill=\"{}\"/></marker>\n",
                          to_string(type), style.color));
    }
    for (std::size_t i = 0; i < std::max<std::size_t>(lanes_.size(), 1); ++i) {
      const auto color = lanes_.empty() ? kLaneColors[0] : lanes_[i].color;
      svg.raw(fmt::format("<linearGradient id=\"fade-left-{0}\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" "
                          "stop-color=\"{1}\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"{1}\" "
                          "stop-opacity=\"0.9\"/></linearGradient>\n"
                          "<linearGradient id=\"fade-right-{0}\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" "
                          "stop-color=\"{1}\" stop-opacity=\"0.9\"/><stop offset=\"1\" stop-color=\"{1}\" "
                          "stop-opacity=\"0\"/></linearGradient>\n",
                          i, color));
    }
    svg.raw("<pattern id=\"break-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
            "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#dddddd\" stroke-width=\"2\"/></pattern>\n");
    if (has_axis_) {
      // Zooming in the HTML page moves marks and axis; its script clips them with these (a
      // clip in the static file would only slow librsvg down: everything is inside already).
      svg.raw(fmt::format("<clipPath id=\"plot-clip\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>\n",
                          num(plot_left_), num(axis_line_y_), num(plot_right_ - plot_left_),
                          num(plot_bottom_ - axis_line_y_)));
      svg.raw(fmt::format("<clipPath id=\"axis-clip\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>\n",
                          num(plot_left_), num(axis_top_), num(plot_right_ - plot_left_), num(plot_bottom_ - axis_top_)));
    }
    svg.raw("</defs>\n");
  }

  static std::string_view lane_fill(std::size_t lane) { return lane % 2 == 0 ? "#f7f7f5" : "#ffffff"; }

  void emit_lanes(SvgText& svg) {
    svg.raw("<g class=\"lanes\">\n");
    for (std::size_t i = 0; i < lanes_.size(); ++i) {
      const auto& lane = lanes_[i];
      svg.raw(fmt::format("<g class=\"lane\" data-lane=\"{}\">", escape(lane.name)));
      svg.raw(fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", num(kMargin),
                          num(lane.top), num(width_ - 2 * kMargin), num(lane.height), lane_fill(i)));
      if (show_lane_labels_) {
        const std::string name = lane_label(lane.name);
        Text text = make_text(kMargin + 4, lane.top + kLanePad, name, kLanePx, "lane-label", true);
        emit_text(svg, text, std::string(lane.color));
      }
      svg.raw("</g>\n");
    }
    svg.raw("</g>\n");
  }

  void emit_axis(SvgText& svg) {
    if (!has_axis_) return;
    std::string segments;
    for (const auto& s : scale_.segments())
      segments += fmt::format("{}{:.6f} {:.6f} {} {}", segments.empty() ? "" : ";", s.day0, s.day1, num(s.x0),
                              num(s.x1));
    svg.raw(fmt::format("<g class=\"axis\" data-segments=\"{}\" data-top=\"{}\" data-line=\"{}\" data-bottom=\"{}\">\n",
                        segments, num(axis_top_), num(axis_line_y_), num(plot_bottom_)));
    // Breaks: a hatched band through the lanes and a zigzag on the axis line.
    const auto& segs = scale_.segments();
    svg.raw("<g class=\"breaks\">");
    for (std::size_t i = 0; i + 1 < segs.size(); ++i) {
      const double a = segs[i].x1 + 4, b = segs[i + 1].x0 - 4;
      svg.raw(fmt::format("<rect class=\"break\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#break-hatch)\"/>",
                          num(a), num(axis_line_y_), num(b - a), num(plot_bottom_ - axis_line_y_)));
    }
    svg.raw("</g>\n<g class=\"axis-lines\">");
    for (const auto& s : segs) {
      svg.raw(fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888888\" stroke-width=\"1\"/>",
                          num(s.x0), num(axis_line_y_), num(s.x1), num(axis_line_y_)));
    }
    for (std::size_t i = 0; i + 1 < segs.size(); ++i) {
      const double a = segs[i].x1, b = segs[i + 1].x0, m = (a + b) / 2, y = axis_line_y_;
      svg.raw(fmt::format("<path class=\"break-mark\" d=\"M{} {} L{} {} L{} {} L{} {}\" fill=\"none\" "
                          "stroke=\"#888888\" stroke-width=\"1\"/>",
                          num(a), num(y), num(m - 3), num(y - 5), num(m + 3), num(y + 5), num(b), num(y)));
    }
    for (const auto& tick : ticks_) {
      if (!tick.mark) continue;
      svg.raw(fmt::format("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#e4e4e4\"/>"
                          "<line class=\"tick\" x1=\"{0}\" y1=\"{3}\" x2=\"{0}\" y2=\"{1}\" stroke=\"#888888\"/>",
                          num(tick.x), num(axis_line_y_), num(plot_bottom_), num(axis_line_y_ - 4)));
    }
    svg.raw("</g>\n<g class=\"tick-labels\">");
    for (const auto& tick : ticks_) {
      Text text{tick.label_x, axis_top_, tick.label_width, metrics_.line_height(kTickPx), kTickPx, tick.label,
                "tick-label"};
      emit_text(svg, text, "#555555");
    }
    svg.raw("</g>\n");
    emit_segment_spans(svg);
    svg.raw("</g>\n");
  }

  // Over each segment of an axis drawn to several scales, a bracket as wide as the segment and
  // the time it covers ("3 years", "3 weeks"), so the change of scale at a break is seen.
  void emit_segment_spans(SvgText& svg) {
    if (spans_.empty()) return;
    const double height = metrics_.line_height(kSpanPx), y = spans_top_ + height / 2;
    svg.raw(fmt::format("<g class=\"segment-spans\" data-y=\"{}\">", num(y)));
    for (const auto& span : spans_) {
      const double a = span.x0 + 1, b = span.x1 - 1;
      const double gap0 = span.label.empty() ? b : span.label_x - 4, gap1 = span.label.empty() ? b : span.label_x + span.label_width + 4;
      svg.raw(fmt::format("<path class=\"segment-span\" data-x0=\"{}\" data-x1=\"{}\" data-label=\"{}\" d=\"M{} {} L{} {} L{} {} M{} {} L{} {} L{} {}\" "
                          "fill=\"none\" stroke=\"#aaaaaa\" stroke-width=\"1\"/>",
                          num(span.x0), num(span.x1), escape(span.label), num(a), num(y + 3), num(a), num(y), num(gap0), num(y), num(gap1),
                          num(y), num(b), num(y), num(b), num(y + 3)));
      if (span.label.empty()) continue;
      Text text{span.label_x, spans_top_, span.label_width, height, kSpanPx, span.label, "segment-span-label"};
      emit_text(svg, text, "#777777");
    }
    svg.raw("</g>\n");
  }

  void emit_edges(SvgText& svg) {
    if (!has_axis_) return;
    svg.raw("<g class=\"edges\">\n");
    std::vector<std::size_t> mark_box;
    LinkRouter router(link_obstacles(mark_box), link_area());
    std::size_t budget = kDetourBudget;
    for (const auto& edge : graph_.edges) {
      if (!link_drawn(edge)) continue;
      const auto from = index_of_.find(edge.from), to = index_of_.find(edge.to);
      const Item& a = items_[from->second];
      const Item& b = items_[to->second];
      const std::size_t from_box = mark_box[from->second], to_box = mark_box[to->second];
      const auto upright = upright_link(router, a, b, from_box, to_box);
      const Path path =
          upright ? *upright : router.path(link_point(a, b, 0), link_point(b, a, 1), from_box, to_box, budget);
      const bool set_aside = is_set_aside(edge);
      const auto style = set_aside ? kSetAsideStyle : edge_style(edge.type);
      const std::string type(to_string(edge.type));
      svg.raw(fmt::format("<path class=\"edge e-{}{}\" data-from=\"{}\" data-to=\"{}\" data-type=\"{}\" "
                          "data-pts=\"{} {} {} {}\" data-ctl=\"{}\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.4\"{}{} "
                          "stroke-opacity=\"{}\"><title>{}</title></path>\n",
                          type, set_aside ? " set-aside" : "", escape(edge.from), escape(edge.to), type,
                          num(path.front().from.x), num(path.front().from.y), num(path.back().to.x),
                          num(path.back().to.y), control_points(path), svg_path(path), style.color,
                          style.dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", style.dash),
                          style.arrow ? fmt::format(" marker-end=\"url(#arrow-{})\"", type) : "",
                          // Many links become a tangle; fainter lines keep the labels readable.
                          graph_.edges.size() > 20 ? "0.45" : "0.85",
                          escape(fmt::format("{} {} {}{}{}", a.title, type, b.title,
                                             edge.evidence.cue.empty() ? "" : " (\u201c" + edge.evidence.cue + "\u201d)",
                                             set_aside ? " \u2014 set aside: the dates contradict it (see chronograph check)"
                                                       : ""))));
    }
    svg.raw("</g>\n");
  }

  // Marks overlapping in time are joined by an upright line at the time they share
  // (upright_point) when it passes through no label or mark but the two events' own labels,
  // which lie right under their marks: a bow round those would swing out against time and
  // back (t59 #79). The labels' grounds keep them whole over the line.
  static std::optional<Path> upright_link(const LinkRouter& router, const Item& a, const Item& b,
                                          std::size_t from_mark, std::size_t to_mark) {
    const auto from = upright_point(a, b, 0), to = upright_point(b, a, 1);
    if (!from || !to) return std::nullopt;
    const Curve straight{*from, *from, *to, *to};
    // (each event's label is the obstacle just before its mark: link_obstacles)
    if (router.crossings(straight, {from_mark, to_mark, from_mark - 1, to_mark - 1}, 1) > 0) return std::nullopt;
    return Path{straight};
  }

  // The points of the path after its start and before its end, for the page's zoom
  // (data/html/timeline.js): each piece's two control points, and between pieces where one
  // ends and the next begins.
  static std::string control_points(const Path& path) {
    std::string out;
    for (std::size_t k = 0; k < path.size(); ++k) {
      const Curve& c = path[k];
      if (k > 0) out += fmt::format(" {} {}", num(c.from.x), num(c.from.y));
      out += fmt::format("{}{} {} {} {}", k > 0 ? " " : "", num(c.c1.x), num(c.c1.y), num(c.c2.x), num(c.c2.y));
    }
    return out;
  }

  // Where a link touches `at`'s mark: the side facing `other`, `gap` pixels out (the start 0,
  // the end 1, where the arrowhead's tip goes), or the middle when the two overlap in time.
  // (A bound's mark is touched at its fade, beside the bound, not along its dotted part.)
  static RoutePoint link_point(const Item& at, const Item& other, double gap) {
    const auto [a0, a1] = drawn_solid(at);
    const auto [o0, o1] = drawn_solid(other);
    if (o0 >= a1) return {a1 + gap, at.mark_cy()};
    if (o1 <= a0) return {a0 - gap, at.mark_cy()};
    return {(a0 + a1) / 2, at.mark_cy()};
  }

  // Where an upright link between marks overlapping in time touches `at`'s mark: at the
  // middle of the time they share, on a bar's edge facing the other mark, at a point's centre.
  // None when the marks do not overlap in time.
  static std::optional<RoutePoint> upright_point(const Item& at, const Item& other, double gap) {
    const auto [a0, a1] = drawn_solid(at);
    const auto [o0, o1] = drawn_solid(other);
    if (o0 >= a1 || o1 <= a0) return std::nullopt;
    const double shared = (std::max(a0, o0) + std::min(a1, o1)) / 2;
    if (a1 - a0 <= 2 * kPointRadius + 1) return RoutePoint{shared, at.mark_cy()};
    const double side = other.row_top > at.row_top ? 1 : -1;
    return RoutePoint{shared, at.mark_cy() + side * (kMarkHeight / 2 + gap)};
  }

  double label_top(const Item& item) const {
    return item.dated ? item.row_top + kMarkHeight + 2 + kMarkToLabel : item.row_top;
  }

  // What links should not pass through: every dated event's label and mark; `mark_box[i]` is
  // the number of item i's mark among them, for a link to leave its own marks.
  std::vector<RouteBox> link_obstacles(std::vector<std::size_t>& mark_box) {
    std::vector<RouteBox> boxes;
    mark_box.assign(items_.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const Item& item = items_[i];
      if (!item.dated) continue;
      boxes.push_back({item.lx, label_top(item), item.lw, metrics_.line_height(kLabelPx)});
      mark_box[i] = boxes.size();
      const auto [x0, x1] = drawn_solid(item);
      boxes.push_back({x0, item.row_top + 1, x1 - x0, kMarkHeight, true});
    }
    return boxes;
  }

  RouteBox link_area() const {
    return {plot_left_, axis_line_y_, width_ - kMargin / 2 - plot_left_, plot_bottom_ - axis_line_y_};
  }

  void emit_items(SvgText& svg) {
    svg.raw("<g class=\"events\">\n");
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const Item& item = items_[i];
      const graph::Event* event = item.event;
      std::string attributes = fmt::format(
          "class=\"event m-{}{}{}\" id=\"ev-{}\" data-id=\"{}\" data-lane=\"{}\" data-modality=\"{}\" "
          "data-date=\"{}\" tabindex=\"0\" role=\"button\" aria-label=\"{}\"",
          item.modality, item.dated ? "" : " undated",
          item.modality == "negated" && says_not(item.title) ? " says-not" : "", escape(item.id), escape(item.id),
          escape(item.lane), item.modality, escape(item.date_text), escape(item.title + ", " + item.date_text));
      if (event && event->time.start) attributes += fmt::format(" data-start=\"{}\"", format_iso_day(*event->time.start));
      if (event && event->time.end) attributes += fmt::format(" data-end=\"{}\"", format_iso_day(*event->time.end));
      svg.raw("<g " + attributes + ">");
      svg.element("title", {}, item.tooltip);
      if (item.dated)
        emit_mark(svg, item);
      else
        emit_undated_mark(svg, item);
      Text text{item.lx, label_top(item), item.lw, metrics_.line_height(kLabelPx), kLabelPx, item.label, "event-label"};
      // Links are drawn under the labels: a ground of the lane's colour keeps a label whole
      // where a link passes behind it.
      if (item.dated && !graph_.edges.empty())
        svg.raw(fmt::format("<rect class=\"label-ground\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                            num(text.x - 2), num(text.top), num(text.width + 4), num(text.height), lane_fill(item.lane_index)));
      emit_text(svg, text, item.modality == "negated" ? "#777777" : "#222222", item.dated ? item.prefix.size() : 0);
      svg.raw("</g>\n");
    }
    svg.raw("</g>\n");
  }

  void emit_mark(SvgText& svg, const Item& item) {
    const auto color = lanes_[item.lane_index].color;
    const double top = item.row_top + 1;
    std::string box = fmt::format("data-box=\"{} {} {} {}\" data-x0=\"{}\" data-x1=\"{}\"", num(item.mx0), num(top),
                                  num(item.mx1 - item.mx0), num(kMarkHeight), num(item.mx0), num(item.mx1));
    if (item.shape == Shape::Point && item.end - item.begin >= 1 && options_.zoomable)  // (the page redraws it)
      box += fmt::format(" data-day=\"{} {}\"", num(scale_.x(item.begin)), num(scale_.x(item.end)));
    std::string fill(color), stroke(color), extra;
    if (item.modality == "planned") fill = "#ffffff", extra = " stroke-width=\"2\"";
    else if (item.modality == "possible") extra = " fill-opacity=\"0.35\" stroke-dasharray=\"4 2\" stroke-width=\"1.5\"";
    else if (item.modality == "hypothetical") fill = "none", extra = " stroke-dasharray=\"1.5 2\" stroke-width=\"1.5\"";
    else if (item.modality == "negated") fill = "#bbbbbb", stroke = "#888888";
    else if (item.modality == "timex") fill = "#ffffff", stroke = "#555555", extra = " stroke-width=\"1.5\"";
    switch (item.shape) {
      case Shape::Point:
        if (item.across_day) {
          svg.raw(fmt::format("<rect class=\"mark point day\" {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" "
                              "fill=\"{}\" stroke=\"{}\"{}/>",
                              box, num(item.mx0), num(top + 0.5), num(item.mx1 - item.mx0), num(kMarkHeight - 1),
                              num((kMarkHeight - 1) / 2), fill, stroke, extra));
          break;
        }
        svg.raw(fmt::format("<circle class=\"mark point\" {} cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"{}\"{}/>",
                            box, num((item.mx0 + item.mx1) / 2), num(item.mark_cy()), num(kPointRadius - 0.5), fill,
                            stroke, extra));
        break;
      case Shape::Bar:
        if (item.modality == "negated") {
          emit_negated_bar(svg, item, box, top);
          break;
        }
        svg.raw(fmt::format("<rect class=\"mark bar\" {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" "
                            "fill=\"{}\" stroke=\"{}\"{}/>",
                            box, num(item.mx0), num(top + 0.5), num(item.mx1 - item.mx0), num(kMarkHeight - 1), fill,
                            stroke, extra));
        if (item.begin < scale_.segments().front().day0)
          emit_runs_on_left(svg, item, top, fill == color ? "#ffffff" : stroke);
        emit_cuts_at_breaks(svg, item, top);
        break;
      case Shape::FadeLeft:
      case Shape::FadeRight: {
        const bool left = item.shape == Shape::FadeLeft;
        const double opacity = item.modality == "actual" ? 1.0 : item.modality == "negated" ? 0.3 : 0.55;
        const auto [x0, x1] = fade_of(item);
        const double open_end = left ? item.mx0 : item.mx1, from = left ? x0 : x1, mid = top + kMarkHeight / 2;
        if (std::abs(open_end - from) > 1)
          svg.raw(fmt::format("<line class=\"open-side\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                              "stroke-opacity=\"{}\" stroke-dasharray=\"1 3\"/>",
                              num(open_end), num(mid), num(from), num(mid), stroke, num(0.6 * opacity)));
        svg.raw(fmt::format("<rect class=\"mark fade\" {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                            "fill=\"url(#fade-{}-{})\" fill-opacity=\"{}\"/>",
                            box, num(x0), num(top + 0.5), num(x1 - x0), num(kMarkHeight - 1),
                            left ? "left" : "right", item.lane_index, opacity));
        const double bound = left ? item.mx1 - 1 : item.mx0 + 1;
        svg.raw(fmt::format("<line class=\"bound\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" "
                            "stroke-width=\"2\"/>",
                            num(bound), num(top), num(top + kMarkHeight), stroke));
        break;
      }
      case Shape::Between: emit_between_mark(svg, item, box, top, stroke, extra); break;
      case Shape::GoingOn: emit_going_on_mark(svg, item, box, fill, stroke, extra); break;
    }
    if (item.modality == "negated" && item.shape != Shape::Bar) {
      const auto [x0, x1] = drawn_solid(item);
      emit_strike(svg, x0, x1, top);
    }
  }

  // A span that did not happen ("the channel was not dredged from 1990 to 2010", "she will not
  // stand until the next election") is a thin pale band, struck through: as long as the text
  // says, but never the boldest mark of its lane (t61 #72).
  void emit_negated_bar(SvgText& svg, const Item& item, const std::string& box, double top) const {
    const double mid = top + kMarkHeight / 2;
    svg.raw(fmt::format("<rect class=\"mark bar thin\" {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" "
                        "fill=\"#bbbbbb\" fill-opacity=\"0.6\"/>",
                        box, num(item.mx0), num(mid - kNegatedBarPx / 2), num(item.mx1 - item.mx0), num(kNegatedBarPx),
                        num(kNegatedBarPx / 2)));
    if (item.begin < scale_.segments().front().day0) emit_runs_on_left(svg, item, top, "#888888");
    emit_strike(svg, item.mx0, item.mx1, top);  // (before the cuts, which break it too)
    emit_cuts_at_breaks(svg, item, top);
  }

  // A tick at each inferred bound and a thin line between them: the event lies somewhere in
  // there, but the text gave neither end.
  void emit_between_mark(SvgText& svg, const Item& item, const std::string& box, double top, const std::string& stroke,
                         const std::string& extra) const {
    const double mid = top + kMarkHeight / 2;
    svg.raw(fmt::format("<rect class=\"mark between\" {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"2\" fill=\"{}\"{}/>",
                        box, num(item.mx0), num(mid - 1), num(item.mx1 - item.mx0), stroke, extra));
    for (const double x : {item.mx0 + 1, item.mx1 - 1})
      svg.raw(fmt::format("<line class=\"bound\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" "
                          "stroke-width=\"2\"/>",
                          num(x), num(top), num(top + kMarkHeight), stroke));
    emit_cuts_at_breaks(svg, item, top);
  }

  // The solid-to-clear part of a one-sided bound's mark, next to its bound; the rest of the mark,
  // to the plot's edge, is dotted.
  static std::pair<double, double> fade_of(const Item& item) {
    if (item.shape == Shape::FadeLeft) return {std::max(item.mx0, item.mx1 - kFadePx), item.mx1};
    return {item.mx0, std::min(item.mx1, item.mx0 + kFadePx)};
  }
  // Where a mark is drawn more than dotted: all of it, but a bound's fade only.
  static std::pair<double, double> drawn_solid(const Item& item) {
    const bool bound = item.shape == Shape::FadeLeft || item.shape == Shape::FadeRight;
    return bound ? fade_of(item) : std::pair{item.mx0, item.mx1};
  }

  // A mark that did not happen is struck through: a small one (a dot, the legend's swatch)
  // crossed out corner to corner; a wider one along its middle, as struck-through text is. A
  // diagonal over a bar a year long reads as a link rising across the plot (t54 #69).
  static void emit_strike(SvgText& svg, double x0, double x1, double top) {
    const bool small = x1 - x0 <= kDiagonalStrikePx;
    const double mid = top + kMarkHeight / 2;
    svg.raw(fmt::format("<line class=\"strike\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555555\" "
                        "stroke-width=\"1.5\"/>",
                        num(x0 - 1), num(small ? top + kMarkHeight : mid), num(x1 + 1),
                        num(small ? top : mid)));
  }

  // A bar that crosses a break of the axis is cut there by a white slanted gap, as the axis
  // line is, so "1 Apr - 2 Aug" drawn across a break does not read as a few days long.
  void emit_cuts_at_breaks(SvgText& svg, const Item& item, double top) const {
    const auto& segs = scale_.segments();
    for (std::size_t i = 0; i + 1 < segs.size(); ++i) {
      const double m = (segs[i].x1 + segs[i + 1].x0) / 2;
      if (m <= item.mx0 + 3 || m >= item.mx1 - 3) continue;
      svg.raw(fmt::format("<path class=\"bar-cut\" d=\"M{} {} L{} {}\" stroke=\"#ffffff\" stroke-width=\"3\"/>",
                          num(m - 3), num(top + kMarkHeight + 1), num(m + 3), num(top - 1)));
    }
  }

  // A bar that begins before the axis does (a view range from the overrides cuts it) runs on
  // past the plot's left edge: a chevron inside its start says so.
  void emit_runs_on_left(SvgText& svg, const Item& item, double top, const std::string& ink) const {
    const double x = item.mx0 + 3, mid = top + kMarkHeight / 2.0;
    svg.raw(
        fmt::format("<path class=\"runs-on\" d=\"M{} {} L{} {} L{} {}\" fill=\"none\" stroke=\"{}\" "
                    "stroke-width=\"1.5\"/>",
                    num(x + 4), num(top + 1.5), num(x), num(mid), num(x + 4), num(top + kMarkHeight - 1.5), ink));
  }

  // Fades out on both sides of a dot at the day it is going on; the left fade carries the
  // mark's box, which the page's zoom and the overlap checks read.
  void emit_going_on_mark(SvgText& svg, const Item& item, const std::string& box, const std::string& fill,
                          const std::string& stroke, const std::string& extra) {
    const double top = item.mark_cy() - kMarkHeight / 2, cx = item.cx;
    const double opacity = item.modality == "actual" ? 1.0 : item.modality == "negated" ? 0.3 : 0.55;
    for (const bool left : {true, false}) {
      const double x0 = left ? item.mx0 : cx, x1 = left ? cx : item.mx1;
      svg.raw(fmt::format("<rect {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                          "fill=\"url(#fade-{}-{})\" fill-opacity=\"{}\"/>",
                          left ? "class=\"mark fade\" " + box : std::string("class=\"fade\""), num(x0), num(top + 0.5),
                          num(std::max(x1 - x0, 0.0)), num(kMarkHeight - 1), left ? "left" : "right", item.lane_index,
                          opacity));
    }
    svg.raw(fmt::format("<circle class=\"going-on\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"{}\"{}/>",
                        num(cx), num(item.mark_cy()), num(kPointRadius - 0.5), fill, stroke, extra));
  }

  void emit_undated_mark(SvgText& svg, const Item& item) {
    const double cy = item.row_top + metrics_.line_height(kLabelPx) / 2, cx = item.mx0 + 4.5;
    svg.raw(fmt::format("<path class=\"mark undated-mark\" data-box=\"{} {} 9 9\" d=\"M{} {} L{} {} L{} {} L{} {} z\" "
                        "fill=\"#ffffff\" stroke=\"#777777\" stroke-width=\"1.2\"/>",
                        num(item.mx0), num(cy - 4.5), num(cx), num(cy - 4.5), num(cx + 4.5), num(cy), num(cx),
                        num(cy + 4.5), num(cx - 4.5), num(cy)));
  }

  void emit_legend(SvgText& svg) {
    if (legend_.empty()) return;
    svg.raw("<g class=\"legend\">");
    const double h = metrics_.line_height(kLegendPx);
    const auto color = lanes_.empty() ? kLaneColors[0] : lanes_.front().color;
    for (const auto& swatch : legend_) {
      const double cy = swatch.top + h / 2, x = swatch.x;
      std::string box = fmt::format("data-box=\"{} {} {} {}\"", num(x), num(cy - 5),
                                    swatch.kind.rfind("edge-", 0) == 0 ? 26 : 16, 10);
      if (options_.zoomable) box += fmt::format(" data-kind=\"{}\"", swatch.kind);
      if (swatch.hidden) box += " visibility=\"hidden\"";
      if (swatch.kind == "point" || swatch.kind == "point-actual") {
        svg.raw(fmt::format("<circle class=\"mark legend-mark\" {} cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{}\"/>", box,
                            num(x + 8), num(cy), color));
      } else if (swatch.kind == "day") {  // as a day drawn across an axis ticked in hours
        svg.raw(fmt::format("<rect class=\"mark legend-mark\" {} x=\"{}\" y=\"{}\" width=\"16\" height=\"9\" "
                            "rx=\"4.5\" fill=\"{}\"/>", box, num(x), num(cy - 4.5), color));
      } else if (swatch.kind == "bar") {
        svg.raw(fmt::format("<rect class=\"mark legend-mark\" {} x=\"{}\" y=\"{}\" width=\"16\" height=\"9\" rx=\"3\" "
                            "fill=\"{}\"/>", box, num(x), num(cy - 4.5), color));
      } else if (swatch.kind == "between") {
        svg.raw(fmt::format("<rect class=\"mark legend-mark\" {} x=\"{}\" y=\"{}\" width=\"16\" height=\"2\" "
                            "fill=\"{}\"/><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>"
                            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>",
                            box, num(x), num(cy - 1), color, num(x + 1), num(cy - 5), num(x + 1), num(cy + 5), color,
                            num(x + 15), num(cy - 5), num(x + 15), num(cy + 5), color));
      } else if (swatch.kind == "fade") {
        svg.raw(fmt::format("<rect class=\"mark legend-mark\" {} x=\"{}\" y=\"{}\" width=\"16\" height=\"9\" "
                            "fill=\"url(#fade-left-0)\"/>", box, num(x), num(cy - 4.5)));
      } else if (swatch.kind == "going-on") {
        svg.raw(fmt::format("<rect class=\"mark legend-mark\" {} x=\"{}\" y=\"{}\" width=\"8\" height=\"9\" "
                            "fill=\"url(#fade-left-0)\"/><rect x=\"{}\" y=\"{}\" width=\"8\" height=\"9\" "
                            "fill=\"url(#fade-right-0)\"/><circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>",
                            box, num(x), num(cy - 4.5), num(x + 8), num(cy - 4.5), num(x + 8), num(cy), color));
      } else if (swatch.kind.rfind("point-", 0) == 0) {
        const std::string modality = swatch.kind.substr(6);
        std::string style = fmt::format("fill=\"{}\" stroke=\"{}\"", color, color);
        if (modality == "planned") style = fmt::format("fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"2\"", color);
        if (modality == "possible")
          style = fmt::format("fill=\"{0}\" fill-opacity=\"0.35\" stroke=\"{0}\" stroke-dasharray=\"4 2\" "
                              "stroke-width=\"1.5\"", color);
        if (modality == "hypothetical")
          style = fmt::format("fill=\"none\" stroke=\"{}\" stroke-dasharray=\"1.5 2\" stroke-width=\"1.5\"", color);
        if (modality == "negated") style = "fill=\"#bbbbbb\" stroke=\"#888888\"";
        if (modality == "timex") style = "fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"";
        svg.raw(fmt::format("<rect class=\"mark legend-mark\" {} x=\"{}\" y=\"{}\" width=\"16\" height=\"9\" rx=\"3\" "
                            "{}/>", box, num(x + 0.5), num(cy - 4.5), style));
        if (modality == "negated")
          svg.raw(fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555555\" stroke-width=\"1.5\"/>",
                              num(x), num(cy + 5), num(x + 17), num(cy - 5)));
      } else {
        const auto type = graph::edge_type_from_string(swatch.kind.substr(5));
        const auto style = swatch.kind == kSetAsideKind ? kSetAsideStyle : edge_style(type.value_or(EdgeType::Before));
        svg.raw(fmt::format("<path class=\"mark legend-mark\" {} d=\"M{} {} L{} {}\" stroke=\"{}\" stroke-width=\"1.4\"{}{}/>",
                            box, num(x), num(cy), num(x + 24), num(cy), style.color,
                            style.dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", style.dash),
                            style.arrow ? fmt::format(" marker-end=\"url(#arrow-{})\"", swatch.kind.substr(5)) : ""));
      }
    }
    svg.raw("</g>\n");
  }

  // `grey_prefix` leading bytes of the text are drawn grey (an event label's date).
  void emit_text(SvgText& svg, const Text& text, const std::string& color = "#222222", std::size_t grey_prefix = 0) {
    const double baseline = text.top + metrics_.ascent(text.size);
    svg.raw(fmt::format("<text class=\"label {}\" x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\" "
                        "data-box=\"{} {} {} {}\"{}>",
                        text.css, num(text.x), num(baseline), num(text.size), text.bold ? " font-weight=\"bold\"" : "",
                        color, num(text.x), num(text.top), num(text.width), num(text.height),
                        text.hidden ? " visibility=\"hidden\"" : ""));
    if (grey_prefix > 0 && grey_prefix <= text.text.size()) {
      // The title starts at its measured x: renderers differ on spaces at a <tspan>'s edge.
      const auto prefix = std::string_view(text.text).substr(0, grey_prefix);
      svg.raw("<tspan class=\"date\" fill=\"#666666\">");
      svg.text(prefix);
      svg.raw(fmt::format("</tspan><tspan x=\"{}\">", num(text.x + metrics_.width(prefix, text.size, text.bold))));
      svg.text(std::string_view(text.text).substr(grey_prefix));
      svg.raw("</tspan>");
    } else {
      svg.text(text.text);
    }
    svg.raw("</text>");
  }

  const graph::GraphData& graph_;
  const TimelineOptions& options_;
  const double width_;
  TextMetrics metrics_;
  std::vector<Item> items_;
  std::map<std::string, std::size_t> index_of_;
  std::vector<Lane> lanes_;
  std::vector<Text> texts_;
  std::vector<LegendSwatch> legend_;
  std::vector<Tick> ticks_;
  std::vector<SegmentSpan> spans_;  // empty unless the axis's segments are drawn to different scales
  double spans_top_ = 0;
  TimeScale scale_;
  bool timex_mode_ = false, show_lane_labels_ = false, has_axis_ = false;
  std::size_t hidden_by_range_ = 0;
  const std::set<std::string> set_aside_;  // graph::set_aside_edges
  double axis_top_ = 0, axis_line_y_ = 0, plot_left_ = 0, plot_right_ = 0, plot_bottom_ = 0;
  double undated_top_ = 0, content_bottom_ = 0, height_ = 0;
};

}  // namespace

std::string render_svg_timeline(const graph::GraphData& graph, const TimelineOptions& options) {
  return TimelineRenderer(graph, options).render();
}

}  // namespace chronograph::render
