/* goescape: gccgo's own escape notes as summaries (imports=gccgo).

   gccgo's export data (the .go_export section of a package's object or
   .gox file, format "v3") carries its escape analysis's verdict on each
   parameter of each exported function and method as a note,
   "p <esc:0x12> <type 42>".  The encoding is the one gc used before Go
   1.13 (gofrontend/escape.h):

     bits 0-2  ESCAPE_UNKNOWN 0, NONE 1, RETURN 2, SCOPE 3, HEAP 4, NEVER 5
     bit 3     the parameter's content escapes to the heap
     bits 4+   three bits per result i: level + 1 of the flow into it

   Turned into summary lines (summaries.h), they let the engine judge a
   call with gccgo's verdicts instead of gc's: a research instrument for
   how much of the difference between the compilers comes from
   summaries.  A parameter without a note has none to give: unknown, it
   leaks, as gc assumes for a function it knows nothing of.  */

#define _GNU_SOURCE  /* memmem */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "goescape/imports/gccgo-notes.h"
#include "goescape/vec.h"

struct text
{
  const char *p, *end;
};

struct lines
{
  char **v;
  size_t n, alloc;
};

/* The first S in [P, END), or NULL.  */
static const char *
find (const char *p, const char *end, const char *s)
{
  return p < end ? (const char *) memmem (p, end - p, s, strlen (s)) : NULL;
}

/* Type N's definition (what follows "type N "), by number.  */
struct types
{
  const char **def;
  size_t n;
};

static const char *
type_def (const struct types *t, long n)
{
  return n >= 0 && (size_t) n < t->n ? t->def[n] : NULL;
}

/* The tag of a parameter whose note is ESC (-1: no note).  */
static void
put_tag (char *buf, size_t size, long esc, int nresults)
{
  size_t used = 0;
  buf[0] = '\0';
  int kind = esc < 0 ? 0 : (int) (esc & 7);
  if (kind == 0 || kind == 4)
    {
      snprintf (buf, size, "h0");
      return;
    }
  if (kind == 5)
    {
      snprintf (buf, size, "-");
      return;
    }
  if (esc & 8)
    used += snprintf (buf + used, size - used, "h1");
  for (int i = 0; i < nresults && i < 9; i++)
    {
      int lvl = (int) ((esc >> (4 + 3 * i)) & 7);
      if (lvl && used < size)
        used += snprintf (buf + used, size - used, "%s%d:%d",
                          used ? "," : "", i, lvl - 1);
    }
  if (used == 0)
    snprintf (buf, size, "-");
}

/* The parameters in the parenthesis at P (its "("): each one's note
   (-1 if none) into ESC, at most MAX.  Returns the count, and the
   position after the ")" in *AFTER.  */
static int
params (const char *p, const char *end, long *esc, int max,
        const char **after)
{
  int n = 0, depth = 0;
  bool any = false;
  long note = -1;
  for (; p < end; p++)
    {
      if (*p == '(' || *p == '[' || *p == '{')
        {
          if (depth++ == 0)
            continue;
        }
      else if (*p == ')' || *p == ']' || *p == '}')
        {
          if (--depth == 0)
            {
              if (any && n < max)
                esc[n++] = note;
              *after = p + 1;
              return n;
            }
        }
      else if (depth == 1 && *p == ',')
        {
          if (n < max)
            esc[n++] = note;
          note = -1;
          any = false;
          continue;
        }
      else if (depth == 1 && end - p > 5 && strncmp (p, "<esc:", 5) == 0)
        note = strtol (p + 5, NULL, 0);
      if (depth >= 1 && *p != ' ')
        any = true;
    }
  *after = end;
  return n;
}

/* The number of results written at P: nothing, "<type N>", or a
   parenthesized list.  */
static int
results (const char *p, const char *end)
{
  while (p < end && *p == ' ')
    p++;
  if (p < end && *p == '(')
    {
      long esc[64];
      const char *after;
      return params (p, end, esc, 64, &after);
    }
  return end - p > 5 && strncmp (p, "<type", 5) == 0 ? 1 : 0;
}

static void
add_line (struct lines *l, char *s)
{
  *GE_VEC_PUSH (l->v, l->n, l->alloc) = s;
}

/* A function or method line from P ("func ..." after any indentation),
   as a summary line under PKG (and TYPE for a method).  */
static void
func_line (struct lines *out, const struct types *types, const char *pkg,
           const char *type, const char *p, const char *end)
{
  long esc[64];
  int n = 0;
  char kind = 'f';
  p += 5;  /* "func " */
  if (*p == '(')
    {
      if (!type)
        return;
      /* The receiver: "(b <esc:0x1> <type 27>)".  */
      const char *after;
      n = params (p, end, esc, 1, &after);
      const char *tref = find (p, after, "<type ");
      long tn = tref ? strtol (tref + 6, NULL, 10) : -1;
      const char *def = type_def (types, tn);
      if (def && *def == '*')
        kind = 'p';
      else
        {
          /* A named type: what underlies it decides how gccgo passes
             it (by itself if pointer-shaped).  */
          const char *u = def ? find (def, end, "<type ") : NULL;
          const char *ud = u ? type_def (types, strtol (u + 6, NULL, 10))
                             : NULL;
          kind = ud && (*ud == '*' || strncmp (ud, "map", 3) == 0
                        || strncmp (ud, "chan", 4) == 0
                        || strncmp (ud, "func", 4) == 0
                        || *ud == '(')
                 ? 'v' : 'V';
        }
      p = after;
      while (p < end && *p == ' ')
        p++;
    }
  const char *name = p;
  while (p < end && *p != ' ' && *p != '(')
    p++;
  size_t name_len = p - name;
  /* "<p2>Compare": another package's function, declared for inlining.  */
  if (name_len == 0 || *name == '<')
    return;
  /* Unexported names start with a dot.  */
  if (*name == '.')
    name++, name_len--;
  while (p < end && *p == ' ')
    p++;
  if (p >= end || *p != '(')
    return;
  const char *after;
  n += params (p, end, esc + n, 64 - n, &after);
  int nres = results (after, end);
  /* The name copied first: xasprintf sizes its buffer with the strlen
     of every string argument, and NAME points into the export data.  */
  char *nm = xstrndup (name, name_len);
  char *line = type ? xasprintf ("%s.%s.%s %c %d", pkg, type, nm, kind, nres)
                    : xasprintf ("%s.%s %c %d", pkg, nm, kind, nres);
  free (nm);
  for (int i = 0; i < n; i++)
    {
      char tag[96];
      put_tag (tag, sizeof tag, esc[i], nres);
      char *longer = concat (line, " ", tag, NULL);
      free (line);
      line = longer;
    }
  add_line (out, line);
}

static int
line_cmp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

char *
ge_gccgo_notes_summaries (const char *text, size_t len, size_t *out_len)
{
  const char *p = text, *end = text + len;
  struct lines out = { NULL, 0, 0 };
  struct types types = { NULL, 0 };
  char *pkg = NULL, *type = NULL;

  /* First pass: the type definitions, by number.  */
  for (const char *l = p; l < end;)
    {
      const char *nl = memchr (l, '\n', end - l);
      const char *le = nl ? nl : end;
      if (le - l > 5 && strncmp (l, "type ", 5) == 0)
        {
          char *q;
          long n = strtol (l + 5, &q, 10);
          if (q > l + 5 && n >= 0 && n < 1000000 && *q == ' ')
            {
              if ((size_t) n >= types.n)
                {
                  size_t m = (size_t) n + 64;
                  types.def = XRESIZEVEC (const char *, types.def, m);
                  memset (types.def + types.n, 0,
                          (m - types.n) * sizeof *types.def);
                  types.n = m;
                }
              types.def[n] = q + 1;
            }
        }
      l = nl ? nl + 1 : end;
    }

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      const char *q = p;
      while (q < le && *q == ' ')
        q++;
      if (q == p && le - p > 8 && strncmp (p, "pkgpath ", 8) == 0)
        {
          free (pkg);
          pkg = xstrndup (p + 8, le - p - 8);
          if (*pkg && pkg[strlen (pkg) - 1] == ';')
            pkg[strlen (pkg) - 1] = '\0';
        }
      else if (q == p && le - p > 5 && strncmp (p, "type ", 5) == 0)
        {
          /* type N "Name" <type M>: Name's methods follow, indented.
             Another package's type ("io.Reader") has none here; this
             package's unexported ones are ".pkg.name".  */
          free (type);
          type = NULL;
          const char *s = memchr (p, '"', le - p);
          const char *e = s ? memchr (s + 1, '"', le - s - 1) : NULL;
          if (s && e)
            {
              const char *nm = s + 1;
              if (*nm == '.')
                {
                  const char *d = memchr (nm + 1, '.', e - nm - 1);
                  nm = d ? d + 1 : e;
                }
              if (nm < e && !memchr (nm, '.', e - nm))
                type = xstrndup (nm, e - nm);
            }
        }
      else if (pkg && le - q > 5 && strncmp (q, "func ", 5) == 0)
        func_line (&out, &types, pkg, q == p ? NULL : type, q, le);
      else if (q == p)
        {
          free (type);
          type = NULL;
        }
      /* An inlinable body of N bytes follows its function's line.  */
      const char *inl = find (p, le, "<inl:");
      p = nl ? nl + 1 : end;
      if (inl)
        {
          long n = strtol (inl + 5, NULL, 10);
          p = n > 0 && n <= end - p ? p + n : p;
          const char *next = memchr (p, '\n', end - p);
          if (p > text && p[-1] != '\n')
            p = next ? next + 1 : end;
        }
    }
  free (pkg);
  free (type);
  free (types.def);

  qsort (out.v, out.n, sizeof *out.v, line_cmp);
  size_t total = 0;
  for (size_t i = 0; i < out.n; i++)
    total += strlen (out.v[i]) + 1;
  char *buf = XNEWVEC (char, total + 1);
  size_t at = 0;
  for (size_t i = 0; i < out.n; i++)
    {
      size_t n = strlen (out.v[i]);
      memcpy (buf + at, out.v[i], n);
      buf[at + n] = '\n';
      at += n + 1;
      free (out.v[i]);
    }
  buf[at] = '\0';
  free (out.v);
  *out_len = at;
  return buf;
}
