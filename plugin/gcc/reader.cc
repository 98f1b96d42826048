/* goescape: the GIMPLE reader's entry: which functions are Go code, the
   signature of each, and the walk over its statements.  */

#include "reader.h"

namespace ge_gimple {

reader::~reader ()
{
  if (have_sig)
    ge_src_signature_free (&sig);
  for (hash_map<tree, vec<gimple *> *>::iterator it = temp_defs.begin ();
       it != temp_defs.end (); ++it)
    {
      (*it).second->release ();
      delete (*it).second;
    }
  for (hash_map<tree, memo *>::iterator it = temp_memo.begin ();
       it != temp_memo.end (); ++it)
    delete (*it).second;
  for (unsigned i = 0; i < convs.length (); i++)
    delete convs[i];
  delete[] ssa_memo;
  empty_tables ();
}

/* Parameters and results, named and placed as in the Go source.  */
void
reader::declare_signature ()
{
  tree fndecl = fun->decl;
  ge_pos fpos = pos_of (DECL_SOURCE_LOCATION (fndecl));
  /* A thunk stands at its go or defer statement: no signature there.  */
  have_sig = !thunk && src_signature (fpos);

  int nparm = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    nparm++;
  /* A recover body takes a trailing bool besides F's parameters.  */
  bool use_sig = have_sig && (sig.nparams == nparm
                              || (recover_body && sig.nparams == nparm - 1));

  int i = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), i++)
    {
      const char *name;
      ge_pos pos;
      if (use_sig && i == sig.nparams)
        {
          name = NULL;
          pos = fpos;
        }
      else if (use_sig)
        {
          name = sig.params[i].name;
          pos = fpos;
          pos.line = sig.params[i].line;
          pos.col = sig.params[i].col;
        }
      else
        {
          name = decl_name (p);
          pos = pos_of (DECL_SOURCE_LOCATION (p));
        }
      /* Blank parameters: gccgo names them "p.N" ("$pN" in stubs).  A
         thunk's are never reported but must be tagged.  */
      if (!thunk && ge_gccgo_is_unnamed_param (name))
        name = NULL;
      /* gccgo passes a value receiver by pointer; gc's receiver is the
         value ("T.m", not "(*T).m").  */
      tree type = TREE_TYPE (p);
      if (i == 0 && use_sig && sig.has_recv)
        fn->summary_kind = 'p';
      if (i == 0 && use_sig && sig.has_recv && POINTER_TYPE_P (type)
          && fn->gc_name && strncmp (fn->gc_name, "(*", 2) != 0
          && strchr (fn->gc_name, '.'))
        {
          type = TREE_TYPE (type);
          /* Callers in other packages need to know what gccgo passes.  */
          fn->summary_kind = direct_iface_type (type) ? 'v' : 'V';
          if (fn->summary_kind == 'V')
            ge_func_set_recv_by_address (fn);
        }
      set_origin (NULL, p);
      ge_loc *l = ge_func_add_param (fn, name, pos, type_has_ptrs (type));
      /* In its frame, unless gccgo boxes it (alloc_loc).  */
      ge_loc_seen (l, GE_SEEN_STACK, type_size (type), "parameter", pos);
      locs.put (p, l);
      loc_type.put (l, type);
    }
  /* A go or defer thunk: a parameter per field of its record, after the
     record's own (thunks.cc).  */
  tree p0 = DECL_ARGUMENTS (fndecl);
  if (nparm == 1 && ge_gccgo_is_thunk_name (fn->name)
      && POINTER_TYPE_P (TREE_TYPE (p0))
      && TREE_CODE (TREE_TYPE (TREE_TYPE (p0))) == RECORD_TYPE)
    for (tree f = TYPE_FIELDS (TREE_TYPE (TREE_TYPE (p0))); f;
         f = DECL_CHAIN (f))
      if (TREE_CODE (f) == FIELD_DECL)
        thunk_fields.put (f, ge_func_add_param (fn, decl_name (f), fpos,
                                                type_has_ptrs (TREE_TYPE (f))));
  /* A method value's thunk takes its receiver from the record's "val"
     field (its static chain): a parameter, as for gc's OMETHVALUE.  */
  if (thunk && nparm == 0 && fun->static_chain_decl)
    thunk_val = ge_func_add_param (fn, "$val", fpos, true);

  /* Result variables: gccgo names unnamed results $retN, in order, and
     keeps named results under their names.  */
  auto_vec<tree> rets;
  unsigned ix;
  tree var;
  FOR_EACH_LOCAL_DECL (fun, ix, var)
    {
      const char *n = decl_name (var);
      if (TREE_CODE (var) == VAR_DECL && ge_gccgo_result_index (n) >= 0)
        rets.safe_push (var);
      note_value_expr (var);
    }
  /* At -O1 and above GIMPLE's local declarations no longer list a
     variable the code never names: its scopes still do.  */
  note_value_exprs (DECL_INITIAL (fun->decl));
  rets.qsort ([] (const void *a, const void *b) -> int {
    int x = ge_gccgo_result_index (decl_name (*(const tree *) a));
    int y = ge_gccgo_result_index (decl_name (*(const tree *) b));
    return x < y ? -1 : x > y;
  });

  int nres = have_sig ? sig.nresults : (int) rets.length ();
  unsigned next_ret = 0;
  for (int r = 0; r < nres; r++)
    {
      const char *name = have_sig ? sig.results[r].name : NULL;
      ge_pos pos = fpos;
      if (have_sig)
        {
          pos.line = sig.results[r].line;
          pos.col = sig.results[r].col;
        }
      /* A blank result is gc's ~bN, gccgo's $retN.  */
      bool blank = name && strcmp (name, "_") == 0;
      ge_loc *l = ge_func_add_result (fn, blank ? ge_printf (u, "~b%d", r)
                                                : name, pos);
      tree decl = NULL_TREE;
      if (name && !blank)
        {
          FOR_EACH_LOCAL_DECL (fun, ix, var)
            if (TREE_CODE (var) == VAR_DECL && decl_name (var)
                && strcmp (decl_name (var), name) == 0)
              decl = var;
        }
      else if (next_ret < rets.length ())
        decl = rets[next_ret++];
      if (decl)
        {
          locs.put (decl, l);
          ge_loc_seen (l, GE_SEEN_STACK, type_size (TREE_TYPE (decl)),
                       "result variable", pos_of (DECL_SOURCE_LOCATION (decl)));
        }
    }
}

/* A variable gccgo keeps in a temporary (one a deferred closure
   captures): the code uses the temporary, gc the variable.  */
void
reader::note_value_expr (tree var)
{
  if (TREE_CODE (var) == VAR_DECL && is_user_var (var)
      && DECL_HAS_VALUE_EXPR_P (var)
      && TREE_CODE (DECL_VALUE_EXPR (var)) == VAR_DECL
      && !user_var_of.get (DECL_VALUE_EXPR (var)))
    user_var_of.put (DECL_VALUE_EXPR (var), var);
}

void
reader::note_value_exprs (tree block)
{
  for (int n = 0; block && TREE_CODE (block) == BLOCK && n < 100000; n++)
    {
      for (tree v = BLOCK_VARS (block); v; v = DECL_CHAIN (v))
        note_value_expr (v);
      note_value_exprs (BLOCK_SUBBLOCKS (block));
      block = BLOCK_CHAIN (block);
    }
}

void
reader::run ()
{
  tree fndecl = fun->decl;
  const char *name = decl_name (fndecl);
  ge_pos fpos = pos_of (DECL_SOURCE_LOCATION (fndecl));
  /* F..r is F's body as gc sees it (F itself is not read).  */
  char *body_of = ge_gccgo_recover_body_of (name);
  if (body_of)
    {
      recover_body = true;
      name = ge_strdup (u, body_of);
      free (body_of);
    }
  fn = ge_func_new (u, name, name, fpos);
  fn->pos = fpos;
  fn->has_body = true;
  thunk = ge_gccgo_is_wrapper_name (name);
  if (thunk)
    fn->reported = false;
  /* Function literals, init functions and the package initializer are
     not called from other packages.  */
  if (ge_gccgo_is_closure_name (name) || ge_gccgo_init_index (name) >= 0
      || ge_gccgo_is_package_initializer (name))
    ge_func_set_unexported (fn);
  bool literal = ge_gccgo_is_closure_name (name)
                 && !ge_gccgo_is_package_closure_name (name);
  /* "_ = func() {...}" without captures: gccgo drops the value, so
     nothing reaches the literal's function, but gc evaluates it (into
     nothing): its literal is made here, in the function's own batch.
     (With captures gccgo still builds the record, bound as any.)  */
  if (literal && !fun->static_chain_decl && src_blank_funclit (fpos))
    ge_loc_seen (storage_loc (fpos, 1, 0), GE_SEEN_NOALLOC, 0,
                 "dropped value", fpos);
  else if (literal || ge_gccgo_is_thunk_name (name))
    ge_func_set_hidden (fn);
  char gc_name[256];
  if (ge_gccgo_init_index (name) >= 0)
    fn->gc_name = ge_printf (u, "init.%d", ge_gccgo_init_index (name));
  else if (!ge_gccgo_is_closure_name (name) && !thunk
           && src_func_name (fpos, gc_name, sizeof gc_name))
    fn->gc_name = ge_strdup (u, gc_name);

  nssa = num_ssa_names;
  ssa_memo = new memo[nssa + 1] ();

  declare_signature ();
  scan ();
  note_method_calls ();
  find_boxes ();
  find_variadic_arrays ();
  find_conversions ();
  find_string_views ();

  /* Named locals in declaration order, so the report follows gc's.
     Statements of a switch clause gc's deadcode pass drops are not read
     (a switch on runtime.GOOS).  */
  bool any_dead = src_has_dead (fn->pos.file);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      cur_stmt = NULL;  /* a PHI is no statement of the source */
      for (gphi_iterator gpi = gsi_start_phis (bb); !gsi_end_p (gpi);
           gsi_next (&gpi))
        {
          set_origin (gpi.phi ());
          read_phi (gpi.phi ());
        }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *stmt = gsi_stmt (gsi);
          cur_stmt = stmt;
          set_origin (stmt);
          if (any_dead && src_dead_at (pos_of (gimple_location (stmt))))
            continue;
          if (is_gimple_assign (stmt))
            read_assign (stmt);
          else if (is_gimple_call (stmt))
            read_call (stmt);
        }
    }
  set_origin (NULL);
  flush_pending ();
  blank_news ();
}

/* "_ = new(T)", which gccgo drops: gc's new(T), evaluated into nothing
   (blanks.c), where the GIMPLE gave no location.  */
void
reader::blank_news ()
{
  struct ge_src_blank_new news[16];
  int n = src_blank_news (fn->pos, news, 16);
  for (int i = 0; i < n; i++)
    {
      ge_pos pos = { fn->pos.file, news[i].line, news[i].col };
      bool known = false;
      for (uint32_t j = 0; j < fn->nlocs && !known; j++)
        known = fn->locs[j]->cls == GE_LOC_EXPR
                && same_pos (fn->locs[j]->pos, pos);
      if (known || src_dead_at (pos))
        continue;
      ge_loc *l = ge_spill (fn, ge_hole_of (ge_blank (u)), news[i].text, pos,
                            1);
      ge_loc_seen (l, GE_SEEN_NOALLOC, 0, "dropped by gccgo", pos);
    }
}

/* paths=yes: the flows recorded from now on come from STMT.  */
void
reader::set_origin (const gimple *stmt, tree decl)
{
  if (paths)
    ge_unit_set_origin (u, stmt || decl
                             ? goescape_paths_origin (paths, fun, stmt, decl)
                             : NULL);
}

/* In the package initializer, the literals and interface boxes gc lays
   out statically (staticinit.c).  */
void
reader::mark_static_data ()
{
  if (!fn)
    return;
  for (uint32_t i = 0; i < fn->nlocs; i++)
    {
      ge_loc *l = fn->locs[i];
      if (l->cls != GE_LOC_EXPR || !l->name || !l->pos.file)
        continue;
      size_t n = strlen (l->name);
      /* A box is static storage whether its value is computed or is
         itself a static literal (var e error = myErr{}).  */
      if (box_locs.contains (l)
          ? src_static_box (l->pos, l->name)
            || (n > 2 && l->name[n - 1] == '}' && src_static_alloc (l->pos))
          : ((n > 2 && l->name[n - 1] == '}')
             || strcmp (l->name, "func literal") == 0)
            && src_static_alloc (l->pos))
        ge_loc_set_static (l);
    }
}

/* Functions gccgo generates (stubs, equality and hash helpers) have no
   counterpart in gc's analysis.  Thunks do: gc's go/defer wrappers; and
   the package initializer runs the global variables' initializers,
   which gc analyses too.  */
static bool
generated_function (function *fun)
{
  if (ge_gccgo_is_helper_name (decl_name (fun->decl)))
    return true;
  expanded_location x = expand_location (DECL_SOURCE_LOCATION (fun->decl));
  return x.file == NULL || x.line == 0;
}

/* Whether FUN is the wrapper of a function that calls recover: it calls
   its own body F..r, which is read in its place.  */
/* Whether FUN's body comes from another package: at -O1 and above gccgo
   compiles the inlinable bodies of imported functions into the unit
   (strings.Index from its export data, placed in
   ../../../src/libgo/go/strings/strings.go).  gc reports on them in
   their own package only.  */
static bool
foreign_function (function *fun, ge_src_unit *su)
{
  return foreign_decl (su, fun->decl);
}

static bool
recover_wrapper (function *fun)
{
  const char *name = decl_name (fun->decl);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi)))
        {
          char *body_of
            = ge_gccgo_recover_body_of (callee_name (gsi_stmt (gsi)));
          bool own = body_of && name && strcmp (body_of, name) == 0;
          free (body_of);
          if (own)
            return true;
        }
  return false;
}

} // namespace ge_gimple

bool
goescape_read_function (ge_unit *u, ge_imports *im, ge_src_unit *su,
                        goescape_paths *paths, function *fun)
{
  using namespace ge_gimple;
  if (!fun || !fun->decl || generated_function (fun)
      || foreign_function (fun, su) || recover_wrapper (fun))
    return false;
  reader r (u, im, su, fun);
  r.paths = paths;
  r.run ();
  if (ge_gccgo_is_package_initializer (decl_name (fun->decl)))
    r.mark_static_data ();
  ge_unit_set_origin (u, NULL);
  return true;
}
