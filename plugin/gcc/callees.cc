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

/* How gc qualifies the type of method M of another package, gccgo's
   CN: by the package's name, from its export data ("markdown." for
   example.com/markdown/v2), else by the last element of its path.  */
char *
reader::package_qualifier (const char *cn, const struct ge_gccgo_method &m)
{
  size_t path_len = m.type > cn ? (size_t) (m.type - 1 - cn) : 0;
  char *path = xstrndup (cn, path_len);
  const char *name = im ? ge_imports_package_name (im, path) : NULL;
  free (path);
  if (name)
    return concat (name, ".", NULL);
  return xstrndup (m.pkg, m.pkg_len);
}

/* The Go name of the named type T as gccgo's trees spell it: an
   unexported type is ".PKGPATH.NAME", an exported one "NAME" of the
   package PKG of the type that embeds it.  NULL for an unnamed type.  */
static char *
embedded_type_key (tree t, const char *pkg)
{
  tree n = TYPE_NAME (t);
  if (n && TREE_CODE (n) == TYPE_DECL)
    n = DECL_NAME (n);
  if (!n || TREE_CODE (n) != IDENTIFIER_NODE)
    return NULL;
  const char *id = IDENTIFIER_POINTER (n);
  if (id[0] == '.')
    return xstrdup (id + 1);
  return concat (pkg, ".", id, NULL);
}

/* How a promoted method's receiver is reached from a stub's: SHIFT
   dereferences, and whether what is held there is the struct's address
   (ADDR) or the struct itself.  */
struct promotion
{
  int shift;
  bool addr;
};

/* Search the fields of RECORD (of package PKG, reached as AT) for the
   method METHOD, field by field at DEPTH levels below (gc's shallowest
   promotion wins): its summary into *S and its receiver's reach into
   *AT.  */
bool
reader::promoted_method (tree record, const char *pkg, const char *method,
                         int depth, promotion *at, ge_summary *s)
{
  if (TREE_CODE (record) != RECORD_TYPE || depth > 4)
    return false;
  for (tree f = TYPE_FIELDS (record); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL)
        continue;
      tree ft = TREE_TYPE (f);
      bool ptr = POINTER_TYPE_P (ft);
      tree named = ptr ? TREE_TYPE (ft) : ft;
      promotion here = *at;
      if (ptr)
        {
          /* Loaded from the struct held by address, or part of the
             value held.  */
          here.shift += at->addr ? 1 : 0;
          here.addr = true;
        }
      if (depth == 0)
        {
          char *type = embedded_type_key (named, pkg);
          if (!type)
            continue;
          char *key = concat (type, ".", method, NULL);
          const char *other;
          bool first;
          enum ge_import_result r = ge_imports_lookup (im, key, s, &other,
                                                       &first);
          free (key);
          free (type);
          if (r != GE_IMPORT_FOUND)
            continue;
          /* A value receiver is the struct itself.  */
          if (s->kind != 'p' && here.addr)
            here.shift++;
          *at = here;
          return true;
        }
      char *type = embedded_type_key (named, pkg);
      char *sub_pkg = type ? xstrndup (type, strrchr (type, '.') - type)
                           : xstrdup (pkg);
      free (type);
      bool found = promoted_method (named, sub_pkg, method, depth - 1,
                                    &here, s);
      free (sub_pkg);
      if (found)
        {
          *at = here;
          return true;
        }
    }
  return false;
}

/* gccgo calls a method another package's type T promotes from a field
   through T's stub, "PKG.T.M..stub", which has no summary of its own:
   gc's wrapper calls the field's method, so the stub's is the method's,
   its receiver's flows SHIFT dereferences further.

     type UDPConn struct{ conn }       // net
     func (c *conn) SetReadDeadline(t time.Time) error
     u.SetReadDeadline(t)   // leaking param content: u, as c's  */
ge_func *
reader::promoted_stub (const char *cn, tree fndecl)
{
  size_t len = strlen (cn);
  if (!im || len < 7 || strcmp (cn + len - 6, "..stub") != 0)
    return NULL;
  tree args = TYPE_ARG_TYPES (TREE_TYPE (fndecl));
  if (!args)
    return NULL;
  char *name = xstrndup (cn, len - 6);
  char *dot = strrchr (name, '.');
  const char *method = dot + 1;
  *dot = '\0';
  char *tdot = strrchr (name, '.');
  ge_func *f = NULL;
  if (tdot)
    {
      char *pkg = xstrndup (name, tdot - name);
      tree recv = TREE_VALUE (args);
      promotion at = { 0, POINTER_TYPE_P (recv) };
      tree record = at.addr ? TREE_TYPE (recv) : recv;
      ge_summary s;
      bool found = false;
      for (int depth = 0; depth <= 4 && !found; depth++)
        {
          at.shift = 0;
          at.addr = POINTER_TYPE_P (recv);
          found = promoted_method (record, pkg, method, depth, &at, &s);
        }
      if (found && s.nparams > 0)
        {
          ge_leaks old = s.tags[0], tag = {};
          int h = ge_leaks_heap (&old);
          if (h >= 0)
            ge_leaks_add_heap (&tag, h + at.shift);
          for (int r = 0; r < GE_NUM_ESC_RESULTS; r++)
            {
              int d = ge_leaks_result (&old, r);
              if (d >= 0)
                ge_leaks_add_result (&tag, r, d + at.shift);
            }
          s.tags[0] = tag;
          s.kind = POINTER_TYPE_P (recv) ? 'p' : 'v';
          f = ge_func_external (u, ge_strdup (u, cn), &s);
        }
      free (pkg);
    }
  free (name);
  return f;
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
