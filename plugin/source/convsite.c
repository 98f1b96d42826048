/* goescape: where and how gc reports an interface conversion.

   gccgo places the conversion of a value to an interface at the
   construct that needs it: the call, the return statement, the
   assignment's operator, the composite literal, the declared variable.
   gc reports the implicit OCONVIFACE node, whose position is whatever
   noder's base.Pos held when typecheck inserted it (noder/transform.go,
   typecheckaste and assignconvfn):

   - expr0 sets base.Pos to each non-constant expression it builds, in
     pre-order, so after building a construct base.Pos is the last such
     node ("last visited");
   - a call first sets it to the call's parenthesis, then each argument
     with a position of its own (anything but a variable's name) moves it
     there before being converted; a return statement does the same from
     the last visited node of its results;
   - an assignment converts at the last visited node of its left side,
     which is built after the right side; a declaration at the last
     visited node of its values, or at the declared name;
   - a composite literal's elements convert where they are, a keyed
     element at its colon; a builtin (panic, append) at the last visited
     node of the whole call.

   This file parses the construct at gccgo's position and lists the
   operands that may be converted there, each with gc's position and
   text.  The GIMPLE reader picks among them.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/safe-ctype.h>

#include "goescape/source/source.h"
#include "decls.h"
#include "expr.h"
#include "statement.h"

struct site
{
  struct parser *p;
  const char *file;
  struct ge_src_conv *out;
  int n, max;
  char construct;  /* of the operands being emitted */
  int index, count;
};

static bool
tok_is (struct site *s, struct tok t, const char *text)
{
  return ge_lex_is (&s->p->lx, t, text);
}

static char *
tok_str (struct site *s, struct tok t, char *buf, size_t size)
{
  size_t n = t.len < size - 1 ? t.len : size - 1;
  memcpy (buf, s->p->lx.f->text + t.off, n);
  buf[n] = '\0';
  return buf;
}

static const struct node *
unparen (const struct node *n)
{
  while (n && n->kind == N_PAREN)
    n = n->x;
  return n;
}

static bool
name_is_const (struct site *s, const struct node *n)
{
  char buf[128];
  return ge_decls_is_const (s->p->lx.f->su, s->file, n->tok.off,
                            tok_str (s, n->tok, buf, sizeof buf));
}

static bool
name_is_type (struct site *s, const struct node *n)
{
  char buf[128];
  return n && n->kind == N_NAME
         && ge_decls_is_type (s->p->lx.f->su, s->file, n->tok.off,
                              tok_str (s, n->tok, buf, sizeof buf));
}

static bool
name_is_import (struct site *s, const struct node *n)
{
  char buf[128];
  return n && n->kind == N_NAME
         && ge_decls_is_import (s->p->lx.f->su, s->file, tok_str (s, n->tok, buf, sizeof buf));
}

static bool
is_builtin (struct site *s, const struct node *fun)
{
  static const char *const names[]
    = { "append", "cap", "close", "complex", "copy", "delete", "imag", "len",
        "make", "new", "panic", "print", "println", "real", "recover", NULL };
  fun = unparen (fun);
  if (!fun || fun->kind != N_NAME)
    return false;
  for (int i = 0; names[i]; i++)
    if (tok_is (s, fun->tok, names[i]))
      return !ge_decls_is_func (s->p->lx.f->su, s->file, names[i]);
  return false;
}

/* The function of a call is a type: the call is a conversion.  */
static bool
is_type_expr (struct site *s, const struct node *fun)
{
  fun = unparen (fun);
  return fun && (fun->kind == N_TYPE || name_is_type (s, fun)
                 || (fun->kind == N_UNARY && tok_is (s, fun->tok, "*")));
}

/* A constant expression as types2 sees it, as far as the source tells.  */
static bool
is_const (struct site *s, const struct node *n)
{
  n = unparen (n);
  if (!n)
    return false;
  switch (n->kind)
    {
    case N_LIT:
      return true;
    case N_NAME:
      return name_is_const (s, n);
    case N_UNARY:
      return !tok_is (s, n->tok, "&") && !tok_is (s, n->tok, "<-")
             && !tok_is (s, n->tok, "*") && is_const (s, n->x);
    case N_BINARY:
      return is_const (s, n->x) && is_const (s, n->y);
    case N_CALL:
      if (n->nargs != 1 || !is_const (s, n->args[0]))
        return false;
      return is_type_expr (s, n->x)
             || (n->x->kind == N_NAME
                 && (tok_is (s, n->x->tok, "len")
                     || tok_is (s, n->x->tok, "cap")));
    default:
      return false;
    }
}

/* Where gc places node N itself.  */
static struct tok
own_pos (const struct node *n)
{
  return unparen (n)->at;
}

/* Whether N has a position of its own for ir.SetPos: anything but a
   variable's name (qualified or not).  */
static bool
has_unique_pos (struct site *s, const struct node *n)
{
  n = unparen (n);
  if (n->kind == N_NAME)
    return name_is_const (s, n);
  if (n->kind == N_SEL && name_is_import (s, n->x))
    return false;
  return true;
}

static bool is_map_type (struct site *s, const struct node *type);

/* The last node expr0 visits while building N, pre-order, into *LAST.  */
static bool
last_visited (struct site *s, const struct node *n, struct tok *last)
{
  n = unparen (n);
  if (!n || is_const (s, n) || n->kind == N_TYPE)
    return false;
  bool called;
  switch (n->kind)
    {
    case N_NAME:
      if (tok_is (s, n->tok, "_"))
        return false;  /* the blank node is not built */
      *last = n->tok;
      return true;
    case N_SEL:
      *last = n->at;
      if (!name_is_import (s, n->x))
        last_visited (s, n->x, last);
      return true;
    case N_CALL:
      *last = n->tok;
      called = !is_builtin (s, n->x) && !is_type_expr (s, n->x);
      if (called)
        last_visited (s, n->x, last);
      for (int i = 0; i < n->nargs; i++)
        last_visited (s, n->args[i], last);
      /* A variadic call's slice, implicit or passed with "...", is
         visited last, at the call; so is a call of a function (not a
         conversion): its typechecking leaves base.Pos there.  */
      if (n->ddd || ge_variadic_call_at (s->p->lx.f, n->tok.off) >= 0
          || called)
        *last = n->tok;
      return true;
    case N_INDEX:
    case N_SLICE:
      *last = n->tok;
      last_visited (s, n->x, last);
      last_visited (s, n->y, last);
      last_visited (s, n->z, last);
      last_visited (s, n->w, last);
      return true;
    case N_UNARY:
      *last = n->tok;
      last_visited (s, n->x, last);
      return true;
    case N_BINARY:
      *last = n->tok;
      last_visited (s, n->x, last);
      last_visited (s, n->y, last);
      return true;
    case N_COMPLIT:
      *last = n->tok;
      for (int i = 0; i < n->nargs; i++)
        {
          const struct node *e = n->args[i];
          if (e && e->kind == N_KV)
            {
              if (is_map_type (s, n->x))
                last_visited (s, e->x, last);
              last_visited (s, e->y, last);
            }
          else
            last_visited (s, e, last);
        }
      return true;
    case N_FUNCLIT:
    case N_ASSERT:
      *last = n->tok;
      if (n->kind == N_ASSERT)
        last_visited (s, n->x, last);
      return true;
    default:
      return false;
    }
}

static bool
is_map_type (struct site *s, const struct node *type)
{
  return type && type->kind == N_TYPE
         && tok_is (s, s->p->toks[type->t0], "map");
}

static bool
last_visited_list (struct site *s, struct node **v, int n, struct tok *last)
{
  bool any = false;
  for (int i = 0; i < n; i++)
    any |= last_visited (s, v[i], last);
  return any;
}

static char
lit_kind (struct site *s, const struct node *n)
{
  n = unparen (n);
  if (n && n->kind == N_UNARY && (tok_is (s, n->tok, "-")
                                  || tok_is (s, n->tok, "+")))
    n = unparen (n->x);
  if (!n)
    return 0;
  if (n->kind == N_NAME && (tok_is (s, n->tok, "true")
                            || tok_is (s, n->tok, "false")))
    return 'b';
  if (n->kind != N_LIT)
    return 0;
  const char *t = s->p->lx.f->text + n->tok.off;
  if (t[0] == '"' || t[0] == '`')
    return 's';
  if (t[0] == '\'')
    return 'r';
  bool hex = t[0] == '0' && (t[1] == 'x' || t[1] == 'X');
  for (size_t i = 0; i < n->tok.len; i++)
    if (t[i] == '.' || (!hex && (t[i] == 'e' || t[i] == 'E')))
      return 'f';
  return 'i';
}

/* Record operand N converted at POS.  */
static void
emit (struct site *s, const struct node *n, struct tok pos, bool explicit_conv)
{
  if (!n || s->n == s->max)
    return;
  n = unparen (n);
  struct ge_src_conv *c = &s->out[s->n++];
  memset (c, 0, sizeof *c);
  struct out o = { c->text, sizeof c->text, 0 };
  c->text[0] = '\0';
  ge_expr_render (s->p, &o, n);
  ge_lex_pos_of (s->p->lx.f, pos.off, &c->line, &c->col);
  c->constant = is_const (s, n);
  c->lit = lit_kind (s, n);
  c->explicit_conv = explicit_conv;
  c->construct = explicit_conv ? 'x' : s->construct;
  c->index = s->index;
  c->count = s->count;
  const struct node *id = n;
  if (n->kind == N_CALL && n->nargs == 1)
    id = unparen (n->args[0]);
  if (id && id->kind == N_NAME)
    tok_str (s, id->tok, c->name, sizeof c->name);
}

/* typecheckaste: operands converted in order from BASE, each operand
   with a position of its own moving it.  */
static void
emit_list (struct site *s, struct node **v, int n, struct tok base)
{
  s->count = n;
  for (int i = 0; i < n; i++)
    {
      if (!v[i])
        continue;
      if (has_unique_pos (s, v[i]))
        base = own_pos (v[i]);
      s->index = i;
      emit (s, v[i], base, false);
    }
}

/* All of V converted at BASE.  */
static void
emit_all (struct site *s, struct node **v, int n, struct tok base)
{
  s->count = n;
  for (int i = 0; i < n; i++)
    {
      s->index = i;
      emit (s, v[i], base, false);
    }
}

/* The call or composite literal whose token is at offset OFF in N.  */
static const struct node *
find_at (const struct node *n, size_t off, enum node_kind kind)
{
  if (!n)
    return NULL;
  if (n->kind == kind && n->tok.off == off)
    return n;
  const struct node *r = NULL;
  const struct node *kids[4] = { n->x, n->y, n->z, n->w };
  for (int i = 0; i < 4 && !r; i++)
    r = find_at (kids[i], off, kind);
  for (int i = 0; i < n->nargs && !r; i++)
    r = find_at (n->args[i], off, kind);
  return r;
}

/* Parse an expression list at token I, stopping quietly at anything
   but a comma.  */
static int
parse_list_at (struct parser *p, int i, struct node **v, int max)
{
  p->at = i;
  int n = 0;
  while (!p->bad && p->at < p->end && n < max)
    {
      v[n++] = ge_expr_parse_expr (p, 1);
      if (!ge_expr_accept (p, ","))
        break;
    }
  return p->bad ? 0 : n;
}

static void
call_site (struct site *s, const struct node *call)
{
  if (is_type_expr (s, call->x))
    {
      /* A conversion written in the source: reported whole.  */
      s->count = 1;
      emit (s, call, call->tok, true);
      return;
    }
  if (is_builtin (s, call->x))
    {
      struct tok last = call->tok;
      last_visited (s, call, &last);
      s->construct = 'b';
      emit_all (s, call->args, call->nargs, last);
      return;
    }
  s->construct = 'c';
  emit_list (s, call->args, call->nargs, call->tok);
}

static void
complit_site (struct site *s, const struct node *lit)
{
  s->construct = 'l';
  s->count = lit->nargs;
  for (int i = 0; i < lit->nargs; i++)
    {
      const struct node *e = lit->args[i];
      s->index = i;
      if (e && e->kind == N_KV)
        {
          emit (s, e->y, e->tok, false);
          const struct node *k = e->x ? unparen (e->x) : NULL;
          if (k && k->kind == N_NAME && s->n > 0)
            tok_str (s, k->tok, s->out[s->n - 1].key,
                     sizeof s->out[s->n - 1].key);
        }
      else if (e)
        emit (s, e, own_pos (e), false);
    }
}

/* A send's value, at the parser's position: it converts at its last
   visited node.  */
static void
send_site (struct site *s, struct tok base)
{
  struct node *val = ge_expr_parse_expr (s->p, 1);
  if (!val || s->p->bad)
    return;
  if (!last_visited (s, val, &base))
    base = own_pos (val);
  s->construct = 's';
  s->count = 1;
  emit (s, val, base, false);
}

int
ge_src_conv_operands (ge_src_unit *su, const char *file, int line, int col,
                      struct ge_src_conv *out, int max)
{
  int k;
  struct parser *p = max > 0 ? ge_stmt_at (su, file, line, col, &k) : NULL;
  if (!p)
    return 0;
  struct site s = { p, file, out, 0, max, 0, 0, 0 };
  if (k < 0)
    goto done;
  p->header = p->ntoks > 0
              && (tok_is (&s, p->toks[0], "if") || tok_is (&s, p->toks[0], "for")
                  || tok_is (&s, p->toks[0], "switch")
                  || tok_is (&s, p->toks[0], "else"));

  struct tok t0 = p->toks[k];
  struct tok next = k + 1 < p->ntoks ? p->toks[k + 1] : t0;
  struct node *v[64];
  if (tok_is (&s, t0, "return"))
    {
      int n = parse_list_at (p, k + 1, v, 64);
      struct tok base = t0;
      last_visited_list (&s, v, n, &base);
      s.construct = 'r';
      emit_list (&s, v, n, base);
    }
  else if (ge_stmt_is_assign_op (s.p, t0))
    {
      int start = ge_stmt_start (s.p, k);
      p->end = k;
      int nl = parse_list_at (p, start, v, 64);
      struct tok base = t0;
      bool any = last_visited_list (&s, v, nl, &base);
      p->end = p->ntoks;
      p->bad = false;
      int n = parse_list_at (p, k + 1, v, 64);
      if (!any)
        last_visited_list (&s, v, n, &base);
      s.construct = 'a';
      emit_all (&s, v, n, base);
    }
  else if (tok_is (&s, t0, ".") && k + 2 < p->ntoks
           && p->toks[k + 1].kind == T_IDENT
           && tok_is (&s, p->toks[k + 2], "("))
    {
      /* A method call, which gccgo places at the selector's dot.  */
      int start = ge_stmt_operand_start (s.p, k);
      if (start < 0)
        goto done;
      p->at = start;
      struct node *e = ge_expr_parse_expr (p, 1);
      const struct node *call = find_at (e, p->toks[k + 2].off, N_CALL);
      if (call && !p->bad)
        call_site (&s, call);
    }
  else if (tok_is (&s, t0, "(") || (t0.kind == T_IDENT && tok_is (&s, next, "(")))
    {
      int paren = tok_is (&s, t0, "(") ? k : k + 1;
      int start = tok_is (&s, t0, "(") ? ge_stmt_type_start_before (s.p, k) : k;
      if (start < 0)
        goto done;
      p->at = start;
      struct node *e = ge_expr_parse_expr (p, 1);
      const struct node *call = find_at (e, p->toks[paren].off, N_CALL);
      if (call && !p->bad)
        call_site (&s, call);
    }
  else if (t0.kind == T_IDENT && k > 0
           && (tok_is (&s, p->toks[k - 1], "var")
               || (tok_is (&s, p->toks[k - 1], ",") && k > 1))
           && ge_stmt_assign_after (s.p, k) > 0)
    {
      /* A declared variable: its values convert at their last visited
         node, or at the name.  */
      int n = parse_list_at (p, ge_stmt_assign_after (s.p, k) + 1, v, 64);
      struct tok base = t0;
      last_visited_list (&s, v, n, &base);
      s.construct = 'v';
      emit_all (&s, v, n, base);
    }
  else if (tok_is (&s, t0, "<-") && k > 0)
    {
      p->at = k + 1;
      send_site (&s, t0);
    }
  else
    {
      /* A composite literal, or a send.  */
      p->at = k;
      struct node *e = ge_expr_parse_expr (p, 1);
      const struct node *lit = e ? unparen (e) : NULL;
      if (lit && lit->kind == N_UNARY && tok_is (&s, lit->tok, "&"))
        lit = unparen (lit->x);
      if (lit && lit->kind == N_COMPLIT && !p->bad)
        complit_site (&s, lit);
      else if (ge_expr_accept (p, "<-"))
        send_site (&s, t0);
    }
done:
  free (p);
  return s.n;
}
