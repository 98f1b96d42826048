/* goescape: which parts of package-level variable initializers gc lays
   out as static data (cmd/compile/internal/staticinit).

   gc never analyses those: "var T = &RangeTable{R16: []Range16{...}}"
   becomes two symbols in the object, and no escape line is printed for
   either.  gccgo builds some of them in the package initializer, where
   the reader would see allocations.  StaticAssign's rules, on the
   source: a composite literal (&T{...}, []T{...}, T{...}, not a map) is
   static, and so are the composite literals among its elements; any
   other element, and the value itself, is computed by code, but a
   conversion of it to an interface is boxed in static storage.  A
   function literal there is a static closure.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "goescape/source/source.h"
#include "lexer.h"
#include "unit.h"
#include "goescape/vec.h"

/* The facts for one file: positions of static allocations, and the
   elements whose interface boxes are static (by position range).  */
struct static_span
{
  size_t from, to;  /* byte offsets of an element computed by code */
};

struct file_statics
{
  char *path;
  struct src_file *f;
  size_t *allocs;  /* offsets of static literals ('&' or '{') */
  size_t nallocs, allocs_alloc;
  struct static_span *spans;
  size_t nspans, spans_alloc;
};


struct toks
{
  struct tok *v;
  size_t n;
  struct src_file *f;
};

static bool
is (const struct toks *t, size_t i, const char *s)
{
  struct lexer lx = { t->f, 0, 0, 0 };
  return i < t->n && ge_lex_is (&lx, t->v[i], s);
}

static bool
opens (const struct toks *t, size_t i)
{
  return is (t, i, "(") || is (t, i, "[") || is (t, i, "{");
}

static bool
closes (const struct toks *t, size_t i)
{
  return is (t, i, ")") || is (t, i, "]") || is (t, i, "}");
}

/* The index after the bracket closing the one at I.  */
static size_t
skip_group (const struct toks *t, size_t i)
{
  int depth = 0;
  for (; i < t->n; i++)
    {
      if (opens (t, i))
        depth++;
      else if (closes (t, i) && --depth == 0)
        return i + 1;
    }
  return t->n;
}

static void
add_alloc (struct file_statics *s, size_t off)
{
  *GE_VEC_PUSH (s->allocs, s->nallocs, s->allocs_alloc) = off;
}

static void
add_span (struct file_statics *s, size_t from, size_t to)
{
  struct static_span *sp = GE_VEC_PUSH (s->spans, s->nspans, s->spans_alloc);
  sp->from = from;
  sp->to = to;
}

static void static_value (struct file_statics *s, const struct toks *t,
                          size_t a, size_t b, int depth);

/* Tokens [A, B) are a composite literal if they end with the group of a
   "{" that a type (or nothing) precedes; *BRACE gets that "{".  */
static bool
complit (const struct toks *t, size_t a, size_t b, size_t *brace)
{
  if (b <= a || !is (t, b - 1, "}"))
    return false;
  for (size_t i = a; i < b; i++)
    {
      /* interface{...} and struct{...} are part of the type.  */
      if (is (t, i, "{") && i > a
          && (is (t, i - 1, "interface") || is (t, i - 1, "struct")))
        {
          i = skip_group (t, i) - 1;
          continue;
        }
      if (is (t, i, "{"))
        {
          if (skip_group (t, i) != b)
            return false;
          *brace = i;
          /* The type: names, dots, brackets and stars, perhaps a
             function type ([]func(int){...}); not a map, not a
             function literal, not a call.  */
          bool func_type = false;
          for (size_t k = a; k < i; k++)
            {
              if (is (t, k, "map") || (is (t, k, "func") && k == a))
                return false;
              if (is (t, k, "func"))
                func_type = true;
              else if (is (t, k, "(") && !func_type)
                return false;
            }
          return true;
        }
      if (opens (t, i))
        i = skip_group (t, i) - 1;
    }
  return false;
}

/* The elements of the literal whose braces are at BRACE and CLOSE.  */
static void
static_elements (struct file_statics *s, const struct toks *t, size_t brace,
                 size_t close, int depth)
{
  size_t i = brace + 1;
  while (i < close)
    {
      size_t start = i, value = i;
      while (i < close && !is (t, i, ","))
        {
          if (is (t, i, ":") && value == start)
            value = i + 1;
          i = opens (t, i) ? skip_group (t, i) : i + 1;
        }
      if (value < i)
        static_value (s, t, value, i, depth + 1);
      i++;
    }
}

static void
static_value (struct file_statics *s, const struct toks *t, size_t a,
              size_t b, int depth)
{
  size_t brace;
  if (depth > 64 || a >= b)
    return;
  if (is (t, a, "&") && complit (t, a + 1, b, &brace))
    {
      add_alloc (s, t->v[a].off);
      add_alloc (s, t->v[brace].off);  /* &[]T{...}: the slice too */
      static_elements (s, t, brace, b - 1, depth);
      return;
    }
  if (complit (t, a, b, &brace))
    {
      add_alloc (s, t->v[brace].off);
      static_elements (s, t, brace, b - 1, depth);
      return;
    }
  /* A function literal (not called): at package level it captures
     nothing, and gc makes it a static closure.  */
  if (is (t, a, "func") && is (t, a + 1, "(") && is (t, b - 1, "}"))
    {
      add_alloc (s, t->v[a].off);
      return;
    }
  add_span (s, t->v[a].off, t->v[b - 1].off + t->v[b - 1].len);
}

/* Scan the package-level "var" declarations of F.  */
static void
scan_file (struct file_statics *s)
{
  struct toks t = { NULL, 0, s->f };
  size_t alloc = 0;
  struct lexer lx = { s->f, 0, 0, 0 };
  for (struct tok k = ge_lex_next (&lx); k.kind != T_EOF; k = ge_lex_next (&lx))
    {
      *GE_VEC_PUSH (t.v, t.n, alloc) = k;
    }
  int depth = 0;
  for (size_t i = 0; i < t.n; i++)
    {
      if (opens (&t, i))
        depth++;
      else if (closes (&t, i))
        depth--;
      if (depth != 0 || !is (&t, i, "var"))
        continue;
      /* Each spec's value: from "=" to the end of its line at its own
         bracket depth (Go's semicolon rule: literals spanning lines end
         their lines with commas or open brackets).  */
      size_t j = i + 1, end = t.n;
      if (is (&t, j, "("))
        end = skip_group (&t, j) - 1, j++;
      while (j < end)
        {
          size_t eq = j;
          int line, l2, col;
          ge_lex_pos_of (s->f, t.v[j].off, &line, &col);
          while (eq < end && !is (&t, eq, "="))
            {
              ge_lex_pos_of (s->f, t.v[eq].off, &l2, &col);
              if (l2 != line)
                break;
              eq++;
            }
          if (eq >= end || !is (&t, eq, "="))
            {
              j = eq > j ? eq : j + 1;
              continue;
            }
          size_t v = eq + 1, k = v;
          while (k < end)
            {
              if (opens (&t, k))
                {
                  k = skip_group (&t, k);
                  continue;
                }
              ge_lex_pos_of (s->f, t.v[k].off, &l2, &col);
              int lk;
              ge_lex_pos_of (s->f, t.v[k - 1].off, &lk, &col);
              if (k > v && l2 != lk && !is (&t, k - 1, ",")
                  && !is (&t, k - 1, "+") && !is (&t, k - 1, "."))
                break;
              k++;
            }
          /* Several values: split at top-level commas.  */
          size_t from = v;
          for (size_t m = v; m <= k; m++)
            {
              if (m < k && opens (&t, m))
                {
                  m = skip_group (&t, m) - 1;
                  continue;
                }
              if (m == k || is (&t, m, ","))
                {
                  static_value (s, &t, from, m, 0);
                  from = m + 1;
                }
            }
          j = k;
          if (end == t.n)
            break;  /* a single spec */
        }
      i = end < t.n ? end : i;
    }
  free (t.v);
}

static hashval_t
statics_hash (const void *p)
{
  return htab_hash_string (((const struct file_statics *) p)->path);
}

static int
statics_eq (const void *a, const void *b)
{
  return strcmp (((const struct file_statics *) a)->path, (const char *) b) == 0;
}

static void
statics_free (void *p)
{
  struct file_statics *s = p;
  free (s->allocs);
  free (s->spans);
  free (s->path);
  free (s);
}

static struct file_statics *
statics_of (ge_src_unit *su, const char *file)
{
  if (!su->statics_by_path)
    su->statics_by_path = htab_create (8, statics_hash, statics_eq,
                                       statics_free);
  void **slot = htab_find_slot_with_hash (su->statics_by_path, file,
                                          htab_hash_string (file), INSERT);
  if (*slot)
    return *slot;
  struct file_statics *s = XCNEW (struct file_statics);
  s->path = xstrdup (file);
  s->f = ge_lex_load (su, file);
  *slot = s;
  if (s->f)
    scan_file (s);
  return s;
}

bool
ge_src_static_alloc (ge_src_unit *su, const char *file, int line, int col)
{
  struct file_statics *s = statics_of (su, file);
  long at = s->f ? ge_lex_offset_of (s->f, line, col) : -1;
  for (size_t i = 0; at >= 0 && i < s->nallocs; i++)
    if (s->allocs[i] == (size_t) at)
      return true;
  return false;
}

/* Whether TEXT, the rendering of the source between FROM and TO, is
   that source with its blanks removed.  */
static bool
same_text (const struct src_file *f, size_t from, size_t to, const char *text)
{
  const char *p = text;
  for (size_t i = from; i < to; i++)
    {
      char c = f->text[i];
      if (c == ' ' || c == '\t' || c == '\n')
        continue;
      while (*p == ' ')
        p++;
      if (*p++ != c)
        return false;
    }
  while (*p == ' ')
    p++;
  return *p == '\0';
}

bool
ge_src_static_box (ge_src_unit *su, const char *file, int line, int col,
                   const char *text)
{
  struct file_statics *s = statics_of (su, file);
  long at = s->f ? ge_lex_offset_of (s->f, line, col) : -1;
  if (at < 0 || !text)
    return false;
  for (size_t i = 0; i < s->nspans; i++)
    if (same_text (s->f, s->spans[i].from, s->spans[i].to, text))
      {
        /* gc places the box at the element, or for a whole value at the
           declared name, on the same or an earlier line.  */
        int l1, c1;
        ge_lex_pos_of (s->f, s->spans[i].from, &l1, &c1);
        if ((size_t) at >= s->spans[i].from && (size_t) at < s->spans[i].to)
          return true;
        if (l1 == line)
          return true;
      }
  return false;
}

void
ge_src_statics_free (ge_src_unit *su)
{
  if (su->statics_by_path)
    htab_delete (su->statics_by_path);
  su->statics_by_path = NULL;
}
