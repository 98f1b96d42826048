/* goescape: the GIMPLE reader.

   Turns a function gccgo compiled into the engine's locations and flows,
   seeing through gccgo's lowering so that the graph has the shape gc's
   escape analysis builds from the Go source:

   - compiler temporaries (anonymous SSA names, gccgo's single-assignment
     GOTMP variables) are sub-expressions, not locations: their uses are
     replaced by what defines them;
   - a variable gccgo already moved to the heap (a pointer set from
     runtime.newobject at the variable's own position) stands for the
     variable itself, and stores through it are assignments to it;
   - a store through a pointer that is the address of a local is an
     assignment to that local; any other store through a pointer goes to
     the heap, as gc's ODEREF assignment does;
   - SSA versions of a named variable are that variable: gc's analysis is
     flow-insensitive.

   This file is compiled as C++ because GCC's headers are; the analysis is
   the C engine's.  */

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
#include "ssa-iterators.h"

#include "gimple-reader.h"

extern "C" {
#include "goescape/source/source.h"
}

namespace {

struct term
{
  ge_loc *loc;
  int derefs;
};

/* A small growable list of terms: what an expression's value may hold.  */
struct terms
{
  term *v = NULL;
  unsigned n = 0, alloc = 0;
  ~terms () { free (v); }
  void push (ge_loc *l, int d)
  {
    if (!l)
      return;
    for (unsigned i = 0; i < n; i++)
      if (v[i].loc == l && v[i].derefs == d)
        return;
    if (n == alloc)
      {
        alloc = alloc ? 2 * alloc : 4;
        v = XRESIZEVEC (term, v, alloc);
      }
    v[n].loc = l;
    v[n].derefs = d < -1 ? -1 : d;
    n++;
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

ge_pos
pos_of (location_t loc)
{
  expanded_location x = expand_location (loc);
  ge_pos p = { x.file, x.line, x.column };
  return p;
}

bool
same_pos (ge_pos a, ge_pos b)
{
  return a.line == b.line && a.col == b.col && a.file && b.file
         && strcmp (a.file, b.file) == 0;
}

const char *
decl_name (tree decl)
{
  tree n = DECL_NAME (decl);
  return n ? IDENTIFIER_POINTER (n) : NULL;
}

bool
type_has_ptrs (tree type, int depth = 0)
{
  if (!type || depth > 32)
    return false;
  switch (TREE_CODE (type))
    {
    case POINTER_TYPE:
    case REFERENCE_TYPE:
    case FUNCTION_TYPE:
      return true;
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
        if (TREE_CODE (f) == FIELD_DECL
            && type_has_ptrs (TREE_TYPE (f), depth + 1))
          return true;
      return false;
    case ARRAY_TYPE:
      return type_has_ptrs (TREE_TYPE (type), depth + 1);
    default:
      return false;
    }
}

/* Whether gccgo passes a value of TYPE as itself where an interface
   or a value receiver needs a pointer (its Type::is_direct_iface_type):
   pointer-shaped types, and structs and arrays holding just one.  */
bool
direct_iface_type (tree type, int depth = 0)
{
  if (!type || depth > 16)
    return false;
  if (POINTER_TYPE_P (type))
    return true;
  if (TREE_CODE (type) == RECORD_TYPE)
    {
      tree only = NULL_TREE;
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
        if (TREE_CODE (f) == FIELD_DECL)
          {
            if (only)
              return false;
            only = f;
          }
      return only && direct_iface_type (TREE_TYPE (only), depth + 1);
    }
  if (TREE_CODE (type) == ARRAY_TYPE)
    {
      tree n = array_type_nelts (type);
      return n && integer_zerop (n)
             && direct_iface_type (TREE_TYPE (type), depth + 1);
    }
  return false;
}

/* The size in bytes of TYPE, or 0 when unknown.  */
unsigned HOST_WIDE_INT
type_size (tree type)
{
  if (!type || !COMPLETE_TYPE_P (type) || !TYPE_SIZE_UNIT (type)
      || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type)))
    return 0;
  return tree_to_uhwi (TYPE_SIZE_UNIT (type));
}

/* The size of what a pointer-typed value points to, or 0.  */
unsigned HOST_WIDE_INT
pointee_size (tree ptr_type)
{
  if (!ptr_type || !POINTER_TYPE_P (ptr_type))
    return 0;
  return type_size (TREE_TYPE (ptr_type));
}

/* gccgo's compiler temporaries.  */
bool
is_temp_name (const char *n)
{
  return !n || n[0] == '$' || strncmp (n, "GOTMP", 5) == 0
         || strncmp (n, "RESULT.", 7) == 0 || strncmp (n, "D.", 2) == 0
         || strchr (n, '.') != NULL;
}

bool
is_local_var (tree t)
{
  return TREE_CODE (t) == VAR_DECL && !is_global_var (t);
}

bool
is_user_var (tree t)
{
  return is_local_var (t) && !DECL_ARTIFICIAL (t)
         && !is_temp_name (decl_name (t));
}

/* gccgo names a function literal OUTER..funcN.  */
bool
is_closure_name (const char *n)
{
  const char *f = n ? strstr (n, "..func") : NULL;
  return f && ISDIGIT (f[6]);
}

/* Wrappers gccgo writes, analysed but never reported: PKG.go..thunkN
   for a go or defer statement's call (gc's wrapper closure), and
   PKG.T.M..stub for a method T promotes from an embedded field, which
   gc calls directly on the field.  */
bool
is_wrapper_name (const char *n)
{
  const char *t = n ? strstr (n, "..thunk") : NULL;
  if (t && ISDIGIT (t[7]) && strspn (t + 7, "0123456789") == strlen (t + 7))
    return true;
  size_t len = n ? strlen (n) : 0;
  return len > 6 && strcmp (n + len - 6, "..stub") == 0;
}

/* gccgo names the Nth "func init" of package PKG PKG.PKG..initN; gc
   names it init.N.  Returns N, or -1 if NAME is not one.  */
int
user_init_index (const char *n)
{
  const char *t = n ? strstr (n, "..init") : NULL;
  if (!t || !ISDIGIT (t[6]) || strspn (t + 6, "0123456789") != strlen (t + 6))
    return -1;
  return atoi (t + 6);
}

/* gccgo splits a function F that calls recover into a wrapper F and
   the body F..r, which takes one more parameter (a bool).  For a method
   PKG.T.M the body is named PKG.PKG.T.M..r.  Returns F's name (malloc'd)
   if NAME is such a body, else NULL.  */
char *
recover_body_of (const char *name)
{
  size_t n = name ? strlen (name) : 0;
  if (n < 4 || strcmp (name + n - 3, "..r") != 0)
    return NULL;
  char *f = xstrndup (name, n - 3);
  for (char *dot = strchr (f, '.'); dot; dot = strchr (dot + 1, '.'))
    {
      size_t a = dot - f + 1;
      const char *rest = f + a;
      if (strncmp (rest, f, a) == 0 && rest[a] != '.' && rest[a] != '\0')
        {
          memmove (f, rest, strlen (rest) + 1);
          break;
        }
    }
  return f;
}

/* gccgo's runtime calls that allocate what a Go expression allocates:
   new(T) and &T{...}, make of slices and maps.  */
bool
allocating_call (const char *cn)
{
  static const char *const names[]
    = { "runtime.newobject", "runtime.makeslice", "runtime.makeslice64",
        "runtime.makemap", "runtime.makemap64", "runtime.makemap__small",
        NULL };
  for (int i = 0; cn && names[i]; i++)
    if (strcmp (cn, names[i]) == 0)
      return true;
  return false;
}

/* The position key of a statement, for per-statement memos.  */
unsigned
stmt_key (gimple *stmt)
{
  expanded_location x = expand_location (gimple_location (stmt));
  return ((unsigned) x.line << 12) | ((unsigned) x.column & 0xfff);
}

const char *
callee_name (const gimple *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  if (!fndecl)
    return NULL;
  return decl_name (fndecl);
}

/* Whether a runtime.makeslice call's length and capacity are constants:
   otherwise gc allocates on the heap ("non-constant size").  */
bool
constant_make (gimple *call)
{
  const char *cn = callee_name (call);
  if (!cn || strncmp (cn, "runtime.makeslice", 17) != 0)
    return true;
  for (unsigned i = 1; i < gimple_call_num_args (call); i++)
    if (TREE_CODE (gimple_call_arg (call, i)) != INTEGER_CST)
      return false;
  return true;
}

/* A conversion of a value to an interface, as gccgo lowers it: the
   value is copied into a box (heap or stack storage, or a static
   constant) whose address becomes the interface's __object.  */
struct conversion
{
  gimple *store;        /* X.__object = box */
  location_t box_at;    /* where the box is allocated or filled */
  const char *type;     /* the dynamic type's name: "int", "E" */
  const char *value;    /* the boxed variable's name, if a variable */
  bool constant;        /* a static constant */
  bool value_const;     /* the boxed value is a literal */
  /* Where the interface value goes, which says which source operand it
     is: result RESULT, argument ARG of a call with CALL_NARGS arguments,
     element ELEM of an array of NELEMS (a variadic call's or a
     literal's); -1 when unknown.  */
  int result, arg, call_nargs, elem, nelems;
  ge_loc *loc;          /* gc's spilled location, once made */
};

class reader
{
public:
  reader (ge_unit *u, ge_imports *im, ge_src_unit *su, function *fun)
    : u (u), im (im), su (su), fun (fun) {}
  ~reader ();
  void run ();
  void mark_static_data ();

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

  hash_map<tree, ge_loc *> locs;         /* named variables and storage */
  hash_map<tree, gimple *> box_of;       /* gccgo heap box var -> newobject */
  hash_map<tree, tree> map_iter;         /* range's map iterator -> the map */
  hash_map<tree, HOST_WIDE_INT> select_sends; /* select's cases -> sends */
  hash_map<tree, tree> method_value_thunk; /* method value record -> thunk */
  hash_map<tree, tree> user_var_of;      /* temporary -> variable it backs */
  ge_loc *thunk_val = NULL;              /* a method value thunk's receiver */
  hash_set<ge_loc *> box_locs;           /* interface boxes (conversion_loc) */
  hash_map<gimple *, ge_loc *> allocs;   /* newobject call -> its location */
  hash_map<gimple *, tree> boxed_var;    /* newobject call -> boxed var */

  /* Interface conversions, by their box: a newobject call, a stack
     temporary, or the __object store of a static constant.  */
  auto_vec<conversion *> convs;
  hash_map<gimple *, conversion *> conv_of_call;
  hash_map<tree, conversion *> conv_of_var;
  hash_map<gimple *, conversion *> conv_of_store;
  /* Arrays gccgo builds for a variadic call's trailing arguments, on
     the stack or by runtime.newobject.  */
  hash_set<tree> variadic_arrays;
  hash_set<gimple *> variadic_allocs;
  /* Source operands already taken at a position (line << 12 | col).  */
  hash_map<int_hash<unsigned, 0, UINT_MAX>, unsigned> conv_taken;
  hash_map<tree, int> var_depth;         /* var -> loop depth at its def */
  hash_map<tree, location_t> addr_at;    /* temp -> where its address is
                                            first taken */
  hash_map<tree, vec<gimple *> *> temp_defs; /* whole defs of temps */
  hash_map<tree, ge_loc **> result_fields; /* a call's results record ->
                                              one location per result */
  hash_set<tree> temp_not_expr;          /* temps that must be locations */
  hash_map<tree, memo *> temp_memo;
  memo *ssa_memo = NULL;
  unsigned nssa = 0;

  /* Function literals (gccgo's closure records and descriptors).  */
  auto_vec<ge_loc *> funclits;           /* "func literal" locations */
  hash_map<ge_loc *, ge_func *> lit_clo; /* literal -> its function */
  hash_set<tree> clo_rec_types;          /* types of closure records */
  ge_func *cur_clo = NULL;               /* literal whose record is built */
  gimple *cur_stmt = NULL;               /* the statement being read */
  hash_map<ge_loc *, ge_loc *> var_lit;  /* variable -> the literal it holds */
  hash_set<ge_loc *> var_multi;          /* variables assigned otherwise */

  /* Statements by position (line << 12 | col): whether gc ignores them as
     self-assignments (1) or not (2); map assignments are never.  */
  hash_map<int_hash<unsigned, 0, UINT_MAX>, int> self_assign;
  hash_set<int_hash<unsigned, 0, UINT_MAX> > map_assign_at;
  /* Positions where an array field is sliced (its address taken): gc's
     OSLICEARR, never a slice self-assignment.  */
  auto_vec<ge_pos> array_slices;

  int depth_of (gimple *stmt);
  void declare_signature ();
  void note_addresses (gimple *stmt);
  void scan ();
  void note_method_calls ();
  char receiver_prefix (tree arg, bool ptr_recv);
  bool temp_is_expr (tree var);
  gimple *origin_alloc (tree t, int budget);
  void find_boxes ();
  void find_conversions ();
  void find_variadic_arrays ();
  void note_variadic_call (gimple *call);
  void find_string_views ();
  ge_loc *variadic_loc (ge_pos pos, int depth);
  bool box_origin (tree t, gimple **call, tree *var, int budget = 16);
  ge_loc *conversion_loc (conversion *c);
  ge_loc *param_named (const char *name);
  ge_loc *storage_loc (ge_pos pos, int depth, unsigned HOST_WIDE_INT size);
  ge_loc *loc_of_decl (tree decl);
  ge_loc *alloc_loc (gimple *call);
  ge_loc *call_result_loc (tree lhs, gimple *call);
  bool split_results (tree lhs, gimple *call, ge_call *c);
  ge_loc *result_field_loc (tree base, tree field);
  bool call_result_hole (tree lhs, gimple *call, ge_hole *k);
  const terms &eval_ssa (tree name);
  const terms &eval_temp (tree var);
  void eval (tree t, terms &out);
  void eval_rhs (gimple *stmt, terms &out);
  bool lhs_hole (tree lhs, ge_hole *k);
  void flow_terms (ge_hole k, const terms &t, tree type);
  ge_func *closure_func (tree fndecl);
  ge_loc *bind_literal (ge_pos pos, int depth, ge_func *clo);
  bool read_closure_store (gimple *stmt);
  void read_method_value_store (gimple *stmt);
  ge_func *static_closure (tree chain);
  ge_func *static_function (tree chain, ge_pos pos);
  void note_assignment (gimple *stmt, ge_hole k, const terms &t);
  bool ignored_self_assign (gimple *stmt, tree lhs);
  void read_assign (gimple *stmt);
  void read_call (gimple *stmt);
  ge_func *external_callee (const char *name, ge_pos pos);
  void flow_to_heap (tree arg, int derefs);
  void flow_into (ge_hole k, tree arg, int derefs);
  bool select_send_case (tree lhs);
  void read_go_defer (gimple *stmt, tree fnarg, tree arg, bool to_heap);
  void call_arg (ge_call *c, uint32_t index, tree arg, gimple *stmt);
  void read_type_assertion (gimple *stmt);
  void read_map_literal (gimple *stmt);
  void read_string_op (gimple *stmt, bool concat);
  void read_phi (gphi *phi);
};

reader::~reader ()
{
  if (have_sig)
    ge_src_signature_free (&sig);
  for (hash_map<tree, vec<gimple *> *>::iterator it = temp_defs.begin ();
       it != temp_defs.end (); ++it)
    {
      (*it).second->release ();
      delete (*it).second;
    }
  for (hash_map<tree, memo *>::iterator it = temp_memo.begin ();
       it != temp_memo.end (); ++it)
    delete (*it).second;
  for (unsigned i = 0; i < convs.length (); i++)
    delete convs[i];
  delete[] ssa_memo;
}

int
reader::depth_of (gimple *stmt)
{
  basic_block bb = gimple_bb (stmt);
  if (!bb || !fun->x_current_loops || !bb->loop_father)
    return 1;
  return 1 + (int) loop_depth (bb->loop_father);
}

/* Parameters and results, named and placed as in the Go source.  */
void
reader::declare_signature ()
{
  tree fndecl = fun->decl;
  ge_pos fpos = pos_of (DECL_SOURCE_LOCATION (fndecl));
  /* A thunk stands at its go or defer statement: no signature there.  */
  have_sig = !thunk && ge_src_signature (su, fpos.file, fpos.line, fpos.col, &sig);

  int nparm = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    nparm++;
  /* A recover body takes a trailing bool besides F's parameters.  */
  bool use_sig = have_sig && (sig.nparams == nparm
                              || (recover_body && sig.nparams == nparm - 1));

  int i = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), i++)
    {
      const char *name;
      ge_pos pos;
      if (use_sig && i == sig.nparams)
        {
          name = NULL;
          pos = fpos;
        }
      else if (use_sig)
        {
          name = sig.params[i].name;
          pos = fpos;
          pos.line = sig.params[i].line;
          pos.col = sig.params[i].col;
        }
      else
        {
          name = decl_name (p);
          pos = pos_of (DECL_SOURCE_LOCATION (p));
        }
      /* Blank parameters: gccgo names them "p.N" ("$pN" in stubs).  A
         thunk's are never reported but must be tagged.  */
      if (!thunk && name && (strcmp (name, "_") == 0 || strchr (name, '.')
                             || name[0] == '$'))
        name = NULL;
      /* gccgo passes a value receiver by pointer; gc's receiver is the
         value ("T.m", not "(*T).m").  */
      tree type = TREE_TYPE (p);
      if (i == 0 && use_sig && sig.has_recv)
        fn->summary_kind = 'p';
      if (i == 0 && use_sig && sig.has_recv && POINTER_TYPE_P (type)
          && fn->gc_name && strncmp (fn->gc_name, "(*", 2) != 0
          && strchr (fn->gc_name, '.'))
        {
          type = TREE_TYPE (type);
          /* Callers in other packages need to know what gccgo passes.  */
          fn->summary_kind = direct_iface_type (type) ? 'v' : 'V';
        }
      ge_loc *l = ge_func_add_param (fn, name, pos, type_has_ptrs (type));
      locs.put (p, l);
    }
  /* A method value's thunk takes its receiver from the record's "val"
     field (its static chain): a parameter, as for gc's OMETHVALUE.  */
  if (thunk && nparm == 0 && fun->static_chain_decl)
    thunk_val = ge_func_add_param (fn, "$val", fpos, true);

  /* Result variables: gccgo names unnamed results $retN, in order, and
     keeps named results under their names.  */
  auto_vec<tree> rets;
  unsigned ix;
  tree var;
  FOR_EACH_LOCAL_DECL (fun, ix, var)
    {
      const char *n = decl_name (var);
      if (TREE_CODE (var) == VAR_DECL && n && strncmp (n, "$ret", 4) == 0)
        rets.safe_push (var);
      /* A variable gccgo keeps in a temporary (one a deferred closure
         captures): the code uses the temporary, gc the variable.  */
      if (TREE_CODE (var) == VAR_DECL && is_user_var (var)
          && DECL_HAS_VALUE_EXPR_P (var)
          && TREE_CODE (DECL_VALUE_EXPR (var)) == VAR_DECL)
        user_var_of.put (DECL_VALUE_EXPR (var), var);
    }
  rets.qsort ([] (const void *a, const void *b) -> int {
    int x = atoi (decl_name (*(const tree *) a) + 4);
    int y = atoi (decl_name (*(const tree *) b) + 4);
    return x < y ? -1 : x > y;
  });

  int nres = have_sig ? sig.nresults : (int) rets.length ();
  unsigned next_ret = 0;
  for (int r = 0; r < nres; r++)
    {
      const char *name = have_sig ? sig.results[r].name : NULL;
      ge_pos pos = fpos;
      if (have_sig)
        {
          pos.line = sig.results[r].line;
          pos.col = sig.results[r].col;
        }
      /* A blank result is gc's ~bN, gccgo's $retN.  */
      bool blank = name && strcmp (name, "_") == 0;
      ge_loc *l = ge_func_add_result (fn, blank ? ge_printf (u, "~b%d", r)
                                                : name, pos);
      tree decl = NULL_TREE;
      if (name && !blank)
        {
          FOR_EACH_LOCAL_DECL (fun, ix, var)
            if (TREE_CODE (var) == VAR_DECL && decl_name (var)
                && strcmp (decl_name (var), name) == 0)
              decl = var;
        }
      else if (next_ret < rets.length ())
        decl = rets[next_ret++];
      if (decl)
        locs.put (decl, l);
    }
}

/* Remember where the address of each compiler temporary is first taken:
   gccgo takes the address of the storage it keeps on the stack for an
   allocating expression at that expression.  */
void
reader::note_addresses (gimple *stmt)
{
  /* Write-barrier slow paths (runtime.typedmemmove) take addresses of
     values the plain path copies: not Go address-of.  */
  if (is_gimple_call (stmt))
    {
      const char *cn = callee_name (stmt);
      if (cn && strncmp (cn, "runtime.", 8) == 0)
        return;
    }
  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
    {
      tree op = gimple_op (stmt, i);
      if (!op || TREE_CODE (op) != ADDR_EXPR)
        continue;
      tree var = TREE_OPERAND (op, 0);
      if (!is_local_var (var) || is_user_var (var) || addr_at.get (var))
        continue;
      location_t loc = EXPR_HAS_LOCATION (op) ? EXPR_LOCATION (op)
                                              : gimple_location (stmt);
      addr_at.put (var, loc);
    }
}

/* First pass: loop depths of definitions, and which temporaries are
   single expressions.  */
void
reader::scan ()
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *stmt = gsi_stmt (gsi);
          note_addresses (stmt);
          if (is_gimple_call (stmt))
            {
              const char *cn = callee_name (stmt);
              if (cn && strncmp (cn, "runtime.mapassign", 17) == 0)
                map_assign_at.add (stmt_key (stmt));
              /* selectgo (&cases, &order, nsends, nrecvs, block): the
                 send cases come first.  */
              if (cn && strcmp (cn, "runtime.selectgo") == 0
                  && gimple_call_num_args (stmt) == 5
                  && TREE_CODE (gimple_call_arg (stmt, 0)) == ADDR_EXPR
                  && tree_fits_shwi_p (gimple_call_arg (stmt, 2)))
                select_sends.put (TREE_OPERAND (gimple_call_arg (stmt, 0), 0),
                                  tree_to_shwi (gimple_call_arg (stmt, 2)));
            }
          if (is_gimple_assign (stmt) && gimple_assign_single_p (stmt))
            {
              tree r = gimple_assign_rhs1 (stmt);
              if (TREE_CODE (r) == ADDR_EXPR
                  && TREE_CODE (TREE_OPERAND (r, 0)) == COMPONENT_REF
                  && TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0)))
                       == ARRAY_TYPE)
                array_slices.safe_push (pos_of (gimple_location (stmt)));
            }
          tree lhs = NULL_TREE;
          if (is_gimple_assign (stmt))
            lhs = gimple_assign_lhs (stmt);
          else if (is_gimple_call (stmt))
            lhs = gimple_call_lhs (stmt);
          if (!lhs)
            continue;
          if (gimple_clobber_p (stmt))
            continue;
          tree base = lhs;
          if (TREE_CODE (base) == SSA_NAME)
            base = SSA_NAME_VAR (base);
          else
            base = get_base_address (lhs);
          if (!base || !is_local_var (base))
            continue;

          int d = depth_of (stmt);
          int *old = var_depth.get (base);
          if (!old || d < *old)
            var_depth.put (base, d);

          if (is_user_var (base))
            continue;
          bool whole = (lhs == base || (TREE_CODE (lhs) == SSA_NAME
                                        && SSA_NAME_VAR (lhs) == base));
          if (!whole || is_gimple_call (stmt))
            temp_not_expr.add (base);
          else
            {
              vec<gimple *> **defs = temp_defs.get (base);
              if (!defs)
                {
                  temp_defs.put (base, new vec<gimple *> ());
                  defs = temp_defs.get (base);
                }
              (*defs)->safe_push (stmt);
            }
        }
    }
}

bool
reader::temp_is_expr (tree var)
{
  return !is_user_var (var) && !locs.get (var) && !temp_not_expr.contains (var)
         && !addr_at.get (var) && temp_defs.get (var) != NULL;
}

/* The runtime.newobject call whose result T holds, if T is a copy of
   one.  */
gimple *
reader::origin_alloc (tree t, int budget)
{
  gimple *call = NULL;
  tree var = NULL_TREE;
  return box_origin (t, &call, &var, budget) ? call : NULL;
}

/* A user variable of pointer type set from runtime.newobject at its own
   declaration is gccgo's heap copy of a Go variable.  */
void
reader::find_boxes ()
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (!is_gimple_assign (stmt))
          continue;
        tree lhs = gimple_assign_lhs (stmt);
        tree var = TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
        if (!var || !is_user_var (var) || !POINTER_TYPE_P (TREE_TYPE (var)))
          continue;
        gimple *call = origin_alloc (gimple_assign_rhs1 (stmt), 16);
        if (!call)
          continue;
        ge_pos cp = pos_of (gimple_location (call));
        ge_pos vp = pos_of (DECL_SOURCE_LOCATION (var));
        if (!same_pos (cp, vp))
          continue;
        box_of.put (var, call);
        boxed_var.put (call, var);
      }
}

/* How gc shows the receiver ARG gccgo passes to a method: taken by
   address ('&': a value's address for a pointer receiver) or
   dereferenced ('*': a pointer's target for a value receiver, which
   gccgo passes by address).  */
char
reader::receiver_prefix (tree arg, bool ptr_recv)
{
  bool addressed = TREE_CODE (arg) == ADDR_EXPR;
  if (!addressed && TREE_CODE (arg) == SSA_NAME && SSA_NAME_VAR (arg)
      && box_of.get (SSA_NAME_VAR (arg)))
    addressed = true;  /* a variable gccgo keeps on the heap */
  if (ptr_recv)
    return addressed ? '&' : 0;
  if (!POINTER_TYPE_P (TREE_TYPE (arg)))
    return 0;  /* passed by value */
  return addressed ? 0 : '*';
}

/* Tell the source renderer about each static method call (placed at its
   selector's dot), so that reported expressions show it as gc does:
   "(*T).M(x, args)", "pkg.T.M(x, args)".  */
void
reader::note_method_calls ()
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (!is_gimple_call (stmt) || gimple_call_num_args (stmt) == 0)
          continue;
        tree fndecl = gimple_call_fndecl (stmt);
        const char *cn = callee_name (stmt);
        if (!fndecl || !cn || fndecl_built_in_p (fndecl)
            || strncmp (cn, "runtime.", 8) == 0)
          continue;
        /* NAME is PKGPATH.Type.Method.  */
        const char *m = strrchr (cn, '.');
        if (!m || m == cn)
          continue;
        const char *t = m - 1;
        while (t > cn && t[-1] != '.')
          t--;
        if (t == cn)
          continue;
        char *type = xstrndup (t, m - t);
        ge_pos pos = pos_of (gimple_location (stmt));
        int ptr = -1;
        char *qual = NULL;
        if (!DECL_EXTERNAL (fndecl))
          ptr = ge_src_method_receiver (su, pos.file, type, m + 1);
        else if (ge_func *f = external_callee (cn, pos))
          {
            ptr = f->summary_kind == 'p' ? 1
                  : f->summary_kind == 'v' || f->summary_kind == 'V' ? 0 : -1;
            /* gc qualifies another package's type by its name, the last
               element of its path.  */
            const char *pkg = t - 1;
            while (pkg > cn && pkg[-1] != '/')
              pkg--;
            qual = xstrndup (pkg, t - pkg);
          }
        if (ptr >= 0)
          {
            char *expr = xasprintf (ptr ? "(*%s%s).%s" : "%s%s.%s",
                                    qual ? qual : "", type, m + 1);
            ge_src_note_method_call (su, pos.file, pos.line, pos.col, expr,
                                     receiver_prefix (gimple_call_arg (stmt, 0),
                                                      ptr == 1));
            free (expr);
          }
        free (qual);
        free (type);
      }
}

/* ---- interface conversions ------------------------------------------ */

/* The storage a pointer T holds the address of, following copies: a
   runtime.newobject call (*CALL) or a variable (*VAR).  */
bool
reader::box_origin (tree t, gimple **call, tree *var, int budget)
{
  if (budget <= 0 || !t)
    return false;
  while (CONVERT_EXPR_P (t) || TREE_CODE (t) == VIEW_CONVERT_EXPR)
    t = TREE_OPERAND (t, 0);
  if (TREE_CODE (t) == ADDR_EXPR)
    {
      tree d = TREE_OPERAND (t, 0);
      if (TREE_CODE (d) != VAR_DECL)
        return false;
      *var = d;
      return true;
    }
  gimple *def = NULL;
  if (TREE_CODE (t) == SSA_NAME)
    {
      tree v = SSA_NAME_VAR (t);
      if (v && (TREE_CODE (v) == PARM_DECL || is_user_var (v)))
        return false;
      def = SSA_NAME_DEF_STMT (t);
    }
  else if (TREE_CODE (t) == VAR_DECL && temp_is_expr (t))
    {
      /* gccgo's GOTMP copies, defined once.  */
      vec<gimple *> *defs = *temp_defs.get (t);
      if (defs->length () != 1)
        return false;
      def = (*defs)[0];
    }
  if (!def)
    return false;
  if (is_gimple_call (def))
    {
      const char *cn = callee_name (def);
      if (cn && strcmp (cn, "runtime.newobject") == 0)
        {
          *call = def;
          return true;
        }
      return false;
    }
  if (is_gimple_assign (def)
      && (gimple_assign_single_p (def)
          || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
    return box_origin (gimple_assign_rhs1 (def), call, var, budget - 1);
  return false;
}

/* The name of the variable whose value T is, following copies into
   temporaries; NULL if T is computed.  */
static const char *
value_name (tree t, int budget = 8)
{
  if (!t || budget <= 0)
    return NULL;
  if (TREE_CODE (t) == SSA_NAME)
    {
      tree v = SSA_NAME_VAR (t);
      if (v && (TREE_CODE (v) == PARM_DECL || is_user_var (v)))
        return decl_name (v);
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (def && is_gimple_assign (def) && gimple_assign_single_p (def))
        return value_name (gimple_assign_rhs1 (def), budget - 1);
      return NULL;
    }
  if (TREE_CODE (t) == PARM_DECL || (TREE_CODE (t) == VAR_DECL
                                     && is_user_var (t)))
    return decl_name (t);
  if (TREE_CODE (t) == VAR_DECL && is_global_var (t) && decl_name (t))
    {
      /* gccgo qualifies globals: go.p.x.  */
      const char *n = decl_name (t), *dot = strrchr (n, '.');
      return dot ? dot + 1 : n;
    }
  return NULL;
}

/* The Go name of the type a descriptor or method table stands for:
   "int..d" -> "int", "go.p.E..d" -> "E", "imt..I..go_0p.E" -> "E".  */
static const char *
descriptor_type (tree addr)
{
  if (!addr || TREE_CODE (addr) != ADDR_EXPR)
    return NULL;
  const char *n = decl_name (TREE_OPERAND (addr, 0));
  if (!n)
    return NULL;
  static char buf[128];
  const char *end = n + strlen (n);
  if (strncmp (n, "imt..", 5) == 0)
    {
      const char *last = strstr (n + 5, "..");
      while (last && strstr (last + 2, ".."))
        last = strstr (last + 2, "..");
      n = last ? last + 2 : n;
    }
  else if (end - n > 3 && strcmp (end - 3, "..d") == 0)
    end -= 3;
  const char *dot = n;
  for (const char *q = n; q < end; q++)
    if (*q == '.')
      dot = q + 1;
  snprintf (buf, sizeof buf, "%.*s", (int) (end - dot), dot);
  return buf;
}

/* Find gccgo's interface conversions: stores of a box into an
   interface's __object field.  */
void
reader::find_conversions ()
{
  /* What each box is filled with: *P = V.  */
  hash_map<gimple *, tree> call_value;
  hash_map<tree, tree> var_value;
  hash_map<gimple *, location_t> call_filled;
  hash_map<tree, location_t> var_filled;
  /* Where interface temporaries go: a result variable, a call.  */
  hash_map<tree, int> to_result;
  hash_map<tree, std::pair<int, int> > to_arg;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (is_gimple_call (stmt))
          for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
            {
              tree a = gimple_call_arg (stmt, i);
              if (TREE_CODE (a) == VAR_DECL && !to_arg.get (a))
                to_arg.put (a, std::make_pair ((int) i,
                                               (int) gimple_call_num_args (stmt)));
            }
        if (!is_gimple_assign (stmt) || !gimple_assign_single_p (stmt))
          continue;
        if (TREE_CODE (gimple_assign_rhs1 (stmt)) == VAR_DECL)
          if (ge_loc **r = locs.get (gimple_assign_lhs (stmt)))
            if ((*r)->cls == GE_LOC_RESULT)
              to_result.put (gimple_assign_rhs1 (stmt), (*r)->result_index - 1);
        tree lhs = gimple_assign_lhs (stmt);
        if (TREE_CODE (lhs) != MEM_REF || !integer_zerop (TREE_OPERAND (lhs, 1)))
          continue;
        gimple *call = NULL;
        tree var = NULL_TREE;
        if (!box_origin (TREE_OPERAND (lhs, 0), &call, &var))
          continue;
        if (call && !call_value.get (call))
          {
            call_value.put (call, gimple_assign_rhs1 (stmt));
            call_filled.put (call, gimple_location (stmt));
          }
        if (var && !var_value.get (var))
          {
            var_value.put (var, gimple_assign_rhs1 (stmt));
            var_filled.put (var, gimple_location (stmt));
          }
      }

  FOR_EACH_BB_FN (bb, fun)
    {
      tree last_desc = NULL_TREE, last_desc_base = NULL_TREE;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *stmt = gsi_stmt (gsi);
          if (!is_gimple_assign (stmt) || !gimple_assign_single_p (stmt))
            continue;
          tree lhs = gimple_assign_lhs (stmt);
          if (TREE_CODE (lhs) != COMPONENT_REF)
            continue;
          const char *field = decl_name (TREE_OPERAND (lhs, 1));
          if (!field)
            continue;
          tree rhs = gimple_assign_rhs1 (stmt);
          if (strcmp (field, "__type_descriptor") == 0
              || strcmp (field, "__methods") == 0)
            {
              last_desc = rhs;
              last_desc_base = TREE_OPERAND (lhs, 0);
              continue;
            }
          if (strcmp (field, "__object") != 0)
            continue;
          gimple *call = NULL;
          tree var = NULL_TREE;
          if (!box_origin (rhs, &call, &var))
            continue;
          conversion *c = new conversion ();
          c->store = stmt;
          c->box_at = gimple_location (stmt);
          c->result = c->arg = c->elem = -1;
          tree iface = TREE_OPERAND (lhs, 0);
          if (TREE_CODE (iface) == ARRAY_REF
              && TREE_CODE (TREE_OPERAND (iface, 1)) == INTEGER_CST)
            {
              tree at = TREE_TYPE (TREE_OPERAND (iface, 0));
              tree dom = TREE_CODE (at) == ARRAY_TYPE ? TYPE_DOMAIN (at) : NULL;
              if (dom && TYPE_MAX_VALUE (dom)
                  && TREE_CODE (TYPE_MAX_VALUE (dom)) == INTEGER_CST)
                {
                  c->elem = (int) tree_to_shwi (TREE_OPERAND (iface, 1));
                  c->nelems = (int) tree_to_shwi (TYPE_MAX_VALUE (dom)) + 1;
                }
            }
          else if (ge_loc **r = locs.get (iface))
            {
              if ((*r)->cls == GE_LOC_RESULT)
                c->result = (*r)->result_index - 1;
            }
          else if (int *r = to_result.get (iface))
            c->result = *r;
          else if (std::pair<int, int> *a = to_arg.get (iface))
            {
              c->arg = a->first;
              c->call_nargs = a->second;
            }
          if (last_desc && operand_equal_p (last_desc_base,
                                            TREE_OPERAND (lhs, 0), 0))
            c->type = ge_strdup (u, descriptor_type (last_desc));
          tree value = NULL_TREE;
          if (call)
            {
              /* A box gccgo allocates where the conversion is, not a
                 pointer the program allocated (new(T), &T{...}).  */
              ge_pos cp = pos_of (gimple_location (call));
              char text[64];
              int col;
              enum ge_src_alloc kind
                = ge_src_alloc_at (su, cp.file, cp.line, cp.col, text,
                                   sizeof text, &col);
              if (boxed_var.get (call) || kind == GE_SRC_NEW
                  || kind == GE_SRC_PTRLIT || kind == GE_SRC_METHVAL
                  || kind == GE_SRC_FUNCLIT)
                {
                  delete c;
                  continue;
                }
              c->box_at = gimple_location (call);
              if (tree *v = call_value.get (call))
                value = *v;
              if (location_t *l = call_filled.get (call))
                c->box_at = *l;
              conv_of_call.put (call, c);
            }
          else if (is_global_var (var))
            {
              /* gccgo's constants: go..C<N>.  */
              const char *vn = decl_name (var);
              if (!vn || strncmp (vn, "go..C", 5) != 0)
                {
                  delete c;
                  continue;
                }
              c->constant = true;
              conv_of_store.put (stmt, c);
            }
          else if (!is_user_var (var))
            {
              if (tree *v = var_value.get (var))
                value = *v;
              if (location_t *l = var_filled.get (var))
                c->box_at = *l;
              conv_of_var.put (var, c);
            }
          else
            {
              delete c;
              continue;
            }
          if (value)
            {
              c->value = value_name (value);
              c->value_const = CONSTANT_CLASS_P (value);
              if (c->value)
                c->value = ge_strdup (u, c->value);
            }
          convs.safe_push (c);
        }
    }
}

/* gccgo passes a variadic call's trailing arguments as a slice of a
   temporary array built at the call: gc's implicit "... argument".  */
void
reader::find_variadic_arrays ()
{
  hash_map<tree, gimple *> passed;    /* slice temp -> call */
  hash_map<tree, tree> array_of;      /* slice temp -> array */
  hash_map<tree, gimple *> alloc_of;  /* slice temp -> newobject */
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (is_gimple_call (stmt) && gimple_call_num_args (stmt) > 0)
          {
            tree last = gimple_call_arg (stmt, gimple_call_num_args (stmt) - 1);
            if (TREE_CODE (last) == VAR_DECL && !passed.get (last))
              passed.put (last, stmt);
            continue;
          }
        if (!is_gimple_assign (stmt) || !gimple_assign_single_p (stmt))
          continue;
        tree lhs = gimple_assign_lhs (stmt), rhs = gimple_assign_rhs1 (stmt);
        const char *field = TREE_CODE (lhs) == COMPONENT_REF
                              ? decl_name (TREE_OPERAND (lhs, 1)) : NULL;
        if (!field || strcmp (field, "__values") != 0
            || TREE_CODE (TREE_OPERAND (lhs, 0)) != VAR_DECL)
          continue;
        gimple *call = NULL;
        tree var = NULL_TREE;
        if (TREE_CODE (rhs) != ADDR_EXPR)
          {
            if (box_origin (rhs, &call, &var) && call)
              alloc_of.put (TREE_OPERAND (lhs, 0), call);
            continue;
          }
        tree arr = TREE_OPERAND (rhs, 0);
        if (is_local_var (arr) && !is_user_var (arr)
            && TREE_CODE (TREE_TYPE (arr)) == ARRAY_TYPE)
          array_of.put (TREE_OPERAND (lhs, 0), arr);
      }
  for (hash_map<tree, tree>::iterator it = array_of.begin ();
       it != array_of.end (); ++it)
    {
      gimple **call = passed.get ((*it).first);
      location_t *addr = addr_at.get ((*it).second);
      if (call && addr
          && same_pos (pos_of (gimple_location (*call)), pos_of (*addr)))
        {
          variadic_arrays.add ((*it).second);
          note_variadic_call (*call);
        }
    }
  for (hash_map<tree, gimple *>::iterator it = alloc_of.begin ();
       it != alloc_of.end (); ++it)
    {
      gimple **call = passed.get ((*it).first);
      if (call && same_pos (pos_of (gimple_location (*call)),
                            pos_of (gimple_location ((*it).second))))
        {
          variadic_allocs.add ((*it).second);
          note_variadic_call (*call);
        }
    }
}

/* Tell the source renderer that CALL packs its trailing arguments into
   gc's implicit slice: gc shows them as "... argument...".  */
void
reader::note_variadic_call (gimple *call)
{
  ge_pos pos = pos_of (gimple_location (call));
  int fixed = (int) gimple_call_num_args (call) - 1;
  /* A method call passes its receiver first; gccgo places it at the
     selector's dot.  */
  if (ge_src_call_has_receiver (su, pos.file, pos.line, pos.col))
    fixed--;
  int paren_line, paren_col;
  if (fixed >= 0 && ge_src_variadic_at (su, pos.file, pos.line, pos.col,
                                        &paren_line, &paren_col))
    ge_src_note_variadic_call (su, pos.file, paren_line, paren_col, fixed);
}

/* gc's implicit slice of the variadic call at POS: "... argument" at
   the call's parenthesis.  */
ge_loc *
reader::variadic_loc (ge_pos pos, int depth)
{
  int line, col;
  if (!ge_src_variadic_at (su, pos.file, pos.line, pos.col, &line, &col))
    return ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth);
  pos.line = line;
  pos.col = col;
  ge_loc *l = ge_loc_new (fn, GE_LOC_EXPR, "... argument", pos, depth);
  l->transient = true;
  return l;
}

/* How well source operand S fits conversion C: 0 not at all.  */
static int
conversion_fit (const conversion *c, const struct ge_src_conv *s)
{
  /* Where the value goes decides, when it is known.  */
  if (s->construct == 'r' && c->result >= 0)
    return s->index == c->result ? 4 : 0;
  if (s->construct == 'c' && c->arg >= 0
      && (c->call_nargs == s->count || c->call_nargs == s->count + 1))
    return s->index == c->arg - (c->call_nargs - s->count) ? 4 : 0;
  if (s->construct == 'c' && c->elem >= 0 && s->count >= c->nelems)
    return s->index == s->count - c->nelems + c->elem ? 4 : 0;
  if (s->construct == 'l' && c->elem >= 0)
    return s->index == c->elem ? 4 : 0;
  if (c->constant || c->value_const)
    {
      if (!s->constant)
        return 0;
      const char *t = c->type ? c->type : "";
      bool is_int = strncmp (t, "int", 3) == 0 || strncmp (t, "uint", 4) == 0;
      bool lit_ok = s->lit == 0
                    || (s->lit == 's' && strcmp (t, "string") == 0)
                    || (s->lit == 'i' && (is_int || strncmp (t, "float", 5) == 0))
                    || (s->lit == 'r' && (strcmp (t, "int32") == 0 || is_int))
                    || (s->lit == 'f' && strncmp (t, "float", 5) == 0)
                    || (s->lit == 'b' && strcmp (t, "bool") == 0);
      return lit_ok ? 3 : 1;
    }
  if (c->value)
    return strcmp (s->name, c->value) == 0 ? 3 : s->constant ? 0 : 1;
  return s->constant ? 1 : s->name[0] ? 1 : 2;
}

/* gc's spilled location for conversion C: the operand the source has
   at gccgo's position for the box, or for the interface store.  */
ge_loc *
reader::conversion_loc (conversion *c)
{
  if (c->loc)
    return c->loc;
  int depth = depth_of (c->store);
  location_t where[2] = { c->box_at, gimple_location (c->store) };
  for (int w = 0; w < 2 && !c->loc; w++)
    {
      ge_pos pos = pos_of (where[w]);
      if (!pos.file || (w == 1 && where[1] == where[0]))
        continue;
      struct ge_src_conv ops[32];
      int n = ge_src_conv_operands (su, pos.file, pos.line, pos.col, ops, 32);
      unsigned key = ((unsigned) pos.line << 12) | ((unsigned) pos.col & 0xfff);
      unsigned *taken = conv_taken.get (key);
      unsigned mask = taken ? *taken : 0;
      int best = -1, best_fit = 0;
      for (int i = 0; i < n && i < 32; i++)
        {
          if (mask & (1u << i))
            continue;
          int fit = conversion_fit (c, &ops[i]);
          if (fit > best_fit)
            best = i, best_fit = fit;
        }
      if (best < 0)
        continue;
      conv_taken.put (key, mask | (1u << best));
      ge_pos gp = { pos.file, ops[best].line, ops[best].col };
      c->loc = ge_loc_new (fn, GE_LOC_EXPR, ge_strdup (u, ops[best].text), gp,
                           depth);
      c->loc->transient = true;
    }
  if (!c->loc)
    c->loc = ge_loc_new (fn, GE_LOC_TEMP, NULL, pos_of (c->box_at), depth);
  box_locs.add (c->loc);
  return c->loc;
}

/* The parameter gc names NAME, if any.  */
ge_loc *
reader::param_named (const char *name)
{
  for (uint32_t i = 0; i < fn->nparams; i++)
    if (fn->param_names[i] && strcmp (fn->param_names[i], name) == 0)
      return fn->params[i];
  return NULL;
}

/* The location of storage allocated at POS: an allocating expression gc
   reports (new(T), &T{...}) when the source there is one, else an
   unreported temporary.  */
ge_loc *
reader::storage_loc (ge_pos pos, int depth, unsigned HOST_WIDE_INT size)
{
  char text[256];
  int gc_col = pos.col;
  enum ge_src_alloc kind = ge_src_alloc_at (su, pos.file, pos.line, pos.col,
                                            text, sizeof text, &gc_col);
  if (kind == GE_SRC_NONE)
    return ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth);
  pos.col = gc_col;
  /* gccgo may build a closure's record in one place and copy it into its
     storage: both are the one literal.  */
  if (kind == GE_SRC_FUNCLIT)
    for (unsigned i = 0; i < funclits.length (); i++)
      if (same_pos (funclits[i]->pos, pos))
        return funclits[i];
  ge_loc *l = ge_loc_new (fn, GE_LOC_EXPR, text, pos, depth);
  l->transient = true;
  ge_loc_set_size (l, size);
  if (kind == GE_SRC_FUNCLIT)
    funclits.safe_push (l);
  return l;
}

/* The size of the object a runtime.newobject call allocates, from the
   pointer type its result is given.  */
static unsigned HOST_WIDE_INT
newobject_size (gimple *call)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return 0;
  if (unsigned HOST_WIDE_INT n = pointee_size (TREE_TYPE (lhs)))
    return n;
  if (TREE_CODE (lhs) != SSA_NAME)
    return 0;
  imm_use_iterator it;
  gimple *use;
  unsigned HOST_WIDE_INT n = 0;
  FOR_EACH_IMM_USE_STMT (use, it, lhs)
    if (!n && is_gimple_assign (use))
      n = pointee_size (TREE_TYPE (gimple_assign_lhs (use)));
  return n;
}

ge_loc *
reader::loc_of_decl (tree decl)
{
  if (ge_loc **l = locs.get (decl))
    return *l;
  if (TREE_CODE (decl) != VAR_DECL || is_global_var (decl))
    return NULL;
  if (tree *user = user_var_of.get (decl))
    {
      ge_loc *l = loc_of_decl (*user);
      locs.put (decl, l);
      return l;
    }

  int *d = var_depth.get (decl);
  int depth = d ? *d : 1;
  ge_pos pos = pos_of (DECL_SOURCE_LOCATION (decl));
  ge_loc *l;
  if (is_user_var (decl))
    {
      const char *name = decl_name (decl);
      /* gccgo copies some parameters into locals of the same name (a
         receiver passed as its only field, for one): gc sees the
         parameter.  */
      l = param_named (name);
      /* Not a variable of the body that shadows it (x := x.(type)).  */
      if (l && l->pos.line != pos.line)
        l = NULL;
      if (!l)
        {
          l = ge_loc_new (fn, GE_LOC_AUTO, name, pos, depth);
          ge_loc_set_size (l, type_size (TREE_TYPE (decl)));
        }
    }
  else if (conversion **c = conv_of_var.get (decl))
    l = conversion_loc (*c);
  else if (variadic_arrays.contains (decl))
    l = variadic_loc (pos_of (*addr_at.get (decl)), depth);
  else
    {
      /* Storage gccgo keeps on the stack for an allocating expression:
         its address is taken where the expression is.  */
      location_t *at = addr_at.get (decl);
      l = at ? storage_loc (pos_of (*at), depth, type_size (TREE_TYPE (decl)))
             : ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth);
    }
  locs.put (decl, l);
  return l;
}

/* The location allocated by a runtime.newobject, makeslice or makemap
   call.  */
ge_loc *
reader::alloc_loc (gimple *call)
{
  if (ge_loc **l = allocs.get (call))
    return *l;
  if (conversion **c = conv_of_call.get (call))
    {
      ge_loc *l = conversion_loc (*c);
      allocs.put (call, l);
      return l;
    }
  if (variadic_allocs.contains (call))
    {
      ge_loc *l = variadic_loc (pos_of (gimple_location (call)),
                                depth_of (call));
      allocs.put (call, l);
      return l;
    }
  ge_pos pos = pos_of (gimple_location (call));
  int depth = depth_of (call);
  ge_loc *l = NULL;
  if (tree *var = boxed_var.get (call))
    {
      /* A boxed parameter is the parameter itself.  */
      const char *name = decl_name (*var);
      l = param_named (name);
      /* gccgo boxes a receiver at the "func" keyword.  */
      if (!l || !(same_pos (l->pos, pos) || same_pos (fn->pos, pos)))
        {
          l = ge_loc_new (fn, GE_LOC_AUTO, name, pos, depth);
          ge_loc_set_size (l, newobject_size (call));
        }
    }
  else
    {
      l = storage_loc (pos, depth, newobject_size (call));
      if (!constant_make (call))
        ge_loc_set_nonconstant (l);
    }
  allocs.put (call, l);
  return l;
}

/* A location receiving a call's results when the caller keeps them in a
   temporary.  */
ge_loc *
reader::call_result_loc (tree lhs, gimple *call)
{
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      tree var = SSA_NAME_VAR (lhs);
      if (var && (is_user_var (var) || locs.get (var)))
        return loc_of_decl (var);
      if (var && TREE_CODE (var) == VAR_DECL)
        return loc_of_decl (var);
      memo &m = ssa_memo[SSA_NAME_VERSION (lhs)];
      if (m.state != 2)
        {
          ge_loc *l = ge_loc_new (fn, GE_LOC_TEMP, NULL,
                                  pos_of (gimple_location (call)),
                                  depth_of (call));
          m.t.push (l, 0);
          m.state = 2;
        }
      return m.t.n ? m.t.v[0].loc : NULL;
    }
  return NULL;
}

/* Whether TYPE is the record gccgo returns several results in: two or
   more fields, all without a Go name (gccgo calls them UNNAMED).  */
static bool
results_record (tree type)
{
  if (!type || TREE_CODE (type) != RECORD_TYPE)
    return false;
  int n = 0;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL)
      {
        if (DECL_NAME (f)
            && strcmp (IDENTIFIER_POINTER (DECL_NAME (f)), "UNNAMED") != 0)
          return false;
        n++;
      }
  return n >= 2;
}

/* The index of FIELD in its record.  */
static int
field_index (tree field)
{
  int i = 0;
  for (tree f = TYPE_FIELDS (DECL_CONTEXT (field)); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL)
      {
        if (f == field)
          return i;
        i++;
      }
  return -1;
}

/* A call C returning several results into the record LHS: gc gives
   each result its own temporary, so each gets a location here, read
   back through the record's fields (result_field_loc).  */
bool
reader::split_results (tree lhs, gimple *call, ge_call *c)
{
  if (TREE_CODE (lhs) != VAR_DECL || is_user_var (lhs)
      || !results_record (TREE_TYPE (lhs)))
    return false;
  int n = 0;
  for (tree f = TYPE_FIELDS (TREE_TYPE (lhs)); f; f = DECL_CHAIN (f))
    n += TREE_CODE (f) == FIELD_DECL;
  /* NULL-terminated: a field's index is checked against it.  */
  ge_loc **v = (ge_loc **) ge_alloc (u, (n + 1) * sizeof *v);
  for (int r = 0; r < n; r++)
    {
      v[r] = ge_loc_new (fn, GE_LOC_TEMP, NULL,
                         pos_of (gimple_location (call)), depth_of (call));
      if (r < GE_NUM_ESC_RESULTS)
        ge_call_result (c, (uint32_t) r, ge_hole_of (v[r]));
    }
  result_fields.put (lhs, v);
  return true;
}

/* The location of one result read as FIELD of BASE: a results record
   split_results saw, or a temporary copied whole from one.  */
ge_loc *
reader::result_field_loc (tree base, tree field)
{
  if (TREE_CODE (base) == VIEW_CONVERT_EXPR)
    base = TREE_OPERAND (base, 0);
  if (TREE_CODE (base) != VAR_DECL)
    return NULL;
  ge_loc ***v = result_fields.get (base);
  if (!v)
    {
      vec<gimple *> **defs = temp_defs.get (base);
      if (!defs || (*defs)->length () != 1
          || !gimple_assign_single_p ((**defs)[0]))
        return NULL;
      tree src = gimple_assign_rhs1 ((**defs)[0]);
      if (TREE_CODE (src) == VIEW_CONVERT_EXPR)
        src = TREE_OPERAND (src, 0);
      if (TREE_CODE (src) != VAR_DECL || !(v = result_fields.get (src)))
        return NULL;
    }
  int i = field_index (field);
  for (int k = 0; k <= i; k++)
    if (!(*v)[k])
      return NULL;
  return i >= 0 ? (*v)[i] : NULL;
}

/* The hole a call's result LHS receives: its temporary, or the
   variable or memory it is stored into.  */
bool
reader::call_result_hole (tree lhs, gimple *call, ge_hole *k)
{
  if (ge_loc *l = call_result_loc (lhs, call))
    {
      *k = ge_hole_of (l);
      return true;
    }
  return lhs_hole (lhs, k);
}

const terms &
reader::eval_ssa (tree name)
{
  memo &m = ssa_memo[SSA_NAME_VERSION (name)];
  if (m.state)
    return m.t;  /* done, or a cycle through PHIs: nothing more */
  m.state = 1;
  gimple *def = SSA_NAME_DEF_STMT (name);
  terms t;
  if (def && is_gimple_assign (def))
    eval_rhs (def, t);
  else if (def && gimple_code (def) == GIMPLE_PHI)
    {
      gphi *phi = as_a<gphi *> (def);
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
        eval (gimple_phi_arg_def (phi, i), t);
    }
  else if (def && is_gimple_call (def))
    {
      const char *cn = callee_name (def);
      if (allocating_call (cn))
        t.push (alloc_loc (def), -1);
    }
  if (m.state == 2)  /* a call result temp, created meanwhile */
    return m.t;
  m.t.append (t, 0);
  m.state = 2;
  return m.t;
}

const terms &
reader::eval_temp (tree var)
{
  memo **mp = temp_memo.get (var);
  if (!mp)
    {
      temp_memo.put (var, new memo ());
      mp = temp_memo.get (var);
    }
  memo &m = **mp;
  if (m.state)
    return m.t;
  m.state = 1;
  terms t;
  vec<gimple *> *defs = *temp_defs.get (var);
  for (unsigned i = 0; i < defs->length (); i++)
    eval_rhs ((*defs)[i], t);
  m.t.append (t, 0);
  m.state = 2;
  return m.t;
}

/* What the value of expression T may hold: locations and derefs.  */
void
reader::eval (tree t, terms &out)
{
  if (!t)
    return;
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      {
        tree var = SSA_NAME_VAR (t);
        if (var && TREE_CODE (var) == PARM_DECL)
          {
            out.push (loc_of_decl (var), 0);
            return;
          }
        if (var && is_local_var (var))
          {
            if (gimple **call = box_of.get (var))
              {
                out.push (alloc_loc (*call), -1);
                return;
              }
            if (is_user_var (var) || locs.get (var))
              {
                out.push (loc_of_decl (var), 0);
                return;
              }
          }
        out.append (eval_ssa (t), 0);
        return;
      }
    case PARM_DECL:
      out.push (loc_of_decl (t), 0);
      return;
    case VAR_DECL:
      if (is_global_var (t))
        return;  /* gc: reading a global flows nothing */
      if (gimple **call = box_of.get (t))
        {
          out.push (alloc_loc (*call), -1);
          return;
        }
      if (temp_is_expr (t))
        {
          out.append (eval_temp (t), 0);
          return;
        }
      out.push (loc_of_decl (t), 0);
      return;
    case ADDR_EXPR:
      {
        /* A function literal without captures is a static descriptor,
           OUTER..funcN..f.  */
        tree d = TREE_OPERAND (t, 0);
        const char *dn = TREE_CODE (d) == VAR_DECL ? decl_name (d) : NULL;
        size_t dl = dn ? strlen (dn) : 0;
        if (dn && dl > 3 && strcmp (dn + dl - 3, "..f") == 0
            && is_closure_name (dn) && EXPR_HAS_LOCATION (t))
          {
            char *name = xstrndup (dn, dl - 3);
            ge_func *clo = ge_func_lookup (u, name);
            if (!clo)
              clo = ge_func_new (u, name, name, pos_of (EXPR_LOCATION (t)));
            free (name);
            ge_pos pos = pos_of (EXPR_LOCATION (t));
            ge_loc *lit = bind_literal (pos, cur_stmt ? depth_of (cur_stmt) : 1,
                                        clo);
            if (lit)
              out.push (lit, -1);
            return;
          }
        terms inner;
        eval (TREE_OPERAND (t, 0), inner);
        out.append (inner, -1);
        return;
      }
    case MEM_REF:
    case TARGET_MEM_REF:
    case INDIRECT_REF:
      {
        terms inner;
        eval (TREE_OPERAND (t, 0), inner);
        out.append (inner, 1);
        return;
      }
    case COMPONENT_REF:
      {
        /* A closure's body reads a captured variable's address from
           its record, the static chain.  */
        tree base = TREE_OPERAND (t, 0);
        if (fun->static_chain_decl && TREE_CODE (base) == MEM_REF
            && TREE_CODE (TREE_OPERAND (base, 0)) == SSA_NAME
            && SSA_NAME_VAR (TREE_OPERAND (base, 0))
                 == fun->static_chain_decl)
          {
            const char *slot = decl_name (TREE_OPERAND (t, 1));
            if (slot && thunk_val && strcmp (slot, "val") == 0)
              out.push (thunk_val, 0);
            else if (slot && !thunk_val)
              out.push (ge_closure_slot (fn, slot), -1);
            return;
          }
        /* for k, v := range m: gc flows *m into v and nothing into k;
           gccgo reads both through the iterator's key and val.  */
        if (ge_loc *r = result_field_loc (base, TREE_OPERAND (t, 1)))
          {
            out.push (r, 0);
            return;
          }
        if (tree *m = DECL_P (base) ? map_iter.get (base) : NULL)
          {
            const char *field = decl_name (TREE_OPERAND (t, 1));
            if (field && strcmp (field, "key") != 0)
              eval (*m, out);
            return;
          }
        eval (base, out);
        return;
      }
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
    case NOP_EXPR:
    case CONVERT_EXPR:
      eval (TREE_OPERAND (t, 0), out);
      return;
    case POINTER_PLUS_EXPR:
      eval (TREE_OPERAND (t, 0), out);
      return;
    case COND_EXPR:
      eval (TREE_OPERAND (t, 1), out);
      eval (TREE_OPERAND (t, 2), out);
      return;
    case CONSTRUCTOR:
      {
        unsigned i;
        tree val;
        FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (t), i, val)
          eval (val, out);
        return;
      }
    default:
      return;
    }
}

void
reader::eval_rhs (gimple *stmt, terms &out)
{
  enum tree_code code = gimple_assign_rhs_code (stmt);
  if (gimple_assign_single_p (stmt) || CONVERT_EXPR_CODE_P (code)
      || code == POINTER_PLUS_EXPR || code == VIEW_CONVERT_EXPR)
    eval (gimple_assign_rhs1 (stmt), out);
  else if (code == COND_EXPR)
    {
      eval (gimple_assign_rhs2 (stmt), out);
      eval (gimple_assign_rhs3 (stmt), out);
    }
  /* uintptr arithmetic on a pointer converted back to unsafe.Pointer:
     gc's unsafeValue follows the operands (not a shift's count).  */
  else if (INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_lhs (stmt))))
    switch (code)
      {
      case PLUS_EXPR: case MINUS_EXPR: case MULT_EXPR: case TRUNC_DIV_EXPR:
      case TRUNC_MOD_EXPR: case BIT_IOR_EXPR: case BIT_XOR_EXPR:
      case BIT_AND_EXPR:
        eval (gimple_assign_rhs2 (stmt), out);
        /* Fall through.  */
      case LSHIFT_EXPR: case RSHIFT_EXPR: case NEGATE_EXPR: case BIT_NOT_EXPR:
        eval (gimple_assign_rhs1 (stmt), out);
        break;
      default:
        break;
      }
}

/* The hole an assignment to LHS stores into (gc's escape.addr); false
   when the store is not a Go assignment gc sees.  */
bool
reader::lhs_hole (tree lhs, ge_hole *k)
{
  switch (TREE_CODE (lhs))
    {
    case SSA_NAME:
      {
        tree var = SSA_NAME_VAR (lhs);
        if (!var || TREE_CODE (var) == PARM_DECL)
          return var != NULL && (*k = ge_hole_of (loc_of_decl (var)), true);
        if (box_of.get (var))
          return false;  /* the box's own definition */
        if (is_user_var (var) || locs.get (var))
          {
            *k = ge_hole_of (loc_of_decl (var));
            return true;
          }
        return false;  /* a temporary: an expression, read where used */
      }
    case VAR_DECL:
      if (is_global_var (lhs))
        {
          *k = ge_hole_of (ge_heap (u));
          return true;
        }
      if (box_of.get (lhs))
        return false;
      if (temp_is_expr (lhs))
        return false;
      *k = ge_hole_of (loc_of_decl (lhs));
      return true;
    case PARM_DECL:
      *k = ge_hole_of (loc_of_decl (lhs));
      return true;
    case RESULT_DECL:
      return false;  /* results are tracked through their variables */
    case COMPONENT_REF:
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      return lhs_hole (TREE_OPERAND (lhs, 0), k);
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
      return lhs_hole (TREE_OPERAND (lhs, 0), k);
    case MEM_REF:
    case TARGET_MEM_REF:
    case INDIRECT_REF:
      {
        /* A store through the address of a local assigns to it; any
           other store through a pointer goes to the heap.  */
        terms ptr;
        eval (TREE_OPERAND (lhs, 0), ptr);
        if (ptr.n == 1 && ptr.v[0].derefs == -1)
          *k = ge_hole_of (ptr.v[0].loc);
        else
          *k = ge_hole_of (ge_heap (u));
        return true;
      }
    default:
      return false;
    }
}

void
reader::flow_terms (ge_hole k, const terms &t, tree type)
{
  /* gc drops flows of values without pointers.  */
  if (k.derefs >= 0 && type && !type_has_ptrs (type))
    return;
  for (unsigned i = 0; i < t.n; i++)
    ge_flow (fn, ge_hole_shift (k, t.v[i].derefs), t.v[i].loc);
}

/* The engine's function for FNDECL if it is one of this unit's function
   literals.  */
ge_func *
reader::closure_func (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || DECL_EXTERNAL (fndecl))
    return NULL;
  const char *name = decl_name (fndecl);
  if (!is_closure_name (name))
    return NULL;
  return ge_func_new (u, name, name, pos_of (DECL_SOURCE_LOCATION (fndecl)));
}

/* The "func literal" location at POS, bound to CLO the first time:
   gc's OCLOSURE, which walks the literal's body there.  */
ge_loc *
reader::bind_literal (ge_pos pos, int depth, ge_func *clo)
{
  ge_loc *lit = storage_loc (pos, depth, 0);
  if (lit->cls != GE_LOC_EXPR)
    return NULL;
  if (lit_clo.get (lit))
    return lit;
  lit_clo.put (lit, clo);
  ge_closure_bind (lit, clo, depth);
  return lit;
}

/* gccgo builds a closure as a record: the function's address in its
   first field, then the address of each captured variable.  Those
   stores are gc's OCLOSURE and its ClosureVars, not assignments.  */
bool
reader::read_closure_store (gimple *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (TREE_CODE (lhs) != COMPONENT_REF || !gimple_assign_single_p (stmt))
    return false;
  tree rec_type = TYPE_MAIN_VARIANT (TREE_TYPE (TREE_OPERAND (lhs, 0)));
  tree rhs = gimple_assign_rhs1 (stmt);
  if (TREE_CODE (rhs) == ADDR_EXPR)
    if (ge_func *clo = closure_func (TREE_OPERAND (rhs, 0)))
      {
        bind_literal (pos_of (gimple_location (stmt)), depth_of (stmt), clo);
        clo_rec_types.add (rec_type);
        cur_clo = clo;
        return true;
      }
  if (!cur_clo || !clo_rec_types.contains (rec_type))
    return false;
  tree field = TREE_OPERAND (lhs, 1);
  terms t;
  eval (rhs, t);
  if (t.n == 1 && t.v[0].derefs == -1 && decl_name (field))
    ge_closure_capture (cur_clo, decl_name (field), t.v[0].loc,
                        pointee_size (TREE_TYPE (field)));
  return true;
}

/* The record key of a store into a record field, LHS: the record
   variable, or the pointer it is stored through.  */
static tree
record_key (tree lhs)
{
  tree base = TREE_OPERAND (lhs, 0);
  if (TREE_CODE (base) == MEM_REF)
    return TREE_OPERAND (base, 0);
  return DECL_P (base) ? base : NULL_TREE;
}

/* gccgo builds a method value x.M as a record {fn: thunk, val: x}.  gc's
   OMETHVALUE sends x into the record (the store itself does that) and
   into M's receiver as if M were called with results to the heap: here
   a call of the thunk, whose parameter is the receiver.  */
void
reader::read_method_value_store (gimple *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (TREE_CODE (lhs) != COMPONENT_REF || !gimple_assign_single_p (stmt))
    return;
  const char *field = decl_name (TREE_OPERAND (lhs, 1));
  tree key = record_key (lhs);
  if (!field || !key)
    return;
  tree rhs = gimple_assign_rhs1 (stmt);
  if (strcmp (field, "fn") == 0)
    {
      tree f = TREE_CODE (rhs) == ADDR_EXPR ? TREE_OPERAND (rhs, 0) : rhs;
      if (TREE_CODE (f) == FUNCTION_DECL && is_wrapper_name (decl_name (f)))
        method_value_thunk.put (key, f);
      return;
    }
  tree *thunk_decl = method_value_thunk.get (key);
  if (strcmp (field, "val") != 0 || !thunk_decl)
    return;
  const char *name = decl_name (*thunk_decl);
  ge_pos pos = pos_of (gimple_location (stmt));
  ge_func *callee = ge_func_new (u, name, name,
                                 pos_of (DECL_SOURCE_LOCATION (*thunk_decl)));
  ge_call *c = ge_call_new (fn, callee, pos, NULL, depth_of (stmt));
  for (uint32_t r = 0; r < GE_NUM_ESC_RESULTS; r++)
    ge_call_result (c, r, ge_hole_of (ge_heap (u)));
  if (type_has_ptrs (TREE_TYPE (rhs)))
    call_arg (c, 0, rhs, stmt);
}

/* The function literal a call through a function value reaches, when
   gc's ir.StaticValue finds it: the literal itself, or a variable
   assigned only that literal.  */
ge_func *
reader::static_closure (tree chain)
{
  terms t;
  eval (chain, t);
  if (t.n != 1)
    return NULL;
  ge_loc *l = t.v[0].loc;
  if (t.v[0].derefs == 0 && l->cls == GE_LOC_AUTO && !var_multi.contains (l))
    {
      ge_loc **lit = var_lit.get (l);
      l = lit ? *lit : NULL;
    }
  else if (t.v[0].derefs != -1)
    return NULL;
  ge_func **clo = l ? lit_clo.get (l) : NULL;
  return clo ? *clo : NULL;
}

/* The function a call through a function value reaches when that value
   is a declared function or a method expression (gc's ir.StaticValue):
   gccgo's descriptor NAME..f, directly or through a variable assigned
   nothing else.  */
ge_func *
reader::static_function (tree chain, ge_pos pos)
{
  if (TREE_CODE (chain) == SSA_NAME)
    {
      tree var = SSA_NAME_VAR (chain);
      if (var && (TREE_CODE (var) == PARM_DECL
                  || (locs.get (var) && var_multi.contains (*locs.get (var)))))
        return NULL;
      gimple *def = SSA_NAME_DEF_STMT (chain);
      if (!def || !gimple_assign_single_p (def))
        return NULL;
      chain = gimple_assign_rhs1 (def);
    }
  if (TREE_CODE (chain) != ADDR_EXPR)
    return NULL;
  tree desc = TREE_OPERAND (chain, 0);
  const char *dn = TREE_CODE (desc) == VAR_DECL && is_global_var (desc)
                   ? decl_name (desc) : NULL;
  size_t dl = dn ? strlen (dn) : 0;
  if (dl < 4 || strcmp (dn + dl - 3, "..f") != 0 || is_closure_name (dn))
    return NULL;
  char *name = xstrndup (dn, dl - 3);
  ge_func *f;
  if (DECL_EXTERNAL (desc))
    f = external_callee (ge_strdup (u, name), pos);
  else
    f = ge_func_new (u, name, name, pos_of (DECL_SOURCE_LOCATION (desc)));
  free (name);
  return f;
}

/* Bookkeeping of an assignment of T into K: gc's reassigned, and which
   variables hold a single function literal.  */
void
reader::note_assignment (gimple *stmt, ge_hole k, const terms &t)
{
  ge_loc *dst = k.dst;
  if (!dst || k.derefs != 0)
    return;
  /* Variables, and in a closure's body the captured ones.  */
  if (dst->cls != GE_LOC_AUTO && dst->cls != GE_LOC_PARAM
      && dst->cls != GE_LOC_RESULT && !dst->stub)
    return;
  ge_pos pos = pos_of (gimple_location (stmt));
  bool decl = same_pos (pos, dst->pos);
  if (!decl)
    ge_reassign (fn, dst);
  if (t.n == 1 && t.v[0].derefs == -1 && lit_clo.get (t.v[0].loc))
    {
      ge_loc **old = var_lit.get (dst);
      if (old && *old != t.v[0].loc)
        var_multi.add (dst);
      var_lit.put (dst, t.v[0].loc);
    }
  else if (!decl)
    var_multi.add (dst);
}

/* Whether STMT, a store into LHS, belongs to an assignment statement gc
   ignores as a self-assignment.  The first store of each statement
   reports it as gc does.  */
/* Whether a store to LHS goes through a pointer (gc's ODEREF or
   ODOTPTR), not into a variable: gccgo also stores into a variable's
   field through its address, GOTMP = &t.a; *GOTMP = ...  */
static bool
stores_through_pointer (tree lhs)
{
  tree base = get_base_address (lhs);
  if (!base || (TREE_CODE (base) != MEM_REF && TREE_CODE (base) != INDIRECT_REF))
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  while (TREE_CODE (ptr) == SSA_NAME)
    {
      gimple *def = SSA_NAME_DEF_STMT (ptr);
      if (!def || !gimple_assign_single_p (def))
        return true;
      ptr = gimple_assign_rhs1 (def);
    }
  if (TREE_CODE (ptr) != ADDR_EXPR)
    return true;
  tree obj = get_base_address (TREE_OPERAND (ptr, 0));
  return !obj || !DECL_P (obj);
}

bool
reader::ignored_self_assign (gimple *stmt, tree lhs)
{
  unsigned key = stmt_key (stmt);
  if (int *v = self_assign.get (key))
    return *v == 1;
  int verdict = 2;
  if (!map_assign_at.contains (key))
    {
      ge_pos pos = pos_of (gimple_location (stmt));
      bool through_ptr = stores_through_pointer (lhs);
      char text[512];
      bool all;
      int n = ge_src_self_assign (su, pos.file, pos.line, pos.col, through_ptr,
                                  text, sizeof text, &all);
      for (unsigned i = 0; i < array_slices.length (); i++)
        if (array_slices[i].line == pos.line && array_slices[i].col > pos.col)
          n = 0;
      for (int i = 0; i < n; i++)
        ge_walk_report (fn, pos,
                        ge_printf (u, "ignoring self-assignment in %s", text));
      if (n > 0 && all)
        verdict = 1;
    }
  self_assign.put (key, verdict);
  return verdict == 1;
}

void
reader::read_assign (gimple *stmt)
{
  if (gimple_clobber_p (stmt))
    return;
  if (read_closure_store (stmt))
    return;
  read_method_value_store (stmt);
  tree lhs = gimple_assign_lhs (stmt);
  if (select_send_case (lhs))
    flow_to_heap (gimple_assign_rhs1 (stmt), 1);
  ge_hole k;
  if (!lhs_hole (lhs, &k))
    return;
  if (conversion **c = conv_of_store.get (stmt))
    {
      /* A constant converted to an interface: gc spills it too.  */
      ge_flow (fn, ge_hole_shift (k, -1), conversion_loc (*c));
      return;
    }
  if (TREE_CODE (lhs) != SSA_NAME && k.dst->cls != GE_LOC_TEMP
      && ignored_self_assign (stmt, lhs))
    return;
  terms t;
  eval_rhs (stmt, t);
  note_assignment (stmt, k, t);
  flow_terms (k, t, TREE_TYPE (lhs));
}

/* Whether LHS is the value buffer of one of a select's send cases,
   CASES[i].elem with i below the number of sends: what it points to is
   sent, and goes to the heap as with c <- v.  */
bool
reader::select_send_case (tree lhs)
{
  if (TREE_CODE (lhs) != COMPONENT_REF)
    return false;
  const char *field = decl_name (TREE_OPERAND (lhs, 1));
  tree ref = TREE_OPERAND (lhs, 0);
  if (!field || strcmp (field, "elem") != 0 || TREE_CODE (ref) != ARRAY_REF
      || !tree_fits_shwi_p (TREE_OPERAND (ref, 1)))
    return false;
  HOST_WIDE_INT *sends = select_sends.get (TREE_OPERAND (ref, 0));
  return sends && tree_to_shwi (TREE_OPERAND (ref, 1)) < *sends;
}

/* A map literal, built by __go_construct_map from an array of keys and
   values: gc spills the map and sends keys and values to the heap.  */
void
reader::read_map_literal (gimple *stmt)
{
  unsigned n = gimple_call_num_args (stmt);
  if (n > 0)
    flow_to_heap (gimple_call_arg (stmt, n - 1), 1);
  tree lhs = gimple_call_lhs (stmt);
  ge_hole k;
  if (!lhs || !call_result_hole (lhs, stmt, &k))
    return;
  ge_pos pos = pos_of (gimple_location (stmt));
  char text[256];
  int line, col;
  if (ge_src_maplit_after (su, pos.file, pos.line, pos.col, text, sizeof text,
                           &line, &col))
    {
      pos.line = line;
      pos.col = col;
      ge_spill (fn, k, text, pos, depth_of (stmt));
    }
}

/* A type assertion to an interface (runtime.ifaceI2I2 and kin): the
   value flows into the result, gc's ODOTTYPE.  */
void
reader::read_type_assertion (gimple *stmt)
{
  tree lhs = gimple_call_lhs (stmt);
  ge_hole k;
  if (!lhs || !call_result_hole (lhs, stmt, &k))
    return;
  for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
    {
      tree arg = gimple_call_arg (stmt, i);
      if (TREE_CODE (arg) == ADDR_EXPR && is_global_var (TREE_OPERAND (arg, 0)))
        continue;  /* a type descriptor */
      terms t;
      eval (arg, t);
      flow_terms (k, t, TREE_TYPE (arg));
    }
}

/* The value of ARG after DEREFS dereferences flows to the heap.  */
void
reader::flow_to_heap (tree arg, int derefs)
{
  flow_into (ge_hole_of (ge_heap (u)), arg, derefs);
}

/* The value of ARG after DEREFS dereferences flows into K.  */
void
reader::flow_into (ge_hole k, tree arg, int derefs)
{
  /* The runtime takes values by address (&tmp): what tmp holds is the
     value, even when tmp itself is only an expression.  */
  while (derefs > 0 && TREE_CODE (arg) == ADDR_EXPR)
    {
      arg = TREE_OPERAND (arg, 0);
      derefs--;
    }
  terms t;
  eval (arg, t);
  for (unsigned i = 0; i < t.n; i++)
    ge_flow (fn, ge_hole_shift (k, derefs + t.v[i].derefs), t.v[i].loc);
}

void
reader::read_call (gimple *stmt)
{
  const char *cn = callee_name (stmt);
  /* Calls into gccgo's runtime are lowering, not Go calls: allocation
     (read where its result is used) and write barriers (the same store
     as the plain path beside them).  */
  unsigned nargs = gimple_call_num_args (stmt);
  if (cn && strcmp (cn, "__go_go") == 0 && nargs == 2)
    {
      read_go_defer (stmt, gimple_call_arg (stmt, 0),
                     gimple_call_arg (stmt, 1), true);
      return;
    }
  if (cn && ((strcmp (cn, "runtime.deferproc") == 0 && nargs == 3)
             || (strcmp (cn, "runtime.deferprocStack") == 0 && nargs == 4)))
    {
      /* gc: only a defer outside every loop keeps its wrapper (and what
         the wrapper holds) off the heap.  */
      read_go_defer (stmt, gimple_call_arg (stmt, nargs - 2),
                     gimple_call_arg (stmt, nargs - 1), depth_of (stmt) > 1);
      return;
    }
  if (cn && strncmp (cn, "runtime.", 8) == 0)
    {
      /* panic(v) and c <- v: gc's assignHeap of the value.  */
      if (strcmp (cn, "runtime.gopanic") == 0 && gimple_call_num_args (stmt) == 1)
        flow_to_heap (gimple_call_arg (stmt, 0), 0);
      /* append(s, ...) growing s: gc's "appendee slice" sends what s
         points to to the heap, when that holds pointers.  */
      else if (strcmp (cn, "runtime.growslice") == 0 && nargs == 5)
        {
          tree old = gimple_call_arg (stmt, 1);
          if (POINTER_TYPE_P (TREE_TYPE (old))
              && type_has_ptrs (TREE_TYPE (TREE_TYPE (old))))
            flow_to_heap (old, 1);
        }
      /* copy(dst, src) and append(s, t...) of pointers: gc's "copied
         slice" and "appended slice...", src's elements to the heap.  */
      else if (strcmp (cn, "runtime.typedslicecopy") == 0 && nargs == 5)
        flow_to_heap (gimple_call_arg (stmt, 3), 1);
      else if (strcmp (cn, "runtime.chansend1") == 0
               && gimple_call_num_args (stmt) == 2)
        flow_to_heap (gimple_call_arg (stmt, 1), 1);
      else if (strncmp (cn, "runtime.mapassign", 17) == 0
               && gimple_call_num_args (stmt) == 3)
        {
          /* m[k] = v: gc's "key of map put" goes to the heap; the
             generic entry takes the key's address.  */
          tree key = gimple_call_arg (stmt, 2);
          flow_to_heap (key, strcmp (cn, "runtime.mapassign") == 0 ? 1 : 0);
        }
      else if (strcmp (cn, "runtime.mapiterinit") == 0
               && gimple_call_num_args (stmt) == 3
               && TREE_CODE (gimple_call_arg (stmt, 2)) == ADDR_EXPR
               && DECL_P (TREE_OPERAND (gimple_call_arg (stmt, 2), 0)))
        map_iter.put (TREE_OPERAND (gimple_call_arg (stmt, 2), 0),
                      gimple_call_arg (stmt, 1));
      else if (strncmp (cn, "runtime.iface", 13) == 0
               || strncmp (cn, "runtime.assert", 14) == 0)
        read_type_assertion (stmt);
      else if (strcmp (cn, "runtime.concatstrings") == 0)
        read_string_op (stmt, true);
      else if (strcmp (cn, "runtime.slicebytetostring") == 0
               || strcmp (cn, "runtime.slicerunetostring") == 0
               || strcmp (cn, "runtime.stringtoslicebyte") == 0
               || strcmp (cn, "runtime.stringtoslicerune") == 0
               || strcmp (cn, "runtime.intstring") == 0)
        read_string_op (stmt, false);
      return;
    }
  if (gimple_call_internal_p (stmt))
    return;
  if (cn && strcmp (cn, "__go_construct_map") == 0)
    {
      read_map_literal (stmt);
      return;
    }
  tree fndecl = gimple_call_fndecl (stmt);
  /* gccgo turns sync/atomic's functions into GCC's atomic builtins; to
     gc they are assembly, unknown code whose arguments leak.  */
  bool atomic = fndecl && fndecl_built_in_p (fndecl) && cn
                && (strncmp (cn, "__atomic_", 9) == 0
                    || strncmp (cn, "__sync_", 7) == 0);
  if (fndecl && fndecl_built_in_p (fndecl) && !atomic)
    return;

  ge_pos pos = pos_of (gimple_location (stmt));
  ge_func *callee = NULL;
  if (atomic)
    ;
  else if (fndecl && DECL_EXTERNAL (fndecl) && cn)
    callee = external_callee (cn, pos);
  else if (fndecl && cn)
    {
      callee = ge_func_new (u, cn, cn, pos_of (DECL_SOURCE_LOCATION (fndecl)));
      /* A literal called where it is written (gc's ClosureCalled).  */
      if (is_closure_name (cn))
        callee->closure_called = true;
    }
  else if (!fndecl && gimple_call_chain (stmt))
    {
      callee = static_closure (gimple_call_chain (stmt));
      if (!callee)
        callee = static_function (gimple_call_chain (stmt), pos);
    }

  /* A literal called where it is written: gc's OCLOSURE is there even
     when gccgo calls the function directly (nothing captured).  */
  if (callee && callee->closure_called && fndecl)
    bind_literal (pos, depth_of (stmt), callee);

  ge_call *c = ge_call_new (fn, callee, pos, NULL, depth_of (stmt));

  tree lhs = gimple_call_lhs (stmt);
  if (lhs && type_has_ptrs (TREE_TYPE (lhs)))
    {
      ge_hole k;
      if (split_results (lhs, stmt, c))
        ;
      else if (call_result_hole (lhs, stmt, &k))
        {
          terms none;
          note_assignment (stmt, k, none);
          /* Several results in a record kept otherwise: each result
             flows into it.  */
          uint32_t nres = callee && callee->nresults ? callee->nresults : 1;
          for (uint32_t r = 0; r < nres && r < GE_NUM_ESC_RESULTS; r++)
            ge_call_result (c, r, k);
        }
    }

  for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
    {
      tree arg = gimple_call_arg (stmt, i);
      if (type_has_ptrs (TREE_TYPE (arg)))
        call_arg (c, i, arg, stmt);
    }
}

/* The function a go or defer statement hands the runtime, FNARG: the
   address of a thunk or of the called function itself, possibly cast
   to an integer.  */
static tree
called_function (tree fnarg)
{
  for (int budget = 8; budget > 0; budget--)
    {
      if (TREE_CODE (fnarg) == ADDR_EXPR
          && TREE_CODE (TREE_OPERAND (fnarg, 0)) == FUNCTION_DECL)
        return TREE_OPERAND (fnarg, 0);
      if (CONVERT_EXPR_P (fnarg))
        fnarg = TREE_OPERAND (fnarg, 0);
      else if (TREE_CODE (fnarg) == SSA_NAME)
        {
          gimple *def = SSA_NAME_DEF_STMT (fnarg);
          if (!def || !(gimple_assign_single_p (def)
                        || (is_gimple_assign (def)
                            && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))))
            return NULL_TREE;
          fnarg = gimple_assign_rhs1 (def);
        }
      else
        return NULL_TREE;
    }
  return NULL_TREE;
}

/* A go or defer statement: gccgo passes the runtime a function (a thunk,
   gc's wrapper closure) and its argument ARG, a record of what the
   statement evaluated.  The wrapper calls the function with ARG, and
   when TO_HEAP (go, or defer in a loop) the record and everything it
   holds go to the heap, as gc spills the wrapper there.  */
void
reader::read_go_defer (gimple *stmt, tree fnarg, tree arg, bool to_heap)
{
  if (to_heap)
    flow_to_heap (arg, 0);
  tree callee_decl = called_function (fnarg);
  const char *name = callee_decl ? decl_name (callee_decl) : NULL;
  ge_pos pos = pos_of (gimple_location (stmt));
  ge_func *callee = NULL;
  if (name && DECL_EXTERNAL (callee_decl))
    callee = external_callee (name, pos);
  else if (name)
    callee = ge_func_new (u, name, name,
                          pos_of (DECL_SOURCE_LOCATION (callee_decl)));
  ge_call *c = ge_call_new (fn, callee, pos, NULL, depth_of (stmt));
  if (!type_has_ptrs (TREE_TYPE (arg)))
    return;
  call_arg (c, 0, arg, stmt);
}

/* ARG, evaluated, as argument INDEX of C at STMT.  */
void
reader::call_arg (ge_call *c, uint32_t index, tree arg, gimple *stmt)
{
  terms t;
  eval (arg, t);
  if (t.n == 1)
    ge_call_arg (c, index, t.v[0].loc, t.v[0].derefs, NULL);
  else if (t.n > 1)
    {
      ge_loc *tmp = ge_loc_new (fn, GE_LOC_TEMP, NULL,
                                pos_of (gimple_location (stmt)),
                                depth_of (stmt));
      flow_terms (ge_hole_of (tmp), t, NULL);
      ge_call_arg (c, index, tmp, 0, NULL);
    }
}

/* The function of another package gccgo calls NAME, with the summary
   IM has for it; NULL (unknown code, whose arguments leak) if none.  */
ge_func *
reader::external_callee (const char *name, ge_pos pos)
{
  /* A function of the unit without a body (declared from the source),
     or one of another package met before.  */
  if (ge_func *f = ge_func_lookup (u, name))
    return f;
  if (!im)
    return NULL;
  ge_summary s;
  const char *pkg;
  bool first;
  switch (ge_imports_lookup (im, name, &s, &pkg, &first))
    {
    case GE_IMPORT_FOUND:
      return ge_func_external (u, name, &s);
    case GE_IMPORT_NO_SUMMARIES:
      if (first)
        ge_unit_note (u, pos, ge_printf (u, "no escape summaries for package "
                                         "%s: its functions are unknown code",
                                         pkg));
      return NULL;
    default:
      return NULL;
    }
}

/* Whether T, an SSA name, is read from a slice's __values field.  */
static bool
slice_values (tree t)
{
  if (TREE_CODE (t) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (!def || !gimple_assign_single_p (def))
    return false;
  tree r = gimple_assign_rhs1 (def);
  if (TREE_CODE (r) == SSA_NAME)
    return slice_values (r);
  return TREE_CODE (r) == COMPONENT_REF
         && decl_name (TREE_OPERAND (r, 1))
         && strcmp (decl_name (TREE_OPERAND (r, 1)), "__values") == 0;
}

/* string(b) compared, concatenated or used as a map key: gccgo makes no
   copy, it points a string at b's bytes.  gc spills a temporary string
   there all the same, and reports it as not escaping.  The GIMPLE only
   says which lines have such views (a string's __data set from a
   slice's __values); the source says where the conversions are, those
   gccgo did not lower to a runtime call.  When the counts agree, each
   is such a conversion.  */
void
reader::find_string_views ()
{
  /* By line: how many views, and the first (for its loop depth).  */
  struct line_views { int n; gimple *first; };
  hash_map<int_hash<int, 0, -1>, line_views> views;
  hash_set<int_hash<unsigned, 0, UINT_MAX> > lowered; /* line << 12 | col */
  const char *file = NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        ge_pos pos = pos_of (gimple_location (stmt));
        if (!pos.file || pos.line <= 0)
          continue;
        if (is_gimple_call (stmt))
          {
            const char *cn = callee_name (stmt);
            if (cn && (strcmp (cn, "runtime.slicebytetostring") == 0
                       || strcmp (cn, "runtime.slicerunetostring") == 0
                       || strcmp (cn, "runtime.intstring") == 0))
              lowered.add (((unsigned) pos.line << 12) | (unsigned) pos.col);
            continue;
          }
        if (!gimple_assign_single_p (stmt))
          continue;
        tree lhs = gimple_assign_lhs (stmt);
        if (TREE_CODE (lhs) != COMPONENT_REF
            || !decl_name (TREE_OPERAND (lhs, 1))
            || strcmp (decl_name (TREE_OPERAND (lhs, 1)), "__data") != 0
            || !slice_values (gimple_assign_rhs1 (stmt)))
          continue;
        if (file && strcmp (file, pos.file) != 0)
          return;  /* one file per function */
        file = pos.file;
        bool existed;
        line_views &v = views.get_or_insert (pos.line, &existed);
        if (!existed)
          v.first = stmt, v.n = 0;
        v.n++;
      }
  for (hash_map<int_hash<int, 0, -1>, line_views>::iterator it
         = views.begin (); it != views.end (); ++it)
    {
      int line = (*it).first, cols[16], n = 0;
      int all = ge_src_string_conversions (su, file, line, cols, 16);
      for (int i = 0; i < all; i++)
        if (!lowered.contains (((unsigned) line << 12) | (unsigned) cols[i]))
          cols[n++] = cols[i];
      if (n != (*it).second.n)
        continue;
      gimple *stmt = (*it).second.first;
      for (int i = 0; i < n; i++)
        {
          char text[256];
          int gc_col;
          if (ge_src_alloc_at (su, file, line, cols[i], text, sizeof text,
                               &gc_col) != GE_SRC_CONV)
            continue;
          ge_pos pos = { file, line, gc_col };
          ge_spill (fn, ge_hole_of (ge_blank (u)), text, pos,
                    depth_of (stmt));
        }
    }
}

/* A string conversion or concatenation (gccgo's runtime call): gc
   spills a new allocation and discards the operands.  */
void
reader::read_string_op (gimple *stmt, bool concat)
{
  tree lhs = gimple_call_lhs (stmt);
  if (!lhs)
    return;
  ge_hole k;
  if (!call_result_hole (lhs, stmt, &k))
    return;
  ge_pos pos = pos_of (gimple_location (stmt));
  char text[256];
  int gc_col = pos.col;
  bool op_assign = false;
  bool known = concat ? ge_src_concat_at (su, pos.file, pos.line, pos.col, text,
                                          sizeof text, &gc_col, &op_assign)
                      : ge_src_alloc_at (su, pos.file, pos.line, pos.col, text,
                                         sizeof text, &gc_col) == GE_SRC_CONV;
  /* x += y: gc's OASOP assigns y to x (x itself is among the
     operands: a self-assignment).  */
  if (op_assign && !known && gimple_call_num_args (stmt) == 3)
    {
      flow_into (k, gimple_call_arg (stmt, 1), 1);
      return;
    }
  if (known)
    {
      pos.col = gc_col;
      ge_spill (fn, k, text, pos, depth_of (stmt));
    }
  else
    ge_flow (fn, ge_hole_shift (k, -1),
             ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth_of (stmt)));
}

void
reader::read_phi (gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res))
    return;
  ge_hole k;
  if (!lhs_hole (res, &k))
    return;
  terms t;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    eval (gimple_phi_arg_def (phi, i), t);
  flow_terms (k, t, TREE_TYPE (res));
}

void
reader::run ()
{
  tree fndecl = fun->decl;
  const char *name = decl_name (fndecl);
  ge_pos fpos = pos_of (DECL_SOURCE_LOCATION (fndecl));
  /* F..r is F's body as gc sees it (F itself is not read).  */
  char *body_of = recover_body_of (name);
  if (body_of)
    {
      recover_body = true;
      name = ge_strdup (u, body_of);
      free (body_of);
    }
  fn = ge_func_new (u, name, name, fpos);
  fn->pos = fpos;
  fn->has_body = true;
  thunk = is_wrapper_name (name);
  if (thunk)
    fn->reported = false;
  char gc_name[256];
  if (user_init_index (name) >= 0)
    fn->gc_name = ge_printf (u, "init.%d", user_init_index (name));
  else if (!is_closure_name (name) && !thunk
           && ge_src_func_name (su, fpos.file, fpos.line, fpos.col, gc_name,
                                sizeof gc_name))
    fn->gc_name = ge_strdup (u, gc_name);

  nssa = num_ssa_names;
  ssa_memo = new memo[nssa + 1] ();

  declare_signature ();
  scan ();
  note_method_calls ();
  find_boxes ();
  find_variadic_arrays ();
  find_conversions ();
  find_string_views ();

  /* Named locals in declaration order, so the report follows gc's.  */
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator gpi = gsi_start_phis (bb); !gsi_end_p (gpi);
           gsi_next (&gpi))
        read_phi (gpi.phi ());
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *stmt = gsi_stmt (gsi);
          cur_stmt = stmt;
          if (is_gimple_assign (stmt))
            read_assign (stmt);
          else if (is_gimple_call (stmt))
            read_call (stmt);
        }
    }
}

/* Functions gccgo generates (stubs, equality and hash helpers) have no
   counterpart in gc's analysis.  Thunks do: gc's go/defer wrappers.  */
bool
generated_function (function *fun)
{
  const char *name = decl_name (fun->decl);
  if (!name)
    return true;
  /* Function literals are Go code; helpers are not.  */
  char *body_of = recover_body_of (name);
  if (body_of)
    {
      free (body_of);
      return false;
    }
  const char *lit = strstr (name, "..func");
  bool literal = (lit && is_closure_name (name)
                  && strspn (lit + 6, "0123456789") == strlen (lit + 6))
                 || is_wrapper_name (name);
  /* The package initializer runs the global variables' initializers,
     which gc analyses too.  */
  size_t nl = strlen (name);
  bool init = (nl > 8 && strcmp (name + nl - 8, "..import") == 0)
              || user_init_index (name) >= 0;
  if (strstr (name, "..") != NULL && !literal && !init)
    return true;
  expanded_location x = expand_location (DECL_SOURCE_LOCATION (fun->decl));
  return x.file == NULL || x.line == 0;
}

/* In the package initializer, the literals and interface boxes gc lays
   out statically (staticinit.c).  */
void
reader::mark_static_data ()
{
  if (!fn)
    return;
  for (uint32_t i = 0; i < fn->nlocs; i++)
    {
      ge_loc *l = fn->locs[i];
      if (l->cls != GE_LOC_EXPR || !l->name || !l->pos.file)
        continue;
      size_t n = strlen (l->name);
      if (box_locs.contains (l)
          ? ge_src_static_box (su, l->pos.file, l->pos.line, l->pos.col, l->name)
          : ((n > 2 && l->name[n - 1] == '}')
             || strcmp (l->name, "func literal") == 0)
            && ge_src_static_alloc (su, l->pos.file, l->pos.line, l->pos.col))
        ge_loc_set_static (l);
    }
}

/* Whether FUN is the wrapper of a function that calls recover: it calls
   its own body F..r, which is read in its place.  */
bool
recover_wrapper (function *fun)
{
  const char *name = decl_name (fun->decl);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi)))
        {
          char *body_of = recover_body_of (callee_name (gsi_stmt (gsi)));
          bool own = body_of && name && strcmp (body_of, name) == 0;
          free (body_of);
          if (own)
            return true;
        }
  return false;
}

bool
package_initializer (function *fun)
{
  const char *name = decl_name (fun->decl);
  size_t n = name ? strlen (name) : 0;
  return n > 8 && strcmp (name + n - 8, "..import") == 0;
}

} // namespace

void
goescape_read_function (ge_unit *u, ge_imports *im, ge_src_unit *su,
                        function *fun)
{
  if (!fun || !fun->decl || generated_function (fun) || recover_wrapper (fun))
    return;
  reader r (u, im, su, fun);
  r.run ();
  if (package_initializer (fun))
    r.mark_static_data ();
}
