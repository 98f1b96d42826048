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
/* Whether the package of FILE declares a function NAME (which then
   hides a builtin of that name).  */
bool ge_decls_is_func (ge_src_unit *su, const char *file, const char *name);

/* Where the package-level type NAME of FILE's package is specified: the
   file and the offset just after its name (after "=" for an alias).
   False if it declares none.  */
struct src_file;
bool ge_decls_type_spec (ge_src_unit *su, const char *file, const char *name,
                         struct src_file **f, size_t *off);

/* What the type NAME used at byte offset OFF of FILE is underneath, as
   far as the source says: gc's conversions to it are OCONV or
   OCONVNOP for SIMPLE and OTHER kinds, may be another op for STRING and
   SLICE ([]byte(s), string(r)), and OCONVIFACE for IFACE.  NONE: NAME
   is no type there; UNKNOWN: another package's, or unreadable.  */
enum ge_type_kind
{
  GE_TYPE_NONE,
  GE_TYPE_UNKNOWN,
  GE_TYPE_SIMPLE,   /* gc's types.IsSimple: numbers and bool */
  GE_TYPE_STRING,
  GE_TYPE_SLICE,
  GE_TYPE_IFACE,
  GE_TYPE_OTHER     /* pointers, structs, arrays, maps, channels, funcs */
};
enum ge_type_kind ge_decls_type_kind (ge_src_unit *su, const char *file,
                                      size_t off, const char *name);

/* If NAME is an alias of FILE's package for a type of one name ("type
   A = ID", or of an alias of one), that name into BUF: gc prints types
   by what they are, not by their aliases.  */
bool ge_decls_alias_of (ge_src_unit *su, const char *file, const char *name,
                        char *buf, size_t size);

/* The package name FILE's package clause gives, into BUF.  */
bool ge_decls_package_name (ge_src_unit *su, const char *file, char *buf,
                            size_t size);

/* Forget what was read (end of a compilation unit).  */
void ge_decls_reset (void);

#endif
