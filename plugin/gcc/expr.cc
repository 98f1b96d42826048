/* goescape: what an expression's value may hold, as locations and
   dereferences (gc's escape/expr.go, on GIMPLE: SSA versions of a named
   variable are that variable, temporaries the expression defining
   them).  */

#include "reader.h"

namespace ge_gimple {

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
      if (ge_gccgo_allocates (ge_gccgo_runtime_role (callee_name (def))))
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
  if (ge_loc *tmp = range_temp (var, defs, t))
    m.t.push (tmp, 0);
  else
    m.t.append (t, 0);
  m.state = 2;
  return m.t;
}

/* gc's temporary for the value a range statement ranges over, if VAR
   is gccgo's copy of it (DEFS, what they hold: T): a location the value
   flows into, shown as gc's {temp} in explanations.

     for _, v := range xs   // flow: {temp} = xs; flow: v = *{temp}  */
ge_loc *
reader::range_temp (tree var, vec<gimple *> *defs, const terms &t)
{
  if (t.n == 0 || defs->length () != 1 || !type_has_ptrs (TREE_TYPE (var)))
    return NULL;
  /* A copy of the temporary already made (GOTMP.b = GOTMP.a).  */
  for (unsigned i = 0; i < t.n; i++)
    if (t.v[i].loc->cls == GE_LOC_TEMP && t.v[i].loc->name
        && strcmp (t.v[i].loc->name, GE_GC_TEMP) == 0)
      return NULL;
  gimple *def = (*defs)[0];
  ge_pos pos = pos_of (gimple_location (def));
  if (!src_range_at (pos))
    return NULL;
  ge_loc *tmp = ge_loc_new (fn, GE_LOC_TEMP, GE_GC_TEMP, pos, depth_of (def));
  gimple *saved = cur_stmt;
  cur_stmt = def;
  for (unsigned i = 0; i < t.n; i++)
    ge_flow (fn, flow_notes (ge_hole_shift (ge_hole_of (tmp), t.v[i].derefs),
                             t.v[i].loc, t.v[i].derefs, NULL),
             t.v[i].loc);
  cur_stmt = saved;
  return tmp;
}

/* Whether T is one of the constant tables (".LC0") the gimplifier
   makes of a literal's constant initializer.  */
static bool
constant_table (tree t)
{
  if (!is_global_var (t) || !DECL_ARTIFICIAL (t) || !TREE_READONLY (t)
      || !DECL_INITIAL (t) || TREE_CODE (DECL_INITIAL (t)) != CONSTRUCTOR
      || !DECL_NAME (t))
    return false;
  const char *n = IDENTIFIER_POINTER (DECL_NAME (t));
  return strncmp (n + (n[0] == '*'), ".LC", 3) == 0;
}

/* Where the function of the descriptor D (OUTER..funcN..f, whose
   initializer holds the function's address) is declared.  */
static location_t
descriptor_func_location (tree d)
{
  tree init = DECL_INITIAL (d);
  if (!init || TREE_CODE (init) != CONSTRUCTOR || CONSTRUCTOR_NELTS (init) == 0)
    return UNKNOWN_LOCATION;
  tree a = CONSTRUCTOR_ELT (init, 0)->value;
  STRIP_NOPS (a);
  if (TREE_CODE (a) != ADDR_EXPR
      || TREE_CODE (TREE_OPERAND (a, 0)) != FUNCTION_DECL)
    return UNKNOWN_LOCATION;
  return DECL_SOURCE_LOCATION (TREE_OPERAND (a, 0));
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
      /* gccgo's constant table for a literal (a map literal's keys and
         values, built from *.LC0): gc has the literal's elements, whose
         function literals are allocations of their own.  */
      if (constant_table (t))
        {
          eval (DECL_INITIAL (t), out);
          return;
        }
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
        bool closure = false;
        char *name = dn ? ge_gccgo_descriptor_func (dn, &closure) : NULL;
        /* In a constant table the address has no location: the
           literal's is its function's.  */
        location_t where = EXPR_LOCATION (t);
        if (name && closure && where == UNKNOWN_LOCATION)
          where = descriptor_func_location (d);
        if (name && closure && where != UNKNOWN_LOCATION)
          {
            ge_func *clo = ge_func_lookup (u, name);
            if (!clo)
              clo = ge_func_new (u, name, name, pos_of (where));
            free (name);
            ge_pos pos = pos_of (where);
            ge_loc *lit = bind_literal (pos, cur_stmt ? depth_of (cur_stmt) : 1,
                                        clo);
            if (lit)
              out.push (lit, -1);
            return;
          }
        free (name);
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
        /* A go or defer thunk reads its record's field: the parameter
           for it (thunks.cc).  */
        if (TREE_CODE (base) == MEM_REF
            && TREE_CODE (TREE_OPERAND (base, 0)) == SSA_NAME
            && SSA_NAME_VAR (TREE_OPERAND (base, 0))
            && TREE_CODE (SSA_NAME_VAR (TREE_OPERAND (base, 0))) == PARM_DECL)
          if (ge_loc **p = thunk_fields.get (TREE_OPERAND (t, 1)))
            {
              out.push (*p, 0);
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
              {
                if (ge_loc **tmp = map_iter_temp.get (base))
                  out.push (*tmp, 0);
                else
                  eval (*m, out);
              }
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
  /* A constant's conversion, or an array of them copied from static
     data into a temporary: the spilled constants' addresses.  */
  if (conversion **c = conv_of_store.get (stmt))
    {
      for (conversion *x = *c; x; x = x->next)
        out.push (conversion_loc (x), -1);
      return;
    }
  /* A string pointed at a slice's bytes, string(b) without a copy:
     gc's spilled string.  */
  if (ge_loc **view = string_views.get (stmt))
    {
      out.push (*view, -1);
      return;
    }
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

} // namespace ge_gimple
