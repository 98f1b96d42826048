/* goescape: what a Go package declares, read from its source files
   (constants, types, imported package names).  Internal.  */

#ifndef GOESCAPE_DECLS_H
#define GOESCAPE_DECLS_H

#include <stdbool.h>
#include <stddef.h>

#include "goescape/source/source.h"

/* Whether NAME, used at byte offset OFF of FILE, is a constant (or a
   predeclared one), a type (or a predeclared one): declared at package
   level in FILE's package, or in a block of FILE enclosing OFF before
   it; whether FILE imports a package under NAME.  */
bool ge_decls_is_const (ge_src_unit *su, const char *file, size_t off,
                        const char *name);
bool ge_decls_is_type (ge_src_unit *su, const char *file, size_t off,
                       const char *name);
bool ge_decls_is_import (ge_src_unit *su, const char *file, const char *name);

/* Where the package-level type NAME of FILE's package is specified: the
   file and the offset just after its name (after "=" for an alias).
   False if it declares none.  */
struct src_file;
bool ge_decls_type_spec (ge_src_unit *su, const char *file, const char *name,
                         struct src_file **f, size_t *off);

/* The package name FILE's package clause gives, into BUF.  */
bool ge_decls_package_name (ge_src_unit *su, const char *file, char *buf,
                            size_t size);

/* Forget what was read (end of a compilation unit).  */
void ge_decls_reset (void);

#endif
