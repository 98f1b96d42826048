/* goescape: static method calls as gc renders them.  gc's messages
   show a call x.M(a) of a concrete type's method as the method
   expression's call, receiver first: "(*T).M(x, a)", and a method
   promoted from an embedded field as the field's: x.Lock() is
   "(*sync.Mutex).Lock(x.Mutex)".  The reader tells the source renderer
   which calls these are (note_method_calls), from gccgo's callees.  */

#include "reader.h"

namespace ge_gimple {

/* How gc shows the receiver ARG gccgo passes to a method: taken by
   address ('&': a value's address for a pointer receiver) or
   dereferenced ('*': a pointer's target for a value receiver, which
   gccgo passes by address).  */
char
reader::receiver_prefix (tree arg, bool ptr_recv)
{
  bool addressed = TREE_CODE (arg) == ADDR_EXPR;
  /* The address taken in a statement of its own (_1 = &w->b;
     (*blk).first (_1)) is gc's implicit OADDR, which its -m lines do
     not show ("(*bytes.Buffer).Bytes(d.buf)") but its -m=2 notes do
     ("from w.b (address-of)"): 'a'.  */
  tree a = arg;
  for (int i = 0; i < 4 && !addressed && TREE_CODE (a) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (a);
      if (!def || !gimple_assign_single_p (def)
          || (SSA_NAME_VAR (a) && !DECL_ARTIFICIAL (SSA_NAME_VAR (a))))
        break;
      a = gimple_assign_rhs1 (def);
      /* Of a field, an element or a variable of the source: not of
         gccgo's storage for a literal ((&T{...}).M() is a pointer).  */
      if (ptr_recv && TREE_CODE (a) == ADDR_EXPR)
        {
          tree base = get_base_address (TREE_OPERAND (a, 0));
          bool field = handled_component_p (TREE_OPERAND (a, 0));
          if (field || (base && DECL_P (base) && !DECL_ARTIFICIAL (base)))
            return 'a';
          break;
        }
    }
  if (!addressed && TREE_CODE (arg) == SSA_NAME && SSA_NAME_VAR (arg)
      && box_of.get (SSA_NAME_VAR (arg)))
    addressed = true;  /* a variable gccgo keeps on the heap */
  if (ptr_recv)
    return addressed ? '&' : 0;
  if (!POINTER_TYPE_P (TREE_TYPE (arg)))
    return 0;  /* passed by value */
  return addressed ? 0 : '*';
}

/* T without a dereference (MEM_REF at offset 0), through the temporary
   a pointer field was loaded into (d.Msg of d.Name, Msg a *T).  */
static tree
strip_deref (tree t, bool *deref)
{
  *deref = false;
  for (;;)
    {
      if ((TREE_CODE (t) == MEM_REF && integer_zerop (TREE_OPERAND (t, 1)))
          || TREE_CODE (t) == INDIRECT_REF)
        {
          t = TREE_OPERAND (t, 0);
          *deref = true;
        }
      else if (TREE_CODE (t) == SSA_NAME && SSA_NAME_DEF_STMT (t)
               && gimple_assign_single_p (SSA_NAME_DEF_STMT (t))
               && TREE_CODE (gimple_assign_rhs1 (SSA_NAME_DEF_STMT (t)))
                    == COMPONENT_REF)
        t = gimple_assign_rhs1 (SSA_NAME_DEF_STMT (t));
      else
        return t;
    }
}

/* walk_tree's callback: a field reference gccgo places where the one of
   a field it holds is (in->MsgHdr.Rcode, both at in.Rcode's dot) reaches
   its field through embedded ones, which gc prints.  */
tree
reader::note_embedded (tree *tp, int *walk_subtrees, void *data)
{
  tree t = *tp;
  if (TREE_CODE (t) != COMPONENT_REF || !EXPR_HAS_LOCATION (t))
    return NULL_TREE;
  const char *field = decl_name (TREE_OPERAND (t, 1));
  if (!field || strncmp (field, "__", 2) == 0)
    return NULL_TREE;
  /* Each embedded field is marked '*' when what follows it is reached
     through a pointer (an embedded *T): gc notes "dot of pointer"
     there, "dot" elsewhere.  */
  char path[256] = "";
  bool deref;
  tree in = strip_deref (TREE_OPERAND (t, 0), &deref);
  while (TREE_CODE (in) == COMPONENT_REF && EXPR_HAS_LOCATION (in)
         && EXPR_LOCATION (in) == EXPR_LOCATION (t))
    {
      const char *name = decl_name (TREE_OPERAND (in, 1));
      /* Not gccgo's own fields: an interface's method table
         (x.__methods->Error is x.Error()).  */
      if (!name || strncmp (name, "__", 2) == 0
          || strlen (name) + strlen (path) + 3 > sizeof path)
        return NULL_TREE;
      char rest[520];
      snprintf (rest, sizeof rest, "%s%s%s%s", name, deref ? "*" : "",
                path[0] ? "." : "", path);
      strcpy (path, rest);
      in = strip_deref (TREE_OPERAND (in, 0), &deref);
    }
  if (path[0])
    {
      reader *r = (reader *) data;
      r->src_note_implicit_fields (r->pos_of (EXPR_LOCATION (t)), field, path);
      *walk_subtrees = 0;
    }
  return NULL_TREE;
}

/* Tell the source renderer about each static method call (placed at its
   selector's dot), so that reported expressions show it as gc does:
   "(*T).M(x, args)", "pkg.T.M(x, args)"; and about each field reached
   through embedded ones, "in.MsgHdr.Rcode".  */
void
reader::note_method_calls ()
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (gimple_assign_single_p (stmt))
          for (unsigned i = 0; i < 2; i++)
            {
              /* A name or a constant holds no field reference.  */
              tree op = gimple_op (stmt, i);
              if (op && TREE_CODE (op) != SSA_NAME && !DECL_P (op)
                  && !CONSTANT_CLASS_P (op))
                walk_tree (gimple_op_ptr (stmt, i), note_embedded, this,
                           NULL);
            }
        if (!is_gimple_call (stmt) || gimple_call_num_args (stmt) == 0)
          continue;
        char prefix, path[128];
        ge_pos pos = pos_of (gimple_location (stmt));
        if (char *expr = method_expr (stmt, pos, &prefix, path, sizeof path))
          {
            src_note_method_call (pos, expr, prefix, path[0] ? path : NULL);
            free (expr);
          }
      }
}

/* The call of the method a type promotes from an embedded field that
   the type's stub makes, "T.M..stub" of this package, and the embedded
   fields from the stub's receiver to the method's into PATH ("Mutex",
   "A.B"), and whether it passes the field's address into *ADDR.  */
/* Whether CALL calls a function of the program, not the runtime.  */
static bool
calls_go_function (const gimple *call)
{
  const char *n = callee_name (call);
  return n && !ge_gccgo_is_runtime (n);
}

static gimple *
stub_call (tree fndecl, char *path, size_t size, bool *addr)
{
  const char *cn = decl_name (fndecl);
  size_t len = cn ? strlen (cn) : 0;
  if (len < 7 || strcmp (cn + len - 6, "..stub") != 0)
    return NULL;
  gimple *call = first_call (fndecl, calls_go_function);
  if (!call || gimple_call_num_args (call) == 0)
    return NULL;
  tree a = gimple_call_arg (call, 0);
  for (int i = 0; i < 4 && TREE_CODE (a) == SSA_NAME; i++)
    {
      gimple *def = SSA_NAME_DEF_STMT (a);
      if (!def || !gimple_assign_single_p (def))
        return NULL;
      a = gimple_assign_rhs1 (def);
    }
  *addr = TREE_CODE (a) == ADDR_EXPR;
  if (*addr)
    a = TREE_OPERAND (a, 0);
  path[0] = '\0';
  for (; TREE_CODE (a) == COMPONENT_REF; a = TREE_OPERAND (a, 0))
    {
      const char *name = decl_name (TREE_OPERAND (a, 1));
      if (!name || strlen (name) + strlen (path) + 2 > size)
        return NULL;
      char *rest = concat (name, path[0] ? "." : "", path, NULL);
      strcpy (path, rest);
      free (rest);
    }
  /* From the stub's receiver: what it points to, or its copy of it.  */
  return path[0] && (TREE_CODE (a) == MEM_REF || TREE_CODE (a) == INDIRECT_REF
                     || DECL_P (a))
         ? call : NULL;
}

/* gc's method expression for the static method call STMT at POS,
   "(*pkg.T).M" or "pkg.T.M", and the receiver's prefix gc's printer
   skips into *PREFIX; NULL if STMT is no such call.  A method promoted
   from an embedded field is gc's call of the field's method: its path
   into PATH (empty if none), after a '*' when the receiver is a pointer
   (gc's "dot of pointer").  Free it.  */
char *
reader::method_expr (gimple *stmt, ge_pos pos, char *prefix, char *path,
                     size_t size)
{
  path[0] = '\0';
  tree fndecl = gimple_call_fndecl (stmt);
  const char *cn = callee_name (stmt);
  bool via_stub = false, field_addr = false;
  if (fndecl && size > 2 && gimple_call_num_args (stmt) > 0)
    if (gimple *real = stub_call (fndecl, path + 1, size - 1, &field_addr))
      {
        tree recv = gimple_call_arg (stmt, 0);
        path[0] = TREE_CODE (recv) == ADDR_EXPR ? '.' : '*';
        via_stub = true;
        fndecl = gimple_call_fndecl (real);
        cn = callee_name (real);
      }
  struct ge_gccgo_method m;
  if (!fndecl || !cn || fndecl_built_in_p (fndecl)
      || ge_gccgo_is_runtime (cn) || !ge_gccgo_split_method (cn, &m))
    {
      path[0] = '\0';
      return NULL;
    }
  char *type = xstrndup (m.type, m.type_len);
  int ptr = -1;
  char *qual = NULL;
  if (!other_package (fndecl))
    ptr = src_method_receiver (pos, type, m.method);
  else if (ge_func *f = external_callee (cn, pos))
    {
      ptr = f->summary_kind == 'p' ? 1
            : f->summary_kind == 'v' || f->summary_kind == 'V' ? 0 : -1;
      qual = package_qualifier (cn, m);
    }
  char *expr = NULL;
  if (ptr >= 0)
    {
      /* concat, not a printf: this is asked at every method call.  */
      const char *q = qual ? qual : "";
      expr = ptr ? concat ("(*", q, type, ").", m.method, NULL)
                 : concat (q, type, ".", m.method, NULL);
      /* Through a stub: gc takes the field's address for a pointer
         method, implicitly.  */
      *prefix = via_stub ? (ptr == 1 && field_addr ? 'a' : 0)
                         : receiver_prefix (gimple_call_arg (stmt, 0),
                                            ptr == 1);
    }
  else
    path[0] = '\0';
  free (qual);
  free (type);
  return expr;
}

} // namespace ge_gimple
