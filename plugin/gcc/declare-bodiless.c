/* goescape: functions declared without a body, declared to the engine
   from what the source layer read of them (gc tags their parameters
   without analysis: escape.go's paramTag).  */

#include <stdint.h>

#include "goescape/engine/engine.h"
#include "goescape/source/bodiless.h"
#include "goescape/source/source.h"
#include "goescape/gcc/declare-bodiless.h"

void
ge_declare_bodiless (ge_unit *u, ge_src_unit *su, const char *file,
                     const char *pkgpath)
{
  int n;
  struct ge_src_bodiless *v = ge_src_bodiless_funcs (su, file, &n);
  for (int i = 0; i < n; i++)
    {
      struct ge_src_bodiless *d = &v[i];
      const char *name = d->linkname
                         ? ge_strdup (u, d->linkname)
                         : ge_printf (u, "%s.%s", pkgpath, d->name);
      ge_pos pos = { file, d->line, d->col };
      if (ge_func_lookup (u, name))
        continue;
      ge_func *f = ge_func_new (u, name, d->name, pos);
      ge_func_set_bodiless (f, d->noescape);
      for (int j = 0; j < d->nparams; j++)
        {
          struct ge_src_bodiless_param *p = &d->params[j];
          ge_pos ppos = { file, p->line, p->col };
          ge_func_add_param (f, p->name, ppos,
                             p->cls == GE_SRC_TYPE_POINTERS);
          if (p->cls == GE_SRC_TYPE_UINTPTR)
            ge_func_param_uintptr (f, (uint32_t) j);
        }
      for (int j = 0; j < d->nresults; j++)
        ge_func_add_result (f, NULL, pos);
    }
  ge_src_bodiless_free (v, n);
}
