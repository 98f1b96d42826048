/* goescape: the report, in gc's "FILE:LINE:COL: MESSAGE" format.  */

#include <stdarg.h>

#include "goescape/engine/report.h"

void
ge_report_init (struct ge_report *r, FILE *out, int verbosity)
{
  r->out = out;
  r->verbosity = verbosity;
  r->nlines = 0;
}

void
ge_report_at (struct ge_report *r, ge_pos pos, const char *fmt, ...)
{
  va_list ap;
  if (r->out == NULL)
    return;
  fprintf (r->out, "%s:%d:%d: ", pos.file ? pos.file : "???", pos.line,
           pos.col);
  va_start (ap, fmt);
  vfprintf (r->out, fmt, ap);
  va_end (ap);
  fputc ('\n', r->out);
  r->nlines++;
}
