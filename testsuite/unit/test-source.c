/* Unit tests: reading Go source (signatures, allocating expressions).  */

#include <stdlib.h>

#include "goescape/source.h"
#include "unit.h"

static const char *src =
  "package p\n"
  "\n"
  "func (t *T) m(a, b *int, _ string, c ...int) (r *int, err error) {\n"
  "\tx := new(User)\n"
  "\ty := &pkg.T{f: 1} // a comment\n"
  "\tz := &T{ } /* empty */\n"
  "\treturn nil, nil\n"
  "}\n"
  "func two(*int, []string) *int\n";

int
main (void)
{
  char path[] = "/tmp/goescape-unit-XXXXXX.go";
  int fd = mkstemps (path, 3);
  CHECK (fd >= 0);
  FILE *f = fdopen (fd, "w");
  fputs (src, f);
  fclose (f);

  struct ge_src_signature sig;
  CHECK (ge_src_signature (path, 3, 1, &sig));
  CHECK (sig.has_recv);
  CHECK (sig.nparams == 5);
  CHECK_STREQ (sig.params[0].name, "t");
  CHECK (sig.params[0].line == 3 && sig.params[0].col == 7);
  CHECK_STREQ (sig.params[1].name, "a");
  CHECK_STREQ (sig.params[2].name, "b");
  CHECK (sig.params[2].col == 18);
  CHECK_STREQ (sig.params[3].name, "_");
  CHECK_STREQ (sig.params[4].name, "c");
  CHECK (sig.nresults == 2);
  CHECK_STREQ (sig.results[0].name, "r");
  CHECK_STREQ (sig.results[1].name, "err");
  ge_src_signature_free (&sig);

  /* Unnamed parameters and a single unnamed result.  */
  CHECK (ge_src_signature (path, 9, 1, &sig));
  CHECK (!sig.has_recv && sig.nparams == 2);
  CHECK (sig.params[0].name == NULL && sig.params[1].name == NULL);
  CHECK (sig.nresults == 1 && sig.results[0].name == NULL);
  ge_src_signature_free (&sig);

  char text[128];
  int col = 0;
  CHECK (ge_src_alloc_at (path, 4, 7, text, sizeof text, &col) == GE_SRC_NEW);
  CHECK_STREQ (text, "new(User)");
  CHECK (col == 10);  /* gc places a call at its parenthesis */
  CHECK (ge_src_alloc_at (path, 5, 7, text, sizeof text, &col)
         == GE_SRC_PTRLIT);
  CHECK_STREQ (text, "&pkg.T{...}");
  CHECK (col == 7);
  CHECK (ge_src_alloc_at (path, 6, 7, text, sizeof text, &col)
         == GE_SRC_PTRLIT);
  CHECK_STREQ (text, "&T{}");  /* gc shows {} for a literal without elements */
  CHECK (ge_src_alloc_at (path, 4, 2, text, sizeof text, &col) == GE_SRC_NONE);
  CHECK (ge_src_ident_at (path, 4, 2, "x"));
  CHECK (!ge_src_ident_at (path, 4, 2, "xy"));

  /* Positions off the file fail softly.  */
  CHECK (!ge_src_signature (path, 99, 1, &sig));
  CHECK (ge_src_alloc_at (path, 4, 999, text, sizeof text, &col) == GE_SRC_NONE);
  CHECK (!ge_src_signature ("/nonexistent/x.go", 1, 1, &sig));

  ge_src_reset ();
  remove (path);
  return UNIT_DONE ();
}
