/* goescape: the engine's location for a variable, a parameter, a
   result, or storage gccgo allocates for a Go expression.  */

#include "reader.h"

namespace ge_gimple {

/* The parameter gc names NAME, if any.  */
ge_loc *
reader::param_named (const char *name)
{
  for (uint32_t i = 0; i < fn->nparams; i++)
    if (fn->param_names[i] && strcmp (fn->param_names[i], name) == 0)
      return fn->params[i];
  return NULL;
}

/* The size in bytes of the basic type TYPE (its source text), or 0.  */
static unsigned
basic_size (const char *type, size_t len)
{
  static const struct { const char *name; unsigned size; } basic[] = {
    { "bool", 1 }, { "byte", 1 }, { "int8", 1 }, { "uint8", 1 },
    { "int16", 2 }, { "uint16", 2 }, { "int32", 4 }, { "uint32", 4 },
    { "rune", 4 }, { "float32", 4 }, { "int", 8 }, { "uint", 8 },
    { "int64", 8 }, { "uint64", 8 }, { "uintptr", 8 }, { "float64", 8 },
    { "unsafe.Pointer", 8 }, { "complex64", 8 }, { "complex128", 16 },
    { "string", 16 }, { NULL, 0 } };
  if (len > 0 && type[0] == '*')
    return 8;
  for (int i = 0; basic[i].name; i++)
    if (strlen (basic[i].name) == len && strncmp (basic[i].name, type, len) == 0)
      return basic[i].size;
  return 0;
}

/* new([N]T) with N a constant expression: gc prints the array type
   its typechecking folded, "new([316]int)" for new([maxNumLit +
   maxNumDist]int).  The length is the allocation's SIZE over T's, for a
   T whose size the text tells.  TEXT is rewritten in place.  */
static void
fold_array_length (char *text, size_t size, unsigned HOST_WIDE_INT bytes)
{
  if (strncmp (text, "new([", 5) != 0 || !bytes)
    return;
  char *open = text + 4, *close = strchr (open, ']');
  if (!close || close == open + 1 || strspn (open + 1, "0123456789")
                                       == (size_t) (close - open - 1))
    return;
  char *end = strrchr (close, ')');
  if (!end || end[1] != '\0')
    return;
  unsigned elem = basic_size (close + 1, end - close - 1);
  if (!elem || bytes % elem)
    return;
  char *folded = xasprintf ("%.*s%llu%s", (int) (open + 1 - text), text,
                            (unsigned long long) (bytes / elem), close);
  if (strlen (folded) < size)
    strcpy (text, folded);
  free (folded);
}

/* The location of storage allocated at POS: an allocating expression gc
   reports (new(T), &T{...}) when the source there is one, else an
   unreported temporary.  */
ge_loc *
reader::storage_loc (ge_pos pos, int depth, unsigned HOST_WIDE_INT size)
{
  char text[1024];
  int gc_col = pos.col;
  enum ge_src_alloc kind = src_alloc_at (pos, text, sizeof text, &gc_col);
  if (kind == GE_SRC_NONE)
    return ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth);
  pos.col = gc_col;
  fold_array_length (text, sizeof text, size);
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

/* gc's implicit slice of the variadic call at POS: "... argument" at
   the call's parenthesis.  */
ge_loc *
reader::variadic_loc (ge_pos pos, int depth)
{
  ge_pos paren = pos;
  if (!src_variadic_at (pos, &paren.line, &paren.col))
    return ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth);
  pos = paren;
  ge_loc *l = ge_loc_new (fn, GE_LOC_EXPR, "... argument", pos, depth);
  l->transient = true;
  return l;
}

/* Whether T mentions VAR (walk_tree's callback).  */
static tree
mentions (tree *t, int *, void *var)
{
  if (*t == (tree) var
      || (TREE_CODE (*t) == SSA_NAME && SSA_NAME_VAR (*t) == (tree) var))
    return *t;
  return NULL_TREE;
}

/* Where gc declares the user variable VAR that gccgo places at POS: at
   its own name among several declared together, and a type switch's
   variable, one per clause, which gccgo places at the guard, at the
   clause's colon (found by the variable's first use below the guard).

     switch a := a.(type) {   // gccgo: every clause's a here
     case []bool:             // gc: this clause's a at the colon
         return (*BoolArray)(&a)  */
ge_pos
reader::declared_pos (tree var, ge_pos pos)
{
  ge_pos none = { NULL, 0, 0 }, clause;
  if (!src_typeswitch_clause (pos, none, &clause))
    {
      /* Declared among several ("a, b := f()"): gccgo places all at a.  */
      int name_col;
      if (src_declared_at (pos, decl_name (var), &name_col))
        pos.col = name_col;
      return pos;
    }
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        ge_pos at = pos_of (gimple_location (stmt));
        if (at.line <= pos.line || !at.file)
          continue;
        for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
          if (gimple_op (stmt, i)
              && walk_tree_without_duplicates (gimple_op_ptr (stmt, i),
                                               mentions, var))
            {
              if (!src_typeswitch_clause (pos, at, &clause))
                return pos;
              /* gc's OSWITCH sends the guard's value into it there.  */
              ts_clause.put (var, clause);
              return clause;
            }
      }
  return pos;
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
  /* Where gccgo takes the storage's address, for an expression's.  */
  location_t *at = addr_at.get (decl);
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
        pos = declared_pos (decl, pos);
      if (!l)
        {
          l = ge_loc_new (fn, GE_LOC_AUTO, name, pos, depth);
          ge_loc_set_size (l, type_size (TREE_TYPE (decl)));
          loc_type.put (l, TREE_TYPE (decl));
        }
    }
  else if (conversion **c = conv_of_var.get (decl))
    l = conversion_loc (*c);
  else if (variadic_arrays.contains (decl))
    l = variadic_loc (pos_of (*at), depth);
  else
    /* Storage gccgo keeps on the stack for an allocating expression:
       its address is taken where the expression is.  */
    l = at ? storage_loc (pos_of (*at), depth, type_size (TREE_TYPE (decl)))
           : ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth);
  /* Whatever it stands for, gccgo gave it this frame's storage.  */
  ge_loc_seen (l, GE_SEEN_STACK, type_size (TREE_TYPE (decl)),
               is_user_var (decl) ? "stack variable" : "stack temporary",
               at && !is_user_var (decl) ? pos_of (*at)
                                         : pos_of (DECL_SOURCE_LOCATION (decl)));
  locs.put (decl, l);
  return l;
}

/* The Go name of the runtime function CALL calls, kept for the unit.  */
const char *
reader::allocator_name (const gimple *call)
{
  char name[256];
  ge_gccgo_func_name (callee_name (call), name, sizeof name);
  return ge_strdup (u, name);
}

/* The location allocated by a runtime.newobject, makeslice or makemap
   call.  */
ge_loc *
reader::alloc_loc (gimple *call)
{
  if (ge_loc **l = allocs.get (call))
    return *l;
  ge_loc *l = alloc_site (call);
  allocated_by (l, call);
  allocs.put (call, l);
  return l;
}

/* Record that the runtime call CALL allocates L's storage (compare
   mode): on the heap, but for runtime.newobject of a zero-sized type,
   which hands out the address of the runtime's zerobase.  */
void
reader::allocated_by (ge_loc *l, gimple *call)
{
  unsigned HOST_WIDE_INT zero;
  if (ge_gccgo_runtime_role (callee_name (call)) == GE_RT_NEWOBJECT
      && gimple_call_num_args (call) == 1
      && descriptor_size (gimple_call_arg (call, 0), &zero) && zero == 0)
    ge_loc_seen (l, GE_SEEN_NOALLOC, 0, "runtime.newobject of 0 bytes",
                 pos_of (gimple_location (call)));
  else
    ge_loc_seen (l, GE_SEEN_HEAP, alloc_size (call), allocator_name (call),
                 pos_of (gimple_location (call)));
}

/* What alloc_loc's CALL allocates.  */
ge_loc *
reader::alloc_site (gimple *call)
{
  if (conversion **c = conv_of_call.get (call))
    return conversion_loc (*c);
  if (variadic_allocs.contains (call))
    return variadic_loc (pos_of (gimple_location (call)), depth_of (call));
  ge_pos pos = pos_of (gimple_location (call));
  int depth = depth_of (call);
  ge_loc *l;
  if (tree *var = boxed_var.get (call))
    {
      /* A boxed parameter is the parameter itself.  */
      const char *name = decl_name (*var);
      l = param_named (name);
      for (uint32_t i = 0; !l && i < fn->nresults; i++)
        if (fn->result_names[i] && strcmp (fn->result_names[i], name) == 0)
          l = fn->results[i];
      /* gccgo boxes a receiver at the "func" keyword.  */
      if (!l || !(same_pos (l->pos, pos) || same_pos (fn->pos, pos)))
        {
          l = ge_loc_new (fn, GE_LOC_AUTO, name, declared_pos (*var, pos),
                          depth);
          ge_loc_set_size (l, newobject_size (call));
        }
    }
  else
    {
      l = storage_loc (pos, depth, alloc_size (call));
      if (!constant_make (call))
        ge_loc_set_nonconstant (l);
    }
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

/* A call C of CALLEE returning several results into the record LHS: gc
   gives each result its own temporary, so each gets a location here,
   read back through the record's fields (result_field_loc).  The
   record's fields are unnamed, or (a function of another package) named
   as its export data names the results ("$ret0", "n", "err"): then it
   is the callee's results if it is an unnamed record of as many fields
   as the callee has results.  */
bool
reader::split_results (tree lhs, gimple *call, ge_call *c, ge_func *callee)
{
  if (TREE_CODE (lhs) != VAR_DECL || is_user_var (lhs)
      || TREE_CODE (TREE_TYPE (lhs)) != RECORD_TYPE)
    return false;
  int n = 0;
  for (tree f = TYPE_FIELDS (TREE_TYPE (lhs)); f; f = DECL_CHAIN (f))
    n += TREE_CODE (f) == FIELD_DECL;
  if (!results_record (TREE_TYPE (lhs))
      && !(callee && callee->nresults >= 2 && (uint32_t) n == callee->nresults
           && !TYPE_NAME (TREE_TYPE (lhs))))
    return false;
  /* "return f()": gc's typechecking copies the results into its
     temporaries, .autotmp_N, which its explanations show.  */
  int count = 0, base = ge_unit_verbosity (u) >= 2
                        ? src_return_temps (pos_of (gimple_location (call)),
                                            &count)
                        : -1;
  if (count != n)
    base = -1;
  /* NULL-terminated: a field's index is checked against it.  */
  ge_loc **v = (ge_loc **) ge_alloc (u, (n + 1) * sizeof *v);
  for (int r = 0; r < n; r++)
    {
      const char *name = base >= 0 ? ge_printf (u, ".autotmp_%d", base + r)
                                   : NULL;
      v[r] = ge_loc_new (fn, GE_LOC_TEMP, name,
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

/* The "func literal" location at POS, bound to CLO the first time:
   gc's OCLOSURE, which walks the literal's body there.  */
ge_loc *
reader::bind_literal (ge_pos pos, int depth, ge_func *clo)
{
  ge_loc *lit = storage_loc (pos, depth, 0);
  if (lit->cls != GE_LOC_EXPR)
    return NULL;
  /* Until its record's storage is seen: a literal without captures is
     gccgo's static function descriptor.  */
  ge_loc_seen (lit, GE_SEEN_NOALLOC, 0, "static function value", pos);
  if (lit_clo.get (lit))
    return lit;
  lit_clo.put (lit, clo);
  ge_closure_bind (lit, clo, depth);
  return lit;
}

} // namespace ge_gimple
