/* goescape: the report, gc's -m output.

   Lines are written as soon as they are emitted, as gc's WarnfAt flushes
   each warning at once under -m: the order of the report is the order of
   gc's decisions (callees before callers), not source order.  */

#ifndef GOESCAPE_REPORT_H
#define GOESCAPE_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "goescape/engine/engine.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How a position is printed, into BUF: the position gc prints for it,
   which //line directives change (FILE:LINE without a column, after a
   directive that gives none).  */
typedef void (*ge_report_pos_fn) (void *ctx, ge_pos pos, char *buf,
                                  size_t size);

/* Called for every allocation site of a reported function once gc's
   verdict on it is final, in the report's order: allocating
   expressions, variables moved to the heap, and variables whose address
   is taken or whose storage the compiled code allocates (ge_loc_seen).  */
typedef void (*ge_report_site_fn) (void *ctx, const ge_loc *l);

/* Called for every location the analysis sends to the heap (L, its
   address flowing into ROOT, which outlives it) and every parameter
   that leaks (L, into ROOT, the heap or a result, after DEREFS
   dereferences), with the path the solver found: STEPS[0] leaves L,
   STEPS[N - 1] enters ROOT.  The steps live until the call returns.  */
typedef void (*ge_report_path_fn) (void *ctx, const ge_loc *l,
                                   const ge_loc *root, int derefs,
                                   const struct ge_path_step *steps,
                                   uint32_t n);

/* gc's rendering of TEXT, an expression at POS, before gc has visited
   it: its variadic calls as written ("fmt.Sprintf("%d", x)"), since gc
   packs their arguments into "... argument" only when it analyses the
   call (typecheck.FixVariadicCall).  gc prints that form in the
   explanations it makes while building the graph, of a value sent
   where something already escapes.  Into BUF; false if TEXT stays.  */
typedef bool (*ge_report_unvisited_fn) (void *ctx, ge_pos pos,
                                        const char *text, char *buf,
                                        size_t size);

struct ge_report
{
  FILE *out;          /* where lines go */
  int verbosity;      /* gc's -m=N: 0 silent, 1 verdicts, 2 flows */
  unsigned nlines;    /* lines written */
  bool timed;         /* measure write_ns (two clock reads a line) */
  uint64_t write_ns;  /* CPU time spent formatting and writing them */
  ge_report_pos_fn pos_fn;  /* NULL: FILE:LINE:COL as they are */
  void *pos_ctx;
  ge_report_site_fn site_fn;  /* NULL: none */
  void *site_ctx;
  ge_report_path_fn path_fn;  /* NULL: none */
  void *path_ctx;
  ge_report_unvisited_fn unvisited_fn;  /* NULL: texts as they are */
  void *unvisited_ctx;
};

/* Set OUT and VERBOSITY, positions printed as they are.  */
void ge_report_init (struct ge_report *r, FILE *out, int verbosity);
/* Print positions with FN (CTX its first argument).  */
void ge_report_set_pos_fn (struct ge_report *r, ge_report_pos_fn fn,
                           void *ctx);
/* Hand every allocation site to FN (CTX its first argument), at every
   verbosity, -m=0 included.  */
void ge_report_set_site_fn (struct ge_report *r, ge_report_site_fn fn,
                            void *ctx);
/* Hand every heap verdict and leak, with its path, to FN.  */
void ge_report_set_path_fn (struct ge_report *r, ge_report_path_fn fn,
                            void *ctx);
/* Render expressions gc has not visited with FN.  */
void ge_report_set_unvisited_fn (struct ge_report *r,
                                 ge_report_unvisited_fn fn, void *ctx);
/* POS as the report prints it, into BUF.  */
void ge_report_format_pos (const struct ge_report *r, ge_pos pos, char *buf,
                           size_t size);
/* One line "FILE:LINE:COL: MESSAGE".  */
void ge_report_at (struct ge_report *r, ge_pos pos, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_REPORT_H */
