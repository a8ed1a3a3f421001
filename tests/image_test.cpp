#include "image/image.hpp"

#include <catch2/catch.hpp>

using mdexport::image::check_size;
using mdexport::image::DecodeError;
using mdexport::image::Image;

TEST_CASE("check_size refuses pictures past 100 megapixels or 512 MB from their size alone", "[image]") {
  CHECK_NOTHROW(check_size(10'000, 10'000, 4));
  CHECK_THROWS_WITH(check_size(10'001, 10'000, 4),
                    "image too large (10001 x 10000 pixels; the limit is 100 megapixels)");
  CHECK_THROWS_WITH(check_size(4'294'967'295LL, 4'294'967'295LL, 4),
                    Catch::Matchers::StartsWith("image too large (4294967295 x 4294967295 pixels"));
  CHECK_THROWS_WITH(check_size(0, 10, 3), "image has no pixels");
  CHECK_THROWS_AS(check_size(10'000, 10'000, 8), DecodeError);  // 800 MB
}

TEST_CASE("split_alpha moves alpha apart and drops it when every pixel is opaque", "[image]") {
  Image img;
  img.width = 2;
  img.height = 1;
  img.channels = 3;
  img.color = {1, 2, 3, 255, 4, 5, 6, 128};
  mdexport::image::split_alpha(img);
  CHECK(img.color == std::vector<unsigned char>{1, 2, 3, 4, 5, 6});
  CHECK(img.alpha == std::vector<unsigned char>{255, 128});

  img.channels = 1;
  img.color = {7, 255, 8, 255};
  mdexport::image::split_alpha(img);
  CHECK(img.color == std::vector<unsigned char>{7, 8});
  CHECK(img.alpha.empty());
}
