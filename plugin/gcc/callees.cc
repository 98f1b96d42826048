/* goescape: the engine's function for a callee: another package's,
   declared from its summary, or one of the unit's function literals.  */

#include "reader.h"

namespace ge_gimple {

/* Whether DECL, a function or its descriptor, is another package's:
   declared only, or (at -O1 and above) an inlinable body gccgo compiled
   from that package's export data, placed in a file of its own.  Calls
   of it use its package's summary, whatever the optimisation level.  */
bool
reader::other_package (tree decl)
{
  return DECL_EXTERNAL (decl) || foreign_decl (su, decl);
}

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
    case GE_IMPORT_DAMAGED:
      /* Said whatever the verbosity: a file to rebuild.  */
      if (first)
        warning (0, "goescape: summaries of package %qs not used, its "
                 "calls are unknown code: %s", pkg, ge_imports_damage (im, pkg));
      return NULL;
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

/* F, a function of the unit declared without a body from its source,
   is called through FNDECL: its parameters' types are in the tree, and
   say better than the source's spelling whether they hold pointers (a
   type of another package, say).  A uintptr is one by its name; a named
   type's underlying kind is not in the tree (type Errno uintptr is an
   unsigned integer named Errno), so there the source's word stands.

     func read(fd int, d time.Duration, p unsafe.Pointer)  // assembly
     read(0, time.Second, nil)   // d holds no pointers: gc tags it not  */
void
reader::type_bodiless (ge_func *f, tree fndecl)
{
  if (f->has_body || !f->param_has_ptrs || typed_bodiless.add (f))
    return;
  uint32_t i = 0;
  for (tree a = TYPE_ARG_TYPES (TREE_TYPE (fndecl)); a; a = TREE_CHAIN (a))
    if (!VOID_TYPE_P (TREE_VALUE (a)))
      i++;
  if (i != f->nparams)
    return;  /* not the function the source declares */
  i = 0;
  for (tree a = TYPE_ARG_TYPES (TREE_TYPE (fndecl)); a; a = TREE_CHAIN (a))
    {
      tree t = TREE_VALUE (a);
      if (VOID_TYPE_P (t))
        continue;
      tree n = TYPE_NAME (t);
      if (n && TREE_CODE (n) == TYPE_DECL)
        n = DECL_NAME (n);
      if (n && TREE_CODE (n) == IDENTIFIER_NODE
          && strcmp (IDENTIFIER_POINTER (n), "uintptr") == 0)
        ge_func_param_uintptr (f, i);
      ge_func_set_param_has_ptrs (f, i, type_has_ptrs (t));
      i++;
    }
}

/* The engine's function for FNDECL if it is one of this unit's function
   literals.  */
ge_func *
reader::closure_func (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || other_package (fndecl))
    return NULL;
  const char *name = decl_name (fndecl);
  if (!ge_gccgo_is_closure_name (name))
    return NULL;
  return ge_func_new (u, name, name, pos_of (DECL_SOURCE_LOCATION (fndecl)));
}

} // namespace ge_gimple
