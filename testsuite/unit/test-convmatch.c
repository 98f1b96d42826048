/* Unit tests: picking the source operand of an interface conversion
   from what the GIMPLE says of its box.  */

#include <string.h>

#include "goescape/gcc/convmatch.h"
#include "unit.h"

static struct ge_src_conv
op (char construct, int index, int count, const char *name, char lit)
{
  struct ge_src_conv s;
  memset (&s, 0, sizeof s);
  s.construct = construct;
  s.index = index;
  s.count = count;
  s.constant = lit != 0;
  s.lit = lit;
  strcpy (s.name, name);
  strcpy (s.text, lit ? "lit" : name);
  return s;
}

static struct ge_conv_facts
facts (void)
{
  struct ge_conv_facts c;
  memset (&c, 0, sizeof c);
  c.result = c.arg = c.elem = c.field_index = -1;
  return c;
}

int
main (void)
{
  /* return a, b: the box goes to result 1.  */
  struct ge_src_conv ret[2] = { op ('r', 0, 2, "a", 0), op ('r', 1, 2, "b", 0) };
  struct ge_conv_facts c = facts ();
  c.result = 1;
  CHECK (ge_conv_pick (&c, ret, 2, 0) == 1);

  /* f(x, y): argument 0 of 2; x.m(y, z) passes the receiver first, so
     gccgo's argument 1 is the source's 0.  */
  struct ge_src_conv call[2] = { op ('c', 0, 2, "x", 0), op ('c', 1, 2, "y", 0) };
  c = facts ();
  c.arg = 0, c.call_nargs = 2;
  CHECK (ge_conv_pick (&c, call, 2, 0) == 0);
  c.arg = 1, c.call_nargs = 3;
  CHECK (ge_conv_pick (&c, call, 2, 0) == 0);

  /* fmt.Printf(f, a, b): element 1 of the 2-element ... array is the
     source's third operand.  */
  struct ge_src_conv va[3] = { op ('c', 0, 3, "f", 0), op ('c', 1, 3, "a", 0),
                               op ('c', 2, 3, "b", 0) };
  c = facts ();
  c.elem = 1, c.nelems = 2;
  CHECK (ge_conv_pick (&c, va, 3, 0) == 2);

  /* sink, s = x, "s": a string constant fits the string literal.  */
  struct ge_src_conv as[2] = { op ('a', 0, 2, "x", 0), op ('a', 1, 2, "", 's') };
  c = facts ();
  c.constant = true, c.type = "string";
  CHECK (ge_conv_pick (&c, as, 2, 0) == 1);
  c.type = "int";
  CHECK (ge_conv_fit (&c, &as[1]) == 1);
  CHECK (ge_conv_fit (&c, &as[0]) == 0);

  /* The boxed variable's name decides between two variables, and an
     operand taken by another conversion is skipped.  */
  struct ge_src_conv vs[2] = { op ('a', 0, 2, "x", 0), op ('a', 1, 2, "y", 0) };
  c = facts ();
  c.value = "y";
  CHECK (ge_conv_pick (&c, vs, 2, 0) == 1);
  CHECK (ge_conv_pick (&c, vs, 2, 2u) == 0);
  CHECK (ge_conv_pick (&c, vs, 2, 3u) == -1);
  /* &FormatError{int64(off), "msg", s.kind}: the box goes to field 2,
     val; the variable's name says nothing (a field read).  */
  struct ge_src_conv lit[3] = { op ('l', 0, 3, "", 0), op ('l', 1, 3, "", 's'),
                                op ('l', 2, 3, "", 0) };
  c = facts ();
  c.field = "val";
  c.field_index = 2;
  CHECK (ge_conv_pick (&c, lit, 3, 0) == 2);
  /* FormatError{val: s.kind, off: 1}: by key, not by place.  */
  struct ge_src_conv keyed[2] = { op ('l', 0, 2, "", 0), op ('l', 1, 2, "", 'i') };
  strcpy (keyed[0].key, "val");
  strcpy (keyed[1].key, "off");
  CHECK (ge_conv_pick (&c, keyed, 2, 0) == 0);
  c.field = "off";
  c.field_index = 0;
  CHECK (ge_conv_pick (&c, keyed, 2, 0) == 1);
  return UNIT_DONE ();
}
