/* goescape: keep=yes, every function the source defines reaches the
   pass at every optimisation level.

   At -O1 and above (GCC's -ftoplevel-reorder) the call graph drops the
   unexported functions nothing reaches before any GIMPLE pass runs, so
   their lines would vanish from the report; gc reports them all.  After
   parsing, every function the unit defines and does not export is kept
   with force_output.  Before the IPA passes, where the visibility pass
   decides which functions are local (force_output would make one
   non-local and change its code), the mark is dropped again from every
   function something refers to: only the roots of what would have been
   dropped keep it, through the GIMPLE passes up to the plugin's, which
   drops it once it has read the function (goescape_keepalive_done).
   The next removal of unreachable nodes then removes them, with what
   only they reach, before any of them is expanded.

   The same functions are emitted, but not always in the same order, and
   the line tables can gain entries for what the kept functions inlined:
   on the standard library at -O2, 52 of 137 packages' code is laid out
   otherwise (contrib/code-identity --args -fplugin-arg-goescape-keep=yes).
   So it is not the default: it is for analysis builds, where a complete
   report at -O2 matters more than the layout of the object.

   Without keep=yes the same functions are only watched: those the pass
   never read are counted at the end, and a note says so, so that no
   line is lost without a word (goescape_keepalive_dropped).

   GCC gives a plugin no event between parsing and the first removal, so
   the language hook that parses is wrapped.  */

#include "gcc-plugin.h"
#include "tree.h"
#include "cgraph.h"
#include "langhooks.h"
#include "toplev.h"
#include "diagnostic-core.h"
#include "hash-map.h"
#include "options.h"
#include "opts.h"

#include "keepalive.h"

extern "C" {
#include "goescape/gccgo/names.h"
}

namespace {

/* The functions kept (or, without keep=yes, watched), each with its
   name if it is Go code of the unit's files (NULL otherwise), and the
   parser wrapped: the hook takes no argument to carry them.  The names
   are copied at once: a function GCC drops may have its declaration
   collected later, so the table is only compared against, never read
   through, once the IPA passes start.  */
hash_map<tree, char *> *kept;
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

void
parse_and_keep (void)
{
  parse_file ();
  if (!flag_toplevel_reorder || seen_error ())
    return;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (node->definition && !node->force_output
        && !TREE_PUBLIC (node->decl) && !DECL_EXTERNAL (node->decl)
        && (keep || unit_function (node->decl)))
      {
        if (keep)
          node->force_output = 1;
        bool go = unit_function (node->decl);
        kept->put (node->decl,
                   go ? xstrdup (IDENTIFIER_POINTER (DECL_NAME (node->decl)))
                      : NULL);
      }
}

/* Stop keeping or watching DECL.  */
void
forget (tree decl)
{
  if (char **name = kept->get (decl))
    free (*name);
  kept->remove (decl);
}

/* Before the IPA passes: keep only what nothing refers to.  */
void
unkeep_referred (void *, void *)
{
  if (!keep)
    return;
  /* Every kept function is still in the call graph here: force_output
     held it through the first removal.  */
  auto_vec<tree> drop;
  for (hash_map<tree, char *>::iterator it = kept->begin ();
       it != kept->end (); ++it)
    {
      cgraph_node *node = cgraph_node::get ((*it).first);
      if (!node)
        drop.safe_push ((*it).first);
      else if (node->callers || node->ref_list.referring.length () > 0)
        {
          node->force_output = 0;
          drop.safe_push ((*it).first);
        }
    }
  for (unsigned i = 0; i < drop.length (); i++)
    forget (drop[i]);
}

} // namespace

void
goescape_keepalive_init (const char *plugin_name, bool keep_functions)
{
  kept = new hash_map<tree, char *>;
  keep = keep_functions;
  parse_file = lang_hooks.parse_file;
  lang_hooks.parse_file = parse_and_keep;
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_START,
                     unkeep_referred, NULL);
}

int
goescape_keepalive_dropped (const char **first)
{
  int n = 0;
  *first = NULL;
  for (hash_map<tree, char *>::iterator it = kept->begin ();
       it != kept->end (); ++it)
    if (const char *name = (*it).second)
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
  if (!kept || !fun || !kept->get (fun->decl))
    return;
  if (cgraph_node *node = cgraph_node::get (fun->decl))
    node->force_output = 0;
  forget (fun->decl);
}
