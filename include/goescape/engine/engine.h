/* goescape: the escape-analysis engine, a C port of the model of gc 1.19
   (cmd/compile/internal/escape).  This header is free of GCC headers so
   that the engine can be built and unit-tested on its own.

   The pipeline is: a reader (the GIMPLE reader in the plugin, or a unit
   test) declares functions, their locations, and the flows and calls
   between them; ge_unit_analyze then orders functions bottom-up over the
   call graph's strongly connected components exactly as gc does, builds
   the location graph of each batch, solves it, records leak summaries and
   hands gc's verdicts to the report.  */

#ifndef GOESCAPE_ENGINE_H
#define GOESCAPE_ENGINE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "goescape/engine/leaks.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A source position as gc prints it: FILE:LINE:COL, COL in bytes from 1.
   FILE must outlive the unit (callers pass interned strings).  */
typedef struct ge_pos
{
  const char *file;
  int line;
  int col;
} ge_pos;

typedef struct ge_unit ge_unit;
typedef struct ge_func ge_func;
typedef struct ge_loc ge_loc;
typedef struct ge_call ge_call;
typedef struct ge_note ge_note;
struct ge_report;

/* What a location stands for, following gc's ir classes.  */
enum ge_loc_class
{
  GE_LOC_TEMP,   /* compiler temporary: never reported */
  GE_LOC_AUTO,   /* named local variable (ir.PAUTO): "moved to heap: x" */
  GE_LOC_PARAM,  /* parameter or receiver (ir.PPARAM) */
  GE_LOC_RESULT, /* result parameter (ir.PPARAMOUT) */
  GE_LOC_EXPR,   /* allocating expression: "new(T) escapes to heap" */
  GE_LOC_HEAP,   /* the batch's heap location */
  GE_LOC_BLANK   /* the blank location: flows into it are dropped */
};

/* Why gc forces an allocation to the heap regardless of flows
   (escape.HeapAllocReason).  */
enum ge_heap_reason
{
  GE_HEAP_NONE,
  GE_HEAP_TOO_LARGE,     /* "too large for stack" */
  GE_HEAP_NONCONST_SIZE  /* "non-constant size" */
};

/* A note explains one step of a flow for -m=2: "from WHERE (WHY) at POS".  */
struct ge_note
{
  ge_note *next;
  ge_pos pos;
  const char *where;  /* rendered Go expression or statement */
  const char *why;    /* gc's reason, e.g. "address-of", "assign" */
};

/* A step of a callee's summary (paths=yes): the argument for parameter
   PARAM of CALLEE flows into the heap (RESULT -1) or into result
   RESULT.  */
struct ge_via
{
  const ge_func *callee;
  int param;
  int result;
};

/* A hole is a context in which an expression is evaluated: its value
   flows into DST after DEREFS dereferences (-1: its address).  */
typedef struct ge_hole
{
  ge_loc *dst;
  int derefs;
  ge_note *notes;
  bool addrtaken;
  const void *origin;     /* where the reader was (ge_unit_set_origin) */
  const struct ge_via *via;  /* the summary step it stands for, or NULL */
} ge_hole;

/* What the code the compiler really generates does with a location's
   storage, as the reader sees it in the compiler's IR.  Kept for the
   comparison report (report/compare.h); the analysis never reads it.  */
enum ge_seen_kind
{
  GE_SEEN_NONE,    /* not observed */
  GE_SEEN_NOALLOC, /* nothing allocated: static data, a view */
  GE_SEEN_STACK,   /* a stack variable, temporary or buffer */
  GE_SEEN_HEAP     /* a call of the runtime's allocator */
};

struct ge_seen
{
  enum ge_seen_kind kind;
  uint64_t size;       /* bytes; 0 unknown */
  const char *how;     /* "runtime.newobject", "stack temporary", ... */
  ge_pos at;           /* the compiler's own position for it */
  bool conversion;     /* the box of an interface conversion */
};

/* A location as gc has it (escape/graph.go).  Fields below the solver
   line are the engine's; readers set only what they declare.  */
struct ge_loc
{
  enum ge_loc_class cls;
  ge_func *fn;            /* enclosing function; NULL for heap/blank */
  const char *name;       /* variable name, or rendered expression */
  ge_pos pos;
  int loop_depth;
  int result_index;       /* 1-based index of a result parameter */
  enum ge_heap_reason heap_reason;
  uint32_t order;         /* creation order: gc reports in this order */

  /* Solver state.  */
  struct ge_edge *edges;
  uint32_t nedges, edges_alloc;
  int derefs;
  uint32_t walkgen;
  ge_loc *dst;
  uint32_t dst_edge;
  bool queued;
  bool escapes;
  bool transient;
  bool captured;
  bool reassigned;
  bool addrtaken;
  ge_leaks param_esc;

  /* A closure's stand-in for a captured variable, resolved to that
     variable once the enclosing function declares the capture.  */
  ge_loc *alias;
  bool stub;
  bool static_data;       /* gc lays it out statically: never reported */
  bool go_defer_wrapper;  /* gc's go/defer wrapper closure: explained,
                             never reported (ge_go_defer_wrapper) */

  struct ge_seen seen;    /* the compiled code's decision (ge_loc_seen) */
  const void *origin;     /* where the reader was when it made it */
};

/* An incoming edge: the value of SRC after DEREFS dereferences flows into
   the location that owns the edge.  */
struct ge_edge
{
  ge_loc *src;
  int derefs;
  ge_note *notes;
  const void *origin;     /* the reader's statement, for paths */
  const struct ge_via *via;  /* a callee's summary it stands for, or NULL */
};

/* One step of a path the solver found (paths=yes): the value of SRC,
   after DEREFS dereferences (-1: its address), flows into DST, a flow
   the reader recorded at ORIGIN (ge_unit_set_origin), through the
   summary of VIA when it is a call's.  */
struct ge_path_step
{
  const ge_loc *src, *dst;
  int derefs;
  const void *origin;
  const struct ge_via *via;
};

/* A variable captured by a closure.  */
struct ge_capture
{
  const char *slot;
  ge_loc *stub;           /* what the closure's body refers to */
  ge_loc *var;            /* the enclosing function's variable */
  uint64_t size;
  long order;             /* gc's order of the captures: where the body
                             first refers to it; -1 unknown */
  ge_pos use;             /* that reference: gc's position of the
                             capture ("captured by a closure" notes) */
};

/* A function of the unit.  */
struct ge_func
{
  ge_unit *unit;
  const char *name;       /* Go-qualified name, used for closures too */
  const char *gc_name;    /* name as gc prints it in messages */
  ge_pos pos;
  bool has_body;          /* false: declared only (assembly, external) */
  bool noescape;          /* //go:noescape, for one without a body */
  bool reported;          /* false for compiler-generated wrappers */
  bool closure_called;    /* a closure called directly where defined */
  ge_func *outer;         /* enclosing function of a closure */
  bool walked_inline;     /* walked where its literal is evaluated */
  char summary_kind;      /* its KIND in summary files (summary.h) */
  bool recv_by_address;   /* its receiver is a value the caller passes
                             by address: arguments are dereferenced */
  bool unexported;        /* no summary: not called from other packages */
  bool hidden;            /* a closure or wrapper: analysed only where
                             its literal or statement reaches it */
  bool gc_wrapper;        /* a method wrapper gc compiles (ge_func_set_
                             gc_wrapper) */
  uint32_t nliterals;     /* function literals bound in it so far */
  uint32_t literal_index; /* a closure's 1-based number in its outer */

  struct ge_capture *captures;  /* gc's ClosureVars */
  uint32_t ncaptures, captures_alloc;

  ge_loc **params;        /* receiver first, then parameters */
  const char **param_names;  /* NULL entry: unnamed or blank */
  bool *param_has_ptrs;
  bool *param_uintptr;    /* NULL unless some parameter is a uintptr */
  uint32_t nparams;
  ge_loc **results;
  const char **result_names; /* "~r0" for unnamed results, as gc */
  uint32_t nresults;
  /* The capacities of the arrays above (goescape/vec.h).  */
  uint32_t params_alloc, param_names_alloc, param_has_ptrs_alloc;
  uint32_t param_uintptr_alloc, results_alloc, result_names_alloc;
  ge_leaks *param_tags;   /* the summaries, valid once tagged */

  /* Engine state.  */
  struct ge_op *ops;
  uint32_t nops, ops_alloc;
  ge_loc **locs;
  uint32_t nlocs, locs_alloc;
  ge_func **callees;
  uint32_t ncallees, callees_alloc;
  int state;              /* gc's escFuncUnknown..escFuncTagged */
  int batch_max_depth;    /* deepest loop of its locations in the batch */
  bool batch_has_closures;
  uint32_t scc_index, scc_low;
  bool on_stack;
};

/* Create and destroy a unit.  REPORT receives the verdicts.  */
ge_unit *ge_unit_new (struct ge_report *report);
void ge_unit_free (ge_unit *u);

/* Allocate from the unit's obstack (released by ge_unit_free).  */
void *ge_alloc (ge_unit *u, size_t size);
const char *ge_strdup (ge_unit *u, const char *s);
const char *ge_printf (ge_unit *u, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

/* Declare a function.  GC_NAME is what gc prints for it (e.g. "f",
   "T.m", "(*T).m", "f.func1").  */
ge_func *ge_func_new (ge_unit *u, const char *name, const char *gc_name,
                      ge_pos pos);
ge_func *ge_func_lookup (ge_unit *u, const char *name);

/* Declare a function of another package by its summary (summaries.h):
   calls to it use the summary's tags as gc uses those of export data.
   Such a function is never analysed or reported.  */
struct ge_summary;
ge_func *ge_func_external (ge_unit *u, const char *name,
                           const struct ge_summary *s);
ge_func *ge_unit_first_func (ge_unit *u, uint32_t *iter);
ge_func *ge_unit_next_func (ge_unit *u, uint32_t *iter);

/* Declare the next parameter (receiver first), with its location.  NAME
   is NULL for an unnamed or blank parameter.  HAS_PTRS says whether its
   type contains pointers: gc tags only those.  */
ge_loc *ge_func_add_param (ge_func *f, const char *name, ge_pos pos,
                           bool has_ptrs);
/* Declare that F is declared without a body (assembly, a linkname to
   the runtime): gc tags its parameters without analysis, as leaking to
   the heap unless NOESCAPE (//go:noescape).  */
void ge_func_set_bodiless (ge_func *f, bool noescape);

/* Declare that F's receiver is a value its callers pass by address (a
   calling convention gc does not have): the engine dereferences the
   receiver argument of every call of F once more, whenever F is
   declared.  Summary kind 'V' says the same of another package's.  */
void ge_func_set_recv_by_address (ge_func *f);

/* Declare that F is not called from other packages (an init function,
   the package initializer): no summary is written for it.  */
void ge_func_set_unexported (ge_func *f);

/* Declare that F is a function literal's body or a go/defer wrapper:
   gc analyses one only in the batch of what evaluates its literal, so
   one nothing reaches is dead code (a literal in "if false {...}", cut
   by gc's deadcode pass): never analysed, never reported.  */
void ge_func_set_hidden (ge_func *f);

/* Declare that F is one of gc's own method wrappers ("<autogenerated>",
   reflectdata.methodWrapper), which gccgo does not have in that form:
   its parameters' flows are explained at -m=2, as gc's solver explains
   every function's, but never diagnosed (escape.go's paramTag skips
   wrappers), never followed through GIMPLE (paths) and never exported.  */
void ge_func_set_gc_wrapper (ge_func *f);

/* Correct whether parameter I of F has pointers (a reader that learns
   F's parameter types after declaring it).  */
void ge_func_set_param_has_ptrs (ge_func *f, uint32_t i, bool has_ptrs);

/* Declare that parameter I of F is a uintptr, which gc "assumes unsafe"
   in a function without a body.  */
void ge_func_param_uintptr (ge_func *f, uint32_t i);

/* Declare the next result.  NAME is NULL for an unnamed result; gc names
   it ~rN.  */
ge_loc *ge_func_add_result (ge_func *f, const char *name, ge_pos pos);

/* The name of a GE_LOC_TEMP that is one of gc's own temporaries (a
   range statement's): explanations show it as gc does, where they step
   over the unnamed temporaries of gccgo's lowering.  */
#define GE_GC_TEMP "{temp}"

/* Create a location in F.  */
ge_loc *ge_loc_new (ge_func *f, enum ge_loc_class cls, const char *name,
                    ge_pos pos, int loop_depth);

/* Record the size in bytes of the storage L stands for.  gc's limits
   (escape.HeapAllocReason) then force it to the heap: a variable over
   10 MiB, an implicit allocation (new(T), &T{...}) over 64 KiB.  */
void ge_loc_set_size (ge_loc *l, uint64_t bytes);

/* Record that L is make([]T, n) with a size not known at compile time:
   gc allocates it on the heap ("non-constant size").  */
void ge_loc_set_nonconstant (ge_loc *l);

/* Record that L, an allocation in a package initializer, is static
   data in gc (staticinit): global storage, never reported.  */
void ge_loc_set_static (ge_loc *l);

/* Record what the compiled code does with L's storage: KIND, SIZE bytes
   (0 unknown), HOW (a string that outlives the unit), at the compiler's
   position AT.  A stronger kind overrides a weaker one, heap over stack
   over none (gccgo may declare a variable, then box it; a literal is a
   static function until its record is seen); otherwise the first
   sighting stands.  */
void ge_loc_seen (ge_loc *l, enum ge_seen_kind kind, uint64_t size,
                  const char *how, ge_pos at);

/* The heap and blank pseudo-locations, usable as hole destinations.  */
ge_loc *ge_heap (ge_unit *u);
ge_loc *ge_blank (ge_unit *u);

/* Holes.  */
ge_hole ge_hole_of (ge_loc *dst);
ge_hole ge_hole_shift (ge_hole k, int delta);
ge_hole ge_hole_note (ge_unit *u, ge_hole k, ge_pos pos, const char *where,
                      const char *why);
ge_hole ge_hole_deref (ge_unit *u, ge_hole k, ge_pos pos, const char *where,
                       const char *why);
ge_hole ge_hole_addr (ge_unit *u, ge_hole k, ge_pos pos, const char *where,
                      const char *why);

/* Record that the value of SRC flows into hole K (gc's batch.flow).  */
void ge_flow (ge_func *f, ge_hole k, ge_loc *src);

/* Record an allocating expression (gc's escape.spill): a new location
   for expression NAME at POS whose address flows into K.  Returns the
   location; a hole for storing into it is ge_hole_of (loc).  */
ge_loc *ge_spill (ge_func *f, ge_hole k, const char *name, ge_pos pos,
                  int loop_depth);

/* Calls.  CALLEE is NULL for calls through function values and interface
   methods, whose arguments gc leaks to the heap.  RESULTS holds one hole
   per result the caller uses (may be fewer than the callee has).  */
ge_call *ge_call_new (ge_func *caller, ge_func *callee, ge_pos pos,
                      const char *text, int loop_depth);
void ge_call_result (ge_call *c, uint32_t index, ge_hole k);
/* The argument for parameter INDEX (receiver is 0 for methods):
   SRC after DEREFS dereferences (-1: &SRC).  For the receiver of a
   callee whose receiver is passed by address (ge_func_set_recv_by_address),
   SRC is that address: the engine dereferences it once more.  */
void ge_call_arg (ge_call *c, uint32_t index, ge_loc *src, int derefs,
                  ge_note *notes);

/* Closures (gc's OCLOSURE, batch.flowClosure).  LIT is the location of
   the function literal in its enclosing function F (created by the
   reader, usually through ge_loc_new with class GE_LOC_EXPR and name
   "func literal"); CLO is the literal's function.  CLO is analysed in
   F's batch and walked where LIT is evaluated, as gc walks it.  Bind
   F's literals in source order: gc names them F.func1, F.func2, and a
   literal's own literals F.func1.1.  */
void ge_closure_bind (ge_loc *lit, ge_func *clo, int loop_depth);

/* CLO captures V, a variable of an enclosing function, of SIZE bytes.
   SLOT names the capture (gccgo's closure field); the closure's body
   refers to it through ge_closure_slot.  gc captures by value when V is
   never reassigned after the capture, never has its address taken and is
   at most 128 bytes, and by reference otherwise.  */
void ge_closure_capture (ge_func *clo, const char *slot, ge_loc *v,
                         uint64_t size);

/* gc's wrapper closure of a go or defer statement (escape.goDeferStmt):
   LIT is its "func literal", spilled where the statement sends it (the
   heap for go and for a defer in a loop).  gc explains its flows at
   -m=2 but never reports it ("omit escape diagnostics for go/defer
   wrappers").  The wrapper returned captures the statement's
   temporaries (ge_closure_capture); it has no body of its own: the call
   it makes is the enclosing function's.  */
ge_func *ge_go_defer_wrapper (ge_loc *lit, int loop_depth);

/* Where CLO's body first refers to the captured variable SLOT: ORDER,
   any increasing key, and USE, the reference.  gc treats, and reports,
   the captures in that order, whichever of CLO and its enclosing
   function is read first, and places each at its reference.  */
void ge_closure_capture_use (ge_func *clo, const char *slot, long order,
                             ge_pos use);

/* The location CLO's body uses for the captured variable SLOT: it stands
   for that variable, whichever of the two is declared first.  */
ge_loc *ge_closure_slot (ge_func *clo, const char *slot);

/* An assignment in F to V other than V's declaration (gc's
   escape.reassigned).  */
void ge_reassign (ge_func *f, ge_loc *v);

/* A line gc prints while walking F, in walk order, after F's name (for
   instance "ignoring self-assignment in b.x = b.y").  */
void ge_walk_report (ge_func *f, ge_pos pos, const char *msg);

/* A remark the report prints at -m=2 and above, before the analysis's
   lines (MSG must outlive the unit).  */
void ge_unit_note (ge_unit *u, ge_pos pos, const char *msg);

/* Where the reader is: ORIGIN, an opaque handle of the reader's (the
   statement it reads), is recorded with every flow and call made from
   now on and handed back in the steps of paths (report.h).  NULL: none.  */
void ge_unit_set_origin (ge_unit *u, const void *origin);

/* Register a source file; functions are visited in the order of their
   files (as given on the command line), then of their positions.  */
void ge_unit_add_file (ge_unit *u, const char *file);

/* Run the analysis over every function of the unit and report.  */
void ge_unit_analyze (ge_unit *u);

/* Write the summaries of the unit's functions (after ge_unit_analyze),
   in the format of summaries.h, for the packages that import it.  */
void ge_unit_write_summaries (ge_unit *u, FILE *out);

/* The verbosity, as gc's -m=N.  */
void ge_unit_set_verbosity (ge_unit *u, int m);
int ge_unit_verbosity (const ge_unit *u);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_ENGINE_H */
