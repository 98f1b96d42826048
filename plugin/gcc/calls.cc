/* goescape: calls (gc's escape/call.go): the callee, its arguments and
   results (how gc renders static method calls: method-calls.cc).  */

#include "reader.h"

namespace ge_gimple {

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
