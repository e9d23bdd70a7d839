#include "render/text_metrics/text_metrics.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include "core/common/error.h"

namespace chronograph::render {

struct TextMetrics::Impl {
  cairo_surface_t* surface = nullptr;
  cairo_t* cairo = nullptr;
  PangoLayout* layout = nullptr;
  PangoFontDescription* regular = nullptr;
  PangoFontDescription* bold = nullptr;
  double current_size = -1;
  bool current_bold = false;

  Impl() {
    surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
    cairo = cairo_create(surface);
    layout = pango_cairo_create_layout(cairo);
    // Browsers lay SVG text out with unhinted, fractional advances; so do we.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(layout), options);
    pango_context_set_round_glyph_positions(pango_layout_get_context(layout), FALSE);
    cairo_font_options_destroy(options);
    pango_layout_context_changed(layout);
    regular = pango_font_description_from_string(std::string(kFontFamily).c_str());
    bold = pango_font_description_copy(regular);
    pango_font_description_set_weight(bold, PANGO_WEIGHT_BOLD);
    if (!layout) throw Error("cannot create a Pango layout to measure text; please report");
  }
  ~Impl() {
    pango_font_description_free(bold);
    pango_font_description_free(regular);
    g_object_unref(layout);
    cairo_destroy(cairo);
    cairo_surface_destroy(surface);
  }
  void select(double size_px, bool want_bold) {
    if (size_px == current_size && want_bold == current_bold) return;
    PangoFontDescription* font = want_bold ? bold : regular;
    pango_font_description_set_absolute_size(font, size_px * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    current_size = size_px;
    current_bold = want_bold;
  }
  double measure(std::string_view text, double size_px, bool want_bold) {
    select(size_px, want_bold);
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    PangoRectangle logical{};
    pango_layout_get_extents(layout, nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
  }
};

TextMetrics::TextMetrics() : impl_(std::make_unique<Impl>()) {}
TextMetrics::~TextMetrics() = default;

double TextMetrics::width(std::string_view text, double size_px, bool bold) {
  std::string key;
  key.reserve(text.size() + 16);
  key.append(std::to_string(size_px)).push_back(bold ? 'b' : 'r');
  key.append(text);
  if (auto found = cache_.find(key); found != cache_.end()) return found->second;
  const double measured = impl_->measure(text, size_px, bold);
  cache_.emplace(std::move(key), measured);
  return measured;
}

double TextMetrics::line_height(double size_px) {
  impl_->select(size_px, false);
  PangoContext* context = pango_layout_get_context(impl_->layout);
  PangoFontMetrics* metrics = pango_context_get_metrics(context, impl_->regular, nullptr);
  const double height =
      static_cast<double>(pango_font_metrics_get_ascent(metrics) + pango_font_metrics_get_descent(metrics)) /
      PANGO_SCALE;
  pango_font_metrics_unref(metrics);
  return height;
}

double TextMetrics::ascent(double size_px) {
  impl_->select(size_px, false);
  PangoContext* context = pango_layout_get_context(impl_->layout);
  PangoFontMetrics* metrics = pango_context_get_metrics(context, impl_->regular, nullptr);
  const double value = static_cast<double>(pango_font_metrics_get_ascent(metrics)) / PANGO_SCALE;
  pango_font_metrics_unref(metrics);
  return value;
}

namespace {
// Byte length of the longest prefix of `text` that ends at a UTF-8 character boundary and is
// at most `limit` bytes long.
std::size_t utf8_floor(std::string_view text, std::size_t limit) {
  if (limit >= text.size()) return text.size();
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return limit;
}
}  // namespace

std::string TextMetrics::truncate(std::string_view text, double size_px, double max_width, bool bold) {
  if (width(text, size_px, bold) <= max_width) return std::string(text);
  static constexpr std::string_view kEllipsis = "\u2026";
  // Binary search on the byte length of the kept prefix: width grows with the prefix.
  std::size_t low = 0, high = text.size();
  while (low < high) {
    const std::size_t middle = utf8_floor(text, (low + high + 1) / 2);
    if (middle <= low) break;
    std::string candidate(text.substr(0, middle));
    candidate.append(kEllipsis);
    if (impl_->measure(candidate, size_px, bold) <= max_width)
      low = middle;
    else
      high = middle - 1;
  }
  low = utf8_floor(text, low);
  std::string kept(text.substr(0, low));
  while (!kept.empty() && kept.back() == ' ') kept.pop_back();
  kept.append(kEllipsis);
  return kept;
}

}  // namespace chronograph::render
