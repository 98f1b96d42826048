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

#include "goescape/source/source.h"
#include "decls.h"
#include "expr.h"

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

/* Whether CALL is a conversion T(x) gc's rules see through: OCONV to a
   simple type (numbers, bool) and OCONVNOP (a named type and its
   underlying type, pointers).  gc decides on the conversion's type; so
   does this, by the type's declaration.

     type ID int
     func (b *B) f(i, j int) { b.s[ID(i)] = b.s[ID(j)] }   // ignored  */
static bool
is_safe_conversion (struct parser *p, const struct node *call)
{
  if (call->nargs != 1 || call->ddd || !call->x)
    return false;
  struct node *t = strip_parens (call->x);
  bool pointer = t && t->kind == N_UNARY && ge_lex_is (&p->lx, t->tok, "*")
                 && call->x->kind == N_PAREN;
  if (pointer)
    t = strip_parens (t->x);  /* (*T)(x): any T */
  if (!t || t->kind != N_NAME)
    return false;
  struct src_file *f = p->lx.f;
  char *name = xstrndup (f->text + t->tok.off, t->tok.len);
  enum ge_type_kind k = ge_decls_type_kind (f->su, f->path, t->tok.off, name);
  free (name);
  if (pointer)
    return k != GE_TYPE_NONE;
  return k == GE_TYPE_SIMPLE || k == GE_TYPE_OTHER;
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
      return same_tok (p, l->tok, r->tok) && ge_expr_binary_prec (p, l->tok) >= 4
             && same_safe_expr (p, l->x, r->x) && same_safe_expr (p, l->y, r->y);
    case N_CALL:
      return is_safe_conversion (p, l) && is_safe_conversion (p, r)
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
      if (ge_expr_binary_prec (p, n->tok) < 4)
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
      if (is_len_or_cap (p, n) || is_safe_conversion (p, n))
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

/* The variable a destination is rooted at: s of *s, b of b.p[i].  */
static bool
root_is (struct parser *p, const struct node *n, const char *root)
{
  while (n && (n->kind == N_SEL || n->kind == N_INDEX || n->kind == N_PAREN
               || n->kind == N_UNARY))
    n = n->x;
  return n && n->kind == N_NAME && ge_lex_is (&p->lx, n->tok, root);
}

/* ge_src_self_assign; with ROOT, *ROOT_VERDICT says of the pairs whose
   destination is rooted at ROOT whether gc ignores them all (1), not
   all (0), or that there are none (-1).  */
static int
self_assign_pairs (ge_src_unit *su, const char *file, int line, int col,
                   bool through_ptr, char *text, size_t size, bool *all,
                   const char *root, int *root_verdict)
{
  struct parser *p = ge_parser_new ();
  int result = -1;
  *all = false;
  if (size)
    text[0] = '\0';

  p->lx.f = ge_lex_load (su, file);
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
      if (line < p->lx.f->nlines && t.off >= p->lx.f->lines[line])
        break;  /* on a later line */
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
  int nd = ge_expr_parse_list (p, 0, eq, dsts, 16);
  int ns = nd < 0 ? -1 : ge_expr_parse_list (p, eq + 1, p->ntoks, srcs, 16);
  if (nd <= 0 || ns != nd)
    goto done;

  result = 0;
  int rooted = 0, rooted_ignored = 0;
  for (int i = 0; i < nd; i++)
    {
      bool ignored = self_assign (p, dsts[i], srcs[i], through_ptr);
      if (ignored)
        result++;
      if (root && root_is (p, dsts[i], root))
        {
          rooted++;
          rooted_ignored += ignored;
        }
    }
  *all = result == nd;
  if (root_verdict)
    *root_verdict = rooted == 0 ? -1 : rooted_ignored == rooted;

  if (!ge_lex_is (&p->lx, p->toks[eq], "=") && nd != 1)
    result = -1;

  struct out o = { text, size, 0 };
  if (size)
    {
      ge_expr_render_list (p, &o, dsts, nd);
      ge_expr_put (&o, " ", 1);
      ge_expr_put_tok (p, &o, p->toks[eq]);
      ge_expr_put (&o, " ", 1);
      ge_expr_render_list (p, &o, srcs, ns);
    }

done:
  free (p);
  return result;
}

int
ge_src_self_assign (ge_src_unit *su, const char *file, int line, int col,
                    bool through_ptr, char *text, size_t size, bool *all)
{
  return self_assign_pairs (su, file, line, col, through_ptr, text, size, all,
                            NULL, NULL);
}

int
ge_src_self_assign_root (ge_src_unit *su, const char *file, int line, int col,
                         bool through_ptr, const char *root)
{
  bool all;
  int verdict = -1;
  self_assign_pairs (su, file, line, col, through_ptr, NULL, 0, &all, root,
                     &verdict);
  return verdict;
}
