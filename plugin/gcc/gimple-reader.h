/* goescape: the GIMPLE reader, GCC's side of the pipeline.  */

#ifndef GOESCAPE_GIMPLE_READER_H
#define GOESCAPE_GIMPLE_READER_H

extern "C" {
#include "goescape/engine/engine.h"
#include "goescape/imports/imports.h"
#include "goescape/source/source.h"
}

struct goescape_paths;

/* Read FUN, a function gccgo compiled, into U's location graph.  Calls
   into other packages take their summaries from IM (NULL: none); the
   Go source is read through SU.  False for a function it does not
   read: one of gccgo's helpers, another package's inlinable body.
   With PATHS (paths=yes), each flow records the statement it comes
   from.  */
bool goescape_read_function (ge_unit *u, ge_imports *im, ge_src_unit *su,
                             goescape_paths *paths, function *fun);

#endif
