/* goescape: the report, gc's -m output.

   Lines are written as soon as they are emitted, as gc's WarnfAt flushes
   each warning at once under -m: the order of the report is the order of
   gc's decisions (callees before callers), not source order.  */

#ifndef GOESCAPE_REPORT_H
#define GOESCAPE_REPORT_H

#include <stdio.h>

#include "goescape/engine/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

struct ge_report
{
  FILE *out;          /* where lines go */
  int verbosity;      /* gc's -m=N: 0 silent, 1 verdicts, 2 flows */
  unsigned nlines;    /* lines written */
};

void ge_report_init (struct ge_report *r, FILE *out, int verbosity);
/* One line "FILE:LINE:COL: MESSAGE".  */
void ge_report_at (struct ge_report *r, ge_pos pos, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_REPORT_H */
