#include "util/diagnostics.hpp"

#include <algorithm>

namespace mdexport {

std::string Diagnostics::where(doc::SourcePos pos) const {
  if (pos.line <= 0) return file_;
  return file_ + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column > 0 ? pos.column : 1);
}

void Diagnostics::warn(doc::SourcePos pos, const std::string& message) {
  if (warnings_.size() < kMaxWarnings) {
    warnings_.push_back(where(pos) + ": warning: " + message);
    return;
  }
  ++unshown_;
  const auto summary = file_ + ": warning: " + std::to_string(unshown_) + " more warnings not shown";
  if (unshown_ == 1) warnings_.push_back(summary);
  else warnings_.back() = summary;
}

void Diagnostics::depend(const std::string& path) {
  if (std::find(dependencies_.begin(), dependencies_.end(), path) == dependencies_.end())
    dependencies_.push_back(path);
}

Error Diagnostics::error(doc::SourcePos pos, const std::string& message) const {
  return Error(where(pos) + ": error: " + message);
}

}  // namespace mdexport
