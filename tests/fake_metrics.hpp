#pragma once
// A font-metrics fake for layout tests: every glyph half an em wide, except
// spaces (a quarter) and bold faces (a tenth wider), so that layouts are
// the same on every machine, whatever fonts it has.
#include <string>
#include <utility>

#include "formats/pdf/break_items.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/runs.hpp"

namespace test {

class FakeMetrics : public mdexport::pdf::FontMetrics {
 public:
  double advance(int face, char32_t cp) const override {
    if (cp == ' ') return 250;
    return mdexport::pdf::is_bold(face) ? 550 : 500;
  }
};

// Text measured with FakeMetrics, as the line breaker measures it.
inline const mdexport::pdf::Measure& fake_measure() {
  static const FakeMetrics metrics;
  static const mdexport::pdf::Measure measure = [](const mdexport::pdf::RunStyle& s, std::string_view t) {
    return metrics.width(s.face, s.size, t);
  };
  return measure;
}

// A run of text in face, 10 pt: 5 pt a glyph, 2.5 pt a space.
inline mdexport::pdf::Run text_run(std::string text, int face = 0) {
  mdexport::pdf::Run r;
  r.text = std::move(text);
  r.style.face = face;
  r.style.size = 10;
  return r;
}

}  // namespace test
