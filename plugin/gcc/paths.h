/* goescape: the path through the GIMPLE that carried each address to
   the heap, a result or a global, as GCC diagnostic paths (paths=yes;
   paths.cc).  */

#ifndef GOESCAPE_GCC_PATHS_H
#define GOESCAPE_GCC_PATHS_H

extern "C" {
#include "goescape/engine/engine.h"
#include "goescape/engine/report.h"
}

struct goescape_paths;

goescape_paths *goescape_paths_new (void);
void goescape_paths_free (goescape_paths *p);

/* The origin (ge_unit_set_origin) for STMT, a statement of FUN (or a
   PHI), or, STMT NULL, for DECL (a parameter): its location, function,
   GIMPLE text and SSA names, kept until P is freed (the statement
   itself is gone by the end of the unit).  */
const void *goescape_paths_origin (goescape_paths *p, function *fun,
                                   const gimple *stmt, tree decl);

/* The report's path callback (ge_report_set_path_fn), CTX the paths:
   one note with the path as its events.  */
void goescape_paths_report (void *ctx, const ge_loc *l, const ge_loc *root,
                            int derefs, const struct ge_path_step *steps,
                            uint32_t n);

#endif
