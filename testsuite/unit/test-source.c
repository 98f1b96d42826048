/* Unit tests: reading Go source (signatures, allocating expressions).  */

#include <stdlib.h>

#include "goescape/source/source.h"
#include "unit.h"

/* The source layer's context for the test's files.  */
static ge_src_unit *su;

static const char *src =
  "package p\n"
  "\n"
  "func (t *T) m(a, b *int, _ string, c ...int) (r *int, err error) {\n"
  "\tx := new(User)\n"
  "\ty := &pkg.T{f: 1} // a comment\n"
  "\tz := &T{ } /* empty */\n"
  "\treturn nil, nil\n"
  "}\n"
  "func two(*int, []string) *int\n"
  "func (b B) val() { f := func(x *int, y int) (r *int) { return x }; _ = f }\n"
  "\tb.buf = b.buf[:0]\n"                      /* 11 */
  "\tb.p, b.q = b.q, b.p\n"                    /* 12 */
  "\ts[i] = s[i+1]; s[f()] = s[0]\n"           /* 13 */
  "\tb.in.a = b.in.b\n"                        /* 14 */
  "\tb.p = c.p\n"                              /* 15 */
  "\t*b = (*b)[n:m]\n"                         /* 16 */
  "\tb.x = b.y + 1\n"                          /* 17 */
  "\tb.a[len(b.a)-1] = b.a[0]\n"               /* 18 */
  "\tb.r -= b.w; b.r += 1\n"                    /* 19 */
  "\tm := make(map[string][]int, len(s)*2+1)\n"  /* 20 */
  "\treturn func() func() *int { return nil }\n" /* 21 */
  "\tgo func(a *int) {\n"                      /* 22 */
  "\t\t_ = a\n"                                /* 23 */
  "\t}(new(int))\n"                             /* 24 */
  "\tdefer s.f(g(1), 2)\n"                      /* 25 */
  "\tgo func() { x++ }()\n"                     /* 26 */
  "\t_ = func() int { return 1 }\n"             /* 27 */
  "\tif false { _ = func() {} }\n"              /* 28 */
  "\t_ = func() int { return 2 }()\n";          /* 29 */

int
main (void)
{
  su = ge_src_unit_new (NULL, 0);
  char path[] = "/tmp/goescape-unit-XXXXXX.go";
  UNIT_WRITE_GO (path, src);

  struct ge_src_signature sig;
  CHECK (ge_src_signature (su, path, 3, 1, &sig));
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
  CHECK (ge_src_signature (su, path, 9, 1, &sig));
  CHECK (!sig.has_recv && sig.nparams == 2);
  CHECK (sig.params[0].name == NULL && sig.params[1].name == NULL);
  CHECK (sig.nresults == 1 && sig.results[0].name == NULL);
  ge_src_signature_free (&sig);

  char text[128];
  int col = 0;
  CHECK (ge_src_alloc_at (su, path, 4, 7, text, sizeof text, &col) == GE_SRC_NEW);
  CHECK_STREQ (text, "new(User)");
  CHECK (col == 10);  /* gc places a call at its parenthesis */
  CHECK (ge_src_alloc_at (su, path, 5, 7, text, sizeof text, &col)
         == GE_SRC_PTRLIT);
  CHECK_STREQ (text, "&pkg.T{...}");
  CHECK (col == 7);
  CHECK (ge_src_alloc_at (su, path, 6, 7, text, sizeof text, &col)
         == GE_SRC_PTRLIT);
  CHECK_STREQ (text, "&T{}");  /* gc shows {} for a literal without elements */
  CHECK (ge_src_alloc_at (su, path, 4, 2, text, sizeof text, &col) == GE_SRC_NONE);
  CHECK (ge_src_ident_at (su, path, 4, 2, "x"));
  CHECK (!ge_src_ident_at (su, path, 4, 2, "xy"));

  /* go and defer: the literal called, the first argument.  */
  int l = 0, c = 0;
  CHECK (ge_src_go_defer_funclit (su, path, 22, 2, &l, &c) && l == 22 && c == 5);
  CHECK (ge_src_go_defer_first_arg (su, path, 22, 2, &l, &c) && l == 24 && c == 4);
  CHECK (!ge_src_go_defer_funclit (su, path, 25, 2, &l, &c));
  CHECK (ge_src_go_defer_first_arg (su, path, 25, 2, &l, &c) && l == 25 && c == 12);
  CHECK (ge_src_go_defer_funclit (su, path, 26, 2, &l, &c) && l == 26 && c == 5);
  CHECK (!ge_src_go_defer_first_arg (su, path, 26, 2, &l, &c));
  CHECK (!ge_src_go_defer_funclit (su, path, 23, 3, &l, &c));
  /* A literal assigned to "_": live, dead (if false), or called.  */
  CHECK (ge_src_blank_funclit (su, path, 27, 6));
  CHECK (!ge_src_blank_funclit (su, path, 28, 17));
  CHECK (!ge_src_blank_funclit (su, path, 29, 6));

  /* A function literal: its parameters and results, and its position.  */
  CHECK (ge_src_signature (su, path, 10, 25, &sig));
  CHECK (!sig.has_recv && sig.nparams == 2);
  CHECK_STREQ (sig.params[0].name, "x");
  CHECK (sig.params[0].col == 30);
  CHECK (sig.nresults == 1);
  CHECK_STREQ (sig.results[0].name, "r");
  ge_src_signature_free (&sig);
  CHECK (ge_src_alloc_at (su, path, 10, 25, text, sizeof text, &col)
         == GE_SRC_FUNCLIT);
  /* A literal whose result type starts with a keyword.  */
  CHECK (ge_src_signature (su, path, 21, 9, &sig));
  CHECK (!sig.has_recv && sig.nparams == 0 && sig.nresults == 1);
  ge_src_signature_free (&sig);
  CHECK_STREQ (text, "func literal");

  /* make: gc's position is the parenthesis; arguments as gc prints.  */
  CHECK (ge_src_alloc_at (su, path, 20, 7, text, sizeof text, &col)
         == GE_SRC_MAKE);
  CHECK_STREQ (text, "make(map[string][]int, len(s) * 2 + 1)");
  CHECK (col == 11);

  /* gc's function names.  */
  CHECK (ge_src_func_name (su, path, 3, 1, text, sizeof text));
  CHECK_STREQ (text, "(*T).m");
  CHECK (ge_src_func_name (su, path, 9, 1, text, sizeof text));
  CHECK_STREQ (text, "two");
  CHECK (ge_src_func_name (su, path, 10, 1, text, sizeof text));
  CHECK_STREQ (text, "B.val");

  /* gc's self-assignment rule and its rendering of the statement, as
     gc 1.19 prints them ("ignoring self-assignment in ...").  */
  bool all;
  CHECK (ge_src_self_assign (su, path, 11, 8, true, text, sizeof text, &all) == 1);
  CHECK_STREQ (text, "b.buf = b.buf[:0]");
  CHECK (all);
  /* The same statement on a struct value is an ODOT: not ignored.  */
  CHECK (ge_src_self_assign (su, path, 11, 8, false, text, sizeof text, &all)
         == 0);
  CHECK (ge_src_self_assign (su, path, 12, 11, true, text, sizeof text, &all)
         == 2);
  CHECK_STREQ (text, "b.p, b.q = b.q, b.p");
  CHECK (ge_src_self_assign (su, path, 13, 7, true, text, sizeof text, &all) == 1);
  CHECK_STREQ (text, "s[i] = s[i + 1]");
  /* A call in an index may affect memory.  */
  CHECK (ge_src_self_assign (su, path, 13, 24, true, text, sizeof text, &all)
         == 0);
  CHECK (ge_src_self_assign (su, path, 14, 9, true, text, sizeof text, &all) == 1);
  CHECK (ge_src_self_assign (su, path, 15, 6, true, text, sizeof text, &all) == 0);
  CHECK (ge_src_self_assign (su, path, 16, 5, true, text, sizeof text, &all) == 1);
  CHECK_STREQ (text, "*b = (*b)[n:m]");
  CHECK (ge_src_self_assign (su, path, 17, 6, true, text, sizeof text, &all) == 0);
  CHECK (ge_src_self_assign (su, path, 18, 18, true, text, sizeof text, &all)
         == 1);
  CHECK_STREQ (text, "b.a[len(b.a) - 1] = b.a[0]");
  /* Operator assignments: gc compares destination and operand.  */
  CHECK (ge_src_self_assign (su, path, 19, 6, true, text, sizeof text, &all) == 1);
  CHECK_STREQ (text, "b.r -= b.w");
  CHECK (ge_src_self_assign (su, path, 19, 18, true, text, sizeof text, &all)
         == 0);
  /* Not an assignment operator there.  */
  CHECK (ge_src_self_assign (su, path, 11, 2, true, text, sizeof text, &all)
         == -1);

  /* Positions off the file fail softly.  */
  CHECK (!ge_src_signature (su, path, 99, 1, &sig));
  CHECK (ge_src_alloc_at (su, path, 4, 999, text, sizeof text, &col) == GE_SRC_NONE);
  CHECK (!ge_src_signature (su, "/nonexistent/x.go", 1, 1, &sig));

  ge_src_unit_free (su);
  remove (path);
  return UNIT_DONE ();
}
