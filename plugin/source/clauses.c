/* goescape: a type switch's clause as gc's -m=2 notes print it.

   gc sends the switch's value into each clause's variable with the
   note "switch case" on the clause (escape.go's OSWITCH), and prints
   the clause as its ir.CaseClause formats: "case T1, T2: " or
   "default: ", then the body's statements joined by "; ", each as
   stmtFmt writes it ("if c { ... }", "for loop", "switch statement").

     switch s := v.(type) {
     case string:                // from case string: return s (switch case)
         return s
     }  */

#include <stdlib.h>
#include <string.h>

#include "goescape/source/source.h"
#include "expr.h"
#include "lexer.h"

struct clause
{
  struct src_file *f;
  struct parser *p;
  struct out *o;
  bool bad;
};

static bool
tok_is (const struct clause *c, size_t i, const char *s)
{
  return ge_lex_tok_is (c->f, i, s);
}

static void
put (struct clause *c, const char *s)
{
  ge_expr_put (c->o, s, strlen (s));
}

static void
put_tok (struct clause *c, size_t i)
{
  ge_expr_put (c->o, c->f->text + c->f->toks[i].off, c->f->toks[i].len);
}

/* Whether Go ends the statement after token I, the last of its line
   (the language's semicolon rule).  */
static bool
ends_line (const struct clause *c, size_t i)
{
  struct tok t = c->f->toks[i];
  if (t.kind == T_IDENT || t.kind == T_LIT)
    return true;
  return tok_is (c, i, ")") || tok_is (c, i, "]") || tok_is (c, i, "}")
         || tok_is (c, i, "++") || tok_is (c, i, "--");
}

static bool
last_of_line (const struct clause *c, size_t i, size_t to)
{
  return i + 1 >= to
         || ge_lex_line_of (c->f, c->f->toks[i + 1].off)
              != ge_lex_line_of (c->f, c->f->toks[i].off);
}

/* The end of the statement starting at token S, before TO: the token
   after it.  */
static size_t
stmt_end (const struct clause *c, size_t s, size_t to)
{
  struct lexer lx = { c->f, 0, 0, 0 };
  int depth = 0;
  for (size_t i = s; i < to; i++)
    {
      if (depth == 0 && tok_is (c, i, ";"))
        return i;
      depth += ge_lex_bracket (&lx, c->f->toks[i]);
      if (depth == 0 && last_of_line (c, i, to) && ends_line (c, i))
        return i + 1;
    }
  return to;
}

/* Expressions [S, E), a list, as gc prints them.  */
static void
render_exprs (struct clause *c, size_t s, size_t e)
{
  if (e <= s)
    return;
  struct parser *p = c->p;
  if (e - s > MAX_TOKS)
    {
      c->bad = true;
      return;
    }
  memcpy (p->toks, c->f->toks + s, (e - s) * sizeof *p->toks);
  p->ntoks = (int) (e - s);
  p->nnodes = p->nargv = 0;
  p->bad = false;
  struct node *v[32];
  int n = ge_expr_parse_list (p, 0, p->ntoks, v, 32);
  if (n <= 0 || p->bad || p->at != p->ntoks)
    {
      c->bad = true;
      return;
    }
  ge_expr_render_list (p, c->o, v, n);
}

static void render_list (struct clause *c, size_t from, size_t to);

/* The first token at depth 0 in [S, E) that is TEXT, or E.  */
static size_t
find0 (const struct clause *c, size_t s, size_t e, const char *text)
{
  struct lexer lx = { c->f, 0, 0, 0 };
  int depth = 0;
  for (size_t i = s; i < e; i++)
    {
      if (depth == 0 && tok_is (c, i, text))
        return i;
      depth += ge_lex_bracket (&lx, c->f->toks[i]);
    }
  return e;
}

/* if [init;] cond { body } [else ...], from its "if" at S.  */
static void
render_if (struct clause *c, size_t s, size_t e)
{
  size_t open = find0 (c, s + 1, e, "{");
  if (open >= e)
    {
      c->bad = true;
      return;
    }
  size_t close = ge_lex_group_end (c->f, open);
  size_t semi = find0 (c, s + 1, open, ";");
  put (c, "if ");
  if (semi < open)
    {
      render_list (c, s + 1, semi);
      put (c, "; ");
      render_exprs (c, semi + 1, open);
    }
  else
    render_exprs (c, s + 1, open);
  put (c, " { ");
  render_list (c, open + 1, close);
  put (c, " }");
  if (close + 1 < e && tok_is (c, close + 1, "else"))
    {
      put (c, " else { ");
      if (tok_is (c, close + 2, "if"))
        render_if (c, close + 2, e);
      else if (tok_is (c, close + 2, "{"))
        render_list (c, close + 3, ge_lex_group_end (c->f, close + 2));
      else
        c->bad = true;
      put (c, " }");
    }
}

static bool
is_assign_op (const struct clause *c, size_t i)
{
  static const char *const ops[] = {
    "=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=",
    ">>=", "&^=", NULL
  };
  for (int k = 0; ops[k]; k++)
    if (tok_is (c, i, ops[k]))
      return true;
  return false;
}

/* One statement [S, E) as gc's stmtFmt writes it.  */
static void
render_stmt (struct clause *c, size_t s, size_t e)
{
  if (tok_is (c, s, "return"))
    {
      put (c, "return ");
      render_exprs (c, s + 1, e);
    }
  else if (tok_is (c, s, "if"))
    render_if (c, s, e);
  else if (tok_is (c, s, "for"))
    put (c, "for loop");
  else if (tok_is (c, s, "switch"))
    put (c, "switch statement");
  else if (tok_is (c, s, "select"))
    put (c, "select statement");
  else if (tok_is (c, s, "go") || tok_is (c, s, "defer"))
    {
      put_tok (c, s);
      put (c, " ");
      render_exprs (c, s + 1, e);
    }
  else if (tok_is (c, s, "break") || tok_is (c, s, "continue")
           || tok_is (c, s, "goto") || tok_is (c, s, "fallthrough"))
    for (size_t i = s; i < e; i++)
      {
        if (i > s)
          put (c, " ");
        put_tok (c, i);
      }
  else if (tok_is (c, s, "{"))
    render_list (c, s + 1, ge_lex_group_end (c->f, s));
  else if (tok_is (c, s, "var") || tok_is (c, s, "const")
           || tok_is (c, s, "type"))
    c->bad = true;
  else if (e >= s + 2 && (tok_is (c, e - 1, "++") || tok_is (c, e - 1, "--")))
    {
      /* gc's noder makes x++ an x += 1 (the IncDec mark is gone).  */
      render_exprs (c, s, e - 1);
      put (c, tok_is (c, e - 1, "++") ? " += 1" : " -= 1");
    }
  else
    {
      struct lexer lx = { c->f, 0, 0, 0 };
      int depth = 0;
      size_t op = e;
      for (size_t i = s; i < e && op == e; i++)
        {
          if (depth == 0 && (is_assign_op (c, i) || tok_is (c, i, "<-"))
              && i > s)
            op = i;
          depth += ge_lex_bracket (&lx, c->f->toks[i]);
        }
      if (op < e && tok_is (c, op, "<-") && !tok_is (c, s, "<-"))
        {
          /* A send.  */
          render_exprs (c, s, op);
          put (c, " <- ");
          render_exprs (c, op + 1, e);
        }
      else if (op < e && !tok_is (c, op, "<-"))
        {
          render_exprs (c, s, op);
          put (c, " ");
          put_tok (c, op);
          put (c, " ");
          render_exprs (c, op + 1, e);
        }
      else
        render_exprs (c, s, e);
    }
}

/* The statements [FROM, TO), joined by "; ".  */
static void
render_list (struct clause *c, size_t from, size_t to)
{
  bool first = true;
  for (size_t s = from; s < to && !c->bad;)
    {
      if (tok_is (c, s, ";"))
        {
          s++;
          continue;
        }
      /* A label is a statement of its own: "L: ".  */
      if (c->f->toks[s].kind == T_IDENT && s + 1 < to && tok_is (c, s + 1, ":"))
        {
          if (!first)
            put (c, "; ");
          put_tok (c, s);
          put (c, ": ");
          first = false;
          s += 2;
          continue;
        }
      size_t e = stmt_end (c, s, to);
      if (e <= s)
        e = s + 1;
      if (!first)
        put (c, "; ");
      render_stmt (c, s, e);
      first = false;
      s = e;
    }
}

bool
ge_src_typeswitch_case (ge_src_unit *su, const char *file, int line, int col,
                        char *text, size_t size, int *case_line,
                        int *case_col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0)
    return false;
  size_t colon = ge_lex_token_index (f, (size_t) at);
  if (colon >= f->ntoks || !ge_lex_tok_is (f, colon, ":"))
    return false;
  /* Back to the clause's keyword, forward to the next clause or the
     switch's end.  */
  size_t kw = colon;
  struct lexer lx = { f, 0, 0, 0 };
  for (int depth = 0; kw > 0; kw--)
    {
      depth -= ge_lex_bracket (&lx, f->toks[kw]);
      if (depth == 0
          && (ge_lex_tok_is (f, kw, "case") || ge_lex_tok_is (f, kw, "default")))
        break;
    }
  size_t end = colon + 1;
  for (int depth = 0; end < f->ntoks; end++)
    {
      if (depth == 0
          && (ge_lex_tok_is (f, end, "case") || ge_lex_tok_is (f, end, "default")
              || ge_lex_tok_is (f, end, "}")))
        break;
      depth += ge_lex_bracket (&lx, f->toks[end]);
      if (depth < 0)
        break;
    }
  struct out o = { text, size, 0 };
  text[0] = '\0';
  struct clause c = { f, ge_parser_new (), &o, false };
  c.p->lx.f = f;
  c.p->full = true;
  c.p->as_noted = true;
  if (ge_lex_tok_is (f, kw, "default"))
    put (&c, "default");
  else
    {
      put (&c, "case ");
      /* The types, each as gc prints one.  */
      size_t s = kw + 1;
      while (s < colon)
        {
          size_t e = find0 (&c, s, colon, ",");
          if (e - s > MAX_TOKS)
            {
              c.bad = true;
              break;
            }
          memcpy (c.p->toks, f->toks + s, (e - s) * sizeof *c.p->toks);
          c.p->ntoks = (int) (e - s);
          if (s > kw + 1)
            put (&c, ", ");
          ge_expr_render_type (c.p, &o, 0, c.p->ntoks);
          s = e + 1;
        }
    }
  put (&c, ": ");
  render_list (&c, colon + 1, end);
  free (c.p);
  ge_lex_pos_of (f, f->toks[kw].off, case_line, case_col);
  return !c.bad && o.used + 1 < size;
}
