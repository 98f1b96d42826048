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

void
ge_explain_flow (ge_unit *u, ge_pos pos, ge_loc *dst, ge_loc *src,
                 int derefs, const ge_note *notes)
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
  for (const ge_note *n = notes; n; n = n->next)
    {
      char at[1024];
      ge_report_format_pos (u->report, n->pos, at, sizeof at);
      ge_report_at (u->report, pos, "    from %s (%s) at %s", n->where,
                    n->why, at);
    }
}

void
ge_explain_path (ge_unit *u, ge_loc *root, ge_loc *src)
{
  ge_pos pos = src->pos;
  /* Guard against assignment cycles as gc does (golang.org/issue/35518):
     a path never has more steps than the batch has locations.  */
  uint32_t limit = u->nbatch_locs + 2;
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
      ge_explain_flow (u, pos, dst, src, e->derefs, e->notes);
      if (dst == root)
        break;
      src = dst;
    }
}
