/* goescape: batches (port of gc's escape.go Batch/finish, call.go's
   tagHole, and ir.VisitFuncsBottomUp).

   Functions are analysed bottom-up over the strongly connected components
   of the reference graph: a batch is one function, or a set of mutually
   recursive ones, and a function's closures always share its batch.
   Callers then see their callees' parameter tags.  */

/* qsort_r: the comparison reads the unit (its files' order).  */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- ordering ------------------------------------------------------ */

struct visitor
{
  ge_unit *u;
  uint32_t visitgen;
  ge_func **stack;
  uint32_t n, alloc;
};

#define DONE_ID 0xffffffffu

/* gc's bottomUpVisitor.visit, with scc_index as nodeID.  It recurses
   over callees; this is the same walk with an explicit stack of frames,
   so that a long call chain cannot overflow go1's stack.  */
struct frame
{
  ge_func *f;
  uint32_t next_callee;
  uint32_t id, min;
};

static uint32_t
visit (struct visitor *v, ge_func *root)
{
  if (root->scc_index > 0)
    return root->scc_index;

  struct frame *frames = NULL;
  uint32_t nframes = 0, frames_alloc = 0;
  uint32_t result = 0;
  ge_func *enter = root;

  for (;;)
    {
      if (enter)
        {
          ge_func *f = enter;
          enter = NULL;
          struct frame *fr = GE_VEC_PUSH (frames, nframes, frames_alloc);
          fr->f = f;
          fr->next_callee = 0;
          fr->id = ++v->visitgen;
          f->scc_index = fr->id;
          fr->min = ++v->visitgen;
          *GE_PUSH (v->u, v->stack, v->n, v->alloc) = f;
        }

      struct frame *fr = &frames[nframes - 1];
      ge_func *f = fr->f;
      if (fr->next_callee < f->ncallees)
        {
          ge_func *c = f->callees[fr->next_callee++];
          if (c->scc_index > 0)
            {
              if (c->scc_index < fr->min)
                fr->min = c->scc_index;
            }
          else
            enter = c;
          continue;
        }

      /* All callees visited: F's frame returns MIN.  */
      uint32_t id = fr->id, min = fr->min;
      if ((min == id || min == id + 1) && f->outer == NULL)
        {
          uint32_t i = v->n;
          while (i > 0)
            {
              ge_func *x = v->stack[--i];
              x->scc_index = DONE_ID;
              if (x == f)
                break;
            }
          uint32_t count = v->n - i;
          ge_func **block = XNEWVEC (ge_func *, count);
          memcpy (block, v->stack + i, count * sizeof *block);
          v->n = i;
          ge_batch_analyze (v->u, block, count);
          free (block);
        }
      nframes--;
      if (nframes == 0)
        {
          result = min;
          break;
        }
      if (min < frames[nframes - 1].min)
        frames[nframes - 1].min = min;
    }
  free (frames);
  return result;
}

static int
file_rank (ge_unit *u, const char *file)
{
  /* Sorting asks this for every comparison, of a few file names that
     are the same strings each time: the last answer is kept.  */
  if (file && file == u->rank_file)
    return u->rank;
  int rank = (int) u->nfiles;
  for (uint32_t i = 0; i < u->nfiles; i++)
    if (strcmp (u->files[i], file ? file : "") == 0)
      {
        rank = (int) i;
        break;
      }
  u->rank_file = file;
  u->rank = rank;
  return rank;
}

static int
cmp_pos (ge_unit *u, const ge_pos *a, const ge_pos *b)
{
  int fa = file_rank (u, a->file), fb = file_rank (u, b->file);
  if (fa != fb)
    return fa < fb ? -1 : 1;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->col != b->col)
    return a->col < b->col ? -1 : 1;
  return 0;
}

static int
cmp_func (const void *pa, const void *pb, void *u)
{
  const ge_func *a = *(ge_func *const *) pa, *b = *(ge_func *const *) pb;
  int c = cmp_pos (u, &a->pos, &b->pos);
  if (c)
    return c;
  return strcmp (a->name, b->name);
}

static int
cmp_loc (const void *pa, const void *pb, void *u)
{
  const ge_loc *a = *(ge_loc *const *) pa, *b = *(ge_loc *const *) pb;
  int c = cmp_pos (u, &a->pos, &b->pos);
  if (c)
    return c;
  return a->order < b->order ? -1 : a->order > b->order;
}

void
ge_unit_add_file (ge_unit *u, const char *file)
{
  if (file_rank (u, file) < (int) u->nfiles)
    return;
  *GE_PUSH (u, u->files, u->nfiles, u->files_alloc) = ge_strdup (u, file);
  u->rank_file = NULL;
}

/* gc's name for a function literal, from its enclosing function's.  */
static void
name_literal (ge_unit *u, ge_func *f, int depth)
{
  if (!f->outer || !f->literal_index || depth > 64)
    return;
  name_literal (u, f->outer, depth + 1);
  f->gc_name = f->outer->outer
                 ? ge_printf (u, "%s.%u", f->outer->gc_name, f->literal_index)
                 : ge_printf (u, "%s.func%u", f->outer->gc_name,
                              f->literal_index);
  f->literal_index = 0;  /* named */
}

void
ge_unit_analyze (ge_unit *u)
{
  if (ge_unit_verbosity (u) >= 2)
    for (uint32_t i = 0; i < u->nremarks; i++)
      ge_report_at (u->report, u->remarks[i].pos, "%s", u->remarks[i].msg);

  for (uint32_t i = 0; i < u->nfuncs; i++)
    name_literal (u, u->funcs[i], 0);

  /* gc visits the package's declarations in source order.  */
  ge_func **order = XNEWVEC (ge_func *, u->nfuncs + 1);
  memcpy (order, u->funcs, u->nfuncs * sizeof *order);
  qsort_r (order, u->nfuncs, sizeof *order, cmp_func, u);

  struct visitor v = { u, 0, NULL, 0, 0 };
  for (uint32_t i = 0; i < u->nfuncs; i++)
    if (order[i]->outer == NULL && !order[i]->hidden)
      visit (&v, order[i]);
  free (order);
}

/* ---- building a batch's graph -------------------------------------- */

static bool
in_mutual_batch (const ge_func *f)
{
  return f->state != GE_FUNC_TAGGED && f->state != GE_FUNC_UNKNOWN;
}

/* Prepend a copy of NOTES (an argument's own notes, innermost first) to
   the notes of K.  */
static ge_hole
with_notes (ge_unit *u, ge_hole k, const ge_note *notes)
{
  if (!notes)
    return k;
  ge_note *head = NULL, **tail = &head;
  for (const ge_note *n = notes; n; n = n->next)
    {
      ge_note *c = ge_alloc (u, sizeof *c);
      *c = *n;
      c->next = NULL;
      *tail = c;
      tail = &c->next;
    }
  *tail = k.notes;
  k.notes = head;
  return k;
}

/* gc's tagHole: the hole an argument for parameter I flows into.  */
static ge_hole
tag_hole (ge_unit *u, ge_call *c, uint32_t i)
{
  ge_func *callee = c->callee;
  if (callee == NULL || i >= callee->nparams)
    return ge_hole_of (&u->heap);
  if (in_mutual_batch (callee))
    return ge_hole_of (callee->params[i]);

  ge_leaks esc = callee->param_tags[i];
  ge_hole ks[1 + GE_NUM_ESC_RESULTS];
  int result_of[1 + GE_NUM_ESC_RESULTS];  /* -1: the heap */
  uint32_t n = 0;
  int x = ge_leaks_heap (&esc);
  if (x >= 0)
    {
      result_of[n] = -1;
      ks[n++] = ge_hole_shift (ge_hole_of (&u->heap), x);
    }
  if (c->nresults > 0)
    for (int r = 0; r < GE_NUM_ESC_RESULTS; r++)
      {
        x = ge_leaks_result (&esc, r);
        if (x >= 0)
          {
            ge_hole k = (uint32_t) r < c->nresults ? c->results[r]
                                                    : ge_hole_of (&u->blank);
            result_of[n] = r;
            ks[n++] = ge_hole_shift (k, x);
          }
      }
  /* Each is a step of the callee's summary, at the call.  */
  bool paths = u->report && u->report->path_fn;
  for (uint32_t j = 0; j < n; j++)
    {
      ks[j].origin = c->origin;
      if (paths)
        {
          struct ge_via *v = ge_alloc (u, sizeof *v);
          v->callee = callee;
          v->param = (int) i;
          v->result = result_of[j];
          ks[j].via = v;
        }
    }
  return ge_graph_tee (u, c->caller, ks, n, c->loop_depth);
}

static void
replay_call (ge_unit *u, ge_call *c)
{
  ge_func *callee = c->callee;
  if (callee && c->nresults > 0 && in_mutual_batch (callee))
    for (uint32_t i = 0; i < callee->nresults && i < c->nresults; i++)
      {
        ge_hole k = c->results[i];
        k.origin = c->origin;
        ge_graph_flow (u, k, callee->results[i]);
      }

  for (uint32_t i = 0; i < c->nargs; i++)
    {
      struct ge_call_arg *a = &c->args[i];
      if (!a->present)
        continue;
      ge_hole k = tag_hole (u, c, i);
      k = ge_hole_note (u, k, c->pos, c->text, "call parameter");
      k.origin = c->origin;
      /* A receiver passed by address where gc passes the value: known
         once every function is declared, so applied here.  */
      int by_address = i == 0 && callee && callee->recv_by_address;
      /* The value behind the address has no pointers (an int with
         methods): gc flows nothing.  */
      if (by_address && callee->param_has_ptrs && callee->nparams > 0
          && !callee->param_has_ptrs[0])
        continue;
      k = ge_hole_shift (k, a->derefs + by_address);
      ge_graph_flow (u, with_notes (u, k, a->notes), a->src);
    }
}

static void walk_func (ge_unit *u, ge_func *f);

/* gc's OCLOSURE: mark the captured variables, then walk the closure's
   body where its literal is evaluated.  */
static void
walk_closure (ge_unit *u, struct ge_op *op)
{
  ge_func *clo = op->clo;
  for (uint32_t i = 0; i < clo->ncaptures; i++)
    {
      ge_loc *loc = ge_resolve (clo->captures[i].var);
      if (loc && !loc->captured)
        {
          loc->captured = true;
          /* Ignore reassignments in straight-line code before the first
             capture.  */
          if (loc->loop_depth == op->loop_depth)
            loc->reassigned = false;
        }
    }
  *GE_PUSH (u, u->batch_closures, u->nbatch_closures,
            u->batch_closures_alloc) = op;
  if (clo->state == GE_FUNC_PLANNED)
    walk_func (u, clo);
}

/* gc's batch.flowClosure: captured variables flow into the closure, by
   value when small and never reassigned or address-taken, else by
   reference.  */
static void
flow_closure (ge_unit *u, struct ge_op *op)
{
  ge_func *clo = op->clo;
  /* In gc's order of the captures, the order they were declared in
     otherwise (which follows the order the reader met them in).  */
  uint32_t *order = ge_alloc (u, (clo->ncaptures + 1) * sizeof *order);
  for (uint32_t i = 0; i < clo->ncaptures; i++)
    {
      uint32_t j = i;
      long key = clo->captures[i].order;
      for (; j > 0; j--)
        {
          long prev = clo->captures[order[j - 1]].order;
          if (key < 0 || (prev >= 0 && prev <= key))
            break;
          order[j] = order[j - 1];
        }
      order[j] = i;
    }
  for (uint32_t n = 0; n < clo->ncaptures; n++)
    {
      struct ge_capture *c = &clo->captures[order[n]];
      ge_loc *loc = ge_resolve (c->var);
      if (!loc || loc->stub)
        continue;
      bool byval = !loc->addrtaken && !loc->reassigned && c->size <= 128;
      if (ge_unit_verbosity (u) > 1)
        ge_report_at (u->report, loc->pos,
                      "%s capturing by %s: %s (addr=%s assign=%s width=%d)",
                      loc->fn ? loc->fn->gc_name : "?",
                      byval ? "value" : "ref", loc->name ? loc->name : "?",
                      loc->addrtaken ? "true" : "false",
                      loc->reassigned ? "true" : "false", (int) c->size);
      ge_hole k = ge_hole_of (op->src);
      ge_pos at = c->use.file ? c->use : op->src->pos;
      if (!byval)
        k = ge_hole_addr (u, k, at, loc->name, "reference");
      k = ge_hole_note (u, k, at, loc->name, "captured by a closure");
      k.origin = op->k.origin;
      ge_graph_flow (u, k, loc);
    }
}

/* gc's walkFunc: replay what the reader recorded for F, in order.  */
static void
walk_func (ge_unit *u, ge_func *f)
{
  f->state = GE_FUNC_STARTED;
  for (uint32_t j = 0; j < f->nops; j++)
    {
      struct ge_op *op = &f->ops[j];
      switch (op->kind)
        {
        case GE_OP_FLOW:
          ge_graph_flow (u, op->k, op->src);
          break;
        case GE_OP_CALL:
          replay_call (u, op->call);
          break;
        case GE_OP_CLOSURE:
          walk_closure (u, op);
          break;
        case GE_OP_REASSIGN:
          if (ge_resolve (op->src))
            ge_resolve (op->src)->reassigned = true;
          break;
        case GE_OP_REPORT:
          if (ge_unit_verbosity (u) != 0 && f->reported)
            ge_report_at (u->report, op->pos, "%s %s", f->gc_name, op->msg);
          break;
        }
    }
}

static void
reset_loc (ge_loc *l)
{
  l->nedges = 0;
  l->walkgen = 0;
  l->derefs = 0;
  l->dst = NULL;
  l->queued = false;
}

/* ---- finishing: tags and verdicts ---------------------------------- */

static ge_leaks
param_tag (ge_unit *u, ge_func *f, uint32_t i)
{
  struct ge_report *r = u->report;
  /* Not a wrapper's (escape.go's paramTag: fn.Wrapper()).  */
  bool diagnose = ge_unit_verbosity (u) != 0 && f->reported
                  && !f->gc_wrapper;
  const char *name = f->param_names[i];
  ge_leaks esc;
  memset (&esc, 0, sizeof esc);

  /* gc leaves uintptrs of functions without a body and scalars
     untagged; an empty tag reads back as a heap leak at level 0,
     harmless for values without pointers.  */
  if (!f->has_body && f->param_uintptr && f->param_uintptr[i])
    {
      /* Held live across the call (golang.org/issue/13372).  */
      if (diagnose)
        {
          if (name)
            ge_report_at (r, f->params[i]->pos,
                          "assuming %s is unsafe uintptr", name);
          else
            ge_report_at (r, f->params[i]->pos,
                          "assuming arg#%u is unsafe uintptr", i + 1);
        }
      ge_leaks_add_heap (&esc, 0);
      return esc;
    }
  if (!f->param_has_ptrs[i])
    {
      ge_leaks_add_heap (&esc, 0);
      return esc;
    }

  if (!f->has_body)
    {
      /* External functions are assumed unsafe, unless //go:noescape is
         given before the declaration.  */
      if (f->noescape)
        {
          if (diagnose && name)
            ge_report_at (r, f->params[i]->pos, "%s does not escape", name);
        }
      else
        {
          if (diagnose && name)
            ge_report_at (r, f->params[i]->pos, "leaking param: %s", name);
          ge_leaks_add_heap (&esc, 0);
        }
      return esc;
    }

  /* Unnamed parameters are unused and therefore do not escape.  */
  if (name == NULL)
    return esc;

  ge_loc *loc = f->params[i];
  esc = loc->param_esc;
  ge_leaks_optimize (&esc);
  if (diagnose && !loc->escapes)
    {
      if (ge_leaks_empty (&esc))
        ge_report_at (r, loc->pos, "%s does not escape", name);
      int x = ge_leaks_heap (&esc);
      if (x == 0)
        ge_report_at (r, loc->pos, "leaking param: %s", name);
      else if (x > 0)
        ge_report_at (r, loc->pos, "leaking param content: %s", name);
      for (int ri = 0; ri < GE_NUM_ESC_RESULTS; ri++)
        {
          x = ge_leaks_result (&esc, ri);
          if (x >= 0)
            ge_report_at (r, loc->pos,
                          "leaking param: %s to result %s level=%d", name,
                          (uint32_t) ri < f->nresults ? f->result_names[ri]
                                                      : "?",
                          x);
        }
    }
  return esc;
}

/* Whether L is an allocation site for the comparison report: what gc
   reports, and the variables whose storage is in question (address
   taken, or allocated by the compiled code) that gc keeps silently.  */
static bool
is_site (const ge_loc *l)
{
  if (l->cls == GE_LOC_EXPR)
    return true;
  if (!ge_loc_is_name (l))
    return false;
  return l->escapes || l->addrtaken || l->seen.kind == GE_SEEN_HEAP;
}

static void
report_loc (ge_unit *u, ge_loc *l)
{
  struct ge_report *r = u->report;
  if (!l->fn || !l->fn->reported || !l->name || l->static_data
      || l->go_defer_wrapper)
    return;
  if (r && r->site_fn && is_site (l))
    r->site_fn (r->site_ctx, l);
  if (ge_unit_verbosity (u) == 0)
    return;
  if (l->escapes)
    {
      if (ge_loc_is_name (l))
        ge_report_at (r, l->pos, "moved to heap: %s", l->name);
      else if (l->cls == GE_LOC_EXPR)
        ge_report_at (r, l->pos, "%s escapes to heap", l->name);
    }
  else if (l->cls == GE_LOC_EXPR)
    ge_report_at (r, l->pos, "%s does not escape", l->name);
}

static const ge_func *
top_func (const ge_func *f)
{
  while (f->outer)
    f = f->outer;
  return f;
}

static void
finish (ge_unit *u, ge_func **fns, uint32_t n)
{
  for (uint32_t i = 0; i < n; i++)
    {
      ge_func *f = fns[i];
      f->state = GE_FUNC_TAGGED;
      f->param_tags = ge_alloc (u, (f->nparams + 1) * sizeof *f->param_tags);
      for (uint32_t p = 0; p < f->nparams; p++)
        f->param_tags[p] = param_tag (u, f, p);
    }

  /* gc's allLocs order: every function's declared names first (params
     and results in signature order, locals in declaration order), then
     each top-level function's walk, which visits its closures inline,
     in source order.  */
  ge_loc **v = XNEWVEC (ge_loc *, u->nbatch_locs + 1);
  for (uint32_t i = 0; i < n; i++)
    {
      ge_func *f = fns[i];
      uint32_t m = 0;
      for (uint32_t j = 0; j < f->nlocs; j++)
        if (f->locs[j]->cls == GE_LOC_PARAM || f->locs[j]->cls == GE_LOC_RESULT)
          report_loc (u, f->locs[j]);
      for (uint32_t j = 0; j < f->nlocs; j++)
        if (f->locs[j]->cls == GE_LOC_AUTO)
          v[m++] = f->locs[j];
      qsort_r (v, m, sizeof *v, cmp_loc, u);
      for (uint32_t j = 0; j < m; j++)
        report_loc (u, v[j]);
    }
  for (uint32_t i = 0; i < n; i++)
    {
      if (fns[i]->outer)
        continue;
      uint32_t m = 0;
      for (uint32_t j = 0; j < n; j++)
        if (top_func (fns[j]) == fns[i])
          for (uint32_t k = 0; k < fns[j]->nlocs; k++)
            if (fns[j]->locs[k]->cls == GE_LOC_EXPR)
              v[m++] = fns[j]->locs[k];
      qsort_r (v, m, sizeof *v, cmp_loc, u);
      for (uint32_t j = 0; j < m; j++)
        report_loc (u, v[j]);
    }
  free (v);
}

void
ge_batch_analyze (ge_unit *u, ge_func **fns, uint32_t n)
{
  u->nbatch_locs = 0;
  reset_loc (&u->heap);
  u->heap.escapes = true;

  for (uint32_t i = 0; i < n; i++)
    {
      fns[i]->state = GE_FUNC_PLANNED;
      for (uint32_t j = 0; j < fns[i]->nlocs; j++)
        {
          reset_loc (fns[i]->locs[j]);
          ge_batch_add_loc (u, fns[i]->locs[j]);
        }
    }

  u->nbatch_closures = 0;
  for (uint32_t i = 0; i < n; i++)
    if (!fns[i]->walked_inline)
      walk_func (u, fns[i]);
  /* Closures whose literal the reader did not find: walk them alone.  */
  for (uint32_t i = 0; i < n; i++)
    if (fns[i]->state != GE_FUNC_STARTED)
      walk_func (u, fns[i]);
  for (uint32_t i = 0; i < u->nbatch_closures; i++)
    flow_closure (u, u->batch_closures[i]);

  /* Allocations gc puts on the heap whatever flows into them.  */
  for (uint32_t i = 0; i < u->nbatch_locs; i++)
    {
      ge_loc *l = u->batch_locs[i];
      if (l->heap_reason != GE_HEAP_NONE)
        {
          const char *why = l->heap_reason == GE_HEAP_TOO_LARGE
                              ? "too large for stack"
                              : "non-constant size";
          ge_hole k = ge_hole_addr (u, ge_hole_of (&u->heap), l->pos,
                                    l->name, why);
          ge_graph_flow (u, k, l);
        }
    }

  ge_solve (u);
  finish (u, fns, n);
}
