/* goescape: declaring a file's functions without a body to the engine.  */

#ifndef GOESCAPE_GCC_DECLARE_BODILESS_H
#define GOESCAPE_GCC_DECLARE_BODILESS_H

#include "goescape/engine/engine.h"
#include "goescape/source/source.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Declare to U the functions FILE (read through SU) declares without a
   body, named as gccgo names them in package PKGPATH (or by their
   //go:linkname).  */
void ge_declare_bodiless (ge_unit *u, ge_src_unit *su, const char *file,
                          const char *pkgpath);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_GCC_DECLARE_BODILESS_H */
