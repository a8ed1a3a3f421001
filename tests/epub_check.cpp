#include "epub_check.hpp"

#include <zip.h>

#include <pugixml.hpp>

#include <cstdlib>
#include <future>
#include <map>
#include <set>

#include "convert/conversion.hpp"
#include "support.hpp"

namespace test {

namespace fs = std::filesystem;

std::vector<std::pair<std::string, std::string>> unzip(const std::string& zip_bytes) {
  std::vector<std::pair<std::string, std::string>> entries;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (!archive) {
    if (source) zip_source_free(source);
    throw std::runtime_error(std::string("not a zip file: ") + zip_error_strerror(&error));
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
    std::string bytes(st.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (!file || zip_fread(file, bytes.data(), st.size) != static_cast<zip_int64_t>(st.size))
      throw std::runtime_error(std::string("cannot read zip entry ") + st.name);
    zip_fclose(file);
    entries.emplace_back(st.name, std::move(bytes));
  }
  zip_close(archive);
  return entries;
}

std::string webp_1x1() {
  return std::string("RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0\x2f\0\0\0\x10\x07\x10\x11\x11\x88\x88\xfe\x07\0", 34);
}

std::string to_epub(std::string_view markdown, const mdexport::WriteOptions& opts, std::vector<std::string>* warnings) {
  mdexport::Registry registry;
  mdexport::ConvertOptions copts;
  copts.write = opts;
  mdexport::Diagnostics diag("test.md");
  mdexport::StringSink sink;
  mdexport::convert(markdown, *registry.find("epub"), copts, diag, sink);
  if (warnings) warnings->insert(warnings->end(), diag.warnings().begin(), diag.warnings().end());
  return sink.str();
}

namespace {

constexpr const char* kJar = "/usr/share/java/epubcheck.jar";

std::string check_one(const fs::path& file) {
  if (!fs::exists(kJar)) return std::string("epubcheck is not installed (") + kJar + "): run scripts/install-deps --tests";
  const auto log = file.string() + ".epubcheck.txt";
  const std::string command = "java -jar " + std::string(kJar) + " '" + file.string() + "' >'" + log + "' 2>&1";
  const int status = std::system(command.c_str());
  const auto report = read_file(log);
  fs::remove(log);
  const bool clean = report.find("Messages: 0 fatals / 0 errors / 0 warnings") != std::string::npos ||
                     report.find("No errors or warnings detected") != std::string::npos;
  return status == 0 && clean ? "" : file.string() + ":\n" + report;
}

// "dir/a.xhtml" + "../b.xhtml" -> "b.xhtml", for paths inside the zip.
std::string resolve(const std::string& base_file, const std::string& href) {
  const auto slash = base_file.rfind('/');
  fs::path joined = fs::path(slash == std::string::npos ? "" : base_file.substr(0, slash)) / href;
  return joined.lexically_normal().generic_string();
}

bool is_external(const std::string& url) {
  const auto colon = url.find(':');
  return colon != std::string::npos && url.find('/') > colon;
}

}  // namespace

std::vector<std::string> epubcheck(const std::vector<fs::path>& files) {
  std::vector<std::string> results(files.size());
  // Two at a time: the JVM takes a second or more to start on each.
  for (std::size_t i = 0; i < files.size(); i += 2) {
    auto first = std::async(std::launch::async, check_one, files[i]);
    if (i + 1 < files.size()) results[i + 1] = check_one(files[i + 1]);
    results[i] = first.get();
  }
  return results;
}

std::string book_problems(const std::string& epub_bytes) {
  std::string problems;
  const auto entries = unzip(epub_bytes);
  if (entries.empty() || entries[0].first != "mimetype" || entries[0].second != "application/epub+zip")
    problems += "mimetype is not the first entry\n";
  // Stored, not deflated: the name and content appear as plain bytes at the start.
  if (epub_bytes.compare(30, 8, "mimetype") != 0 || epub_bytes.compare(38, 20, "application/epub+zip") != 0)
    problems += "mimetype is compressed or has extra fields\n";
  std::map<std::string, std::string> files(entries.begin(), entries.end());
  std::map<std::string, std::set<std::string>> ids;
  std::map<std::string, std::unique_ptr<pugi::xml_document>> trees;
  for (const auto& [name, bytes] : entries) {
    if (!name.ends_with(".xhtml") && !name.ends_with(".opf") && !name.ends_with(".ncx") && !name.ends_with(".xml"))
      continue;
    auto tree = std::make_unique<pugi::xml_document>();
    const auto result = tree->load_buffer(bytes.data(), bytes.size());
    if (!result) {
      problems += name + ": not well-formed XML: " + result.description() + " at byte " + std::to_string(result.offset) + "\n";
      continue;
    }
    for (auto node : tree->select_nodes("//*[@id]")) ids[name].insert(node.node().attribute("id").value());
    trees[name] = std::move(tree);
  }
  for (const auto& [name, tree] : trees) {
    for (auto found : tree->select_nodes("//*[@href or @src]")) {
      const auto el = found.node();
      std::string url = el.attribute("href") ? el.attribute("href").value() : el.attribute("src").value();
      if (url.empty() || is_external(url)) continue;
      const auto hash = url.find('#');
      const std::string path = url.substr(0, hash);
      const std::string fragment = hash == std::string::npos ? "" : url.substr(hash + 1);
      const auto target = path.empty() ? name : resolve(name, path);
      if (!files.contains(target)) {
        problems += name + ": " + url + " leads to a missing file\n";
      } else if (!fragment.empty() && !ids[target].contains(fragment)) {
        problems += name + ": " + url + " leads to a missing id\n";
      }
    }
  }
  return problems;
}

}  // namespace test
