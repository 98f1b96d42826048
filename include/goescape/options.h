/* goescape: plugin arguments (-fplugin-arg-goescape-KEY=VALUE).  */

#ifndef GOESCAPE_OPTIONS_H
#define GOESCAPE_OPTIONS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct ge_options
{
  int m;               /* gc's -m=N verbosity: 0..4, default 1 */
  const char *output;  /* report file, NULL for stderr */
};

/* Apply KEY=VALUE (VALUE may be NULL).  Returns NULL on success, else a
   message naming the argument and the accepted values, written into
   ERR.  */
const char *ge_options_apply (struct ge_options *o, const char *key,
                              const char *value, char *err, size_t size);

#ifdef __cplusplus
}
#endif

#endif
