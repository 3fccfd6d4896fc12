// chafa converts pixels to terminal output: symbol cells, sixel, kitty and iTerm2 images.
#include <chafa.h>
