/* Unit tests: functions declared without a body, read from the source
   (directives, parameter type classes), and gc's tags for them.  The
   expected reports are what gc 1.19 prints for the same declarations.  */

#include <stdlib.h>
#include <unistd.h>

#include <libiberty/libiberty.h>

#include "goescape/source/bodiless.h"
#include "goescape/gcc/declare-bodiless.h"
#include "goescape/engine/report.h"
#include "goescape/source/source.h"
#include "unit.h"

/* The source layer's context for the test's files.  */
static ge_src_unit *su;

static const char *src =
  "package p\n"
  "import (\"os\"; \"unsafe\")\n"
  "type handle uintptr\n"
  "type (\n"
  "\tref uint64\n"
  "\tpair struct{ a, b int; c [2]handle }\n"
  "\tholder struct {\n"
  "\t\tn int\n"
  "\t\tp *int `tag`\n"
  "\t}\n"
  "\talias = *pair\n"
  ")\n"
  "\n"
  "//go:noescape\n"                                            /* 14 */
  "func sum(p *int, b []byte, n int) int\n"                    /* 15 */
  "func body(p *int) int { return *p }\n"                      /* 16 */
  "// keep is assembly.\n"                                     /* 17 */
  "func keep(a, b *int, h handle, r ref, v pair, w holder, x alias,\n"
  "\tf func(int) (int, error), s string, u unsafe.Pointer, q os.File)\n"
  "//go:linkname hash runtime.memhash\n"                       /* 20 */
  "//go:noescape\n"
  "\n"
  "func hash(unsafe.Pointer, uintptr, [4]uintptr) (uintptr, bool)\n"
  "var f = func(p *int) {}\n"                                  /* 24 */
  "// methods without a body are not read\n"                   /* 25 */
  "func last(c chan<- int) func() {\n"                         /* 26 */
  "\treturn nil\n"
  "}\n";

static void
test_read (const char *path)
{
  int n;
  struct ge_src_bodiless *v = ge_src_bodiless_funcs (su, path, &n);
  CHECK (n == 3);
  if (n != 3)
    return;

  CHECK_STREQ (v[0].name, "sum");
  CHECK (v[0].noescape && v[0].linkname == NULL);
  CHECK (v[0].line == 15 && v[0].col == 6);
  CHECK (v[0].nparams == 3 && v[0].nresults == 1);
  CHECK_STREQ (v[0].params[1].name, "b");
  CHECK (v[0].params[1].line == 15 && v[0].params[1].col == 18);
  CHECK (v[0].params[0].cls == GE_SRC_TYPE_POINTERS);
  CHECK (v[0].params[1].cls == GE_SRC_TYPE_POINTERS);
  CHECK (v[0].params[2].cls == GE_SRC_TYPE_SCALAR);

  CHECK_STREQ (v[1].name, "keep");
  CHECK (!v[1].noescape && v[1].nparams == 11 && v[1].nresults == 0);
  static const enum ge_src_type_class want[] = {
    GE_SRC_TYPE_POINTERS, GE_SRC_TYPE_POINTERS, /* a, b *int */
    GE_SRC_TYPE_UINTPTR,                        /* handle */
    GE_SRC_TYPE_SCALAR,                         /* ref */
    GE_SRC_TYPE_SCALAR,                         /* pair: no pointers */
    GE_SRC_TYPE_POINTERS,                       /* holder.p */
    GE_SRC_TYPE_POINTERS,                       /* alias = *pair */
    GE_SRC_TYPE_POINTERS,                       /* func */
    GE_SRC_TYPE_POINTERS,                       /* string */
    GE_SRC_TYPE_POINTERS,                       /* unsafe.Pointer */
    GE_SRC_TYPE_POINTERS                        /* another package's */
  };
  for (int i = 0; i < 11 && i < v[1].nparams; i++)
    CHECK (v[1].params[i].cls == want[i]);
  CHECK (v[1].params[10].line == 19);

  CHECK_STREQ (v[2].name, "hash");
  CHECK_STREQ (v[2].linkname, "runtime.memhash");
  CHECK (v[2].noescape && v[2].nparams == 3 && v[2].nresults == 2);
  CHECK (v[2].params[0].name == NULL);
  CHECK (v[2].params[1].cls == GE_SRC_TYPE_UINTPTR);
  CHECK (v[2].params[2].cls == GE_SRC_TYPE_SCALAR);
  CHECK (v[2].params[1].line == 23 && v[2].params[1].col == 27);
  ge_src_bodiless_free (v, n);
}

/* What gc reports for them.  */
static void
test_tags (const char *path)
{
  char *out;
  size_t len;
  struct ge_report rep;
  FILE *f = open_memstream (&out, &len);
  ge_report_init (&rep, f, 1);
  ge_unit *u = ge_unit_new (&rep);
  ge_unit_add_file (u, path);
  ge_declare_bodiless (u, su, path, "p");
  CHECK (ge_func_lookup (u, "p.sum") != NULL);
  CHECK (ge_func_lookup (u, "runtime.memhash") != NULL);
  CHECK (ge_func_lookup (u, "p.hash") == NULL);
  ge_unit_analyze (u);
  fclose (f);
  ge_unit_free (u);
  const char *lines[] = {
    "15:10: p does not escape", "15:18: b does not escape",
    "18:11: leaking param: a", "18:14: leaking param: b",
    "18:22: assuming h is unsafe uintptr", "18:47: leaking param: w",
    "18:57: leaking param: x", "19:2: leaking param: f",
    "19:28: leaking param: s", "19:38: leaking param: u",
    "19:56: leaking param: q", "23:27: assuming arg#2 is unsafe uintptr",
    NULL
  };
  /* Nothing else: gc says nothing of scalars or of functions with a
     body (analysed from GIMPLE, not declared here).  */
  int nl = 0;
  for (const char *c = out; *c; c++)
    nl += *c == '\n';
  CHECK (nl == 12);
  for (int i = 0; lines[i]; i++)
    {
      char *l = concat (path, ":", lines[i], "\n", NULL);
      CHECK (strstr (out, l) != NULL);
      free (l);
    }
  free (out);
}

int
main (void)
{
  su = ge_src_unit_new (NULL, 0);
  char dir[] = "/tmp/goescape-unit-XXXXXX";
  CHECK (mkdtemp (dir) != NULL);
  char *path = concat (dir, "/b.go", NULL);
  FILE *f = fopen (path, "w");
  fputs (src, f);
  fclose (f);
  test_read (path);
  test_tags (path);
  ge_src_unit_free (su);
  unlink (path);
  rmdir (dir);
  free (path);
  return UNIT_DONE ();
}
