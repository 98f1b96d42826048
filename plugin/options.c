/* goescape: plugin arguments.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goescape/options.h"

const char *
ge_options_apply (struct ge_options *o, const char *key, const char *value,
                  char *err, size_t size)
{
  if (strcmp (key, "m") == 0)
    {
      char *end;
      long v = value ? strtol (value, &end, 10) : -1;
      if (!value || !*value || *end || v < 0 || v > 4)
        {
          snprintf (err, size, "bad value '%s' for plugin argument 'm' "
                    "(accepted: an integer from 0 to 4)",
                    value ? value : "");
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
  snprintf (err, size, "unknown plugin argument '%s' (accepted: m=N, "
            "output=FILE)", key);
  return err;
}
