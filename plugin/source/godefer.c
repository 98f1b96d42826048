/* goescape: function literals whose evaluation gccgo leaves out of its
   code.  gccgo hands the runtime a function and one argument for each go
   and defer statement, evaluated at the statement's keyword; gc reports
   the function literal a statement calls, and the argument, at their
   own places.  And gccgo drops "_ = func() {...}" altogether, which gc
   evaluates unless its deadcode pass dropped the branch it is in.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/safe-ctype.h>

#include "goescape/source/source.h"
#include "lexer.h"
#include "notes.h"
#include "statement.h"

/* A lexer after the "go" or "defer" keyword at FILE:LINE:COL.  */
static bool
after_keyword (ge_src_unit *su, const char *file, int line, int col,
               struct lexer *lx)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0)
    return false;
  *lx = (struct lexer) { f, (size_t) at, 0, 0 };
  struct tok t = ge_lex_next (lx);
  return (long) t.off == at
         && (ge_lex_is (lx, t, "go") || ge_lex_is (lx, t, "defer"));
}

bool
ge_src_go_defer_funclit (ge_src_unit *su, const char *file, int line,
                         int col, int *lit_line, int *lit_col)
{
  struct lexer lx;
  if (!after_keyword (su, file, line, col, &lx))
    return false;
  struct src_file *f = lx.f;
  struct tok t = ge_lex_next (&lx);
  if (!ge_lex_is (&lx, t, "func"))
    return false;
  ge_lex_pos_of (f, t.off, lit_line, lit_col);
  return true;
}

bool
ge_src_go_defer_first_arg (ge_src_unit *su, const char *file, int line,
                           int col, int *arg_line, int *arg_col)
{
  struct lexer lx;
  if (!after_keyword (su, file, line, col, &lx))
    return false;
  struct src_file *f = lx.f;
  struct tok t;
  /* The call's arguments are the last parenthesized group at depth 0
     of the statement: the one after which it ends (a function literal's
     parameters are followed by its body, a callee's call by more).  */
  int depth = 0;
  struct tok open = { T_EOF, 0, 0 };
  for (;;)
    {
      t = ge_lex_next (&lx);
      if (t.kind == T_EOF)
        return false;
      int b = ge_lex_bracket (&lx, t);
      if (b > 0 && depth++ == 0)
        open = t;
      if (b < 0 && --depth < 0)
        return false;
      if (b >= 0 || depth > 0)
        continue;
      struct lexer peek = lx;
      struct tok next = ge_lex_next (&peek);
      if (next.kind == T_EOF
          || ge_lex_line_of (f, next.off) != ge_lex_line_of (f, t.off)
          || ge_lex_is (&peek, next, ";") || ge_lex_is (&peek, next, "}"))
        break;
    }
  if (!ge_lex_is (&lx, open, "("))
    return false;
  struct lexer args = { f, open.off + 1, 0, 0 };
  t = ge_lex_next (&args);
  if (t.kind == T_EOF || ge_lex_is (&args, t, ")"))
    return false;
  ge_lex_pos_of (f, t.off, arg_line, arg_col);
  return true;
}


/* The index in F's tokens of the token at offset AT, or -1.  */
static long
token_index (struct src_file *f, size_t at)
{
  size_t k = ge_lex_token_index (f, at);
  return k < f->ntoks && f->toks[k].off == at ? (long) k : -1;
}

/* The value of the condition in tokens [FROM, TO) when it is a constant
   gc folds and the source alone tells: true, false, or two integer
   literals compared.  -1 otherwise.  */
static int
constant_condition (struct src_file *f, long from, long to)
{
  if (to - from == 1 && ge_lex_tok_is (f, from, "true"))
    return 1;
  if (to - from == 1 && ge_lex_tok_is (f, from, "false"))
    return 0;
  if (to - from != 3 || f->toks[from].kind != T_LIT
      || f->toks[from + 2].kind != T_LIT)
    return -1;
  char *end;
  const char *a = f->text + f->toks[from].off;
  const char *b = f->text + f->toks[from + 2].off;
  if (!ISDIGIT (*a) || !ISDIGIT (*b))
    return -1;
  long x = strtol (a, &end, 10);
  if (end != a + f->toks[from].len)
    return -1;
  long y = strtol (b, &end, 10);
  if (end != b + f->toks[from + 2].len)
    return -1;
  long op = from + 1;
  if (ge_lex_tok_is (f, op, ">"))
    return x > y;
  if (ge_lex_tok_is (f, op, "<"))
    return x < y;
  if (ge_lex_tok_is (f, op, ">="))
    return x >= y;
  if (ge_lex_tok_is (f, op, "<="))
    return x <= y;
  if (ge_lex_tok_is (f, op, "=="))
    return x == y;
  if (ge_lex_tok_is (f, op, "!="))
    return x != y;
  return -1;
}

/* The condition of the if whose block opens at token BRACE: its tokens
   [*FROM, BRACE), from after "if" (no init statement).  */
static bool
if_condition (struct src_file *f, long brace, long *from)
{
  int depth = 0;
  for (long k = brace - 1; k >= 0 && k > brace - 64; k--)
    {
      int b = ge_lex_bracket (&(struct lexer) { f, 0, 0, 0 }, f->toks[k]);
      depth -= b;
      if (depth < 0
          || (depth == 0
              && (ge_lex_tok_is (f, k, ";") || ge_lex_tok_is (f, k, "{")
                  || ge_lex_tok_is (f, k, "}"))))
        return false;
      if (depth == 0 && ge_lex_tok_is (f, k, "if"))
        {
          *from = k + 1;
          return true;
        }
    }
  return false;
}

bool
ge_lex_in_dead_branch (struct src_file *f, long k)
{
  int depth = 0;
  for (long i = k - 1; i >= 0; i--)
    {
      if (ge_lex_tok_is (f, i, "}"))
        depth++;
      else if (ge_lex_tok_is (f, i, "{") && depth-- == 0)
        {
          depth = 0;
          long from;
          if (if_condition (f, i, &from))
            {
              if (constant_condition (f, from, i) == 0)
                return true;
              continue;
            }
          /* "} else {": the block of the if before it.  */
          if (ge_lex_tok_is (f, i - 1, "else") && ge_lex_tok_is (f, i - 2, "}"))
            {
              int d = 0;
              long j = i - 2;
              for (; j >= 0; j--)
                if (ge_lex_tok_is (f, j, "}"))
                  d++;
                else if (ge_lex_tok_is (f, j, "{") && --d == 0)
                  break;
              if (j >= 0 && if_condition (f, j, &from)
                  && constant_condition (f, from, j) == 1)
                return true;
            }
        }
    }
  return false;
}

bool
ge_src_blank_funclit (ge_src_unit *su, const char *file, int line, int col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0)
    return false;
  struct lexer lx = { f, 0, 0, 0 };
  long k = token_index (f, (size_t) at);
  if (k < 2 || !ge_lex_tok_is (f, k, "func") || !ge_lex_tok_is (f, k - 1, "=")
      || !ge_lex_tok_is (f, k - 2, "_"))
    return false;
  /* "_" starts its statement.  */
  if (k >= 3 && ge_lex_line_of (f, f->toks[k - 3].off)
                  == ge_lex_line_of (f, f->toks[k - 2].off)
      && !ge_lex_tok_is (f, k - 3, ";") && !ge_lex_tok_is (f, k - 3, "{"))
    return false;
  /* The literal's value, not a call of it ("_ = func() {...}()" is a
     call gccgo keeps): what follows its body ends the statement.  */
  int depth = 0;
  long i = k + 1;
  for (; (size_t) i < f->ntoks; i++)
    {
      int b = ge_lex_bracket (&lx, f->toks[i]);
      if (b > 0 && depth == 0 && ge_lex_tok_is (f, i, "{"))
        break;
      depth += b;
    }
  for (depth = 0; (size_t) i < f->ntoks; i++)
    {
      depth += ge_lex_bracket (&lx, f->toks[i]);
      if (depth == 0)
        break;
    }
  if ((size_t) i + 1 < f->ntoks
      && (ge_lex_tok_is (f, i + 1, "(") || ge_lex_tok_is (f, i + 1, "."))
      && ge_lex_line_of (f, f->toks[i + 1].off)
           == ge_lex_line_of (f, f->toks[i].off))
    return false;
  return !ge_lex_in_dead_branch (f, k);
}

/* gc's position of the temporary escape.copyExpr makes for operand X
   of a go or defer statement's call CALL: X's own, unless X is a name
   (ir.HasUniquePos), whose temporary is at the call's parenthesis.  */
static void
operand_pos (struct parser *p, const struct node *call, const struct node *x,
             struct ge_src_go_defer_operand *o)
{
  x = ge_notepath_strip_parens ((struct node *) x);
  const struct node *at = x && x->kind != N_NAME ? x : call;
  ge_notepath_pos (p, at->at.off, &o->line, &o->col);
}

static void
render_operand (struct parser *p, const struct node *x,
                struct ge_src_go_defer_operand *o)
{
  struct out buf = { o->text, sizeof o->text, 0 };
  o->text[0] = '\0';
  ge_expr_render (p, &buf, x);
}

bool
ge_src_go_defer_call (ge_src_unit *su, const char *file, int line, int col,
                      enum ge_src_go_defer_callee kind, const char *method,
                      struct ge_src_go_defer *out)
{
  memset (out, 0, sizeof *out);
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return false;
  bool ok = false;
  if (k >= 0 && (is_tok (p, p->toks[k], "go") || is_tok (p, p->toks[k], "defer")))
    {
      p->as_noted = true;
      p->at = k + 1;
      p->end = p->ntoks;
      struct node *call = ge_notepath_strip_parens (ge_expr_parse_expr (p, 1));
      /* A variadic call's implicit slice is gc's to build in the
         wrapper, of temporaries for its elements: not read here.  */
      if (!p->bad && call && call->kind == N_CALL && !call->ddd
          && call->nargs <= GE_SRC_GO_DEFER_MAX
          && ge_variadic_call_at (p->lx.f, call->tok.off) < 0)
        {
          ok = true;
          ge_notepath_pos (p, call->at.off, &out->call_line, &out->call_col);
          struct node *fun = ge_notepath_strip_parens (call->x);
          struct out callee = { out->callee, sizeof out->callee, 0 };
          /* A function literal is the call's function value to gc,
             whether or not gccgo stores one.  */
          if (fun && fun->kind == N_FUNCLIT)
            kind = GE_SRC_GO_DEFER_VALUE;
          switch (kind)
            {
            case GE_SRC_GO_DEFER_VALUE:
              out->has_fn = true;
              render_operand (p, fun, &out->fn);
              operand_pos (p, call, fun, &out->fn);
              break;
            case GE_SRC_GO_DEFER_METHOD:
            case GE_SRC_GO_DEFER_METHOD_IMPLICIT:
            case GE_SRC_GO_DEFER_INTERFACE:
              if (!fun || fun->kind != N_SEL)
                {
                  ok = false;
                  break;
                }
              out->has_recv = true;
              ge_notepath_pos (p, fun->at.off, &out->dot_line, &out->dot_col);
              render_operand (p, fun->x, &out->recv);
              /* The implicit &x or *p of an adjusted receiver is at
                 the selector's dot.  */
              if (kind == GE_SRC_GO_DEFER_METHOD_IMPLICIT)
                ge_notepath_pos (p, fun->at.off, &out->recv.line,
                                 &out->recv.col);
              else
                operand_pos (p, call, fun->x, &out->recv);
              if (kind == GE_SRC_GO_DEFER_INTERFACE)
                {
                  ge_expr_put (&callee, ".", 1);
                  ge_expr_put_tok (p, &callee, fun->tok);
                }
              else if (method)
                ge_expr_put (&callee, method, strlen (method));
              else
                ok = false;
              break;
            case GE_SRC_GO_DEFER_FUNC:
              ge_expr_render (p, &callee, fun);
              break;
            }
          out->nargs = call->nargs;
          for (int i = 0; ok && i < call->nargs; i++)
            {
              render_operand (p, call->args[i], &out->args[i]);
              operand_pos (p, call, call->args[i], &out->args[i]);
            }
        }
    }
  free (p);
  return ok;
}
