/* goescape: gc's -m=2 explanations of why a location escapes or a
   parameter leaks (solve.go: explainPath, explainFlow, explainLoc).  */

#include <string.h>

#include "internal.h"

const char *
ge_explain_loc (ge_unit *u, const ge_loc *l)
{
  if (l == &u->heap)
    return "{heap}";
  if (l->name == NULL)
    return "{temp}";
  if (ge_loc_is_name (l) || l->cls == GE_LOC_TEMP)
    return l->name;
  return ge_printf (u, "{storage for %s}", l->name);
}

/* L as the header of its explanation names it: the expression itself,
   "new(int) escapes to heap:" (gc prints the node, where a flow step
   says "{storage for new(int)}").  */
const char *
ge_explain_name (ge_unit *u, const ge_loc *l)
{
  return l != &u->heap && l->name ? l->name : ge_explain_loc (u, l);
}

/* Whether L is one of gccgo's temporaries or gc's static data, which
   gc's graph does not have: an explanation steps over it.  */
bool
ge_explain_hides (ge_unit *u, const ge_loc *l)
{
  /* Static data is no location of gc's either (staticinit lays it out
     before escape analysis).  */
  return l != &u->heap && (l->name == NULL || l->static_data);
}

/* TEXT with every FROM replaced by TO (the unit's storage), or TEXT.  */
static const char *
replaced (ge_unit *u, const char *text, const char *from, const char *to)
{
  if (!text || !from || !strstr (text, from))
    return text;
  size_t nfrom = strlen (from), nto = strlen (to), n = 0;
  for (const char *t = strstr (text, from); t; t = strstr (t + nfrom, from))
    n++;
  char *out = ge_alloc (u, strlen (text) + n * nto + 1), *o = out;
  for (const char *t = text;;)
    {
      const char *hit = strstr (t, from);
      size_t len = hit ? (size_t) (hit - t) : strlen (t);
      memcpy (o, t, len);
      o += len;
      if (!hit)
        break;
      memcpy (o, to, nto);
      o += nto;
      t = hit + nfrom;
    }
  *o = '\0';
  return out;
}

/* The texts of a flow's explanation, with SRC's expression as gc shows
   it before visiting it where it appears (ge_explain_eager): FROM, its
   usual text, becomes TO.  Both NULL: as they are.  */
struct subst
{
  const char *from, *to;
};

static void
print_flow_subst (ge_unit *u, ge_pos pos, ge_loc *dst, ge_loc *src,
                  int derefs, const ge_note *const *notes, int nnotes,
                  struct subst sub)
{
  char ops[64];
  if (derefs < 0)
    strcpy (ops, "&");
  else
    {
      int n = derefs < (int) sizeof ops - 1 ? derefs : (int) sizeof ops - 1;
      memset (ops, '*', n);
      ops[n] = '\0';
    }
  ge_report_at (u->report, pos, "  flow: %s = %s%s:",
                replaced (u, ge_explain_loc (u, dst), sub.from, sub.to), ops,
                replaced (u, ge_explain_loc (u, src), sub.from, sub.to));
  for (int i = 0; i < nnotes; i++)
    for (const ge_note *n = notes[i]; n; n = n->next)
      {
        char at[1024];
        ge_report_format_pos (u->report, n->pos, at, sizeof at);
        ge_report_at (u->report, pos, "    from %s (%s) at %s",
                      replaced (u, n->where, sub.from, sub.to), n->why, at);
      }
}

static void
print_flow (ge_unit *u, ge_pos pos, ge_loc *dst, ge_loc *src, int derefs,
            const ge_note *const *notes, int nnotes)
{
  struct subst none = { NULL, NULL };
  print_flow_subst (u, pos, dst, src, derefs, notes, nnotes, none);
}

/* gc's explanation of SRC escaping as batch.flow makes it, while the
   graph is built: its address flows (INNER's notes, then OUTER's) into
   DST, which already escapes.  gc has not visited SRC's expression yet,
   so its variadic calls are as written:

     sink = fmt.Sprintf("%d", x)   // fmt.Sprintf("%d", x) escapes to heap:

   where once the analysis is done it prints "fmt.Sprintf("%d", ...
   argument...)".  */
void
ge_explain_eager (ge_unit *u, ge_loc *dst, ge_loc *src, int derefs,
                  const ge_note *inner, const ge_note *outer)
{
  struct ge_report *r = u->report;
  const char *name = ge_explain_name (u, src);
  struct subst sub = { NULL, NULL };
  char buf[1024];
  if (r && r->unvisited_fn && src->name && strstr (src->name, "... argument...")
      && r->unvisited_fn (r->unvisited_ctx, src->pos, src->name, buf,
                          sizeof buf))
    {
      sub.from = src->name;
      sub.to = ge_strdup (u, buf);
      name = sub.to;
    }
  ge_report_at (r, src->pos, "%s escapes to heap:", name);
  const ge_note *notes[2] = { inner, outer };
  print_flow_subst (u, src->pos, dst, src, derefs, notes, 2, sub);
}

void
ge_explain_path (ge_unit *u, ge_loc *root, ge_loc *src)
{
  ge_pos pos = src->pos;
  /* Guard against assignment cycles as gc does (golang.org/issue/35518):
     a path never has more steps than the batch has locations.  */
  uint32_t limit = u->nbatch_locs + 2;
  /* A step into one of gccgo's temporaries is joined to the next one:
     p -> {temp} -> {heap} is gc's "flow: {heap} = p", the
     dereferences added up and the notes of both kept in order.  */
  ge_loc *from = src;
  int derefs = 0;
  const ge_note *notes[64];
  int nnotes = 0;
  bool joined = false;
  for (uint32_t steps = 0;; steps++)
    {
      ge_loc *dst = src->dst;
      if (steps > limit || dst == NULL || src->dst_edge >= dst->nedges)
        {
          ge_report_at (u->report, pos, "  warning: truncated explanation "
                        "due to assignment cycle; see golang.org/issue/35518");
          break;
        }
      struct ge_edge *e = &dst->edges[src->dst_edge];
      derefs = joined ? derefs + e->derefs : e->derefs;
      if (derefs < -1)
        derefs = -1;
      if (e->notes && nnotes < (int) (sizeof notes / sizeof *notes))
        notes[nnotes++] = e->notes;
      if (dst != root && ge_explain_hides (u, dst))
        joined = true;
      else
        {
          print_flow (u, pos, dst, from, derefs, notes, nnotes);
          from = dst;
          nnotes = 0;
          joined = false;
        }
      if (dst == root)
        break;
      src = dst;
    }
}
