/* goescape: the unit and its allocator.  Everything the engine makes
   for a unit lives on the unit's obstack and goes with ge_unit_free.  */

#include <stdarg.h>
#include <string.h>

#include "internal.h"

static hashval_t
func_hash (const void *p)
{
  return htab_hash_string (((const ge_func *) p)->name);
}

static int
func_eq (const void *a, const void *b)
{
  return strcmp (((const ge_func *) a)->name, (const char *) b) == 0;
}

ge_unit *
ge_unit_new (struct ge_report *report)
{
  ge_unit *u = XCNEW (ge_unit);
  obstack_init (&u->ob);
  u->report = report;
  u->func_by_name = htab_create_alloc (64, func_hash, func_eq, NULL,
                                       xcalloc, free);
  u->heap.cls = GE_LOC_HEAP;
  u->heap.escapes = true;
  u->heap.name = "{heap}";
  u->blank.cls = GE_LOC_BLANK;
  u->blank.name = "_";
  return u;
}

void
ge_unit_free (ge_unit *u)
{
  if (!u)
    return;
  htab_delete (u->func_by_name);
  obstack_free (&u->ob, NULL);
  free (u);
}

void *
ge_unit_fresh (void *u, size_t size)
{
  return ge_alloc ((ge_unit *) u, size);
}

void *
ge_alloc (ge_unit *u, size_t size)
{
  void *p = obstack_alloc (&u->ob, size);
  memset (p, 0, size);
  return p;
}

const char *
ge_strdup (ge_unit *u, const char *s)
{
  return s ? obstack_copy0 (&u->ob, s, strlen (s)) : NULL;
}

const char *
ge_printf (ge_unit *u, const char *fmt, ...)
{
  va_list ap;
  char *tmp;
  va_start (ap, fmt);
  tmp = xvasprintf (fmt, ap);
  va_end (ap);
  const char *r = ge_strdup (u, tmp);
  free (tmp);
  return r;
}

void
ge_unit_set_origin (ge_unit *u, const void *origin)
{
  u->origin = origin;
}

void
ge_unit_set_verbosity (ge_unit *u, int m)
{
  if (u->report)
    u->report->verbosity = m;
}

int
ge_unit_verbosity (const ge_unit *u)
{
  return u->report ? u->report->verbosity : 0;
}

void
ge_unit_note (ge_unit *u, ge_pos pos, const char *msg)
{
  struct ge_unit_remark *r = GE_PUSH (u, u->remarks, u->nremarks,
                                      u->remarks_alloc);
  r->pos = pos;
  r->msg = msg;
}

ge_loc *
ge_heap (ge_unit *u)
{
  return &u->heap;
}

ge_loc *
ge_blank (ge_unit *u)
{
  return &u->blank;
}
