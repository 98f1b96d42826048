/* goescape: interface conversions.  gccgo copies the value into a box
   (heap or stack storage, or a static constant) whose address becomes
   the interface's __object; gc spills the converted operand there
   (escape/expr.go's OCONVIFACE).  */

#include "reader.h"

namespace ge_gimple {

/* The number of elements of array type TYPE, or -1 if it is none or
   its bound is not a constant.  */
static int
array_length (tree type)
{
  tree dom = TREE_CODE (type) == ARRAY_TYPE ? TYPE_DOMAIN (type) : NULL_TREE;
  if (!dom || !TYPE_MAX_VALUE (dom)
      || TREE_CODE (TYPE_MAX_VALUE (dom)) != INTEGER_CST
      || !tree_fits_shwi_p (TYPE_MAX_VALUE (dom)))
    return -1;
  return (int) tree_to_shwi (TYPE_MAX_VALUE (dom)) + 1;
}

/* Find gccgo's interface conversions: stores of a box into an
   interface's __object field.  */
void
reader::find_conversions ()
{
  /* Static and emptied here, as the reader's own tables are (reader.h
     says why).  None is iterated, so their order cannot matter.  */
  /* What each box is filled with: *P = V.  */
  static hash_map<gimple *, tree> call_value;
  static hash_map<tree, tree> var_value;
  static hash_map<gimple *, location_t> call_filled;
  static hash_map<tree, location_t> var_filled;
  /* Where a temporary is first set (GOTMP.0 = {} for a struct literal
     filled field by field): a box's place when nothing fills it whole.  */
  static hash_map<tree, location_t> var_set;
  /* Where interface temporaries go: a result variable, a call.  */
  static hash_map<tree, int> to_result;
  static hash_map<tree, std::pair<int, int> > to_arg;
  call_value.empty ();
  var_value.empty ();
  call_filled.empty ();
  var_filled.empty ();
  var_set.empty ();
  to_result.empty ();
  to_arg.empty ();
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      {
        gimple *stmt = gsi_stmt (gsi);
        if (is_gimple_call (stmt))
          for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
            {
              tree a = gimple_call_arg (stmt, i);
              if (TREE_CODE (a) == VAR_DECL && !to_arg.get (a))
                to_arg.put (a, std::make_pair ((int) i,
                                               (int) gimple_call_num_args (stmt)));
            }
        if (!is_gimple_assign (stmt) || !gimple_assign_single_p (stmt))
          continue;
        if (TREE_CODE (gimple_assign_rhs1 (stmt)) == VAR_DECL)
          if (ge_loc **r = locs.get (gimple_assign_lhs (stmt)))
            if ((*r)->cls == GE_LOC_RESULT)
              to_result.put (gimple_assign_rhs1 (stmt), (*r)->result_index - 1);
        tree lhs = gimple_assign_lhs (stmt);
        if (TREE_CODE (lhs) == VAR_DECL && !is_user_var (lhs)
            && gimple_has_location (stmt) && !var_set.get (lhs))
          var_set.put (lhs, gimple_location (stmt));
        if (TREE_CODE (lhs) != MEM_REF || !integer_zerop (TREE_OPERAND (lhs, 1)))
          continue;
        gimple *call = NULL;
        tree var = NULL_TREE;
        if (!box_origin (TREE_OPERAND (lhs, 0), &call, &var))
          continue;
        if (call && !call_value.get (call))
          {
            call_value.put (call, gimple_assign_rhs1 (stmt));
            call_filled.put (call, gimple_location (stmt));
          }
        if (var && !var_value.get (var))
          {
            var_value.put (var, gimple_assign_rhs1 (stmt));
            var_filled.put (var, gimple_location (stmt));
          }
      }

  FOR_EACH_BB_FN (bb, fun)
    {
      tree last_desc = NULL_TREE, last_desc_base = NULL_TREE;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *stmt = gsi_stmt (gsi);
          if (!is_gimple_assign (stmt) || !gimple_assign_single_p (stmt))
            continue;
          if (find_constant_copy (stmt))
            continue;
          tree lhs = gimple_assign_lhs (stmt);
          if (TREE_CODE (lhs) != COMPONENT_REF)
            continue;
          const char *field = decl_name (TREE_OPERAND (lhs, 1));
          if (!field)
            continue;
          tree rhs = gimple_assign_rhs1 (stmt);
          if (strcmp (field, "__type_descriptor") == 0
              || strcmp (field, "__methods") == 0)
            {
              last_desc = rhs;
              last_desc_base = TREE_OPERAND (lhs, 0);
              continue;
            }
          if (strcmp (field, "__object") != 0)
            continue;
          gimple *call = NULL;
          tree var = NULL_TREE;
          if (!box_origin (rhs, &call, &var))
            continue;
          conversion *c = new conversion ();
          c->store = stmt;
          c->box_at = gimple_location (stmt);
          c->facts.result = c->facts.arg = c->facts.elem = -1;
          c->facts.field_index = -1;
          tree iface = TREE_OPERAND (lhs, 0);
          /* A struct's interface field, T{..., val: x}: which one.  */
          if (TREE_CODE (iface) == COMPONENT_REF
              && TREE_CODE (TREE_TYPE (TREE_OPERAND (iface, 0))) == RECORD_TYPE)
            {
              tree fld = TREE_OPERAND (iface, 1);
              c->facts.field = decl_name (fld);
              c->facts.field_index = field_index (fld);
            }
          if (TREE_CODE (iface) == ARRAY_REF
              && TREE_CODE (TREE_OPERAND (iface, 1)) == INTEGER_CST)
            {
              int n = array_length (TREE_TYPE (TREE_OPERAND (iface, 0)));
              if (n >= 0)
                {
                  c->facts.elem = (int) tree_to_shwi (TREE_OPERAND (iface, 1));
                  c->facts.nelems = n;
                }
            }
          else if (ge_loc **r = locs.get (iface))
            {
              if ((*r)->cls == GE_LOC_RESULT)
                c->facts.result = (*r)->result_index - 1;
            }
          else if (int *r = to_result.get (iface))
            c->facts.result = *r;
          else if (std::pair<int, int> *a = to_arg.get (iface))
            {
              c->facts.arg = a->first;
              c->facts.call_nargs = a->second;
            }
          if (last_desc && operand_equal_p (last_desc_base,
                                            TREE_OPERAND (lhs, 0), 0))
            {
              char type[128];
              descriptor_type (last_desc, type, sizeof type);
              c->facts.type = type[0] ? ge_strdup (u, type) : NULL;
            }
          tree value = NULL_TREE;
          if (call)
            {
              /* A box gccgo allocates where the conversion is, not a
                 pointer the program allocated (new(T), &T{...}).  */
              ge_pos cp = pos_of (gimple_location (call));
              char text[64];
              int col;
              enum ge_src_alloc kind = src_alloc_at (cp, text, sizeof text,
                                                     &col);
              if (boxed_var.get (call) || kind == GE_SRC_NEW
                  || kind == GE_SRC_PTRLIT || kind == GE_SRC_METHVAL
                  || kind == GE_SRC_FUNCLIT)
                {
                  delete c;
                  continue;
                }
              c->box_at = gimple_location (call);
              if (tree *v = call_value.get (call))
                value = *v;
              if (location_t *l = call_filled.get (call))
                c->box_at = *l;
              conv_of_call.put (call, c);
            }
          else if (is_global_var (var))
            {
              /* gccgo's constants: go..C<N>.  */
              if (!ge_gccgo_is_constant_name (decl_name (var)))
                {
                  delete c;
                  continue;
                }
              c->facts.constant = true;
              /* interface{}(3): gccgo places the constant's address at
                 the conversion, the store at the statement.  */
              if (EXPR_HAS_LOCATION (rhs))
                c->box_at = EXPR_LOCATION (rhs);
              conv_of_store.put (stmt, c);
            }
          else if (!is_user_var (var))
            {
              /* interface{}(new(int)): a pointer is its own interface
                 word, and the temporary is the storage gccgo gives
                 new(int) on the stack, not a box.  */
              if (c->facts.type && c->facts.type[0] == '*')
                {
                  delete c;
                  continue;
                }
              if (tree *v = var_value.get (var))
                value = *v;
              if (location_t *l = var_filled.get (var))
                c->box_at = *l;
              else if (location_t *l = var_set.get (var))
                c->box_at = *l;
              conv_of_var.put (var, c);
            }
          else
            {
              delete c;
              continue;
            }
          if (value)
            {
              c->facts.value = ge_strdup (u, value_name (value));
              c->facts.value_const = CONSTANT_CLASS_P (value);
            }
          convs.safe_push (c);
        }
    }
}

/* The initializer of the read-only static data RHS copies, if any:
   *.LC2 or MEM[(T *)&.LC2].  */
static tree
constant_initializer (tree rhs)
{
  tree d = rhs;
  if (TREE_CODE (d) == MEM_REF && integer_zerop (TREE_OPERAND (d, 1))
      && TREE_CODE (TREE_OPERAND (d, 0)) == ADDR_EXPR)
    d = TREE_OPERAND (TREE_OPERAND (d, 0), 0);
  if (TREE_CODE (d) != VAR_DECL || !TREE_STATIC (d) || !TREE_READONLY (d)
      || !DECL_INITIAL (d) || TREE_CODE (DECL_INITIAL (d)) != CONSTRUCTOR)
    return NULL_TREE;
  return DECL_INITIAL (d);
}

/* At -Os the gimplifier fills an array of interfaces holding constants,
   f(1, 2, 3)'s "... argument", with one copy of static data
   (GOTMP.0 = *.LC2) rather than element by element: each element that
   is a constant's conversion is a conversion of STMT, as the element
   stores are at -O0.  */
bool
reader::find_constant_copy (gimple *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  tree ctor = constant_initializer (gimple_assign_rhs1 (stmt));
  int nelems = array_length (TREE_TYPE (lhs));
  if (!ctor || nelems < 0)
    return false;
  conversion **last = NULL;
  unsigned i;
  tree idx, elt;
  FOR_EACH_CONSTRUCTOR_ELT (CONSTRUCTOR_ELTS (ctor), i, idx, elt)
    {
      if (TREE_CODE (elt) != CONSTRUCTOR)
        continue;
      tree desc = NULL_TREE, obj = NULL_TREE;
      unsigned j;
      tree field, val;
      FOR_EACH_CONSTRUCTOR_ELT (CONSTRUCTOR_ELTS (elt), j, field, val)
        if (const char *name = field ? decl_name (field) : NULL)
          {
            if (strcmp (name, "__object") == 0)
              obj = val;
            else if (strcmp (name, "__type_descriptor") == 0
                     || strcmp (name, "__methods") == 0)
              desc = val;
          }
      while (obj && CONVERT_EXPR_P (obj))
        obj = TREE_OPERAND (obj, 0);
      tree var = obj && TREE_CODE (obj) == ADDR_EXPR ? TREE_OPERAND (obj, 0)
                                                     : NULL_TREE;
      if (!var || TREE_CODE (var) != VAR_DECL
          || !ge_gccgo_is_constant_name (decl_name (var)))
        continue;
      conversion *c = new conversion ();
      c->store = stmt;
      c->box_at = gimple_location (stmt);
      c->facts.result = c->facts.arg = c->facts.field_index = -1;
      c->facts.elem = idx && tree_fits_shwi_p (idx) ? (int) tree_to_shwi (idx)
                                                    : (int) i;
      c->facts.nelems = nelems;
      c->facts.constant = true;
      if (desc)
        {
          char type[128];
          descriptor_type (desc, type, sizeof type);
          c->facts.type = type[0] ? ge_strdup (u, type) : NULL;
        }
      if (last)
        *last = c;
      else
        conv_of_store.put (stmt, c);
      last = &c->next;
      convs.safe_push (c);
    }
  return last != NULL;
}

/* gc's spilled location for conversion C: the operand the source has
   at gccgo's position for the box, or for the interface store.  */
ge_loc *
reader::conversion_loc (conversion *c)
{
  if (c->loc)
    return c->loc;
  int depth = depth_of (c->store);
  location_t where[2] = { c->box_at, gimple_location (c->store) };
  for (int w = 0; w < 2 && !c->loc; w++)
    {
      ge_pos pos = pos_of (where[w]);
      if (!pos.file || (w == 1 && where[1] == where[0]))
        continue;
      struct ge_src_conv ops[32];
      int n = src_conv_operands (pos, ops, 32);
      unsigned key = ((unsigned) pos.line << 12) | ((unsigned) pos.col & 0xfff);
      unsigned *taken = conv_taken.get (key);
      unsigned mask = taken ? *taken : 0;
      int best = ge_conv_pick (&c->facts, ops, n, mask);
      if (best < 0)
        continue;
      conv_taken.put (key, mask | (1u << best));
      ge_pos gp = { pos.file, ops[best].line, ops[best].col };
      c->loc = ge_loc_new (fn, GE_LOC_EXPR, ge_strdup (u, ops[best].text), gp,
                           depth);
      c->loc->transient = true;
    }
  if (!c->loc)
    c->loc = ge_loc_new (fn, GE_LOC_TEMP, NULL, pos_of (c->box_at), depth);
  /* A box on the heap or the stack is seen where it is allocated.  */
  c->loc->seen.conversion = true;
  if (c->facts.constant)
    ge_loc_seen (c->loc, GE_SEEN_NOALLOC, 0, "static constant",
                 pos_of (c->box_at));
  box_locs.add (c->loc);
  return c->loc;
}

} // namespace ge_gimple
