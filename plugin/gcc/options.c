/* goescape: plugin arguments.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goescape/gcc/options.h"

/* A yes|no argument KEY=VALUE into *FLAG.  */
static const char *
yes_no (const char *key, const char *value, int *flag, char *err,
        size_t size)
{
  if (value && (strcmp (value, "yes") == 0 || strcmp (value, "no") == 0))
    {
      *flag = strcmp (value, "yes") == 0;
      return NULL;
    }
  snprintf (err, size, "bad value '%s' for plugin argument '%s' "
            "(accepted: yes, no)", value ? value : "", key);
  return err;
}

const char *
ge_options_apply (struct ge_options *o, const char *key, const char *value,
                  char *err, size_t size)
{
  if (strcmp (key, "m") == 0)
    {
      char *end;
      long v = value ? strtol (value, &end, 10) : -1;
      if (!value || !*value || *end || v < 0)
        {
          snprintf (err, size, "bad value '%s' for plugin argument 'm' "
                    "(accepted: 0, 1 or 2)", value ? value : "");
          return err;
        }
      /* gc's -m=3 and above trace its walk over its own IR ("f stmt:
         var i int", its declarations and temporaries), which gccgo's
         trees do not have: refused rather than imitated.  */
      if (v > 2)
        {
          snprintf (err, size, "plugin argument 'm=%ld' is not supported: "
                    "gc's -m=3 and -m=4 trace its own IR, which gccgo does "
                    "not have (accepted: 0, 1 or 2)", v);
          return err;
        }
      o->m = (int) v;
      return NULL;
    }
  if (strcmp (key, "output") == 0)
    {
      if (!value || !*value)
        {
          snprintf (err, size, "plugin argument 'output' needs a file name "
                    "(-fplugin-arg-goescape-output=FILE)");
          return err;
        }
      o->output = value;
      return NULL;
    }
  if (strcmp (key, "stdlib") == 0)
    {
      if (!value || !*value)
        {
          snprintf (err, size, "plugin argument 'stdlib' needs a file name "
                    "(-fplugin-arg-goescape-stdlib=FILE)");
          return err;
        }
      o->stdlib = value;
      return NULL;
    }
  if (strcmp (key, "imports") == 0)
    {
      if (value && strcmp (value, "gc") == 0)
        o->imports = GE_IMPORTS_GC;
      else if (value && strcmp (value, "none") == 0)
        o->imports = GE_IMPORTS_NONE;
      else if (value && strcmp (value, "gccgo") == 0)
        o->imports = GE_IMPORTS_GCCGO;
      else
        {
          snprintf (err, size, "bad value '%s' for plugin argument "
                    "'imports' (accepted: gc, gccgo, none)", value ? value : "");
          return err;
        }
      return NULL;
    }
  if (strcmp (key, "export") == 0)
    return yes_no (key, value, &o->export_summaries, err, size);
  if (strcmp (key, "keep") == 0)
    return yes_no (key, value, &o->keep_functions, err, size);
  int *flag = strcmp (key, "stats") == 0     ? &o->stats
              : strcmp (key, "compare") == 0 ? &o->compare
              : strcmp (key, "paths") == 0   ? &o->paths
                                             : NULL;
  if (flag)
    {
      /* -fplugin-arg-goescape-stats alone says yes.  */
      if (!value)
        {
          *flag = 1;
          return NULL;
        }
      return yes_no (key, value, flag, err, size);
    }
  snprintf (err, size, "unknown plugin argument '%s' (accepted: m=N, "
            "output=FILE, stdlib=FILE, imports=gc|gccgo|none, "
            "export=yes|no, keep=yes|no, stats[=yes|no], "
            "compare[=yes|no], paths[=yes|no])", key);
  return err;
}
