/* goescape: the statement around a position.  gccgo places an
   allocation, a conversion or a call at one token of its statement; the
   source queries lex that statement (across lines, up to its end) and
   find the construct's bounds in it.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "statement.h"

/* Whether token T assigns: "=", ":=" or an operator with "=".  */
bool
ge_stmt_is_assign_op (struct parser *p, struct tok t)
{
  return ge_lex_is_assign_op (&p->lx, t);
}

/* Tokens from the start of LINE to the end of the statement through
   offset AT (Go's semicolon insertion, outside braces), into P.  */
void
ge_stmt_lex (struct parser *p, int line, size_t at)
{
  struct src_file *f = p->lx.f;
  p->lx.off = f->lines[line - 1];
  int braces = 0, prev_line = line, tl = line;
  struct tok prev = { T_EOF, 0, 0 };
  while (p->ntoks < MAX_TOKS)
    {
      struct tok t = ge_lex_next (&p->lx);
      if (t.kind == T_EOF)
        break;
      /* The token's line: the tokens only move forward.  */
      while (tl < f->nlines && f->lines[tl] <= t.off)
        tl++;
      if (t.off > at && braces == 0 && tl != prev_line && prev.kind != T_EOF)
        {
          if (ge_lex_ends_line (&p->lx, prev))
            break;
        }
      if (t.off > at && braces == 0 && is_tok (p, t, ";"))
        break;
      if (is_tok (p, t, "{"))
        braces++;
      else if (is_tok (p, t, "}") && --braces < 0 && t.off > at)
        break;
      p->toks[p->ntoks++] = t;
      prev = t;
      prev_line = tl;
    }
  p->end = p->ntoks;
}

/* The first token of the simple statement holding token K: after the
   last ";" before it, and after a leading keyword.  */
int
ge_stmt_start (struct parser *p, int k)
{
  int start = 0;
  for (int i = k - 1, depth = 0; i >= 0; i--)
    {
      struct tok t = p->toks[i];
      if (is_tok (p, t, ")") || is_tok (p, t, "]") || is_tok (p, t, "}"))
        depth++;
      else if ((is_tok (p, t, "(") || is_tok (p, t, "[")) && depth > 0)
        depth--;
      else if (is_tok (p, t, "{") && depth > 0)
        depth--;
      else if (depth == 0
               && (is_tok (p, t, ";") || is_tok (p, t, "{")
                   || is_tok (p, t, "(") || is_tok (p, t, "[")))
        {
          start = i + 1;
          break;
        }
    }
  static const char *const kw[]
    = { "if", "for", "switch", "else", "case", "go", "defer", "var", NULL };
  for (bool again = true; again && start < k;)
    {
      again = false;
      for (int i = 0; kw[i]; i++)
        if (is_tok (p, p->toks[start], kw[i]))
          {
            start++;
            again = true;
            break;
          }
    }
  return start;
}

/* The index of the first "=" after token K at bracket depth 0, or -1.  */
int
ge_stmt_assign_after (struct parser *p, int k)
{
  int depth = 0;
  for (int i = k; i < p->ntoks; i++)
    {
      struct tok t = p->toks[i];
      if (is_tok (p, t, "(") || is_tok (p, t, "[") || is_tok (p, t, "{"))
        depth++;
      else if (is_tok (p, t, ")") || is_tok (p, t, "]") || is_tok (p, t, "}"))
        depth--;
      else if (depth == 0 && is_tok (p, t, "="))
        return i;
      else if (depth == 0 && is_tok (p, t, ";"))
        return -1;
    }
  return -1;
}

/* The index of the bracket opening the group that token I, a ")",
   "]" or "}", closes (-1 if none does).  */
int
ge_stmt_group_open (struct parser *p, int i)
{
  struct tok t = p->toks[i];
  const char *close = is_tok (p, t, ")")   ? ")"
                      : is_tok (p, t, "]") ? "]"
                                           : "}";
  const char *open = *close == ')' ? "(" : *close == ']' ? "[" : "{";
  for (int depth = 0; i >= 0; i--)
    {
      if (is_tok (p, p->toks[i], close))
        depth++;
      else if (is_tok (p, p->toks[i], open) && --depth == 0)
        break;
    }
  return i;
}

/* The first token of the operand that ends before token K (a
   selector's dot): a chain of names, selectors, calls and indexes.  */
int
ge_stmt_operand_start (struct parser *p, int k)
{
  int i = k - 1;
  while (i >= 0)
    {
      struct tok t = p->toks[i];
      if (is_tok (p, t, ")") || is_tok (p, t, "]"))
        {
          /* A group opened before the statement's first line, as in
             "}).describef(...)": no operand to be had here.  */
          int open = ge_stmt_group_open (p, i);
          if (open < 0)
            return -1;
          i = open - 1;
          continue;
        }
      if (t.kind != T_IDENT)
        break;
      if (i > 0 && is_tok (p, p->toks[i - 1], "."))
        {
          i -= 2;
          continue;
        }
      return i;
    }
  return i + 1;
}

/* Start of the type that ends just before token K (a conversion's
   parenthesis): "interface{}", "(T)", "pkg.T", "T".  */
int
ge_stmt_type_start_before (struct parser *p, int k)
{
  int i = k - 1;
  if (i < 0)
    return -1;
  struct tok t = p->toks[i];
  if (is_tok (p, t, ")") || is_tok (p, t, "}"))
    {
      bool brace = is_tok (p, t, "}");
      i = ge_stmt_group_open (p, i);
      if (i > 0 && brace)
        i--;  /* interface or struct */
      return i;
    }
  if (t.kind != T_IDENT)
    return -1;
  if (i >= 2 && is_tok (p, p->toks[i - 1], ".")
      && p->toks[i - 2].kind == T_IDENT)
    i -= 2;
  return i;
}

/* The statement on LINE of FILE lexed into a new parser (full mode),
   with *K the index of its token at COL, or -1 if none starts there;
   NULL if FILE has no such position.  The caller frees the parser.  */
struct parser *
ge_stmt_at (ge_src_unit *su, const char *file, int line, int col, int *k)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0)
    return NULL;
  struct parser *p = ge_parser_new ();
  p->lx.f = f;
  p->full = true;
  /* A statement may start on an earlier line than the token gccgo
     places it at:

       (&C{
               f: nil,
       }).describef(p, "verify %d", n)   // gccgo: at ".describef"

     Its first line is the nearest one from which the brackets before
     the token all open within the statement.  */
  for (int first = line; first >= 1 && first > line - 64; first--)
    {
      p->ntoks = 0;
      ge_stmt_lex (p, first, (size_t) at);
      int depth = 0;
      bool open_before = false;
      for (int i = 0; i < p->ntoks && (long) p->toks[i].off < at; i++)
        {
          struct tok t = p->toks[i];
          if (is_tok (p, t, "(") || is_tok (p, t, "[") || is_tok (p, t, "{"))
            depth++;
          else if ((is_tok (p, t, ")") || is_tok (p, t, "]")
                    || is_tok (p, t, "}"))
                   && --depth < 0)
            {
              open_before = true;
              break;
            }
        }
      if (!open_before)
        break;
      if (first == 1 || first == line - 63)
        {
          /* No such line: the token's own, as before.  */
          p->ntoks = 0;
          ge_stmt_lex (p, line, (size_t) at);
          break;
        }
    }
  *k = -1;
  for (int i = 0; i < p->ntoks && *k < 0; i++)
    if ((long) p->toks[i].off == at)
      *k = i;
  return p;
}
