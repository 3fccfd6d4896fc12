// The image codecs Tack reads pin pictures with (and the sandbox writes its generated ones with):
// libjpeg-turbo, libpng and libwebp.
#include <turbojpeg.h>
#include <png.h>
#include <webp/decode.h>
#include <webp/encode.h>
