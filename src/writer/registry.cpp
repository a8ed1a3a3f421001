#include "writer/registry.hpp"

#include <algorithm>
#include <cctype>

#include "formats/pdf/pdf_writer.hpp"
#include "formats/text/text_writer.hpp"
#include "formats/epub/epub_writer.hpp"
#include "formats/html/html_writer.hpp"

namespace mdexport {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::span<const WriterInfo> builtin_writers() {
  static const WriterInfo kWriters[] = {
      {"txt", "txt", "plain text, wrapped for e-mail and terminals", &make_text_writer},
      {"epub", "epub", "EPUB 3 e-book that passes epubcheck, split into chapters", &make_epub_writer},
      {"html", "html", "one standalone HTML5 file with an embedded stylesheet", &make_html_writer},
      {"pdf", "pdf", "PDF with embedded fonts, links, bookmarks and footnotes", &make_pdf_writer},
  };
  return kWriters;
}

Registry::Registry() : writers_(builtin_writers().begin(), builtin_writers().end()) {}

void Registry::add(const WriterInfo& info) {
  std::erase_if(writers_, [&](const WriterInfo& w) { return w.name == info.name; });
  writers_.push_back(info);
}

const WriterInfo* Registry::find(std::string_view name) const {
  const auto key = lower(name);
  const std::string_view canonical = key == "text" || key == "plain" ? "txt" : std::string_view(key);
  for (const auto& w : writers_)
    if (w.name == canonical) return &w;
  return nullptr;
}

const WriterInfo* Registry::find_by_extension(std::string_view extension) const {
  const auto key = lower(extension);
  for (const auto& w : writers_)
    if (w.extension == key) return &w;
  return nullptr;
}

const WriterInfo* Registry::find_for_file(const std::filesystem::path& file) const {
  const auto ext = file.extension().string();
  return ext.empty() ? nullptr : find_by_extension(std::string_view(ext).substr(1));
}

std::string Registry::suggest(std::string_view name) const {
  const auto key = lower(name);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, key.size() / 2) + 1;
  for (const auto& w : writers_) {
    const auto d = edit_distance(key, w.name);
    if (d < best_distance) {
      best_distance = d;
      best = w.name;
    }
  }
  return best;
}

}  // namespace mdexport
