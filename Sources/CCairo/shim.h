// cairo (2D vector drawing) and pango (text layout, CJK included) for the procedural artist.
#include <cairo.h>
#include <pango/pangocairo.h>
