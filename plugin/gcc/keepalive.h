/* goescape: every function the source defines reaches the pass, at every
   optimisation level, or a note says which did not (keepalive.cc).  */

#ifndef GOESCAPE_GCC_KEEPALIVE_H
#define GOESCAPE_GCC_KEEPALIVE_H

/* Watch the unit's unexported functions, and with KEEP_FUNCTIONS keep
   them until the pass has read them: call from plugin_init.  */
void goescape_keepalive_init (const char *plugin_name, bool keep_functions);

/* Read those GCC dropped unanalysed, through GCC's passes up to the
   plugin's: call at the end of the unit, once everything is emitted.  */
void goescape_keepalive_read_dropped (void);

/* How many of the unit's functions GCC dropped before the pass read
   them; the first by name into *FIRST.  */
int goescape_keepalive_dropped (const char **first);

/* The pass has read FUN: let GCC drop it if nothing needs it.  */
void goescape_keepalive_done (function *fun);

#endif
