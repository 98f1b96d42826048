/* goescape: every place the GIMPLE reader consults the Go source text.

   GIMPLE keeps positions but has lost what gc's report is made of: the
   spelling of expressions, gc's columns, parameter names, and the shape
   of statements some of gc's rules read.  Most queries only word the
   report.  Those marked VERDICT below decide what gc concludes, because
   the fact is in no tree gccgo hands the middle end:

   - src_alloc_at: whether storage gccgo allocates is a Go allocating
     expression gc reports (new(T), &T{...}, a literal, a conversion), or
     a temporary of gccgo's (unreported; only the former is subject to
     gc's 64 KiB rule for implicit allocations);
   - src_variadic_at: whether an array gccgo builds is gc's implicit
     "... argument" slice;
   - src_conv_operands: whether a box gccgo fills is a conversion gc
     reports at all;
   - src_go_defer_funclit: whether a go or defer statement calls a
     function literal, which gccgo compiles without storage when it
     captures nothing (gc reports it, and sends it where the statement's
     wrapper goes); src_go_defer_first_arg: where the argument is that
     gccgo evaluates at the statement's keyword; src_blank_funclit:
     whether a literal is assigned to "_" in live code, which gccgo
     drops but gc evaluates (its function is analysed, not dead);
   - src_concat_at: whether x += y assigns y to x (gc's OASOP) rather
     than concatenating;
   - src_self_assign: gc's self-assignment rule, which drops the flow;
   - src_static_alloc, src_static_box: gc's static data in package
     initializers, never reported;
   - src_func_name: gc's name, whose spelling says whether a method has a
     value receiver (gccgo passes both kinds by pointer, to a parameter
     named "pointer" either way);
   - src_signature: which results are blank or named, and parameter names
     gccgo replaced;
   - src_range_at: whether gccgo's temporary is a range statement's value,
     which gc keeps in a temporary of its own (the graph's shape only:
     the same verdicts through it).

   - src_dead_at: a switch clause gc's deadcode pass drops (a switch on
     runtime.GOOS), which gccgo keeps: its statements are not read.

   The -m=2 notes (src_flow_notes, src_call_text), the operands of gc's
   go/defer wrapper and the numbers of its temporaries (src_go_defer_call,
   src_function_dcls) and gc's position of a
   variable declared among several (src_declared_at) or of a type
   switch's variable (src_typeswitch_clause) only word the report.

   Functions declared without a body are read from the source too, in
   plugin/gcc/declare-bodiless.c: gccgo emits nothing for them.

   Every position the reader takes from GIMPLE goes through pos_of:
   after a //line directive gccgo gives the directive's file and line,
   and the engine keeps the physical ones, where the source layer reads
   (the report prints them as gc does).  */

#include "reader.h"

namespace ge_gimple {

ge_pos
physical_pos (ge_src_unit *su, location_t loc)
{
  /* The reader asks for the same few locations again and again, and
     expanding one costs a line-map search: the last ones are kept.
     A compile has one unit and its locations never change.  */
  static struct { ge_src_unit *su; location_t loc; ge_pos pos; } seen[512];
  unsigned slot = (loc ^ (loc >> 9)) % 512;
  if (seen[slot].su == su && seen[slot].loc == loc && su)
    return seen[slot].pos;
  ge_pos p = gimple_pos (loc);
  ge_src_physical_pos (su, p.file, p.line, &p.file, &p.line);
  seen[slot].su = su;
  seen[slot].loc = loc;
  seen[slot].pos = p;
  return p;
}

bool
foreign_decl (ge_src_unit *su, tree decl)
{
  ge_pos p = physical_pos (su, DECL_SOURCE_LOCATION (decl));
  return p.file && !ge_src_unit_has_file (su, p.file);
}

ge_pos
reader::pos_of (location_t loc)
{
  return physical_pos (su, loc);
}

bool
reader::src_signature (ge_pos fpos)
{
  return ge_src_signature (su, fpos.file, fpos.line, fpos.col, &sig);
}

bool
reader::src_func_name (ge_pos fpos, char *buf, size_t size)
{
  return ge_src_func_name (su, fpos.file, fpos.line, fpos.col, buf, size);
}

int
reader::src_method_receiver (ge_pos pos, const char *type, const char *method)
{
  return ge_src_method_receiver (su, pos.file, type, method);
}

void
reader::src_note_method_call (ge_pos pos, const char *expr, char prefix,
                              const char *path)
{
  ge_src_note_method_call (su, pos.file, pos.line, pos.col, expr, prefix,
                           path);
}

void
reader::src_note_implicit_fields (ge_pos pos, const char *field,
                                  const char *path)
{
  if (pos.file)
    ge_src_note_implicit_fields (su, pos.file, pos.line, pos.col, field, path);
}

bool
reader::src_call_has_receiver (ge_pos pos)
{
  return ge_src_call_has_receiver (su, pos.file, pos.line, pos.col);
}

bool
reader::src_variadic_at (ge_pos pos, int *paren_line, int *paren_col)
{
  return ge_src_variadic_at (su, pos.file, pos.line, pos.col, paren_line,
                             paren_col);
}

bool
reader::src_go_defer_funclit (ge_pos pos, ge_pos *lit)
{
  *lit = pos;
  return ge_src_go_defer_funclit (su, pos.file, pos.line, pos.col, &lit->line,
                                  &lit->col);
}

bool
reader::src_go_defer_first_arg (ge_pos pos, ge_pos *arg)
{
  *arg = pos;
  return ge_src_go_defer_first_arg (su, pos.file, pos.line, pos.col,
                                    &arg->line, &arg->col);
}

bool
reader::src_go_defer_call (ge_pos pos, enum ge_src_go_defer_callee kind,
                           const char *method, struct ge_src_go_defer *out)
{
  return pos.file
         && ge_src_go_defer_call (su, pos.file, pos.line, pos.col, kind,
                                  method, out);
}

int
reader::src_return_temps (ge_pos pos, int *count)
{
  return pos.file
         ? ge_src_return_temps (su, pos.file, pos.line, pos.col, count) : -1;
}

int
reader::src_function_dcls (ge_pos pos)
{
  return pos.file ? ge_src_function_dcls (su, pos.file, pos.line, pos.col)
                  : -1;
}

bool
reader::src_blank_funclit (ge_pos pos)
{
  return ge_src_blank_funclit (su, pos.file, pos.line, pos.col);
}

int
reader::src_blank_news (ge_pos fpos, struct ge_src_blank_new *out, int max)
{
  return ge_src_blank_news (su, fpos.file, fpos.line, fpos.col, out, max);
}

long
reader::src_first_use (ge_pos literal, const char *name, ge_pos *use)
{
  return literal.file && name
         ? ge_src_first_use (su, literal.file, literal.line, literal.col, name,
                             &use->line, &use->col)
         : -1;
}

bool
reader::src_range_at (ge_pos pos)
{
  return pos.file && ge_src_range_at (su, pos.file, pos.line, pos.col);
}

bool
reader::src_declared_at (ge_pos pos, const char *name, int *name_col)
{
  return pos.file && name
         && ge_src_declared_at (su, pos.file, pos.line, pos.col, name,
                                name_col);
}

bool
reader::src_has_dead (const char *file)
{
  return file && ge_src_has_dead (su, file);
}

bool
reader::src_dead_at (ge_pos pos)
{
  return pos.file && ge_src_dead_at (su, pos.file, pos.line, pos.col);
}

bool
reader::src_typeswitch_clause (ge_pos guard, ge_pos use, ge_pos *clause)
{
  *clause = guard;
  return guard.file && (!use.file || strcmp (guard.file, use.file) == 0)
         && ge_src_typeswitch_clause (su, guard.file, guard.line, guard.col,
                                      use.file ? use.line : 0, use.col,
                                      &clause->line,
                                      &clause->col);
}

int
reader::src_flow_notes (ge_pos at, const struct ge_src_leaf *leaf, int derefs,
                        const ge_pos *call, struct ge_src_note *out, int max)
{
  return ge_src_flow_notes (su, at.file, at.line, at.col, leaf, derefs,
                            call ? call->line : 0, call ? call->col : 0, out,
                            max);
}

bool
reader::src_call_text (ge_pos pos, char *buf, size_t size, int *gc_line,
                       int *gc_col)
{
  return pos.file
         && ge_src_call_text (su, pos.file, pos.line, pos.col, buf, size,
                              gc_line, gc_col);
}

void
reader::src_note_variadic_call (ge_pos paren, int fixed)
{
  ge_src_note_variadic_call (su, paren.file, paren.line, paren.col, fixed);
}

enum ge_src_alloc
reader::src_alloc_at (ge_pos pos, char *text, size_t size, int *gc_col)
{
  return ge_src_alloc_at (su, pos.file, pos.line, pos.col, text, size, gc_col);
}

int
reader::src_conv_operands (ge_pos pos, struct ge_src_conv *out, int max)
{
  return ge_src_conv_operands (su, pos.file, pos.line, pos.col, out, max);
}

bool
reader::src_maplit_after (ge_pos pos, char *text, size_t size, int *gc_line,
                          int *gc_col)
{
  return ge_src_maplit_after (su, pos.file, pos.line, pos.col, text, size,
                              gc_line, gc_col);
}

bool
reader::src_concat_at (ge_pos pos, char *text, size_t size, int *gc_line,
                       int *gc_col, bool *op_assign)
{
  return ge_src_concat_at (su, pos.file, pos.line, pos.col, text, size,
                           gc_line, gc_col, op_assign);
}

int
reader::src_string_conversions (const char *file, int line, int *cols,
                                int max)
{
  return ge_src_string_conversions (su, file, line, cols, max);
}

int
reader::src_self_assign_root (ge_pos pos, bool through_ptr, const char *root)
{
  return pos.file && root
         ? ge_src_self_assign_root (su, pos.file, pos.line, pos.col,
                                    through_ptr, root)
         : -1;
}

int
reader::src_self_assign (ge_pos pos, bool through_ptr, char *text,
                         size_t size, bool *all)
{
  return ge_src_self_assign (su, pos.file, pos.line, pos.col, through_ptr,
                             text, size, all);
}

bool
reader::src_static_alloc (ge_pos pos)
{
  return ge_src_static_alloc (su, pos.file, pos.line, pos.col);
}

bool
reader::src_static_box (ge_pos pos, const char *text)
{
  return ge_src_static_box (su, pos.file, pos.line, pos.col, text);
}

} // namespace ge_gimple
