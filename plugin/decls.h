/* goescape: what a Go package declares, read from its source files
   (constants, types, imported package names).  Internal.  */

#ifndef GOESCAPE_DECLS_H
#define GOESCAPE_DECLS_H

#include <stdbool.h>

/* Whether NAME is a constant (or a predeclared one), a type (or a
   predeclared one) in the package of FILE; whether FILE imports a
   package under NAME.  */
bool ge_decls_is_const (const char *file, const char *name);
bool ge_decls_is_type (const char *file, const char *name);
bool ge_decls_is_import (const char *file, const char *name);

/* Forget what was read (end of a compilation unit).  */
void ge_decls_reset (void);

#endif
