/* goescape: the GIMPLE reader, GCC's side of the pipeline.  */

#ifndef GOESCAPE_GIMPLE_READER_H
#define GOESCAPE_GIMPLE_READER_H

extern "C" {
#include "goescape/engine.h"
}

/* Read FUN, a function gccgo compiled, into U's location graph.  */
void goescape_read_function (ge_unit *u, function *fun);

#endif
