#ifndef CLIFF_CESPEAKNG_H
#define CLIFF_CESPEAKNG_H

// espeak-ng is loaded at run time (dlopen of libespeak-ng.so.1), so a machine without it
// builds and runs cliff, and gets a clear message naming the package to install.

/// Loads libespeak-ng; returns 0 on success, -1 (with a reason in `error`) when missing.
int cliff_espeak_load(char *error, unsigned long errorSize);

#endif
