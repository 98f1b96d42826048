/* goescape: a function's leak summary and its text form.

   gc writes each function's parameter tags into its package's export
   data and reads them back when another package calls it.  goescape
   keeps them as summary text, one line per function:

     KEY KIND NRESULTS TAG...

   KEY is gccgo's name of the function ("strings.Index",
   "bytes.Buffer.Write"); KIND is 'f' for a function, 'p' for a method on
   a pointer receiver, 'v' for a value receiver gccgo passes as itself
   (a pointer-shaped type) and 'V' for one it passes by address, or '?'
   for a function with no summary (generic code); NRESULTS counts the
   results; then one TAG per parameter, receiver first: "-" for no
   leak, else comma-separated "hN" (to the heap after N dereferences)
   and "I:N" (to result I after N dereferences).

   The engine writes these lines for the unit's functions and declares
   another package's functions from them; where the lines come from
   (files, object sections, gccgo's notes) is the imports layer's.  */

#ifndef GOESCAPE_ENGINE_SUMMARY_H
#define GOESCAPE_ENGINE_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "goescape/engine/leaks.h"

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

/* Write one summary line.  A file's lines must be in strcmp order of
   their keys.  */
void ge_summary_write (FILE *out, const char *key, const ge_summary *s);

/* A summary text starts with a header that says what follows it, so
   that a damaged or truncated text is told from a short one:

     # goescape summaries 3 LINES HASH

   LINES counts the lines after the header, HASH is a 32-bit hash of
   all the bytes after it (summary.c's summary_hash), in 8 hex digits.
   Version 3: that hash, FNV-1a word by word; 2 had FNV-1a byte by
   byte.  */
#define GE_SUMMARY_VERSION 3

/* The header of a text whose BODY (what follows the header) is LEN
   bytes, with its newline, into BUF.  */
void ge_summary_header (const char *body, size_t len, char *buf,
                        size_t size);

/* Check the header of TEXT (LEN bytes): the offset of its body into
   *BODY, or false with the reason in ERR ("not a summary text", "from
   another version", "damaged: ...").  */
bool ge_summary_check (const char *text, size_t len, size_t *body,
                       char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_ENGINE_SUMMARY_H */
