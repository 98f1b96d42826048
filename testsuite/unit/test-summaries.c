/* Unit tests: summary text (parsing, in-place lookup, writing) and the
   search for imported packages' summaries.  */

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libiberty/libiberty.h>

#include "goescape/engine/engine.h"
#include "goescape/imports/imports.h"
#include "goescape/imports/summaries.h"
#include "unit.h"

static const char std_text[] =
  "# goescape summaries 1\n"
  "# a comment\n"
  "bytes.Buffer.Bytes p 1 0:1\n"
  "errors.New f 1 h0\n"
  "fmt.Fprintf f 2 h0 - h1\n"
  "image.Rectangle.Dx V 1 -\n"
  "slices.Index ? 1\n"
  "strings.Cut f 3 0:0,1:0 -\n"
  "strings.Index f 1 - -\n";

static ge_summary_file *
std_file (void)
{
  return ge_summary_file_from_buffer (xstrdup (std_text), sizeof std_text - 1);
}

static void
test_parse (void)
{
  ge_summary s;
  CHECK (ge_summary_parse ("f 2 h0 - h1,0:2", 15, &s));
  CHECK (s.kind == 'f' && s.nresults == 2 && s.nparams == 3);
  CHECK (ge_leaks_heap (&s.tags[0]) == 0 && ge_leaks_result (&s.tags[0], 0) < 0);
  CHECK (ge_leaks_empty (&s.tags[1]));
  CHECK (ge_leaks_heap (&s.tags[2]) == 1 && ge_leaks_result (&s.tags[2], 0) == 2);
  CHECK (ge_summary_parse ("p 0", 3, &s) && s.nparams == 0);
  CHECK (!ge_summary_parse ("x 1 -", 5, &s));    /* unknown kind */
  CHECK (!ge_summary_parse ("f 1 h", 5, &s));    /* heap without level */
  CHECK (!ge_summary_parse ("f 1 9:0", 7, &s));  /* no result 9 */
  CHECK (!ge_summary_parse ("f 1  -", 6, &s));   /* empty tag */
  CHECK (!ge_summary_parse ("f", 1, &s));
}

static void
test_lookup (void)
{
  ge_summary_file *f = std_file ();
  ge_summary s;
  CHECK (ge_summary_file_lookup (f, "strings.Cut", &s));
  CHECK (s.nresults == 3 && ge_leaks_result (&s.tags[0], 1) == 0);
  /* Every line is found, first and last included.  */
  const char *keys[] = { "bytes.Buffer.Bytes", "errors.New", "fmt.Fprintf",
                         "image.Rectangle.Dx", "slices.Index", "strings.Cut",
                         "strings.Index" };
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
    CHECK (ge_summary_file_lookup (f, keys[i], &s));
  CHECK (!ge_summary_file_lookup (f, "strings.In", &s));
  CHECK (!ge_summary_file_lookup (f, "strings.Indexx", &s));
  CHECK (!ge_summary_file_lookup (f, "a", &s));
  CHECK (!ge_summary_file_lookup (f, "zz", &s));
  CHECK (!ge_summary_file_lookup (f, "#", &s));
  CHECK (ge_summary_file_has_prefix (f, "strings."));
  CHECK (ge_summary_file_has_prefix (f, "bytes."));
  CHECK (!ge_summary_file_has_prefix (f, "string."));
  CHECK (!ge_summary_file_has_prefix (f, "zip."));
  ge_summary_file_close (f);
}

static void
test_write (void)
{
  ge_summary s;
  memset (&s, 0, sizeof s);
  s.kind = 'V';
  s.nresults = 2;
  s.nparams = 2;
  ge_leaks_add_heap (&s.tags[0], 3);
  ge_leaks_add_result (&s.tags[0], 1, 0);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  ge_summary_write (mem, "p.T.M", &s);
  fclose (mem);
  CHECK_STREQ (buf, "p.T.M V 2 h3,1:0 -\n");
  ge_summary back;
  CHECK (ge_summary_parse (buf + 6, len - 7, &back));
  CHECK (back.kind == 'V' && memcmp (back.tags, s.tags, 2 * sizeof *s.tags) == 0);
  free (buf);
}

static void
write_file (const char *path, const char *text)
{
  FILE *f = fopen (path, "w");
  fputs (text, f);
  fclose (f);
}

static void
test_imports (void)
{
  char dir[] = "/tmp/goescape-unit-XXXXXX";
  CHECK (mkdtemp (dir) != NULL);
  char *sub = concat (dir, "/m", NULL);
  mkdir (sub, 0755);
  /* Package m/a: an object (not ELF, so no section) and its sidecar.  */
  char *obj = concat (sub, "/a.o", NULL), *esc = concat (sub, "/a.esc", NULL);
  write_file (obj, "not an object\n");
  write_file (esc, "m/a.Keep f 1 0:0\nm/a.T.M p 0 h1\n");
  /* Package p, compiled without -fgo-pkgpath: its symbols are go.p.F.  */
  char *objp = concat (dir, "/p.o", NULL), *escp = concat (dir, "/p.esc", NULL);
  write_file (objp, "");
  write_file (escp, "go.p.F f 0 h0\n");
  /* Package m/b: found, without summaries.  */
  char *objb = concat (sub, "/libb.a", NULL);
  write_file (objb, "!<arch>\n");

  ge_imports *im = ge_imports_new ();
  ge_imports_set_stdlib (im, std_file ());
  ge_imports_add_dir (im, "/nonexistent");
  ge_imports_add_dir (im, dir);
  ge_summary s;
  const char *pkg;
  bool first;
  CHECK (ge_imports_lookup (im, "fmt.Fprintf", &s, &pkg, &first) == GE_IMPORT_FOUND);
  CHECK (ge_imports_lookup (im, "slices.Index", &s, &pkg, &first) == GE_IMPORT_UNKNOWN);
  CHECK (ge_imports_lookup (im, "strings.unexported", &s, &pkg, &first)
         == GE_IMPORT_UNKNOWN);
  CHECK (ge_imports_lookup (im, "m/a.Keep", &s, &pkg, &first) == GE_IMPORT_FOUND);
  CHECK (ge_leaks_result (&s.tags[0], 0) == 0);
  CHECK (ge_imports_lookup (im, "m/a.T.M", &s, &pkg, &first) == GE_IMPORT_FOUND);
  CHECK (ge_leaks_heap (&s.tags[0]) == 1);
  CHECK (ge_imports_lookup (im, "m/a.Other", &s, &pkg, &first) == GE_IMPORT_UNKNOWN);
  CHECK (ge_imports_lookup (im, "m/b.F", &s, &pkg, &first) == GE_IMPORT_NO_SUMMARIES);
  CHECK (first && pkg && strcmp (pkg, "m/b") == 0);
  CHECK (ge_imports_lookup (im, "m/b.G", &s, &pkg, &first) == GE_IMPORT_NO_SUMMARIES);
  CHECK (!first);
  CHECK (ge_imports_lookup (im, "m/c.F", &s, &pkg, &first) == GE_IMPORT_NO_SUMMARIES);
  CHECK (ge_imports_lookup (im, "go.p.F", &s, &pkg, &first) == GE_IMPORT_FOUND);
  CHECK (ge_leaks_heap (&s.tags[0]) == 0);
  CHECK (ge_imports_lookup (im, "fmt..import", &s, &pkg, &first) == GE_IMPORT_UNKNOWN);
  ge_imports_free (im);

  unlink (obj);
  unlink (esc);
  unlink (objb);
  unlink (objp);
  unlink (escp);
  free (objp);
  free (escp);
  rmdir (sub);
  rmdir (dir);
  free (obj);
  free (esc);
  free (objb);
  free (sub);
}

/* A unit's summaries, written for importers: keys sorted, one tag per
   parameter, scalars "-".  */
static void
test_unit_summaries (void)
{
  ge_unit *u = ge_unit_new (NULL);
  ge_pos p = { "x.go", 1, 1 };
  ge_func *g = ge_func_new (u, "m/a.Keep", "Keep", p);
  ge_loc *x = ge_func_add_param (g, "x", p, true);
  ge_func_add_param (g, "n", p, false);
  ge_loc *r = ge_func_add_result (g, NULL, p);
  ge_flow (g, ge_hole_of (r), x);
  ge_func *f = ge_func_new (u, "m/a.Drop", "Drop", p);
  ge_func_add_param (f, "y", p, true);
  ge_unit_analyze (u);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream (&buf, &len);
  ge_unit_write_summaries (u, mem);
  fclose (mem);
  CHECK_STREQ (buf, "m/a.Drop f 0 -\nm/a.Keep f 1 0:0 -\n");
  free (buf);
  ge_unit_free (u);
}

int
main (void)
{
  test_parse ();
  test_lookup ();
  test_write ();
  test_imports ();
  test_unit_summaries ();
  return UNIT_DONE ();
}
