#include "formats/pdf/pdf_image.hpp"

#include <string_view>

#include "image/jpeg_decode.hpp"

namespace mdexport::pdf {
namespace {

HPDF_Image raw(HpdfDoc& doc, const unsigned char* pixels, int width, int height, int channels) {
  return HPDF_LoadRawImageFromMem(doc.get(), pixels, static_cast<HPDF_UINT>(width), static_cast<HPDF_UINT>(height),
                                  channels == 1 ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB, 8);
}

HPDF_Image pixels(HpdfDoc& doc, const image::Image& img) {
  HPDF_Image color = raw(doc, img.color.data(), img.width, img.height, img.channels);
  if (!color || img.alpha.empty()) return color;
  HPDF_Image mask = raw(doc, img.alpha.data(), img.width, img.height, 1);
  if (!mask || HPDF_Image_AddSMask(color, mask) != HPDF_OK) return nullptr;
  return color;
}

}  // namespace

HPDF_Image embed_image(HpdfDoc& doc, const image::Image& img) {
  if (img.jpeg.empty()) return pixels(doc, img);
  HPDF_Image jpeg = HPDF_LoadJpegImageFromMem(doc.get(), reinterpret_cast<const HPDF_BYTE*>(img.jpeg.data()),
                                              static_cast<HPDF_UINT>(img.jpeg.size()));
  if (jpeg && !doc.failed()) return jpeg;
  // libharu reads a JPEG's markers itself and may refuse some libjpeg
  // decodes (a rare SOF type): then its pixels.
  doc.reset();
  try {
    return pixels(doc, image::decode_jpeg(img.jpeg, false));
  } catch (const image::DecodeError&) {
    return nullptr;
  }
}

}  // namespace mdexport::pdf
