// Registers a writer of its own and converts with it and with a built-in.
#include <mdexport.hpp>

#include <iostream>

namespace {

class WordCount : public mdexport::Writer {
 public:
  void write(const doc::Document& d, const mdexport::WriteOptions&, mdexport::Diagnostics&,
             mdexport::Sink& out) const override {
    std::size_t words = 0;
    for (const auto& b : d.blocks) {
      const auto text = doc::plain_text(b.inlines);
      bool in_word = false;
      for (char c : text) {
        const bool letter = c != ' ';
        words += letter && !in_word;
        in_word = letter;
      }
    }
    out.write(d.meta.title + ": " + std::to_string(words) + " words\n");
  }
};

std::unique_ptr<mdexport::Writer> make_word_count() { return std::make_unique<WordCount>(); }

}  // namespace

int main() {
  mdexport::Registry formats;
  formats.add({"words", "words", "count the words", &make_word_count});
  try {
    std::cout << mdexport::convert_string("# Title\n\nOne two three.\n", "words", {}, formats);
    std::cout << mdexport::convert_string("# Title\n\nOne two three.\n", "txt", {}, formats);
  } catch (const mdexport::Error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
