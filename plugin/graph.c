/* goescape: the location graph (port of gc's escape/graph.go).

   Readers record flows per function; the edges themselves are made when
   the function's batch is built (ge_graph_flow), so that each batch has
   its own heap location as in gc.  */

#include <stdarg.h>
#include <string.h>

#include "engine-internal.h"
#include "goescape/summaries.h"

static hashval_t
func_hash (const void *p)
{
  return htab_hash_string (((const ge_func *) p)->name);
}

static int
func_eq (const void *a, const void *b)
{
  return strcmp (((const ge_func *) a)->name, (const char *) b) == 0;
}

ge_unit *
ge_unit_new (struct ge_report *report)
{
  ge_unit *u = XCNEW (ge_unit);
  obstack_init (&u->ob);
  u->report = report;
  u->func_by_name = htab_create_alloc (64, func_hash, func_eq, NULL,
                                       xcalloc, free);
  u->heap.cls = GE_LOC_HEAP;
  u->heap.escapes = true;
  u->heap.name = "{heap}";
  u->blank.cls = GE_LOC_BLANK;
  u->blank.name = "_";
  return u;
}

void
ge_unit_free (ge_unit *u)
{
  if (!u)
    return;
  htab_delete (u->func_by_name);
  obstack_free (&u->ob, NULL);
  free (u);
}

void *
ge_alloc (ge_unit *u, size_t size)
{
  void *p = obstack_alloc (&u->ob, size);
  memset (p, 0, size);
  return p;
}

const char *
ge_strdup (ge_unit *u, const char *s)
{
  return s ? obstack_copy0 (&u->ob, s, strlen (s)) : NULL;
}

const char *
ge_printf (ge_unit *u, const char *fmt, ...)
{
  va_list ap;
  char *tmp;
  va_start (ap, fmt);
  tmp = xvasprintf (fmt, ap);
  va_end (ap);
  const char *r = ge_strdup (u, tmp);
  free (tmp);
  return r;
}

void
ge_unit_set_verbosity (ge_unit *u, int m)
{
  if (u->report)
    u->report->verbosity = m;
}

int
ge_unit_verbosity (const ge_unit *u)
{
  return u->report ? u->report->verbosity : 0;
}

/* The function named NAME: the one declared before, or a new one
   (*CREATED) to be filled in.  */
static ge_func *
func_named (ge_unit *u, const char *name, bool *created)
{
  void **slot = htab_find_slot_with_hash (u->func_by_name, name,
                                          htab_hash_string (name), INSERT);
  *created = *slot == NULL;
  if (*slot)
    return (ge_func *) *slot;
  ge_func *f = ge_alloc (u, sizeof *f);
  f->unit = u;
  f->name = ge_strdup (u, name);
  *slot = f;
  return f;
}

ge_func *
ge_func_new (ge_unit *u, const char *name, const char *gc_name, ge_pos pos)
{
  bool created;
  ge_func *f = func_named (u, name, &created);
  if (!created)
    return f;
  f->gc_name = ge_strdup (u, gc_name ? gc_name : name);
  f->pos = pos;
  f->has_body = true;
  f->reported = true;
  f->summary_kind = 'f';
  GE_GROW (u, u->funcs, u->nfuncs, u->funcs_alloc);
  u->funcs[u->nfuncs++] = f;
  return f;
}

ge_func *
ge_func_external (ge_unit *u, const char *name, const ge_summary *s)
{
  bool created;
  ge_func *f = func_named (u, name, &created);
  if (!created)
    return f;
  f->gc_name = f->name;
  f->summary_kind = s->kind;
  f->nparams = s->nparams;
  f->nresults = s->nresults;
  f->param_tags = ge_alloc (u, (s->nparams + 1) * sizeof *f->param_tags);
  memcpy (f->param_tags, s->tags, s->nparams * sizeof *f->param_tags);
  /* Already tagged, and outside the unit's call graph: the bottom-up
     walk treats it as a finished component.  */
  f->state = GE_FUNC_TAGGED;
  f->scc_index = UINT32_MAX;
  return f;
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
ge_unit_note (ge_unit *u, ge_pos pos, const char *msg)
{
  GE_GROW (u, u->remarks, u->nremarks, u->remarks_alloc);
  u->remarks[u->nremarks].pos = pos;
  u->remarks[u->nremarks++].msg = msg;
}

ge_func *
ge_func_lookup (ge_unit *u, const char *name)
{
  return htab_find_with_hash (u->func_by_name, name, htab_hash_string (name));
}

ge_func *
ge_unit_first_func (ge_unit *u, uint32_t *iter)
{
  *iter = 0;
  return ge_unit_next_func (u, iter);
}

ge_func *
ge_unit_next_func (ge_unit *u, uint32_t *iter)
{
  return *iter < u->nfuncs ? u->funcs[(*iter)++] : NULL;
}

ge_loc *
ge_loc_new (ge_func *f, enum ge_loc_class cls, const char *name, ge_pos pos,
            int loop_depth)
{
  ge_unit *u = f->unit;
  ge_loc *l = ge_alloc (u, sizeof *l);
  l->cls = cls;
  l->fn = f;
  l->name = name ? ge_strdup (u, name) : NULL;
  l->pos = pos;
  l->loop_depth = loop_depth;
  l->order = u->loc_order++;
  GE_GROW (u, f->locs, f->nlocs, f->locs_alloc);
  f->locs[f->nlocs++] = l;
  return l;
}

/* gc's ir.MaxStackVarSize and ir.MaxImplicitStackVarSize.  */
#define GE_MAX_STACK_VAR_SIZE (10 * 1024 * 1024)
#define GE_MAX_IMPLICIT_STACK_VAR_SIZE (64 * 1024)

void
ge_loc_set_size (ge_loc *l, uint64_t bytes)
{
  /* Parameters and results are always passed via the stack.  */
  if (l->cls == GE_LOC_AUTO && bytes > GE_MAX_STACK_VAR_SIZE)
    l->heap_reason = GE_HEAP_TOO_LARGE;
  else if (l->cls == GE_LOC_EXPR && bytes > GE_MAX_IMPLICIT_STACK_VAR_SIZE)
    l->heap_reason = GE_HEAP_TOO_LARGE;
}

void
ge_loc_set_nonconstant (ge_loc *l)
{
  if (l->cls == GE_LOC_EXPR)
    l->heap_reason = GE_HEAP_NONCONST_SIZE;
}

ge_loc *
ge_func_add_param (ge_func *f, const char *name, ge_pos pos, bool has_ptrs)
{
  ge_unit *u = f->unit;
  uint32_t n = f->nparams;
  ge_loc **p = ge_alloc (u, (n + 1) * sizeof *p);
  const char **nm = ge_alloc (u, (n + 1) * sizeof *nm);
  bool *hp = ge_alloc (u, (n + 1) * sizeof *hp);
  if (n)
    {
      memcpy (p, f->params, n * sizeof *p);
      memcpy (nm, f->param_names, n * sizeof *nm);
      memcpy (hp, f->param_has_ptrs, n * sizeof *hp);
    }
  /* gc's parameters live at loop depth 1, like every declaration at the
     top of a function body.  */
  p[n] = ge_loc_new (f, GE_LOC_PARAM, name ? name : "_", pos, 1);
  nm[n] = name ? ge_strdup (u, name) : NULL;
  hp[n] = has_ptrs;
  if (f->param_uintptr)
    {
      bool *up = ge_alloc (u, (n + 1) * sizeof *up);
      memcpy (up, f->param_uintptr, n * sizeof *up);
      f->param_uintptr = up;
    }
  f->params = p;
  f->param_names = nm;
  f->param_has_ptrs = hp;
  f->nparams = n + 1;
  return p[n];
}

void
ge_func_set_bodiless (ge_func *f, bool noescape)
{
  f->has_body = false;
  f->noescape = noescape;
}

void
ge_func_param_uintptr (ge_func *f, uint32_t i)
{
  if (i >= f->nparams)
    return;
  if (!f->param_uintptr)
    f->param_uintptr = ge_alloc (f->unit, f->nparams * sizeof (bool));
  f->param_uintptr[i] = true;
}

ge_loc *
ge_func_add_result (ge_func *f, const char *name, ge_pos pos)
{
  ge_unit *u = f->unit;
  uint32_t n = f->nresults;
  ge_loc **r = ge_alloc (u, (n + 1) * sizeof *r);
  const char **nm = ge_alloc (u, (n + 1) * sizeof *nm);
  if (n)
    {
      memcpy (r, f->results, n * sizeof *r);
      memcpy (nm, f->result_names, n * sizeof *nm);
    }
  nm[n] = name ? ge_strdup (u, name) : ge_printf (u, "~r%u", n);
  r[n] = ge_loc_new (f, GE_LOC_RESULT, nm[n], pos, 1);
  r[n]->result_index = (int) n + 1;
  f->results = r;
  f->result_names = nm;
  f->nresults = n + 1;
  return r[n];
}

ge_loc *
ge_heap (ge_unit *u)
{
  return &u->heap;
}

ge_loc *
ge_blank (ge_unit *u)
{
  return &u->blank;
}

bool
ge_loc_is_name (const ge_loc *l)
{
  return l->cls == GE_LOC_AUTO || l->cls == GE_LOC_PARAM
         || l->cls == GE_LOC_RESULT;
}

ge_hole
ge_hole_of (ge_loc *dst)
{
  ge_hole k = { dst, 0, NULL, false };
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
  GE_GROW (f->unit, f->ops, f->nops, f->ops_alloc);
  struct ge_op *op = &f->ops[f->nops++];
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
  /* gc's VisitFuncsBottomUp reaches a closure from its literal.  */
  GE_GROW (f->unit, f->callees, f->ncallees, f->callees_alloc);
  f->callees[f->ncallees++] = clo;
}

static struct ge_capture *
capture_named (ge_func *clo, const char *slot)
{
  for (uint32_t i = 0; i < clo->ncaptures; i++)
    if (strcmp (clo->captures[i].slot, slot) == 0)
      return &clo->captures[i];
  ge_unit *u = clo->unit;
  GE_GROW (u, clo->captures, clo->ncaptures, clo->captures_alloc);
  struct ge_capture *c = &clo->captures[clo->ncaptures++];
  memset (c, 0, sizeof *c);
  c->slot = ge_strdup (u, slot);
  return c;
}

void
ge_closure_capture (ge_func *clo, const char *slot, ge_loc *v, uint64_t size)
{
  if (!clo || !slot || !v)
    return;
  struct ge_capture *c = capture_named (clo, slot);
  c->var = v;
  c->size = size;
  if (c->stub)
    c->stub->alias = v;
}

ge_loc *
ge_closure_slot (ge_func *clo, const char *slot)
{
  struct ge_capture *c = capture_named (clo, slot);
  if (!c->stub)
    {
      /* Not a location of the batch: every use resolves to the variable
         (ge_resolve), as gc's oldLoc does for a closure variable.  */
      ge_loc *l = ge_alloc (clo->unit, sizeof *l);
      l->cls = GE_LOC_TEMP;
      l->fn = clo;
      l->name = c->slot;
      l->alias = c->var;
      l->stub = true;
      c->stub = l;
    }
  return c->stub;
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
  struct ge_op *op = push_op (caller);
  op->kind = GE_OP_CALL;
  op->call = c;
  if (callee)
    {
      GE_GROW (u, caller->callees, caller->ncallees, caller->callees_alloc);
      caller->callees[caller->ncallees++] = callee;
    }
  return c;
}

void
ge_call_result (ge_call *c, uint32_t index, ge_hole k)
{
  ge_unit *u = c->caller->unit;
  if (index >= c->nresults)
    {
      ge_hole *r = ge_alloc (u, (index + 1) * sizeof *r);
      if (c->nresults)
        memcpy (r, c->results, c->nresults * sizeof *r);
      for (uint32_t i = c->nresults; i < index; i++)
        r[i] = ge_hole_of (&u->blank);
      c->results = r;
      c->nresults = index + 1;
    }
  c->results[index] = k;
}

void
ge_call_arg (ge_call *c, uint32_t index, ge_loc *src, int derefs,
             ge_note *notes)
{
  ge_unit *u = c->caller->unit;
  if (index >= c->nargs)
    {
      struct ge_call_arg *a = ge_alloc (u, (index + 1) * sizeof *a);
      if (c->nargs)
        memcpy (a, c->args, c->nargs * sizeof *a);
      c->args = a;
      c->nargs = index + 1;
    }
  c->args[index].present = true;
  c->args[index].src = src;
  c->args[index].derefs = derefs;
  c->args[index].notes = notes;
}

/* Batch-time graph construction.  */

void
ge_batch_add_loc (ge_unit *u, ge_loc *l)
{
  GE_GROW (u, u->batch_locs, u->nbatch_locs, u->batch_locs_alloc);
  u->batch_locs[u->nbatch_locs++] = l;
}

/* gc's batch.flow: add an edge, or mark SRC escaping at once when its
   address flows into something that already escapes.  */
void
ge_graph_flow (ge_unit *u, ge_hole k, ge_loc *src)
{
  /* A capture the enclosing function never declared: assume the worst
     of stores into it, and that reading it yields nothing known.  */
  src = ge_resolve (src);
  k.dst = ge_resolve (k.dst);
  if (!src || src->stub)
    return;
  if (!k.dst || k.dst->stub)
    k.dst = &u->heap;
  if (k.addrtaken)
    src->addrtaken = true;
  ge_loc *dst = k.dst;
  if (dst == &u->blank)
    return;
  if (dst == src && k.derefs >= 0)
    return;
  if (dst->escapes && k.derefs < 0)
    {
      if (ge_unit_verbosity (u) >= 2 && !src->escapes)
        {
          ge_report_at (u->report, src->pos, "%s escapes to heap:",
                        ge_explain_loc (u, src));
          ge_explain_flow (u, src->pos, dst, src, k.derefs, k.notes);
        }
      src->escapes = true;
      return;
    }
  GE_GROW (u, dst->edges, dst->nedges, dst->edges_alloc);
  struct ge_edge *e = &dst->edges[dst->nedges++];
  e->src = src;
  e->derefs = k.derefs;
  e->notes = k.notes;
}

ge_loc *
ge_graph_temp (ge_unit *u, ge_func *fn, bool transient, int loop_depth)
{
  ge_loc *l = ge_alloc (u, sizeof *l);
  l->cls = GE_LOC_TEMP;
  l->fn = fn;
  l->loop_depth = loop_depth;
  l->transient = transient;
  l->order = u->loc_order++;
  ge_batch_add_loc (u, l);
  return l;
}

/* gc's teeHole: a hole that flows into each of KS.  */
ge_hole
ge_graph_tee (ge_unit *u, ge_func *fn, ge_hole *ks, uint32_t n,
              int loop_depth)
{
  if (n == 0)
    return ge_hole_of (&u->blank);
  if (n == 1)
    return ks[0];
  ge_loc *tmp = ge_graph_temp (u, fn, true, loop_depth);
  for (uint32_t i = 0; i < n; i++)
    ge_graph_flow (u, ks[i], tmp);
  return ge_hole_of (tmp);
}
