/* goescape: the GCC plugin entry point.

   Registers a GIMPLE pass after "ssa" that reads each function into the
   engine, and analyses the whole unit when it is finished, printing gc's
   -m report.  The pass only reads GIMPLE: gccgo's code is unchanged.  */

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "diagnostic-core.h"
#include "langhooks.h"
#include "toplev.h"
#include "opts.h"

#include "gimple-reader.h"

extern "C" {
#include "goescape/engine.h"
#include "goescape/options.h"
#include "goescape/report.h"
#include "goescape/source.h"
}

int plugin_is_GPL_compatible;

static struct plugin_info goescape_info
  = { "0.1.0", "goescape: gc's escape analysis (Go 1.19 -m) for gccgo. "
               "Arguments: m=N (0..4), output=FILE." };

static struct ge_options opts = { 1, NULL };
static struct ge_report report;
static ge_unit *unit;

namespace {

const pass_data goescape_pass_data = {
  GIMPLE_PASS,   /* type */
  "goescape",    /* name */
  OPTGROUP_NONE, /* optinfo_flags */
  TV_NONE,       /* tv_id */
  PROP_ssa,      /* properties_required */
  0, 0, 0, 0     /* provided, destroyed, todo_start, todo_finish */
};

class goescape_pass : public gimple_opt_pass
{
public:
  goescape_pass (gcc::context *ctxt)
    : gimple_opt_pass (goescape_pass_data, ctxt)
  {
  }

  bool gate (function *) final override { return unit != NULL; }

  unsigned int execute (function *fun) final override
  {
    if (!seen_error ())
      goescape_read_function (unit, fun);
    return 0;
  }
};

} // namespace

static void
finish_unit (void *, void *)
{
  if (!unit)
    return;
  /* A unit with errors gets gccgo's errors only.  */
  if (!seen_error () && opts.m > 0)
    {
      FILE *out = stderr;
      if (opts.output)
        {
          out = fopen (opts.output, "w");
          if (!out)
            {
              error ("goescape: cannot open output file %qs: %m",
                     opts.output);
              out = NULL;
            }
        }
      if (out)
        {
          ge_report_init (&report, out, opts.m);
          ge_unit_analyze (unit);
          fflush (out);
          if (out != stderr)
            fclose (out);
        }
    }
  else if (opts.output && !seen_error ())
    {
      /* -m=0: an empty report, so scripts find the file they asked for.  */
      FILE *out = fopen (opts.output, "w");
      if (out)
        fclose (out);
    }
  ge_unit_free (unit);
  unit = NULL;
  ge_src_reset ();
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("goescape: built for GCC %s, cannot be loaded into GCC %s",
             gcc_version.basever, version->basever);
      return 1;
    }

  bool ok = true;
  for (int i = 0; i < info->argc; i++)
    {
      char err[256];
      if (ge_options_apply (&opts, info->argv[i].key, info->argv[i].value,
                            err, sizeof err))
        {
          error ("goescape: %s", err);
          ok = false;
        }
    }
  if (!ok)
    return 1;

  if (strcmp (lang_hooks.name, "GNU Go") != 0)
    {
      error ("goescape: analyses Go only (loaded into %s)", lang_hooks.name);
      return 1;
    }

  register_callback (info->base_name, PLUGIN_INFO, NULL, &goescape_info);

  ge_report_init (&report, stderr, opts.m);
  unit = ge_unit_new (&report);
  for (unsigned i = 0; i < num_in_fnames; i++)
    ge_unit_add_file (unit, in_fnames[i]);

  struct register_pass_info pass;
  pass.pass = new goescape_pass (g);
  pass.reference_pass_name = "ssa";
  pass.ref_pass_instance_number = 1;
  pass.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass);
  register_callback (info->base_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);
  return 0;
}
