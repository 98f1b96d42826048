/* goescape: calls (gc's escape/call.go): the callee, its arguments and
   results, and how gc renders static method calls.  */

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
strip_deref (tree t)
{
  for (;;)
    {
      if ((TREE_CODE (t) == MEM_REF && integer_zerop (TREE_OPERAND (t, 1)))
          || TREE_CODE (t) == INDIRECT_REF)
        t = TREE_OPERAND (t, 0);
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
  char path[256] = "";
  tree in = strip_deref (TREE_OPERAND (t, 0));
  while (TREE_CODE (in) == COMPONENT_REF && EXPR_HAS_LOCATION (in)
         && EXPR_LOCATION (in) == EXPR_LOCATION (t))
    {
      const char *name = decl_name (TREE_OPERAND (in, 1));
      /* Not gccgo's own fields: an interface's method table
         (x.__methods->Error is x.Error()).  */
      if (!name || strncmp (name, "__", 2) == 0
          || strlen (name) + strlen (path) + 2 > sizeof path)
        return NULL_TREE;
      char rest[520];
      snprintf (rest, sizeof rest, "%s%s%s", name, path[0] ? "." : "", path);
      strcpy (path, rest);
      in = strip_deref (TREE_OPERAND (in, 0));
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
        tree fndecl = gimple_call_fndecl (stmt);
        const char *cn = callee_name (stmt);
        struct ge_gccgo_method m;
        if (!fndecl || !cn || fndecl_built_in_p (fndecl)
            || ge_gccgo_is_runtime (cn) || !ge_gccgo_split_method (cn, &m))
          continue;
        char *type = xstrndup (m.type, m.type_len);
        ge_pos pos = pos_of (gimple_location (stmt));
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
        if (ptr >= 0)
          {
            /* "(*pkg.T).M" or "pkg.T.M"; concat, not a printf: this is
               asked at every method call.  */
            const char *q = qual ? qual : "";
            char *expr = ptr ? concat ("(*", q, type, ").", m.method, NULL)
                             : concat (q, type, ".", m.method, NULL);
            src_note_method_call (pos, expr,
                                  receiver_prefix (gimple_call_arg (stmt, 0),
                                                   ptr == 1));
            free (expr);
          }
        free (qual);
        free (type);
      }
}

void
reader::read_call (gimple *stmt)
{
  const char *cn = callee_name (stmt);
  if (read_runtime_call (stmt, ge_gccgo_runtime_call
                                 (cn, gimple_call_num_args (stmt))))
    return;
  if (gimple_call_internal_p (stmt))
    return;
  tree fndecl = gimple_call_fndecl (stmt);
  /* gccgo turns sync/atomic's functions into GCC's atomic builtins; to
     gc they are assembly, unknown code whose arguments leak.  */
  bool atomic = fndecl && fndecl_built_in_p (fndecl) && cn
                && (strncmp (cn, "__atomic_", 9) == 0
                    || strncmp (cn, "__sync_", 7) == 0);
  if (fndecl && fndecl_built_in_p (fndecl) && !atomic)
    return;

  ge_pos pos = pos_of (gimple_location (stmt));
  ge_func *callee = NULL;
  if (atomic)
    ;
  else if (fndecl && other_package (fndecl) && cn)
    {
      callee = external_callee (cn, pos);
      if (!callee)
        callee = promoted_stub (cn, fndecl);
      if (callee && !callee->has_body)
        type_bodiless (callee, fndecl);
    }
  else if (fndecl && cn)
    {
      callee = ge_func_new (u, cn, cn, pos_of (DECL_SOURCE_LOCATION (fndecl)));
      /* A literal called where it is written (gc's ClosureCalled).  */
      if (ge_gccgo_is_closure_name (cn))
        callee->closure_called = true;
    }
  else if (!fndecl && gimple_call_chain (stmt))
    {
      callee = static_closure (gimple_call_chain (stmt));
      if (!callee)
        callee = static_function (gimple_call_chain (stmt), pos);
    }

  /* A literal called where it is written: gc's OCLOSURE is there even
     when gccgo calls the function directly (nothing captured).  */
  if (callee && callee->closure_called && fndecl)
    bind_literal (pos, depth_of (stmt), callee);

  ge_pos gc_pos = pos;
  const char *text = call_text (&gc_pos);
  ge_call *c = ge_call_new (fn, callee, gc_pos, text, depth_of (stmt));

  tree lhs = gimple_call_lhs (stmt);
  if (lhs && type_has_ptrs (TREE_TYPE (lhs)))
    {
      ge_hole k;
      if (split_results (lhs, stmt, c, callee))
        ;
      else if (call_result_hole (lhs, stmt, &k))
        {
          terms none;
          note_assignment (stmt, k, none);
          /* Several results in a record kept otherwise: each result
             flows into it.  */
          uint32_t nres = callee && callee->nresults ? callee->nresults : 1;
          /* A temporary of gccgo's holding the result: the call is
             what it stands for where it is used.  */
          if (hidden_temp (k.dst))
            call_result_at.put (k.dst, pos);
          k = result_notes (k, pos);
          for (uint32_t r = 0; r < nres && r < GE_NUM_ESC_RESULTS; r++)
            ge_call_result (c, r, k);
        }
    }

  for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
    {
      tree arg = gimple_call_arg (stmt, i);
      if (type_has_ptrs (TREE_TYPE (arg)))
        call_arg (c, i, arg, stmt);
    }
}

} // namespace ge_gimple
