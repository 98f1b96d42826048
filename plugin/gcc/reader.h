/* goescape: the GIMPLE reader's state, shared by its files.

   The reader turns a function gccgo compiled into the engine's
   locations and flows, seeing through gccgo's lowering so that the
   graph has the shape gc's escape analysis builds from the Go source.
   Its member functions are split by concept, as gc splits its escape
   package; each file calls only the ones listed before it here:

     tree-facts.cc      facts of GCC's trees: types, sizes, positions
     source-queries.cc  every place the Go source text is consulted
     callees.cc         the engine's function for a callee
     lowering.cc        gccgo's lowering recognised: temporaries, heap
                        copies of variables, variadic arrays, string
                        views, select's send cases
     iface.cc           interface conversions and their boxes
     locations.cc       the location of a variable or allocation
     notes.cc           gc's -m=2 notes on flows, from the source
     expr.cc            what an expression's value may hold (gc's expr.go)
     flows.cc           where a value goes: holes, arguments, results
     closures.cc        function literals, method values, static callees
     thunks.cc          the record a go or defer statement hands its thunk
     runtime-calls.cc   calls of gccgo's runtime entry points
     calls.cc           calls (gc's call.go)
     assign.cc          assignments and PHIs (gc's assign.go, stmt.go)
     reader.cc          signatures, the walk over a function, the entry

   Compiled as C++ because GCC's headers are; the analysis is the C
   engine's.  */

#ifndef GOESCAPE_GCC_READER_H
#define GOESCAPE_GCC_READER_H

#include "gcc-plugin.h"
#include "tree.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "basic-block.h"
#include "function.h"
#include "cfgloop.h"
#include "ssa.h"
#include "stringpool.h"
#include "hash-map.h"
#include "hash-set.h"
#include "diagnostic-core.h"
#include "ssa-iterators.h"

#include "gimple-reader.h"
#include "paths.h"
#include "tree-facts.h"

extern "C" {
#include "goescape/gcc/convmatch.h"
#include "goescape/gccgo/names.h"
#include "goescape/gccgo/runtime.h"
#include "goescape/source/source.h"
#include "goescape/vec.h"
}

namespace ge_gimple {

/* Whether L is a variadic call's implicit slice, gc's "... argument"
   (notes.cc).  */
bool variadic_slice (const ge_loc *l);

struct term
{
  ge_loc *loc;
  int derefs;
};

/* A small growable list of terms: what an expression's value may hold.
   Most hold one or two, kept inline: every expression the reader
   evaluates makes one, and a malloc each was a cost of its own.  */
struct terms
{
  static const unsigned INLINE = 4;
  term *v = inl;
  unsigned n = 0, alloc = INLINE;
  term inl[INLINE];
  terms () {}
  terms (const terms &) = delete;
  terms &operator= (const terms &) = delete;
  ~terms ()
  {
    if (v != inl)
      free (v);
  }
  void push (ge_loc *l, int d)
  {
    if (!l)
      return;
    for (unsigned i = 0; i < n; i++)
      if (v[i].loc == l && v[i].derefs == d)
        return;
    if (n == alloc)
      {
        term *nv = XNEWVEC (term, 2 * alloc);
        memcpy (nv, v, n * sizeof *v);
        if (v != inl)
          free (v);
        v = nv;
        alloc *= 2;
      }
    term *t = &v[n++];
    t->loc = l;
    t->derefs = d < -1 ? -1 : d;
  }
  void append (const terms &o, int delta)
  {
    for (unsigned i = 0; i < o.n; i++)
      push (o.v[i].loc, o.v[i].derefs + delta);
  }
};

struct memo
{
  int state; /* 0 not computed, 1 computing, 2 done */
  terms t;
};

/* A conversion of a value to an interface, as gccgo lowers it: the
   value is copied into a box (heap or stack storage, or a static
   constant) whose address becomes the interface's __object.  */
struct conversion
{
  gimple *store;        /* X.__object = box */
  location_t box_at;    /* where the box is allocated or filled */
  ge_conv_facts facts;  /* what says which source operand it is */
  ge_loc *loc;          /* gc's spilled location, once made */
  conversion *next;     /* another of the same store (a block copy) */
};

typedef int_hash<unsigned, 0, UINT_MAX> pos_key_hash;

/* source-queries.cc: the physical position of LOC (//line directives
   mapped back), and whether DECL is placed in a file that is none of
   the unit's (an inlinable body gccgo compiled from another package's
   export data).  */
ge_pos physical_pos (ge_src_unit *su, location_t loc);
bool foreign_decl (ge_src_unit *su, tree decl);

/* The reader's hash tables are static members: one reader lives at a
   time, and a table made for every function cost more than reading a
   small function (hash_table allocates when constructed).  ~reader
   empties them for the next function.  */
class reader
{
public:
  reader (ge_unit *u, ge_imports *im, ge_src_unit *su, function *fun)
    : u (u), im (im), su (su), fun (fun) {}
  ~reader ();
  void run ();
  static void empty_tables ();  /* reader-tables.cc */
  void mark_static_data ();
  goescape_paths *paths = NULL;  /* paths=yes */

private:
  ge_unit *u;
  ge_imports *im;  /* other packages' summaries; NULL: none */
  ge_src_unit *su; /* the Go source */
  function *fun;
  ge_func *fn = NULL;
  bool thunk = false;                    /* fn is a wrapper (thunk, stub) */
  bool recover_body = false;             /* fn is read from F..r */
  struct ge_src_signature sig = {};
  bool have_sig = false;
  gimple *cur_stmt = NULL;               /* the statement being read */

  int depth_of (gimple *stmt) { return loop_depth_at (fun, stmt); }

  /* source-queries.cc: the Go source, at positions the GIMPLE gives.  */
  ge_pos pos_of (location_t loc);
  bool src_signature (ge_pos fpos);
  bool src_func_name (ge_pos fpos, char *buf, size_t size);
  int src_method_receiver (ge_pos pos, const char *type, const char *method);
  void src_note_method_call (ge_pos pos, const char *expr, char prefix,
                             const char *path);
  void src_note_implicit_fields (ge_pos pos, const char *field,
                                 const char *path);
  bool src_call_has_receiver (ge_pos pos);
  bool src_variadic_at (ge_pos pos, int *paren_line, int *paren_col);
  bool src_go_defer_funclit (ge_pos pos, ge_pos *lit);
  bool src_go_defer_first_arg (ge_pos pos, ge_pos *arg);
  bool src_go_defer_call (ge_pos pos, enum ge_src_go_defer_callee kind,
                          const char *method, struct ge_src_go_defer *out);
  int src_function_dcls (ge_pos pos);
  int src_return_temps (ge_pos pos, int *count);
  bool src_blank_funclit (ge_pos pos);
  int src_blank_news (ge_pos fpos, struct ge_src_blank_new *out, int max);
  void blank_news ();
  void src_note_variadic_call (ge_pos paren, int fixed);
  enum ge_src_alloc src_alloc_at (ge_pos pos, char *text, size_t size,
                                  int *gc_col);
  int src_conv_operands (ge_pos pos, struct ge_src_conv *out, int max);
  bool src_maplit_after (ge_pos pos, char *text, size_t size, int *gc_line,
                         int *gc_col);
  bool src_concat_at (ge_pos pos, char *text, size_t size, int *gc_line,
                      int *gc_col, bool *op_assign);
  int src_string_conversions (const char *file, int line, int *cols,
                              int max);
  int src_self_assign_root (ge_pos pos, bool through_ptr, const char *root);
  int src_self_assign (ge_pos pos, bool through_ptr, char *text, size_t size,
                       bool *all);
  bool src_range_at (ge_pos pos);
  long src_first_use (ge_pos literal, const char *name, ge_pos *use);
  bool src_declared_at (ge_pos pos, const char *name, int *name_col);
  bool src_typeswitch_clause (ge_pos guard, ge_pos use, ge_pos *clause);
  bool src_has_dead (const char *file);
  bool src_dead_at (ge_pos pos);
  int src_flow_notes (ge_pos at, const struct ge_src_leaf *leaf, int derefs,
                      const ge_pos *call, struct ge_src_note *out, int max);
  bool src_call_text (ge_pos pos, char *buf, size_t size, int *gc_line,
                      int *gc_col);
  bool src_static_alloc (ge_pos pos);
  bool src_static_box (ge_pos pos, const char *text);

  /* callees.cc */
  static hash_set<ge_func *> typed_bodiless;    /* bodiless callees typed so far */
  bool other_package (tree decl);
  ge_func *external_callee (const char *name, ge_pos pos);
  char *package_qualifier (const char *cn, const struct ge_gccgo_method &m);
  void type_bodiless (ge_func *f, tree fndecl);
  bool promoted_method (tree record, const char *pkg, const char *method,
                        int depth, struct promotion *at, ge_summary *s);
  ge_func *promoted_stub (const char *cn, tree fndecl);
  ge_func *closure_func (tree fndecl);

  /* lowering.cc: what gccgo's lowering made, found before the walk.  */
  static hash_map<tree, gimple *> box_of;       /* gccgo heap box var -> newobject */
  static hash_map<gimple *, tree> boxed_var;    /* newobject call -> boxed var */
  static hash_map<tree, HOST_WIDE_INT> select_sends; /* select's cases -> sends */
  static hash_map<tree, int> var_depth;         /* var -> loop depth at its def */
  static hash_map<tree, location_t> addr_at;    /* temp -> where its address is
                                            first taken */
  static hash_map<tree, vec<gimple *> *> temp_defs; /* whole defs of temps */
  static hash_set<tree> temp_not_expr;          /* temps that must be locations */
  /* Arrays gccgo builds for a variadic call's trailing arguments, on
     the stack or by runtime.newobject.  */
  static hash_set<tree> variadic_arrays;
  static hash_set<gimple *> variadic_allocs;
  /* Statements by position: map assignments (never self-assignments);
     positions where an array field is sliced (its address taken): gc's
     OSLICEARR, never a slice self-assignment.  */
  static hash_set<pos_key_hash> map_assign_at;
  auto_vec<ge_pos> array_slices;
  void note_addresses (gimple *stmt);
  void scan ();
  bool temp_is_expr (tree var);
  bool box_origin (tree t, gimple **call, tree *var, int budget = 16);
  gimple *origin_alloc (tree t, int budget);
  void find_boxes ();
  void find_variadic_arrays ();
  void note_variadic_call (gimple *call);
  void find_string_views ();
  bool select_send_case (tree lhs);

  /* iface.cc: interface conversions, by their box: a newobject call, a
     stack temporary, or the __object store of a static constant.  */
  auto_vec<conversion *> convs;
  static hash_map<gimple *, conversion *> conv_of_call;
  static hash_map<tree, conversion *> conv_of_var;
  static hash_map<gimple *, conversion *> conv_of_store;
  /* Source operands already taken at a position.  */
  static hash_map<pos_key_hash, unsigned> conv_taken;
  static hash_set<ge_loc *> box_locs;           /* interface boxes' locations */
  void find_conversions ();
  bool find_constant_copy (gimple *stmt);
  ge_loc *conversion_loc (conversion *c);

  /* locations.cc */
  static hash_map<tree, ge_loc *> locs;         /* named variables and storage */
  static hash_map<const ge_loc *, tree> loc_type; /* a variable's Go type, as
                                              gccgo lowers it */
  static hash_map<tree, tree> user_var_of;      /* temporary -> variable it backs */
  static hash_map<gimple *, ge_loc *> allocs;   /* allocating call -> location */
  static hash_map<gimple *, ge_loc *> string_views; /* s.__data = b.__values ->
                                                gc's string(b) */
  static hash_map<tree, ge_loc **> result_fields; /* a call's results record ->
                                              one location per result */
  auto_vec<ge_loc *> funclits;           /* "func literal" locations */
  static hash_map<ge_loc *, ge_func *> lit_clo; /* literal -> its function */
  ge_loc *param_named (const char *name);
  ge_loc *storage_loc (ge_pos pos, int depth, unsigned HOST_WIDE_INT size);
  ge_loc *variadic_loc (ge_pos pos, int depth);
  ge_loc *loc_of_decl (tree decl);
  ge_loc *alloc_loc (gimple *call);
  ge_loc *alloc_site (gimple *call);
  const char *allocator_name (const gimple *call);
  void allocated_by (ge_loc *l, gimple *call);
  ge_loc *call_result_loc (tree lhs, gimple *call);
  bool split_results (tree lhs, gimple *call, ge_call *c, ge_func *callee);
  ge_pos declared_pos (tree var, ge_pos pos);

  /* appends.cc: gc's append, whose appendee and result share a
     temporary (teeHole).  */
  struct appendee { ge_loc *tee; gimple *call; };
  static hash_map<tree, appendee> appendees;   /* the slice's variable */
  void note_appendee (gimple *call);
  ge_loc *appendee_tee (gimple *call);
  bool read_append_result (gimple *stmt, tree lhs, ge_hole k);

  /* typeswitch.cc: gc's OSWITCH of a type switch with a variable.  */
  static hash_map<tree, ge_pos> ts_clause;     /* clause variable -> colon */
  static hash_map<pos_key_hash, ge_loc *> ts_tee; /* guard -> gc's {temp} */
  static hash_map<pos_key_hash, int> ts_count; /* guard -> variables with
                                                  pointers */
  int typeswitch_vars (tree var);
  bool read_typeswitch_binding (gimple *stmt, tree lhs, ge_hole k,
                                const terms &t);
  ge_loc *result_field_loc (tree base, tree field);
  ge_loc *bind_literal (ge_pos pos, int depth, ge_func *clo);

  /* notes.cc */
  static hash_map<tree, tree> object_store;    /* interface temp -> its __object */
  static hash_map<const ge_loc *, ge_pos> call_result_at; /* temp -> its call */
  /* The allocation ge_spill put into each of gccgo's temporaries
     (spilled_into): flows out of the temporary are noted for it.  */
  static hash_map<ge_loc *, ge_loc *> spilled_in;
  bool object_stores_built = false;
  bool want_notes ();
  bool converted_iface (tree t, int budget);
  bool stmt_converts_iface ();
  bool hidden_temp (const ge_loc *l);
  ge_hole add_src_notes (ge_hole k, const char *file,
                         const struct ge_src_note *notes, int n);
  ge_hole flow_notes (ge_hole k, ge_loc *src, int derefs, const ge_pos *call,
                      bool iface = false);
  ge_hole noted (ge_hole onto, ge_hole k, ge_loc *src, int derefs,
                 const ge_pos *call, bool iface);
  /* Flows into gccgo's temporaries, made when the temporary flows on.  */
  struct pending_flow
  {
    ge_hole k;
    ge_loc *src;
    int derefs;
    gimple *stmt;
    bool iface;
  };
  static hash_map<ge_loc *, vec<pending_flow> *> pending;
  auto_vec<ge_loc *> pending_order;
  void drain (ge_loc *t, ge_hole k, int derefs, const ge_pos *call,
              bool iface);
  void flush_pending ();
  ge_note *arg_notes (ge_loc *src, int derefs, ge_pos call_pos, tree arg);
  ge_hole result_notes (ge_hole k, ge_pos call_pos);
  void spilled_into (ge_hole k, ge_loc *src);
  const char *call_text (ge_pos *pos);

  /* expr.cc */
  static hash_map<tree, tree> map_iter;         /* range's map iterator -> the map */
  static hash_map<tree, ge_loc *> map_iter_temp; /* ... -> gc's {temp} of it */
  static hash_map<tree, memo *> temp_memo;
  memo *ssa_memo = NULL;
  unsigned nssa = 0;
  ge_loc *thunk_val = NULL;              /* a method value thunk's receiver */
  static hash_map<tree, ge_loc *> thunk_fields; /* a go/defer thunk's record's
                                            fields -> their parameters */
  const terms &eval_ssa (tree name);
  const terms &eval_temp (tree var);
  ge_loc *range_temp (tree var, vec<gimple *> *defs, const terms &t);
  void eval (tree t, terms &out);
  void eval_rhs (gimple *stmt, terms &out);

  /* flows.cc */
  static hash_map<ge_loc *, ge_loc *> var_lit;  /* variable -> the literal it holds */
  static hash_set<ge_loc *> var_multi;          /* variables assigned otherwise */
  bool lhs_hole (tree lhs, ge_hole *k);
  void flow_terms (ge_hole k, const terms &t, tree type);
  void flow_to_heap (tree arg, int derefs);
  void flow_into (ge_hole k, tree arg, int derefs);
  void call_arg (ge_call *c, uint32_t index, tree arg, gimple *stmt);
  bool call_result_hole (tree lhs, gimple *call, ge_hole *k);
  void note_assignment (gimple *stmt, ge_hole k, const terms &t);

  /* closures.cc: gccgo's closure records and descriptors.  */
  static hash_set<tree> clo_rec_types;          /* types of closure records */
  ge_func *cur_clo = NULL;               /* literal whose record is built */
  static hash_map<tree, tree> method_value_thunk; /* method value record -> thunk */
  static hash_set<pos_key_hash> method_value_lines; /* lines building one */
  bool read_closure_store (gimple *stmt);
  void read_method_value_store (gimple *stmt);
  ge_func *static_closure (tree chain);
  ge_func *static_function (tree chain, ge_pos pos);

  /* thunks.cc */
  void thunk_record_args (ge_call *c, tree arg, gimple *stmt);
  int go_defer_temps = 0;            /* gc's temporaries of go/defer */
  bool read_go_defer_wrapper (gimple *stmt, ge_pos at, tree thunk_decl,
                              ge_func *thunk, tree arg, bool to_heap,
                              ge_loc *lit);

  /* runtime-calls.cc */
  bool read_runtime_call (gimple *stmt, const struct ge_rt_entry &rt);
  void read_go_defer (gimple *stmt, tree fnarg, tree arg, bool to_heap);
  ge_loc *go_defer_literal (gimple *stmt, tree callee_decl, bool to_heap);
  void read_type_assertion (gimple *stmt);
  void read_map_literal (gimple *stmt);
  static hash_map<pos_key_hash, unsigned> conv_arg_taken; /* call position -> how
                                                      many taken there */
  bool conversion_argument (ge_pos *pos, char *text, size_t size,
                            int *gc_col);
  void read_string_op (gimple *stmt, bool concat);
  void string_buffer_seen (ge_loc *l, gimple *stmt);

  /* calls.cc */
  char receiver_prefix (tree arg, bool ptr_recv);
  static tree note_embedded (tree *tp, int *walk_subtrees, void *data);
  void note_method_calls ();
  char *method_expr (gimple *stmt, ge_pos pos, char *prefix, char *path,
                     size_t size);
  void read_call (gimple *stmt);

  /* assign.cc: statements by position, whether gc ignores them as
     self-assignments (1), not (2), or some of their pairs (3).  */
  static hash_map<pos_key_hash, int> self_assign;
  bool stores_through_go_pointer (tree lhs);
  bool ignored_self_assign (gimple *stmt, tree lhs);
  bool ignored_pair (gimple *stmt, tree lhs);
  bool iface_part_converted (tree lhs, tree rhs);
  void read_assign (gimple *stmt);
  void read_phi (gphi *phi);
  void set_origin (const gimple *stmt, tree decl = NULL_TREE);

  /* reader.cc */
  void declare_signature ();
  void note_value_expr (tree var);
  void note_value_exprs (tree block);
};

} // namespace ge_gimple

#endif /* GOESCAPE_GCC_READER_H */
