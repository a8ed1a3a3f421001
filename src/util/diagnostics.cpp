#include "util/diagnostics.hpp"

namespace mdexport {

std::string Diagnostics::where(doc::SourcePos pos) const {
  if (pos.line <= 0) return file_;
  return file_ + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column > 0 ? pos.column : 1);
}

void Diagnostics::warn(doc::SourcePos pos, const std::string& message) {
  warnings_.push_back(where(pos) + ": warning: " + message);
}

Error Diagnostics::error(doc::SourcePos pos, const std::string& message) const {
  return Error(where(pos) + ": error: " + message);
}

}  // namespace mdexport
