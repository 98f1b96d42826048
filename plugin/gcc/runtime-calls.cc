/* goescape: calls of gccgo's runtime entry points (their table is
   plugin/gccgo/runtime.c): lowering of Go statements and expressions,
   not Go calls.  */

#include "reader.h"

namespace ge_gimple {

/* A call of one of gccgo's runtime entry points, RT saying which: false
   if it is an ordinary call.  Calls into gccgo's runtime are lowering,
   not Go calls: allocation (read where its result is used) and write
   barriers (the same store as the plain path beside them), and the
   statements and expressions below.  */
bool
reader::read_runtime_call (gimple *stmt, const struct ge_rt_entry &rt)
{
  unsigned nargs = gimple_call_num_args (stmt);
  switch (rt.role)
    {
    case GE_RT_NONE:
      return false;
    case GE_RT_GO:
      read_go_defer (stmt, gimple_call_arg (stmt, 0),
                     gimple_call_arg (stmt, 1), true);
      break;
    case GE_RT_DEFER:
      /* gc: only a defer outside every loop keeps its wrapper (and what
         the wrapper holds) off the heap.  */
      read_go_defer (stmt, gimple_call_arg (stmt, nargs - 2),
                     gimple_call_arg (stmt, nargs - 1), depth_of (stmt) > 1);
      break;
    case GE_RT_PANIC:
      /* panic(v): gc's assignHeap of the value.  */
      flow_to_heap (gimple_call_arg (stmt, 0), 0);
      break;
    case GE_RT_GROWSLICE:
      {
        /* append(s, ...) growing s: gc's "appendee slice" sends what s
           points to to the heap, when that holds pointers.  */
        tree old = gimple_call_arg (stmt, 1);
        if (POINTER_TYPE_P (TREE_TYPE (old))
            && type_has_ptrs (TREE_TYPE (TREE_TYPE (old))))
          {
            if (!want_notes ())
              {
                flow_to_heap (old, 1);
                break;
              }
            /* -m=2: through gc's temporary for the appendee's two
               holes (teeHole), as gc explains it:

                 flow: {temp} = s      from append(s, p) (call parameter)
                 flow: {heap} = *{temp}  from append(s, p) (appendee slice)  */
            ge_pos at = pos_of (gimple_location (stmt));
            ge_loc *tee = appendee_tee (stmt);
            flow_into (ge_hole_of (tee), old, 0);
            const char *text = call_text (&at);
            ge_flow (fn, ge_hole_deref (u, ge_hole_of (ge_heap (u)), at, text,
                                        "appendee slice"), tee);
          }
        break;
      }
    case GE_RT_SLICECOPY:
      /* copy(dst, src) and append(s, t...) of pointers: gc's "copied
         slice" and "appended slice...", src's elements to the heap.  */
      flow_to_heap (gimple_call_arg (stmt, 3), 1);
      break;
    case GE_RT_CHANSEND:
      {
        /* c <- v: gc's assignHeap of the value, when it has pointers
           (escape.flow drops the others).  gccgo passes its address.  */
        tree v = gimple_call_arg (stmt, 1);
        tree type = TREE_CODE (v) == ADDR_EXPR
                    ? TREE_TYPE (TREE_OPERAND (v, 0))
                    : POINTER_TYPE_P (TREE_TYPE (v))
                      ? TREE_TYPE (TREE_TYPE (v)) : NULL_TREE;
        if (!type || VOID_TYPE_P (type) || type_has_ptrs (type))
          flow_to_heap (v, 1);
        break;
      }
    case GE_RT_MAPASSIGN:
      /* m[k] = v: gc's "key of map put" goes to the heap.  */
      flow_to_heap (gimple_call_arg (stmt, 2), rt.key_by_address ? 1 : 0);
      break;
    case GE_RT_MAPITERINIT:
      {
        /* for k, v := range m: the iterator's key and val are read from
           the map (expr.cc).  */
        tree it = gimple_call_arg (stmt, 2);
        if (TREE_CODE (it) == ADDR_EXPR && DECL_P (TREE_OPERAND (it, 0)))
          {
            map_iter.put (TREE_OPERAND (it, 0), gimple_call_arg (stmt, 1));
            /* gc ranges over its {temp}, as over a slice (range_temp).  */
            ge_pos at = pos_of (gimple_location (stmt));
            if (src_range_at (at))
              {
                ge_loc *tmp = ge_loc_new (fn, GE_LOC_TEMP, GE_GC_TEMP, at,
                                          depth_of (stmt));
                flow_into (ge_hole_of (tmp), gimple_call_arg (stmt, 1), 0);
                map_iter_temp.put (TREE_OPERAND (it, 0), tmp);
              }
          }
        break;
      }
    case GE_RT_TYPE_ASSERT:
      read_type_assertion (stmt);
      break;
    case GE_RT_CONCAT:
      read_string_op (stmt, true);
      break;
    case GE_RT_STRING_CONV:
      read_string_op (stmt, false);
      break;
    case GE_RT_MAP_LITERAL:
      read_map_literal (stmt);
      break;
    default:
      /* Allocation, select, lowering.  */
      break;
    }
  return true;
}

/* A go or defer statement: gccgo passes the runtime a function (a thunk,
   gc's wrapper closure) and its argument ARG, a record of what the
   statement evaluated.  The wrapper calls the function with ARG, and
   when TO_HEAP (go, or defer in a loop) the record and everything it
   holds go to the heap, as gc spills the wrapper there.  */
void
reader::read_go_defer (gimple *stmt, tree fnarg, tree arg, bool to_heap)
{
  /* go f(new(T)): a lone pointer argument gccgo hands the runtime as
     is, allocated at the statement's position; gc's is the argument's.  */
  gimple *def = TREE_CODE (arg) == SSA_NAME ? SSA_NAME_DEF_STMT (arg) : NULL;
  while (def && gimple_assign_single_p (def)
         && TREE_CODE (gimple_assign_rhs1 (def)) == SSA_NAME)
    def = SSA_NAME_DEF_STMT (gimple_assign_rhs1 (def));
  ge_pos at = pos_of (gimple_location (stmt)), first;
  if (def && is_gimple_call (def) && !allocs.get (def)
      && ge_gccgo_allocates (ge_gccgo_runtime_role (callee_name (def)))
      && same_pos (pos_of (gimple_location (def)), at)
      && src_go_defer_first_arg (at, &first))
    {
      ge_loc *l = storage_loc (first, depth_of (def), alloc_size (def));
      allocated_by (l, def);
      allocs.put (def, l);
    }
  tree callee_decl = called_function (fnarg);
  const char *name = callee_decl ? decl_name (callee_decl) : NULL;
  ge_pos pos = pos_of (gimple_location (stmt));
  ge_func *callee = NULL;
  if (name && other_package (callee_decl))
    callee = external_callee (name, pos);
  else if (name)
    callee = ge_func_new (u, name, name,
                          pos_of (DECL_SOURCE_LOCATION (callee_decl)));
  /* gc's wrapper closure, when the statement's function is a thunk of
     this package and gc wraps the call: the literal it calls, if any,
     goes into the wrapper's temporary.  */
  bool thunk = name && ge_gccgo_is_thunk_name (name)
               && !other_package (callee_decl);
  /* gccgo calls a function of one pointer argument without a thunk,
     "go send(c)": gc's wrapper all the same.  */
  bool wrap = thunk || (name && !ge_gccgo_is_thunk_name (name));
  /* The literal first: gc's batch holds it with the function, and the
     wrapper with them (the thunk, reached after the literal, joins).  */
  ge_loc *lit = NULL;
  if (callee_decl && !other_package (callee_decl))
    lit = go_defer_literal (stmt, callee_decl, to_heap && !wrap);
  if (wrap && read_go_defer_wrapper (stmt, pos, callee_decl, callee, arg,
                                     to_heap, lit))
    return;
  if (wrap && lit && to_heap)
    ge_flow (fn, ge_hole_addr (u, ge_hole_of (ge_heap (u)), lit->pos,
                               lit->name, "spill"), lit);
  if (to_heap)
    flow_to_heap (arg, 0);
  ge_call *c = ge_call_new (fn, callee, pos, NULL, depth_of (stmt));
  if (!type_has_ptrs (TREE_TYPE (arg)))
    return;
  call_arg (c, 0, arg, stmt);
  /* The record's fields are the thunk's arguments, each apart.  */
  if (thunk)
    thunk_record_args (c, arg, stmt);
}

/* The function called directly in FNDECL's body, if it is a closure:
   the literal a go or defer wrapper (gccgo's thunk) calls.  */
static bool
calls_closure (const gimple *call)
{
  tree d = gimple_call_fndecl (call);
  return d && ge_gccgo_is_closure_name (decl_name (d));
}

static tree
wrapped_closure (tree fndecl)
{
  gimple *call = first_call (fndecl, calls_closure);
  return call ? gimple_call_fndecl (call) : NULL_TREE;
}

/* go func(a *int) {...}(p), defer func() {...}(): gc evaluates the
   literal where the statement is, into its wrapper when the call has
   arguments or results, and sends it where the wrapper goes: to the heap
   for go and for defer in a loop ("func literal escapes to heap"),
   nowhere for a defer outside loops.  A literal with captures has a
   record gccgo allocates, read as any closure's; one without is a static
   function, CALLEE_DECL itself or what its thunk calls, with no storage
   in the GIMPLE: its location is made here, in the function's batch.  */
ge_loc *
reader::go_defer_literal (gimple *stmt, tree callee_decl, bool to_heap)
{
  ge_pos lit;
  if (!src_go_defer_funclit (pos_of (gimple_location (stmt)), &lit))
    return NULL;
  tree clo_decl = ge_gccgo_is_closure_name (decl_name (callee_decl))
                  ? callee_decl : wrapped_closure (callee_decl);
  const char *name = clo_decl ? decl_name (clo_decl) : NULL;
  if (!name)
    return NULL;
  ge_func *clo = ge_func_lookup (u, name);
  if (!clo)
    clo = ge_func_new (u, name, name, pos_of (DECL_SOURCE_LOCATION (clo_decl)));
  ge_loc *l = bind_literal (lit, depth_of (stmt), clo);
  if (l && to_heap)
    ge_flow (fn, ge_hole_addr (u, ge_hole_of (ge_heap (u)), l->pos, l->name,
                               "spill"), l);
  return l;
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
  char text[1024];
  int line, col;
  if (src_maplit_after (pos, text, sizeof text, &line, &col))
    {
      pos.line = line;
      pos.col = col;
      ge_loc *l = ge_spill (fn, result_notes (k, pos), text, pos,
                            depth_of (stmt));
      /* gccgo-12 puts every map on the heap.  */
      ge_loc_seen (l, GE_SEEN_HEAP, 0, "__go_construct_map",
                   pos_of (gimple_location (stmt)));
      spilled_into (k, l);
    }
}

/* A string conversion that is an argument of a call: gccgo places it
   at the call, f(string(b)) at f.  Conversions at one call are taken in
   the order of the source's "string(" after it on its line; *POS
   becomes the conversion's.

     c.handlePong(string(payload))   // gccgo: at the dot; gc: at "(" */
bool
reader::conversion_argument (ge_pos *pos, char *text, size_t size, int *gc_col)
{
  if (!pos->file || pos->line <= 0)
    return false;
  int cols[16];
  int n = src_string_conversions (pos->file, pos->line, cols, 16);
  unsigned key = ((unsigned) pos->line << 12) | (unsigned) pos->col;
  bool existed;
  unsigned &taken = conv_arg_taken.get_or_insert (key, &existed);
  if (!existed)
    taken = 0;
  unsigned seen = 0;
  for (int i = 0; i < n; i++)
    {
      if (cols[i] <= pos->col)
        continue;
      if (seen++ < taken)
        continue;
      ge_pos at = *pos;
      at.col = cols[i];
      if (src_alloc_at (at, text, size, gc_col) != GE_SRC_CONV)
        return false;
      taken++;
      *pos = at;
      return true;
    }
  return false;
}

/* What gccgo does with the result of the string conversion or
   concatenation STMT, which L stands for: its first argument is a
   buffer in the caller's frame, used when the result fits (32 bytes),
   or a null pointer, for one that escapes to the heap.  */
void
reader::string_buffer_seen (ge_loc *l, gimple *stmt)
{
  ge_pos at = pos_of (gimple_location (stmt));
  tree buf = gimple_call_num_args (stmt) ? gimple_call_arg (stmt, 0)
                                         : NULL_TREE;
  if (buf && TREE_CODE (buf) == ADDR_EXPR)
    ge_loc_seen (l, GE_SEEN_STACK, type_size (TREE_TYPE (TREE_OPERAND (buf, 0))),
                 "stack buffer", at);
  else
    ge_loc_seen (l, GE_SEEN_HEAP, 0, allocator_name (stmt), at);
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
  char text[1024];
  int gc_line = pos.line, gc_col = pos.col;
  bool op_assign = false;
  bool known = concat ? src_concat_at (pos, text, sizeof text, &gc_line,
                                       &gc_col, &op_assign)
                      : src_alloc_at (pos, text, sizeof text, &gc_col)
                          == GE_SRC_CONV;
  if (!known && !concat)
    known = conversion_argument (&pos, text, sizeof text, &gc_col);
  /* x += y: gc's OASOP assigns y to x (x itself is among the
     operands: a self-assignment).  */
  if (op_assign && !known && gimple_call_num_args (stmt) == 3)
    {
      flow_into (k, gimple_call_arg (stmt, 1), 1);
      return;
    }
  if (known)
    {
      pos.line = gc_line;
      pos.col = gc_col;
      ge_loc *l = ge_spill (fn, result_notes (k, pos), text, pos,
                            depth_of (stmt));
      string_buffer_seen (l, stmt);
      spilled_into (k, l);
    }
  else
    ge_flow (fn, ge_hole_shift (k, -1),
             ge_loc_new (fn, GE_LOC_TEMP, NULL, pos, depth_of (stmt)));
}

} // namespace ge_gimple
