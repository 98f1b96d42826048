/* goescape: the engine's function for a callee: another package's,
   declared from its summary, or one of the unit's function literals.  */

#include "reader.h"

namespace ge_gimple {

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

/* The engine's function for FNDECL if it is one of this unit's function
   literals.  */
ge_func *
reader::closure_func (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || DECL_EXTERNAL (fndecl))
    return NULL;
  const char *name = decl_name (fndecl);
  if (!ge_gccgo_is_closure_name (name))
    return NULL;
  return ge_func_new (u, name, name, pos_of (DECL_SOURCE_LOCATION (fndecl)));
}

} // namespace ge_gimple
