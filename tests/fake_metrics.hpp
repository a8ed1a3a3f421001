#pragma once
// A font-metrics fake for layout tests: every glyph half an em wide, except
// spaces (a quarter) and bold faces (a tenth wider), so that layouts are
// the same on every machine, whatever fonts it has.
#include "formats/pdf/font_metrics.hpp"

namespace test {

class FakeMetrics : public mdexport::pdf::FontMetrics {
 public:
  double advance(int face, char32_t cp) const override {
    if (cp == ' ') return 250;
    return mdexport::pdf::is_bold(face) ? 550 : 500;
  }
};

}  // namespace test
