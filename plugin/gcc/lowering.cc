/* goescape: gccgo's lowering recognised before the walk, so that the
   graph has the shape gc builds from the source:

   - compiler temporaries (anonymous SSA names, gccgo's single-assignment
     GOTMP variables) are sub-expressions, not locations: their uses are
     replaced by what defines them;
   - a variable gccgo already moved to the heap (a pointer set from
     runtime.newobject at the variable's own position) stands for the
     variable itself, and stores through it are assignments to it;
   - the arrays gccgo builds for variadic calls are gc's implicit
     "... argument" slices, and string views of a slice's bytes are the
     conversions gc spills.  */

#include "reader.h"

namespace ge_gimple {

/* Remember where the address of each compiler temporary is first taken:
   gccgo takes the address of the storage it keeps on the stack for an
   allocating expression at that expression.  */
void
reader::note_addresses (gimple *stmt)
{
  /* Write-barrier slow paths (runtime.typedmemmove) take addresses of
     values the plain path copies: not Go address-of.  */
  if (is_gimple_call (stmt))
    {
      if (ge_gccgo_is_runtime (callee_name (stmt)))
        return;
    }
  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
    {
      tree op = gimple_op (stmt, i);
      if (!op || TREE_CODE (op) != ADDR_EXPR)
        continue;
      tree var = TREE_OPERAND (op, 0);
      if (!is_local_var (var) || is_user_var (var) || addr_at.get (var))
        continue;
      location_t loc = EXPR_HAS_LOCATION (op) ? EXPR_LOCATION (op)
                                              : gimple_location (stmt);
      addr_at.put (var, loc);
    }
}

/* First pass: loop depths of definitions, and which temporaries are
   single expressions.  */
void
reader::scan ()
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *stmt = gsi_stmt (gsi);
          note_addresses (stmt);
          if (is_gimple_call (stmt))
            {
              const char *cn = callee_name (stmt);
              if (ge_gccgo_runtime_role (cn) == GE_RT_MAPASSIGN)
                map_assign_at.add (stmt_key (stmt));
              if (ge_gccgo_runtime_role (cn) == GE_RT_GROWSLICE)
                note_appendee (stmt);
              /* selectgo (&cases, &order, nsends, nrecvs, block): the
                 send cases come first.  */
              if (ge_gccgo_runtime_call (cn, gimple_call_num_args (stmt)).role
                    == GE_RT_SELECT
                  && TREE_CODE (gimple_call_arg (stmt, 0)) == ADDR_EXPR
                  && tree_fits_shwi_p (gimple_call_arg (stmt, 2)))
                select_sends.put (TREE_OPERAND (gimple_call_arg (stmt, 0), 0),
                                  tree_to_shwi (gimple_call_arg (stmt, 2)));
            }
          if (is_gimple_assign (stmt) && gimple_assign_single_p (stmt))
            {
              tree r = gimple_assign_rhs1 (stmt);
              if (TREE_CODE (r) == ADDR_EXPR
                  && TREE_CODE (TREE_OPERAND (r, 0)) == COMPONENT_REF
                  && TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0)))
                       == ARRAY_TYPE)
                array_slices.safe_push (pos_of (gimple_location (stmt)));
            }
          tree lhs = NULL_TREE;
          if (is_gimple_assign (stmt))
            lhs = gimple_assign_lhs (stmt);
          else if (is_gimple_call (stmt))
            lhs = gimple_call_lhs (stmt);
          if (!lhs)
            continue;
          if (gimple_clobber_p (stmt))
            continue;
          tree base = lhs;
          if (TREE_CODE (base) == SSA_NAME)
            base = SSA_NAME_VAR (base);
          else
            base = get_base_address (lhs);
          if (!base || !is_local_var (base))
            continue;

          int d = depth_of (stmt);
          int *old = var_depth.get (base);
          if (!old || d < *old)
            var_depth.put (base, d);

          if (is_user_var (base))
            continue;
          bool whole = (lhs == base || (TREE_CODE (lhs) == SSA_NAME
                                        && SSA_NAME_VAR (lhs) == base));
          if (!whole || is_gimple_call (stmt))
            temp_not_expr.add (base);
          else
            {
              vec<gimple *> **defs = temp_defs.get (base);
              if (!defs)
                {
                  temp_defs.put (base, new vec<gimple *> ());
                  defs = temp_defs.get (base);
                }
              (*defs)->safe_push (stmt);
            }
        }
    }
}

bool
reader::temp_is_expr (tree var)
{
  return !is_user_var (var) && !locs.get (var) && !temp_not_expr.contains (var)
         && !addr_at.get (var) && temp_defs.get (var) != NULL;
}

/* The runtime.newobject call whose result T holds, if T is a copy of
   one.  */
gimple *
reader::origin_alloc (tree t, int budget)
{
  gimple *call = NULL;
  tree var = NULL_TREE;
  return box_origin (t, &call, &var, budget) ? call : NULL;
}

/* ---- interface conversions ------------------------------------------ */

/* The storage a pointer T holds the address of, following copies: a
   runtime.newobject call (*CALL) or a variable (*VAR).  */
bool
reader::box_origin (tree t, gimple **call, tree *var, int budget)
{
  if (budget <= 0 || !t)
    return false;
  while (CONVERT_EXPR_P (t) || TREE_CODE (t) == VIEW_CONVERT_EXPR)
    t = TREE_OPERAND (t, 0);
  if (TREE_CODE (t) == ADDR_EXPR)
    {
      tree d = TREE_OPERAND (t, 0);
      if (TREE_CODE (d) != VAR_DECL)
        return false;
      *var = d;
      return true;
    }
  gimple *def = NULL;
  if (TREE_CODE (t) == SSA_NAME)
    {
      tree v = SSA_NAME_VAR (t);
      if (v && (TREE_CODE (v) == PARM_DECL || is_user_var (v)))
        return false;
      def = SSA_NAME_DEF_STMT (t);
    }
  else if (TREE_CODE (t) == VAR_DECL && temp_is_expr (t))
    {
      /* gccgo's GOTMP copies, defined once.  */
      vec<gimple *> *defs = *temp_defs.get (t);
      if (defs->length () != 1)
        return false;
      def = (*defs)[0];
    }
  if (!def)
    return false;
  if (is_gimple_call (def))
    {
      if (ge_gccgo_runtime_role (callee_name (def)) == GE_RT_NEWOBJECT)
        {
          *call = def;
          return true;
        }
      return false;
    }
  if (is_gimple_assign (def)
      && (gimple_assign_single_p (def)
          || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
    return box_origin (gimple_assign_rhs1 (def), call, var, budget - 1);
  return false;
}

/* A user variable of pointer type set from runtime.newobject at its own
   declaration is gccgo's heap copy of a Go variable.  */
void
reader::find_boxes ()
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (!is_gimple_assign (stmt))
          continue;
        tree lhs = gimple_assign_lhs (stmt);
        tree var = TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
        if (!var || !is_user_var (var) || !POINTER_TYPE_P (TREE_TYPE (var)))
          continue;
        gimple *call = origin_alloc (gimple_assign_rhs1 (stmt), 16);
        if (!call)
          continue;
        ge_pos cp = pos_of (gimple_location (call));
        ge_pos vp = pos_of (DECL_SOURCE_LOCATION (var));
        if (!same_pos (cp, vp))
          continue;
        box_of.put (var, call);
        boxed_var.put (call, var);
      }
}

/* gccgo passes a variadic call's trailing arguments as a slice of a
   temporary array built at the call: gc's implicit "... argument".  */
void
reader::find_variadic_arrays ()
{
  /* Static and emptied here, as the reader's own tables are (reader.h
     says why); the two iterated below are made afresh, so that their
     order is that of a new table.  */
  static hash_map<tree, gimple *> passed;    /* slice temp -> call */
  passed.empty ();
  hash_map<tree, tree> array_of;      /* slice temp -> array */
  hash_map<tree, gimple *> alloc_of;  /* slice temp -> newobject */
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (is_gimple_call (stmt) && gimple_call_num_args (stmt) > 0)
          {
            tree last = gimple_call_arg (stmt, gimple_call_num_args (stmt) - 1);
            if (TREE_CODE (last) == VAR_DECL && !passed.get (last))
              passed.put (last, stmt);
            continue;
          }
        if (!is_gimple_assign (stmt) || !gimple_assign_single_p (stmt))
          continue;
        tree lhs = gimple_assign_lhs (stmt), rhs = gimple_assign_rhs1 (stmt);
        const char *field = TREE_CODE (lhs) == COMPONENT_REF
                              ? decl_name (TREE_OPERAND (lhs, 1)) : NULL;
        if (!field || strcmp (field, "__values") != 0
            || TREE_CODE (TREE_OPERAND (lhs, 0)) != VAR_DECL)
          continue;
        gimple *call = NULL;
        tree var = NULL_TREE;
        if (TREE_CODE (rhs) != ADDR_EXPR)
          {
            if (box_origin (rhs, &call, &var) && call)
              alloc_of.put (TREE_OPERAND (lhs, 0), call);
            continue;
          }
        tree arr = TREE_OPERAND (rhs, 0);
        if (is_local_var (arr) && !is_user_var (arr)
            && TREE_CODE (TREE_TYPE (arr)) == ARRAY_TYPE)
          array_of.put (TREE_OPERAND (lhs, 0), arr);
      }
  for (hash_map<tree, tree>::iterator it = array_of.begin ();
       it != array_of.end (); ++it)
    {
      gimple **call = passed.get ((*it).first);
      location_t *addr = addr_at.get ((*it).second);
      if (call && addr
          && same_pos (pos_of (gimple_location (*call)), pos_of (*addr)))
        {
          variadic_arrays.add ((*it).second);
          note_variadic_call (*call);
        }
    }
  for (hash_map<tree, gimple *>::iterator it = alloc_of.begin ();
       it != alloc_of.end (); ++it)
    {
      gimple **call = passed.get ((*it).first);
      if (call && same_pos (pos_of (gimple_location (*call)),
                            pos_of (gimple_location ((*it).second))))
        {
          variadic_allocs.add ((*it).second);
          note_variadic_call (*call);
        }
    }
}

/* Tell the source renderer that CALL packs its trailing arguments into
   gc's implicit slice: gc shows them as "... argument...".  */
void
reader::note_variadic_call (gimple *call)
{
  ge_pos pos = pos_of (gimple_location (call));
  int fixed = (int) gimple_call_num_args (call) - 1;
  /* A method call passes its receiver first; gccgo places it at the
     selector's dot.  */
  if (src_call_has_receiver (pos))
    fixed--;
  ge_pos paren = pos;
  if (fixed >= 0 && src_variadic_at (pos, &paren.line, &paren.col))
    src_note_variadic_call (paren, fixed);
}

/* string(b) compared, concatenated or used as a map key: gccgo makes no
   copy, it points a string at b's bytes.  gc spills a temporary string
   there all the same, and reports it as not escaping.  The GIMPLE only
   says which lines have such views (a string's __data set from a
   slice's __values); the source says where the conversions are, those
   gccgo did not lower to a runtime call.  When the counts agree, each
   is such a conversion.  */
void
reader::find_string_views ()
{
  /* By line: the views, in statement order.  */
  struct line_views { int n; gimple *stmts[16]; };
  hash_map<int_hash<int, 0, -1>, line_views> views;  /* iterated: new */
  /* line << 12 | col; static and emptied here (reader.h says why).  */
  static hash_set<int_hash<unsigned, 0, UINT_MAX> > lowered;
  lowered.empty ();
  const char *file = NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        /* Positions only of the statements that matter: expanding one
           is a line-map search.  */
        ge_pos pos;
        if (is_gimple_call (stmt))
          {
            struct ge_rt_entry rt
              = ge_gccgo_runtime_call (callee_name (stmt),
                                       gimple_call_num_args (stmt));
            if (rt.role == GE_RT_STRING_CONV && rt.copies_bytes)
              {
                pos = pos_of (gimple_location (stmt));
                if (pos.file && pos.line > 0)
                  lowered.add (((unsigned) pos.line << 12)
                               | (unsigned) pos.col);
              }
            continue;
          }
        if (!gimple_assign_single_p (stmt))
          continue;
        tree lhs = gimple_assign_lhs (stmt);
        if (TREE_CODE (lhs) != COMPONENT_REF
            || !decl_name (TREE_OPERAND (lhs, 1))
            || strcmp (decl_name (TREE_OPERAND (lhs, 1)), "__data") != 0
            || !slice_values (gimple_assign_rhs1 (stmt)))
          continue;
        pos = pos_of (gimple_location (stmt));
        if (!pos.file || pos.line <= 0)
          continue;
        if (file && strcmp (file, pos.file) != 0)
          return;  /* one file per function */
        file = pos.file;
        bool existed;
        line_views &v = views.get_or_insert (pos.line, &existed);
        if (!existed)
          v.n = 0;
        if (v.n < 16)
          v.stmts[v.n] = stmt;
        v.n++;
      }
  for (hash_map<int_hash<int, 0, -1>, line_views>::iterator it
         = views.begin (); it != views.end (); ++it)
    {
      int line = (*it).first, cols[16], n = 0;
      int all = src_string_conversions (file, line, cols, 16);
      for (int i = 0; i < all; i++)
        if (!lowered.contains (((unsigned) line << 12) | (unsigned) cols[i]))
          cols[n++] = cols[i];
      if (n != (*it).second.n || n > 16)
        continue;
      /* The I-th view is the I-th conversion: its value is the string
         gc spills (s += string(b) sends it on).  */
      for (int i = 0; i < n; i++)
        {
          gimple *stmt = (*it).second.stmts[i];
          char text[1024];
          int gc_col;
          ge_pos pos = { file, line, cols[i] };
          if (src_alloc_at (pos, text, sizeof text, &gc_col) != GE_SRC_CONV)
            continue;
          pos.col = gc_col;
          ge_loc *l = ge_spill (fn, ge_hole_of (ge_blank (u)), text, pos,
                                depth_of (stmt));
          ge_loc_seen (l, GE_SEEN_NOALLOC, 0, "view of the bytes",
                       pos_of (gimple_location (stmt)));
          string_views.put (stmt, l);
        }
    }
}

/* Whether LHS is the value buffer of one of a select's send cases,
   CASES[i].elem with i below the number of sends: what it points to is
   sent, and goes to the heap as with c <- v.  */
bool
reader::select_send_case (tree lhs)
{
  if (TREE_CODE (lhs) != COMPONENT_REF)
    return false;
  const char *field = decl_name (TREE_OPERAND (lhs, 1));
  tree ref = TREE_OPERAND (lhs, 0);
  if (!field || strcmp (field, "elem") != 0 || TREE_CODE (ref) != ARRAY_REF
      || !tree_fits_shwi_p (TREE_OPERAND (ref, 1)))
    return false;
  HOST_WIDE_INT *sends = select_sends.get (TREE_OPERAND (ref, 0));
  return sends && tree_to_shwi (TREE_OPERAND (ref, 1)) < *sends;
}

} // namespace ge_gimple
