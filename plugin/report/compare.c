/* goescape: gc's verdict beside gccgo's decision (report/compare.h).  */

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <obstack.h>

#include "goescape/report/compare.h"
#include "goescape/vec.h"

#define obstack_chunk_alloc xmalloc
#define obstack_chunk_free free

/* What an expression is, as gc names an allocation site and as gccgo's
   notes render it: several sites may share a position, and a note
   stands for the one of its shape.

     gc                     gccgo
     new(int)               new()
     &T{...}                &({1,2})
     ... argument           []{(a) ,(s) }
     []int{...}, T{...}     []{1,2}, {}
     make([]int, n)         makeslice(,n,n)
     s + "a"                concat(s,"a")
     func literal           func literal
     n (converted), string(b)   (n), (b)
     t.M                    t.M  */
enum shape
{
  SHAPE_NEW, SHAPE_ADDR, SHAPE_SLICE_LIT, SHAPE_LIT, SHAPE_MAKE, SHAPE_CONCAT,
  SHAPE_FUNC_LIT, SHAPE_CONV, SHAPE_OTHER
};

/* A verdict of gccgo's frontend, from one of its notes.  */
struct note
{
  ge_pos pos;
  const char *text;
  const char *subject;  /* what it is about: "&(x)", "(n)", "t.M" */
  enum shape shape;
  bool heap;
  const char *addr_of;  /* "&(x) ...": x, the variable, else NULL */
};

struct site
{
  const ge_loc *loc;
  const ge_func *top;   /* the enclosing top-level function */
  enum ge_compare_category cat;
  enum shape shape;
  const struct note *note;
};

struct ge_compare
{
  struct obstack ob;
  struct note *notes;
  size_t nnotes, notes_alloc;
  struct site *sites;
  size_t nsites, sites_alloc;
};

/* Counts of one group of sites: a function, a file, the unit.  */
struct tally
{
  unsigned n[GE_CMP_NCATEGORIES];
  uint64_t bytes[GE_CMP_NCATEGORIES];
  unsigned notes, notes_agreeing;
};

ge_compare *
ge_compare_new (void)
{
  ge_compare *c = XCNEW (ge_compare);
  obstack_init (&c->ob);
  return c;
}

void
ge_compare_free (ge_compare *c)
{
  if (!c)
    return;
  obstack_free (&c->ob, NULL);
  free (c->notes);
  free (c->sites);
  free (c);
}

static bool
ends_with (const char *s, const char *suffix)
{
  size_t n = strlen (s), m = strlen (suffix);
  return n >= m && strcmp (s + n - m, suffix) == 0;
}

static bool
starts_with (const char *s, const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

static enum shape
note_shape (const char *subject)
{
  if (starts_with (subject, "new("))
    return SHAPE_NEW;
  if (starts_with (subject, "&("))
    return SHAPE_ADDR;
  if (starts_with (subject, "[]{"))
    return SHAPE_SLICE_LIT;
  if (subject[0] == '{')
    return SHAPE_LIT;
  if (starts_with (subject, "make"))
    return SHAPE_MAKE;
  if (starts_with (subject, "concat("))
    return SHAPE_CONCAT;
  if (strcmp (subject, "func literal") == 0)
    return SHAPE_FUNC_LIT;
  if (subject[0] == '(')
    return SHAPE_CONV;
  return SHAPE_OTHER;
}

static enum shape
site_shape (const ge_loc *l)
{
  const char *n = l->name;
  size_t len = strlen (n);
  if (l->seen.conversion)
    return SHAPE_CONV;
  if (starts_with (n, "new("))
    return SHAPE_NEW;
  if (n[0] == '&')
    return SHAPE_ADDR;
  if (strcmp (n, "... argument") == 0)
    return SHAPE_SLICE_LIT;
  if (strcmp (n, "func literal") == 0)
    return SHAPE_FUNC_LIT;
  if (starts_with (n, "make("))
    return SHAPE_MAKE;
  if (strstr (n, " + "))
    return SHAPE_CONCAT;
  if (len && n[len - 1] == '}')
    return starts_with (n, "[]") ? SHAPE_SLICE_LIT : SHAPE_LIT;
  if (starts_with (n, "string(") || starts_with (n, "([]"))
    return SHAPE_CONV;
  return SHAPE_OTHER;
}

/* Whether note N may stand for site S.  */
static bool
note_fits (const struct note *n, const struct site *s)
{
  if (s->shape == SHAPE_OTHER)
    return strcmp (n->subject, s->loc->name) == 0;
  /* A slice literal is a literal; gccgo writes a map literal "{}".  */
  return n->shape == s->shape
         || (s->shape == SHAPE_LIT && n->shape == SHAPE_SLICE_LIT);
}

void
ge_compare_frontend_note (ge_compare *c, ge_pos pos, const char *text)
{
  static const char moved[] = "moved to heap: ";
  static const char escapes[] = " escapes to heap";
  static const char stays[] = " does not escape";
  bool is_moved = starts_with (text, moved);
  bool is_escape = ends_with (text, escapes);
  bool heap = is_moved || is_escape;
  if (!heap && !ends_with (text, stays))
    return;
  struct note *n = GE_VEC_PUSH (c->notes, c->nnotes, c->notes_alloc);
  n->pos = pos;
  /* gccgo names its temporaries by address, "tmp.771954576": not the
     same from one run to the next.  */
  for (const char *p = text; *p; p++)
    if (strncmp (p, "tmp.", 4) == 0 && p[4] >= '0' && p[4] <= '9')
      {
        obstack_grow (&c->ob, "tmp", 3);
        p += 4;
        while (p[1] >= '0' && p[1] <= '9')
          p++;
      }
    else
      obstack_1grow (&c->ob, *p);
  obstack_1grow (&c->ob, '\0');
  n->text = obstack_finish (&c->ob);
  n->heap = heap;
  n->addr_of = NULL;
  /* gccgo names a variable it keeps on the stack only where its address
     is taken: "f &(x) does not escape".  */
  const char *amp = strstr (n->text, "&(");
  const char *close = amp ? strchr (amp, ')') : NULL;
  if (close)
    n->addr_of = obstack_copy0 (&c->ob, amp + 2, (int) (close - amp - 2));
  if (is_moved)
    n->addr_of = n->text + strlen (moved);
  /* "F X does not escape", "X escapes to heap": X.  */
  const char *subj = n->text;
  size_t len = strlen (subj);
  if (!heap)
    {
      const char *sp = strchr (subj, ' ');
      len -= strlen (stays);
      if (sp && sp < subj + len)
        {
          len -= (size_t) (sp + 1 - subj);
          subj = sp + 1;
        }
    }
  else if (is_escape)
    len -= strlen (escapes);
  n->subject = obstack_copy0 (&c->ob, subj, (int) len);
  n->shape = note_shape (n->subject);
}

enum ge_compare_category
ge_compare_category_of (const ge_loc *l)
{
  switch (l->seen.kind)
    {
    case GE_SEEN_HEAP:
      return l->escapes ? GE_CMP_AGREE_HEAP : GE_CMP_GC_STACK_GCCGO_HEAP;
    case GE_SEEN_STACK:
      return l->escapes ? GE_CMP_GC_HEAP_GCCGO_STACK : GE_CMP_AGREE_STACK;
    case GE_SEEN_NOALLOC:
      return l->escapes ? GE_CMP_GC_HEAP_GCCGO_NONE : GE_CMP_AGREE_STACK;
    default:
      return GE_CMP_UNKNOWN;
    }
}

void
ge_compare_site (void *ctx, const ge_loc *l)
{
  ge_compare *c = (ge_compare *) ctx;
  struct site *s = GE_VEC_PUSH (c->sites, c->nsites, c->sites_alloc);
  const ge_func *top = l->fn;
  while (top->outer)
    top = top->outer;
  s->loc = l;
  s->top = top;
  s->cat = ge_compare_category_of (l);
  s->shape = site_shape (l);
  s->note = NULL;
}

static int
cmp_pos (const ge_pos *a, const ge_pos *b)
{
  int r = strcmp (a->file ? a->file : "", b->file ? b->file : "");
  if (r)
    return r;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  return a->col < b->col ? -1 : a->col > b->col;
}

static int
cmp_note (const void *pa, const void *pb)
{
  const struct note *a = pa, *b = pb;
  int r = cmp_pos (&a->pos, &b->pos);
  /* Stable: gccgo's order among notes at one position.  */
  return r ? r : (a < b ? -1 : a > b);
}

static int
cmp_site (const void *pa, const void *pb)
{
  const struct site *a = pa, *b = pb;
  int r = cmp_pos (&a->top->pos, &b->top->pos);
  if (!r)
    r = strcmp (a->top->name, b->top->name);
  if (!r)
    r = cmp_pos (&a->loc->pos, &b->loc->pos);
  return r ? r : (a < b ? -1 : a > b);
}

/* The first note at or after POS in the sorted notes.  */
static size_t
first_note_from (const ge_compare *c, ge_pos pos)
{
  size_t lo = 0, hi = c->nnotes;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (cmp_pos (&c->notes[mid].pos, &pos) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A variable's note: the first naming it at or after its declaration
   ("moved to heap: x", or where its address is taken, "f &(x) does not
   escape"), within the next lines.  */
static const struct note *
variable_note (const ge_compare *c, const struct site *s)
{
  const struct ge_seen *seen = &s->loc->seen;
  ge_pos from = { seen->at.file, seen->at.line, 0 };
  for (size_t i = first_note_from (c, from); i < c->nnotes; i++)
    {
      const struct note *n = &c->notes[i];
      if (strcmp (n->pos.file, from.file) != 0
          || n->pos.line > from.line + 200)
        break;
      if (n->addr_of && strcmp (n->addr_of, s->loc->name) == 0)
        return n;
    }
  return NULL;
}

static bool
is_variable (const ge_loc *l)
{
  return l->cls == GE_LOC_AUTO || l->cls == GE_LOC_PARAM
         || l->cls == GE_LOC_RESULT;
}

/* Whether N names the operand of conversion site S as gc does, "(n)"
   for n.  */
static bool
names_operand (const struct note *n, const struct site *s)
{
  size_t len = strlen (s->loc->name);
  return s->shape == SHAPE_CONV && n->subject[0] == '('
         && strncmp (n->subject + 1, s->loc->name, len) == 0
         && strcmp (n->subject + 1 + len, ")") == 0;
}

static int
cmp_site_at (const void *pa, const void *pb)
{
  const struct site *a = *(const struct site *const *) pa;
  const struct site *b = *(const struct site *const *) pb;
  int r = cmp_pos (&a->loc->seen.at, &b->loc->seen.at);
  return r ? r : (a < b ? -1 : a > b);
}

/* Give each site gccgo's note on it.  Another site's than a variable's
   is at the position gccgo gave its storage: first the conversions
   whose note names their operand, whatever the order gccgo printed
   them in; then, in the report's order, each other site takes the
   first note left there of its shape.  */
static void
match_notes (ge_compare *c)
{
  bool *used = XCNEWVEC (bool, c->nnotes + 1);
  struct site **v = XNEWVEC (struct site *, c->nsites + 1);
  size_t n = 0;
  for (size_t i = 0; i < c->nsites; i++)
    {
      struct site *s = &c->sites[i];
      if (!s->loc->seen.at.file || c->nnotes == 0)
        continue;
      if (is_variable (s->loc))
        s->note = variable_note (c, s);
      else
        v[n++] = s;
    }
  qsort (v, n, sizeof *v, cmp_site_at);
  for (int pass = 0; pass < 2; pass++)
    for (size_t k = 0; k < n; k++)
      {
        struct site *s = v[k];
        if (s->note)
          continue;
        const ge_pos *at = &s->loc->seen.at;
        for (size_t i = first_note_from (c, *at);
             i < c->nnotes && cmp_pos (&c->notes[i].pos, at) == 0; i++)
          if (!used[i] && (pass == 0 ? names_operand (&c->notes[i], s)
                                     : note_fits (&c->notes[i], s)))
            {
              s->note = &c->notes[i];
              used[i] = true;
              break;
            }
      }
  free (v);
  free (used);
}

static const char *const category_names[GE_CMP_NCATEGORIES] = {
  "agree-heap", "agree-stack", "gc-stack/gccgo-heap", "gc-heap/gccgo-stack",
  "gc-heap/gccgo-none", "unknown"
};

static void
count (struct tally *t, const struct site *s)
{
  t->n[s->cat]++;
  t->bytes[s->cat] += s->loc->seen.size;
  /* A note says whether the value escapes, not how it is stored: it is
     compared where gccgo allocates storage, on the heap or the stack.  */
  enum ge_seen_kind k = s->loc->seen.kind;
  if (s->note && (k == GE_SEEN_HEAP || k == GE_SEEN_STACK))
    {
      t->notes++;
      t->notes_agreeing += s->note->heap == (k == GE_SEEN_HEAP);
    }
}

static void
add (struct tally *to, const struct tally *t)
{
  for (int k = 0; k < GE_CMP_NCATEGORIES; k++)
    {
      to->n[k] += t->n[k];
      to->bytes[k] += t->bytes[k];
    }
  to->notes += t->notes;
  to->notes_agreeing += t->notes_agreeing;
}

static void
print_tally (FILE *out, const struct tally *t)
{
  unsigned total = 0;
  for (int k = 0; k < GE_CMP_NCATEGORIES; k++)
    total += t->n[k];
  fprintf (out, "sites %u", total);
  for (int k = 0; k < GE_CMP_UNKNOWN; k++)
    fprintf (out, ", %s %u (%llu bytes)", category_names[k], t->n[k],
             (unsigned long long) t->bytes[k]);
  fprintf (out, ", unknown %u; notes %u, agreeing %u\n", t->n[GE_CMP_UNKNOWN],
           t->notes, t->notes_agreeing);
}

static const char *
gccgo_word (enum ge_seen_kind k)
{
  switch (k)
    {
    case GE_SEEN_HEAP: return "heap";
    case GE_SEEN_STACK: return "stack";
    case GE_SEEN_NOALLOC: return "none";
    default: return "unknown";
    }
}

static void
print_site (FILE *out, const struct ge_report *r, const struct site *s)
{
  const ge_loc *l = s->loc;
  char at[1024];
  ge_report_format_pos (r, l->pos, at, sizeof at);
  fprintf (out, "%s: %s: %s: gc %s", at, l->name, category_names[s->cat],
           l->escapes ? "heap" : "stack");
  if (l->heap_reason == GE_HEAP_TOO_LARGE)
    fputs (" (too large for stack)", out);
  else if (l->heap_reason == GE_HEAP_NONCONST_SIZE)
    fputs (" (non-constant size)", out);
  fprintf (out, ", gccgo %s", gccgo_word (l->seen.kind));
  if (l->seen.how)
    {
      fprintf (out, " (%s", l->seen.how);
      if (l->seen.at.file)
        {
          ge_report_format_pos (r, l->seen.at, at, sizeof at);
          fprintf (out, " at %s", at);
        }
      if (l->seen.size)
        fprintf (out, ", %llu bytes", (unsigned long long) l->seen.size);
      fputc (')', out);
    }
  if (s->note)
    fprintf (out, "; gccgo's note: \"%s\"", s->note->text);
  fputc ('\n', out);
}

void
ge_compare_finish (ge_compare *c, FILE *out, const struct ge_report *r)
{
  qsort (c->notes, c->nnotes, sizeof *c->notes, cmp_note);
  match_notes (c);
  qsort (c->sites, c->nsites, sizeof *c->sites, cmp_site);

  struct tally unit = { { 0 }, { 0 }, 0, 0 }, file = unit, func = unit;
  for (size_t i = 0; i < c->nsites; i++)
    {
      const struct site *s = &c->sites[i];
      print_site (out, r, s);
      count (&func, s);
      const struct site *next = i + 1 < c->nsites ? &c->sites[i + 1] : NULL;
      if (!next || next->top != s->top)
        {
          char at[1024];
          ge_report_format_pos (r, s->top->pos, at, sizeof at);
          fprintf (out, "compare: func %s (%s): ", s->top->gc_name, at);
          print_tally (out, &func);
          add (&file, &func);
          memset (&func, 0, sizeof func);
        }
      if (!next || strcmp (next->top->pos.file, s->top->pos.file) != 0)
        {
          fprintf (out, "compare: file %s: ", s->top->pos.file);
          print_tally (out, &file);
          add (&unit, &file);
          memset (&file, 0, sizeof file);
        }
    }
  fputs ("compare: unit: ", out);
  print_tally (out, &unit);
}
