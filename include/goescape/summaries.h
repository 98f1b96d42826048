/* goescape: leak summaries of functions in other packages.

   gc reads a callee's parameter tags from the export data of the
   callee's package.  goescape keeps them as summary text, one line per
   function, sorted by key so that a file is searched in place, without
   being parsed first:

     KEY KIND NRESULTS TAG...

   KEY is gccgo's name of the function ("strings.Index",
   "bytes.Buffer.Write"); KIND is 'f' for a function, 'p' for a method on
   a pointer receiver, 'v' for a value receiver gccgo passes as itself
   (a pointer-shaped type) and 'V' for one it passes by address, or '?'
   for a function with no summary (generic code); NRESULTS counts the
   results; then one TAG per parameter, receiver first: "-" for no
   leak, else comma-separated "hN" (to the heap after N dereferences)
   and "I:N" (to result I after N dereferences).

   The same format serves the standard library's database (generated
   from gc 1.19) and the summaries the plugin writes for each package it
   compiles.  */

#ifndef GOESCAPE_SUMMARIES_H
#define GOESCAPE_SUMMARIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "goescape/leaks.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Functions with more parameters than this have no summary.  */
#define GE_SUMMARY_MAX_PARAMS 64

typedef struct ge_summary
{
  char kind;
  uint32_t nresults;
  uint32_t nparams;
  ge_leaks tags[GE_SUMMARY_MAX_PARAMS];
} ge_summary;

/* Parse one line's fields after the key ("f 1 h0 -").  Returns false on
   malformed text.  */
bool ge_summary_parse (const char *text, size_t len, ge_summary *out);

/* A summary text searched in place: a file mapped into memory, or a
   buffer (a section read from an object file).  */
typedef struct ge_summary_file ge_summary_file;

/* Map PATH.  NULL if it cannot be read; ERR (if not NULL) then holds a
   message.  */
ge_summary_file *ge_summary_file_open (const char *path, char *err,
                                       size_t errlen);
/* Take ownership of BUF (xmalloc'd), LEN bytes of summary text.  */
ge_summary_file *ge_summary_file_from_buffer (char *buf, size_t len);
void ge_summary_file_close (ge_summary_file *f);

/* Find KEY.  Returns false if the file has no line for it.  A line of
   kind '?' is found, and says the function is unknown.  */
bool ge_summary_file_lookup (const ge_summary_file *f, const char *key,
                             ge_summary *out);

/* Whether some key of F starts with PREFIX ("strings.").  */
bool ge_summary_file_has_prefix (const ge_summary_file *f, const char *prefix);

/* Write one summary line.  A file's lines must be in strcmp order of
   their keys.  */
void ge_summary_write (FILE *out, const char *key, const ge_summary *s);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_SUMMARIES_H */
