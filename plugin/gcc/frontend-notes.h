/* goescape: gccgo's frontend's own escape notes (-fgo-debug-escape1),
   caught as GCC prints them, for the comparison report
   (frontend-notes.cc).  */

#ifndef GOESCAPE_GCC_FRONTEND_NOTES_H
#define GOESCAPE_GCC_FRONTEND_NOTES_H

extern "C" {
#include "goescape/report/compare.h"
#include "goescape/source/source.h"
}

/* From now on, hand every note GCC prints to CMP, positions mapped
   through SU's //line directives: call from plugin_init, before gccgo
   parses.  The notes are still printed.  */
void goescape_frontend_notes_catch (ge_compare *cmp, ge_src_unit *su);

/* Stop handing them over (CMP is about to go).  */
void goescape_frontend_notes_release (void);

#endif
