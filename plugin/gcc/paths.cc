/* goescape: the path through the GIMPLE that carried each address to
   the heap, a result or a global (paths=yes), emitted through GCC's
   diagnostic machinery as a diagnostic path, as -fanalyzer emits its
   own: a note at the allocation or parameter, with gc's words, and one
   event per step of the path the solver found, at its statement, in
   its function, showing the statement as GCC prints it and the SSA
   names it involves.

     a.go:10:2: note: moved to heap: i
       'p.f': events 1-2
         (1) flow: p = &i, at 'p_4 = &i;' (SSA names: p_4)
         (2) flow: {heap} = p, at 'p.sink = p_4;' (SSA names: p_4)

   -fdiagnostics-path-format, -fdiagnostics-format=json and the other
   diagnostic options then apply as to any GCC diagnostic.  The engine
   runs at the end of the unit, when the statements are gone: what an
   event shows is taken from each statement as the reader reads it.  */

#include "gcc-plugin.h"
#include "tree.h"
#include "gimple.h"
#include "diagnostic.h"
#include "diagnostic-path.h"
#include "gimple-pretty-print.h"
#include "tree-pretty-print.h"
#include "function.h"
#include "hash-map.h"

#include "paths.h"

extern "C" {
#include "goescape/vec.h"
}

/* Where a flow was recorded: what the reader saw of the statement.  */
struct origin
{
  location_t loc;
  tree fndecl;
  const char *text;   /* the statement as GCC prints it */
  const char *ssa;    /* its SSA names, "p_4, x_5", or "" */
};

struct event;

/* A leaking parameter's path, kept for the calls of its function (or
   a location's, for what flows into it).  */
struct leak_path
{
  int param, result;
  struct event *events;
  size_t n;
  leak_path *next;
};

struct goescape_paths
{
  struct obstack ob;
  /* Each function's leaking parameters' paths, chained by next.  */
  hash_map<const ge_func *, leak_path *> leaks;
  /* The path of each location sent to the heap, for those whose
     address then flows into it: "y" into a closure that escapes.  */
  hash_map<const ge_loc *, leak_path *> escaped;
};

goescape_paths *
goescape_paths_new (void)
{
  goescape_paths *p = new goescape_paths;
  obstack_specify_allocation (&p->ob, 0, 0, xmalloc, free);
  return p;
}

void
goescape_paths_free (goescape_paths *p)
{
  if (!p)
    return;
  obstack_free (&p->ob, NULL);
  delete p;
}

/* Append T's SSA name to the names being grown, comma-separated.  */
static void
grow_ssa_name (struct obstack *ob, tree t, bool *first)
{
  if (!t || TREE_CODE (t) != SSA_NAME)
    return;
  char *s = print_generic_expr_to_str (t);
  if (!*first)
    obstack_grow (ob, ", ", 2);
  obstack_grow (ob, s, strlen (s));
  free (s);
  *first = false;
}

const void *
goescape_paths_origin (goescape_paths *p, function *fun, const gimple *stmt,
                       tree decl)
{
  struct origin *o = XOBNEW (&p->ob, struct origin);
  o->fndecl = fun ? fun->decl : NULL_TREE;
  if (!stmt)
    {
      o->loc = decl ? DECL_SOURCE_LOCATION (decl) : UNKNOWN_LOCATION;
      char *s = decl ? print_generic_expr_to_str (decl) : xstrdup ("");
      o->text = (const char *) obstack_copy0 (&p->ob, s, strlen (s));
      free (s);
      o->ssa = "";
      return o;
    }
  o->loc = gimple_location (stmt);
  pretty_printer pp;
  pp_gimple_stmt_1 (&pp, stmt, 0, TDF_NONE);
  const char *text = pp_formatted_text (&pp);
  o->text = (const char *) obstack_copy0 (&p->ob, text, strlen (text));
  bool first = true;
  if (const gphi *phi = dyn_cast<const gphi *> (stmt))
    {
      grow_ssa_name (&p->ob, gimple_phi_result (phi), &first);
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
        grow_ssa_name (&p->ob, gimple_phi_arg_def (phi, i), &first);
    }
  else
    for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
      grow_ssa_name (&p->ob, gimple_op (stmt, i), &first);
  obstack_1grow (&p->ob, '\0');
  o->ssa = (const char *) obstack_finish (&p->ob);
  return o;
}

/* A location as gc's explanations name it, into BUF.  */
static void
loc_name (const ge_loc *l, char *buf, size_t size)
{
  if (l->cls == GE_LOC_HEAP)
    snprintf (buf, size, "{heap}");
  else if (!l->name)
    snprintf (buf, size, "{temp}");
  else if (l->cls == GE_LOC_EXPR)
    snprintf (buf, size, "{storage for %s}", l->name);
  else
    snprintf (buf, size, "%s", l->name);
}

/* gc's words for the verdict on L, into BUF; false for none it
   reports.  */
static bool
verdict (const ge_loc *l, const ge_loc *root, int derefs, char *buf,
         size_t size)
{
  if (!l->name)
    return false;
  if (l->cls == GE_LOC_PARAM && (root->cls == GE_LOC_HEAP
                                 || (root->cls == GE_LOC_RESULT
                                     && root->fn == l->fn)))
    {
      if (root->cls == GE_LOC_RESULT)
        snprintf (buf, size, "leaking param: %s to result %s level=%d",
                  l->name, root->name, derefs);
      else
        snprintf (buf, size, "leaking param%s: %s",
                  derefs > 0 ? " content" : "", l->name);
      return true;
    }
  if (l->cls == GE_LOC_EXPR)
    snprintf (buf, size, "%s escapes to heap", l->name);
  else if (l->cls == GE_LOC_AUTO || l->cls == GE_LOC_PARAM
           || l->cls == GE_LOC_RESULT)
    snprintf (buf, size, "moved to heap: %s", l->name);
  else
    return false;
  return true;
}

/* The events of a path, before they go into GCC's: a parameter's are
   kept for the paths that go through the calls of its function.  */
struct event
{
  location_t loc;
  tree fndecl;
  int depth;
  const char *text;
};

/* A path spliced from the paths of callees and of what it flows into
   grows with each: past this many events the rest is left out.  */
static const size_t max_events = 256;

struct events
{
  event *v = NULL;
  size_t n = 0, alloc = 0;
  ~events () { free (v); }
  void push (location_t loc, tree fndecl, int depth, const char *text)
  {
    if (n >= max_events)
      return;
    event *e = GE_VEC_PUSH (v, n, alloc);
    e->loc = loc;
    e->fndecl = fndecl;
    e->depth = depth;
    e->text = text;
  }
};

/* The kept path of parameter PARAM of FN into the heap (RESULT -1) or
   result RESULT.  */
static const struct leak_path *
find_leak (goescape_paths *p, const ge_func *fn, int param, int result)
{
  leak_path **first = p->leaks.get (fn);
  for (const leak_path *k = first ? *first : NULL; k; k = k->next)
    if (k->param == param && k->result == result)
      return k;
  return NULL;
}

static int
param_index (const ge_loc *l)
{
  for (uint32_t i = 0; i < l->fn->nparams; i++)
    if (l->fn->params[i] == l)
      return (int) i;
  return -1;
}

/* The text of step S (at origin O), on P's obstack.  */
static const char *
step_text (goescape_paths *p, const ge_path_step &s, const origin *o)
{
  char dst[600], src[600];
  loc_name (s.dst, dst, sizeof dst);
  loc_name (s.src, src, sizeof src);
  int d = s.derefs;
  const char *stars = d < 0 ? "&" : d == 1 ? "*" : d == 2 ? "**"
                      : d > 2 ? "*...*" : "";
  char *t;
  const char *via = s.via ? s.via->callee->gc_name : NULL;
  if (o)
    t = xasprintf ("flow: %s = %s%s, at '%s'%s%s%s%s%s", dst, stars,
                   src, o->text, o->ssa[0] ? " (SSA names: " : "", o->ssa,
                   o->ssa[0] ? ")" : "",
                   via ? ", through the summary of " : "", via ? via : "");
  else
    t = xasprintf ("flow: %s = %s%s%s%s", dst, stars, src,
                   via ? ", through the summary of " : "", via ? via : "");
  const char *r = (const char *) obstack_copy0 (&p->ob, t, strlen (t));
  free (t);
  return r;
}

void
goescape_paths_report (void *ctx, const ge_loc *l, const ge_loc *root,
                       int derefs, const struct ge_path_step *steps,
                       uint32_t n)
{
  goescape_paths *p = (goescape_paths *) ctx;
  char msg[1100];
  const origin *home = (const origin *) l->origin;
  tree home_fn = home ? home->fndecl : NULL_TREE;
  location_t where = home ? home->loc : UNKNOWN_LOCATION;

  events evs;
  location_t last = where;
  for (uint32_t i = 0; i < n; i++)
    {
      const ge_path_step &s = steps[i];
      const origin *o = (const origin *) s.origin;
      location_t loc = o && o->loc != UNKNOWN_LOCATION ? o->loc : last;
      tree fndecl = o ? o->fndecl : home_fn;
      int depth = fndecl && home_fn && fndecl != home_fn ? 1 : 0;
      evs.push (loc, fndecl, depth, step_text (p, s, o));
      last = loc;
      if (where == UNKNOWN_LOCATION)
        where = loc;
      /* A callee of the unit: its own path, one call deeper.  */
      if (s.via)
        if (const leak_path *k = find_leak (p, s.via->callee, s.via->param,
                                            s.via->result))
          for (size_t j = 0; j < k->n; j++)
            evs.push (k->events[j].loc, k->events[j].fndecl,
                      depth + 1 + k->events[j].depth, k->events[j].text);
    }

  /* Into a location already on the heap: its own path goes on.  */
  if (root->cls != GE_LOC_HEAP && root->cls != GE_LOC_RESULT && root->escapes)
    if (leak_path **k = p->escaped.get (root))
      for (size_t j = 0; j < (*k)->n; j++)
        evs.push ((*k)->events[j].loc, (*k)->events[j].fndecl,
                  (*k)->events[j].depth, (*k)->events[j].text);

  /* A leaking parameter's path, for the calls of its function; a
     location's, for what flows into it later.  */
  int param = l->cls == GE_LOC_PARAM ? param_index (l) : -1;
  bool escapes = !(param >= 0 && (root->cls == GE_LOC_HEAP
                                  || root->cls == GE_LOC_RESULT));
  leak_path *k = XOBNEW (&p->ob, leak_path);
  k->param = param;
  k->result = root->cls == GE_LOC_RESULT ? root->result_index - 1 : -1;
  k->n = evs.n;
  k->events = XOBNEWVEC (&p->ob, event, evs.n + 1);
  memcpy (k->events, evs.v, evs.n * sizeof *evs.v);
  k->next = NULL;
  if (!escapes)
    {
      bool existed;
      leak_path *&first = p->leaks.get_or_insert (l->fn, &existed);
      k->next = existed ? first : NULL;
      first = k;
    }
  else
    p->escaped.put (l, k);

  /* Kept for what flows into L later even when gc reports nothing of
     L itself (one of gccgo's temporaries).  */
  if (l->static_data || !verdict (l, root, derefs, msg, sizeof msg))
    return;

  /* The events' own printer: the diagnostic printer's holds the
     prefix of the last diagnostic.  */
  pretty_printer event_pp;
  pp_show_color (&event_pp) = pp_show_color (global_dc->printer);
  simple_diagnostic_path path (&event_pp);
  for (size_t i = 0; i < evs.n; i++)
    path.add_event (evs.v[i].loc, evs.v[i].fndecl, evs.v[i].depth, "%s",
                    evs.v[i].text);
  rich_location rich (line_table, where);
  rich.set_path (&path);
  inform (&rich, "%s", msg);
}
