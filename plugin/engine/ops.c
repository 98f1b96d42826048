/* goescape: the operations a reader records in a function (gc's
   escape/expr.go and stmt.go build these as they walk): holes, flows,
   spills, calls, closures, reassignments and walk-time lines.  They are
   replayed when the function's batch is built (batch.c), so that each
   batch has its own graph and heap location, as in gc.  */

#include <string.h>

#include "internal.h"

ge_hole
ge_hole_of (ge_loc *dst)
{
  ge_hole k = { dst, 0, NULL, false, NULL, NULL };
  return k;
}

ge_hole
ge_hole_shift (ge_hole k, int delta)
{
  k.derefs += delta;
  if (k.derefs < -1)
    k.derefs = -1;  /* gc: "derefs underflow" is fatal; never crash gccgo */
  k.addrtaken = delta < 0;
  return k;
}

ge_hole
ge_hole_note (ge_unit *u, ge_hole k, ge_pos pos, const char *where,
              const char *why)
{
  /* Notes only matter for -m=2 explanations, as in gc.  */
  if (ge_unit_verbosity (u) < 2 || !where || !why)
    return k;
  ge_note *n = ge_alloc (u, sizeof *n);
  n->next = k.notes;
  n->pos = pos;
  n->where = where;
  n->why = why;
  k.notes = n;
  return k;
}

ge_hole
ge_hole_deref (ge_unit *u, ge_hole k, ge_pos pos, const char *where,
               const char *why)
{
  return ge_hole_note (u, ge_hole_shift (k, 1), pos, where, why);
}

ge_hole
ge_hole_addr (ge_unit *u, ge_hole k, ge_pos pos, const char *where,
              const char *why)
{
  return ge_hole_note (u, ge_hole_shift (k, -1), pos, where, why);
}

static struct ge_op *
push_op (ge_func *f)
{
  struct ge_op *op = GE_PUSH (f->unit, f->ops, f->nops, f->ops_alloc);
  memset (op, 0, sizeof *op);
  return op;
}

void
ge_flow (ge_func *f, ge_hole k, ge_loc *src)
{
  if (!k.dst || !src || k.dst == &f->unit->blank)
    return;
  struct ge_op *op = push_op (f);
  op->kind = GE_OP_FLOW;
  op->k = k;
  if (!op->k.origin)
    op->k.origin = f->unit->origin;
  op->src = src;
}

ge_loc *
ge_spill (ge_func *f, ge_hole k, const char *name, ge_pos pos, int loop_depth)
{
  ge_loc *l = ge_loc_new (f, GE_LOC_EXPR, name, pos, loop_depth);
  l->transient = true;
  /* The note keeps its text: the location's copy, not the caller's
     buffer, which is often on the caller's stack.  */
  ge_flow (f, ge_hole_addr (f->unit, k, pos, l->name, "spill"), l);
  return l;
}

void
ge_loc_set_static (ge_loc *l)
{
  if (!l->fn || l->static_data)
    return;
  l->static_data = true;
  /* Static storage is global: what it holds outlives every frame.  */
  ge_flow (l->fn, ge_hole_shift (ge_hole_of (ge_heap (l->fn->unit)), -1), l);
}

void
ge_closure_bind (ge_loc *lit, ge_func *clo, int loop_depth)
{
  ge_func *f = lit->fn;
  if (!f || !clo || clo == f)
    return;
  clo->outer = f;
  clo->walked_inline = true;
  clo->literal_index = ++f->nliterals;
  struct ge_op *op = push_op (f);
  op->kind = GE_OP_CLOSURE;
  op->src = lit;
  op->clo = clo;
  op->loop_depth = loop_depth;
  op->k.origin = f->unit->origin;
  /* gc's VisitFuncsBottomUp reaches a closure from its literal.  */
  *GE_PUSH (f->unit, f->callees, f->ncallees, f->callees_alloc) = clo;
}

ge_func *
ge_go_defer_wrapper (ge_loc *lit, int loop_depth)
{
  ge_func *f = lit->fn;
  if (!f)
    return NULL;
  ge_unit *u = f->unit;
  /* Not one of the unit's functions: nothing analyses, tags or reports
     it; its captures are flowed where its literal is evaluated.  */
  ge_func *w = ge_alloc (u, sizeof *w);
  w->unit = u;
  w->name = w->gc_name = f->gc_name;
  w->pos = lit->pos;
  w->outer = f;
  w->hidden = true;
  w->state = GE_FUNC_TAGGED;
  lit->go_defer_wrapper = true;
  struct ge_op *op = push_op (f);
  op->kind = GE_OP_CLOSURE;
  op->src = lit;
  op->clo = w;
  op->loop_depth = loop_depth;
  op->k.origin = u->origin;
  return w;
}

void
ge_reassign (ge_func *f, ge_loc *v)
{
  if (!v)
    return;
  struct ge_op *op = push_op (f);
  op->kind = GE_OP_REASSIGN;
  op->src = v;
}

void
ge_walk_report (ge_func *f, ge_pos pos, const char *msg)
{
  struct ge_op *op = push_op (f);
  op->kind = GE_OP_REPORT;
  op->pos = pos;
  op->msg = ge_strdup (f->unit, msg);
}

ge_call *
ge_call_new (ge_func *caller, ge_func *callee, ge_pos pos, const char *text,
             int loop_depth)
{
  ge_unit *u = caller->unit;
  ge_call *c = ge_alloc (u, sizeof *c);
  c->caller = caller;
  c->callee = callee;
  c->pos = pos;
  c->text = text ? ge_strdup (u, text) : NULL;
  c->loop_depth = loop_depth;
  c->origin = u->origin;
  struct ge_op *op = push_op (caller);
  op->kind = GE_OP_CALL;
  op->call = c;
  if (callee)
    {
      *GE_PUSH (u, caller->callees, caller->ncallees, caller->callees_alloc)
        = callee;
    }
  return c;
}

void
ge_call_result (ge_call *c, uint32_t index, ge_hole k)
{
  ge_unit *u = c->caller->unit;
  /* Results the caller does not use go to the blank.  */
  while (c->nresults <= index)
    *GE_PUSH (u, c->results, c->nresults, c->results_alloc)
      = ge_hole_of (&u->blank);
  c->results[index] = k;
}

void
ge_call_arg (ge_call *c, uint32_t index, ge_loc *src, int derefs,
             ge_note *notes)
{
  ge_unit *u = c->caller->unit;
  /* Arguments without pointers are not passed: never present.  */
  while (c->nargs <= index)
    memset (GE_PUSH (u, c->args, c->nargs, c->args_alloc), 0,
            sizeof *c->args);
  c->args[index].present = true;
  c->args[index].src = src;
  c->args[index].derefs = derefs;
  c->args[index].notes = notes;
}
