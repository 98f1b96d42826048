/* goescape: the record a go or defer statement hands its thunk.

   gccgo evaluates a go or defer statement's function and arguments into
   a record and passes the runtime its address and a thunk, which calls
   the function with the record's fields:

     defer cn.errRecover(&err)
       GOTMP.1579 = {}; p = &GOTMP.1579;
       p->object = cn; p->a0 = &err;
       runtime.deferprocStack (..., go..thunk8, p);
     go..thunk8 (struct {conn *object; error *a0} *param)
       conn.errRecover (param->object, param->a0);

   gc's wrapper closure has each argument apart.  Read through the
   record as one pointer, the fields would share one location, and a
   receiver that leaks would take every argument with it (err moved to
   heap).  So a thunk has a parameter per field besides the record's
   (reader::declare_signature), its body reads a field as that parameter
   (reader::eval), and a defer statement passes each field's value as
   the argument for it (here).  */

#include "reader.h"

namespace ge_gimple {

/* The assignment of VAR, a variable of gccgo's holding an address, in
   the function being read: its value.  */
static tree
assigned_value (function *fun, tree var)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *s = gsi_stmt (gsi);
        if (gimple_assign_single_p (s) && gimple_assign_lhs (s) == var)
          return gimple_assign_rhs1 (s);
      }
  return NULL_TREE;
}

/* The record variable whose address T holds, through gccgo's copies of
   it; NULL_TREE if none.  */
static tree
record_of (function *fun, tree t)
{
  for (int i = 0; t && i < 8; i++)
    {
      if (TREE_CODE (t) == ADDR_EXPR)
        {
          tree v = TREE_OPERAND (t, 0);
          return VAR_P (v) && TREE_CODE (TREE_TYPE (v)) == RECORD_TYPE
                 ? v : NULL_TREE;
        }
      if (TREE_CODE (t) == SSA_NAME)
        {
          gimple *def = SSA_NAME_DEF_STMT (t);
          t = def && gimple_assign_single_p (def) ? gimple_assign_rhs1 (def)
                                                  : NULL_TREE;
        }
      else if (VAR_P (t) && DECL_ARTIFICIAL (t) && POINTER_TYPE_P (TREE_TYPE (t)))
        t = assigned_value (fun, t);
      else
        return NULL_TREE;
    }
  return NULL_TREE;
}

/* The index of FIELD among its record's fields.  */
static int
field_position (tree field)
{
  int i = 0;
  for (tree f = TYPE_FIELDS (DECL_CONTEXT (field)); f; f = DECL_CHAIN (f))
    {
      if (f == field)
        return i;
      if (TREE_CODE (f) == FIELD_DECL)
        i++;
    }
  return -1;
}

/* ARG, the record a go or defer statement STMT hands the thunk of C:
   each field's value as the thunk's argument for it, after the
   record's.  A record not found on the stack (the heap one of a defer
   in a loop) gives each field what it points to, all fields alike.  */
void
reader::thunk_record_args (ge_call *c, tree arg, gimple *stmt)
{
  tree rec = record_of (fun, arg);
  if (!rec)
    {
      tree type = TREE_TYPE (arg);
      if (!POINTER_TYPE_P (type) || TREE_CODE (TREE_TYPE (type)) != RECORD_TYPE)
        return;
      terms t;
      eval (arg, t);
      ge_pos at = pos_of (gimple_location (stmt));
      uint32_t i = 0;
      for (tree f = TYPE_FIELDS (TREE_TYPE (type)); f; f = DECL_CHAIN (f))
        {
          if (TREE_CODE (f) != FIELD_DECL)
            continue;
          i++;
          if (!type_has_ptrs (TREE_TYPE (f)) || t.n == 0)
            continue;
          ge_loc *tmp = ge_loc_new (fn, GE_LOC_TEMP, NULL, at, depth_of (stmt));
          for (unsigned j = 0; j < t.n; j++)
            ge_flow (fn, ge_hole_shift (ge_hole_of (tmp), t.v[j].derefs + 1),
                     t.v[j].loc);
          ge_call_arg (c, i, tmp, 0, NULL);
        }
      return;
    }
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *s = gsi_stmt (gsi);
        if (!gimple_assign_single_p (s))
          continue;
        tree lhs = gimple_assign_lhs (s);
        if (TREE_CODE (lhs) != COMPONENT_REF)
          continue;
        tree base = TREE_OPERAND (lhs, 0), field = TREE_OPERAND (lhs, 1);
        if (TREE_CODE (base) == MEM_REF && integer_zerop (TREE_OPERAND (base, 1)))
          base = record_of (fun, TREE_OPERAND (base, 0));
        if (base != rec)
          continue;
        int i = field_position (field);
        tree rhs = gimple_assign_rhs1 (s);
        if (i >= 0 && type_has_ptrs (TREE_TYPE (rhs)))
          call_arg (c, 1 + (uint32_t) i, rhs, stmt);
      }
}

} // namespace ge_gimple
