/* goescape: Go expressions from source tokens (see expr.h).  */

#include <string.h>

#include "expr.h"

struct node *
ge_expr_mk (struct parser *p, enum node_kind k, struct tok t)
{
  if (p->nnodes == MAX_NODES)
    {
      p->bad = true;
      return NULL;
    }
  struct node *n = &p->nodes[p->nnodes++];
  memset (n, 0, sizeof *n);
  n->kind = k;
  n->tok = t;
  return n;
}

bool
ge_expr_peek_is (struct parser *p, const char *s)
{
  return p->at < p->end && ge_lex_is (&p->lx, p->toks[p->at], s);
}

bool
ge_expr_accept (struct parser *p, const char *s)
{
  if (!ge_expr_peek_is (p, s))
    return false;
  p->at++;
  return true;
}

int
ge_expr_binary_prec (struct parser *p, struct tok t)
{
  static const char *const levels[][7]
    = { { "||", NULL },
        { "&&", NULL },
        { "==", "!=", "<", "<=", ">", ">=", NULL },
        { "+", "-", "|", "^", NULL },
        { "*", "/", "%", "<<", ">>", "&", "&^" } };
  if (t.kind != T_OP)
    return 0;
  for (int l = 0; l < 5; l++)
    for (int i = 0; i < 7 && levels[l][i]; i++)
      if (ge_lex_is (&p->lx, t, levels[l][i]))
        return l + 1;
  return 0;
}


static struct node *
parse_operand (struct parser *p)
{
  if (p->at >= p->end)
    {
      p->bad = true;
      return NULL;
    }
  struct tok t = p->toks[p->at++];
  if (t.kind == T_IDENT)
    {
      /* Composite and function literals are never part of a
         self-assignment: give up on them.  */
      if (ge_lex_is (&p->lx, t, "func") || ge_lex_is (&p->lx, t, "map")
          || ge_lex_is (&p->lx, t, "chan") || ge_lex_is (&p->lx, t, "struct"))
        p->bad = true;
      return ge_expr_mk (p, N_NAME, t);
    }
  if (t.kind == T_LIT)
    return ge_expr_mk (p, N_LIT, t);
  if (ge_lex_is (&p->lx, t, "("))
    {
      struct node *n = ge_expr_mk (p, N_PAREN, t);
      if (n)
        n->x = ge_expr_parse_expr (p, 1);
      if (!ge_expr_accept (p, ")"))
        p->bad = true;
      return n;
    }
  p->bad = true;
  return NULL;
}

static struct node *
parse_primary (struct parser *p)
{
  struct node *x = parse_operand (p);
  while (!p->bad && p->at < p->end)
    {
      struct tok t = p->toks[p->at];
      if (ge_lex_is (&p->lx, t, "."))
        {
          p->at++;
          if (p->at >= p->end || p->toks[p->at].kind != T_IDENT)
            {
              p->bad = true;  /* a type assertion x.(T) */
              return x;
            }
          struct node *n = ge_expr_mk (p, N_SEL, p->toks[p->at++]);
          if (n)
            n->x = x;
          x = n;
        }
      else if (ge_lex_is (&p->lx, t, "["))
        {
          p->at++;
          struct node *parts[3] = { NULL, NULL, NULL };
          int ncolons = 0;
          for (;;)
            {
              if (ge_expr_peek_is (p, ":"))
                {
                  if (++ncolons > 2)
                    p->bad = true;
                  p->at++;
                  continue;
                }
              if (ge_expr_peek_is (p, "]") || p->bad)
                break;
              parts[ncolons] = ge_expr_parse_expr (p, 1);
            }
          if (!ge_expr_accept (p, "]"))
            p->bad = true;
          struct node *n = ge_expr_mk (p, ncolons ? N_SLICE : N_INDEX, t);
          if (!n)
            return x;
          n->x = x;
          n->y = parts[0];
          n->z = parts[1];
          n->w = parts[2];
          n->three = ncolons == 2;
          if (!ncolons && !parts[0])
            p->bad = true;
          x = n;
        }
      else if (ge_lex_is (&p->lx, t, "("))
        {
          p->at++;
          struct node *n = ge_expr_mk (p, N_CALL, t);
          if (!n)
            return x;
          n->x = x;
          n->args = &p->argv[p->nargv];
          while (!p->bad && !ge_expr_peek_is (p, ")"))
            {
              struct node *a = ge_expr_parse_expr (p, 1);
              if (p->nargv == MAX_NODES)
                p->bad = true;
              else
                p->argv[p->nargv++] = a, n->nargs++;
              if (!ge_expr_accept (p, ","))
                break;
            }
          if (!ge_expr_accept (p, ")"))
            p->bad = true;
          x = n;
        }
      else if (ge_lex_is (&p->lx, t, "{"))
        {
          p->bad = true;  /* a composite literal */
          return x;
        }
      else
        break;
    }
  return x;
}

static struct node *
parse_unary (struct parser *p)
{
  static const char *const ops[] = { "+", "-", "!", "^", "*", "&", "<-", NULL };
  if (p->at < p->end)
    for (int i = 0; ops[i]; i++)
      if (ge_lex_is (&p->lx, p->toks[p->at], ops[i]))
        {
          struct node *n = ge_expr_mk (p, N_UNARY, p->toks[p->at++]);
          if (n)
            n->x = parse_unary (p);
          return n;
        }
  return parse_primary (p);
}

struct node *
ge_expr_parse_expr (struct parser *p, int prec)
{
  struct node *x = parse_unary (p);
  while (!p->bad && p->at < p->end)
    {
      struct tok t = p->toks[p->at];
      int q = ge_expr_binary_prec (p, t);
      if (q < prec || q == 0)
        break;
      p->at++;
      struct node *n = ge_expr_mk (p, N_BINARY, t);
      if (!n)
        break;
      n->x = x;
      n->y = ge_expr_parse_expr (p, q + 1);
      x = n;
    }
  return x;
}

/* Parse a comma-separated expression list of tokens [from, to).  */
int
ge_expr_parse_list (struct parser *p, int from, int to, struct node **out, int max)
{
  p->at = from;
  p->end = to;
  int n = 0;
  while (!p->bad && p->at < to)
    {
      if (n == max)
        {
          p->bad = true;
          break;
        }
      out[n++] = ge_expr_parse_expr (p, 1);
      if (p->at < to && !ge_expr_accept (p, ","))
        p->bad = true;
    }
  return p->bad ? -1 : n;
}

/* ---- gc's rendering ---------------------------------------------- */


void
ge_expr_put (struct out *o, const char *s, size_t n)
{
  for (size_t i = 0; i < n && o->used + 1 < o->size; i++)
    o->buf[o->used++] = s[i];
  o->buf[o->used] = '\0';
}

void
ge_expr_put_tok (struct parser *p, struct out *o, struct tok t)
{
  ge_expr_put (o, p->lx.f->text + t.off, t.len);
}

void
ge_expr_render (struct parser *p, struct out *o, const struct node *n)
{
  if (!n)
    return;
  switch (n->kind)
    {
    case N_NAME:
    case N_LIT:
      ge_expr_put_tok (p, o, n->tok);
      break;
    case N_SEL:
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, ".", 1);
      ge_expr_put_tok (p, o, n->tok);
      break;
    case N_INDEX:
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, "[", 1);
      ge_expr_render (p, o, n->y);
      ge_expr_put (o, "]", 1);
      break;
    case N_SLICE:
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, "[", 1);
      ge_expr_render (p, o, n->y);
      ge_expr_put (o, ":", 1);
      ge_expr_render (p, o, n->z);
      if (n->three)
        {
          ge_expr_put (o, ":", 1);
          ge_expr_render (p, o, n->w);
        }
      ge_expr_put (o, "]", 1);
      break;
    case N_CALL:
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, "(", 1);
      ge_expr_render_list (p, o, n->args, n->nargs);
      ge_expr_put (o, ")", 1);
      break;
    case N_UNARY:
      ge_expr_put_tok (p, o, n->tok);
      ge_expr_render (p, o, n->x);
      break;
    case N_BINARY:
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, " ", 1);
      ge_expr_put_tok (p, o, n->tok);
      ge_expr_put (o, " ", 1);
      ge_expr_render (p, o, n->y);
      break;
    case N_PAREN:
      ge_expr_put (o, "(", 1);
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, ")", 1);
      break;
    }
}

void
ge_expr_render_list (struct parser *p, struct out *o, struct node **v, int n)
{
  for (int i = 0; i < n; i++)
    {
      if (i)
        ge_expr_put (o, ", ", 2);
      ge_expr_render (p, o, v[i]);
    }
}

