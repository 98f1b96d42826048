/* goescape: gc's self-assignment rule, read from the Go source.

   gc ignores assignments that cannot change what an object points to
   (escape/utils.go: isSelfAssign, isSliceSelfAssign) and says so under
   -m: "ignoring self-assignment in b.buf = b.buf[:0]".  The rule is
   syntactic (ir.SameSafeExpr, mayAffectMemory), so it is applied here to
   the statement's tokens, parsed into a small expression tree, and the
   statement is rendered back as gc formats it.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "goescape/source.h"
#include "lexer.h"

enum node_kind
{
  N_NAME,
  N_LIT,
  N_SEL,     /* x.name */
  N_INDEX,   /* x[i] */
  N_SLICE,   /* x[lo:hi] or x[lo:hi:max] */
  N_CALL,    /* x(args) */
  N_UNARY,   /* op x */
  N_BINARY,  /* x op y */
  N_PAREN    /* (x) */
};

struct node
{
  enum node_kind kind;
  struct tok tok;  /* name, literal, selector or operator */
  struct node *x, *y, *z, *w;
  struct node **args;
  int nargs;
  bool three;      /* a three-index slice */
};

#define MAX_TOKS 256
#define MAX_NODES 256

struct parser
{
  struct lexer lx;
  struct tok toks[MAX_TOKS];
  int ntoks, at, end;
  struct node nodes[MAX_NODES];
  int nnodes;
  struct node *argv[MAX_NODES];
  int nargv;
  bool bad;
};

static struct node *
mk (struct parser *p, enum node_kind k, struct tok t)
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

static bool
peek_is (struct parser *p, const char *s)
{
  return p->at < p->end && ge_lex_is (&p->lx, p->toks[p->at], s);
}

static bool
accept (struct parser *p, const char *s)
{
  if (!peek_is (p, s))
    return false;
  p->at++;
  return true;
}

static int
binary_prec (struct parser *p, struct tok t)
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

static struct node *parse_expr (struct parser *p, int prec);

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
      return mk (p, N_NAME, t);
    }
  if (t.kind == T_LIT)
    return mk (p, N_LIT, t);
  if (ge_lex_is (&p->lx, t, "("))
    {
      struct node *n = mk (p, N_PAREN, t);
      if (n)
        n->x = parse_expr (p, 1);
      if (!accept (p, ")"))
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
          struct node *n = mk (p, N_SEL, p->toks[p->at++]);
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
              if (peek_is (p, ":"))
                {
                  if (++ncolons > 2)
                    p->bad = true;
                  p->at++;
                  continue;
                }
              if (peek_is (p, "]") || p->bad)
                break;
              parts[ncolons] = parse_expr (p, 1);
            }
          if (!accept (p, "]"))
            p->bad = true;
          struct node *n = mk (p, ncolons ? N_SLICE : N_INDEX, t);
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
          struct node *n = mk (p, N_CALL, t);
          if (!n)
            return x;
          n->x = x;
          n->args = &p->argv[p->nargv];
          while (!p->bad && !peek_is (p, ")"))
            {
              struct node *a = parse_expr (p, 1);
              if (p->nargv == MAX_NODES)
                p->bad = true;
              else
                p->argv[p->nargv++] = a, n->nargs++;
              if (!accept (p, ","))
                break;
            }
          if (!accept (p, ")"))
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
          struct node *n = mk (p, N_UNARY, p->toks[p->at++]);
          if (n)
            n->x = parse_unary (p);
          return n;
        }
  return parse_primary (p);
}

static struct node *
parse_expr (struct parser *p, int prec)
{
  struct node *x = parse_unary (p);
  while (!p->bad && p->at < p->end)
    {
      struct tok t = p->toks[p->at];
      int q = binary_prec (p, t);
      if (q < prec || q == 0)
        break;
      p->at++;
      struct node *n = mk (p, N_BINARY, t);
      if (!n)
        break;
      n->x = x;
      n->y = parse_expr (p, q + 1);
      x = n;
    }
  return x;
}

/* Parse a comma-separated expression list of tokens [from, to).  */
static int
parse_list (struct parser *p, int from, int to, struct node **out, int max)
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
      out[n++] = parse_expr (p, 1);
      if (p->at < to && !accept (p, ","))
        p->bad = true;
    }
  return p->bad ? -1 : n;
}

/* ---- gc's rules ------------------------------------------------------ */

static bool
same_tok (struct parser *p, struct tok a, struct tok b)
{
  return a.len == b.len
         && memcmp (p->lx.f->text + a.off, p->lx.f->text + b.off, a.len) == 0;
}

static struct node *
strip_parens (struct node *n)
{
  while (n && n->kind == N_PAREN)
    n = n->x;
  return n;
}

static bool
is_simple_conversion (struct parser *p, const struct node *call)
{
  static const char *const types[]
    = { "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
        "uint32", "uint64", "uintptr", "byte", "rune", "float32", "float64",
        "bool", NULL };
  if (call->nargs != 1 || !call->x || call->x->kind != N_NAME)
    return false;
  for (int i = 0; types[i]; i++)
    if (ge_lex_is (&p->lx, call->x->tok, types[i]))
      return true;
  return false;
}

static bool
is_len_or_cap (struct parser *p, const struct node *call)
{
  return call->nargs == 1 && call->x && call->x->kind == N_NAME
         && (ge_lex_is (&p->lx, call->x->tok, "len")
             || ge_lex_is (&p->lx, call->x->tok, "cap"));
}

/* ir.SameSafeExpr.  */
static bool
same_safe_expr (struct parser *p, struct node *l, struct node *r)
{
  l = strip_parens (l);
  r = strip_parens (r);
  if (!l || !r || l->kind != r->kind)
    return false;
  switch (l->kind)
    {
    case N_NAME:
    case N_LIT:
      return same_tok (p, l->tok, r->tok);
    case N_SEL:
      return same_tok (p, l->tok, r->tok) && same_safe_expr (p, l->x, r->x);
    case N_UNARY:
      if (ge_lex_is (&p->lx, l->tok, "&") || ge_lex_is (&p->lx, l->tok, "<-"))
        return false;
      return same_tok (p, l->tok, r->tok) && same_safe_expr (p, l->x, r->x);
    case N_INDEX:
      return same_safe_expr (p, l->x, r->x) && same_safe_expr (p, l->y, r->y);
    case N_BINARY:
      return same_tok (p, l->tok, r->tok) && binary_prec (p, l->tok) >= 4
             && same_safe_expr (p, l->x, r->x) && same_safe_expr (p, l->y, r->y);
    case N_CALL:
      return is_simple_conversion (p, l) && is_simple_conversion (p, r)
             && same_safe_expr (p, l->x, r->x)
             && same_safe_expr (p, l->args[0], r->args[0]);
    default:
      return false;
    }
}

/* escape.mayAffectMemory.  */
static bool
may_affect_memory (struct parser *p, struct node *n)
{
  n = strip_parens (n);
  if (!n)
    return false;
  switch (n->kind)
    {
    case N_NAME:
    case N_LIT:
      return false;
    case N_BINARY:
      /* Arithmetic only; comparisons and logic count as effects.  */
      if (binary_prec (p, n->tok) < 4)
        return true;
      return may_affect_memory (p, n->x) || may_affect_memory (p, n->y);
    case N_INDEX:
      return may_affect_memory (p, n->x) || may_affect_memory (p, n->y);
    case N_SEL:
      return may_affect_memory (p, n->x);
    case N_UNARY:
      if (ge_lex_is (&p->lx, n->tok, "&") || ge_lex_is (&p->lx, n->tok, "<-"))
        return true;
      return may_affect_memory (p, n->x);
    case N_CALL:
      if (is_len_or_cap (p, n) || is_simple_conversion (p, n))
        return may_affect_memory (p, n->args[0]);
      return true;
    default:
      return true;
    }
}

static bool
is_deref (struct parser *p, const struct node *n)
{
  return n && n->kind == N_UNARY && ge_lex_is (&p->lx, n->tok, "*");
}

/* The name X of *X or X.f (when the store goes through a pointer), or
   NULL.  */
static struct node *
deref_base (struct parser *p, struct node *n, bool through_ptr)
{
  n = strip_parens (n);
  if (is_deref (p, n))
    n = strip_parens (n->x);
  else if (n && n->kind == N_SEL && through_ptr)
    n = strip_parens (n->x);
  else
    return NULL;
  return n && n->kind == N_NAME ? n : NULL;
}

/* escape.isSliceSelfAssign: b.buf = b.buf[n:m], *b = (*b)[n:m].  */
static bool
slice_self_assign (struct parser *p, struct node *dst, struct node *src,
                   bool through_ptr)
{
  struct node *dx = deref_base (p, dst, through_ptr);
  src = strip_parens (src);
  if (!dx || !src || src->kind != N_SLICE)
    return false;
  /* Slicing an array field of *b stores a pointer into b itself.  */
  if (!through_ptr)
    return false;
  struct node *bx = deref_base (p, src->x, true);
  return bx && same_tok (p, dx->tok, bx->tok);
}

/* escape.isSelfAssign.  */
static bool
self_assign (struct parser *p, struct node *dst, struct node *src,
             bool through_ptr)
{
  if (slice_self_assign (p, dst, src, through_ptr))
    return true;
  dst = strip_parens (dst);
  src = strip_parens (src);
  if (!dst || !src || dst->kind != src->kind)
    return false;
  if (dst->kind == N_SEL)
    return same_safe_expr (p, dst->x, src->x);
  if (dst->kind == N_INDEX)
    return !may_affect_memory (p, dst->y) && !may_affect_memory (p, src->y)
           && same_safe_expr (p, dst->x, src->x);
  return false;
}

/* ---- gc's rendering ------------------------------------------------ */

struct out
{
  char *buf;
  size_t size, used;
};

static void
put (struct out *o, const char *s, size_t n)
{
  for (size_t i = 0; i < n && o->used + 1 < o->size; i++)
    o->buf[o->used++] = s[i];
  o->buf[o->used] = '\0';
}

static void
put_tok (struct parser *p, struct out *o, struct tok t)
{
  put (o, p->lx.f->text + t.off, t.len);
}

static void
render (struct parser *p, struct out *o, const struct node *n)
{
  if (!n)
    return;
  switch (n->kind)
    {
    case N_NAME:
    case N_LIT:
      put_tok (p, o, n->tok);
      break;
    case N_SEL:
      render (p, o, n->x);
      put (o, ".", 1);
      put_tok (p, o, n->tok);
      break;
    case N_INDEX:
      render (p, o, n->x);
      put (o, "[", 1);
      render (p, o, n->y);
      put (o, "]", 1);
      break;
    case N_SLICE:
      render (p, o, n->x);
      put (o, "[", 1);
      render (p, o, n->y);
      put (o, ":", 1);
      render (p, o, n->z);
      if (n->three)
        {
          put (o, ":", 1);
          render (p, o, n->w);
        }
      put (o, "]", 1);
      break;
    case N_CALL:
      render (p, o, n->x);
      put (o, "(", 1);
      for (int i = 0; i < n->nargs; i++)
        {
          if (i)
            put (o, ", ", 2);
          render (p, o, n->args[i]);
        }
      put (o, ")", 1);
      break;
    case N_UNARY:
      put_tok (p, o, n->tok);
      render (p, o, n->x);
      break;
    case N_BINARY:
      render (p, o, n->x);
      put (o, " ", 1);
      put_tok (p, o, n->tok);
      put (o, " ", 1);
      render (p, o, n->y);
      break;
    case N_PAREN:
      put (o, "(", 1);
      render (p, o, n->x);
      put (o, ")", 1);
      break;
    }
}

static void
render_list (struct parser *p, struct out *o, struct node **v, int n)
{
  for (int i = 0; i < n; i++)
    {
      if (i)
        put (o, ", ", 2);
      render (p, o, v[i]);
    }
}

/* ---- the statement ------------------------------------------------- */

/* "=", or an operator assignment such as "-=" (gc's OASOP, whose
   destination and operand the rule compares too).  */
static bool
is_assign_op (struct parser *p, struct tok t)
{
  static const char *const ops[]
    = { "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=",
        "&^=", NULL };
  for (int i = 0; ops[i]; i++)
    if (ge_lex_is (&p->lx, t, ops[i]))
      return true;
  return false;
}

int
ge_src_self_assign (const char *file, int line, int col, bool through_ptr,
                    char *text, size_t size, bool *all)
{
  struct parser *p = XCNEW (struct parser);
  int result = -1;
  *all = false;
  if (size)
    text[0] = '\0';

  p->lx.f = ge_lex_load (file);
  long start = ge_lex_offset_of (p->lx.f, line, 1);
  long at = ge_lex_offset_of (p->lx.f, line, col);
  if (start < 0 || at < 0)
    goto done;

  /* The statement's tokens: from the line's start (or the last ";", "{"
     or "}" before the "=") to the end of the line, a ";" or an opening
     brace at depth 0.  */
  p->lx.off = (size_t) start;
  int eq = -1, depth = 0;
  for (;;)
    {
      struct tok t = ge_lex_next (&p->lx);
      if (t.kind == T_EOF)
        break;
      int tl, tc;
      ge_lex_pos_of (p->lx.f, t.off, &tl, &tc);
      if (tl != line)
        break;
      if (eq < 0)
        {
          if ((long) t.off == at)
            {
              if (!is_assign_op (p, t) || depth != 0)
                goto done;
              eq = p->ntoks;
            }
          else if ((long) t.off > at)
            goto done;
          if (ge_lex_is (&p->lx, t, ";") || ge_lex_is (&p->lx, t, "{")
              || ge_lex_is (&p->lx, t, "}"))
            {
              p->ntoks = 0;
              depth = 0;
              continue;
            }
        }
      else if (depth == 0
               && (ge_lex_is (&p->lx, t, ";") || ge_lex_is (&p->lx, t, "{")
                   || ge_lex_is (&p->lx, t, "}")))
        break;
      if (ge_lex_is (&p->lx, t, "(") || ge_lex_is (&p->lx, t, "["))
        depth++;
      else if (ge_lex_is (&p->lx, t, ")") || ge_lex_is (&p->lx, t, "]"))
        depth--;
      if (p->ntoks == MAX_TOKS)
        goto done;
      p->toks[p->ntoks++] = t;
    }
  if (eq <= 0)
    goto done;
  /* Statements that begin with a keyword are not plain assignments.  */
  if (p->toks[0].kind == T_IDENT
      && (ge_lex_is (&p->lx, p->toks[0], "for")
          || ge_lex_is (&p->lx, p->toks[0], "if")
          || ge_lex_is (&p->lx, p->toks[0], "switch")
          || ge_lex_is (&p->lx, p->toks[0], "var")
          || ge_lex_is (&p->lx, p->toks[0], "const")))
    goto done;

  struct node *dsts[16], *srcs[16];
  int nd = parse_list (p, 0, eq, dsts, 16);
  int ns = nd < 0 ? -1 : parse_list (p, eq + 1, p->ntoks, srcs, 16);
  if (nd <= 0 || ns != nd)
    goto done;

  result = 0;
  for (int i = 0; i < nd; i++)
    if (self_assign (p, dsts[i], srcs[i], through_ptr))
      result++;
  *all = result == nd;

  if (!ge_lex_is (&p->lx, p->toks[eq], "=") && nd != 1)
    result = -1;

  struct out o = { text, size, 0 };
  if (size)
    {
      render_list (p, &o, dsts, nd);
      put (&o, " ", 1);
      put_tok (p, &o, p->toks[eq]);
      put (&o, " ", 1);
      render_list (p, &o, srcs, ns);
    }

done:
  free (p);
  return result;
}
