/* goescape: the switch clauses gc's deadcode pass drops, as far as the
   source tells.

   gc's deadcode.Func, run before escape analysis, keeps only the
   clause of a switch on a constant whose constant case matches (or the
   default, when none does), so what the other clauses allocate is never
   analysed:

     switch runtime.GOOS {
     case "linux":
         ...                       // analysed
     default:
         err = &net.OpError{...}   // dropped: gc reports nothing
     }

   gccgo keeps every clause at -O0.  The tag must be a literal or
   runtime.GOOS / runtime.GOARCH (gc's constants for the target, which is
   gccgo's here), and every case a literal, else gc's pass gives up too
   (it gives up on a fallthrough in the matching clause as well).  If
   statements on constants gccgo folds itself.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "goescape/source/source.h"
#include "decls.h"
#include "lexer.h"
#include "goescape/vec.h"


/* The constant the switch tag in tokens [FROM, TO) is, as the text of
   a literal: "\"linux\"" for runtime.GOOS.  NULL if not one.  */
static char *
tag_value (ge_src_unit *su, struct src_file *f, size_t from, size_t to)
{
  if (to == from + 1 && f->toks[from].kind == T_LIT)
    return xstrndup (f->text + f->toks[from].off, f->toks[from].len);
  if (to == from + 3 && ge_lex_tok_is (f, from, "runtime")
      && ge_lex_tok_is (f, from + 1, ".")
      && ge_decls_is_import (su, f->path, "runtime"))
    {
      if (ge_lex_tok_is (f, from + 2, "GOOS"))
        return xstrdup ("\"linux\"");
      if (ge_lex_tok_is (f, from + 2, "GOARCH"))
        return xstrdup ("\"amd64\"");
    }
  return NULL;
}

/* The switch whose keyword is token K: its dead clauses' offset ranges
   appended to *V (pairs).  */
static void
switch_dead (ge_src_unit *su, struct src_file *f, size_t k, size_t **v,
             size_t *n, size_t *alloc)
{
  struct lexer lx = { f, 0, 0, 0 };
  size_t from = k + 1, open = k + 1;
  for (int depth = 0; open < f->ntoks; open++)
    {
      if (depth == 0 && ge_lex_tok_is (f, open, "{"))
        break;
      if (depth == 0 && ge_lex_tok_is (f, open, ";"))
        from = open + 1;  /* after an init statement */
      depth += ge_lex_bracket (&lx, f->toks[open]);
      if (depth < 0)
        return;
    }
  if (open >= f->ntoks)
    return;
  char *tag = tag_value (su, f, from, open);
  if (!tag)
    return;
  /* The clauses: [start, end) token ranges, and whether each matches.  */
  struct clause { size_t start, end; bool matches, deflt, fall; } c[64];
  int nc = 0;
  bool ok = true;
  size_t i = open + 1;
  for (int depth = 0; i < f->ntoks && ok; i++)
    {
      if (depth == 0
          && (ge_lex_tok_is (f, i, "case") || ge_lex_tok_is (f, i, "default")))
        {
          if (nc == 64)
            {
              ok = false;
              break;
            }
          if (nc > 0)
            c[nc - 1].end = i;
          struct clause *cl = &c[nc++];
          memset (cl, 0, sizeof *cl);
          cl->start = i;
          cl->deflt = ge_lex_tok_is (f, i, "default");
          /* Each case a literal, separated by commas, up to the colon.  */
          for (size_t j = i + 1; !cl->deflt; j += 2)
            {
              if (j + 1 >= f->ntoks || f->toks[j].kind != T_LIT
                  || !(ge_lex_tok_is (f, j + 1, ",")
                       || ge_lex_tok_is (f, j + 1, ":")))
                {
                  ok = false;
                  break;
                }
              if (f->toks[j].len == strlen (tag)
                  && memcmp (f->text + f->toks[j].off, tag, f->toks[j].len)
                         == 0)
                cl->matches = true;
              if (ge_lex_tok_is (f, j + 1, ":"))
                break;
            }
          continue;
        }
      if (depth == 0 && nc > 0 && ge_lex_tok_is (f, i, "fallthrough"))
        c[nc - 1].fall = true;
      int b = ge_lex_bracket (&lx, f->toks[i]);
      if (b < 0 && depth == 0)
        break;  /* the switch's closing brace */
      depth += b;
    }
  free (tag);
  if (!ok || nc == 0 || i >= f->ntoks)
    return;
  c[nc - 1].end = i;
  int keep = -1;
  for (int j = 0; j < nc && keep < 0; j++)
    if (c[j].matches)
      keep = j;
  for (int j = 0; j < nc && keep < 0; j++)
    if (c[j].deflt)
      keep = j;
  if (keep >= 0 && c[keep].fall)
    return;
  for (int j = 0; j < nc; j++)
    if (j != keep)
      {
        *GE_VEC_PUSH (*v, *n, *alloc) = f->toks[c[j].start].off;
        *GE_VEC_PUSH (*v, *n, *alloc) = f->toks[c[j].end].off;
      }
}

/* F's dead ranges, found on first use.  */
static void
find_dead (ge_src_unit *su, struct src_file *f)
{
  if (!f->dead_read)
    {
      f->dead_read = true;
      ge_lex_token_index (f, 0);  /* tokenized */
      size_t alloc = 0;
      for (size_t k = 0; k < f->ntoks; k++)
        if (ge_lex_tok_is (f, k, "switch"))
          switch_dead (su, f, k, &f->dead, &f->ndead, &alloc);
    }
}

bool
ge_src_has_dead (ge_src_unit *su, const char *file)
{
  struct src_file *f = ge_lex_load (su, file);
  if (!f || !f->text)
    return false;
  find_dead (su, f);
  return f->ndead > 0;
}

bool
ge_src_dead_at (ge_src_unit *su, const char *file, int line, int col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0)
    return false;
  find_dead (su, f);
  for (size_t i = 0; i + 1 < f->ndead; i += 2)
    if ((size_t) at >= f->dead[i] && (size_t) at < f->dead[i + 1])
      return true;
  return false;
}
