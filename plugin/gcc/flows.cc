/* goescape: where values go: the hole an assignment stores into (gc's
   escape.addr), flows into holes, call arguments and results, and the
   bookkeeping of assignments gc's reassigned and StaticValue read.  */

#include "reader.h"

namespace ge_gimple {

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
    ge_flow (fn,
             flow_notes (ge_hole_shift (k, t.v[i].derefs), t.v[i].loc,
                         t.v[i].derefs, NULL),
             t.v[i].loc);
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
    ge_flow (fn,
             flow_notes (ge_hole_shift (k, derefs + t.v[i].derefs),
                         t.v[i].loc, t.v[i].derefs, NULL),
             t.v[i].loc);
}

/* ARG, evaluated, as argument INDEX of C at STMT.  */
void
reader::call_arg (ge_call *c, uint32_t index, tree arg, gimple *stmt)
{
  terms t;
  eval (arg, t);
  ge_pos at = pos_of (gimple_location (stmt));
  if (t.n == 1)
    ge_call_arg (c, index, t.v[0].loc, t.v[0].derefs,
                 arg_notes (t.v[0].loc, t.v[0].derefs, at, arg));
  else if (t.n > 1)
    {
      ge_loc *tmp = ge_loc_new (fn, GE_LOC_TEMP, NULL, at, depth_of (stmt));
      for (unsigned i = 0; i < t.n; i++)
        {
          ge_hole k = ge_hole_shift (ge_hole_of (tmp), t.v[i].derefs);
          k.notes = arg_notes (t.v[i].loc, t.v[i].derefs, at, arg);
          ge_flow (fn, k, t.v[i].loc);
        }
      ge_call_arg (c, index, tmp, 0, NULL);
    }
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

} // namespace ge_gimple
