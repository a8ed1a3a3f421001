#pragma once
#include <hpdf.h>

#include "formats/pdf/hpdf_doc.hpp"
#include "image/image.hpp"

namespace mdexport::pdf {

// Adds a decoded picture to the document as an image XObject: JPEG bytes
// as they are (DCTDecode), pixels raw (deflated with the rest), their alpha
// as a soft mask. nullptr when libharu fails (its error left in doc).
HPDF_Image embed_image(HpdfDoc& doc, const image::Image& img);

}  // namespace mdexport::pdf
