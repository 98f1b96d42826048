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
          ge_report_at (u->report, src->pos, "%s escapes to heap:",
                        ge_explain_name (u, src));
          ge_explain_flow (u, src->pos, dst, src, k.derefs, k.notes);
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
            ge_report_at (u->report, in->src->pos, "%s escapes to heap:",
                          ge_explain_name (u, in->src));
            ge_explain_flow_joined (u, in->src->pos, dst, in->src, -1,
                                    in->notes, k.notes);
            in->src->escapes = true;
          }
      }
  struct ge_edge *e = GE_PUSH (u, dst->edges, dst->nedges, dst->edges_alloc);
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
