/* goescape: gccgo-12's runtime entry points (see goescape/gccgo/runtime.h).  */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "goescape/gccgo/runtime.h"

struct known
{
  const char *name;
  bool prefix;          /* NAME is a prefix of a family */
  int nargs;            /* what gccgo-12 passes; -1 any */
  struct ge_rt_entry e;
};

/* Exact names first, then families by prefix.  */
static const struct known table[] = {
  { "runtime.newobject", false, -1, { GE_RT_NEWOBJECT, false, false } },
  { "runtime.makeslice", false, -1, { GE_RT_MAKESLICE, false, false } },
  { "runtime.makeslice64", false, -1, { GE_RT_MAKESLICE, false, false } },
  { "runtime.makemap", false, -1, { GE_RT_MAKEMAP, false, false } },
  { "runtime.makemap64", false, -1, { GE_RT_MAKEMAP, false, false } },
  { "runtime.makemap__small", false, -1, { GE_RT_MAKEMAP, false, false } },
  { "__go_go", false, 2, { GE_RT_GO, false, false } },
  { "runtime.deferproc", false, 3, { GE_RT_DEFER, false, false } },
  { "runtime.deferprocStack", false, 4, { GE_RT_DEFER, false, false } },
  { "runtime.gopanic", false, 1, { GE_RT_PANIC, false, false } },
  { "runtime.growslice", false, 5, { GE_RT_GROWSLICE, false, false } },
  { "runtime.typedslicecopy", false, 5,
    { GE_RT_SLICECOPY, false, false } },
  { "runtime.chansend1", false, 2, { GE_RT_CHANSEND, false, false } },
  /* The generic entry takes the key's address; mapassign_fast32 and
     kin take it by value.  */
  { "runtime.mapassign", false, 3, { GE_RT_MAPASSIGN, true, false } },
  { "runtime.mapiterinit", false, 3,
    { GE_RT_MAPITERINIT, false, false } },
  { "runtime.concatstrings", false, -1, { GE_RT_CONCAT, false, false } },
  { "runtime.slicebytetostring", false, -1,
    { GE_RT_STRING_CONV, false, true } },
  { "runtime.slicerunetostring", false, -1,
    { GE_RT_STRING_CONV, false, true } },
  { "runtime.intstring", false, -1,
    { GE_RT_STRING_CONV, false, true } },
  { "runtime.stringtoslicebyte", false, -1,
    { GE_RT_STRING_CONV, false, false } },
  { "runtime.stringtoslicerune", false, -1,
    { GE_RT_STRING_CONV, false, false } },
  { "runtime.selectgo", false, 5, { GE_RT_SELECT, false, false } },
  { "__go_construct_map", false, -1,
    { GE_RT_MAP_LITERAL, false, false } },
  { "runtime.mapassign", true, 3, { GE_RT_MAPASSIGN, false, false } },
  { "runtime.iface", true, -1, { GE_RT_TYPE_ASSERT, false, false } },
  { "runtime.assert", true, -1, { GE_RT_TYPE_ASSERT, false, false } },
};

/* The exact names of the table, sorted, made on first use: a compile
   asks this of every call it reads.  */
static const struct known *exact[sizeof table / sizeof table[0]];
static size_t nexact;

static int
known_cmp (const void *a, const void *b)
{
  return strcmp ((*(const struct known *const *) a)->name,
                 (*(const struct known *const *) b)->name);
}

static int
name_cmp (const void *key, const void *elt)
{
  return strcmp ((const char *) key, (*(const struct known *const *) elt)->name);
}

static const struct known *lookup (const char *name);

/* The names asked for last, by address (a callee's name is its
   identifier's text, asked for at each of its calls), each checked
   against a copy: an address may be reused for another text.  */
static struct
{
  const char *name;
  char copy[48];
  const struct known *k;
} recent[64];

static const struct known *
find (const char *name)
{
  if (!name)
    return NULL;
  uintptr_t a = (uintptr_t) name;
  unsigned slot = (unsigned) ((a >> 3) ^ (a >> 9)) % 64;
  if (recent[slot].name == name && strcmp (recent[slot].copy, name) == 0)
    return recent[slot].k;
  const struct known *k = lookup (name);
  if (strlen (name) < sizeof recent[slot].copy)
    {
      recent[slot].name = name;
      strcpy (recent[slot].copy, name);
      recent[slot].k = k;
    }
  return k;
}

static const struct known *
lookup (const char *name)
{
  /* Most calls are of Go functions: every name of the table starts
     with one of these two.  */
  if (strncmp (name, "runtime.", 8) != 0
      && strncmp (name, "__go_", 5) != 0)
    return NULL;
  if (nexact == 0)
    {
      for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (!table[i].prefix)
          exact[nexact++] = &table[i];
      qsort (exact, nexact, sizeof exact[0], known_cmp);
    }
  const struct known *const *k = bsearch (name, exact, nexact,
                                          sizeof exact[0], name_cmp);
  if (k)
    return *k;
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (table[i].prefix
        && strncmp (name, table[i].name, strlen (table[i].name)) == 0)
      return &table[i];
  return NULL;
}

bool
ge_gccgo_allocates (enum ge_rt_role role)
{
  return role == GE_RT_NEWOBJECT || role == GE_RT_MAKESLICE
         || role == GE_RT_MAKEMAP;
}

bool
ge_gccgo_is_runtime (const char *name)
{
  /* runtime.Stack, runtime.Func.Name: package runtime's API, called as
     any package's functions are (the standard library's summaries have
     them); gccgo's entry points are unexported.  */
  return name && strncmp (name, "runtime.", 8) == 0
         && !(name[8] >= 'A' && name[8] <= 'Z');
}

struct ge_rt_entry
ge_gccgo_runtime_call (const char *name, int nargs)
{
  const struct known *k = find (name);
  if (k && (k->nargs < 0 || k->nargs == nargs))
    return k->e;
  struct ge_rt_entry none = { ge_gccgo_is_runtime (name) ? GE_RT_LOWERING
                                                          : GE_RT_NONE,
                              false, false };
  return none;
}

enum ge_rt_role
ge_gccgo_runtime_role (const char *name)
{
  const struct known *k = find (name);
  return k ? k->e.role : ge_gccgo_is_runtime (name) ? GE_RT_LOWERING
                                                     : GE_RT_NONE;
}
