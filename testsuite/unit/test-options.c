/* Unit tests: plugin arguments.  */

#include "goescape/gcc/options.h"
#include "unit.h"

int
main (void)
{
  struct ge_options o = GE_OPTIONS_DEFAULT;
  char err[256];
  CHECK (ge_options_apply (&o, "m", "2", err, sizeof err) == NULL);
  CHECK (o.m == 2);
  CHECK (ge_options_apply (&o, "m", "0", err, sizeof err) == NULL && o.m == 0);
  CHECK (ge_options_apply (&o, "m", "x", err, sizeof err) != NULL);
  CHECK (strstr (err, "'m'") && strstr (err, "0, 1 or 2"));
  CHECK (ge_options_apply (&o, "m", "9", err, sizeof err) != NULL);
  CHECK (ge_options_apply (&o, "m", "3", err, sizeof err) != NULL);
  CHECK (strstr (err, "'m=3' is not supported") && o.m == 0);
  CHECK (ge_options_apply (&o, "m", "4", err, sizeof err) != NULL);
  CHECK (ge_options_apply (&o, "m", NULL, err, sizeof err) != NULL);
  CHECK (ge_options_apply (&o, "output", "r.txt", err, sizeof err) == NULL);
  CHECK_STREQ (o.output, "r.txt");
  CHECK (ge_options_apply (&o, "output", NULL, err, sizeof err) != NULL);
  CHECK (ge_options_apply (&o, "verbose", "1", err, sizeof err) != NULL);
  CHECK (strstr (err, "unknown plugin argument 'verbose'")
         && strstr (err, "m=N") && strstr (err, "output=FILE"));
  CHECK (o.imports == GE_IMPORTS_GC && o.export_summaries == 1);
  CHECK (ge_options_apply (&o, "imports", "none", err, sizeof err) == NULL
         && o.imports == GE_IMPORTS_NONE);
  CHECK (ge_options_apply (&o, "imports", "gccgo", err, sizeof err) == NULL);
  CHECK (o.imports == GE_IMPORTS_GCCGO);
  CHECK (ge_options_apply (&o, "imports", "gcc", err, sizeof err) != NULL);
  CHECK (strstr (err, "'imports'") && strstr (err, "gc, gccgo, none"));
  CHECK (ge_options_apply (&o, "export", "no", err, sizeof err) == NULL
         && o.export_summaries == 0);
  CHECK (ge_options_apply (&o, "export", NULL, err, sizeof err) != NULL);
  CHECK (o.keep_functions == 0);
  CHECK (ge_options_apply (&o, "keep", "yes", err, sizeof err) == NULL
         && o.keep_functions == 1);
  CHECK (ge_options_apply (&o, "keep", "maybe", err, sizeof err) != NULL
         && strstr (err, "'keep'") != NULL);
  CHECK (o.stats == 0);
  CHECK (ge_options_apply (&o, "stats", NULL, err, sizeof err) == NULL
         && o.stats == 1);
  CHECK (ge_options_apply (&o, "stats", "no", err, sizeof err) == NULL
         && o.stats == 0);
  CHECK (ge_options_apply (&o, "stats", "1", err, sizeof err) != NULL
         && strstr (err, "'stats'") != NULL);
  CHECK (ge_options_apply (&o, "statistics", "yes", err, sizeof err) != NULL
         && strstr (err, "stats[=yes|no]") != NULL);
  CHECK (ge_options_apply (&o, "stdlib", "", err, sizeof err) != NULL);
  CHECK (ge_options_apply (&o, "stdlib", "s.esc", err, sizeof err) == NULL);
  CHECK_STREQ (o.stdlib, "s.esc");
  /* compare alone says yes.  */
  CHECK (ge_options_apply (&o, "compare", NULL, err, sizeof err) == NULL);
  CHECK (o.compare == 1);
  CHECK (ge_options_apply (&o, "compare", "no", err, sizeof err) == NULL);
  CHECK (o.compare == 0);
  CHECK (ge_options_apply (&o, "compare", "maybe", err, sizeof err) != NULL);
  CHECK (strstr (err, "compare") != NULL);
  CHECK (ge_options_apply (&o, "paths", NULL, err, sizeof err) == NULL);
  CHECK (o.paths == 1);
  CHECK (ge_options_apply (&o, "paths", "no", err, sizeof err) == NULL);
  CHECK (o.paths == 0);
  CHECK (ge_options_apply (&o, "paths", "2", err, sizeof err) != NULL);
  return UNIT_DONE ();
}
