#include "html/url.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace mdexport {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// ASCII letters, digits and the punctuation a URL may hold as it is: one
// table look-up per character, as every link of a book goes through here.
constexpr auto kKeptInUrl = [] {
  std::array<bool, 256> keep{};
  for (int c = 0; c < 256; ++c) keep[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  for (char c : std::string_view("-_.~!$&'()*+,;=:@/?")) keep[static_cast<unsigned char>(c)] = true;
  return keep;
}();

}  // namespace

std::string url_scheme(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20) continue;
    if (c == ':') return scheme.empty() ? "" : scheme;
    if (!std::isalnum(u) && c != '+' && c != '-' && c != '.') return "";
    scheme += static_cast<char>(std::tolower(u));
  }
  return "";
}

bool dangerous_url(std::string_view url) {
  const auto scheme = url_scheme(url);
  return scheme == "javascript" || scheme == "vbscript" || scheme == "data";
}

bool is_forbidden_link(std::string_view url) { return dangerous_url(url) || url_scheme(url) == "file"; }

bool is_remote_url(std::string_view url) {
  if (url.starts_with("//")) return true;
  const auto scheme = url_scheme(url);
  return scheme == "http" || scheme == "https";
}

bool is_followable_scheme(std::string_view scheme) {
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "ftp" || scheme == "tel";
}

bool has_valid_host(std::string_view url) {
  const auto scheme = url_scheme(url);
  if (scheme != "http" && scheme != "https" && scheme != "ftp") return true;
  const auto start = url.find("://");
  if (start == std::string_view::npos) return false;
  auto authority = url.substr(start + 3);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (authority.starts_with('[')) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos || close < 3) return false;
    for (char c : authority.substr(1, close - 1))
      if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return false;
    authority.remove_prefix(close + 1);
    if (authority.empty()) return true;
    if (authority[0] != ':') return false;
    authority.remove_prefix(1);
    for (char c : authority)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
  }
  std::string_view host = authority;
  if (const auto colon = authority.find(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    for (char c : authority.substr(colon + 1))
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  if (host.empty() || host.starts_with('.')) return false;
  std::size_t label = 0;
  for (std::size_t i = 0; i < host.size(); ++i) {
    const auto u = static_cast<unsigned char>(host[i]);
    if (host[i] == '.') {
      // One trailing dot is a fully qualified name; two dots in a row are not a name.
      if (label == 0) return false;
      label = 0;
    } else if (std::isalnum(u) || host[i] == '-' || host[i] == '_' || u >= 0x80) {
      ++label;
    } else {
      return false;
    }
  }
  return true;
}

std::string escape_href(std::string_view url) {
  std::string out;
  out.reserve(url.size());
  bool seen_hash = false;
  // Brackets belong only around an IPv6 host, in the authority.
  std::size_t authority_end = 0;
  if (const auto start = url.find("://"); start != std::string_view::npos && url_scheme(url).size() == start)
    authority_end = std::min(url.size(), url.find_first_of("/?#", start + 3));
  for (std::size_t i = 0; i < url.size(); ++i) {
    if ((url[i] == '[' || url[i] == ']') && i < authority_end) {
      out += url[i];
      continue;
    }
    const auto u = static_cast<unsigned char>(url[i]);
    const char c = url[i];
    if (c == '%' && i + 2 < url.size() && hex_value(url[i + 1]) >= 0 && hex_value(url[i + 2]) >= 0) {
      out += c;
      continue;
    }
    if (c == '#' && !seen_hash) {
      seen_hash = true;
      out += c;
      continue;
    }
    if (kKeptInUrl[u]) {
      out += c;
      continue;
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '%';
    out += kHex[u >> 4];
    out += kHex[u & 0xF];
  }
  return out;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace mdexport
