/* goescape: calls and selectors at a position, as gccgo places them:
   whether a call packs its trailing arguments into gc's implicit slice,
   whether a selector is a method value, and where a selector's operand
   starts and whether it is a receiver or a package name.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "decls.h"
#include "expr.h"
#include "statement.h"

bool
ge_src_variadic_at (ge_src_unit *su, const char *file, int line, int col,
                    int *paren_line, int *paren_col)
{
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return false;
  bool ok = false;
  if (k >= 0 && k + 1 < p->ntoks)
    {
      /* gccgo places a method call at the selector's dot.  */
      if (is_tok (p, p->toks[k], ".") && k + 2 < p->ntoks)
        k++;
      if (p->toks[k].kind != T_IDENT
          || !is_tok (p, p->toks[k + 1], "("))
        goto done;
      /* The arguments' tokens: a trailing "..." passes a slice.  */
      int depth = 0, i;
      for (i = k + 1; i < p->ntoks; i++)
        {
          struct tok t = p->toks[i];
          if (is_tok (p, t, "(") || is_tok (p, t, "[")
              || is_tok (p, t, "{"))
            depth++;
          else if ((is_tok (p, t, ")") || is_tok (p, t, "]")
                    || is_tok (p, t, "}"))
                   && --depth == 0)
            break;
        }
      int last = i - 1;
      if (last > k + 1 && is_tok (p, p->toks[last], ","))
        last--;
      if (i < p->ntoks && !is_tok (p, p->toks[last], "..."))
        {
          ge_lex_pos_of (p->lx.f, p->toks[k + 1].off, paren_line, paren_col);
          ok = true;
        }
    }
done:
  free (p);
  return ok;
}

/* A method value x.M: gccgo allocates its record at the selector's
   dot, where gc reports the OMETHVALUE.  */
bool
ge_src_method_value_at (ge_src_unit *su, const char *file, int line, int col,
                        char *text, size_t size)
{
  int k;
  struct parser *p = size ? ge_stmt_at (su, file, line, col, &k) : NULL;
  if (!p)
    return false;
  bool ok = false;
  if (k >= 0 && k + 1 < p->ntoks && is_tok (p, p->toks[k], ".")
      && p->toks[k + 1].kind == T_IDENT
      && !(k + 2 < p->ntoks && is_tok (p, p->toks[k + 2], "(")))
    {
      p->at = ge_stmt_operand_start (p, k);
      p->end = k + 2;
      struct node *e = p->at >= 0 ? ge_expr_parse_expr (p, 6) : NULL;
      if (e && !p->bad && e->kind == N_SEL && p->at == k + 2)
        {
          struct out o = { text, size, 0 };
          text[0] = '\0';
          ge_expr_render (p, &o, e);
          ok = o.used > 0 && o.used < size;
        }
    }
  free (p);
  return ok;
}

long
ge_src_operand_start (ge_src_unit *su, const char *file, int line, int col)
{
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return -1;
  long start = -1;
  int i = -1;
  if (k >= 0 && (is_tok (p, p->toks[k], ".") || is_tok (p, p->toks[k], "[")
                 || is_tok (p, p->toks[k], "+")))
    i = k > 0 && p->toks[k - 1].kind == T_LIT ? k - 1
                                               : ge_stmt_operand_start (p, k);
  if (i >= k)
    i = -1;
  if (i >= 0)
    start = (long) p->toks[i].off;
  free (p);
  return start;
}

bool
ge_src_call_has_receiver (ge_src_unit *su, const char *file, int line, int col)
{
  int k;
  struct parser *p = ge_stmt_at (su, file, line, col, &k);
  if (!p)
    return false;
  bool recv = false;
  if (k >= 1 && is_tok (p, p->toks[k], "."))
    {
      /* pkg.F(...) has no receiver: a lone imported package name.  */
      int start = ge_stmt_operand_start (p, k);
      struct tok t = p->toks[k - 1];
      char *name = xstrndup (p->lx.f->text + t.off, t.len);
      recv = !(start == k - 1 && t.kind == T_IDENT
               && ge_decls_is_import (su, file, name));
      free (name);
    }
  free (p);
  return recv;
}
