/* goescape: gc's -m=2 notes on the flows the reader records: "from
   WHERE (WHY) at POS".  GIMPLE has the flow and the statement's
   position; the source layer has the statement's shape and renders the
   notes (ge_src_flow_notes).  Only read at -m=2 and above, as gc
   writes notes only then.  */

#include "reader.h"

namespace ge_gimple {

bool
reader::want_notes ()
{
  return ge_unit_verbosity (u) >= 2;
}

/* What TERM's value is, as the source layer finds it: a variable by
   name, else the expression at the location's position.  */
static bool
leaf_of (const ge_loc *l, struct ge_src_leaf *leaf)
{
  memset (leaf, 0, sizeof *leaf);
  if (!l)
    return false;
  if (l->stub && l->alias && l->alias->name)
    l = l->alias;  /* a captured variable, once its function declared it */
  if (l->cls == GE_LOC_AUTO || l->cls == GE_LOC_PARAM
      || l->cls == GE_LOC_RESULT || l->stub)
    {
      leaf->name = l->name;
      return l->name != NULL;
    }
  if ((l->cls == GE_LOC_EXPR || l->cls == GE_LOC_TEMP) && l->pos.file)
    {
      leaf->line = l->pos.line;
      leaf->col = l->pos.col;
      return l->pos.line > 0;
    }
  return false;
}

/* Whether T is a COMPONENT_REF of an interface's __object field.  */
static bool
is_object_field (tree t)
{
  if (TREE_CODE (t) != COMPONENT_REF)
    return false;
  const char *f = decl_name (TREE_OPERAND (t, 1));
  return f && strcmp (f, "__object") == 0;
}

/* Whether gccgo's temporary VAR is a variable the reader reads as an
   expression (gccgo's GOTMP), rather than a Go variable.  */
static bool
is_gccgo_temp (tree var)
{
  return TREE_CODE (var) == VAR_DECL && DECL_ARTIFICIAL (var)
         && !is_global_var (var);
}

/* Whether the value T, stored as an interface's __object (or, for an
   interface-typed T, its __object), was made by converting a value to
   an interface (gc's OCONVIFACE) rather than copied from another
   interface:

     sink = x     // x *int: GOTMP.__object = x; sink = GOTMP
     sink = e     // e interface{}: a copy, no conversion  */
bool
reader::converted_iface (tree t, int budget)
{
  if (budget <= 0 || !t)
    return false;
  if (TREE_CODE (t) == SSA_NAME)
    {
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (SSA_NAME_VAR (t) && !is_gccgo_temp (SSA_NAME_VAR (t)))
        return !iface_record_p (TREE_TYPE (t));
      if (!def || !is_gimple_assign (def) || !gimple_assign_single_p (def))
        return !iface_record_p (TREE_TYPE (t)) && def && !gimple_nop_p (def);
      return converted_iface (gimple_assign_rhs1 (def), budget - 1);
    }
  if (is_object_field (t))
    {
      tree base = TREE_OPERAND (t, 0);
      if (TREE_CODE (base) != VAR_DECL || !is_gccgo_temp (base))
        return false;  /* read from a variable's interface: a copy */
      return converted_iface (base, budget - 1);
    }
  if (TREE_CODE (t) == VAR_DECL && iface_record_p (TREE_TYPE (t)))
    {
      if (!is_gccgo_temp (t))
        return false;
      if (!object_stores_built)
        {
          object_stores_built = true;
          basic_block bb;
          FOR_EACH_BB_FN (bb, fun)
            for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
                 !gsi_end_p (gsi); gsi_next (&gsi))
              {
                gimple *s = gsi_stmt (gsi);
                if (!is_gimple_assign (s) || !gimple_assign_single_p (s))
                  continue;
                tree lhs = gimple_assign_lhs (s);
                if (is_object_field (lhs)
                    && TREE_CODE (TREE_OPERAND (lhs, 0)) == VAR_DECL
                    && !object_store.get (TREE_OPERAND (lhs, 0)))
                  object_store.put (TREE_OPERAND (lhs, 0),
                                    gimple_assign_rhs1 (s));
                else if (TREE_CODE (lhs) == VAR_DECL
                         && iface_record_p (TREE_TYPE (lhs))
                         && !object_store.get (lhs))
                  object_store.put (lhs, gimple_assign_rhs1 (s));
              }
        }
      tree *v = object_store.get (t);
      return v && converted_iface (*v, budget - 1);
    }
  if (iface_record_p (TREE_TYPE (t)))
    return false;
  return TREE_CODE (t) == ADDR_EXPR || TREE_CODE (t) == INTEGER_CST
         || POINTER_TYPE_P (TREE_TYPE (t));
}

/* Whether the statement being read converts the value it stores to an
   interface.  */
bool
reader::stmt_converts_iface ()
{
  if (!cur_stmt || !is_gimple_assign (cur_stmt)
      || !gimple_assign_single_p (cur_stmt))
    return false;
  tree lhs = gimple_assign_lhs (cur_stmt);
  if (!is_object_field (lhs) && !iface_record_p (TREE_TYPE (lhs)))
    return false;
  return converted_iface (gimple_assign_rhs1 (cur_stmt), 8);
}

/* K with NOTES, N of them innermost first, in FILE, added as gc adds
   them: the outermost first.  */
ge_hole
reader::add_src_notes (ge_hole k, const char *file,
                       const struct ge_src_note *notes, int n)
{
  for (int i = n - 1; i >= 0; i--)
    {
      ge_pos at = { file, notes[i].line, notes[i].col };
      k = ge_hole_note (u, k, at, ge_strdup (u, notes[i].where),
                        notes[i].why);
    }
  return k;
}

/* Whether L is one of gccgo's temporaries, which gc's graph does not
   have.  */
bool
reader::hidden_temp (const ge_loc *l)
{
  return l && l != ge_heap (u) && l->cls == GE_LOC_TEMP && !l->name;
}

bool
variadic_slice (const ge_loc *l)
{
  return l->cls == GE_LOC_EXPR && l->name
         && strcmp (l->name, "... argument") == 0;
}

/* K with gc's notes for the flow of SRC after DEREFS dereferences at
   the statement being read; when CALL is not NULL, only those up to
   its argument.  */
ge_hole
reader::flow_notes (ge_hole k, ge_loc *src, int derefs, const ge_pos *call,
                    bool iface)
{
  if (!want_notes () || !cur_stmt || !k.dst)
    return k;
  /* Into one of gccgo's temporaries: gc has no such step, and what the
     temporary holds is no node of its own.  The flow is made when the
     temporary flows on, noted for where it goes; explanations join the
     two steps.

       return herr{"x"}   // GOTMP = herr{...}; *box = GOTMP  */
  if (!call && hidden_temp (k.dst))
    {
      vec<pending_flow> **v = pending.get (k.dst);
      if (!v || !*v)
        {
          pending.put (k.dst, new vec<pending_flow> ());
          v = pending.get (k.dst);
          pending_order.safe_push (k.dst);
        }
      pending_flow pf = { k, src, derefs, cur_stmt, stmt_converts_iface () };
      (*v)->safe_push (pf);
      return ge_hole_of (ge_blank (u));
    }
  vec<pending_flow> **v = pending.get (src);
  if (v && *v)
    {
      drain (src, k, derefs, call, iface || stmt_converts_iface ());
      return k;
    }
  return noted (k, k, src, derefs, call, iface);
}

/* Make the flows deferred into the temporary T, now that it flows into
   K (after DEREFS dereferences, CALL as for flow_notes): each noted for
   what it brings there.  */
void
reader::drain (ge_loc *t, ge_hole k, int derefs, const ge_pos *call,
               bool iface)
{
  vec<pending_flow> **v = pending.get (t);
  if (!v || !*v)
    return;
  vec<pending_flow> *flows = *v;
  *v = NULL;
  for (unsigned i = 0; i < flows->length (); i++)
    {
      pending_flow &pf = (*flows)[i];
      vec<pending_flow> **inner = pending.get (pf.src);
      if (inner && *inner)
        drain (pf.src, k, derefs + pf.derefs, call, iface || pf.iface);
      else
        {
          gimple *saved = cur_stmt;
          cur_stmt = pf.stmt;
          pf.k = noted (pf.k, k, pf.src, derefs + pf.derefs, call,
                        iface || pf.iface);
          cur_stmt = saved;
        }
      ge_flow (fn, pf.k, pf.src);
    }
  delete flows;
}

/* The flows still deferred when the function is read: made as they
   are, in the order they came.  */
void
reader::flush_pending ()
{
  for (unsigned i = 0; i < pending_order.length (); i++)
    {
      vec<pending_flow> **v = pending.get (pending_order[i]);
      if (!v || !*v)
        continue;
      for (unsigned j = 0; j < (*v)->length (); j++)
        {
          pending_flow &pf = (**v)[j];
          /* An allocation's own spill, at least.  */
          if (pf.src->cls == GE_LOC_EXPR && pf.derefs == -1 && pf.src->name)
            pf.k = ge_hole_note (u, pf.k, pf.src->pos, pf.src->name, "spill");
          ge_flow (fn, pf.k, pf.src);
        }
      delete *v;
      *v = NULL;
    }
  pending_order.truncate (0);
}

/* ONTO with gc's notes for the flow of SRC after DEREFS dereferences
   into K's destination, at the statement being read.  */
ge_hole
reader::noted (ge_hole onto, ge_hole k, ge_loc *src, int derefs,
               const ge_pos *call, bool iface)
{
  bool spilled = false;
  if (ge_loc **alloc = spilled_in.get (src))
    {
      spilled = true;  /* its spill is on the flow into the temporary */
      derefs += -1;
      src = *alloc;
    }
  struct ge_src_leaf leaf;
  if (ge_pos *c = call_result_at.get (src))
    {
      memset (&leaf, 0, sizeof leaf);
      leaf.line = c->line;
      leaf.col = c->col;
    }
  else if (!leaf_of (src, &leaf))
    return onto;
  leaf.sel_derefs = -1;
  const ge_loc *var = src->stub && src->alias ? src->alias : src;
  if (tree *type = loc_type.get (var))
    {
      tree t = *type;
      leaf.sel_derefs = POINTER_TYPE_P (t) ? 1
                        : TREE_CODE (t) == RECORD_TYPE && !slice_record_p (t)
                          ? 0 : -1;
      leaf.index_kind = TREE_CODE (t) == ARRAY_TYPE ? 'a'
                        : slice_record_p (t) ? 's'
                        : POINTER_TYPE_P (t)
                          && TREE_CODE (TREE_TYPE (t)) == ARRAY_TYPE ? 'p' : 0;
    }
  if (k.dst->name && k.dst->cls != GE_LOC_EXPR)
    leaf.dst_name = k.dst->name;
  leaf.to_heap = k.dst == ge_heap (u);
  leaf.into_tee = k.dst->cls == GE_LOC_TEMP && k.dst->name
                  && strcmp (k.dst->name, GE_GC_TEMP) == 0;
  /* Into a variadic call's implicit slice: noted up to the argument,
     then as gc's slice literal's element.  */
  ge_pos variadic;
  if (!call && variadic_slice (k.dst))
    {
      variadic = k.dst->pos;
      call = &variadic;
      onto = ge_hole_note (u, onto, k.dst->pos, k.dst->name,
                           "slice-literal-element");
    }
  bool box = src->cls == GE_LOC_EXPR && box_locs.contains (src);
  if (box)
    leaf.text = src->name;  /* a box: its operand */
  if (k.dst->cls == GE_LOC_EXPR && box_locs.contains (k.dst) && k.dst->name)
    {
      leaf.box_text = k.dst->name;
      leaf.box_line = k.dst->pos.line;
      leaf.box_col = k.dst->pos.col;
    }
  /* Into a box, the value may be converted first, as an element of the
     literal boxed: struct{ io.Reader }{fr}.  */
  if (!box)
    leaf.iface = iface || (!call && stmt_converts_iface ());
  ge_pos at = pos_of (gimple_location (cur_stmt));
  if (!at.file || at.line <= 0)
    return onto;
  if (k.dst->cls == GE_LOC_EXPR && !box_locs.contains (k.dst) && !call
      && k.dst->pos.file == at.file)
    {
      leaf.dst_line = k.dst->pos.line;
      leaf.dst_col = k.dst->pos.col;
    }
  struct ge_src_note notes[16];
  /* A variadic call's implicit slice is no node of the statement: it is
     passed where it is made (its spill, then the call's).  */
  bool implicit = variadic_slice (src);
  int n = implicit ? 0 : src_flow_notes (at, &leaf, derefs, call, notes, 16);
  /* A captured variable not yet declared: gccgo names the closure's
     field after it and a number (i1 for i); the name the statement
     uses is the slot's without some of its last digits.  */
  if (n == 0 && src->stub && leaf.name && !implicit)
    {
      char name[128];
      snprintf (name, sizeof name, "%s", leaf.name);
      for (size_t len = strlen (name); n == 0 && len > 1
                                       && ISDIGIT (name[len - 1]); len--)
        {
          name[len - 1] = '\0';
          leaf.name = name;
          n = src_flow_notes (at, &leaf, derefs, call, notes, 16);
        }
    }
  onto = add_src_notes (onto, at.file, notes, n);
  /* An allocation's own flow: gc's spill, innermost.  */
  if (src->cls == GE_LOC_EXPR && derefs == -1 && src->name && !spilled)
    onto = ge_hole_note (u, onto, src->pos, src->name, "spill");
  return onto;
}


/* SRC, an allocation spilled into K (ge_spill), is what the temporary
   of gccgo's K stands for, if it is one: flows out of it are noted for
   SRC (flow_notes).  */
void
reader::spilled_into (ge_hole k, ge_loc *src)
{
  if (want_notes () && hidden_temp (k.dst) && src
      && !spilled_in.get (k.dst))
    spilled_in.put (k.dst, src);
}

/* The notes of argument SRC (after DEREFS) of the call at CALL_POS, up
   to the argument: gc's "call parameter" is the engine's.  */
ge_note *
reader::arg_notes (ge_loc *src, int derefs, ge_pos call_pos, tree arg)
{
  if (!want_notes ())
    return NULL;
  ge_hole k = ge_hole_of (ge_heap (u));
  bool iface = arg && iface_record_p (TREE_TYPE (arg))
               && converted_iface (arg, 8);
  k = flow_notes (k, src, derefs, &call_pos, iface);
  return k.notes;
}

/* The notes of a call's result, from the call at CALL_POS on, as it
   is stored into K.  */
ge_hole
reader::result_notes (ge_hole k, ge_pos call_pos)
{
  if (!want_notes () || !k.dst || (k.dst != ge_heap (u) && !k.dst->name))
    return k;
  ge_loc tmp;
  memset (&tmp, 0, sizeof tmp);
  tmp.cls = GE_LOC_TEMP;
  tmp.pos = call_pos;
  return flow_notes (k, &tmp, 0, NULL, false);
}

/* gc's rendering of the call at *POS, for its "call parameter" notes,
   and gc's position of it into *POS.  */
const char *
reader::call_text (ge_pos *pos)
{
  if (!want_notes () || !pos->file)
    return NULL;
  char buf[256];
  int line, col;
  if (!src_call_text (*pos, buf, sizeof buf, &line, &col))
    return NULL;
  pos->line = line;
  pos->col = col;
  return ge_strdup (u, buf);
}

} // namespace ge_gimple
