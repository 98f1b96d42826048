/* goescape: Go expressions from source tokens (see expr.h).  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "decls.h"
#include "expr.h"

struct parser *
ge_parser_new (void)
{
  struct parser *p = XNEW (struct parser);
  memset (&p->lx, 0, sizeof p->lx);
  /* Tokens past the last are read as T_EOF.  */
  memset (p->toks, 0, sizeof p->toks);
  p->ntoks = p->at = p->end = 0;
  p->nnodes = 0;
  p->nargv = 0;
  p->bad = p->full = p->header = p->as_noted = p->unvisited = false;
  return p;
}

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
  n->at = t;
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

/* Give N the operands V[0..NV) (call arguments, literal elements).  */
static void
set_operands (struct parser *p, struct node *n, struct node **v, int nv)
{
  if (p->nargv + nv > MAX_NODES)
    {
      p->bad = true;
      return;
    }
  n->args = &p->argv[p->nargv];
  memcpy (n->args, v, nv * sizeof *v);
  p->nargv += nv;
  n->nargs = nv;
}

/* Skip a bracketed group starting at the current token OPEN.  */
static void
skip_group (struct parser *p, const char *open, const char *close)
{
  if (!ge_expr_accept (p, open))
    {
      p->bad = true;
      return;
    }
  for (int depth = 1; depth > 0;)
    {
      if (p->at >= p->end)
        {
          p->bad = true;
          return;
        }
      struct tok t = p->toks[p->at++];
      if (ge_lex_is (&p->lx, t, open))
        depth++;
      else if (ge_lex_is (&p->lx, t, close))
        depth--;
    }
}

static bool
starts_type (struct parser *p)
{
  static const char *const kw[]
    = { "[", "map", "chan", "struct", "interface", "func", "*", "(", NULL };
  if (p->at >= p->end)
    return false;
  if (p->toks[p->at].kind == T_IDENT)
    return true;
  for (int i = 0; kw[i]; i++)
    if (ge_expr_peek_is (p, kw[i]))
      return true;
  return false;
}

/* Skip the tokens of a type at the current token.  */
static void
skip_type (struct parser *p)
{
  if (p->bad || p->at >= p->end)
    {
      p->bad = true;
      return;
    }
  if (ge_expr_peek_is (p, "["))
    {
      skip_group (p, "[", "]");
      skip_type (p);
    }
  else if (ge_expr_accept (p, "map"))
    {
      skip_group (p, "[", "]");
      skip_type (p);
    }
  else if (ge_expr_accept (p, "chan") || ge_expr_accept (p, "*"))
    {
      ge_expr_accept (p, "<-");
      skip_type (p);
    }
  else if (ge_expr_accept (p, "<-"))
    {
      ge_expr_accept (p, "chan");
      skip_type (p);
    }
  else if (ge_expr_accept (p, "struct") || ge_expr_accept (p, "interface"))
    skip_group (p, "{", "}");
  else if (ge_expr_accept (p, "func"))
    {
      skip_group (p, "(", ")");
      if (ge_expr_peek_is (p, "("))
        skip_group (p, "(", ")");
      else if (starts_type (p) && !ge_expr_peek_is (p, "{"))
        skip_type (p);
    }
  else if (ge_expr_peek_is (p, "("))
    skip_group (p, "(", ")");
  else if (p->toks[p->at].kind == T_IDENT)
    {
      p->at++;
      if (ge_expr_peek_is (p, ".") && p->at + 1 < p->end
          && p->toks[p->at + 1].kind == T_IDENT)
        p->at += 2;
    }
  else
    p->bad = true;
}

/* The type at the current token, as an N_TYPE node over its tokens.  */
static struct node *
type_node (struct parser *p)
{
  struct tok first = p->toks[p->at];
  int t0 = p->at;
  skip_type (p);
  struct node *n = ge_expr_mk (p, N_TYPE, first);
  if (n)
    {
      n->t0 = t0;
      n->t1 = p->at;
    }
  return n;
}

/* A type written where an operand is expected, or a function literal.  */
static struct node *
parse_type_operand (struct parser *p)
{
  bool is_func = ge_expr_peek_is (p, "func");
  struct node *n = type_node (p);
  if (n && is_func && ge_expr_peek_is (p, "{"))
    {
      skip_group (p, "{", "}");
      n->kind = N_FUNCLIT;
    }
  return n;
}

struct node *
ge_expr_parse_type (struct parser *p)
{
  if (p->at >= p->end)
    return NULL;
  if (p->toks[p->at].kind == T_IDENT && !ge_expr_peek_is (p, "map")
      && !ge_expr_peek_is (p, "chan") && !ge_expr_peek_is (p, "struct")
      && !ge_expr_peek_is (p, "interface") && !ge_expr_peek_is (p, "func"))
    {
      /* A type name, perhaps qualified: rendered as a selector.  */
      struct node *n = ge_expr_mk (p, N_NAME, p->toks[p->at++]);
      if (n && ge_expr_peek_is (p, ".") && p->at + 1 < p->end
          && p->toks[p->at + 1].kind == T_IDENT)
        {
          struct node *sel = ge_expr_mk (p, N_SEL, p->toks[p->at + 1]);
          if (sel)
            sel->x = n;
          p->at += 2;
          return sel;
        }
      return n;
    }
  return type_node (p);
}

static struct node *parse_complit (struct parser *p, struct node *type);

/* One element of a composite literal: value, or key: value.  */
static struct node *
parse_element (struct parser *p)
{
  struct node *k = ge_expr_peek_is (p, "{") ? parse_complit (p, NULL)
                                            : ge_expr_parse_expr (p, 1);
  if (!ge_expr_peek_is (p, ":"))
    return k;
  struct node *kv = ge_expr_mk (p, N_KV, p->toks[p->at++]);
  if (!kv)
    return k;
  kv->x = k;
  kv->y = ge_expr_peek_is (p, "{") ? parse_complit (p, NULL)
                                   : ge_expr_parse_expr (p, 1);
  return kv;
}

/* TYPE{elements} at the brace; TYPE is NULL when elided.  */
static struct node *
parse_complit (struct parser *p, struct node *type)
{
  struct node *n = ge_expr_mk (p, N_COMPLIT, p->toks[p->at++]);
  if (!n)
    return NULL;
  n->x = type;
  bool saved = p->header;
  p->header = false;
  struct node *elems[MAX_NODES];
  int ne = 0;
  while (!p->bad && !ge_expr_peek_is (p, "}"))
    {
      struct node *e = parse_element (p);
      if (ne < MAX_NODES)
        elems[ne++] = e;
      if (!ge_expr_accept (p, ","))
        break;
    }
  if (!ge_expr_accept (p, "}"))
    p->bad = true;
  p->header = saved;
  set_operands (p, n, elems, ne);
  return n;
}

/* Whether X followed by "{" starts a composite literal.  */
static bool
complit_type (struct parser *p, const struct node *x)
{
  if (!p->full || !x)
    return false;
  if (x->kind == N_TYPE)
    return true;
  if (p->header)
    return false;  /* "if x == T {" opens the block */
  return x->kind == N_NAME
         || (x->kind == N_SEL && x->x && x->x->kind == N_NAME);
}

static struct node *
parse_operand (struct parser *p)
{
  if (p->at >= p->end)
    {
      p->bad = true;
      return NULL;
    }
  if (p->full && (ge_expr_peek_is (p, "[") || ge_expr_peek_is (p, "map")
                  || ge_expr_peek_is (p, "chan") || ge_expr_peek_is (p, "struct")
                  || ge_expr_peek_is (p, "interface")
                  || ge_expr_peek_is (p, "func")))
    return parse_type_operand (p);
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
          if (p->full && ge_expr_peek_is (p, "("))
            {
              struct node *n = ge_expr_mk (p, N_ASSERT, t);
              if (!n)
                return x;
              n->x = x;
              n->t0 = p->at + 1;
              skip_group (p, "(", ")");
              n->t1 = p->at - 1;
              x = n;
              continue;
            }
          if (p->at >= p->end || p->toks[p->at].kind != T_IDENT)
            {
              p->bad = true;  /* a type assertion x.(T) */
              return x;
            }
          struct node *n = ge_expr_mk (p, N_SEL, p->toks[p->at++]);
          if (n)
            {
              n->x = x;
              n->at = t;
            }
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
          /* Nested calls take argv slots too: collect, then copy.  */
          struct node *args[MAX_NODES];
          int na = 0;
          while (!p->bad && !ge_expr_peek_is (p, ")"))
            {
              struct node *a = ge_expr_parse_expr (p, 1);
              if (na < MAX_NODES)
                args[na++] = a;
              if (p->full && ge_expr_accept (p, "..."))
                n->ddd = true;
              if (!ge_expr_accept (p, ","))
                break;
            }
          set_operands (p, n, args, na);
          if (!ge_expr_accept (p, ")"))
            p->bad = true;
          x = n;
        }
      else if (ge_lex_is (&p->lx, t, "{"))
        {
          if (!complit_type (p, x))
            {
              if (!p->full)
                p->bad = true;  /* a composite literal */
              return x;
            }
          x = parse_complit (p, x);
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

/* A conversion to an alias A = T: gc prints T(x).  */
static bool
alias_target (struct parser *p, struct tok name, char *buf, size_t size)
{
  struct src_file *f = p->lx.f;
  char *s = xstrndup (f->text + name.off, name.len);
  bool ok = ge_decls_alias_of (f->su, f->path, s, buf, size);
  free (s);
  return ok;
}

/* The arguments of CALL; a variadic call's trailing ones are gc's
   implicit slice.  */
static void
render_args (struct parser *p, struct out *o, const struct node *call)
{
  int fixed = p->unvisited ? -1 : ge_variadic_call_at (p->lx.f, call->tok.off);
  if (fixed < 0 || fixed > call->nargs)
    {
      ge_expr_render_list (p, o, call->args, call->nargs);
      if (call->ddd)
        ge_expr_put (o, "...", 3);
      return;
    }
  ge_expr_render_list (p, o, call->args, fixed);
  if (fixed > 0)
    ge_expr_put (o, ", ", 2);
  ge_expr_put (o, "... argument...", 15);
}

/* X as the operand of a unary operator, a selector, an index or a
   call.  gc prints the node it has, whose parentheses are its own, by
   precedence: "*(&x)", "(*p).f", not the source's (its noder drops
   ParenExpr).  */
static void
render_operand (struct parser *p, struct out *o, const struct node *x)
{
  while (x && x->kind == N_PAREN)
    x = x->x;
  bool paren = x && (x->kind == N_UNARY || x->kind == N_BINARY);
  if (paren)
    ge_expr_put (o, "(", 1);
  ge_expr_render (p, o, x);
  if (paren)
    ge_expr_put (o, ")", 1);
}

/* The receiver of the method selector SEL if it is a call's result,
   which gc copies into a temporary: ".autotmp_N" into O.  */
static bool
render_receiver_temp (struct parser *p, struct out *o, const struct node *sel)
{
  const struct node *recv = sel->x;
  while (recv && recv->kind == N_PAREN)
    recv = recv->x;
  if (!recv || recv->kind != N_CALL)
    return false;
  struct src_file *f = p->lx.f;
  int n = ge_src_autotmp_index (f->su, f->path, sel->at.off);
  if (n < 0)
    return false;
  char buf[32];
  int len = snprintf (buf, sizeof buf, ".autotmp_%d", n);
  ge_expr_put (o, buf, (size_t) len);
  return true;
}

/* Operand X of the binary N, in parentheses where precedence needs
   them ("(a + b) * c", "n << 2 + m").  */
static void
render_binary_operand (struct parser *p, struct out *o, const struct node *n,
                       const struct node *x, bool right)
{
  const struct node *s = x;
  while (s && s->kind == N_PAREN)
    s = s->x;
  if (!s || s->kind != N_BINARY)
    {
      ge_expr_render (p, o, x);
      return;
    }
  int outer = ge_expr_binary_prec (p, n->tok);
  int inner = ge_expr_binary_prec (p, s->tok);
  bool paren = inner < outer || (right && inner == outer);
  if (paren)
    ge_expr_put (o, "(", 1);
  ge_expr_render (p, o, s);
  if (paren)
    ge_expr_put (o, ")", 1);
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
      render_operand (p, o, n->x);
      ge_expr_put (o, ".", 1);
      {
        /* gc's explicit embedded fields: in.Rcode is in.MsgHdr.Rcode.  */
        const char *path = ge_implicit_fields_at (p->lx.f, n->at.off, n->tok);
        for (; path && *path; path++)
          if (*path != '*')
            ge_expr_put (o, path, 1);
        if (path)
          ge_expr_put (o, ".", 1);
      }
      ge_expr_put_tok (p, o, n->tok);
      break;
    case N_INDEX:
      render_operand (p, o, n->x);
      ge_expr_put (o, "[", 1);
      ge_expr_render (p, o, n->y);
      ge_expr_put (o, "]", 1);
      break;
    case N_SLICE:
      render_operand (p, o, n->x);
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
      if (n->x && n->x->kind == N_SEL)
        {
          char prefix;
          const char *m = ge_method_call_at (p->lx.f, n->x->at.off, &prefix);
          if (m)
            {
              /* A static method call: its method expression applied to
                 the receiver.  */
              ge_expr_put (o, m, strlen (m));
              ge_expr_put (o, "(", 1);
              /* gc's printer skips the implicit & or * of the receiver
                 ("(*Q).String(v)" for v.String()): its explicit one is
                 in the source.  A call's result is gc's temporary.  */
              if (!render_receiver_temp (p, o, n->x))
                ge_expr_render (p, o, n->x->x);
              /* A promoted method's: the embedded field's method, on
                 the field.  */
              const char *path = ge_method_call_path (p->lx.f, n->x->at.off);
              if (path)
                {
                  ge_expr_put (o, ".", 1);
                  ge_expr_put (o, path + 1, strlen (path + 1));
                }
              if (n->nargs)
                ge_expr_put (o, ", ", 2);
              render_args (p, o, n);
              ge_expr_put (o, ")", 1);
              break;
            }
        }
      /* A conversion to a type other than a name: ([]byte)(s); a
         function literal called where it is written.  */
      if (n->x && (n->x->kind == N_TYPE || n->x->kind == N_FUNCLIT))
        ge_expr_put (o, "(", 1);
      char alias[128];
      if (n->x && n->x->kind == N_NAME && n->nargs == 1
          && alias_target (p, n->x->tok, alias, sizeof alias))
        ge_expr_put (o, alias, strlen (alias));
      else if (n->x && n->x->kind == N_PAREN)
        {
          /* (*T)(x) keeps its parentheses.  */
          ge_expr_put (o, "(", 1);
          ge_expr_render (p, o, n->x->x);
          ge_expr_put (o, ")", 1);
        }
      else if (n->x && n->x->kind == N_SEL && render_receiver_temp (p, o, n->x))
        {
          /* c.Err().Error(): the interface's temporary, .autotmp_N.  */
          ge_expr_put (o, ".", 1);
          ge_expr_put_tok (p, o, n->x->tok);
        }
      else
        render_operand (p, o, n->x);
      if (n->x && (n->x->kind == N_TYPE || n->x->kind == N_FUNCLIT))
        ge_expr_put (o, ")", 1);
      ge_expr_put (o, "(", 1);
      render_args (p, o, n);
      ge_expr_put (o, ")", 1);
      break;
    case N_UNARY:
      ge_expr_put_tok (p, o, n->tok);
      render_operand (p, o, n->x);
      break;
    case N_BINARY:
      render_binary_operand (p, o, n, n->x, false);
      ge_expr_put (o, " ", 1);
      ge_expr_put_tok (p, o, n->tok);
      ge_expr_put (o, " ", 1);
      render_binary_operand (p, o, n, n->y, true);
      break;
    case N_PAREN:
      /* gc prints its own parentheses, not the source's.  */
      ge_expr_render (p, o, n->x);
      break;
    case N_TYPE:
      ge_expr_render_type (p, o, n->t0, n->t1);
      break;
    case N_COMPLIT:
      /* gc elides the elements, and shows "{}" when there are none.  */
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, n->nargs ? "{...}" : "{}", n->nargs ? 5 : 2);
      break;
    case N_KV:
      ge_expr_render (p, o, n->x);
      ge_expr_put (o, ":", 1);
      ge_expr_render (p, o, n->y);
      break;
    case N_FUNCLIT:
      ge_expr_put (o, "func literal", 12);
      break;
    case N_ASSERT:
      render_operand (p, o, n->x);
      ge_expr_put (o, ".(", 2);
      ge_expr_render_type (p, o, n->t0, n->t1);
      ge_expr_put (o, ")", 1);
      break;
    }
}

void
ge_expr_render_type (struct parser *p, struct out *o, int from, int to)
{
  for (int i = from; i < to; i++)
    {
      struct tok none = { T_EOF, 0, 0 };
      struct tok t = p->toks[i];
      struct tok prev = i > from ? p->toks[i - 1] : none;
      struct tok prev2 = i > from + 1 ? p->toks[i - 2] : none;
      const char *gap = ge_lex_type_gap (&p->lx, prev2, prev, t);
      ge_expr_put (o, gap, strlen (gap));
      ge_expr_put_tok (p, o, t);
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

