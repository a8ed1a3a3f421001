#pragma once
#include <string>
#include <string_view>

namespace mdexport {

// The scheme of a URL in lower case ("https", "javascript"), or "" for a
// relative reference. ASCII whitespace and controls are ignored, as browsers
// ignore them, so that "java\tscript:" is still seen as javascript.
std::string url_scheme(std::string_view url);

// True for javascript:, vbscript: and data: URLs: they run code or smuggle
// content and are never kept.
bool dangerous_url(std::string_view url);

// The one rule for links in every writer: true for javascript:, vbscript:,
// data: and file: URLs, which run code, smuggle content or point into the
// reader's own disk. Such a link keeps its text and loses its target.
bool is_forbidden_link(std::string_view url);

// True for http:, https: and protocol-relative ("//host/...") URLs.
bool is_remote_url(std::string_view url);

// True for schemes a book may link to: http, https, mailto, ftp, tel.
bool is_followable_scheme(std::string_view scheme);

// For http, https and ftp URLs: true when "//host" follows the scheme and
// the host is a name (non-empty dot-separated labels of letters, digits,
// '-', '_' or non-ASCII), an IPv4 address or a bracketed IPv6 address, with
// an optional user and numeric port. A validator rejects a link whose host
// it cannot parse ("https://../", "https://foo.bar.%60baz"). Other schemes
// are not checked: true.
bool has_valid_host(std::string_view url);

// The URL as an href attribute value that validators accept: characters
// outside the URL syntax (spaces, quotes, '<', '>', '\\', '^', '`', '{', '|',
// '}', controls, non-ASCII bytes) and a '%' not starting an escape are
// percent-encoded, and so are '[' and ']' outside the host; a second '#'
// becomes %23. Existing escapes are kept.
std::string escape_href(std::string_view url);

// Decodes %XX escapes; anything else is kept as it is.
std::string percent_decode(std::string_view s);

}  // namespace mdexport
