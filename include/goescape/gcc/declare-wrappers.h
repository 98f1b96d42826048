/* goescape: declaring gc's method wrappers to the engine.  */

#ifndef GOESCAPE_GCC_DECLARE_WRAPPERS_H
#define GOESCAPE_GCC_DECLARE_WRAPPERS_H

#include "goescape/engine/engine.h"
#include "goescape/source/source.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Declare to U, after every function of the unit (package PKGPATH, read
   through SU), the method wrappers gc 1.19 compiles for the package's
   named types, in the order gc compiles them: each type's, sorted by
   name, then its pointer type's (reflectdata.WriteRuntimeTypes), a
   method set's sorted exported first (methods, imethods,
   methodWrapper).  Only wrappers whose target is the package's own are
   declared.  Returns how many.  */
int ge_declare_wrappers (ge_unit *u, ge_src_unit *su, const char *pkgpath);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_GCC_DECLARE_WRAPPERS_H */
