/* goescape: the declaration API, what readers declare before recording
   flows: functions (of the unit, or another package's by their
   summaries), parameters, results, locations and the facts about them
   gc's HeapAllocReason reads, and closures' captured variables.  */

#include <string.h>

#include "internal.h"
#include "goescape/engine/summary.h"

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
  *GE_PUSH (u, u->funcs, u->nfuncs, u->funcs_alloc) = f;
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
  f->recv_by_address = s->kind == 'V';
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
  l->origin = u->origin;
  *GE_PUSH (u, f->locs, f->nlocs, f->locs_alloc) = l;
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
ge_loc_seen (ge_loc *l, enum ge_seen_kind kind, uint64_t size,
             const char *how, ge_pos at)
{
  if (!l || kind <= l->seen.kind)
    return;
  l->seen.kind = kind;
  l->seen.size = size;
  l->seen.how = how;
  l->seen.at = at;
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
  /* gc's parameters live at loop depth 1, like every declaration at the
     top of a function body.  */
  ge_loc *l = ge_loc_new (f, GE_LOC_PARAM, name ? name : "_", pos, 1);
  uint32_t k = n;
  *GE_PUSH (u, f->params, k, f->params_alloc) = l;
  k = n;
  *GE_PUSH (u, f->param_names, k, f->param_names_alloc)
    = name ? ge_strdup (u, name) : NULL;
  k = n;
  *GE_PUSH (u, f->param_has_ptrs, k, f->param_has_ptrs_alloc) = has_ptrs;
  if (f->param_uintptr)
    {
      k = n;
      *GE_PUSH (u, f->param_uintptr, k, f->param_uintptr_alloc) = false;
    }
  f->nparams = n + 1;
  return l;
}

void
ge_func_set_param_has_ptrs (ge_func *f, uint32_t i, bool has_ptrs)
{
  if (i < f->nparams && f->param_has_ptrs)
    f->param_has_ptrs[i] = has_ptrs;
}

void
ge_func_set_recv_by_address (ge_func *f)
{
  f->recv_by_address = true;
}

void
ge_func_set_unexported (ge_func *f)
{
  f->unexported = true;
}

void
ge_func_set_gc_wrapper (ge_func *f)
{
  f->gc_wrapper = true;
  f->unexported = true;
}

void
ge_func_set_hidden (ge_func *f)
{
  f->hidden = true;
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
    {
      f->param_uintptr = ge_alloc (f->unit, f->nparams * sizeof (bool));
      f->param_uintptr_alloc = f->nparams;
    }
  f->param_uintptr[i] = true;
}

ge_loc *
ge_func_add_result (ge_func *f, const char *name, ge_pos pos)
{
  ge_unit *u = f->unit;
  uint32_t n = f->nresults;
  const char *nm = name ? ge_strdup (u, name) : ge_printf (u, "~r%u", n);
  ge_loc *r = ge_loc_new (f, GE_LOC_RESULT, nm, pos, 1);
  r->result_index = (int) n + 1;
  uint32_t k = n;
  *GE_PUSH (u, f->results, k, f->results_alloc) = r;
  k = n;
  *GE_PUSH (u, f->result_names, k, f->result_names_alloc) = nm;
  f->nresults = n + 1;
  return r;
}

bool
ge_loc_is_name (const ge_loc *l)
{
  return l->cls == GE_LOC_AUTO || l->cls == GE_LOC_PARAM
         || l->cls == GE_LOC_RESULT;
}

static struct ge_capture *
capture_named (ge_func *clo, const char *slot)
{
  for (uint32_t i = 0; i < clo->ncaptures; i++)
    if (strcmp (clo->captures[i].slot, slot) == 0)
      return &clo->captures[i];
  ge_unit *u = clo->unit;
  struct ge_capture *c = GE_PUSH (u, clo->captures, clo->ncaptures,
                                  clo->captures_alloc);
  memset (c, 0, sizeof *c);
  c->slot = ge_strdup (u, slot);
  c->order = -1;
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

void
ge_closure_capture_use (ge_func *clo, const char *slot, long order,
                        ge_pos use)
{
  if (!clo || !slot)
    return;
  struct ge_capture *c = capture_named (clo, slot);
  c->order = order;
  c->use = use;
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
