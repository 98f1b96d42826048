/* goescape: summaries of the packages a unit imports.

   A callee in another package is looked up first in the standard
   library's database, then in the summaries of the package that defines
   it, found as gccgo finds the package itself: on the -I, then -L
   directories, as PATH.gox, libNAME.so, libNAME.a, PATH.o or PATH.  The
   summaries are the .go_escape section the plugin adds to each object it
   compiles (in an archive, any member's), or else a sidecar file
   STEM.esc beside the package file, symbolic links resolved (for the go
   command's build directories, also _go_.esc there).  */

#ifndef GOESCAPE_IMPORTS_H
#define GOESCAPE_IMPORTS_H

#include "goescape/imports/summaries.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The section the plugin writes a package's summaries to.  */
#define GE_SUMMARY_SECTION ".go_escape"

typedef struct ge_imports ge_imports;

enum ge_import_result
{
  GE_IMPORT_FOUND,       /* the callee's summary */
  GE_IMPORT_UNKNOWN,     /* its package has summaries, not for it */
  GE_IMPORT_NO_SUMMARIES, /* its package has none, or was not found */
  GE_IMPORT_DAMAGED      /* its package's summaries are damaged: unknown
                            code, as with none (ge_imports_damage says why) */
};

ge_imports *ge_imports_new (void);
void ge_imports_free (ge_imports *im);

/* The standard library's database; IM takes ownership.  */
void ge_imports_set_stdlib (ge_imports *im, ge_summary_file *std);
/* Read gccgo's escape notes from packages' export data instead of
   summaries (imports=gccgo); no stdlib database is used.  */
void ge_imports_use_gccgo_notes (ge_imports *im);
/* Add a search directory, after those added before.  */
void ge_imports_add_dir (ge_imports *im, const char *dir);

/* The summary of the function gccgo calls KEY ("m/a.T.M").  On
   GE_IMPORT_NO_SUMMARIES and GE_IMPORT_DAMAGED, *PKG is the package path
   tried and *FIRST is true the first time that package is reported
   so.  */
enum ge_import_result ge_imports_lookup (ge_imports *im, const char *key,
                                         ge_summary *out, const char **pkg,
                                         bool *first);

/* The name of the package at import path PATH, from its export data
   ("markdown" for "example.com/markdown/v2", "conf" for
   "gopkg.in/conf.v1"); NULL if it was not found, or for the standard
   library, whose packages are named by their path's last element.  */
const char *ge_imports_package_name (ge_imports *im, const char *path);

/* Why the summaries of package PKG were not taken (a message naming the
   file), or NULL if they were not damaged.  */
const char *ge_imports_damage (ge_imports *im, const char *pkg);

/* The summary text of the .go_escape section of the ELF object or the
   archive at PATH: an xmalloc'd buffer and its length, or NULL.  */
char *ge_read_summary_section (const char *path, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_IMPORTS_H */
