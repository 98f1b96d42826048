/* goescape: unit tests of the comparison report (report/compare.h):
   categories, gccgo's notes matched to their sites, the summaries.  */

#define _GNU_SOURCE
#include <stdlib.h>

#include "unit.h"
#include "goescape/engine/report.h"
#include "goescape/report/compare.h"

static ge_pos
at (int line, int col)
{
  ge_pos p = { "a.go", line, col };
  return p;
}

static ge_loc *
site (ge_func *f, enum ge_loc_class cls, const char *name, ge_pos pos,
      bool gc_heap, enum ge_seen_kind kind, const char *how, ge_pos seen_at,
      uint64_t size)
{
  ge_loc *l = ge_loc_new (f, cls, name, pos, 1);
  l->escapes = gc_heap;
  ge_loc_seen (l, kind, size, how, seen_at);
  return l;
}

/* The compare report of the sites and notes made by FILL.  */
static char *
report (void (*fill) (ge_compare *, ge_func *))
{
  struct ge_report r;
  ge_report_init (&r, NULL, 1);
  ge_unit *u = ge_unit_new (&r);
  ge_func *f = ge_func_new (u, "p.f", "f", at (3, 6));
  ge_compare *c = ge_compare_new ();
  fill (c, f);
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&text, &len);
  ge_compare_finish (c, out, &r);
  fclose (out);
  ge_compare_free (c);
  ge_unit_free (u);
  return text;
}

static void
categories (ge_compare *c, ge_func *f)
{
  ge_loc *l;
  l = site (f, GE_LOC_EXPR, "&T{...}", at (5, 7), true, GE_SEEN_HEAP,
            "runtime.newobject", at (5, 7), 16);
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "make(map[int]int)", at (6, 11), false,
            GE_SEEN_HEAP, "runtime.makemap_small", at (6, 7), 48);
  ge_compare_site (c, l);
  /* Reported before the first: the report sorts by position.  */
  l = site (f, GE_LOC_AUTO, "x", at (4, 2), true, GE_SEEN_STACK,
            "stack variable", at (4, 2), 8);
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "1", at (7, 9), true, GE_SEEN_NOALLOC,
            "static constant", at (7, 9), 0);
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "new(int)", at (8, 9), false, GE_SEEN_STACK,
            "stack temporary", at (8, 9), 8);
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "new(int)", at (9, 9), false, GE_SEEN_NONE,
            NULL, at (9, 9), 0);
  ge_compare_site (c, l);
}

static void
test_categories (void)
{
  char *text = report (categories);
  CHECK_STREQ (text,
    "a.go:4:2: x: gc-heap/gccgo-stack: gc heap, gccgo stack (stack variable at a.go:4:2, 8 bytes)\n"
    "a.go:5:7: &T{...}: agree-heap: gc heap, gccgo heap (runtime.newobject at a.go:5:7, 16 bytes)\n"
    "a.go:6:11: make(map[int]int): gc-stack/gccgo-heap: gc stack, gccgo heap (runtime.makemap_small at a.go:6:7, 48 bytes)\n"
    "a.go:7:9: 1: gc-heap/gccgo-none: gc heap, gccgo none (static constant at a.go:7:9)\n"
    "a.go:8:9: new(int): agree-stack: gc stack, gccgo stack (stack temporary at a.go:8:9, 8 bytes)\n"
    "a.go:9:9: new(int): unknown: gc stack, gccgo unknown\n"
    "compare: func f (a.go:3:6): sites 6, agree-heap 1 (16 bytes), agree-stack 1 (8 bytes), gc-stack/gccgo-heap 1 (48 bytes), gc-heap/gccgo-stack 1 (8 bytes), gc-heap/gccgo-none 1 (0 bytes), unknown 1; notes 0, agreeing 0\n"
    "compare: file a.go: sites 6, agree-heap 1 (16 bytes), agree-stack 1 (8 bytes), gc-stack/gccgo-heap 1 (48 bytes), gc-heap/gccgo-stack 1 (8 bytes), gc-heap/gccgo-none 1 (0 bytes), unknown 1; notes 0, agreeing 0\n"
    "compare: unit: sites 6, agree-heap 1 (16 bytes), agree-stack 1 (8 bytes), gc-stack/gccgo-heap 1 (48 bytes), gc-heap/gccgo-stack 1 (8 bytes), gc-heap/gccgo-none 1 (0 bytes), unknown 1; notes 0, agreeing 0\n");
  free (text);
}

/* fmt.Println(a, s) at 7:13: gc's "... argument", a and s there; gccgo
   notes the two conversions and the slice at that position.  A stack
   variable's note is where its address is taken, lines below.  */
static void
notes (ge_compare *c, ge_func *f)
{
  ge_compare_frontend_note (c, at (7, 13), "(a) escapes to heap");
  ge_compare_frontend_note (c, at (7, 13), "(s) escapes to heap");
  ge_compare_frontend_note (c, at (7, 13), "f []{(a) ,(s) } does not escape");
  ge_compare_frontend_note (c, at (6, 15), "leaking param: s");
  ge_compare_frontend_note (c, at (9, 7), "f &(y) does not escape");
  ge_compare_frontend_note (c, at (10, 7), "f makeslice(,tmp.771954576,tmp.771954576) does not escape");
  ge_loc *l = site (f, GE_LOC_EXPR, "... argument", at (7, 13), false,
                    GE_SEEN_STACK, "stack temporary", at (7, 13), 32);
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "a", at (7, 13), true, GE_SEEN_HEAP,
            "runtime.newobject", at (7, 13), 8);
  l->seen.conversion = true;
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "s", at (7, 13), true, GE_SEEN_HEAP,
            "runtime.newobject", at (7, 13), 16);
  l->seen.conversion = true;
  ge_compare_site (c, l);
  l = site (f, GE_LOC_AUTO, "y", at (8, 2), false, GE_SEEN_STACK,
            "stack variable", at (8, 2), 8);
  l->addrtaken = true;
  ge_compare_site (c, l);
  l = site (f, GE_LOC_EXPR, "make([]int, n)", at (10, 11), true,
            GE_SEEN_HEAP, "runtime.makeslice", at (10, 7), 0);
  ge_compare_site (c, l);
}

static void
test_notes (void)
{
  char *text = report (notes);
  CHECK_STREQ (text,
    "a.go:7:13: ... argument: agree-stack: gc stack, gccgo stack (stack temporary at a.go:7:13, 32 bytes); gccgo's note: \"f []{(a) ,(s) } does not escape\"\n"
    "a.go:7:13: a: agree-heap: gc heap, gccgo heap (runtime.newobject at a.go:7:13, 8 bytes); gccgo's note: \"(a) escapes to heap\"\n"
    "a.go:7:13: s: agree-heap: gc heap, gccgo heap (runtime.newobject at a.go:7:13, 16 bytes); gccgo's note: \"(s) escapes to heap\"\n"
    "a.go:8:2: y: agree-stack: gc stack, gccgo stack (stack variable at a.go:8:2, 8 bytes); gccgo's note: \"f &(y) does not escape\"\n"
    "a.go:10:11: make([]int, n): agree-heap: gc heap, gccgo heap (runtime.makeslice at a.go:10:7); gccgo's note: \"f makeslice(,tmp,tmp) does not escape\"\n"
    "compare: func f (a.go:3:6): sites 5, agree-heap 3 (24 bytes), agree-stack 2 (40 bytes), gc-stack/gccgo-heap 0 (0 bytes), gc-heap/gccgo-stack 0 (0 bytes), gc-heap/gccgo-none 0 (0 bytes), unknown 0; notes 5, agreeing 4\n"
    "compare: file a.go: sites 5, agree-heap 3 (24 bytes), agree-stack 2 (40 bytes), gc-stack/gccgo-heap 0 (0 bytes), gc-heap/gccgo-stack 0 (0 bytes), gc-heap/gccgo-none 0 (0 bytes), unknown 0; notes 5, agreeing 4\n"
    "compare: unit: sites 5, agree-heap 3 (24 bytes), agree-stack 2 (40 bytes), gc-stack/gccgo-heap 0 (0 bytes), gc-heap/gccgo-stack 0 (0 bytes), gc-heap/gccgo-none 0 (0 bytes), unknown 0; notes 5, agreeing 4\n");
  free (text);
}

/* A stronger sighting overrides a weaker one, never the reverse.  */
static void
test_seen_order (void)
{
  struct ge_report r;
  ge_report_init (&r, NULL, 1);
  ge_unit *u = ge_unit_new (&r);
  ge_func *f = ge_func_new (u, "p.f", "f", at (3, 6));
  ge_loc *l = ge_loc_new (f, GE_LOC_EXPR, "func literal", at (4, 7), 1);
  ge_loc_seen (l, GE_SEEN_NOALLOC, 0, "static function value", at (4, 7));
  ge_loc_seen (l, GE_SEEN_STACK, 24, "stack temporary", at (4, 7));
  CHECK (l->seen.kind == GE_SEEN_STACK && l->seen.size == 24);
  ge_loc_seen (l, GE_SEEN_NOALLOC, 0, "static function value", at (4, 7));
  CHECK (l->seen.kind == GE_SEEN_STACK);
  ge_loc_seen (l, GE_SEEN_HEAP, 24, "runtime.newobject", at (4, 7));
  CHECK (l->seen.kind == GE_SEEN_HEAP);
  ge_loc_seen (l, GE_SEEN_STACK, 24, "stack temporary", at (4, 7));
  CHECK (l->seen.kind == GE_SEEN_HEAP);
  CHECK (ge_compare_category_of (l) == GE_CMP_GC_STACK_GCCGO_HEAP);
  ge_unit_free (u);
}

int
main (void)
{
  test_categories ();
  test_notes ();
  test_seen_order ();
  return UNIT_DONE ();
}
