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
#include "options.h"
#include "output.h"

#include <sys/resource.h>
#include <sys/stat.h>

#include "gimple-reader.h"
#include "keepalive.h"
#include "frontend-notes.h"
#include "paths.h"

extern "C" {
#include "goescape/gcc/declare-bodiless.h"
#include "goescape/gcc/declare-wrappers.h"
#include "goescape/engine/engine.h"
#include "goescape/imports/imports.h"
#include "goescape/gcc/options.h"
#include "goescape/gccgo/names.h"
#include "goescape/engine/report.h"
#include "goescape/report/compare.h"
#include "goescape/source/source.h"
#include "goescape/cputime.h"
}

int plugin_is_GPL_compatible;

static struct plugin_info goescape_info
  = { "0.1.0", "goescape: gc's escape analysis (Go 1.19 -m) for gccgo. "
               "Arguments: m=N (0..4), output=FILE, stdlib=FILE, "
               "imports=gc|gccgo|none, export=yes|no, keep=yes|no, "
               "stats[=yes|no], compare[=yes|no], paths[=yes|no]." };

/* Everything the plugin keeps for the compilation unit: its arguments,
   the report, and the three inputs and the engine, made in plugin_init
   and handed to the pass and the end-of-unit callback (no other state
   outlives a call).  */
struct goescape_unit
{
  struct ge_options opts = GE_OPTIONS_DEFAULT;
  struct ge_report report;
  ge_unit *engine = NULL;
  ge_imports *imports = NULL;
  ge_src_unit *source = NULL;
  ge_compare *compare = NULL;  /* compare=yes */
  goescape_paths *paths = NULL;  /* paths=yes */
  bool bodiless_declared = false;
  /* What the plugin costs (stats=yes), in CPU time: its start-up, the
     pass over each function, the end of the unit, and within them the
     parts spent reading GIMPLE and analysing.  */
  uint64_t init_ns = 0, pass_ns = 0, finish_ns = 0, read_ns = 0,
           analyse_ns = 0;
  unsigned functions = 0;
};

/* An item of -ftime-report's "Client items", when it is asked for.  */
static void
time_push (const char *item)
{
  if (g_timer)
    g_timer->push_client_item (item);
}

static void
time_pop (void)
{
  if (g_timer)
    g_timer->pop_client_item ();
}

static void declare_bodiless (goescape_unit *gu);
static char *unit_pkgpath (ge_src_unit *source);

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
  goescape_pass (gcc::context *ctxt, goescape_unit *gu)
    : gimple_opt_pass (goescape_pass_data, ctxt), gu (gu)
  {
  }

  bool gate (function *) final override { return gu->engine != NULL; }

  unsigned int execute (function *fun) final override
  {
    uint64_t t0 = ge_cpu_ns ();
    time_push ("goescape: read GIMPLE");
    if (!seen_error ())
      {
        declare_bodiless (gu);
        if (goescape_read_function (gu->engine, gu->imports, gu->source,
                                    gu->paths, fun))
          gu->functions++;
      }
    goescape_keepalive_done (fun);
    time_pop ();
    uint64_t spent = ge_cpu_ns () - t0;
    gu->read_ns += spent;
    gu->pass_ns += spent;
    return 0;
  }

private:
  goescape_unit *gu;
};

} // namespace

/* Positions as gc prints them: //line directives change them.  */
static void
print_pos (void *ctx, ge_pos pos, char *buf, size_t size)
{
  ge_src_gc_pos ((ge_src_unit *) ctx, pos.file, pos.line, pos.col, buf, size);
}

/* gc's text of an expression it has not visited yet (report.h).  */
static bool
unvisited_text (void *ctx, ge_pos pos, const char *text, char *buf,
                size_t size)
{
  return pos.file
         && ge_src_unvisited_text ((ge_src_unit *) ctx, pos.file, pos.line,
                                   pos.col, text, buf, size);
}

/* Put the unit's summaries into the object, as gccgo puts its export
   data: a section the linker discards, so executables are unchanged.  */
static void
export_summaries (ge_unit *unit)
{
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&text, &len);
  if (!mem)
    return;
  ge_unit_write_summaries (unit, mem);
  fclose (mem);
  if (len > 0)
    {
      switch_to_section (get_section (GE_SUMMARY_SECTION,
                                      SECTION_DEBUG | SECTION_EXCLUDE, NULL));
      assemble_string (text, (int) len);
    }
  free (text);
}

/* stats=yes: one line on stderr after the report.  peak-kib is the
   compiler's peak resident set (getrusage), plugin and all.  */
static void
print_stats (const goescape_unit *gu)
{
  struct rusage ru;
  long peak = getrusage (RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : 0;
  /* The late pass runs inside finish_unit: not counted twice.  */
  uint64_t total = gu->init_ns + gu->pass_ns + gu->finish_ns;
  fprintf (stderr, "goescape: stats: functions %u, read-gimple-us %llu, "
           "analyse-us %llu, report-us %llu, total-us %llu, peak-kib %ld\n",
           gu->functions, (unsigned long long) (gu->read_ns / 1000),
           (unsigned long long) (gu->analyse_ns / 1000),
           (unsigned long long) (gu->report.write_ns / 1000),
           (unsigned long long) (total / 1000), peak);
}

static void
finish_unit (void *, void *data)
{
  goescape_unit *gu = (goescape_unit *) data;
  const struct ge_options &opts = gu->opts;
  if (!gu->engine)
    return;
  uint64_t finish_start = ge_cpu_ns ();
  /* A unit with errors gets gccgo's errors only.  At -m=0 the analysis
     still runs, for the summaries, and an output file is still created,
     empty, for scripts that expect it.  */
  if (!seen_error ())
    {
      /* GCC's lowering of what it dropped is reading GIMPLE too; the
         pass, run inside, adds its own share, counted once here.  */
      uint64_t read_before = gu->read_ns, pass_before = gu->pass_ns;
      uint64_t t0 = ge_cpu_ns ();
      time_push ("goescape: read GIMPLE");
      goescape_keepalive_read_dropped ();
      time_pop ();
      gu->read_ns = read_before + (ge_cpu_ns () - t0);
      gu->pass_ns = pass_before;
      declare_bodiless (gu);
      /* gc's method wrappers print only -m=2's explanations.  */
      if (opts.m >= 2)
        if (char *pkgpath = unit_pkgpath (gu->source))
          {
            ge_declare_wrappers (gu->engine, gu->source, pkgpath);
            free (pkgpath);
          }
      FILE *out = stderr;
      if (opts.output)
        {
          out = fopen (opts.output, "w");
          if (!out)
            error ("goescape: cannot open output file %qs: %m", opts.output);
        }
      if (out)
        {
          ge_report_init (&gu->report, out, opts.m);
          ge_report_set_pos_fn (&gu->report, print_pos, gu->source);
          ge_report_set_unvisited_fn (&gu->report, unvisited_text,
                                      gu->source);
          gu->report.timed = opts.stats;
          if (gu->compare)
            ge_report_set_site_fn (&gu->report, ge_compare_site, gu->compare);
          if (gu->paths)
            ge_report_set_path_fn (&gu->report, goescape_paths_report,
                                   gu->paths);
          uint64_t t0 = ge_cpu_ns ();
          time_push ("goescape: analysis and report");
          ge_unit_analyze (gu->engine);
          if (gu->compare)
            ge_compare_finish (gu->compare, out, &gu->report);
          time_pop ();
          gu->analyse_ns = ge_cpu_ns () - t0 - gu->report.write_ns;
          /* A report that cannot be written is an error, not a silent
             loss (output=/dev/full, a full disk).  */
          const char *where = opts.output ? opts.output : "standard error";
          bool failed = fflush (out) != 0 || ferror (out);
          if (out != stderr && fclose (out) != 0)
            failed = true;
          if (failed)
            error ("goescape: cannot write the report to %qs: %m", where);
          if (opts.export_summaries)
            export_summaries (gu->engine);
        }
    }
  /* After the report: what it lacks, said once.  */
  const char *first;
  if (int n = seen_error () ? 0 : goescape_keepalive_dropped (&first))
    inform (UNKNOWN_LOCATION,
            "goescape: %d unexported function%s that nothing calls (%s%s) "
            "dropped at %<-O%d%> before the analysis: not reported; "
            "%<-fplugin-arg-goescape-keep=yes%> reports them",
            n, n > 1 ? "s" : "", ge_gccgo_global_name (first),
            n > 1 ? ", ..." : "", optimize);
  gu->finish_ns = ge_cpu_ns () - finish_start;
  if (opts.stats && !seen_error ())
    print_stats (gu);
  goescape_frontend_notes_release ();
  ge_compare_free (gu->compare);
  gu->compare = NULL;
  goescape_paths_free (gu->paths);
  gu->paths = NULL;
  ge_unit_free (gu->engine);
  gu->engine = NULL;
  ge_imports_free (gu->imports);
  gu->imports = NULL;
  ge_src_unit_free (gu->source);
  gu->source = NULL;
  /* GU itself stays: the pass holds it, and its gate now says no.  */
}

/* Where gccgo looks for imported packages: the -I directories, then
   the -L ones (the driver adds its library directories as -L).  */
static void
add_search_dirs (ge_imports *im)
{
  for (int pass = 0; pass < 2; pass++)
    for (unsigned i = 0; i < save_decoded_options_count; i++)
      {
        const cl_decoded_option *o = &save_decoded_options[i];
        if (o->opt_index == (pass == 0 ? OPT_I : OPT_L) && o->arg)
          ge_imports_add_dir (im, o->arg);
      }
}

/* The package path gccgo prefixes the unit's symbols with: -fgo-pkgpath,
   else -fgo-prefix and the package name, else "main" for package main
   and "go." and the package name for others.  */
static char *
unit_pkgpath (ge_src_unit *source)
{
  const char *prefix = NULL;
  for (unsigned i = 0; i < save_decoded_options_count; i++)
    {
      const cl_decoded_option *o = &save_decoded_options[i];
      if (o->opt_index == OPT_fgo_pkgpath_ && o->arg)
        return xstrdup (o->arg);
      if (o->opt_index == OPT_fgo_prefix_ && o->arg)
        prefix = o->arg;
    }
  char name[256];
  if (num_in_fnames == 0
      || !ge_src_package_name (source, in_fnames[0], name, sizeof name))
    return NULL;
  if (prefix)
    return xasprintf ("%s.%s", prefix, name);
  if (strcmp (name, "main") == 0)
    return xstrdup (name);
  return xasprintf ("go.%s", name);
}

/* gccgo emits no function for a declaration without a body; gc tags and
   reports its parameters all the same, so they are read from the source.
   Not while gccgo parses (plugin_init comes before): the numbering of
   types in its export data depends on what the heap holds meanwhile,
   and reading the sources first changed it (compress/flate's []uint8
   and []byte swapped).  Before the first function is read, then, or at
   the end for a unit with none.  */
static void
declare_bodiless (goescape_unit *gu)
{
  if (gu->bodiless_declared || !gu->engine)
    return;
  gu->bodiless_declared = true;
  if (char *pkgpath = unit_pkgpath (gu->source))
    {
      for (unsigned i = 0; i < num_in_fnames; i++)
        ge_declare_bodiless (gu->engine, gu->source, in_fnames[i], pkgpath);
      free (pkgpath);
    }
}

/* The standard library's database: stdlib=FILE, else std.esc beside the
   plugin.  False after an error.  */
static bool
open_stdlib (const struct ge_options &opts, ge_imports *im,
             const char *plugin_path)
{
  char err[512];
  if (opts.stdlib)
    {
      ge_summary_file *f = ge_summary_file_open (opts.stdlib, err, sizeof err);
      if (!f)
        {
          error ("goescape: plugin argument %<stdlib%>: %s", err);
          return false;
        }
      ge_imports_set_stdlib (im, f);
      return true;
    }
  const char *slash = strrchr (plugin_path, '/');
  char *path = slash ? xasprintf ("%.*s/std.esc", (int) (slash - plugin_path),
                                  plugin_path)
                     : xstrdup ("std.esc");
  ge_summary_file *f = ge_summary_file_open (path, err, sizeof err);
  struct stat st;
  bool ok = true;
  if (f)
    ge_imports_set_stdlib (im, f);
  else if (stat (path, &st) != 0)
    warning (0, "goescape: no standard library summaries (%s); calls into "
             "the standard library are unknown code", err);
  else
    {
      /* There, but damaged: the installation needs mending.  */
      error ("goescape: damaged standard-library summaries: %s", err);
      ok = false;
    }
  free (path);
  return ok;
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

  uint64_t init_start = ge_cpu_ns ();
  goescape_unit *gu = new goescape_unit;
  struct ge_options &opts = gu->opts;
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
    {
      delete gu;
      return 1;
    }

  if (strcmp (lang_hooks.name, "GNU Go") != 0)
    {
      error ("goescape: analyses Go only (loaded into %s)", lang_hooks.name);
      delete gu;
      return 1;
    }

  register_callback (info->base_name, PLUGIN_INFO, NULL, &goescape_info);

  if (opts.imports == GE_IMPORTS_GC)
    {
      gu->imports = ge_imports_new ();
      if (!open_stdlib (opts, gu->imports, info->full_name))
        {
          ge_imports_free (gu->imports);
          delete gu;
          return 1;
        }
      add_search_dirs (gu->imports);
    }
  else if (opts.imports == GE_IMPORTS_GCCGO)
    {
      gu->imports = ge_imports_new ();
      ge_imports_use_gccgo_notes (gu->imports);
      add_search_dirs (gu->imports);
    }

  ge_report_init (&gu->report, stderr, opts.m);
  gu->engine = ge_unit_new (&gu->report);
  for (unsigned i = 0; i < num_in_fnames; i++)
    ge_unit_add_file (gu->engine, in_fnames[i]);
  gu->source = ge_src_unit_new (in_fnames, (int) num_in_fnames);
  ge_report_set_pos_fn (&gu->report, print_pos, gu->source);
  ge_report_set_unvisited_fn (&gu->report, unvisited_text, gu->source);
  if (opts.paths)
    gu->paths = goescape_paths_new ();
  if (opts.compare)
    {
      gu->compare = ge_compare_new ();
      goescape_frontend_notes_catch (gu->compare, gu->source);
    }

  goescape_keepalive_init (info->base_name, opts.keep_functions);

  struct register_pass_info pass;
  pass.pass = new goescape_pass (g, gu);
  pass.reference_pass_name = "ssa";
  pass.ref_pass_instance_number = 1;
  pass.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass);
  register_callback (info->base_name, PLUGIN_FINISH_UNIT, finish_unit, gu);
  gu->init_ns = ge_cpu_ns () - init_start;
  return 0;
}
