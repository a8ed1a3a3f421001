#include "image/png_decode.hpp"

#include <png.h>

#include <csetjmp>
#include <cstring>

namespace mdexport::image {
namespace {

// What libpng's callbacks share with us. Trivially destructible: libpng
// leaves its functions by longjmp, which runs no destructors.
struct Source {
  const unsigned char* data;
  std::size_t size;
  std::size_t at;
  char message[160];
};

[[noreturn]] void on_error(png_structp png, png_const_charp message) {
  auto* src = static_cast<Source*>(png_get_error_ptr(png));
  std::snprintf(src->message, sizeof src->message, "%s", message);
  png_longjmp(png, 1);
}

// Warnings (a bad ancillary chunk's CRC, an odd profile) leave a picture
// that still decodes.
void on_warning(png_structp, png_const_charp) {}

void on_read(png_structp png, png_bytep out, png_size_t length) {
  auto* src = static_cast<Source*>(png_get_io_ptr(png));
  if (length > src->size - src->at) png_error(png, "PNG file ends early");
  std::memcpy(out, src->data + src->at, length);
  src->at += length;
}

class ReadStruct {
 public:
  explicit ReadStruct(Source& src) {
    png_ = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, on_error, on_warning);
    if (png_) info_ = png_create_info_struct(png_);
  }
  ~ReadStruct() { png_destroy_read_struct(&png_, info_ ? &info_ : nullptr, nullptr); }
  ReadStruct(const ReadStruct&) = delete;
  ReadStruct& operator=(const ReadStruct&) = delete;
  png_structp png() const { return png_; }
  png_infop info() const { return info_; }

 private:
  png_structp png_ = nullptr;
  png_infop info_ = nullptr;
};

// Ancillary chunks we never use, skipped unread: text (zTXt can inflate
// to megabytes), colour profiles, suggested palettes, Exif.
constexpr png_byte kSkipped[] = "tEXt\0zTXt\0iTXt\0iCCP\0sPLT\0eXIf\0tIME\0hIST\0pCAL\0sCAL";

// Reads into img; false with src.message set on any error. Holds no C++
// object of its own: libpng's errors longjmp back to the setjmp here. The
// vectors it fills belong to the caller and stay valid after a jump.
// REQUIRES: rs was made with src.
bool read(const ReadStruct& rs, Source& src, Image& img, std::vector<png_bytep>& rows) {
  png_structp png = rs.png();
  png_infop info = rs.info();
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_read_fn(png, &src, on_read);
  png_set_user_limits(png, 1'000'000, 1'000'000);
  png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_NEVER, kSkipped, static_cast<int>(sizeof kSkipped / 5));
  png_read_info(png, info);
  png_uint_32 width = 0, height = 0;
  int depth = 0, color_type = 0;
  png_get_IHDR(png, info, &width, &height, &depth, &color_type, nullptr, nullptr, nullptr);
  try {
    check_size(width, height, 4);
  } catch (const DecodeError& e) {
    std::snprintf(src.message, sizeof src.message, "%s", e.what());
    return false;
  }
  // Deflate packs at most 1032 bytes into one: a short file claiming a
  // large picture is refused before its pixels are allocated.
  const std::size_t packed_row = png_get_rowbytes(png, info) + 1;
  if (packed_row * height / 1032 > src.size) {
    std::snprintf(src.message, sizeof src.message, "PNG data too short for %u x %u pixels", width, height);
    return false;
  }
  png_set_scale_16(png);
  png_set_palette_to_rgb(png);
  png_set_expand_gray_1_2_4_to_8(png);
  if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(png);
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  const int channels = png_get_channels(png, info);
  const std::size_t row = png_get_rowbytes(png, info);
  if (png_get_bit_depth(png, info) != 8 || channels < 1 || channels > 4 ||
      row != static_cast<std::size_t>(width) * static_cast<std::size_t>(channels)) {
    std::snprintf(src.message, sizeof src.message, "unexpected PNG layout after expansion");
    return false;
  }
  img.width = static_cast<int>(width);
  img.height = static_cast<int>(height);
  img.channels = channels >= 3 ? 3 : 1;
  img.color.resize(row * height);
  rows.resize(height);
  for (png_uint_32 y = 0; y < height; ++y) rows[y] = img.color.data() + row * y;
  png_read_image(png, rows.data());
  png_read_end(png, nullptr);
  return true;
}

}  // namespace

Image decode_png(std::string_view bytes) {
  Source src{reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), 0, "out of memory"};
  ReadStruct rs(src);
  if (!rs.info()) throw DecodeError("out of memory");
  Image img;
  std::vector<png_bytep> rows;
  if (!read(rs, src, img, rows)) throw DecodeError(src.message);
  const bool has_alpha = img.color.size() > static_cast<std::size_t>(img.width) * img.height * img.channels;
  if (has_alpha) split_alpha(img);
  return img;
}

}  // namespace mdexport::image
