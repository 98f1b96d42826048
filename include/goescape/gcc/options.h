/* goescape: plugin arguments (-fplugin-arg-goescape-KEY=VALUE).  */

#ifndef GOESCAPE_OPTIONS_H
#define GOESCAPE_OPTIONS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Where callees in other packages get their summaries from.  */
enum ge_imports_mode
{
  GE_IMPORTS_GC,     /* gc's: the stdlib database and packages' summaries */
  GE_IMPORTS_GCCGO,  /* gccgo's <esc:...> notes in packages' export data */
  GE_IMPORTS_NONE    /* none: every such call leaks its arguments */
};

struct ge_options
{
  int m;               /* gc's -m=N verbosity: 0..4, default 1 */
  const char *output;  /* report file, NULL for stderr */
  const char *stdlib;  /* the stdlib database, NULL for the default */
  enum ge_imports_mode imports;
  int export_summaries;  /* write the .go_escape section: 1 (default) or 0 */
  int keep_functions;    /* keep=yes: at -O1 and above, keep the unexported
                            functions GCC would drop unread (0 default) */
  int stats;             /* stats: print the plugin's costs after the
                            report (0 default) */
  int compare;           /* compare: gc's verdict beside gccgo's decision
                            for every allocation site (0 default) */
  int paths;             /* paths: each verdict's path through the GIMPLE
                            as a GCC diagnostic path (0 default) */
};

#define GE_OPTIONS_DEFAULT { 1, NULL, NULL, GE_IMPORTS_GC, 1, 0, 0, 0, 0 }

/* Apply KEY=VALUE (VALUE may be NULL).  Returns NULL on success, else a
   message naming the argument and the accepted values, written into
   ERR.  */
const char *ge_options_apply (struct ge_options *o, const char *key,
                              const char *value, char *err, size_t size);

#ifdef __cplusplus
}
#endif

#endif
