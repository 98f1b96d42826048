/* goescape: the report, in gc's "FILE:LINE:COL: MESSAGE" format.  */

#include <stdarg.h>

#include "goescape/cputime.h"
#include "goescape/engine/report.h"

void
ge_report_init (struct ge_report *r, FILE *out, int verbosity)
{
  r->out = out;
  r->verbosity = verbosity;
  r->nlines = 0;
  r->timed = false;
  r->write_ns = 0;
  r->pos_fn = NULL;
  r->pos_ctx = NULL;
  r->site_fn = NULL;
  r->site_ctx = NULL;
  r->path_fn = NULL;
  r->path_ctx = NULL;
  r->unvisited_fn = NULL;
  r->unvisited_ctx = NULL;
}

void
ge_report_set_path_fn (struct ge_report *r, ge_report_path_fn fn, void *ctx)
{
  r->path_fn = fn;
  r->path_ctx = ctx;
}

void
ge_report_set_site_fn (struct ge_report *r, ge_report_site_fn fn, void *ctx)
{
  r->site_fn = fn;
  r->site_ctx = ctx;
}

void
ge_report_set_unvisited_fn (struct ge_report *r, ge_report_unvisited_fn fn,
                            void *ctx)
{
  r->unvisited_fn = fn;
  r->unvisited_ctx = ctx;
}

void
ge_report_set_pos_fn (struct ge_report *r, ge_report_pos_fn fn, void *ctx)
{
  r->pos_fn = fn;
  r->pos_ctx = ctx;
}

void
ge_report_format_pos (const struct ge_report *r, ge_pos pos, char *buf,
                      size_t size)
{
  if (r->pos_fn && pos.file)
    r->pos_fn (r->pos_ctx, pos, buf, size);
  else
    snprintf (buf, size, "%s:%d:%d", pos.file ? pos.file : "???", pos.line,
              pos.col);
}

void
ge_report_at (struct ge_report *r, ge_pos pos, const char *fmt, ...)
{
  va_list ap;
  if (r->out == NULL)
    return;
  uint64_t t0 = r->timed ? ge_cpu_ns () : 0;
  char at[1024];
  ge_report_format_pos (r, pos, at, sizeof at);
  fprintf (r->out, "%s: ", at);
  va_start (ap, fmt);
  vfprintf (r->out, fmt, ap);
  va_end (ap);
  fputc ('\n', r->out);
  r->nlines++;
  if (r->timed)
    r->write_ns += ge_cpu_ns () - t0;
}
