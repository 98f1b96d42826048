/* goescape: the unit's leak summaries, written for importers as gc
   writes parameter tags into export data (summaries.h gives the
   format).  */

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "goescape/engine/summary.h"

static int
cmp_name (const void *a, const void *b)
{
  return strcmp ((*(ge_func *const *) a)->name, (*(ge_func *const *) b)->name);
}

void
ge_unit_write_summaries (ge_unit *u, FILE *out)
{
  ge_func **v = XNEWVEC (ge_func *, u->nfuncs + 1);
  uint32_t n = 0;
  for (uint32_t i = 0; i < u->nfuncs; i++)
    {
      ge_func *f = u->funcs[i];
      /* Closures, wrappers, init functions and the package
         initializer are not called from other packages.  */
      if (f->reported && !f->outer && f->param_tags && !f->unexported
          && f->nparams <= GE_SUMMARY_MAX_PARAMS)
        v[n++] = f;
    }
  qsort (v, n, sizeof *v, cmp_name);
  if (n == 0)
    {
      free (v);
      return;  /* nothing for importers: no text at all */
    }
  char *body = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&body, &len);
  ge_summary s;
  for (uint32_t i = 0; mem && i < n; i++)
    {
      ge_func *f = v[i];
      memset (&s, 0, sizeof s);
      s.kind = f->summary_kind;
      s.nresults = f->nresults;
      s.nparams = f->nparams;
      for (uint32_t p = 0; p < f->nparams; p++)
        if (f->param_has_ptrs[p])
          s.tags[p] = f->param_tags[p];
      ge_summary_write (mem, f->name, &s);
    }
  if (mem)
    {
      fclose (mem);
      char header[128];
      ge_summary_header (body, len, header, sizeof header);
      fputs (header, out);
      fwrite (body, 1, len, out);
    }
  free (body);
  free (v);
}
