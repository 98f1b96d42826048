/* goescape: the GIMPLE reader, GCC's side of the pipeline.  */

#ifndef GOESCAPE_GIMPLE_READER_H
#define GOESCAPE_GIMPLE_READER_H

extern "C" {
#include "goescape/engine/engine.h"
#include "goescape/imports/imports.h"
}

/* Read FUN, a function gccgo compiled, into U's location graph.  Calls
   into other packages take their summaries from IM (NULL: none).  */
void goescape_read_function (ge_unit *u, ge_imports *im, function *fun);

#endif
