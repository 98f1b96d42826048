/* goescape: facts of GCC's trees the GIMPLE reader needs (tree-facts.cc):
   positions, names, types and their sizes, and the shapes gccgo's
   lowering gives values.  */

#ifndef GOESCAPE_GCC_TREE_FACTS_H
#define GOESCAPE_GCC_TREE_FACTS_H

extern "C" {
#include "goescape/engine/engine.h"
}

namespace ge_gimple {

/* gc's loop depth of STMT in FUN: 1 outside every loop.  */
int loop_depth_at (function *fun, gimple *stmt);

/* The position gccgo gives LOC: after a //line directive, the file and
   line the directive says (the reader's pos_of maps it back).  */
ge_pos gimple_pos (location_t loc);
bool same_pos (ge_pos a, ge_pos b);
/* The position key of a statement, for per-statement memos.  */
unsigned stmt_key (gimple *stmt);

const char *decl_name (tree decl);
/* The name of the function STMT calls directly, or NULL.  */
const char *callee_name (const gimple *stmt);
/* The first call in FNDECL's body that WANT accepts (in block order),
   or NULL: the call a thunk, a stub or a wrapper is made for.  */
gimple *first_call (tree fndecl, bool (*want) (const gimple *call));

/* Whether values of TYPE hold pointers: gc tracks only those.  */
bool type_has_ptrs (tree type, int depth = 0);
/* Whether gccgo passes a value of TYPE as itself where an interface or
   a value receiver needs a pointer (its Type::is_direct_iface_type):
   pointer-shaped types, and structs and arrays holding just one.  */
bool direct_iface_type (tree type, int depth = 0);
/* Whether TYPE is gccgo's record for an interface value: a type
   descriptor (or method table) and __object.  */
bool iface_record_p (tree type);
/* Whether TYPE is gccgo's record for a slice: __values, __count,
   __capacity.  */
bool slice_record_p (tree type);
/* The size in bytes of TYPE, or 0 when unknown.  */
unsigned HOST_WIDE_INT type_size (tree type);
/* The size of what a pointer-typed value points to, or 0.  */
unsigned HOST_WIDE_INT pointee_size (tree ptr_type);
/* The size of the object a runtime.newobject call allocates, from the
   pointer type its result is given.  */
unsigned HOST_WIDE_INT newobject_size (gimple *call);
unsigned HOST_WIDE_INT alloc_size (gimple *call);
bool descriptor_size (tree arg, unsigned HOST_WIDE_INT *size);

bool is_local_var (tree t);
/* A local variable of the Go code, not a temporary.  */
bool is_user_var (tree t);

/* Whether a runtime.makeslice call's length and capacity are constants:
   otherwise gc allocates on the heap ("non-constant size").  */
bool constant_make (gimple *call);

/* Whether TYPE is the record gccgo returns several results in.  */
bool results_record (tree type);
/* The index of FIELD in its record.  */
int field_index (tree field);

/* The name of the variable whose value T is, following copies into
   temporaries; NULL if T is computed.  */
const char *value_name (tree t, int budget = 8);
/* The Go name of the type the descriptor or method table whose address
   ADDR is stands for, into BUF ("" if ADDR is none).  */
void descriptor_type (tree addr, char *buf, size_t size);

/* The record key of a store into a record field, LHS: the record
   variable, or the pointer it is stored through.  */
tree record_key (tree lhs);
/* Whether a store to LHS goes through a pointer (gc's ODEREF or
   ODOTPTR), not into a variable.  */
bool stores_through_pointer (tree lhs);
/* Whether T, an SSA name, is read from a slice's __values field.  */
bool slice_values (tree t);
/* The function a go or defer statement hands the runtime, FNARG.  */
tree called_function (tree fnarg);

} // namespace ge_gimple

#endif /* GOESCAPE_GCC_TREE_FACTS_H */
