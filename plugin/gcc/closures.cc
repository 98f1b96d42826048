/* goescape: function literals and method values as gccgo builds them
   (records of the function's address and what it captures), and the
   function a call through a function value statically reaches.  */

#include "reader.h"

namespace ge_gimple {

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
    {
      ge_closure_capture (cur_clo, decl_name (field), t.v[0].loc,
                          pointee_size (TREE_TYPE (field)));
      ge_pos use = cur_clo->pos;
      long order = src_first_use (cur_clo->pos, t.v[0].loc->name, &use);
      if (order < 0)
        use.file = NULL;
      ge_closure_capture_use (cur_clo, decl_name (field), order, use);
    }
  return true;
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
      if (TREE_CODE (f) == FUNCTION_DECL
          && ge_gccgo_is_wrapper_name (decl_name (f)))
        {
          method_value_thunk.put (key, f);
          ge_pos pos = pos_of (gimple_location (stmt));
          if (pos.line > 0)
            method_value_lines.add ((unsigned) pos.line);
        }
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
  bool closure = false;
  char *name = dn ? ge_gccgo_descriptor_func (dn, &closure) : NULL;
  if (!name || closure)
    {
      free (name);
      return NULL;
    }
  ge_func *f;
  if (other_package (desc))
    f = external_callee (ge_strdup (u, name), pos);
  else
    f = ge_func_new (u, name, name, pos_of (DECL_SOURCE_LOCATION (desc)));
  free (name);
  return f;
}

} // namespace ge_gimple
