/* goescape: engine internals shared by graph.c, solve.c, batch.c and
   explain.c.  Not part of the public interface.  */

#ifndef GOESCAPE_ENGINE_INTERNAL_H
#define GOESCAPE_ENGINE_INTERNAL_H

#include <stdlib.h>
#include <string.h>

#define obstack_chunk_alloc xmalloc
#define obstack_chunk_free free
#include <obstack.h>
#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "goescape/engine/engine.h"
#include "goescape/engine/report.h"
#include "goescape/vec.h"

/* gc's function states (escape.go: escFuncUnknown..escFuncTagged).  */
enum
{
  GE_FUNC_UNKNOWN,
  GE_FUNC_PLANNED,
  GE_FUNC_STARTED,
  GE_FUNC_TAGGED
};

/* What a reader recorded, replayed when the function's batch is built:
   gc builds a fresh graph, with its own heap location, per batch.  */
enum ge_op_kind
{
  GE_OP_FLOW,
  GE_OP_CALL,
  GE_OP_CLOSURE,   /* a function literal: walk its body here */
  GE_OP_REASSIGN,  /* an assignment to SRC other than its declaration */
  GE_OP_REPORT     /* a line gc prints while walking */
};

struct ge_op
{
  enum ge_op_kind kind;
  ge_hole k;
  ge_loc *src;
  ge_call *call;
  ge_func *clo;        /* GE_OP_CLOSURE */
  int loop_depth;      /* GE_OP_CLOSURE */
  ge_pos pos;          /* GE_OP_REPORT */
  const char *msg;     /* GE_OP_REPORT */
};

struct ge_call_arg
{
  bool present;
  ge_loc *src;
  int derefs;
  ge_note *notes;
};

struct ge_call
{
  const void *origin;  /* the reader's statement (ge_unit_set_origin) */
  ge_func *caller;
  ge_func *callee;
  ge_pos pos;
  const char *text;
  int loop_depth;
  ge_hole *results;
  uint32_t nresults, results_alloc;
  struct ge_call_arg *args;
  uint32_t nargs, args_alloc;
};

struct ge_unit_remark
{
  ge_pos pos;
  const char *msg;
};

struct ge_unit
{
  struct obstack ob;
  struct ge_report *report;
  const void *origin;  /* ge_unit_set_origin */
  ge_func **funcs;
  uint32_t nfuncs, funcs_alloc;
  htab_t func_by_name;
  ge_loc heap;
  ge_loc blank;
  uint32_t loc_order;
  const char **files;  /* source files in command-line order */
  uint32_t nfiles, files_alloc;
  const char *rank_file;  /* batch.c: the file file_rank answered last */
  int rank;
  struct ge_unit_remark *remarks;  /* ge_unit_note's, in order */
  uint32_t nremarks, remarks_alloc;

  /* The batch being analysed: gc's batch.allLocs.  */
  ge_loc **batch_locs;
  uint32_t nbatch_locs, batch_locs_alloc;
  ge_func *batch_fn;  /* function whose ops are being replayed */

  /* The batch's closures in walk order, with their literals: gc's
     batch.closures, flowed once every function is walked.  */
  struct ge_op **batch_closures;
  uint32_t nbatch_closures, batch_closures_alloc;
};

/* What a location stands for once closure captures are resolved.  */
static inline ge_loc *
ge_resolve (ge_loc *l)
{
  while (l && l->alias)
    l = l->alias;
  return l;
}

/* The slot of element N of an array on U's obstack (goescape/vec.h).  */
void *ge_unit_fresh (void *u, size_t size);
#define GE_PUSH(u, v, n, cap) GE_VEC_PUSH_WITH (v, n, cap, ge_unit_fresh, u)

/* graph.c */
void ge_graph_flow (ge_unit *u, ge_hole k, ge_loc *src);
ge_loc *ge_graph_temp (ge_unit *u, ge_func *fn, bool transient,
                       int loop_depth);
ge_hole ge_graph_tee (ge_unit *u, ge_func *fn, ge_hole *ks, uint32_t n,
                      int loop_depth);
void ge_batch_add_loc (ge_unit *u, ge_loc *l);
bool ge_loc_is_name (const ge_loc *l);
/* Hand a path to the report's path callback (report.h), if any.  */
void ge_report_path (ge_unit *u, const ge_loc *l, const ge_loc *root,
                     int derefs, const struct ge_path_step *steps,
                     uint32_t n);
void ge_report_walk_path (ge_unit *u, const ge_loc *l, const ge_loc *root,
                          int derefs);

/* solve.c */
void ge_solve (ge_unit *u);
bool ge_outlives (ge_unit *u, ge_loc *l, ge_loc *other);
bool ge_contains_closure (const ge_func *f, const ge_func *c);

/* explain.c: gc's -m=2 explanations.  */
const char *ge_explain_loc (ge_unit *u, const ge_loc *l);
/* The explanation gc prints as the flow of SRC's address into DST,
   which escapes, is made (batch.flow): the header, then the flow,
   INNER's notes and OUTER's.  */
void ge_explain_eager (ge_unit *u, ge_loc *dst, ge_loc *src, int derefs,
                       const ge_note *inner, const ge_note *outer);
void ge_explain_path (ge_unit *u, ge_loc *root, ge_loc *src);
bool ge_explain_hides (ge_unit *u, const ge_loc *l);
const char *ge_explain_name (ge_unit *u, const ge_loc *l);

/* batch.c */
void ge_batch_analyze (ge_unit *u, ge_func **fns, uint32_t n);

#endif
