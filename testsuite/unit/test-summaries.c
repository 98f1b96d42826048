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
  "# a comment\n"
  "bytes.Buffer.Bytes p 1 0:1\n"
  "errors.New f 1 h0\n"
  "fmt.Fprintf f 2 h0 - h1\n"
  "image.Rectangle.Dx V 1 -\n"
  "slices.Index ? 1\n"
  "strings.Cut f 3 0:0,1:0 -\n"
  "strings.Index f 1 - -\n";

/* BODY with the header that vouches for it (xmalloc'd).  */
static char *
with_header (const char *body)
{
  char header[128];
  ge_summary_header (body, strlen (body), header, sizeof header);
  return concat (header, body, NULL);
}

static ge_summary_file *
std_file (void)
{
  char *text = with_header (std_text);
  char err[256];
  return ge_summary_file_from_buffer (text, strlen (text), err, sizeof err);
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

/* A summary file whose header vouches for BODY.  */
static void
write_summaries (const char *path, const char *body)
{
  char *text = with_header (body);
  write_file (path, text);
  free (text);
}

/* A summary text, damaged or not, is told by its header.  */
static void
test_integrity (void)
{
  char err[256];
  size_t body;
  char *good = with_header (std_text);
  size_t n = strlen (good);
  CHECK (strncmp (good, "# goescape summaries 3 8 ", 25) == 0);
  CHECK (ge_summary_check (good, n, &body, err, sizeof err));
  CHECK (body == (size_t) (strchr (good, '\n') - good) + 1);
  /* Truncated anywhere after the header, one byte altered, no header,
     another version.  */
  CHECK (!ge_summary_check (good, n - 1, &body, err, sizeof err));
  CHECK (strstr (err, "damaged") != NULL);
  CHECK (!ge_summary_check (good, n - 30, &body, err, sizeof err));
  CHECK (strstr (err, "truncated") != NULL);
  good[n - 5] ^= 1;
  CHECK (!ge_summary_check (good, n, &body, err, sizeof err));
  CHECK (strstr (err, "altered") != NULL);
  good[n - 5] ^= 1;
  CHECK (!ge_summary_check (std_text, sizeof std_text - 1, &body, err,
                            sizeof err));
  CHECK (strstr (err, "no header") != NULL);
  const char old[] = "# goescape summaries 1\nerrors.New f 1 h0\n";
  CHECK (!ge_summary_check (old, sizeof old - 1, &body, err, sizeof err));
  CHECK (strstr (err, "format 1") != NULL);
  CHECK (!ge_summary_check ("", 0, &body, err, sizeof err));
  char *copy = xstrdup (good);
  copy[40] = '\0';  /* a NUL inside: the bytes differ */
  ge_summary_file *f = ge_summary_file_from_buffer (copy, n, err, sizeof err);
  CHECK (f == NULL);
  free (good);

  /* Files: damaged, a FIFO (which would block), a folder.  */
  char dir[] = "/tmp/goescape-unit-XXXXXX";
  CHECK (mkdtemp (dir) != NULL);
  char *bad = concat (dir, "/bad.esc", NULL);
  write_file (bad, "# goescape summaries 3 3 00000000\nx f 0\n");
  CHECK (ge_summary_file_open (bad, err, sizeof err) == NULL);
  CHECK (strstr (err, bad) != NULL && strstr (err, "damaged") != NULL);
  char *fifo = concat (dir, "/fifo", NULL);
  CHECK (mkfifo (fifo, 0600) == 0);
  CHECK (ge_summary_file_open (fifo, err, sizeof err) == NULL);
  CHECK (strstr (err, "not a regular file") != NULL);
  CHECK (ge_summary_file_open (dir, err, sizeof err) == NULL);
  CHECK (ge_summary_file_open ("/nonexistent/std.esc", err, sizeof err)
         == NULL);
  unlink (bad);
  unlink (fifo);
  rmdir (dir);
  free (bad);
  free (fifo);
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
  write_summaries (esc, "m/a.Keep f 1 0:0\nm/a.T.M p 0 h1\n");
  /* Package p, compiled without -fgo-pkgpath: its symbols are go.p.F.  */
  char *objp = concat (dir, "/p.o", NULL), *escp = concat (dir, "/p.esc", NULL);
  write_file (objp, "");
  write_summaries (escp, "go.p.F f 0 h0\n");
  /* Package m/d: its sidecar damaged, cut short.  */
  char *objd = concat (sub, "/d.o", NULL), *escd = concat (sub, "/d.esc", NULL);
  write_file (objd, "");
  char *d = with_header ("m/d.F f 0 h0\nm/d.G f 0 -\n");
  d[strlen (d) - 8] = '\0';
  write_file (escd, d);
  free (d);
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
  /* A damaged package is unknown code, and says why, naming its file.  */
  CHECK (ge_imports_lookup (im, "m/d.F", &s, &pkg, &first) == GE_IMPORT_DAMAGED);
  CHECK (first && strcmp (pkg, "m/d") == 0);
  const char *why = ge_imports_damage (im, "m/d");
  CHECK (why && strstr (why, escd) && strstr (why, "damaged"));
  CHECK (ge_imports_lookup (im, "m/d.G", &s, &pkg, &first) == GE_IMPORT_DAMAGED);
  CHECK (!first);
  CHECK (ge_imports_damage (im, "m/a") == NULL);
  ge_imports_free (im);
  unlink (objd);
  unlink (escd);
  free (objd);
  free (escd);

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
  char *want = with_header ("m/a.Drop f 0 -\nm/a.Keep f 1 0:0 -\n");
  CHECK_STREQ (buf, want);
  free (want);
  /* A unit with nothing for importers writes nothing.  */
  ge_unit *none = ge_unit_new (NULL);
  char *empty = NULL;
  size_t elen = 0;
  FILE *m2 = open_memstream (&empty, &elen);
  ge_unit_analyze (none);
  ge_unit_write_summaries (none, m2);
  fclose (m2);
  CHECK (elen == 0);
  free (empty);
  ge_unit_free (none);
  free (buf);
  ge_unit_free (u);
}

int
main (void)
{
  test_parse ();
  test_lookup ();
  test_write ();
  test_integrity ();
  test_imports ();
  test_unit_summaries ();
  return UNIT_DONE ();
}
