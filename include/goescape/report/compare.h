/* goescape: gc's verdict beside the compiler's own decision, for every
   allocation site (compare=yes).

   The engine hands over each site once gc's verdict is final
   (ge_report_set_site_fn); the reader has recorded on it what the code
   gccgo generates does with the storage (ge_loc_seen); gccgo's
   frontend may have printed its own escape note for it
   (-fgo-debug-escape1).  ge_compare_finish prints one line per site,
   in source order,

     a.go:12:7: &T{...}: gc-stack/gccgo-heap: gc stack, gccgo heap
       (runtime.newobject at a.go:12:7, 16 bytes); gccgo's note:
       "&({3,4}) escapes to heap"

   (on one line), then a summary per function, per file and for the
   unit:

     compare: func f (a.go:8:6): sites 4, agree-heap 1 (8 bytes),
       agree-stack 2 (24 bytes), gc-stack/gccgo-heap 1 (16 bytes),
       gc-heap/gccgo-stack 0 (0 bytes), gc-heap/gccgo-none 0 (0 bytes),
       unknown 0; notes 3, agreeing 3

   Bytes add up the sizes that are known.  A site where gccgo allocates
   nothing (a constant's static data, a view of a slice's bytes) is
   agree-stack when gc keeps it on the stack, else gc-heap/gccgo-none
   (gc too lays a constant out statically once it has said "escapes").
   gccgo's notes are matched to sites by position and by the shape of
   what they name, and compared with the decision wherever gccgo
   allocates on the heap or the stack.  */

#ifndef GOESCAPE_REPORT_COMPARE_H
#define GOESCAPE_REPORT_COMPARE_H

#include <stdio.h>

#include "goescape/engine/engine.h"
#include "goescape/engine/report.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ge_compare ge_compare;

/* The four categories, and sites the reader saw nothing of.  */
enum ge_compare_category
{
  GE_CMP_AGREE_HEAP,
  GE_CMP_AGREE_STACK,
  GE_CMP_GC_STACK_GCCGO_HEAP,
  GE_CMP_GC_HEAP_GCCGO_STACK,
  GE_CMP_GC_HEAP_GCCGO_NONE,  /* gccgo allocates nothing: static data */
  GE_CMP_UNKNOWN,
  GE_CMP_NCATEGORIES
};

ge_compare *ge_compare_new (void);
void ge_compare_free (ge_compare *c);

/* A note gccgo's frontend printed at POS (FILE must outlive C): the
   text after "note: ", e.g. "moved to heap: x", "f &(y) does not
   escape".  Notes that are no escape verdict are ignored.  */
void ge_compare_frontend_note (ge_compare *c, ge_pos pos, const char *text);

/* The report's site callback (ge_report_set_site_fn), CTX a
   ge_compare: records the site.  The location must stay valid until
   ge_compare_finish.  */
void ge_compare_site (void *ctx, const ge_loc *l);

/* The category of L.  */
enum ge_compare_category ge_compare_category_of (const ge_loc *l);

/* Print the sites and summaries to OUT, positions as R prints them.  */
void ge_compare_finish (ge_compare *c, FILE *out, const struct ge_report *r);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_REPORT_COMPARE_H */
