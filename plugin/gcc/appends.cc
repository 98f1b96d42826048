/* goescape: append's result, as gc's graph has it (escape/call.go,
   OAPPEND): the appendee flows into a temporary of gc's (teeHole), which
   flows both to the heap, dereferenced ("appendee slice"), and into the
   call's result.

     z.File = append(z.File, f)   // flow: {temp} = *z
                                  // flow: {heap} = {temp}
                                  //   from z.File = append(z.File, f) (assign)

   gccgo appends in place when the result goes back where the appendee
   came from: without growth it stores the appendee's array back,
   "z->File.__values = GOTMP.0.__values", which is that result.  */

#include "reader.h"

namespace ge_gimple {

/* The variable holding the slice CALL, a runtime.growslice, grows: its
   second argument is that variable's array, GOTMP.0.__values.  */
static tree
appendee_var (gimple *call)
{
  if (gimple_call_num_args (call) < 2)
    return NULL_TREE;
  tree old = gimple_call_arg (call, 1);
  gimple *def = TREE_CODE (old) == SSA_NAME ? SSA_NAME_DEF_STMT (old) : NULL;
  tree r = def && gimple_assign_single_p (def) ? gimple_assign_rhs1 (def)
                                               : NULL_TREE;
  if (!r || TREE_CODE (r) != COMPONENT_REF || !VAR_P (TREE_OPERAND (r, 0)))
    return NULL_TREE;
  const char *f = decl_name (TREE_OPERAND (r, 1));
  return f && strcmp (f, "__values") == 0 ? TREE_OPERAND (r, 0) : NULL_TREE;
}

/* At -m=2, made before the function is read (scan): the appendee's
   temporary exists when the store back is read, whichever comes
   first.  */
void
reader::note_appendee (gimple *call)
{
  tree var = appendee_var (call);
  if (!var || !want_notes () || appendees.get (var))
    return;
  /* Only an array of pointers has gc's temporary: otherwise the
     appendee flows into the result alone.  */
  tree old = gimple_call_arg (call, 1);
  if (!POINTER_TYPE_P (TREE_TYPE (old))
      || !type_has_ptrs (TREE_TYPE (TREE_TYPE (old))))
    return;
  ge_loc *tee = ge_loc_new (fn, GE_LOC_TEMP, GE_GC_TEMP,
                            pos_of (gimple_location (call)), depth_of (call));
  appendee a = { tee, call };
  appendees.put (var, a);
}

ge_loc *
reader::appendee_tee (gimple *call)
{
  tree var = appendee_var (call);
  if (appendee *a = var ? appendees.get (var) : NULL)
    if (a->call == call)
      return a->tee;
  return ge_loc_new (fn, GE_LOC_TEMP, GE_GC_TEMP,
                     pos_of (gimple_location (call)), depth_of (call));
}

/* STMT stores into LHS (hole K) the appendee's array read back from its
   variable, at the append: gc's result, its temporary.  */
bool
reader::read_append_result (gimple *stmt, tree lhs, ge_hole k)
{
  if (appendees.is_empty () || TREE_CODE (lhs) != COMPONENT_REF
      || !gimple_assign_single_p (stmt))
    return false;
  const char *f = decl_name (TREE_OPERAND (lhs, 1));
  tree rhs = gimple_assign_rhs1 (stmt);
  gimple *def = TREE_CODE (rhs) == SSA_NAME ? SSA_NAME_DEF_STMT (rhs) : NULL;
  tree r = def && gimple_assign_single_p (def) ? gimple_assign_rhs1 (def)
                                               : NULL_TREE;
  if (!f || strcmp (f, "__values") != 0 || !r || TREE_CODE (r) != COMPONENT_REF
      || !VAR_P (TREE_OPERAND (r, 0)))
    return false;
  appendee *a = appendees.get (TREE_OPERAND (r, 0));
  if (!a || !same_pos (pos_of (gimple_location (stmt)),
                       pos_of (gimple_location (a->call))))
    return false;
  ge_flow (fn, result_notes (k, pos_of (gimple_location (a->call))), a->tee);
  return true;
}

} // namespace ge_gimple
