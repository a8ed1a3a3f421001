#include "image_samples.hpp"

#include <png.h>
#include <cstdio>
#include <jpeglib.h>
#include <webp/encode.h>
#include <zlib.h>

#include <cstring>
#include <stdexcept>

namespace test {
namespace {

void append(png_structp png, png_bytep data, png_size_t size) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), size);
}

int channels_of(int color_type) {
  switch (color_type) {
    case 0: case 3: return 1;
    case 4: return 2;
    case 2: return 3;
    default: return 4;
  }
}

}  // namespace

std::string png_image(const PngSpec& spec) {
  const int channels = channels_of(spec.color_type);
  const std::size_t bytes_per_sample = spec.bit_depth == 16 ? 2 : 1;
  const std::size_t row = static_cast<std::size_t>(spec.width) * channels * bytes_per_sample;
  std::vector<unsigned char> samples = spec.samples;
  if (samples.empty()) {
    samples.resize(row * spec.height);
    const int max = spec.color_type == 3 ? static_cast<int>(spec.palette.size() / 3) - 1 : (1 << std::min(spec.bit_depth, 8)) - 1;
    for (std::size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<unsigned char>((i * 37 + i / row * 11) % (max + 1));
  }
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  if (setjmp(png_jmpbuf(png))) throw std::runtime_error("png_image: libpng failed");
  png_set_write_fn(png, &out, append, nullptr);
  png_set_IHDR(png, info, spec.width, spec.height, spec.bit_depth, spec.color_type,
               spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  std::vector<png_color> palette;
  for (std::size_t i = 0; i + 2 < spec.palette.size(); i += 3)
    palette.push_back({spec.palette[i], spec.palette[i + 1], spec.palette[i + 2]});
  if (!palette.empty()) png_set_PLTE(png, info, palette.data(), static_cast<int>(palette.size()));
  if (!spec.trns.empty()) {
    if (spec.color_type == 3) {
      png_set_tRNS(png, info, spec.trns.data(), static_cast<int>(spec.trns.size()), nullptr);
    } else {
      png_color_16 colour{};
      auto be = [&](std::size_t i) { return static_cast<png_uint_16>(spec.trns[i] << 8 | spec.trns[i + 1]); };
      if (spec.color_type == 0) colour.gray = be(0);
      else colour.red = be(0), colour.green = be(2), colour.blue = be(4);
      png_set_tRNS(png, info, nullptr, 0, &colour);
    }
  }
  png_write_info(png, info);
  if (spec.bit_depth < 8) png_set_packing(png);
  std::vector<png_bytep> rows(static_cast<std::size_t>(spec.height));
  for (int y = 0; y < spec.height; ++y) rows[static_cast<std::size_t>(y)] = samples.data() + row * y;
  png_write_image(png, rows.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

std::string png_image(int w, int h) {
  PngSpec spec;
  spec.width = w;
  spec.height = h;
  return png_image(spec);
}

std::string jpeg_image(int w, int h, int components, bool progressive) {
  jpeg_compress_struct cinfo{};
  jpeg_error_mgr err{};
  cinfo.err = jpeg_std_error(&err);
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = static_cast<JDIMENSION>(w);
  cinfo.image_height = static_cast<JDIMENSION>(h);
  cinfo.input_components = components;
  cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, 90, TRUE);
  if (progressive) jpeg_simple_progression(&cinfo);
  if (components == 4) cinfo.write_Adobe_marker = TRUE;
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<unsigned char> row(static_cast<std::size_t>(w) * components);
  while (cinfo.next_scanline < cinfo.image_height) {
    for (std::size_t i = 0; i < row.size(); ++i) row[i] = static_cast<unsigned char>((i * 5 + cinfo.next_scanline * 3) & 0xFF);
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::string out(reinterpret_cast<const char*>(buffer), size);
  std::free(buffer);
  return out;
}

std::string webp_image(int w, int h, bool with_alpha) {
  std::vector<unsigned char> rgba(static_cast<std::size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      unsigned char* p = &rgba[(static_cast<std::size_t>(y) * w + x) * 4];
      p[0] = static_cast<unsigned char>(x * 16);
      p[1] = static_cast<unsigned char>(y * 16);
      p[2] = 0x80;
      p[3] = with_alpha && x < w / 2 ? 0x40 : 0xFF;
    }
  uint8_t* encoded = nullptr;
  const std::size_t size = WebPEncodeLosslessRGBA(rgba.data(), w, h, w * 4, &encoded);
  std::string out(reinterpret_cast<const char*>(encoded), size);
  WebPFree(encoded);
  return out;
}

std::string webp_of_nothing(int w, int h) {
  const unsigned long bits = static_cast<unsigned long>(w - 1) | static_cast<unsigned long>(h - 1) << 14 | 1ul << 28;
  std::string out("RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0\x2f", 21);
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((bits >> shift) & 0xFF);
  return out + std::string("\x07\x10\x11\x11\x88\x88\xfe\x07\0", 9);
}

namespace {

// Offset of the chunk at index (its length field).
std::size_t chunk_at(const std::string& png, int chunk) {
  std::size_t at = 8;
  for (int i = 0; i < chunk; ++i) {
    const auto len = static_cast<std::size_t>(static_cast<unsigned char>(png[at]) << 24 | static_cast<unsigned char>(png[at + 1]) << 16 |
                                              static_cast<unsigned char>(png[at + 2]) << 8 | static_cast<unsigned char>(png[at + 3]));
    at += 12 + len;
  }
  return at;
}

}  // namespace

std::string with_fixed_crc(std::string png, int chunk) {
  const std::size_t at = chunk_at(png, chunk);
  const auto len = static_cast<std::size_t>(static_cast<unsigned char>(png[at]) << 24 | static_cast<unsigned char>(png[at + 1]) << 16 |
                                            static_cast<unsigned char>(png[at + 2]) << 8 | static_cast<unsigned char>(png[at + 3]));
  const auto crc = crc32(0, reinterpret_cast<const Bytef*>(png.data() + at + 4), static_cast<uInt>(len + 4));
  for (int k = 0; k < 4; ++k) png[at + 8 + len + static_cast<std::size_t>(k)] = static_cast<char>((crc >> (24 - 8 * k)) & 0xFF);
  return png;
}

std::string with_bad_crc(std::string png, int chunk) {
  const std::size_t at = chunk_at(png, chunk);
  const auto len = static_cast<std::size_t>(static_cast<unsigned char>(png[at]) << 24 | static_cast<unsigned char>(png[at + 1]) << 16 |
                                            static_cast<unsigned char>(png[at + 2]) << 8 | static_cast<unsigned char>(png[at + 3]));
  png[at + 8 + len] = static_cast<char>(png[at + 8 + len] ^ 0xFF);
  return png;
}

std::size_t idat_offset(const std::string& png) { return png.find("IDAT") + 4; }

}  // namespace test
