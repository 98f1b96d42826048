/* goescape: the source layer's per-unit context.  */

#include <stdlib.h>

#include <libiberty/libiberty.h>

#include "unit.h"

ge_src_unit *
ge_src_unit_new (const char *const *files, int n)
{
  ge_src_unit *su = XCNEW (ge_src_unit);
  su->package_files = files;
  su->npackage_files = n;
  return su;
}

void
ge_src_unit_free (ge_src_unit *su)
{
  if (!su)
    return;
  ge_decls_free (su);
  ge_src_statics_free (su);
  ge_method_calls_free (su);
  ge_src_lines_free (su);
  ge_lex_files_free (su);
  free (su);
}
