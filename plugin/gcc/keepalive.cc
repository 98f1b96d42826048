/* goescape: every function the source defines reaches the pass at every
   optimisation level.

   At -O1 and above (GCC's -ftoplevel-reorder) the call graph drops the
   unexported functions nothing reaches before any GIMPLE pass runs, so
   their lines would vanish from the report; gc reports them all.

   By default they are read late.  After parsing, the body the front end
   built for every function the unit defines and does not export is
   held (a GC root), until the pass has read the function.  When the call
   graph removes one it never analysed, the body is kept for the end of
   the unit: there, after the last function has been written out, it is
   put back, lowered and taken into SSA form by GCC's own passes, the
   pass reads it, and the report speaks of it as at -O0.  Nothing GCC
   emits can change, since everything is emitted by then; only the
   function numbering of the late functions differs, which no report
   shows.  A function removed after GCC analysed it cannot be read again
   (gimplification rewrites the body in place): it is counted, and a note
   says so (goescape_keepalive_dropped).

   keep=yes keeps them alive instead, with force_output, through the
   GIMPLE passes up to the plugin's, which drops the mark once it has
   read the function (goescape_keepalive_done); the next removal of
   unreachable nodes then removes them before any of them is expanded.
   Before the IPA passes, where the visibility pass decides which
   functions are local (force_output would make one non-local and change
   its code), the mark is dropped again from every function something
   refers to.  The kept functions take part in the early passes, so
   their bodies are those of the level asked for, but the code of the
   others can be laid out otherwise (52 of 137 standard-library packages
   at -O2): keep=yes is for analysis builds only.

   GCC gives a plugin no event between parsing and the first removal, so
   the language hook that parses is wrapped.  */

#include "gcc-plugin.h"
#include "tree.h"
#include "cgraph.h"
#include "langhooks.h"
#include "toplev.h"
#include "diagnostic.h"
#include "hash-map.h"
#include "options.h"
#include "opts.h"
#include "function.h"
#include "gimple.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "tree-pass.h"
#include "pass_manager.h"
#include "context.h"
#include "bitmap.h"
#include "ggc.h"

#include "keepalive.h"

extern "C" {
#include "goescape/gccgo/names.h"
}

namespace {

/* What the front end left of a function until the pass reads it.  */
enum watch_state
{
  WATCHED,     /* not read yet */
  READ,        /* the pass has read it */
  REMOVED,     /* removed unanalysed: to be read at the end */
  LOST         /* removed after its body was lowered: cannot be read */
};

/* The held trees of a function, GC roots, in this order.  */
enum { HELD_BODY, HELD_ARGS, HELD_RESULT, HELD_BLOCK, HELD_TREES };

struct watch
{
  tree decl;
  /* Its name if it is Go code of the unit's files, else NULL: the
     report speaks of those.  Copied at once: a function GCC drops may
     have its declaration collected later.  */
  char *name;
  enum watch_state state;
};

/* The functions watched, in the call graph's order after parsing, and
   their held trees, HELD_TREES a function (NULL once not needed).  The
   parser is wrapped, and the hook takes no argument to carry them.  */
struct watch *watches;
unsigned n_watches;
tree *held;
/* The function structures of those removed unanalysed, as the front end
   made them (the static chain of a closure is there): GC roots too.  */
function **held_fn;
ggc_root_tab held_root[3];
hash_map<tree, unsigned> *index_of;
bool keep;
void (*parse_file) (void);

/* Whether FNDECL is Go code of one of the unit's files that the report
   speaks of: not a helper, nor a wrapper (thunks and promoted methods'
   stubs are analysed, never reported).  */
bool
unit_function (tree fndecl)
{
  tree name = DECL_NAME (fndecl);
  if (!name || ge_gccgo_is_helper_name (IDENTIFIER_POINTER (name))
      || ge_gccgo_is_wrapper_name (IDENTIFIER_POINTER (name)))
    return false;
  expanded_location x = expand_location (DECL_SOURCE_LOCATION (fndecl));
  for (unsigned i = 0; x.file && i < num_in_fnames; i++)
    if (strcmp (in_fnames[i], x.file) == 0)
      return true;
  return false;
}

struct watch *
watch_of (tree decl)
{
  unsigned *i = index_of->get (decl);
  return i ? &watches[*i] : NULL;
}

/* Stop holding W's trees.  */
void
release (struct watch *w)
{
  for (int k = 0; k < HELD_TREES; k++)
    held[(w - watches) * HELD_TREES + k] = NULL_TREE;
  held_fn[w - watches] = NULL;
}

/* The call graph removes NODE: keep its body for the end if GCC never
   lowered it.  */
void
node_removed (cgraph_node *node, void *)
{
  struct watch *w = watch_of (node->decl);
  if (!w || w->state != WATCHED || node->clone_of || node->inlined_to)
    return;
  if (!node->analyzed && !node->lowered
      && !gimple_has_body_p (node->decl))
    {
      /* Taken before the removal frees it.  */
      w->state = REMOVED;
      held_fn[w - watches] = DECL_STRUCT_FUNCTION (node->decl);
      DECL_STRUCT_FUNCTION (node->decl) = NULL;
    }
  else
    {
      w->state = LOST;
      release (w);
    }
}

bool
candidate (cgraph_node *node)
{
  return node->definition && !node->force_output
         && !TREE_PUBLIC (node->decl) && !DECL_EXTERNAL (node->decl);
}

void
parse_and_keep (void)
{
  parse_file ();
  if (!flag_toplevel_reorder || seen_error ())
    return;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (candidate (node))
      n_watches++;
  if (n_watches == 0)
    return;
  watches = XCNEWVEC (struct watch, n_watches);
  if (!keep)
    {
      held = XCNEWVEC (tree, n_watches * HELD_TREES);
      held_fn = XCNEWVEC (function *, n_watches);
      held_root[0] = { held, n_watches * HELD_TREES, sizeof (tree),
                       &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node };
      held_root[1] = { held_fn, n_watches, sizeof (function *),
                       &gt_ggc_mx_function, &gt_pch_nx_function };
      held_root[2] = LAST_GGC_ROOT_TAB;
      ggc_register_root_tab (held_root);
      symtab->add_cgraph_removal_hook (node_removed, NULL);
    }
  unsigned i = 0;
  FOR_EACH_FUNCTION (node)
    if (candidate (node))
      {
        tree decl = node->decl;
        struct watch *w = &watches[i];
        w->decl = decl;
        w->state = WATCHED;
        if (unit_function (decl))
          w->name = xstrdup (IDENTIFIER_POINTER (DECL_NAME (decl)));
        if (keep)
          node->force_output = 1;
        else
          {
            tree *t = &held[i * HELD_TREES];
            t[HELD_BODY] = DECL_SAVED_TREE (decl);
            t[HELD_ARGS] = DECL_ARGUMENTS (decl);
            t[HELD_RESULT] = DECL_RESULT (decl);
            t[HELD_BLOCK] = DECL_INITIAL (decl);
          }
        index_of->put (decl, i++);
      }
}

/* Before the IPA passes: keep only what nothing refers to.  */
void
unkeep_referred (void *, void *)
{
  if (!keep)
    return;
  for (unsigned i = 0; i < n_watches; i++)
    {
      struct watch *w = &watches[i];
      if (w->state != WATCHED)
        continue;
      /* Every kept function is still in the call graph here:
         force_output held it through the first removal.  */
      cgraph_node *node = cgraph_node::get (w->decl);
      if (!node)
        w->state = LOST;
      else if (node->callers || node->ref_list.referring.length () > 0)
        {
          node->force_output = 0;
          w->state = READ;
        }
    }
}

/* The first pass of the build_ssa_passes' list: what the call graph runs
   on every function after lowering it, the plugin's own pass among them.  */
opt_pass *
ssa_passes (void)
{
  for (opt_pass *p = g->get_passes ()->all_small_ipa_passes; p; p = p->next)
    if (p->name && strcmp (p->name, "build_ssa_passes") == 0)
      return p->sub;
  return NULL;
}

/* Put back W's body and take it where the pass reads it.  */
void
read_late (struct watch *w, opt_pass *passes)
{
  tree decl = w->decl;
  tree *t = &held[(w - watches) * HELD_TREES];
  function *f = held_fn[w - watches];
  if (!t[HELD_BODY] || !f || DECL_STRUCT_FUNCTION (decl))
    return;
  DECL_SAVED_TREE (decl) = t[HELD_BODY];
  DECL_ARGUMENTS (decl) = t[HELD_ARGS];
  DECL_RESULT (decl) = t[HELD_RESULT];
  DECL_INITIAL (decl) = t[HELD_BLOCK];
  DECL_STRUCT_FUNCTION (decl) = f;
  release (w);
  cgraph_node *node = cgraph_node::get_create (decl);
  if (node->analyzed || node->lowered)
    return;
  node->analyze ();
  push_cfun (DECL_STRUCT_FUNCTION (decl));
  gimple_register_cfg_hooks ();
  bitmap_obstack_initialize (NULL);
  execute_pass_list (cfun, passes);
  bitmap_obstack_release (NULL);
  pop_cfun ();
}

} // namespace

void
goescape_keepalive_init (const char *plugin_name, bool keep_functions)
{
  index_of = new hash_map<tree, unsigned>;
  keep = keep_functions;
  parse_file = lang_hooks.parse_file;
  lang_hooks.parse_file = parse_and_keep;
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_START,
                     unkeep_referred, NULL);
}

void
goescape_keepalive_read_dropped (void)
{
  opt_pass *passes = ssa_passes ();
  if (keep || !passes || seen_error ())
    return;
  /* The passes warn as they would have at -O0; GCC did not warn of these
     functions, so neither does their late reading.  */
  bool inhibit = global_dc->dc_inhibit_warnings;
  global_dc->dc_inhibit_warnings = true;
  /* A function read late can remove another (its callee, now analysed
     and unreachable): the states are read afresh each time.  */
  for (unsigned i = 0; i < n_watches; i++)
    if (watches[i].state == REMOVED)
      read_late (&watches[i], passes);
  global_dc->dc_inhibit_warnings = inhibit;
}

int
goescape_keepalive_dropped (const char **first)
{
  int n = 0;
  *first = NULL;
  for (unsigned i = 0; i < n_watches; i++)
    if (const char *name = watches[i].name)
      if (watches[i].state != READ)
        {
          if (!*first || strcmp (name, *first) < 0)
            *first = name;
          n++;
        }
  return n;
}

void
goescape_keepalive_done (function *fun)
{
  struct watch *w;
  if (!index_of || !fun || !(w = watch_of (fun->decl)))
    return;
  if (keep)
    if (cgraph_node *node = cgraph_node::get (fun->decl))
      node->force_output = 0;
  w->state = READ;
  if (held)
    release (w);
}
