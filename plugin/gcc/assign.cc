/* goescape: assignments and PHIs (gc's escape/assign.go and
   stmt.go's OAS): the value flows into the destination's hole, unless
   gc ignores the statement as a self-assignment.  */

#include "reader.h"

namespace ge_gimple {

/* Whether storing RHS into LHS, a part of an interface (its __methods
   or __object), stores a value converted to the interface rather than a
   copy of another interface's.  */
bool
reader::iface_part_converted (tree lhs, tree rhs)
{
  if (TREE_CODE (lhs) != COMPONENT_REF)
    return false;
  const char *field = decl_name (TREE_OPERAND (lhs, 1));
  if (!field || (strcmp (field, "__methods") != 0
                 && strcmp (field, "__object") != 0))
    return false;
  for (int i = 0; i < 4 && TREE_CODE (rhs) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (rhs);
      if (!def || !gimple_assign_single_p (def))
        break;
      rhs = gimple_assign_rhs1 (def);
    }
  /* A part of gccgo's temporary interface: whether it was converted
     (another interface variable's parts are copies).  */
  if (TREE_CODE (rhs) == COMPONENT_REF
      && TREE_CODE (TREE_OPERAND (rhs, 0)) == VAR_DECL)
    return converted_iface (TREE_OPERAND (rhs, 0), 8);
  return strcmp (field, "__object") == 0 && converted_iface (rhs, 8);
}

/* Whether LHS stores through a Go pointer (gc's ODOTPTR, ODEREF), not
   through gccgo's box of a variable it moved to the heap (var t Table;
   t.Objs = ... is t->Objs to gccgo, an ODOT to gc).  */
bool
reader::stores_through_go_pointer (tree lhs)
{
  if (!stores_through_pointer (lhs))
    return false;
  tree base = get_base_address (lhs);
  tree ptr = TREE_OPERAND (base, 0);
  for (int i = 0; i < 8 && TREE_CODE (ptr) == SSA_NAME; i++)
    {
      if (SSA_NAME_VAR (ptr) && box_of.get (SSA_NAME_VAR (ptr)))
        return false;
      gimple *def = SSA_NAME_DEF_STMT (ptr);
      if (!def || !gimple_assign_single_p (def))
        return true;
      ptr = gimple_assign_rhs1 (def);
    }
  return !(VAR_P (ptr) && box_of.get (ptr));
}

bool
reader::ignored_self_assign (gimple *stmt, tree lhs)
{
  unsigned key = stmt_key (stmt);
  if (int *v = self_assign.get (key))
    return *v == 1 || (*v == 3 && ignored_pair (stmt, lhs));
  int verdict = 2;
  ge_pos pos = pos_of (gimple_location (stmt));
  /* c.reader = c.messageReader converts a pointer to an interface:
     gc's source is an OCONVIFACE, no field, so no self-assignment.  */
  if (iface_part_converted (lhs, gimple_assign_rhs1 (stmt)))
    {
      self_assign.put (key, 2);
      return false;
    }
  /* r.bf = r.m stores a method value, gc's OMETHVALUE, which is no
     field: no self-assignment (gc's isSelfAssign wants ODOT on both
     sides).  */
  if (!map_assign_at.contains (key)
      && !(pos.line > 0 && method_value_lines.contains ((unsigned) pos.line)))
    {
      bool through_ptr = stores_through_go_pointer (lhs);
      char text[512];
      bool all;
      int n = src_self_assign (pos, through_ptr, text, sizeof text, &all);
      for (unsigned i = 0; i < array_slices.length (); i++)
        if (array_slices[i].line == pos.line && array_slices[i].col > pos.col)
          n = 0;
      for (int i = 0; i < n; i++)
        ge_walk_report (fn, pos,
                        ge_printf (u, "ignoring self-assignment in %s", text));
      if (n > 0 && all)
        verdict = 1;
      else if (n > 0)
        verdict = 3;  /* some pairs: each store by its destination */
    }
  self_assign.put (key, verdict);
  return verdict == 1 || (verdict == 3 && ignored_pair (stmt, lhs));
}

/* Of an assignment of several pairs some of which gc ignores, whether
   the store STMT into LHS is one: its destination's root variable names
   only ignored pairs.

     *s, toClear = (*s)[:index], (*s)[index:]   // *s ignored, not toClear */
bool
reader::ignored_pair (gimple *stmt, tree lhs)
{
  tree base = get_base_address (lhs);
  if (base && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == INDIRECT_REF))
    base = TREE_OPERAND (base, 0);
  /* Through gccgo's copies of the pointer (GOTMP.9 = s) and of the
     field's address (GOTMP.16 = &GOTMP.13->p).  */
  for (int i = 0; i < 8 && base && TREE_CODE (base) == SSA_NAME; i++)
    {
      tree var = SSA_NAME_VAR (base);
      if (var && !DECL_ARTIFICIAL (var))
        {
          base = var;
          break;
        }
      gimple *def = SSA_NAME_DEF_STMT (base);
      base = def && gimple_assign_single_p (def) ? gimple_assign_rhs1 (def)
                                                 : var;
      if (base && TREE_CODE (base) == ADDR_EXPR)
        {
          base = get_base_address (TREE_OPERAND (base, 0));
          if (base && TREE_CODE (base) == MEM_REF)
            base = TREE_OPERAND (base, 0);
        }
    }
  const char *root = base && DECL_P (base) ? decl_name (base) : NULL;
  return src_self_assign_root (pos_of (gimple_location (stmt)),
                               stores_through_go_pointer (lhs), root) == 1;
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
      for (conversion *x = *c; x; x = x->next)
        {
          ge_loc *box = conversion_loc (x);
          ge_flow (fn, flow_notes (ge_hole_shift (k, -1), box, -1, NULL),
                   box);
        }
      return;
    }
  if (TREE_CODE (lhs) != SSA_NAME && k.dst->cls != GE_LOC_TEMP
      && ignored_self_assign (stmt, lhs))
    return;
  if (read_append_result (stmt, lhs, k))
    return;
  terms t;
  eval_rhs (stmt, t);
  note_assignment (stmt, k, t);
  if (read_typeswitch_binding (stmt, lhs, k, t))
    return;
  flow_terms (k, t, TREE_TYPE (lhs));
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

} // namespace ge_gimple
