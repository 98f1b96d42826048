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

static void
print_flow (ge_unit *u, ge_pos pos, ge_loc *dst, ge_loc *src, int derefs,
            const ge_note *const *notes, int nnotes)
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
  ge_report_at (u->report, pos, "  flow: %s = %s%s:", ge_explain_loc (u, dst),
                ops, ge_explain_loc (u, src));
  for (int i = 0; i < nnotes; i++)
    for (const ge_note *n = notes[i]; n; n = n->next)
      {
        char at[1024];
        ge_report_format_pos (u->report, n->pos, at, sizeof at);
        ge_report_at (u->report, pos, "    from %s (%s) at %s", n->where,
                      n->why, at);
      }
}

void
ge_explain_flow (ge_unit *u, ge_pos pos, ge_loc *dst, ge_loc *src,
                 int derefs, const ge_note *notes)
{
  print_flow (u, pos, dst, src, derefs, &notes, 1);
}

void
ge_explain_flow_joined (ge_unit *u, ge_pos pos, ge_loc *dst, ge_loc *src,
                        int derefs, const ge_note *inner,
                        const ge_note *outer)
{
  const ge_note *notes[2] = { inner, outer };
  print_flow (u, pos, dst, src, derefs, notes, 2);
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
