#include "cli/depfile.hpp"

#include <cstdio>
#include <ostream>

#include "util/diagnostics.hpp"

namespace mdexport {
namespace {

// name with control characters as C escapes, for a message on one line.
std::string printable(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    } else out += static_cast<char>(c);
  }
  return out;
}

// Why make cannot read name as one plain file name, or nullptr.
const char* unreadable(std::string_view name, MakeRole role) {
  if (name.empty()) return "it is empty";
  for (unsigned char c : name) {
    if (c == '\n' || c == '\r') return "it holds a line break";
    if (c == '\t' && role == MakeRole::Target) return "it holds a tab";
    if ((c < 0x20 && c != '\t') || c == 0x7f) return "it holds a control character";
    if (c == ';') return "it holds ';', which starts a recipe";
    if (c == '=') return "it holds '=', which makes a variable assignment";
  }
  if (name.front() == '~') return "it starts with '~', which names a home directory";
  if (name.back() == '\\') return "it ends with a backslash";
  if (name.back() == ')' && name.find('(') != std::string_view::npos) return "it reads as an archive member, a(b)";
  return nullptr;
}

bool needs_backslash(char c, MakeRole role) {
  switch (c) {
    case ' ':
    case '\t':
    case '#':
    case ':': return true;
    case '|': return role == MakeRole::Prerequisite;
    case '%': return role == MakeRole::Target;
    default: return false;
  }
}

}  // namespace

std::string make_word(std::string_view name, MakeRole role) {
  if (const char* why = unreadable(name, role))
    throw Error("Make cannot read the file name \"" + printable(name) + "\": " + why);
  std::string out;
  std::size_t backslashes = 0;  // run of backslashes just before c
  for (char c : name) {
    if (needs_backslash(c, role)) {
      out.append(backslashes, '\\');  // \\ before an escape reads as one backslash
      out += '\\';
    } else if (c == '$') {
      out += '$';
    }
    backslashes = c == '\\' ? backslashes + 1 : 0;
    out += c;
  }
  return out;
}

void write_depfile(const std::vector<DepRule>& rules, std::ostream& out) {
  std::string text;
  for (const auto& rule : rules) {
    // Appended piecewise: g++ 12 warns falsely (-Wrestrict) on "literal" + string.
    for (std::size_t i = 0; i < rule.targets.size(); ++i) {
      if (i) text += ' ';
      text += make_word(rule.targets[i], MakeRole::Target);
    }
    text += ':';
    for (const auto& p : rule.prerequisites) {
      text += " \\\n  ";
      text += make_word(p, MakeRole::Prerequisite);
    }
    text += '\n';
  }
  out << text;
}

}  // namespace mdexport
