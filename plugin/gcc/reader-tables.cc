/* goescape: the GIMPLE reader's hash tables, made once for the unit
   (reader.h says why), and emptied after each function.  */

#include "reader.h"

namespace ge_gimple {

hash_set<ge_func *> reader::typed_bodiless;
hash_map<tree, gimple *> reader::box_of;
hash_map<gimple *, tree> reader::boxed_var;
hash_map<tree, HOST_WIDE_INT> reader::select_sends;
hash_map<tree, int> reader::var_depth;
hash_map<tree, location_t> reader::addr_at;
hash_map<tree, vec<gimple *> *> reader::temp_defs;
hash_set<tree> reader::temp_not_expr;
hash_set<tree> reader::variadic_arrays;
hash_set<gimple *> reader::variadic_allocs;
hash_set<pos_key_hash> reader::map_assign_at;
hash_map<gimple *, conversion *> reader::conv_of_call;
hash_map<tree, conversion *> reader::conv_of_var;
hash_map<gimple *, conversion *> reader::conv_of_store;
hash_map<pos_key_hash, unsigned> reader::conv_taken;
hash_set<ge_loc *> reader::box_locs;
hash_map<tree, ge_loc *> reader::locs;
hash_map<const ge_loc *, tree> reader::loc_type;
hash_map<tree, tree> reader::user_var_of;
hash_map<gimple *, ge_loc *> reader::allocs;
hash_map<gimple *, ge_loc *> reader::string_views;
hash_map<tree, ge_loc **> reader::result_fields;
hash_map<ge_loc *, ge_func *> reader::lit_clo;
hash_map<tree, tree> reader::object_store;
hash_map<const ge_loc *, ge_pos> reader::call_result_at;
hash_map<ge_loc *, ge_loc *> reader::spilled_in;
hash_map<ge_loc *, vec<reader::pending_flow> *> reader::pending;
hash_map<tree, tree> reader::map_iter;
hash_map<tree, ge_loc *> reader::map_iter_temp;
hash_map<tree, memo *> reader::temp_memo;
hash_map<tree, ge_loc *> reader::thunk_fields;
hash_map<ge_loc *, ge_loc *> reader::var_lit;
hash_set<ge_loc *> reader::var_multi;
hash_set<tree> reader::clo_rec_types;
hash_map<tree, tree> reader::method_value_thunk;
hash_set<pos_key_hash> reader::method_value_lines;
hash_map<pos_key_hash, unsigned> reader::conv_arg_taken;
hash_map<pos_key_hash, int> reader::self_assign;
hash_map<tree, reader::appendee> reader::appendees;
hash_map<tree, ge_pos> reader::ts_clause;
hash_map<pos_key_hash, ge_loc *> reader::ts_tee;
hash_map<pos_key_hash, int> reader::ts_count;

void
reader::empty_tables ()
{
  typed_bodiless.empty ();
  box_of.empty ();
  boxed_var.empty ();
  select_sends.empty ();
  var_depth.empty ();
  addr_at.empty ();
  temp_defs.empty ();
  temp_not_expr.empty ();
  variadic_arrays.empty ();
  variadic_allocs.empty ();
  map_assign_at.empty ();
  conv_of_call.empty ();
  conv_of_var.empty ();
  conv_of_store.empty ();
  conv_taken.empty ();
  box_locs.empty ();
  locs.empty ();
  loc_type.empty ();
  user_var_of.empty ();
  allocs.empty ();
  string_views.empty ();
  result_fields.empty ();
  lit_clo.empty ();
  object_store.empty ();
  call_result_at.empty ();
  spilled_in.empty ();
  pending.empty ();
  map_iter.empty ();
  map_iter_temp.empty ();
  temp_memo.empty ();
  thunk_fields.empty ();
  var_lit.empty ();
  var_multi.empty ();
  clo_rec_types.empty ();
  method_value_thunk.empty ();
  method_value_lines.empty ();
  conv_arg_taken.empty ();
  self_assign.empty ();
  appendees.empty ();
  ts_clause.empty ();
  ts_tee.empty ();
  ts_count.empty ();
}

} // namespace ge_gimple
