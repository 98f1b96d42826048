/* goescape: allocations assigned to the blank identifier.  gccgo drops
   "_ = new(T)" whole (it has no effect), so the GIMPLE has nothing of
   it; gc evaluates new(T) into nothing and reports it:

     func f() {
         _ = new(int)   // gc: new(int) does not escape
     }

   The reader asks, for each function it reads, for those of its own
   body (not of the function literals in it).  */

#include <string.h>

#include "goescape/source/source.h"
#include "lexer.h"

/* The "{" of the body of the function whose "func" is token K, or
   NTOKS: the first "{" at depth 0 after the signature that opens no
   struct or interface type.  */
static size_t
body_of (struct src_file *f, size_t k)
{
  struct lexer lx = { f, 0, 0, 0 };
  int depth = 0;
  for (size_t i = k + 1; i < f->ntoks; i++)
    {
      if (depth == 0 && ge_lex_tok_is (f, (long) i, "{")
          && !ge_lex_tok_is (f, (long) i - 1, "struct")
          && !ge_lex_tok_is (f, (long) i - 1, "interface"))
        return i;
      depth += ge_lex_bracket (&lx, f->toks[i]);
      if (depth < 0)
        break;
    }
  return f->ntoks;
}

/* Whether token K starts a statement: first on its line, or after
   ";" or "{".  */
static bool
starts_statement (struct src_file *f, size_t k)
{
  if (k == 0)
    return true;
  if (ge_lex_tok_is (f, (long) k - 1, ";") || ge_lex_tok_is (f, (long) k - 1, "{"))
    return true;
  return ge_lex_line_of (f, f->toks[k - 1].off)
         != ge_lex_line_of (f, f->toks[k].off);
}

int
ge_src_blank_news (ge_src_unit *su, const char *file, int line, int col,
                   struct ge_src_blank_new *out, int max)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0 || !f->ntoks)
    return 0;
  /* The function's "func": the token there (a literal), else the one
     its name follows on its line ("func (r T) Name").  */
  size_t k = ge_lex_token_index (f, (size_t) at);
  if (k >= f->ntoks)
    return 0;
  if (!ge_lex_tok_is (f, (long) k, "func"))
    {
      size_t j = k;
      while (j > 0 && !ge_lex_tok_is (f, (long) j, "func")
             && ge_lex_line_of (f, f->toks[j].off) == line)
        j--;
      if (!ge_lex_tok_is (f, (long) j, "func"))
        return 0;
      k = j;
    }
  size_t open = body_of (f, k);
  if (open >= f->ntoks)
    return 0;
  size_t end = ge_lex_group_end (f, open);
  int n = 0;
  for (size_t i = open + 1; i + 3 < end && n < max; i++)
    {
      /* A literal's body is its own function's.  */
      if (ge_lex_tok_is (f, (long) i, "func")
          && ge_lex_tok_is (f, (long) i + 1, "("))
        {
          size_t b = body_of (f, i);
          if (b < end)
            i = ge_lex_group_end (f, b);
          continue;
        }
      if (!ge_lex_tok_is (f, (long) i, "_")
          || !ge_lex_tok_is (f, (long) i + 1, "=")
          || !ge_lex_tok_is (f, (long) i + 2, "new")
          || !ge_lex_tok_is (f, (long) i + 3, "(")
          || !starts_statement (f, i) || ge_lex_in_dead_branch (f, (long) i))
        continue;
      /* The statement is the allocation alone: new(T) and its end.  */
      size_t close = ge_lex_group_end (f, i + 3);
      if (close + 1 < f->ntoks
          && ge_lex_line_of (f, f->toks[close + 1].off)
               == ge_lex_line_of (f, f->toks[close].off)
          && !ge_lex_tok_is (f, (long) close + 1, ";")
          && !ge_lex_tok_is (f, (long) close + 1, "}"))
        continue;
      int nl, nc, gc_col;
      ge_lex_pos_of (f, f->toks[i + 2].off, &nl, &nc);
      struct ge_src_blank_new *b = &out[n];
      if (ge_src_alloc_at (su, file, nl, nc, b->text, sizeof b->text, &gc_col)
          != GE_SRC_NEW)
        continue;
      b->line = nl;
      b->col = gc_col;
      n++;
    }
  return n;
}
