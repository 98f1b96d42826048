/* goescape: a type switch's variable, as gc's graph has it (escape.go,
   OSWITCH): the guard's value flows into each clause's variable whose
   type has pointers, noted "switch case" on the clause, through gc's
   temporary when there are several (teeHole), dereferenced once for a
   type not stored directly in the interface (hole.dotType).

     switch s := v.(type) {   // flow: {temp} = v
     case stringer:           // flow: s = {temp}   from case stringer: ... (switch case)
     case string:             // flow: s = *{temp}  from case string: ... (switch case)
     }

   gccgo declares a variable per clause, at the guard, and stores the
   value into it there, field by field.  */

#include "reader.h"

namespace ge_gimple {

/* The clause variables of VAR's switch whose types have pointers: the
   function's variables declared where VAR is, under its name.  */
int
reader::typeswitch_vars (tree var)
{
  location_t at = DECL_SOURCE_LOCATION (var);
  if (int *n = ts_count.get (at))
    return *n;
  int n = 0;
  unsigned ix;
  tree d;
  FOR_EACH_LOCAL_DECL (fun, ix, d)
    if (VAR_P (d) && DECL_SOURCE_LOCATION (d) == at
        && DECL_NAME (d) == DECL_NAME (var) && type_has_ptrs (TREE_TYPE (d)))
      n++;
  ts_count.put (at, n);
  return n;
}

/* STMT stores T into LHS, K its hole: when that is a clause's variable
   taking the guard's value, make gc's flows and say so.  */
bool
reader::read_typeswitch_binding (gimple *stmt, tree lhs, ge_hole k,
                                 const terms &t)
{
  tree var = lhs;
  while (TREE_CODE (var) == COMPONENT_REF)
    var = TREE_OPERAND (var, 0);
  if (TREE_CODE (var) == SSA_NAME)
    var = SSA_NAME_VAR (var);
  ge_pos *clause = var && VAR_P (var) ? ts_clause.get (var) : NULL;
  /* The switch is keyed by its variables' location: none, no key.  */
  if (!clause || gimple_location (stmt) == UNKNOWN_LOCATION
      || DECL_SOURCE_LOCATION (var) == UNKNOWN_LOCATION
      || !same_pos (pos_of (gimple_location (stmt)),
                    pos_of (DECL_SOURCE_LOCATION (var)))
      || !type_has_ptrs (TREE_TYPE (var)))
    return false;
  ge_pos cpos = *clause;
  char text[1024];
  int line, col;
  const char *where = NULL;
  if (want_notes ()
      && ge_src_typeswitch_case (su, cpos.file, cpos.line, cpos.col, text,
                                 sizeof text, &line, &col))
    {
      where = ge_strdup (u, text);
      cpos.line = line;
      cpos.col = col;
    }
  ge_hole into = ge_hole_note (u, k, cpos, where, "switch case");
  location_t guard = DECL_SOURCE_LOCATION (var);
  if (typeswitch_vars (var) < 2)
    {
      for (unsigned i = 0; i < t.n; i++)
        ge_flow (fn, ge_hole_shift (into, t.v[i].derefs), t.v[i].loc);
      return true;
    }
  /* The guard's value into gc's temporary, once; the temporary into
     each variable.  */
  bool fed = true;
  ge_loc **tee = ts_tee.get (guard);
  if (!tee)
    {
      ge_loc *l = ge_loc_new (fn, GE_LOC_TEMP, GE_GC_TEMP,
                              pos_of (DECL_SOURCE_LOCATION (var)),
                              depth_of (stmt));
      ts_tee.put (guard, l);
      tee = ts_tee.get (guard);
      fed = false;
    }
  for (unsigned i = 0; i < t.n; i++)
    {
      if (!fed)
        ge_flow (fn, ge_hole_of (*tee), t.v[i].loc);
      ge_flow (fn, ge_hole_shift (into, t.v[i].derefs), *tee);
    }
  return true;
}

} // namespace ge_gimple
