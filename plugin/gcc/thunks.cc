/* goescape: the record a go or defer statement hands its thunk.

   gccgo evaluates a go or defer statement's function and arguments into
   a record and passes the runtime its address and a thunk, which calls
   the function with the record's fields:

     defer cn.errRecover(&err)
       GOTMP.1579 = {}; p = &GOTMP.1579;
       p->object = cn; p->a0 = &err;
       runtime.deferprocStack (..., go..thunk8, p);
     go..thunk8 (struct {conn *object; error *a0} *param)
       conn.errRecover (param->object, param->a0);

   gc's wrapper closure has each argument apart.  Read through the
   record as one pointer, the fields would share one location, and a
   receiver that leaks would take every argument with it (err moved to
   heap).  So a thunk has a parameter per field besides the record's
   (reader::declare_signature), its body reads a field as that parameter
   (reader::eval), and a defer statement passes each field's value as
   the argument for it (here).  */

#include "reader.h"

namespace ge_gimple {

/* The assignment of VAR, a variable of gccgo's holding an address, in
   the function being read: its value.  */
static tree
assigned_value (function *fun, tree var)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *s = gsi_stmt (gsi);
        if (gimple_assign_single_p (s) && gimple_assign_lhs (s) == var)
          return gimple_assign_rhs1 (s);
      }
  return NULL_TREE;
}

/* The record variable whose address T holds, through gccgo's copies of
   it; NULL_TREE if none.  */
static tree
record_of (function *fun, tree t)
{
  for (int i = 0; t && i < 8; i++)
    {
      if (TREE_CODE (t) == ADDR_EXPR)
        {
          tree v = TREE_OPERAND (t, 0);
          return VAR_P (v) && TREE_CODE (TREE_TYPE (v)) == RECORD_TYPE
                 ? v : NULL_TREE;
        }
      if (TREE_CODE (t) == SSA_NAME)
        {
          gimple *def = SSA_NAME_DEF_STMT (t);
          t = def && gimple_assign_single_p (def) ? gimple_assign_rhs1 (def)
                                                  : NULL_TREE;
        }
      else if (VAR_P (t) && DECL_ARTIFICIAL (t) && POINTER_TYPE_P (TREE_TYPE (t)))
        t = assigned_value (fun, t);
      else
        return NULL_TREE;
    }
  return NULL_TREE;
}

/* The field of REC statement S stores into, directly (*PIECE false) or
   a part of it, a slice's words (*PIECE true); -1 if none.  */
static int
stored_field (function *fun, gimple *s, tree rec, bool *piece)
{
  *piece = false;
  if (!gimple_assign_single_p (s))
    return -1;
  tree lhs = gimple_assign_lhs (s);
  if (TREE_CODE (lhs) != COMPONENT_REF)
    return -1;
  tree base = TREE_OPERAND (lhs, 0), field = TREE_OPERAND (lhs, 1);
  while (TREE_CODE (base) == COMPONENT_REF)
    {
      field = TREE_OPERAND (base, 1);
      base = TREE_OPERAND (base, 0);
      *piece = true;
    }
  if (TREE_CODE (base) == MEM_REF && integer_zerop (TREE_OPERAND (base, 1)))
    base = record_of (fun, TREE_OPERAND (base, 0));
  return base == rec ? field_index (field) : -1;
}

/* ARG, the record a go or defer statement STMT hands the thunk of C:
   each field's value as the thunk's argument for it, after the
   record's.  A record not found on the stack (the heap one of a defer
   in a loop) gives each field what it points to, all fields alike.  */
void
reader::thunk_record_args (ge_call *c, tree arg, gimple *stmt)
{
  tree rec = record_of (fun, arg);
  if (!rec)
    {
      tree type = TREE_TYPE (arg);
      if (!POINTER_TYPE_P (type) || TREE_CODE (TREE_TYPE (type)) != RECORD_TYPE)
        return;
      terms t;
      eval (arg, t);
      ge_pos at = pos_of (gimple_location (stmt));
      uint32_t i = 0;
      for (tree f = TYPE_FIELDS (TREE_TYPE (type)); f; f = DECL_CHAIN (f))
        {
          if (TREE_CODE (f) != FIELD_DECL)
            continue;
          i++;
          if (!type_has_ptrs (TREE_TYPE (f)) || t.n == 0)
            continue;
          ge_loc *tmp = ge_loc_new (fn, GE_LOC_TEMP, NULL, at, depth_of (stmt));
          for (unsigned j = 0; j < t.n; j++)
            ge_flow (fn, ge_hole_shift (ge_hole_of (tmp), t.v[j].derefs + 1),
                     t.v[j].loc);
          ge_call_arg (c, i, tmp, 0, NULL);
        }
      return;
    }
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *s = gsi_stmt (gsi);
        bool piece;
        int i = stored_field (fun, s, rec, &piece);
        if (i < 0 || piece)
          continue;
        tree rhs = gimple_assign_rhs1 (s);
        if (type_has_ptrs (TREE_TYPE (rhs)))
          call_arg (c, 1 + (uint32_t) i, rhs, stmt);
      }
}

/* Whether CALL is the one a thunk makes, not its deferred-return
   bookkeeping.  */
static bool
is_statement_call (const gimple *call)
{
  const char *name = callee_name (call);
  return !name || strcmp (name, "runtime.setdeferretaddr") != 0;
}

/* The call THUNK_DECL's body makes: the statement's own.  */
static gimple *
thunk_call (tree thunk_decl)
{
  return first_call (thunk_decl, is_statement_call);
}

/* Whether gc wraps CALL, a thunk's, in a closure of its own
   (escape.goDeferStmt): every call but that of a function taking and
   returning nothing, "go worker()", "defer func() {...}()".  A method
   call passes its receiver, so it is wrapped too.  */
static bool
gc_wraps (gimple *call)
{
  tree type = call ? gimple_call_fntype (call) : NULL_TREE;
  return call && (gimple_call_num_args (call) > 0
                  || (type && !VOID_TYPE_P (TREE_TYPE (type))));
}

/* What T, a pointer, is a copy of: the variable, or the SSA name not
   itself a copy (at -O2 gccgo's GOTMP is one), through SSA copies.  */
static tree
pointer_var (tree t)
{
  for (int i = 0; t && i < 8; i++)
    {
      if (VAR_P (t))
        return t;
      if (TREE_CODE (t) != SSA_NAME)
        return NULL_TREE;
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (!def || !gimple_assign_single_p (def)
          || (TREE_CODE (gimple_assign_rhs1 (def)) != SSA_NAME
              && !VAR_P (gimple_assign_rhs1 (def))))
        return t;
      t = gimple_assign_rhs1 (def);
    }
  return NULL_TREE;
}

/* The record a go statement fills before gccgo copies it into the heap
   one ARG points to (*GOTMP.0 = GOTMP.1): the record on the stack whose
   fields the statement stores.  */
static tree
copied_record (function *fun, tree arg)
{
  tree p = pointer_var (arg);
  if (!p)
    return NULL_TREE;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *s = gsi_stmt (gsi);
        if (!gimple_assign_single_p (s))
          continue;
        tree lhs = gimple_assign_lhs (s), rhs = gimple_assign_rhs1 (s);
        if (TREE_CODE (lhs) == MEM_REF && integer_zerop (TREE_OPERAND (lhs, 1))
            && VAR_P (rhs) && TREE_CODE (TREE_TYPE (rhs)) == RECORD_TYPE
            && pointer_var (TREE_OPERAND (lhs, 0)) == p)
          return rhs;
      }
  return NULL_TREE;
}

/* A field of a thunk's record and the value the statement stores in
   it (NULL_TREE for a field of no size, which nothing stores), as the
   argument INDEX of the thunk's call.  */
struct record_field
{
  const char *name;
  tree type, value;
  int index;
};

/* The fields of REC, the record of a go or defer statement, with their
   values, in the record's order; false if one is stored twice.  */
static bool
record_fields (function *fun, tree rec, auto_vec<record_field> &out)
{
  int index = 0;
  for (tree f = TYPE_FIELDS (TREE_TYPE (rec)); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL)
      {
        record_field rf = { decl_name (f), TREE_TYPE (f), NULL_TREE,
                            1 + index++ };
        out.safe_push (rf);
      }
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *s = gsi_stmt (gsi);
        /* A field stored piece by piece (a slice's words): not read
           here.  */
        bool piece;
        int i = stored_field (fun, s, rec, &piece);
        if (i < 0)
          continue;
        if (piece || (unsigned) i >= out.length () || out[i].value)
          return false;
        out[i].value = gimple_assign_rhs1 (s);
      }
  /* A field gccgo stores nothing in is one of no size (an empty struct
     receiver), or one gc does not copy either.  */
  for (unsigned i = 0; i < out.length (); i++)
    if (!out[i].value && !integer_zerop (TYPE_SIZE_UNIT (out[i].type)))
      {
        out.ordered_remove (i);
        i--;
      }
  return true;
}

/* The operand of CALL a field of the record stands for: gccgo names
   them "fn" (the function value), "object" (the receiver) and "aN" (the
   Nth argument); NULL for one gc does not copy (a function's own
   descriptor: gc leaves a function name in the call).  */
static const ge_src_go_defer_operand *
field_operand (const ge_src_go_defer &call, const record_field &rf)
{
  const char *name = rf.name;
  if (!name)
    return NULL;
  if (rf.value && TREE_CODE (rf.value) == ADDR_EXPR
      && VAR_P (TREE_OPERAND (rf.value, 0))
      && is_global_var (TREE_OPERAND (rf.value, 0)))
    {
      /* gccgo's descriptor of a function is "NAME..f".  */
      const char *g = decl_name (TREE_OPERAND (rf.value, 0));
      size_t len = g ? strlen (g) : 0;
      if (len > 3 && strcmp (g + len - 3, "..f") == 0)
        return NULL;
    }
  if (strcmp (name, "fn") == 0)
    return call.has_fn ? &call.fn : NULL;
  if (strcmp (name, "object") == 0)
    return call.has_recv ? &call.recv : NULL;
  if (name[0] == 'a' && ISDIGIT (name[1]))
    {
      int n = atoi (name + 1);
      return n < call.nargs ? &call.args[n] : NULL;
    }
  return NULL;
}

/* What the statement calls, from its record: a method when it holds
   the receiver ("object"), &x or *p when the value stored is one (the
   receiver typecheck adjusts), a function value when it holds "fn".  */
static enum ge_src_go_defer_callee
callee_kind (const auto_vec<record_field> &fields, char *prefix)
{
  *prefix = 0;
  for (unsigned i = 0; i < fields.length (); i++)
    {
      const char *name = fields[i].name;
      if (name && strcmp (name, "object") == 0)
        {
          tree v = fields[i].value;
          /* Through the SSA name gccgo computes it into.  */
          for (int n = 0; n < 4 && v && TREE_CODE (v) == SSA_NAME; n++)
            {
              gimple *def = SSA_NAME_DEF_STMT (v);
              if (!def || !gimple_assign_single_p (def))
                break;
              v = gimple_assign_rhs1 (def);
            }
          if (iface_record_p (fields[i].type))
            return GE_SRC_GO_DEFER_INTERFACE;
          if (v && (TREE_CODE (v) == ADDR_EXPR || TREE_CODE (v) == MEM_REF))
            {
              *prefix = TREE_CODE (v) == ADDR_EXPR ? '&' : '*';
              return GE_SRC_GO_DEFER_METHOD_IMPLICIT;
            }
          return GE_SRC_GO_DEFER_METHOD;
        }
      if (name && strcmp (name, "fn") == 0)
        return GE_SRC_GO_DEFER_VALUE;
    }
  return GE_SRC_GO_DEFER_FUNC;
}

/* gc's go/defer wrapper (escape.goDeferStmt) for the statement STMT at
   AT, which hands THUNK_DECL the record ARG and sends it to the heap
   when TO_HEAP.  Each value stored in the record is gc's temporary
   .autotmp_N, assigned where the statement is and captured by the
   wrapper's "func literal"; the thunk is called with the temporaries.
   LIT is the location of the function literal the statement calls, if
   any, which gc copies into a temporary too.  False when the statement
   is not read this way (the caller reads it as gccgo compiles it).  */
bool
reader::read_go_defer_wrapper (gimple *stmt, ge_pos at, tree thunk_decl,
                               ge_func *thunk, tree arg, bool to_heap,
                               ge_loc *lit)
{
  auto_vec<record_field> fields;
  gimple *inner = NULL;
  if (!ge_gccgo_is_thunk_name (decl_name (thunk_decl)))
    {
      /* go send(c), go func(p *T) {...}(x): gccgo calls the function
         with its lone argument; one without arguments is no wrapper's.  */
      if (!arg || integer_zerop (arg))
        return false;
      record_field rf = { "a0", TREE_TYPE (arg), arg, 0 };
      fields.safe_push (rf);
    }
  else
    {
      tree rec = record_of (fun, arg);
      if (!rec)
        rec = copied_record (fun, arg);
      if (!rec || !record_fields (fun, rec, fields))
        return false;
      inner = thunk_call (thunk_decl);
      if (!inner)
        return false;
      if (!gc_wraps (inner))
        {
          /* go h(), defer func() {...}(): the function value goes where
             the statement sends it, and nothing is called with
             anything.  */
          ge_hole k = ge_hole_of (to_heap ? ge_heap (u) : ge_blank (u));
          if (lit)
            ge_flow (fn, ge_hole_addr (u, k, lit->pos, lit->name, "spill"),
                     lit);
          for (unsigned i = 0; i < fields.length (); i++)
            if (fields[i].value && !(lit && strcmp (fields[i].name, "fn") == 0))
              {
                terms v;
                eval (fields[i].value, v);
                for (unsigned j = 0; j < v.n; j++)
                  ge_flow (fn, ge_hole_shift (k, v.v[j].derefs), v.v[j].loc);
              }
          return true;
        }
    }
  /* A variadic call's implicit slice: gc copies its elements one by
     one, into a slice the wrapper builds; not read here.  */
  for (unsigned i = 0; i < fields.length (); i++)
    if (fields[i].value)
      {
        terms v;
        eval (fields[i].value, v);
        for (unsigned j = 0; j < v.n; j++)
          if (variadic_slice (v.v[j].loc))
            return false;
      }
  ge_src_go_defer call;
  /* The receiver's prefix is the record's: the thunk's call passes
     what the record holds.  */
  char prefix, stub_prefix, path[128] = "";
  char *method = inner ? method_expr (inner, at, &stub_prefix, path,
                                      sizeof path) : NULL;
  enum ge_src_go_defer_callee kind = callee_kind (fields, &prefix);
  if (path[0])
    {
      /* A promoted method: gc's operand is the embedded field, selected
         (and taken by address) at the selector's dot.  */
      path[0] = kind == GE_SRC_GO_DEFER_METHOD_IMPLICIT && prefix == '&'
                ? '.' : '*';
      kind = GE_SRC_GO_DEFER_METHOD_IMPLICIT;
      prefix = stub_prefix;
    }
  bool read = src_go_defer_call (at, kind, method, &call);
  if (read && path[0] && call.has_recv)
    {
      size_t len = strlen (call.recv.text);
      snprintf (call.recv.text + len, sizeof call.recv.text - len, ".%s",
                path + 1);
    }
  /* The call is the thunk's, placed at the keyword: the renderer learns
     here that it is a static method call (note_method_calls), which
     gives the receiver's implicit & its "address-of" note.  */
  if (read && method && call.has_recv)
    src_note_method_call ((ge_pos) { at.file, call.dot_line, call.dot_col },
                          method, prefix, path[0] ? path : NULL);
  free (method);
  if (!read)
    return false;
  int dcls = src_function_dcls (at);
  if (dcls < 0)
    return false;
  int depth = depth_of (stmt);
  ge_pos cpos = { at.file, call.call_line, call.call_col };

  /* The temporaries, in the order gc copies the operands.  */
  struct temp { const ge_src_go_defer_operand *op; ge_loc *loc; tree value;
                int index; uint64_t size; };
  auto_vec<temp> temps;
  const ge_src_go_defer_operand *lit_op = lit && call.has_fn ? &call.fn : NULL;
  if (lit_op)
    for (unsigned i = 0; i < fields.length (); i++)
      if (field_operand (call, fields[i]) == lit_op)
        lit_op = NULL;  /* gccgo stores the literal's record: read there */
  auto new_temp = [&] (const ge_src_go_defer_operand *op, tree value,
                       int index, uint64_t size) {
    ge_pos p = { at.file, op->line, op->col };
    const char *name = ge_printf (u, ".autotmp_%d", dcls + go_defer_temps++);
    temp t = { op, ge_loc_new (fn, GE_LOC_TEMP, name, p, depth), value,
               index, size };
    temps.safe_push (t);
  };
  if (lit_op)
    new_temp (lit_op, NULL_TREE, -1, 8);
  for (unsigned i = 0; i < fields.length (); i++)
    if (const ge_src_go_defer_operand *op = field_operand (call, fields[i]))
      {
        tree size = TYPE_SIZE_UNIT (fields[i].type);
        new_temp (op, fields[i].value, fields[i].index,
                  size && tree_fits_uhwi_p (size) ? tree_to_uhwi (size) : 0);
      }

  /* The call as gc prints it in the wrapper: each copied operand its
     temporary.  */
  auto text_of = [&] (const ge_src_go_defer_operand *op) {
    for (unsigned i = 0; i < temps.length (); i++)
      if (temps[i].op == op)
        return temps[i].loc->name;
    return (const char *) op->text;
  };
  char text[1024];
  size_t n = 0;
  auto put = [&] (const char *s) {
    size_t len = strlen (s);
    if (n + len < sizeof text)
      {
        memcpy (text + n, s, len);
        n += len;
      }
    text[n] = '\0';
  };
  text[0] = '\0';
  if (call.has_fn)
    put (text_of (&call.fn));
  if (call.has_recv && call.callee[0] == '.')
    put (text_of (&call.recv));
  put (call.callee);
  put ("(");
  bool first = true;
  if (call.has_recv && call.callee[0] != '.')
    {
      put (text_of (&call.recv));
      first = false;
    }
  for (int i = 0; i < call.nargs; i++)
    {
      if (!first)
        put (", ");
      put (text_of (&call.args[i]));
      first = false;
    }
  put (")");

  /* gc's copyExpr: .autotmp_N = operand, noted as the operand's flow up
     to the call's argument, then the assignment.  */
  bool notes = want_notes ();
  for (unsigned i = 0; i < temps.length (); i++)
    {
      temp &t = temps[i];
      ge_hole k = ge_hole_of (t.loc);
      const char *assign = notes ? ge_printf (u, "%s = %s", t.loc->name,
                                              t.op->text) : NULL;
      k = ge_hole_note (u, k, t.loc->pos, assign, "assign");
      if (t.index >= 0 && !t.value)
        continue;  /* of no size: nothing stored */
      if (t.index < 0)
        {
          /* The literal, spilled into its temporary.  */
          k = ge_hole_note (u, ge_hole_shift (k, -1), lit->pos, lit->name,
                            "spill");
          ge_flow (fn, k, lit);
          continue;
        }
      terms v;
      eval (t.value, v);
      for (unsigned j = 0; j < v.n; j++)
        {
          ge_hole kj = ge_hole_shift (k, v.v[j].derefs);
          /* The operand's own notes go before the assignment's.  */
          const ge_note *on = arg_notes (v.v[j].loc, v.v[j].derefs, cpos,
                                         t.value);
          auto_vec<const ge_note *> list;
          for (; on; on = on->next)
            list.safe_push (on);
          for (unsigned m = list.length (); m-- > 0;)
            kj = ge_hole_note (u, kj, list[m]->pos, list[m]->where,
                               list[m]->why);
          ge_flow (fn, kj, v.v[j].loc);
        }
    }

  /* The call, in the enclosing function, of the temporaries.  */
  ge_call *c = ge_call_new (fn, thunk, cpos, notes ? text : NULL, depth);
  for (unsigned i = 0; i < temps.length (); i++)
    if (temps[i].index >= 0)
      ge_call_arg (c, (uint32_t) temps[i].index, temps[i].loc, 0, NULL);

  /* The wrapper, spilled where the statement sends it, capturing the
     temporaries.  */
  ge_hole k = ge_hole_of (to_heap ? ge_heap (u) : ge_blank (u));
  ge_loc *w = ge_spill (fn, k, "func literal", at, depth);
  ge_func *wrapper = ge_go_defer_wrapper (w, depth);
  for (unsigned i = 0; i < temps.length (); i++)
    {
      ge_closure_capture (wrapper, temps[i].loc->name, temps[i].loc,
                          temps[i].size);
      /* At the call: wrapExpr's closure variable is made there.  */
      ge_closure_capture_use (wrapper, temps[i].loc->name, (long) i, cpos);
    }
  return true;
}

} // namespace ge_gimple
