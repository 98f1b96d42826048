/* goescape: summary files, searched in place.

   A summary file holds the lines of goescape/engine/summary.h sorted by
   key, so that it is searched where it lies, without being parsed
   first.  The same format serves the standard library's database
   (generated from gc 1.19) and the summaries the plugin writes for each
   package it compiles.  Lines starting with "#" head the file.  */

#ifndef GOESCAPE_IMPORTS_SUMMARIES_H
#define GOESCAPE_IMPORTS_SUMMARIES_H

#include <stdbool.h>
#include <stddef.h>

#include "goescape/engine/summary.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A summary text searched in place: a file mapped into memory, or a
   buffer (a section read from an object file).  */
typedef struct ge_summary_file ge_summary_file;

/* Map PATH, a regular file whose header vouches for its text
   (ge_summary_check).  NULL if it cannot be read or is damaged; ERR (if
   not NULL) then holds a message naming PATH.  */
ge_summary_file *ge_summary_file_open (const char *path, char *err,
                                       size_t errlen);
/* Take ownership of BUF (xmalloc'd), LEN bytes of summary text with its
   header; NULL (BUF freed) and the reason in ERR if the header does not
   vouch for it.  */
ge_summary_file *ge_summary_file_from_buffer (char *buf, size_t len,
                                              char *err, size_t errlen);
/* The same for text the plugin made itself (from gccgo's notes), which
   has no header.  */
ge_summary_file *ge_summary_file_from_text (char *buf, size_t len);
void ge_summary_file_close (ge_summary_file *f);

/* Find KEY.  Returns false if the file has no line for it.  A line of
   kind '?' is found, and says the function is unknown.  */
bool ge_summary_file_lookup (const ge_summary_file *f, const char *key,
                             ge_summary *out);

/* Whether some key of F starts with PREFIX ("strings.").  */
bool ge_summary_file_has_prefix (const ge_summary_file *f, const char *prefix);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_IMPORTS_SUMMARIES_H */
