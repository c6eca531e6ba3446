#include "CEspeakNG.h"
#include <dlfcn.h>
#include <stdio.h>

static void *handle = 0;

int cliff_espeak_load(char *error, unsigned long errorSize) {
    if (handle) return 0;
    handle = dlopen("libespeak-ng.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(error, errorSize, "%s", dlerror());
        return -1;
    }
    return 0;
}
