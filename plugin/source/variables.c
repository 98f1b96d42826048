/* goescape: where the source declares a variable and where a function
   literal first uses one: positions gc reports that gccgo's trees do
   not keep (gccgo places "a, b := f()" at a, a type switch's variables
   at its guard, and orders a closure's captures its own way).  */

#include <string.h>

#include "goescape/source/source.h"
#include "lexer.h"

bool
ge_src_declared_at (ge_src_unit *su, const char *file, int line, int col,
                    const char *name, int *name_col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0)
    return false;
  struct lexer lx = { f, (size_t) at, 0, 0 };
  for (int i = 0; i < 64; i++)
    {
      struct tok t = ge_lex_next (&lx);
      if (t.kind == T_IDENT && ge_lex_is (&lx, t, name))
        {
          int l;
          ge_lex_pos_of (f, t.off, &l, name_col);
          return l == line;
        }
      if (t.kind != T_IDENT && !ge_lex_is (&lx, t, ","))
        return false;
    }
  return false;
}

long
ge_src_first_use (ge_src_unit *su, const char *file, int line, int col,
                  const char *name, int *use_line, int *use_col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0 || !name)
    return -1;
  struct lexer lx = { f, (size_t) at, 0, 0 };
  struct tok t = ge_lex_next (&lx);
  if (!ge_lex_is (&lx, t, "func"))
    return -1;
  /* The body: the first "{" outside the signature's parentheses that
     is no interface{} or struct{} of a parameter's type.  */
  int parens = 0;
  struct tok prev = t;
  for (;;)
    {
      t = ge_lex_next (&lx);
      if (t.kind == T_EOF)
        return -1;
      if (ge_lex_is (&lx, t, "("))
        parens++;
      else if (ge_lex_is (&lx, t, ")"))
        parens--;
      else if (ge_lex_is (&lx, t, "{") && parens == 0
               && !ge_lex_is (&lx, prev, "interface")
               && !ge_lex_is (&lx, prev, "struct"))
        break;
      prev = t;
    }
  /* gc meets the names of an assignment's right side before those of
     its left ("a = b": b, then a): a name before an assignment operator
     on its line counts from the line's end.  */
  int depth = 1;
  prev = t;
  long best = -1;
  while (depth > 0)
    {
      t = ge_lex_next (&lx);
      if (t.kind == T_EOF)
        return best;
      if (ge_lex_is (&lx, t, "{"))
        depth++;
      else if (ge_lex_is (&lx, t, "}"))
        depth--;
      else if (t.kind == T_IDENT && ge_lex_is (&lx, t, name)
               && !ge_lex_is (&lx, prev, "."))
        {
          long key = (long) t.off;
          int tl = ge_lex_line_of (f, t.off);
          struct lexer ahead = lx;
          long end = -1;
          bool lhs = false;
          for (int k = 0, d = 0; k < 64; k++)
            {
              struct tok a = ge_lex_next (&ahead);
              if (a.kind == T_EOF || ge_lex_line_of (f, a.off) != tl)
                break;
              int b = ge_lex_bracket (&ahead, a);
              if (b > 0)
                d++;
              else if (b < 0 && --d < 0)
                break;
              if (d == 0 && (ge_lex_is (&ahead, a, ";")
                             || ge_lex_is (&ahead, a, "{")))
                break;
              if (d == 0 && ge_lex_is_assign_op (&ahead, a))
                lhs = true;
              end = (long) (a.off + a.len);
            }
          if (lhs && end > key)
            key = end + (key - (long) f->lines[tl - 1]);
          if (best < 0 || key < best)
            {
              best = key;
              ge_lex_pos_of (f, t.off, use_line, use_col);
            }
        }
      prev = t;
    }
  return best;
}


bool
ge_src_typeswitch_clause (ge_src_unit *su, const char *file, int line,
                          int col, int use_line, int use_col, int *clause_line,
                          int *clause_col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  long use = f && use_line > 0 ? ge_lex_offset_of (f, use_line, use_col) : -1;
  if (at < 0 || (use < 0 && use_line > 0))
    return false;
  size_t k = ge_lex_token_index (f, (size_t) at);
  /* NAME := X.(type) {  */
  if (k + 1 >= f->ntoks || f->toks[k].kind != T_IDENT
      || !ge_lex_tok_is (f, k + 1, ":="))
    return false;
  size_t b = k + 2;
  int depth = 0;
  struct lexer lx = { f, 0, 0, 0 };
  for (; b < f->ntoks; b++)
    {
      if (depth == 0 && ge_lex_tok_is (f, b, "{"))
        break;
      depth += ge_lex_bracket (&lx, f->toks[b]);
      if (depth < 0)
        return false;
    }
  if (b < 4 || b >= f->ntoks || !ge_lex_tok_is (f, b - 1, ")")
      || !ge_lex_tok_is (f, b - 2, "type") || !ge_lex_tok_is (f, b - 3, "("))
    return false;
  if (use_line <= 0)
    return true;
  /* The clause holding USE: the last "case" or "default" of the body
     before it; its colon is where gc declares the clause's variable.  */
  long colon = -1;
  depth = 0;
  for (size_t i = b + 1; i < f->ntoks && (long) f->toks[i].off <= use; i++)
    {
      if (depth == 0
          && (ge_lex_tok_is (f, i, "case") || ge_lex_tok_is (f, i, "default")))
        {
          size_t j = i + 1;
          for (int d = 0; j < f->ntoks; j++)
            {
              if (d == 0 && ge_lex_tok_is (f, j, ":"))
                break;
              d += ge_lex_bracket (&lx, f->toks[j]);
            }
          colon = j < f->ntoks ? (long) j : -1;
        }
      depth += ge_lex_bracket (&lx, f->toks[i]);
      if (depth < 0)
        return false;  /* USE is after the switch */
    }
  if (colon < 0)
    return false;
  ge_lex_pos_of (f, f->toks[colon].off, clause_line, clause_col);
  return true;
}
