/* goescape: the solver (port of gc's escape/solve.go).

   From every location (and the heap) walk the reversed assignment edges,
   computing the minimal dereferences from the root to each location
   (Bellman-Ford: edges may be -1, intermediate counts are bounded at 0).
   A location whose address reaches a root that outlives it escapes; a
   parameter whose value reaches the heap or a result records a leak.  A
   location is walked again when it becomes escaping or non-transient,
   each of which happens at most once, so there are O(locations) walks.  */

#include <string.h>

#include "internal.h"

/* Work stacks are reused across walks of a batch.  */
struct stack
{
  ge_loc **v;
  uint32_t n, alloc;
};

static void
push (struct stack *s, ge_loc *l)
{
  *GE_VEC_PUSH (s->v, s->n, s->alloc) = l;
}

static void
enqueue (struct stack *todo, ge_loc *l)
{
  if (!l->queued)
    {
      push (todo, l);
      l->queued = true;
    }
}

bool
ge_contains_closure (const ge_func *f, const ge_func *c)
{
  if (!f || !c || f == c)
    return false;
  for (const ge_func *o = c->outer; o; o = o->outer)
    if (o == f)
      return true;
  return false;
}

/* Whether values stored in L may survive beyond OTHER's lifetime if OTHER
   were stack allocated.  */
bool
ge_outlives (ge_unit *u, ge_loc *l, ge_loc *other)
{
  (void) u;
  /* The heap outlives everything.  */
  if (l->escapes)
    return true;

  /* Results flow to the caller, which may keep them: they outlive
     everything, except a directly called closure's results with respect
     to locations of the functions that contain it.  */
  if (l->cls == GE_LOC_RESULT)
    {
      if (ge_contains_closure (other->fn, l->fn) && l->fn->closure_called)
        return false;
      return true;
    }

  /* In the same function, L outlives OTHER when declared outside OTHER's
     loop.  */
  if (l->fn == other->fn && l->loop_depth < other->loop_depth)
    return true;

  /* A location of an enclosing function outlives those of its closures.  */
  if (ge_contains_closure (l->fn, other->fn))
    return true;

  return false;
}

/* Record that parameter L leaks to SINK (gc's location.leakTo).  */
static void
leak_to (ge_loc *l, ge_loc *sink, int derefs)
{
  if (!sink->escapes && sink->cls == GE_LOC_RESULT && sink->fn == l->fn)
    {
      int ri = sink->result_index - 1;
      if (ri >= 0 && ri < GE_NUM_ESC_RESULTS)
        {
          ge_leaks_add_result (&l->param_esc, ri, derefs);
          return;
        }
    }
  ge_leaks_add_heap (&l->param_esc, derefs);
}

static void
walk_one (ge_unit *u, ge_loc *root, uint32_t walkgen, struct stack *todo,
          struct stack *work)
{
  int m = ge_unit_verbosity (u);
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = NULL;

  work->n = 0;
  push (work, root);
  while (work->n > 0)
    {
      ge_loc *l = work->v[--work->n];
      int derefs = l->derefs;

      /* If l.derefs < 0, l's address flows to root.  For "root = &l;
         l = x", x's address does not: bound derefs at 0.  */
      bool address_of = derefs < 0;
      if (address_of)
        {
          derefs = 0;
          if (!root->transient && l->transient)
            {
              l->transient = false;
              enqueue (todo, l);
            }
        }

      if (ge_outlives (u, root, l))
        {
          if (l->cls == GE_LOC_PARAM)
            {
              /* Not for a wrapper's parameters (gccgo's thunks and
                 stubs, __go_thunk_parameter): gc reports none.  */
              if (m >= 2 && !l->escapes && (!l->fn || l->fn->reported))
                {
                  ge_report_at (u->report, l->pos,
                                "parameter %s leaks to %s with derefs=%d:",
                                l->name, ge_explain_loc (u, root), derefs);
                  ge_explain_path (u, root, l);
                }
              /* gc's wrappers have no GIMPLE to follow.  */
              if (!l->escapes && (!l->fn || l->fn->reported)
                  && !(l->fn && l->fn->gc_wrapper))
                ge_report_walk_path (u, l, root, derefs);
              leak_to (l, root, derefs);
            }

          /* l's address flows somewhere that outlives it: heap
             allocate l.  */
          if (address_of && !l->escapes)
            {
              /* gc's graph has no location for gccgo's temporaries.  */
              if (m >= 2 && !ge_explain_hides (u, l))
                {
                  ge_report_at (u->report, l->pos, "%s escapes to heap:",
                                ge_explain_name (u, l));
                  ge_explain_path (u, root, l);
                }
              ge_report_walk_path (u, l, root, 0);
              l->escapes = true;
              enqueue (todo, l);
              continue;
            }
        }

      for (uint32_t i = 0; i < l->nedges; i++)
        {
          struct ge_edge *e = &l->edges[i];
          if (e->src->escapes)
            continue;
          int d = derefs + e->derefs;
          if (e->src->walkgen != walkgen || e->src->derefs > d)
            {
              e->src->walkgen = walkgen;
              e->src->derefs = d;
              e->src->dst = l;
              e->src->dst_edge = i;
              push (work, e->src);
            }
        }
    }
}

/* Whether a walk from ROOT can find a location ROOT outlives (gc walks
   every location; a walk that cannot is skipped, which changes nothing
   but makes long assignment chains linear instead of quadratic).  */
static bool
walk_matters (const ge_loc *root)
{
  if (root->escapes || root->cls == GE_LOC_RESULT || !root->fn)
    return true;
  if (root->fn->batch_has_closures)
    return true;
  return root->loop_depth < root->fn->batch_max_depth;
}

void
ge_solve (ge_unit *u)
{
  struct stack todo = { NULL, 0, 0 };
  struct stack work = { NULL, 0, 0 };

  /* What a walk from a plain local could find outliving it: deeper
     loops of its function, or closures of it (see walk_matters).  */
  for (uint32_t i = 0; i < u->nbatch_locs; i++)
    {
      ge_func *f = u->batch_locs[i]->fn;
      if (f)
        {
          f->batch_max_depth = 0;
          f->batch_has_closures = false;
        }
    }
  for (uint32_t i = 0; i < u->nbatch_locs; i++)
    {
      ge_loc *l = u->batch_locs[i];
      if (!l->fn)
        continue;
      if (l->loop_depth > l->fn->batch_max_depth)
        l->fn->batch_max_depth = l->loop_depth;
      for (ge_func *o = l->fn->outer; o; o = o->outer)
        o->batch_has_closures = true;
    }

  for (uint32_t i = 0; i < u->nbatch_locs; i++)
    enqueue (&todo, u->batch_locs[i]);
  enqueue (&todo, &u->heap);

  /* The walk generation lives across batches so that stale marks of an
     earlier batch never look current.  */
  static uint32_t walkgen;
  while (todo.n > 0)
    {
      ge_loc *root = todo.v[--todo.n];
      root->queued = false;
      if (!walk_matters (root))
        continue;
      walkgen++;
      walk_one (u, root, walkgen, &todo, &work);
    }
  free (todo.v);
  free (work.v);
}
