#pragma once
#include <string>
#include <vector>

#include "doc/metadata.hpp"

namespace mdexport {

// One file of the book, as the manifest lists it.
struct ManifestItem {
  std::string id;
  std::string href;        // relative to the package document
  std::string media_type;
  std::string properties;  // "nav", "cover-image", or ""
  bool in_spine = false;   // read in order (XHTML pages only)
  std::string fallback;    // id of the item that stands in for this one, or ""
};

// What the package document says beyond the files.
struct PackageInfo {
  std::string identifier;  // dc:identifier, e.g. "urn:uuid:..."
  std::string modified;    // dcterms:modified, "YYYY-MM-DDThh:mm:ssZ"
  bool has_images = false; // the content shows images: accessMode visual
  std::string cover_id;    // manifest id of the cover image, or ""
};

// The OPF package document: metadata (title and subtitle, every creator,
// language, date when it is a W3C date, description, publisher, rights,
// subjects, accessibility), the manifest, and the spine in item order with
// the NCX named for EPUB 2 readers.
std::string package_document(const doc::Metadata& meta, const PackageInfo& info, const std::vector<ManifestItem>& items);

}  // namespace mdexport
