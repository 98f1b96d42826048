/* goescape: facts of GCC's trees the reader needs: positions, names,
   types and their sizes, the shapes gccgo's lowering gives values.  No
   Go source and no engine: plain questions about trees.  */

#include "gcc-plugin.h"
#include "tree.h"
#include "gimple.h"
#include "basic-block.h"
#include "function.h"
#include "cfgloop.h"
#include "ssa.h"
#include "ssa-iterators.h"
#include "gimple-iterator.h"

#include "tree-facts.h"

extern "C" {
#include "goescape/gccgo/names.h"
#include "goescape/gccgo/runtime.h"
}

namespace ge_gimple {

int
loop_depth_at (function *fun, gimple *stmt)
{
  basic_block bb = gimple_bb (stmt);
  if (!bb || !fun->x_current_loops || !bb->loop_father)
    return 1;
  return 1 + (int) loop_depth (bb->loop_father);
}

ge_pos
gimple_pos (location_t loc)
{
  expanded_location x = expand_location (loc);
  ge_pos p = { x.file, x.line, x.column };
  return p;
}

bool
same_pos (ge_pos a, ge_pos b)
{
  return a.line == b.line && a.col == b.col && a.file && b.file
         && strcmp (a.file, b.file) == 0;
}

const char *
decl_name (tree decl)
{
  tree n = DECL_NAME (decl);
  return n ? IDENTIFIER_POINTER (n) : NULL;
}

gimple *
first_call (tree fndecl, bool (*want) (const gimple *call))
{
  function *f = DECL_STRUCT_FUNCTION (fndecl);
  if (!f || !f->cfg)
    return NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, f)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
         gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi)) && want (gsi_stmt (gsi)))
        return gsi_stmt (gsi);
  return NULL;
}

bool
type_has_ptrs (tree type, int depth)
{
  if (!type || depth > 32)
    return false;
  switch (TREE_CODE (type))
    {
    case POINTER_TYPE:
    case REFERENCE_TYPE:
    case FUNCTION_TYPE:
      return true;
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
        if (TREE_CODE (f) == FIELD_DECL
            && type_has_ptrs (TREE_TYPE (f), depth + 1))
          return true;
      return false;
    case ARRAY_TYPE:
      return type_has_ptrs (TREE_TYPE (type), depth + 1);
    default:
      return false;
    }
}

/* Whether gccgo passes a value of TYPE as itself where an interface
   or a value receiver needs a pointer (its Type::is_direct_iface_type):
   pointer-shaped types, and structs and arrays holding just one.  */
bool
direct_iface_type (tree type, int depth)
{
  if (!type || depth > 16)
    return false;
  if (POINTER_TYPE_P (type))
    return true;
  if (TREE_CODE (type) == RECORD_TYPE)
    {
      tree only = NULL_TREE;
      for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
        if (TREE_CODE (f) == FIELD_DECL)
          {
            if (only)
              return false;
            only = f;
          }
      return only && direct_iface_type (TREE_TYPE (only), depth + 1);
    }
  if (TREE_CODE (type) == ARRAY_TYPE)
    {
      tree n = array_type_nelts (type);
      return n && integer_zerop (n)
             && direct_iface_type (TREE_TYPE (type), depth + 1);
    }
  return false;
}

/* The size in bytes of TYPE, or 0 when unknown.  */
unsigned HOST_WIDE_INT
type_size (tree type)
{
  if (!type || !COMPLETE_TYPE_P (type) || !TYPE_SIZE_UNIT (type)
      || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type)))
    return 0;
  return tree_to_uhwi (TYPE_SIZE_UNIT (type));
}

/* The size of what a pointer-typed value points to, or 0.  */
unsigned HOST_WIDE_INT
pointee_size (tree ptr_type)
{
  if (!ptr_type || !POINTER_TYPE_P (ptr_type))
    return 0;
  return type_size (TREE_TYPE (ptr_type));
}

bool
is_local_var (tree t)
{
  return TREE_CODE (t) == VAR_DECL && !is_global_var (t);
}

bool
is_user_var (tree t)
{
  return is_local_var (t) && !DECL_ARTIFICIAL (t)
         && !ge_gccgo_is_temp_name (decl_name (t));
}

/* The position key of a statement, for per-statement memos.  */
unsigned
stmt_key (gimple *stmt)
{
  expanded_location x = expand_location (gimple_location (stmt));
  return ((unsigned) x.line << 12) | ((unsigned) x.column & 0xfff);
}

const char *
callee_name (const gimple *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  if (!fndecl)
    return NULL;
  return decl_name (fndecl);
}

/* Whether a runtime.makeslice call's length and capacity are constants:
   otherwise gc allocates on the heap ("non-constant size").  */
bool
constant_make (gimple *call)
{
  if (ge_gccgo_runtime_role (callee_name (call)) != GE_RT_MAKESLICE)
    return true;
  for (unsigned i = 1; i < gimple_call_num_args (call); i++)
    if (TREE_CODE (gimple_call_arg (call, i)) != INTEGER_CST)
      return false;
  return true;
}

/* The size of the object a runtime.newobject call allocates, from the
   pointer type its result is given.  */
/* The size of what SSA (a void pointer) points to, from the type of
   the first pointer it is copied or stored into: gccgo gives its
   allocations' results no type of their own.  */
static unsigned HOST_WIDE_INT
pointee_size_of_uses (tree ssa, int depth)
{
  imm_use_iterator it;
  gimple *use;
  unsigned HOST_WIDE_INT n = 0;
  FOR_EACH_IMM_USE_STMT (use, it, ssa)
    if (!n && is_gimple_assign (use) && gimple_assign_single_p (use)
        && gimple_assign_rhs1 (use) == ssa)
      {
        tree lhs = gimple_assign_lhs (use);
        n = pointee_size (TREE_TYPE (lhs));
        if (!n && depth < 4 && TREE_CODE (lhs) == SSA_NAME)
          n = pointee_size_of_uses (lhs, depth + 1);
      }
  return n;
}

unsigned HOST_WIDE_INT
newobject_size (gimple *call)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return 0;
  if (unsigned HOST_WIDE_INT n = pointee_size (TREE_TYPE (lhs)))
    return n;
  if (TREE_CODE (lhs) != SSA_NAME)
    return 0;
  if (unsigned HOST_WIDE_INT n = pointee_size_of_uses (lhs, 0))
    return n;
  /* Used untyped (stored into an interface): the type descriptor's
     size, when the descriptor is this unit's.  */
  unsigned HOST_WIDE_INT n;
  if (gimple_call_num_args (call) == 1
      && descriptor_size (gimple_call_arg (call, 0), &n))
    return n;
  return 0;
}

/* The size a type descriptor of this unit gives its type (its first
   field, "size"), for the descriptor ARG points to.  False when the
   descriptor is another unit's (runtime types, int..d) or not one.  */
bool
descriptor_size (tree arg, unsigned HOST_WIDE_INT *size)
{
  if (TREE_CODE (arg) != ADDR_EXPR)
    return false;
  tree d = TREE_OPERAND (arg, 0);
  if (TREE_CODE (d) != VAR_DECL || !DECL_INITIAL (d)
      || TREE_CODE (DECL_INITIAL (d)) != CONSTRUCTOR)
    return false;
  tree init = DECL_INITIAL (d);
  /* The common part of every descriptor is its first field, a record
     whose first field is the size.  */
  while (TREE_CODE (init) == CONSTRUCTOR && CONSTRUCTOR_NELTS (init) > 0)
    init = CONSTRUCTOR_ELT (init, 0)->value;
  if (TREE_CODE (init) != INTEGER_CST || !tree_fits_uhwi_p (init))
    return false;
  *size = tree_to_uhwi (init);
  return true;
}

/* The bytes an allocating call asks for: a runtime.newobject call's
   object, or a runtime.makeslice call's backing array when its capacity
   is a constant (gc's "too large for stack" reads it: make([]int,
   100000) is 800,000 bytes, over the 64 KiB of an implicit variable).
   0 when unknown.  */
unsigned HOST_WIDE_INT
alloc_size (gimple *call)
{
  unsigned HOST_WIDE_INT elem = newobject_size (call);
  if (ge_gccgo_runtime_role (callee_name (call)) != GE_RT_MAKESLICE)
    return elem;
  if (gimple_call_num_args (call) < 3)
    return 0;
  tree cap = gimple_call_arg (call, 2);
  if (!elem || TREE_CODE (cap) != INTEGER_CST || !tree_fits_uhwi_p (cap))
    return 0;
  unsigned HOST_WIDE_INT n = tree_to_uhwi (cap);
  if (n > HOST_WIDE_INT_M1U / elem)
    return HOST_WIDE_INT_M1U;
  return n * elem;
}

/* Whether TYPE is the record gccgo returns several results in: two or
   more fields, all without a Go name (gccgo calls them UNNAMED).  */
bool
results_record (tree type)
{
  if (!type || TREE_CODE (type) != RECORD_TYPE)
    return false;
  int n = 0;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL)
      {
        if (DECL_NAME (f)
            && strcmp (IDENTIFIER_POINTER (DECL_NAME (f)), "UNNAMED") != 0)
          return false;
        n++;
      }
  return n >= 2;
}

/* The index of FIELD in its record.  */
int
field_index (tree field)
{
  int i = 0;
  for (tree f = TYPE_FIELDS (DECL_CONTEXT (field)); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL)
      {
        if (f == field)
          return i;
        i++;
      }
  return -1;
}

/* The name of the variable whose value T is, following copies into
   temporaries; NULL if T is computed.  */
const char *
value_name (tree t, int budget)
{
  if (!t || budget <= 0)
    return NULL;
  if (TREE_CODE (t) == SSA_NAME)
    {
      tree v = SSA_NAME_VAR (t);
      if (v && (TREE_CODE (v) == PARM_DECL || is_user_var (v)))
        return decl_name (v);
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (def && is_gimple_assign (def) && gimple_assign_single_p (def))
        return value_name (gimple_assign_rhs1 (def), budget - 1);
      return NULL;
    }
  if (TREE_CODE (t) == PARM_DECL || (TREE_CODE (t) == VAR_DECL
                                     && is_user_var (t)))
    return decl_name (t);
  if (TREE_CODE (t) == VAR_DECL && is_global_var (t) && decl_name (t))
    {
      /* gccgo qualifies globals: go.p.x.  */
      return ge_gccgo_global_name (decl_name (t));
    }
  return NULL;
}

/* The Go name of the type the descriptor or method table whose address
   ADDR is stands for, into BUF ("" if ADDR is none).  */
void
descriptor_type (tree addr, char *buf, size_t size)
{
  buf[0] = '\0';
  if (!addr || TREE_CODE (addr) != ADDR_EXPR)
    return;
  if (const char *n = decl_name (TREE_OPERAND (addr, 0)))
    ge_gccgo_descriptor_type (n, buf, size);
}

/* The record key of a store into a record field, LHS: the record
   variable, or the pointer it is stored through.  */
tree
record_key (tree lhs)
{
  tree base = TREE_OPERAND (lhs, 0);
  if (TREE_CODE (base) == MEM_REF)
    return TREE_OPERAND (base, 0);
  return DECL_P (base) ? base : NULL_TREE;
}

/* Whether STMT, a store into LHS, belongs to an assignment statement gc
   ignores as a self-assignment.  The first store of each statement
   reports it as gc does.  */
/* Whether a store to LHS goes through a pointer (gc's ODEREF or
   ODOTPTR), not into a variable: gccgo also stores into a variable's
   field through its address, GOTMP = &t.a; *GOTMP = ...  */
bool
stores_through_pointer (tree lhs)
{
  tree base = get_base_address (lhs);
  if (!base || (TREE_CODE (base) != MEM_REF && TREE_CODE (base) != INDIRECT_REF))
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  while (TREE_CODE (ptr) == SSA_NAME)
    {
      gimple *def = SSA_NAME_DEF_STMT (ptr);
      if (!def || !gimple_assign_single_p (def))
        return true;
      ptr = gimple_assign_rhs1 (def);
    }
  if (TREE_CODE (ptr) != ADDR_EXPR)
    return true;
  tree obj = get_base_address (TREE_OPERAND (ptr, 0));
  return !obj || !DECL_P (obj);
}

/* Whether T, an SSA name, is read from a slice's __values field.  */
bool
slice_values (tree t)
{
  if (TREE_CODE (t) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (t);
  if (!def || !gimple_assign_single_p (def))
    return false;
  tree r = gimple_assign_rhs1 (def);
  if (TREE_CODE (r) == SSA_NAME)
    return slice_values (r);
  return TREE_CODE (r) == COMPONENT_REF
         && decl_name (TREE_OPERAND (r, 1))
         && strcmp (decl_name (TREE_OPERAND (r, 1)), "__values") == 0;
}

/* The function a go or defer statement hands the runtime, FNARG: the
   address of a thunk or of the called function itself, possibly cast
   to an integer.  */
tree
called_function (tree fnarg)
{
  for (int budget = 8; budget > 0; budget--)
    {
      if (TREE_CODE (fnarg) == ADDR_EXPR
          && TREE_CODE (TREE_OPERAND (fnarg, 0)) == FUNCTION_DECL)
        return TREE_OPERAND (fnarg, 0);
      if (CONVERT_EXPR_P (fnarg))
        fnarg = TREE_OPERAND (fnarg, 0);
      else if (TREE_CODE (fnarg) == SSA_NAME)
        {
          gimple *def = SSA_NAME_DEF_STMT (fnarg);
          if (!def || !(gimple_assign_single_p (def)
                        || (is_gimple_assign (def)
                            && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))))
            return NULL_TREE;
          fnarg = gimple_assign_rhs1 (def);
        }
      else
        return NULL_TREE;
    }
  return NULL_TREE;
}

} // namespace ge_gimple

namespace ge_gimple {

bool
iface_record_p (tree type)
{
  if (!type || TREE_CODE (type) != RECORD_TYPE)
    return false;
  tree f = TYPE_FIELDS (type);
  if (!f || !DECL_CHAIN (f) || DECL_CHAIN (DECL_CHAIN (f)))
    return false;
  const char *a = decl_name (f), *b = decl_name (DECL_CHAIN (f));
  return a && b && strcmp (b, "__object") == 0
         && (strcmp (a, "__type_descriptor") == 0
             || strcmp (a, "__methods") == 0);
}

bool
slice_record_p (tree type)
{
  if (!type || TREE_CODE (type) != RECORD_TYPE)
    return false;
  tree f = TYPE_FIELDS (type);
  const char *a = f ? decl_name (f) : NULL;
  return a && strcmp (a, "__values") == 0 && DECL_CHAIN (f)
         && decl_name (DECL_CHAIN (f))
         && strcmp (decl_name (DECL_CHAIN (f)), "__count") == 0;
}

} // namespace ge_gimple
