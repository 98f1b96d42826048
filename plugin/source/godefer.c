/* goescape: go and defer statements in the source.  gccgo hands the
   runtime a function and one argument for each, evaluated at the
   statement's keyword; gc reports the function literal a statement
   calls, and the argument, at their own places.  */

#include "goescape/source/source.h"
#include "lexer.h"

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

