/* Unit tests: leak summaries as gc encodes them (leaks.go).  */

#include "goescape/engine/leaks.h"
#include "unit.h"

int
main (void)
{
  ge_leaks l;
  memset (&l, 0, sizeof l);
  CHECK (ge_leaks_empty (&l));
  CHECK (ge_leaks_heap (&l) == -1);

  ge_leaks_add_result (&l, 0, 2);
  ge_leaks_add_result (&l, 0, 1);
  ge_leaks_add_result (&l, 0, 3);
  CHECK (ge_leaks_result (&l, 0) == 1);  /* the minimum wins */

  ge_leaks_add_heap (&l, 1);
  ge_leaks_optimize (&l);
  CHECK (ge_leaks_result (&l, 0) == -1); /* no shorter than the heap flow */
  CHECK (ge_leaks_heap (&l) == 1);

  /* Saturation at 255 - 1 derefs.  */
  ge_leaks s;
  memset (&s, 0, sizeof s);
  ge_leaks_add_heap (&s, 1000);
  CHECK (ge_leaks_heap (&s) == 254);

  /* gc's export tag: "" for a heap leak at level 0.  */
  char buf[16];
  ge_leaks h;
  memset (&h, 0, sizeof h);
  ge_leaks_add_heap (&h, 0);
  CHECK (ge_leaks_encode (&h, buf) == 0);
  ge_leaks d = ge_leaks_decode ("", 0);
  CHECK (ge_leaks_heap (&d) == 0);

  /* A result leak round-trips, trailing zero bytes trimmed.  */
  ge_leaks r;
  memset (&r, 0, sizeof r);
  ge_leaks_add_result (&r, 1, 0);
  int n = ge_leaks_encode (&r, buf);
  CHECK (n == 4 + 3);
  CHECK (memcmp (buf, "esc:\0\0\1", 7) == 0);
  ge_leaks rt = ge_leaks_decode (buf, n);
  CHECK (ge_leaks_result (&rt, 1) == 0 && ge_leaks_heap (&rt) == -1);
  return UNIT_DONE ();
}
