#include "image/jpeg_decode.hpp"

#include <cstdio>
// jpeglib.h needs size_t and FILE declared before it.
#include <jpeglib.h>
#include <jerror.h>

#include <csetjmp>

namespace mdexport::image {
namespace {

// A progressive JPEG may hold thousands of tiny scans, each a pass over
// the whole picture; real ones have about ten.
constexpr int kMaxScans = 1000;

// Shared with libjpeg's callbacks; trivially destructible, since errors
// leave libjpeg by longjmp.
struct ErrorState {
  jpeg_error_mgr mgr;
  jpeg_progress_mgr progress;
  std::jmp_buf jump;
  bool warned;
  char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void on_error(j_common_ptr cinfo) {
  auto* state = reinterpret_cast<ErrorState*>(cinfo->err);
  cinfo->err->format_message(cinfo, state->message);
  std::longjmp(state->jump, 1);
}

// A warning means libjpeg patched the picture up; the data ending early
// (it would fill the rest with gray) is an error.
void on_message(j_common_ptr cinfo, int level) {
  if (level >= 0) return;
  if (cinfo->err->msg_code == JWRN_JPEG_EOF) on_error(cinfo);
  reinterpret_cast<ErrorState*>(cinfo->err)->warned = true;
}

void on_progress(j_common_ptr cinfo) {
  auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (d->input_scan_number > kMaxScans) {
    auto* state = reinterpret_cast<ErrorState*>(cinfo->err);
    std::snprintf(state->message, sizeof state->message, "JPEG has more than %d scans", kMaxScans);
    std::longjmp(state->jump, 1);
  }
}

enum class Mode { Check, Pixels };

// Decodes bytes: in Check mode row by row into one row's buffer, in Pixels
// mode as RGB (or gray) into img. False with state.message on an error.
// Holds no C++ object: libjpeg's errors longjmp back here.
bool run(jpeg_decompress_struct& cinfo, ErrorState& state, std::string_view bytes, Mode mode, Image& img,
         std::vector<unsigned char>& row) {
  if (setjmp(state.jump)) return false;
  jpeg_create_decompress(&cinfo);
  cinfo.mem->max_memory_to_use = static_cast<long>(kMaxBytes);
  state.progress.progress_monitor = on_progress;
  cinfo.progress = &state.progress;
  jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&cinfo, TRUE);
  try {
    check_size(cinfo.image_width, cinfo.image_height, 4);
  } catch (const DecodeError& e) {
    std::snprintf(state.message, sizeof state.message, "%s", e.what());
    return false;
  }
  const int components = cinfo.num_components;
  const bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  const bool check = mode == Mode::Check && !cmyk && (components == 1 || components == 3);
  if (check) {
    // Only whether it decodes matters: no colour conversion, quick IDCT.
    cinfo.out_color_space = cinfo.jpeg_color_space;
    cinfo.dct_method = JDCT_IFAST;
    cinfo.do_fancy_upsampling = FALSE;
  } else if (cmyk) {
    cinfo.out_color_space = JCS_CMYK;
  } else if (components != 1) {
    cinfo.out_color_space = JCS_RGB;
  }
  jpeg_start_decompress(&cinfo);
  const std::size_t width = cinfo.output_width;
  const std::size_t stride = width * static_cast<std::size_t>(cinfo.output_components);
  img.width = static_cast<int>(cinfo.output_width);
  img.height = static_cast<int>(cinfo.output_height);
  img.channels = cinfo.output_components == 1 ? 1 : 3;
  row.resize(stride);
  if (!check) img.color.resize(width * static_cast<std::size_t>(img.channels) * cinfo.output_height);
  while (cinfo.output_scanline < cinfo.output_height) {
    const std::size_t y = cinfo.output_scanline;
    JSAMPROW rows[1] = {row.data()};
    jpeg_read_scanlines(&cinfo, rows, 1);
    if (check) continue;
    unsigned char* out = img.color.data() + y * width * static_cast<std::size_t>(img.channels);
    if (!cmyk) {
      std::copy(row.begin(), row.end(), out);
      continue;
    }
    // Adobe's CMYK JPEGs store inverted values: 255 is no ink.
    const bool inverted = cinfo.saw_Adobe_marker;
    for (std::size_t x = 0; x < width; ++x) {
      const unsigned char* p = &row[x * 4];
      const unsigned k = inverted ? p[3] : 255u - p[3];
      for (int i = 0; i < 3; ++i) {
        const unsigned c = inverted ? p[i] : 255u - p[i];
        out[x * 3 + static_cast<std::size_t>(i)] = static_cast<unsigned char>(c * k / 255);
      }
    }
  }
  jpeg_finish_decompress(&cinfo);
  return true;
}

// One decompression with its own libjpeg state (created in run, after the
// setjmp, as creating it may fail too).
bool decode(std::string_view bytes, Mode mode, Image& img, ErrorState& state) {
  jpeg_decompress_struct cinfo{};
  cinfo.err = jpeg_std_error(&state.mgr);
  state.mgr.error_exit = on_error;
  state.mgr.emit_message = on_message;
  state.warned = false;
  state.message[0] = '\0';
  std::vector<unsigned char> row;
  const bool ok = run(cinfo, state, bytes, mode, img, row);
  jpeg_destroy_decompress(&cinfo);
  return ok;
}

}  // namespace

Image decode_jpeg(std::string_view bytes, bool keep_jpeg) {
  ErrorState state{};
  Image img;
  if (!decode(bytes, keep_jpeg ? Mode::Check : Mode::Pixels, img, state)) throw DecodeError(state.message);
  if (img.color.empty() && !state.warned) {
    img.jpeg = bytes;
    return img;
  }
  if (img.color.empty()) {
    // libjpeg patched the picture up: embed what it made of it, not bytes
    // another reader would make something else of.
    img = Image{};
    if (!decode(bytes, Mode::Pixels, img, state)) throw DecodeError(state.message);
  }
  return img;
}

}  // namespace mdexport::image
