/* goescape: leak summaries (port of gc's escape/leaks.go).  */

#include <string.h>

#include "goescape/engine/leaks.h"

static int
leaks_get (const ge_leaks *l, int i)
{
  return (int) l->v[i] - 1;
}

static void
leaks_set (ge_leaks *l, int i, int derefs)
{
  int v = derefs + 1;
  if (v < 0)
    v = 0;  /* gc treats this as fatal; derefs is never below -1 here.  */
  if (v > 255)
    v = 255;
  l->v[i] = (uint8_t) v;
}

static void
leaks_add (ge_leaks *l, int i, int derefs)
{
  int old = leaks_get (l, i);
  if (old < 0 || derefs < old)
    leaks_set (l, i, derefs);
}

bool
ge_leaks_empty (const ge_leaks *l)
{
  for (int i = 0; i < 1 + GE_NUM_ESC_RESULTS; i++)
    if (l->v[i])
      return false;
  return true;
}

int
ge_leaks_heap (const ge_leaks *l)
{
  return leaks_get (l, 0);
}

int
ge_leaks_result (const ge_leaks *l, int i)
{
  return leaks_get (l, 1 + i);
}

void
ge_leaks_add_heap (ge_leaks *l, int derefs)
{
  leaks_add (l, 0, derefs);
}

void
ge_leaks_add_result (ge_leaks *l, int i, int derefs)
{
  leaks_add (l, 1 + i, derefs);
}

void
ge_leaks_optimize (ge_leaks *l)
{
  int x = ge_leaks_heap (l);
  if (x < 0)
    return;
  for (int i = 0; i < GE_NUM_ESC_RESULTS; i++)
    if (ge_leaks_result (l, i) >= x)
      l->v[1 + i] = 0;
}

int
ge_leaks_encode (const ge_leaks *l, char *buf)
{
  if (ge_leaks_heap (l) == 0)
    {
      buf[0] = '\0';
      return 0;
    }
  int n = 1 + GE_NUM_ESC_RESULTS;
  while (n > 0 && l->v[n - 1] == 0)
    n--;
  memcpy (buf, "esc:", 4);
  memcpy (buf + 4, l->v, n);
  buf[4 + n] = '\0';
  return 4 + n;
}

ge_leaks
ge_leaks_decode (const char *tag, int len)
{
  ge_leaks l;
  memset (&l, 0, sizeof l);
  if (len < 4 || memcmp (tag, "esc:", 4) != 0)
    {
      ge_leaks_add_heap (&l, 0);
      return l;
    }
  for (int i = 4; i < len && i - 4 < 1 + GE_NUM_ESC_RESULTS; i++)
    l.v[i - 4] = (uint8_t) tag[i];
  return l;
}
