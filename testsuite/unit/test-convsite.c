/* Unit tests: where and how gc reports interface conversions, read from
   the source at the positions gccgo gives them (plugin/convsite.c).
   Every expected position and text below is gc 1.19's.  */

#include <stdlib.h>
#include <unistd.h>

#include "goescape/source/source.h"
#include "unit.h"

/* The source layer's context for the test's files.  */
static ge_src_unit *su;

static const char *src =
  "package p\n"
  "\n"
  "import \"fmt\"\n"
  "\n"
  "const msg = \"hello\"\n"
  "\n"
  "func f(x int, s S, m map[int]int) {\n"          /* 7 */
  "\tfmt.Println(\"x\", x, s)\n"                    /* 8 */
  "\treturn 1, x\n"                                /* 9 */
  "\tsink = x\n"                                   /* 10 */
  "\tvar i interface{} = s.f\n"                    /* 11 */
  "\tk := interface{}(x)\n"                        /* 12 */
  "\th(s.f, x, msg, x + 1)\n"                      /* 13 */
  "\tpanic(x)\n"                                   /* 14 */
  "\t_ = []interface{}{x, msg: 1}\n"               /* 15 */
  "\tc <- x\n"                                     /* 16 */
  "\th(m[x], T{1}, struct{}{}, func() {}, 'r', 1.5, i.(int))\n" /* 17 */
  "\treturn E(x - 1)\n"                            /* 18 */
  "}\n";

static struct ge_src_conv ops[16];

static int
at (const char *path, int line, int col)
{
  memset (ops, 0, sizeof ops);
  return ge_src_conv_operands (su, path, line, col, ops, 16);
}

#define CHECK_OP(i, l, c, want)                                          \
  do                                                                     \
    {                                                                    \
      CHECK (ops[i].line == (l) && ops[i].col == (c));                   \
      CHECK_STREQ (ops[i].text, want);                                   \
    }                                                                    \
  while (0)

int
main (void)
{
  su = ge_src_unit_new (NULL, 0);
  char dir[] = "/tmp/goescape-unit-XXXXXX";
  CHECK (mkdtemp (dir) != NULL);
  char path[sizeof dir + 8];
  snprintf (path, sizeof path, "%s/x.go", dir);
  FILE *f = fopen (path, "w");
  fputs (src, f);
  fclose (f);

  /* A variadic call: the first argument with a position of its own
     places the variables after it.  */
  CHECK (at (path, 8, 6) == 3);
  CHECK_OP (0, 8, 14, "\"x\"");
  CHECK (ops[0].constant && ops[0].lit == 's' && ops[0].construct == 'c');
  CHECK_OP (1, 8, 14, "x");
  CHECK_STREQ (ops[1].name, "x");
  CHECK_OP (2, 8, 14, "s");
  CHECK (ops[2].index == 2 && ops[2].count == 3);

  /* A return: from the last visited node of its results.  */
  CHECK (at (path, 9, 2) == 2);
  CHECK_OP (1, 9, 9, "x");
  CHECK (ops[1].construct == 'r' && ops[1].index == 1);

  /* An assignment: at the last visited node of its left side.  */
  CHECK (at (path, 10, 7) == 1);
  CHECK_OP (0, 10, 2, "x");

  /* A declaration: at the last visited node of its value.  */
  CHECK (at (path, 11, 6) == 1);
  CHECK_OP (0, 11, 22, "s.f");

  /* A conversion written in the source: whole, at its parenthesis.  */
  CHECK (at (path, 12, 18) == 1);
  CHECK_OP (0, 12, 18, "(interface {})(x)");
  CHECK (ops[0].explicit_conv);

  /* Selectors at their dot; constants, variables and operators.  */
  CHECK (at (path, 13, 2) == 4);
  CHECK_OP (0, 13, 5, "s.f");
  CHECK_OP (1, 13, 5, "x");
  CHECK_OP (2, 13, 12, "msg");
  CHECK (ops[2].constant && ops[2].lit == 0);
  CHECK_OP (3, 13, 19, "x + 1");

  /* A builtin converts at the last visited node of the whole call.  */
  CHECK (at (path, 14, 2) == 1);
  CHECK_OP (0, 14, 8, "x");
  CHECK (ops[0].construct == 'b');

  /* Literal elements: where they are; keyed ones at the colon.  */
  CHECK (at (path, 15, 6) == 2);
  CHECK_OP (0, 15, 20, "x");
  CHECK_OP (1, 15, 26, "1");

  /* A send: at the value.  */
  CHECK (at (path, 16, 4) == 1);
  CHECK_OP (0, 16, 7, "x");

  /* gc's renderings of other operands.  */
  CHECK (at (path, 17, 2) == 7);
  CHECK_OP (0, 17, 5, "m[x]");
  CHECK_OP (1, 17, 11, "T{...}");
  CHECK_OP (2, 17, 24, "struct {}{}");
  CHECK_OP (3, 17, 28, "func literal");
  CHECK_OP (4, 17, 39, "'r'");
  CHECK (ops[4].lit == 'r');
  CHECK_OP (5, 17, 44, "1.5");
  CHECK (ops[5].lit == 'f');
  CHECK_OP (6, 17, 50, "i.(int)");

  /* A conversion to a named type, then to the result's interface.  */
  CHECK (at (path, 18, 2) == 1);
  CHECK_OP (0, 18, 10, "E(x - 1)");

  /* Nothing at a position that is not a construct's.  */
  CHECK (at (path, 7, 1) == 0);
  CHECK (at (path, 99, 1) == 0);

  ge_src_unit_free (su);
  remove (path);
  rmdir (dir);
  return UNIT_DONE ();
}
