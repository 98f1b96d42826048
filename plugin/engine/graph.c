/* goescape: the location graph of a batch (port of gc's escape/graph.go):
   the edges made when a batch replays its functions' operations.  */

#include <string.h>

#include "internal.h"

void
ge_batch_add_loc (ge_unit *u, ge_loc *l)
{
  *GE_PUSH (u, u->batch_locs, u->nbatch_locs, u->batch_locs_alloc) = l;
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
      /* gc explains each such flow, even into what already escapes
         (a make of unknown size stored in the heap: the store, then its
         size).  */
      if (ge_unit_verbosity (u) >= 2 && !ge_explain_hides (u, src))
        {
          ge_explain_eager (u, dst, src, k.derefs, k.notes, NULL);
        }
      if (!src->escapes)
        {
          struct ge_path_step step = { src, dst, k.derefs, k.origin, k.via };
          ge_report_path (u, src, dst, 0, &step, 1);
        }
      src->escapes = true;
      return;
    }
  /* Out of one of gccgo's temporaries into the heap: gc's graph has the
     flows into the temporary go to the heap directly, and explains
     those that take an address as they are made.

       r.tt = make([]uint32, n)   // GOTMP.__values = makeslice; r->tt = GOTMP  */
  if (dst->escapes && k.derefs >= 0 && ge_unit_verbosity (u) >= 2
      && src->cls == GE_LOC_TEMP && ge_explain_hides (u, src))
    for (uint32_t i = 0; i < src->nedges; i++)
      {
        struct ge_edge *in = &src->edges[i];
        /* Once: gccgo copies an interface or a slice field by field.  */
        if (in->derefs + k.derefs < 0 && !in->src->escapes
            && !ge_explain_hides (u, in->src))
          {
            ge_explain_eager (u, dst, in->src, -1, in->notes, k.notes);
            struct ge_path_step steps[2] = {
              { in->src, src, in->derefs, in->origin, in->via },
              { src, dst, k.derefs, k.origin, k.via } };
            ge_report_path (u, in->src, dst, 0, steps, 2);
            in->src->escapes = true;
          }
      }
  struct ge_edge *e = GE_PUSH (u, dst->edges, dst->nedges, dst->edges_alloc);
  e->src = src;
  e->derefs = k.derefs;
  e->notes = k.notes;
  e->origin = k.origin;
  e->via = k.via;
}

/* Whether the report takes L's path: paths are asked for, and gc
   reports L's function.  */
static bool
wants_path (const ge_unit *u, const ge_loc *l)
{
  return u->report && u->report->path_fn && l->fn && l->fn->reported
         && !l->go_defer_wrapper;
}

void
ge_report_path (ge_unit *u, const ge_loc *l, const ge_loc *root, int derefs,
                const struct ge_path_step *steps, uint32_t n)
{
  if (wants_path (u, l))
    u->report->path_fn (u->report->path_ctx, l, root, derefs, steps, n);
}

/* The path the solver's walk from ROOT found to L: L's dst chain.  */
void
ge_report_walk_path (ge_unit *u, const ge_loc *l, const ge_loc *root,
                     int derefs)
{
  if (!wants_path (u, l))
    return;
  /* An assignment cycle can make the chain a loop (golang.org/issue/35518,
     as ge_explain_path): a path has no more steps than the batch has
     locations.  */
  uint32_t limit = u->nbatch_locs + 2, n = 0, alloc = 0;
  struct ge_path_step *steps = NULL;
  for (const ge_loc *x = l;
       x != root && x->dst && x->dst_edge < x->dst->nedges && n < limit;
       x = x->dst)
    {
      const struct ge_edge *e = &x->dst->edges[x->dst_edge];
      struct ge_path_step s = { x, x->dst, e->derefs, e->origin, e->via };
      *GE_VEC_PUSH (steps, n, alloc) = s;
    }
  ge_report_path (u, l, root, derefs, steps, n);
  free (steps);
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
  /* gc's own temporary: its explanations show it.
       flow: {temp} = *e:   from E.Copy(e) (call parameter)
       flow: {heap} = *{temp}:  */
  tmp->name = GE_GC_TEMP;
  for (uint32_t i = 0; i < n; i++)
    ge_graph_flow (u, ks[i], tmp);
  return ge_hole_of (tmp);
}
