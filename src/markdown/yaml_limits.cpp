#include "markdown/yaml_limits.hpp"

#include <yaml.h>

#include <string>

namespace mdexport {
namespace {

class EventParser {
 public:
  explicit EventParser(std::string_view yaml) {
    ok_ = yaml_parser_initialize(&parser_) != 0;
    if (ok_) yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
  }
  ~EventParser() {
    if (has_event_) yaml_event_delete(&event_);
    if (ok_) yaml_parser_delete(&parser_);
  }
  EventParser(const EventParser&) = delete;
  EventParser& operator=(const EventParser&) = delete;

  // The next event, or nullptr at the end of the stream or on an error.
  const yaml_event_t* next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = ok_ && yaml_parser_parse(&parser_, &event_) != 0;
    if (!has_event_ || event_.type == YAML_STREAM_END_EVENT) return nullptr;
    return &event_;
  }

 private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool ok_ = false;
  bool has_event_ = false;
};

}  // namespace

void check_yaml_limits(std::string_view yaml, int first_line, const Diagnostics& diag, const YamlLimits& limits) {
  EventParser parser(yaml);
  int depth = 0;
  std::size_t anchors = 0;
  std::size_t aliases = 0;
  while (const auto* event = parser.next()) {
    const auto at = [&] {
      return doc::SourcePos{static_cast<int>(event->start_mark.line) + first_line,
                            static_cast<int>(event->start_mark.column) + 1};
    };
    const unsigned char* anchor = nullptr;
    switch (event->type) {
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT:
        anchor = event->type == YAML_SEQUENCE_START_EVENT ? event->data.sequence_start.anchor
                                                          : event->data.mapping_start.anchor;
        if (++depth > limits.max_depth)
          throw diag.error(at(), "front matter nested deeper than " + std::to_string(limits.max_depth) + " levels");
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: --depth; break;
      case YAML_SCALAR_EVENT: anchor = event->data.scalar.anchor; break;
      case YAML_ALIAS_EVENT:
        if (++aliases > limits.max_aliases)
          throw diag.error(at(), "front matter has more than " + std::to_string(limits.max_aliases) + " aliases");
        break;
      default: break;
    }
    if (anchor && ++anchors > limits.max_anchors)
      throw diag.error(at(), "front matter has more than " + std::to_string(limits.max_anchors) + " anchors");
  }
}

}  // namespace mdexport
