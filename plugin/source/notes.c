/* goescape: gc's notes on a flow through one statement, read from the
   source: the "from WHERE (WHY) at POS" lines of -m=2.

   gc annotates a hole each time its walk passes a node on the way from
   a statement down to a value (escape/graph.go: hole.note; the reasons
   are expr.go's, assign.go's, stmt.go's and call.go's).  GIMPLE keeps
   none of that shape, so the walk is redone here on the statement's
   tokens: the path from the statement to the value the reader names,
   then one note per node of it, innermost first, as gc prints them:

     p := &i      // from &i (address-of) at :7, from p := &i (assign) at :4
     gp = s[0]    // from s[0] (dot of pointer), from gp = s[0] (assign)

   Whether a selector or an index dereferences a pointer the source does
   not say; the flow's dereferences, which the reader read from GIMPLE,
   do: they are given to the nearest such nodes first.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "goescape/source/source.h"
#include "expr.h"
#include "notes.h"
#include "statement.h"

/* ---- statements -------------------------------------------------------- */

/* Whether the "{" at token I opens a block (a function's body, an if,
   for, switch or select's), not a composite literal: a keyword that
   takes one comes before it at its depth.

     func f(p *int) *int { return p }     // a block
     t := T{a: x}                         // a literal  */
static bool
is_block_brace (struct parser *p, int i)
{
  static const char *const kw[]
    = { "func", "if", "for", "switch", "select", "else", NULL };
  if (i == 0)
    return true;
  struct tok b = p->toks[i - 1];
  if (is_tok (p, b, "{") || is_tok (p, b, ";") || is_tok (p, b, "else"))
    return true;
  for (int j = i - 1, depth = 0; j >= 0; j--)
    {
      struct tok t = p->toks[j];
      if (is_tok (p, t, ")") || is_tok (p, t, "]") || is_tok (p, t, "}"))
        depth++;
      else if (is_tok (p, t, "(") || is_tok (p, t, "[") || is_tok (p, t, "{"))
        {
          if (--depth < 0)
            return false;
        }
      else if (depth == 0)
        for (int k = 0; kw[k]; k++)
          if (is_tok (p, t, kw[k]))
            return true;
    }
  return false;
}

/* The bounds [*S, *E) of the simple statement holding token K.  */
static void
stmt_bounds (struct parser *p, int k, int *s, int *e)
{
  *s = 0;
  for (int i = k - 1, depth = 0; i >= 0; i--)
    {
      struct tok t = p->toks[i];
      if (is_tok (p, t, ")") || is_tok (p, t, "]") || is_tok (p, t, "}"))
        depth++;
      else if (is_tok (p, t, "(") || is_tok (p, t, "["))
        {
          /* One that encloses K: its statement is further out.  */
          if (depth > 0)
            depth--;
        }
      else if (is_tok (p, t, "{"))
        {
          if (depth > 0)
            depth--;
          else
            {
              if (is_block_brace (p, i))
                {
                  *s = i + 1;
                  break;
                }
            }
        }
      else if (depth == 0 && is_tok (p, t, ";"))
        {
          *s = i + 1;
          break;
        }
    }
  /* From the statement's start, so that K's own brackets balance.  */
  *e = p->ntoks;
  for (int i = *s, depth = 0; i < p->ntoks; i++)
    {
      struct tok t = p->toks[i];
      if (is_tok (p, t, "(") || is_tok (p, t, "[") || is_tok (p, t, "{"))
        depth++;
      else if (is_tok (p, t, ")") || is_tok (p, t, "]") || is_tok (p, t, "}"))
        {
          if (--depth < 0)
            {
              *e = i;
              break;
            }
        }
      else if (depth == 0 && (is_tok (p, t, ";") || is_tok (p, t, ":")))
        {
          if (is_tok (p, t, ":") && !is_tok (p, p->toks[*s], "case"))
            continue;
          *e = i;
          break;
        }
    }
}

static int
find_at_depth0 (struct parser *p, int s, int e, bool (*pred) (struct parser *,
                                                             struct tok))
{
  for (int i = s, depth = 0; i < e; i++)
    {
      struct tok t = p->toks[i];
      if (is_tok (p, t, "(") || is_tok (p, t, "[") || is_tok (p, t, "{"))
        depth++;
      else if (is_tok (p, t, ")") || is_tok (p, t, "]") || is_tok (p, t, "}"))
        depth--;
      else if (depth == 0 && pred (p, t))
        return i;
    }
  return -1;
}

static bool
is_send (struct parser *p, struct tok t)
{
  return is_tok (p, t, "<-");
}

static bool
is_eq (struct parser *p, struct tok t)
{
  return is_tok (p, t, "=");
}

static bool
is_range (struct parser *p, struct tok t)
{
  return is_tok (p, t, "range");
}

/* Search the values V[0..NV) for the leaf, preferring the one assigned
   to the destination named DST.  Returns its index, or -1.  */
static int
find_value (struct walk *w, struct node **lhs, int nl, struct node **v,
            int nv)
{
  const char *dst = w->leaf->dst_name;
  if (dst && nl == nv)
    for (int i = 0; i < nv; i++)
      {
        const struct node *b = ge_notepath_strip_parens (lhs[i]);
        while (b && (b->kind == N_SEL || b->kind == N_INDEX))
          b = ge_notepath_strip_parens (b->x);
        if (b && b->kind == N_NAME && ge_notepath_is_name (w->p, b->tok, dst))
          {
            w->path.len = 0;
            if (ge_notepath_find (w, v[i]))
              return i;
          }
      }
  for (int i = 0; i < nv; i++)
    {
      w->path.len = 0;
      if (ge_notepath_find (w, v[i]))
        return i;
    }
  return -1;
}

static void
render_stmt (struct parser *p, char *buf, size_t size, struct node **lhs,
             int nl, struct tok op, struct node **rhs, int nr)
{
  struct out o = { buf, size, 0 };
  buf[0] = '\0';
  ge_expr_render_list (p, &o, lhs, nl);
  ge_expr_put (&o, " ", 1);
  ge_expr_put_tok (p, &o, op);
  ge_expr_put (&o, " ", 1);
  ge_expr_render_list (p, &o, rhs, nr);
}

static void parse_stmt_exprs (struct parser *p, int s, int e);

int
ge_src_flow_notes (ge_src_unit *su, const char *file, int line, int col,
                   const struct ge_src_leaf *leaf, int derefs,
                   int call_line, int call_col, struct ge_src_note *out,
                   int max)
{
  if (!leaf || (!leaf->name && leaf->line <= 0) || max <= 0)
    return 0;
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return 0;
  p->as_noted = true;
  int count = 0;
  struct walk w = { p, leaf, -1, -1, { { 0 }, 0 } };
  if (!leaf->name)
    w.leaf_off = ge_lex_offset_of (p->lx.f, leaf->line, leaf->col);
  if (call_line > 0)
    w.call_off = ge_lex_offset_of (p->lx.f, call_line, call_col);
  if (k < 0 || (!leaf->name && w.leaf_off < 0)
      || (call_line > 0 && w.call_off < 0))
    goto done;

  int s, e;
  stmt_bounds (p, k, &s, &e);
  while (s < e && (is_tok (p, p->toks[s], "if")
                   || is_tok (p, p->toks[s], "switch")
                   || is_tok (p, p->toks[s], "else")
                   || is_tok (p, p->toks[s], "case")))
    s++;
  if (s >= e)
    goto done;

  struct notes ns = { p, out, 0, max, p->toks[k].off };
  struct node *lhs[32], *rhs[32];
  char text[sizeof out->where];
  struct tok first = p->toks[s];
  int op;

  /* Into an allocation of the statement (&T{...}, []T{...}): the value
     is one of its elements, noted up to it.  */
  if (leaf->dst_line > 0 && call_line <= 0)
    {
      long at = ge_lex_offset_of (p->lx.f, leaf->dst_line, leaf->dst_col);
      parse_stmt_exprs (p, s, e);
      const struct node *alloc = NULL;
      for (int i = 0; i < p->nnodes && at >= 0 && !alloc; i++)
        {
          const struct node *n = &p->nodes[i];
          if ((long) n->tok.off == at
              && (n->kind == N_COMPLIT || n->kind == N_FUNCLIT
                  || (n->kind == N_UNARY && ge_lex_is (&p->lx, n->tok, "&"))))
            alloc = n;
        }
      if (alloc)
        {
          w.path.len = 0;
          if (ge_notepath_find (&w, alloc))
            ge_notepath_notes (&ns, &w.path, derefs, leaf);
          count = ns.n;
          goto done;
        }
      p->nnodes = p->nargv = 0;
      p->bad = false;
    }

  if (is_tok (p, first, "return"))
    {
      int nr = ge_expr_parse_list (p, s + 1, e, rhs, 32);
      if (nr <= 0 || find_value (&w, NULL, 0, rhs, nr) < 0)
        goto done;
      if (ge_notepath_notes (&ns, &w.path, derefs, leaf) && call_line <= 0)
        {
          struct out o = { text, sizeof text, 0 };
          ge_expr_put (&o, "return ", 7);
          /* return f() of several results: gc's temporaries.  */
          int count, base = ge_lex_return_temps (p->lx.f, first.off, &count);
          for (int i = 0; base >= 0 && i < count; i++)
            {
              char t[32];
              int len = snprintf (t, sizeof t, "%s.autotmp_%d",
                                  i ? ", " : "", base + i);
              ge_expr_put (&o, t, (size_t) len);
            }
          if (base < 0)
            ge_expr_render_list (p, &o, rhs, nr);
          ge_notepath_add_text (&ns, text, first.off, "return");
        }
    }
  else if (is_tok (p, first, "var"))
    {
      int eq = find_at_depth0 (p, s, e, is_eq);
      if (eq < 0)
        goto done;
      /* var a, b T = x, y: the names, then maybe a type.  */
      int nl = 0;
      for (int i = s + 1; i < eq && nl < 32; i += 2)
        {
          if (p->toks[i].kind != T_IDENT)
            break;
          p->at = i;
          p->end = i + 1;
          lhs[nl++] = ge_expr_parse_expr (p, 1);
          if (i + 1 >= eq || !is_tok (p, p->toks[i + 1], ","))
            break;
        }
      p->end = p->ntoks;
      int nr = ge_expr_parse_list (p, eq + 1, e, rhs, 32);
      if (nl <= 0 || nr != nl)
        goto done;
      int i = find_value (&w, lhs, nl, rhs, nr);
      if (i < 0)
        goto done;
      if (ge_notepath_notes (&ns, &w.path, derefs, leaf) && call_line <= 0)
        {
          render_stmt (p, text, sizeof text, &lhs[i], 1, p->toks[eq], &rhs[i],
                       1);
          ge_notepath_add_text (&ns, text, p->toks[s + 1].off, "assign");
        }
    }
  else if (is_tok (p, first, "for") && (op = find_at_depth0 (p, s, e,
                                                              is_range)) >= 0)
    {
      /* for k, v = range X: X flows into gc's temporary, evaluated
         before the loop; the temporary into v.  */
      if (!leaf->name && w.leaf_off == (long) first.off)
        {
          if (call_line <= 0)
            ge_notepath_add_text (&ns, "for loop", p->toks[op].off,
                                  derefs > 0 ? "range-deref" : "range");
        }
      else
        {
          p->header = true;
          p->at = op + 1;
          p->end = p->ntoks;
          struct node *x = ge_expr_parse_expr (p, 1);
          p->header = false;
          w.path.len = 0;
          if (x && !p->bad && ge_notepath_find (&w, x))
            ge_notepath_notes (&ns, &w.path, derefs, leaf);
        }
    }
  else if ((is_tok (p, first, "go") || is_tok (p, first, "defer"))
           && call_line > 0)
    {
      /* An operand of the call gc's go/defer wrapper copies into its
         temporary: noted up to the call's argument.  */
      int nr = ge_expr_parse_list (p, s + 1, e, rhs, 1);
      if (nr == 1 && find_value (&w, NULL, 0, rhs, 1) >= 0)
        ge_notepath_notes (&ns, &w.path, derefs, leaf);
    }
  else if (is_tok (p, first, "go") || is_tok (p, first, "defer")
           || is_tok (p, first, "for") || is_tok (p, first, "select")
           || find_at_depth0 (p, s, e, is_range) >= 0)
    goto done;
  else if ((op = find_at_depth0 (p, s, e, ge_stmt_is_assign_op)) >= 0)
    {
      int nl = ge_expr_parse_list (p, s, op, lhs, 32);
      int nr = ge_expr_parse_list (p, op + 1, e, rhs, 32);
      if (nl <= 0 || nr <= 0)
        goto done;
      int i = find_value (&w, lhs, nl, rhs, nr);
      const char *why = NULL;
      if (i >= 0)
        {
          if (nl == 1 && nr == 1)
            why = "assign";
          else if (nl == nr)
            why = "assign-pair";
          else if (nr == 1)
            {
              struct node *r = ge_notepath_strip_parens (rhs[0]);
              why = r->kind == N_ASSERT ? "assign-pair-dot-type"
                    : r->kind == N_INDEX ? "assign-pair-mapr"
                    : r->kind == N_UNARY && ge_lex_is (&p->lx, r->tok, "<-")
                      ? "assign-pair-receive" : NULL;
            }
          bool top = ge_notepath_notes (&ns, &w.path, derefs, leaf);
          if (top && why && call_line <= 0)
            {
              render_stmt (p, text, sizeof text, lhs, nl, p->toks[op], rhs,
                           nr);
              ge_notepath_add_text (&ns, text, p->toks[op].off, why);
            }
        }
      else
        {
          /* A map key stored into: m[k] = v.  */
          for (int j = 0; j < nl && i < 0; j++)
            {
              struct node *l = ge_notepath_strip_parens (lhs[j]);
              w.path.len = 0;
              if (l->kind == N_INDEX && ge_notepath_find (&w, l->y))
                {
                  i = j;
                  if (ge_notepath_notes (&ns, &w.path, derefs, leaf) && call_line <= 0)
                    ge_notepath_add (&ns, l, l->tok.off, "key of map put");
                }
            }
        }
    }
  else if ((op = find_at_depth0 (p, s, e, is_send)) >= 0)
    {
      int nr = ge_expr_parse_list (p, op + 1, e, rhs, 32);
      if (nr != 1 || find_value (&w, NULL, 0, rhs, 1) < 0)
        goto done;
      if (ge_notepath_notes (&ns, &w.path, derefs, leaf) && call_line <= 0)
        {
          struct out o = { text, sizeof text, 0 };
          p->at = s;
          p->end = op;
          struct node *ch = ge_expr_parse_expr (p, 1);
          p->end = p->ntoks;
          ge_expr_render (p, &o, ch);
          ge_expr_put (&o, " <- ", 4);
          ge_expr_render (p, &o, rhs[0]);
          ge_notepath_add_text (&ns, text, p->toks[op].off, "send");
        }
    }
  else
    {
      /* An expression statement: a call, whose results go nowhere.  */
      int nr = ge_expr_parse_list (p, s, e, rhs, 1);
      if (nr == 1 && find_value (&w, NULL, 0, rhs, 1) >= 0)
        ge_notepath_notes (&ns, &w.path, derefs, leaf);
    }
  count = ns.n;
done:
  free (p);
  return count;
}

/* Parse every expression of the statement [S, E) into P's nodes.  */
static void
parse_stmt_exprs (struct parser *p, int s, int e)
{
  struct node *v[32];
  while (s < e && (is_tok (p, p->toks[s], "return")
                   || is_tok (p, p->toks[s], "go")
                   || is_tok (p, p->toks[s], "defer")
                   || is_tok (p, p->toks[s], "if")
                   || is_tok (p, p->toks[s], "switch")
                   || is_tok (p, p->toks[s], "case")))
    s++;
  int eq;
  if (s < e && is_tok (p, p->toks[s], "var"))
    {
      if ((eq = find_at_depth0 (p, s, e, is_eq)) >= 0)
        ge_expr_parse_list (p, eq + 1, e, v, 32);
      return;
    }
  if ((eq = find_at_depth0 (p, s, e, ge_stmt_is_assign_op)) >= 0
      || (eq = find_at_depth0 (p, s, e, is_send)) >= 0)
    {
      ge_expr_parse_list (p, s, eq, v, 32);
      p->bad = false;
      ge_expr_parse_list (p, eq + 1, e, v, 32);
      return;
    }
  ge_expr_parse_list (p, s, e, v, 32);
}

int
ge_src_call_text (ge_src_unit *su, const char *file, int line, int col,
                  char *buf, size_t size, int *gc_line, int *gc_col)
{
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return 0;
  int r = 0;
  buf[0] = '\0';
  p->as_noted = true;
  if (k >= 0)
    {
      int s, e;
      stmt_bounds (p, k, &s, &e);
      parse_stmt_exprs (p, s, e);
      long off = p->toks[k].off;
      for (int i = 0; i < p->nnodes && !r; i++)
        {
          const struct node *nd = &p->nodes[i];
          if (nd->kind == N_CALL
              && ((long) nd->tok.off == off
                  || (nd->x && nd->x->kind == N_SEL
                      && ((long) nd->x->at.off == off
                          || (long) nd->x->tok.off == off))
                  || (long) ge_notepath_node_start (nd) == off))
            {
              struct out o = { buf, size, 0 };
              ge_expr_render (p, &o, nd);
              ge_notepath_pos (p, nd->tok.off, gc_line, gc_col);
              r = 1;
            }
        }
    }
  free (p);
  return r;
}

bool
ge_src_unvisited_text (ge_src_unit *su, const char *file, int line, int col,
                       const char *text, char *buf, size_t size)
{
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return false;
  p->as_noted = true;
  int s = 0, e = p->ntoks;
  if (k >= 0)
    stmt_bounds (p, k, &s, &e);
  parse_stmt_exprs (p, s, e);
  bool r = false;
  char seen[1024];
  for (int i = 0; i < p->nnodes && !r; i++)
    {
      const struct node *nd = &p->nodes[i];
      struct out o = { seen, sizeof seen, 0 };
      seen[0] = '\0';
      ge_expr_render (p, &o, nd);
      if (strcmp (seen, text) != 0)
        continue;
      p->unvisited = true;
      struct out b = { buf, size, 0 };
      buf[0] = '\0';
      ge_expr_render (p, &b, nd);
      p->unvisited = false;
      r = strcmp (buf, text) != 0;
    }
  free (p);
  return r;
}

bool
ge_src_range_at (ge_src_unit *su, const char *file, int line, int col)
{
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return false;
  bool r = false;
  if (k >= 0 && is_tok (p, p->toks[k], "for"))
    {
      int s, e;
      stmt_bounds (p, k, &s, &e);
      r = find_at_depth0 (p, k, e, is_range) >= 0;
    }
  free (p);
  return r;
}
