#include "formats/epub/package.hpp"

#include <pugixml.hpp>

#include "formats/epub/identity.hpp"
#include "formats/xhtml/page.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

pugi::xml_node add(pugi::xml_node parent, const char* name, const std::string& text) {
  auto el = parent.append_child(name);
  el.text().set(xml_text(text).c_str());
  return el;
}

void refine(pugi::xml_node metadata, const std::string& id, const char* property, const std::string& value,
            const char* scheme = nullptr) {
  auto m = add(metadata, "meta", value);
  m.append_attribute("refines") = ("#" + id).c_str();
  m.append_attribute("property") = property;
  if (scheme) m.append_attribute("scheme") = scheme;
}

void property(pugi::xml_node metadata, const char* name, const std::string& value) {
  add(metadata, "meta", value).append_attribute("property") = name;
}

}  // namespace

std::string package_document(const doc::Metadata& meta, const PackageInfo& info, const std::vector<ManifestItem>& items) {
  pugi::xml_document doc;
  add_xml_declaration(doc);
  auto package = doc.append_child("package");
  package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
  package.append_attribute("version") = "3.0";
  package.append_attribute("unique-identifier") = "pub-id";
  package.append_attribute("xml:lang") = xml_text(meta.lang).c_str();

  auto md = package.append_child("metadata");
  md.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  add(md, "dc:identifier", info.identifier).append_attribute("id") = "pub-id";
  add(md, "dc:title", meta.title).append_attribute("id") = "title";
  refine(md, "title", "title-type", "main");
  if (!meta.subtitle.empty()) {
    add(md, "dc:title", meta.subtitle).append_attribute("id") = "subtitle";
    refine(md, "subtitle", "title-type", "subtitle");
  }
  add(md, "dc:language", meta.lang);
  for (std::size_t i = 0; i < meta.authors.size(); ++i) {
    const auto id = "creator-" + std::to_string(i + 1);
    add(md, "dc:creator", meta.authors[i]).append_attribute("id") = id.c_str();
    refine(md, id, "role", "aut", "marc:relators");
  }
  if (const auto date = w3c_date(meta.date); !date.empty()) add(md, "dc:date", date);
  if (!meta.description.empty()) add(md, "dc:description", meta.description);
  if (!meta.publisher.empty()) add(md, "dc:publisher", meta.publisher);
  if (!meta.rights.empty()) add(md, "dc:rights", meta.rights);
  for (const auto& subject : meta.keywords) add(md, "dc:subject", subject);
  property(md, "dcterms:modified", info.modified);

  // Accessibility (EPUB Accessibility 1.0, schema.org terms).
  property(md, "schema:accessMode", "textual");
  if (info.has_images) property(md, "schema:accessMode", "visual");
  property(md, "schema:accessModeSufficient", "textual");
  property(md, "schema:accessibilityFeature", "structuralNavigation");
  property(md, "schema:accessibilityFeature", "tableOfContents");
  property(md, "schema:accessibilityFeature", "readingOrder");
  if (info.has_images) property(md, "schema:accessibilityFeature", "alternativeText");
  property(md, "schema:accessibilityHazard", "none");
  property(md, "schema:accessibilitySummary",
           "Text with headings, a table of contents and a logical reading order; images carry the "
           "alternative text of the source document.");
  if (!info.cover_id.empty()) {
    // EPUB 2 readers find the cover only this way.
    auto cover = md.append_child("meta");
    cover.append_attribute("name") = "cover";
    cover.append_attribute("content") = info.cover_id.c_str();
  }

  auto manifest = package.append_child("manifest");
  for (const auto& item : items) {
    auto el = manifest.append_child("item");
    el.append_attribute("id") = item.id.c_str();
    el.append_attribute("href") = item.href.c_str();
    el.append_attribute("media-type") = item.media_type.c_str();
    if (!item.properties.empty()) el.append_attribute("properties") = item.properties.c_str();
    if (!item.fallback.empty()) el.append_attribute("fallback") = item.fallback.c_str();
  }
  auto spine = package.append_child("spine");
  spine.append_attribute("toc") = "ncx";
  for (const auto& item : items)
    if (item.in_spine) spine.append_child("itemref").append_attribute("idref") = item.id.c_str();
  return serialize_xml(doc, true);
}

}  // namespace mdexport
