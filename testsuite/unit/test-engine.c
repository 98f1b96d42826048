/* Unit tests: the engine's rules, each on a graph built through the API
   as the GIMPLE reader would build it for a small Go function.  The
   expected reports are what gc 1.19 prints (go tool compile -p p -m -l)
   for the Go code quoted beside each test.  */

#include <stdlib.h>

#include "goescape/engine/engine.h"
#include "goescape/engine/report.h"
#include "unit.h"

static struct ge_report rep;
static char *buf;
static size_t len;

static ge_unit *
start (void)
{
  FILE *out = open_memstream (&buf, &len);
  ge_report_init (&rep, out, 1);
  ge_unit *u = ge_unit_new (&rep);
  ge_unit_add_file (u, "u.go");
  return u;
}

/* Analyse, and return the report (owned by the caller).  */
static char *
finish (ge_unit *u)
{
  ge_unit_analyze (u);
  fclose (rep.out);
  ge_unit_free (u);
  return buf;
}

static ge_pos
at (int line, int col)
{
  ge_pos p = { "u.go", line, col };
  return p;
}

/* func f() *int { x := 42; return &x }  */
static void
test_return_address (void)
{
  ge_unit *u = start ();
  ge_func *f = ge_func_new (u, "p.f", "f", at (3, 1));
  ge_loc *r = ge_func_add_result (f, NULL, at (3, 10));
  ge_loc *x = ge_loc_new (f, GE_LOC_AUTO, "x", at (4, 2), 1);
  ge_flow (f, ge_hole_shift (ge_hole_of (r), -1), x);
  char *got = finish (u);
  CHECK_STREQ (got, "u.go:4:2: moved to heap: x\n");
  free (got);
}

/* var g *int
   func leak(p *int) { g = p }               leaking param: p
   func id(p *int) *int { return p }         leaking param: p to result ~r0 level=0
   func content(pp **int) { g = *pp }        leaking param content: pp
   func deref2(pp ***int) *int { return **pp }  ... to result ~r0 level=2
   func none(p *int) int { return *p }       p does not escape  */
static void
test_param_tags (void)
{
  ge_unit *u = start ();
  ge_func *leak = ge_func_new (u, "p.leak", "leak", at (3, 1));
  ge_loc *p = ge_func_add_param (leak, "p", at (3, 11), true);
  ge_flow (leak, ge_hole_of (ge_heap (u)), p);

  ge_func *id = ge_func_new (u, "p.id", "id", at (4, 1));
  p = ge_func_add_param (id, "p", at (4, 9), true);
  ge_loc *r = ge_func_add_result (id, NULL, at (4, 17));
  ge_flow (id, ge_hole_of (r), p);

  ge_func *content = ge_func_new (u, "p.content", "content", at (5, 1));
  ge_loc *pp = ge_func_add_param (content, "pp", at (5, 14), true);
  ge_flow (content, ge_hole_shift (ge_hole_of (ge_heap (u)), 1), pp);

  ge_func *d2 = ge_func_new (u, "p.deref2", "deref2", at (6, 1));
  pp = ge_func_add_param (d2, "pp", at (6, 13), true);
  r = ge_func_add_result (d2, NULL, at (6, 24));
  ge_flow (d2, ge_hole_shift (ge_hole_of (r), 2), pp);

  ge_func *none = ge_func_new (u, "p.none", "none", at (7, 1));
  ge_func_add_param (none, "p", at (7, 11), true);
  ge_func_add_result (none, NULL, at (7, 19));

  char *got = finish (u);
  CHECK_STREQ (got, "u.go:3:11: leaking param: p\n"
                    "u.go:4:9: leaking param: p to result ~r0 level=0\n"
                    "u.go:5:14: leaking param content: pp\n"
                    "u.go:6:13: leaking param: pp to result ~r0 level=2\n"
                    "u.go:7:11: p does not escape\n");
  free (got);
}

/* func loop() { var l *int; for i := 0; i < 3; i++ { l = new(int) }; _ = l }
     -> new(int) escapes to heap   (l outlives the loop's allocation)
   func inLoop() int { s := 0; for ... { p := new(int); s += *p }; return s }
     -> new(int) does not escape  */
static void
test_loop_depth (void)
{
  ge_unit *u = start ();
  ge_func *f = ge_func_new (u, "p.loop", "loop", at (5, 1));
  ge_loc *l = ge_loc_new (f, GE_LOC_AUTO, "l", at (6, 6), 1);
  ge_spill (f, ge_hole_of (l), "new(int)", at (8, 10), 2);

  ge_func *g = ge_func_new (u, "p.inLoop", "inLoop", at (13, 1));
  ge_func_add_result (g, NULL, at (13, 15));
  ge_loc *p = ge_loc_new (g, GE_LOC_AUTO, "p", at (16, 3), 2);
  ge_spill (g, ge_hole_of (p), "new(int)", at (16, 11), 2);

  char *got = finish (u);
  CHECK_STREQ (got, "u.go:8:10: new(int) escapes to heap\n"
                    "u.go:16:11: new(int) does not escape\n");
  free (got);
}

/* func big() int { b := new([100000]int); return b[0] }
   plus the variables and new(T) of too-large.go; gc:
     moved to heap: buf / new([100000]int) escapes / new([100]int) does not  */
static void
test_too_large (void)
{
  ge_unit *u = start ();
  ge_func *f = ge_func_new (u, "p.big", "big", at (22, 1));
  ge_loc *b = ge_loc_new (f, GE_LOC_AUTO, "b", at (23, 2), 1);
  ge_loc *n = ge_spill (f, ge_hole_of (b), "new([100000]int)", at (23, 10), 1);
  ge_loc_set_size (n, 800000);
  /* var buf [11 << 20]byte; var ok [9 << 20]byte: only buf exceeds
     10 MiB.  */
  ge_loc *buf = ge_loc_new (f, GE_LOC_AUTO, "buf", at (24, 6), 1);
  ge_loc_set_size (buf, 11u << 20);
  ge_loc *ok = ge_loc_new (f, GE_LOC_AUTO, "ok", at (25, 6), 1);
  ge_loc_set_size (ok, 9u << 20);
  /* new([100]int) stays under 64 KiB.  */
  ge_loc *small = ge_spill (f, ge_hole_of (b), "new([100]int)", at (26, 10), 1);
  ge_loc_set_size (small, 800);
  char *got = finish (u);
  CHECK_STREQ (got, "u.go:24:6: moved to heap: buf\n"
                    "u.go:23:10: new([100000]int) escapes to heap\n"
                    "u.go:26:10: new([100]int) does not escape\n");
  free (got);
}

/* func leak(p *int) { g = p }
   func caller() { var z int; leak(&z) }
   The caller is declared first, yet gc reports the callee first, and the
   caller sees the callee's tag.  */
static void
test_interprocedural (void)
{
  ge_unit *u = start ();
  ge_func *caller = ge_func_new (u, "p.caller", "caller", at (29, 1));
  ge_func *leak = ge_func_new (u, "p.leak", "leak", at (40, 1));
  ge_loc *z = ge_loc_new (caller, GE_LOC_AUTO, "z", at (30, 6), 1);
  ge_call *c = ge_call_new (caller, leak, at (31, 6), "leak(&z)", 1);
  ge_call_arg (c, 0, z, -1, NULL);

  ge_loc *p = ge_func_add_param (leak, "p", at (40, 11), true);
  ge_flow (leak, ge_hole_of (ge_heap (u)), p);

  char *got = finish (u);
  CHECK_STREQ (got, "u.go:40:11: leaking param: p\n"
                    "u.go:30:6: moved to heap: z\n");
  free (got);
}

/* Mutual recursion is one batch: the parameters of both functions are
   tagged before any location is reported, and a result flowing into the
   other function's result leaks to the heap.
   func mutualA(p *int, n int) *int { if n == 0 { return p }; return mutualB(p, n-1) }
   func mutualB(q *int, n int) *int { var y int; gp = &y; return mutualA(q, n) }  */
static void
test_mutual_recursion (void)
{
  ge_unit *u = start ();
  ge_func *a = ge_func_new (u, "p.mutualA", "mutualA", at (18, 1));
  ge_func *b = ge_func_new (u, "p.mutualB", "mutualB", at (25, 1));
  ge_loc *p = ge_func_add_param (a, "p", at (18, 14), true);
  ge_func_add_param (a, "n", at (18, 22), false);
  ge_loc *ra = ge_func_add_result (a, NULL, at (18, 29));
  ge_loc *q = ge_func_add_param (b, "q", at (25, 14), true);
  ge_func_add_param (b, "n", at (25, 22), false);
  ge_loc *rb = ge_func_add_result (b, NULL, at (25, 29));
  ge_loc *y = ge_loc_new (b, GE_LOC_AUTO, "y", at (26, 6), 1);

  ge_flow (a, ge_hole_of (ra), p);
  ge_call *c = ge_call_new (a, b, at (22, 16), "mutualB(p, n - 1)", 1);
  ge_call_result (c, 0, ge_hole_of (ra));
  ge_call_arg (c, 0, p, 0, NULL);

  ge_flow (b, ge_hole_shift (ge_hole_of (ge_heap (u)), -1), y);
  c = ge_call_new (b, a, at (28, 16), "mutualA(q, n)", 1);
  ge_call_result (c, 0, ge_hole_of (rb));
  ge_call_arg (c, 0, q, 0, NULL);

  char *got = finish (u);
  CHECK_STREQ (got, "u.go:18:14: leaking param: p\n"
                    "u.go:25:14: leaking param: q\n"
                    "u.go:26:6: moved to heap: y\n");
  free (got);
}

/* -m=0 is silent.  */
static void
test_silent (void)
{
  ge_unit *u = start ();
  ge_unit_set_verbosity (u, 0);
  ge_func *f = ge_func_new (u, "p.f", "f", at (3, 1));
  ge_func_add_param (f, "p", at (3, 8), true);
  char *got = finish (u);
  CHECK_STREQ (got, "");
  free (got);
}

/* A function literal assigned to a global, capturing Y (gc, -m=2 for the
   capture lines; lines 5-36 of the file below).  SETUP decides what else
   happens to y.  Returns the report.  */
enum capture_case { CAP_PLAIN, CAP_REASSIGN_BEFORE, CAP_REASSIGN_AFTER,
                    CAP_REASSIGN_IN_LOOP, CAP_ADDR, CAP_BIG };

static char *
capture (enum capture_case c, int m)
{
  ge_unit *u = start ();
  ge_unit_set_verbosity (u, m);
  ge_func *f = ge_func_new (u, "p.f", "f", at (5, 1));
  ge_loc *y = ge_loc_new (f, GE_LOC_AUTO, "y", at (6, 2), 1);
  int depth = c == CAP_REASSIGN_IN_LOOP ? 2 : 1;
  if (c == CAP_REASSIGN_BEFORE || c == CAP_REASSIGN_IN_LOOP)
    ge_reassign (f, y);
  if (c == CAP_ADDR)
    {
      ge_loc *p = ge_loc_new (f, GE_LOC_AUTO, "p", at (7, 2), 1);
      ge_flow (f, ge_hole_shift (ge_hole_of (p), -1), y);
    }
  ge_func *clo = ge_func_new (u, "p.f..func1", "f.func1", at (8, 9));
  ge_loc *lit = ge_loc_new (f, GE_LOC_EXPR, "func literal", at (8, 9), depth);
  ge_closure_bind (lit, clo, depth);
  ge_closure_capture (clo, "y1", y, c == CAP_BIG ? 136 : 8);
  ge_flow (f, ge_hole_shift (ge_hole_of (ge_heap (u)), -1), lit);
  if (c == CAP_REASSIGN_AFTER)
    ge_reassign (f, y);
  return finish (u);
}

/* var sink func() int
   func f() { y := 2; sink = func() int { return y } }   by value
   ...; y = 3 before the literal                        by value
   ...; y = 3 after it                                  by ref: moved to heap
   for ... { y = i; sink = func() int { return y } }    by ref
   p := &y                                              by ref
   var y [17]int64 (136 bytes)                          by ref  */
static void
test_closure_capture (void)
{
  static const char lit_escapes[] = "u.go:8:9: func literal escapes to heap\n";
  char *got = capture (CAP_PLAIN, 1);
  CHECK_STREQ (got, "u.go:8:9: func literal escapes to heap\n");
  free (got);
  got = capture (CAP_REASSIGN_BEFORE, 1);
  CHECK_STREQ (got, lit_escapes);
  free (got);
  got = capture (CAP_REASSIGN_AFTER, 1);
  CHECK_STREQ (got, "u.go:6:2: moved to heap: y\n"
                    "u.go:8:9: func literal escapes to heap\n");
  free (got);
  got = capture (CAP_REASSIGN_IN_LOOP, 1);
  CHECK_STREQ (got, "u.go:6:2: moved to heap: y\n"
                    "u.go:8:9: func literal escapes to heap\n");
  free (got);
  got = capture (CAP_ADDR, 1);
  CHECK_STREQ (got, "u.go:6:2: moved to heap: y\n"
                    "u.go:8:9: func literal escapes to heap\n");
  free (got);

  got = capture (CAP_PLAIN, 2);
  CHECK (strstr (got, "u.go:6:2: f capturing by value: y (addr=false "
                      "assign=false width=8)\n") != NULL);
  free (got);
  got = capture (CAP_REASSIGN_AFTER, 2);
  CHECK (strstr (got, "u.go:6:2: f capturing by ref: y (addr=false "
                      "assign=true width=8)\n") != NULL);
  free (got);
  got = capture (CAP_ADDR, 2);
  CHECK (strstr (got, "u.go:6:2: f capturing by ref: y (addr=true "
                      "assign=false width=8)\n") != NULL);
  free (got);
  got = capture (CAP_BIG, 2);
  CHECK (strstr (got, "u.go:6:2: f capturing by ref: y (addr=false "
                      "assign=false width=136)\n") != NULL);
  free (got);
}

/* var gp *int
   func leakInside(p *int) { func() { gp = p }() }
     -> leaking param: p / func literal does not escape
   func retClosure(q *int) func() int { return func() int { return *q } }
     -> leaking param: q / func literal escapes to heap
   The closures' bodies are read before their literals are bound, as
   gccgo compiles them first.  */
static void
test_closure_bodies (void)
{
  ge_unit *u = start ();
  ge_func *c1 = ge_func_new (u, "p.leakInside..func1", "leakInside.func1",
                             at (29, 2));
  ge_flow (c1, ge_hole_of (ge_heap (u)), ge_closure_slot (c1, "p1"));
  ge_func *c2 = ge_func_new (u, "p.retClosure..func1", "retClosure.func1",
                             at (33, 9));
  ge_func_add_result (c2, NULL, at (33, 20));

  ge_func *f = ge_func_new (u, "p.leakInside", "leakInside", at (28, 1));
  ge_loc *p = ge_func_add_param (f, "p", at (28, 17), true);
  ge_loc *lit = ge_loc_new (f, GE_LOC_EXPR, "func literal", at (29, 2), 1);
  ge_closure_bind (lit, c1, 1);
  ge_closure_capture (c1, "p1", p, 8);
  ge_call_new (f, c1, at (29, 20), NULL, 1);

  ge_func *g = ge_func_new (u, "p.retClosure", "retClosure", at (32, 1));
  ge_loc *q = ge_func_add_param (g, "q", at (32, 17), true);
  ge_loc *r = ge_func_add_result (g, NULL, at (32, 25));
  lit = ge_loc_new (g, GE_LOC_EXPR, "func literal", at (33, 9), 1);
  ge_closure_bind (lit, c2, 1);
  ge_closure_capture (c2, "q1", q, 8);
  ge_flow (g, ge_hole_shift (ge_hole_of (r), -1), lit);

  char *got = finish (u);
  CHECK_STREQ (got, "u.go:28:17: leaking param: p\n"
                    "u.go:29:2: func literal does not escape\n"
                    "u.go:32:17: leaking param: q\n"
                    "u.go:33:9: func literal escapes to heap\n");
  free (got);
}

/* func (b *B) swap() { b.x = b.y }: gc reports the ignored assignment
   while walking, before the parameter's tag.  */
static void
test_walk_report (void)
{
  ge_unit *u = start ();
  ge_func *f = ge_func_new (u, "p.B.swap", "(*B).swap", at (15, 1));
  ge_func_add_param (f, "b", at (15, 7), true);
  ge_walk_report (f, at (16, 6), "ignoring self-assignment in b.x = b.y");
  char *got = finish (u);
  CHECK_STREQ (got, "u.go:16:6: (*B).swap ignoring self-assignment in "
                    "b.x = b.y\n"
                    "u.go:15:7: b does not escape\n");
  free (got);
}

/* var sink *int; func f() { sink = new(int) }, at -m=2: the spill's
   note keeps its text after the reader's buffer is reused.  */
static void
test_spill_note_text (void)
{
  FILE *out = open_memstream (&buf, &len);
  ge_report_init (&rep, out, 2);
  ge_unit *u = ge_unit_new (&rep);
  ge_unit_set_verbosity (u, 2);
  ge_unit_add_file (u, "u.go");
  ge_func *f = ge_func_new (u, "p.f", "f", at (4, 1));
  char text[16];
  strcpy (text, "new(int)");
  ge_spill (f, ge_hole_of (ge_heap (u)), text, at (5, 12), 1);
  memset (text, 'X', sizeof text - 1);
  char *got = finish (u);
  CHECK (strstr (got, "from new(int) (spill) at u.go:5:12\n") != NULL);
  CHECK (strchr (got, 'X') == NULL);
  free (got);
}

int
main (void)
{
  test_spill_note_text ();
  test_closure_capture ();
  test_closure_bodies ();
  test_walk_report ();
  test_return_address ();
  test_param_tags ();
  test_loop_depth ();
  test_too_large ();
  test_interprocedural ();
  test_mutual_recursion ();
  test_silent ();
  return UNIT_DONE ();
}
