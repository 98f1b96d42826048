/* goescape: the source layer's per-unit context (ge_src_unit).
   Internal: each table belongs to the file named beside it, which
   creates it on first use and frees it in its *_free function.  */

#ifndef GOESCAPE_SOURCE_UNIT_H
#define GOESCAPE_SOURCE_UNIT_H

#include <libiberty/hashtab.h>

#include "goescape/source/source.h"

struct ge_src_unit
{
  htab_t files;                      /* lexer.c: path -> struct src_file */
  struct src_file *last_file;        /* lexer.c: the one asked for last */
  htab_t decls_by_dir;               /* decls.c: directory -> decls */
  const char *const *package_files;  /* decls.c: the unit's files */
  int npackage_files;
  htab_t statics_by_path;            /* staticinit.c */
  htab_t method_calls, variadic_calls, implicit_fields; /* methodcalls.c */
  struct ge_src_line_map *lines;     /* linemap.c: //line directives */
  bool lines_read;
};

void ge_lex_files_free (ge_src_unit *su);
void ge_decls_free (ge_src_unit *su);
void ge_src_statics_free (ge_src_unit *su);
void ge_method_calls_free (ge_src_unit *su);
void ge_src_lines_free (ge_src_unit *su);

#endif
