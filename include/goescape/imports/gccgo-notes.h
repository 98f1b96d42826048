/* goescape: gccgo's escape notes, read from its export data, as summary
   text (imports=gccgo).  */

#ifndef GOESCAPE_GCCGO_NOTES_H
#define GOESCAPE_GCCGO_NOTES_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The summary lines (summaries.h, sorted) for the functions and methods
   of the package whose gccgo export data ("v3") is TEXT, LEN bytes
   followed by a NUL: an xmalloc'd buffer of *OUT_LEN bytes.  */
char *ge_gccgo_notes_summaries (const char *text, size_t len,
                                size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
