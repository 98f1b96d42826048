/* goescape: Go source text (see goescape/source.h).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>
#include <libiberty/safe-ctype.h>

#include "goescape/source/source.h"
#include "decls.h"
#include "lexer.h"
#include "expr.h"
#include "goescape/vec.h"

/* ---- signatures ---------------------------------------------------- */

struct entry
{
  struct tok first;
  int ntoks;
  bool second_is_dot;
};

/* Parse a parenthesised field list after "(" into FIELDS.  */
static bool
parse_fields (struct lexer *lx, struct ge_src_field **fields, int *n)
{
  struct entry *ents = NULL;
  int nents = 0, alloc = 0, depth = 0;
  struct entry cur = { { T_EOF, 0, 0 }, 0, false };
  for (;;)
    {
      struct tok t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        {
          free (ents);
          return false;
        }
      bool close = depth == 0 && ge_lex_is (lx, t, ")");
      if ((depth == 0 && ge_lex_is (lx, t, ",")) || close)
        {
          if (cur.ntoks > 0)
            {
              *GE_VEC_PUSH (ents, nents, alloc) = cur;
            }
          memset (&cur, 0, sizeof cur);
          if (close)
            break;
          continue;
        }
      if (ge_lex_is (lx, t, "(") || ge_lex_is (lx, t, "[") || ge_lex_is (lx, t, "{"))
        depth++;
      else if (ge_lex_is (lx, t, ")") || ge_lex_is (lx, t, "]") || ge_lex_is (lx, t, "}"))
        depth--;
      if (cur.ntoks == 0)
        cur.first = t;
      else if (cur.ntoks == 1)
        cur.second_is_dot = ge_lex_is (lx, t, ".");
      cur.ntoks++;
    }

  /* Either every entry names its fields or none does.  */
  static const char *const type_kw[]
    = { "interface", "map", "chan", "func", "struct", NULL };
  bool named = false;
  for (int i = 0; i < nents; i++)
    if (ents[i].first.kind == T_IDENT && ents[i].ntoks >= 2
        && !ents[i].second_is_dot)
      {
        bool kw = false;
        for (int k = 0; type_kw[k]; k++)
          kw |= ge_lex_is (lx, ents[i].first, type_kw[k]);
        named |= !kw;
      }
  *fields = XCNEWVEC (struct ge_src_field, nents + 1);
  *n = nents;
  for (int i = 0; i < nents; i++)
    {
      struct ge_src_field *fd = &(*fields)[i];
      ge_lex_pos_of (lx->f, ents[i].first.off, &fd->line, &fd->col);
      if (named)
        fd->name = xstrndup (lx->f->text + ents[i].first.off,
                             ents[i].first.len);
    }
  free (ents);
  return true;
}

/* Position LX just after the "func" keyword at or before LINE:COL of
   FILE.  False if there is none on the line.  */
static bool
after_func_keyword (ge_src_unit *su, const char *file, int line, int col,
                    struct lexer *lx)
{
  struct src_file *f = ge_lex_load (su, file);
  long start = ge_lex_offset_of (f, line, 1);
  long at = ge_lex_offset_of (f, line, col);
  if (start < 0 || at < 0)
    return false;
  *lx = (struct lexer) { f, (size_t) start, 0, 0 };
  long func_off = -1;
  for (;;)
    {
      struct tok t = ge_lex_next (lx);
      if (t.kind == T_EOF || (long) t.off > at)
        break;
      if (ge_lex_is (lx, t, "func"))
        func_off = (long) t.off;
    }
  if (func_off < 0)
    return false;
  lx->off = (size_t) func_off;
  ge_lex_next (lx);
  return true;
}

bool
ge_src_signature (ge_src_unit *su, const char *file, int line, int col,
                  struct ge_src_signature *sig)
{
  memset (sig, 0, sizeof *sig);
  struct lexer lx;
  if (!after_func_keyword (su, file, line, col, &lx))
    return false;
  struct src_file *f = lx.f;

  struct tok t = ge_lex_next (&lx);
  struct ge_src_field *recv = NULL;
  int nrecv = 0;
  struct ge_src_field *params = NULL;
  int nparams = 0;
  if (ge_lex_is (&lx, t, "("))
    {
      if (!parse_fields (&lx, &recv, &nrecv))
        return false;
      sig->has_recv = true;
      t = ge_lex_next (&lx);
      /* "func (r T) Name(" declares a method; "func(j Job) Job {" is a
         literal whose result type is a name.  */
      struct lexer peek = lx;
      bool named = t.kind == T_IDENT && ge_lex_is (&peek, ge_lex_next (&peek), "(");
      if (t.kind != T_IDENT || !named || ge_lex_is (&lx, t, "func")
          || ge_lex_is (&lx, t, "map") || ge_lex_is (&lx, t, "chan")
          || ge_lex_is (&lx, t, "struct") || ge_lex_is (&lx, t, "interface"))
        {
          /* A function literal: those were its parameters (and T starts
             its result type, perhaps with a keyword).  */
          sig->has_recv = false;
          params = recv;
          nparams = nrecv;
          recv = NULL;
          nrecv = 0;
          lx.off = t.off;
        }
    }
  /* A declaration: its name, then its parameters.  */
  if (params == NULL)
    {
      if (t.kind != T_IDENT)
        {
          free (recv);
          return false;
        }
      t = ge_lex_next (&lx);
      if (!ge_lex_is (&lx, t, "(") || !parse_fields (&lx, &params, &nparams))
        {
          free (recv);
          return false;
        }
    }

  sig->nparams = nrecv + nparams;
  sig->params = XCNEWVEC (struct ge_src_field, sig->nparams + 1);
  if (nrecv)
    memcpy (sig->params, recv, nrecv * sizeof *recv);
  if (nparams)
    memcpy (sig->params + nrecv, params, nparams * sizeof *params);
  free (recv);
  free (params);

  size_t save = lx.off;
  t = ge_lex_next (&lx);
  if (ge_lex_is (&lx, t, "("))
    return parse_fields (&lx, &sig->results, &sig->nresults);
  if (t.kind == T_EOF || ge_lex_is (&lx, t, "{") || ge_lex_is (&lx, t, "\n"))
    return true;
  /* A single unnamed result, unless the declaration ends here (a
     function without body on one line).  */
  int tl, tc;
  ge_lex_pos_of (f, t.off, &tl, &tc);
  int sl, sc;
  ge_lex_pos_of (f, save, &sl, &sc);
  (void) sc;
  (void) tc;
  if (tl != sl)
    return true;
  sig->nresults = 1;
  sig->results = XCNEWVEC (struct ge_src_field, 1);
  sig->results[0].line = tl;
  sig->results[0].col = tc;
  return true;
}

void
ge_src_signature_free (struct ge_src_signature *sig)
{
  for (int i = 0; i < sig->nparams; i++)
    free (sig->params[i].name);
  for (int i = 0; i < sig->nresults; i++)
    free (sig->results[i].name);
  free (sig->params);
  free (sig->results);
  memset (sig, 0, sizeof *sig);
}

/* ---- allocating expressions ---------------------------------------- */

/* Render the arguments after an opening parenthesis up to its closing
   one into O as gc prints them.  Returns their number, -1 on failure.  */
static int
render_args (struct lexer *lx, struct out *o)
{
  struct parser *p = ge_parser_new ();
  p->lx = *lx;
  int depth = 0, n = -1;
  for (;;)
    {
      struct tok a = ge_lex_next (lx);
      if (a.kind == T_EOF || p->ntoks == MAX_TOKS)
        goto done;
      if (ge_lex_is (lx, a, "(") || ge_lex_is (lx, a, "["))
        depth++;
      else if (ge_lex_is (lx, a, "]"))
        depth--;
      else if (ge_lex_is (lx, a, ")") && depth-- == 0)
        break;
      p->toks[p->ntoks++] = a;
    }
  struct node *args[8];
  n = ge_expr_parse_list (p, 0, p->ntoks, args, 8);
  if (n > 0)
    ge_expr_render_list (p, o, args, n);
done:
  free (p);
  return n;
}

/* make(T, args...) after the "make" keyword: gc's position is the
   parenthesis, its text the type and the rendered arguments.  */
static enum ge_src_alloc
make_at (struct lexer *lx, char *text, size_t size, int *gc_col)
{
  struct tok paren = ge_lex_next (lx);
  if (!ge_lex_is (lx, paren, "("))
    return GE_SRC_NONE;
  int pl;
  ge_lex_pos_of (lx->f, paren.off, &pl, gc_col);
  size_t used = 5;
  memcpy (text, "make(", 6);
  struct tok stop = ge_lex_copy_type (lx, ",)", text, size - 1, &used);
  if (stop.kind == T_EOF)
    return GE_SRC_NONE;
  struct out o = { text, size - 1, used };
  if (ge_lex_is (lx, stop, ","))
    {
      ge_expr_put (&o, ", ", 2);
      if (render_args (lx, &o) <= 0)
        return GE_SRC_NONE;
    }
  ge_expr_put (&o, ")", 1);
  return GE_SRC_MAKE;
}

/* A string conversion whose "(" is at PAREN: string(x), []byte(s) or
   []rune(s), rendered as gc does ("([]byte)(s)").  */
static enum ge_src_alloc
conversion_at (struct lexer *lx, struct tok paren, const char *prefix,
               char *text, size_t size, int *gc_col)
{
  int pl;
  ge_lex_pos_of (lx->f, paren.off, &pl, gc_col);
  struct out o = { text, size - 1, 0 };
  ge_expr_put (&o, prefix, strlen (prefix));
  lx->off = paren.off + 1;
  if (render_args (lx, &o) != 1)
    return GE_SRC_NONE;
  ge_expr_put (&o, ")", 1);
  return GE_SRC_CONV;
}

/* The text before offset OFF on its line, with trailing blanks dropped,
   ends with SUFFIX.  */
static bool
preceded_by (struct src_file *f, size_t off, const char *suffix)
{
  size_t n = strlen (suffix);
  while (off > 0 && (f->text[off - 1] == ' ' || f->text[off - 1] == '\t'))
    off--;
  if (off < n || memcmp (f->text + off - n, suffix, n) != 0)
    return false;
  return off == n
         || !ge_lex_ident_start ((unsigned char) f->text[off - n - 1]);
}

/* The composite literal whose type starts at LX's next token: gc's
   rendering ("[]interface {}{...}") appended to TEXT after USED
   characters, its brace's column into *GC_COL.  */
static bool
composite_at (struct lexer *lx, char *text, size_t size, size_t used,
              int *gc_col)
{
  struct parser *p = ge_parser_new ();
  p->lx = *lx;
  p->full = true;
  int line = 0, col;
  /* The type's tokens to the end of its line, and the one after a brace
     that ends it: enough to tell "{}" from "{...}".  */
  for (struct tok t = ge_lex_next (&p->lx);
       t.kind != T_EOF && p->ntoks < MAX_TOKS; t = ge_lex_next (&p->lx))
    {
      int tl;
      ge_lex_pos_of (lx->f, t.off, &tl, &col);
      if (line == 0)
        line = tl;
      p->toks[p->ntoks++] = t;
      if (tl != line)
        break;
    }
  p->end = p->ntoks;
  struct node *type = ge_expr_parse_type (p);
  bool ok = type && !p->bad && p->at + 1 < p->end
            && ge_lex_is (&p->lx, p->toks[p->at], "{");
  if (ok)
    {
      struct tok brace = p->toks[p->at];
      int bl;
      ge_lex_pos_of (lx->f, brace.off, &bl, gc_col);
      struct out o = { text, size, used };
      ge_expr_render (p, &o, type);
      bool empty = ge_lex_is (&p->lx, p->toks[p->at + 1], "}");
      ge_expr_put (&o, empty ? "{}" : "{...}", empty ? 2 : 5);
    }
  free (p);
  return ok;
}

/* The element type of the composite literal enclosing the one whose
   brace is at OFF, if it is a pointer *T: T's text into ELEM.  gc takes
   an elided element {...} of []*T{...} or map[K]*T{...} for &T{...}.  */
static bool
elided_pointer_elem (struct src_file *f, size_t off, char *elem, size_t size)
{
  /* Back to the unmatched brace that opens the enclosing literal.  */
  int depth = 0;
  size_t b = off;
  while (b > 0)
    {
      char c = f->text[--b];
      if (c == '}' || c == ')' || c == ']')
        depth++;
      else if ((c == '(' || c == '[') && depth-- == 0)
        return false;
      else if (c == '{' && depth-- == 0)
        break;
    }
  if (depth >= 0 || f->text[b] != '{')
    return false;
  /* Its type: "[]*T", "[N]*T", "map[K]*T" just before it.  */
  size_t e = b;
  while (e > 0 && (f->text[e - 1] == ' ' || f->text[e - 1] == '\t'))
    e--;
  size_t st = e;
  while (st > 0 && (ISALNUM (f->text[st - 1]) || f->text[st - 1] == '_'
                    || f->text[st - 1] == '.'))
    st--;
  if (st == e || st == 0 || f->text[st - 1] != '*')
    return false;
  size_t star = st - 1;
  if (star == 0 || f->text[star - 1] != ']' || e - st + 1 > size)
    return false;
  memcpy (elem, f->text + st, e - st);
  elem[e - st] = '\0';
  return true;
}

/* Whether NAME, used in FILE, is a type of FILE's package defined as a
   slice type ("type errs []string").  */
static bool
named_slice_type (ge_src_unit *su, const char *file, const char *name)
{
  struct src_file *sf;
  size_t off;
  if (!ge_decls_type_spec (su, file, name, &sf, &off))
    return false;
  struct lexer lx = { sf, off, 0, 0 };
  return ge_lex_is (&lx, ge_lex_next (&lx), "[")
         && ge_lex_is (&lx, ge_lex_next (&lx), "]");
}

bool
ge_src_maplit_after (ge_src_unit *su, const char *file, int line, int col,
                     char *text, size_t size, int *gc_line, int *gc_col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = f ? ge_lex_offset_of (f, line, col) : -1;
  if (at < 0 || size < 16)
    return false;
  struct lexer lx = { f, (size_t) at, 0, 0 };
  /* A literal of a named map type, "endpoints{}", "pkg.M{...}": gccgo
     places it at the type's name.  */
  struct lexer peek = lx;
  struct tok first = ge_lex_next (&peek), next = ge_lex_next (&peek);
  if (first.kind == T_IDENT && (long) first.off == at
      && !ge_lex_is (&peek, first, "map"))
    {
      if (ge_lex_is (&peek, next, "."))
        {
          ge_lex_next (&peek);
          next = ge_lex_next (&peek);
        }
      if (ge_lex_is (&peek, next, "{"))
        {
          *gc_line = line;
          return composite_at (&lx, text, size, 0, gc_col);
        }
    }
  for (int n = 0; n < 64; n++)
    {
      struct tok t = ge_lex_next (&lx);
      int tl, tc;
      if (t.kind == T_EOF)
        return false;
      ge_lex_pos_of (f, t.off, &tl, &tc);
      if (tl != line)
        return false;
      if (!ge_lex_is (&lx, t, "map"))
        continue;
      lx.off = t.off;
      *gc_line = line;
      return composite_at (&lx, text, size, 0, gc_col);
    }
  return false;
}

enum ge_src_alloc
ge_src_alloc_at (ge_src_unit *su, const char *file, int line, int col,
                 char *text, size_t size, int *gc_col)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = ge_lex_offset_of (f, line, col);
  if (at < 0 || size < 8)
    return GE_SRC_NONE;
  struct lexer lx = { f, (size_t) at, 0, 0 };
  struct tok t = ge_lex_next (&lx);
  if ((long) t.off != at)
    return GE_SRC_NONE;
  size_t used = 0;
  text[0] = '\0';

  if (ge_lex_is (&lx, t, "new"))
    {
      struct tok p = ge_lex_next (&lx);
      if (!ge_lex_is (&lx, p, "("))
        return GE_SRC_NONE;
      int pl;
      ge_lex_pos_of (f, p.off, &pl, gc_col);
      memcpy (text, "new(", 4);
      used = 4;
      struct tok end = ge_lex_copy_type (&lx, ")", text, size - 1, &used);
      if (end.kind == T_EOF)
        return GE_SRC_NONE;
      text[used++] = ')';
      text[used] = '\0';
      return GE_SRC_NEW;
    }
  if (ge_lex_is (&lx, t, "make"))
    return make_at (&lx, text, size, gc_col);
  if (ge_lex_is (&lx, t, "string"))
    {
      struct tok p = ge_lex_next (&lx);
      return ge_lex_is (&lx, p, "(")
               ? conversion_at (&lx, p, "string(", text, size, gc_col)
               : GE_SRC_NONE;
    }
  if (ge_lex_is (&lx, t, "("))
    {
      if (preceded_by (f, t.off, "[]byte"))
        return conversion_at (&lx, t, "([]byte)(", text, size, gc_col);
      if (preceded_by (f, t.off, "[]rune"))
        return conversion_at (&lx, t, "([]rune)(", text, size, gc_col);
      return GE_SRC_NONE;
    }
  if (ge_lex_is (&lx, t, "func"))
    {
      struct tok p = ge_lex_next (&lx);
      if (!ge_lex_is (&lx, p, "("))
        return GE_SRC_NONE;
      strcpy (text, "func literal");
      *gc_col = col;
      return GE_SRC_FUNCLIT;
    }
  if (ge_lex_is (&lx, t, "["))
    {
      /* A slice literal []T{...}; an array literal is a value.  */
      struct tok close = ge_lex_next (&lx);
      if (!ge_lex_is (&lx, close, "]"))
        return GE_SRC_NONE;
      lx.off = t.off;
      return composite_at (&lx, text, size, 0, gc_col) ? GE_SRC_SLICELIT
                                                       : GE_SRC_NONE;
    }
  if (ge_lex_is (&lx, t, ".") && ge_src_method_value_at (su, file, line, col,
                                                         text, size))
    {
      *gc_col = col;
      return GE_SRC_METHVAL;
    }
  if (ge_lex_is (&lx, t, "{"))
    {
      /* An element of []*T{...} with &T elided.  */
      char elem[128];
      if (!elided_pointer_elem (f, t.off, elem, sizeof elem)
          || strlen (elem) + 8 > size)
        return GE_SRC_NONE;
      bool empty = ge_lex_is (&lx, ge_lex_next (&lx), "}");
      snprintf (text, size, "&%s%s", elem, empty ? "{}" : "{...}");
      *gc_col = col;
      return GE_SRC_PTRLIT;
    }
  if (t.kind == T_IDENT)
    {
      /* A literal of a named slice type, T{...}.  */
      char name[128];
      if (t.len >= sizeof name)
        return GE_SRC_NONE;
      memcpy (name, f->text + t.off, t.len);
      name[t.len] = '\0';
      if (!ge_lex_is (&lx, ge_lex_next (&lx), "{")
          || !named_slice_type (su, file, name))
        return GE_SRC_NONE;
      lx.off = t.off;
      return composite_at (&lx, text, size, 0, gc_col) ? GE_SRC_SLICELIT
                                                       : GE_SRC_NONE;
    }
  if (ge_lex_is (&lx, t, "&"))
    {
      text[0] = '&';
      text[1] = '\0';
      int brace_col;
      if (!composite_at (&lx, text, size, 1, &brace_col) || text[1] == '{')
        return GE_SRC_NONE;
      *gc_col = col;
      return GE_SRC_PTRLIT;
    }
  return GE_SRC_NONE;
}

bool
ge_src_ident_at (ge_src_unit *su, const char *file, int line, int col,
                 const char *name)
{
  struct src_file *f = ge_lex_load (su, file);
  long at = ge_lex_offset_of (f, line, col);
  if (at < 0)
    return false;
  struct lexer lx = { f, (size_t) at, 0, 0 };
  struct tok t = ge_lex_next (&lx);
  return (long) t.off == at && t.kind == T_IDENT && ge_lex_is (&lx, t, name);
}

bool
ge_src_func_name (ge_src_unit *su, const char *file, int line, int col,
                  char *buf, size_t size)
{
  struct lexer lx;
  if (size < 8 || !after_func_keyword (su, file, line, col, &lx))
    return false;
  struct src_file *f = lx.f;
  struct tok t = ge_lex_next (&lx);
  bool ptr = false;
  struct tok type = { T_EOF, 0, 0 };
  if (ge_lex_is (&lx, t, "("))
    {
      /* The receiver: its type is the last identifier at depth 0, after
         an optional star.  */
      int depth = 0;
      for (;;)
        {
          t = ge_lex_next (&lx);
          if (t.kind == T_EOF)
            return false;
          if (depth == 0 && ge_lex_is (&lx, t, ")"))
            break;
          if (ge_lex_is (&lx, t, "[") || ge_lex_is (&lx, t, "("))
            depth++;
          else if (ge_lex_is (&lx, t, "]") || ge_lex_is (&lx, t, ")"))
            depth--;
          else if (depth == 0 && ge_lex_is (&lx, t, "*"))
            ptr = true;
          else if (depth == 0 && t.kind == T_IDENT)
            type = t;
        }
      t = ge_lex_next (&lx);
      if (type.kind != T_IDENT)
        return false;
    }
  if (t.kind != T_IDENT)
    return false;
  int n;
  if (type.kind == T_EOF)
    n = snprintf (buf, size, "%.*s", (int) t.len, f->text + t.off);
  else
    n = snprintf (buf, size, ptr ? "(*%.*s).%.*s" : "%.*s.%.*s",
                  (int) type.len, f->text + type.off, (int) t.len,
                  f->text + t.off);
  return n > 0 && (size_t) n < size;
}

static bool
string_lit (struct parser *p, const struct node *n)
{
  if (!n || n->kind != N_LIT)
    return false;
  char c = p->lx.f->text[n->tok.off];
  return c == '"' || c == '`';
}

/* The argument of CALL that is a concatenation: the only sum among
   its arguments, or else the only one that adds a string literal.  */
static struct node *
concat_argument (struct parser *p, struct node *call)
{
  struct node *sum = NULL, *str = NULL;
  int nsum = 0, nstr = 0;
  for (int i = 0; i < call->nargs; i++)
    {
      struct node *a = call->args[i];
      if (!a || a->kind != N_BINARY || !ge_lex_is (&p->lx, a->tok, "+"))
        continue;
      sum = a;
      nsum++;
      struct node *x = a;
      while (x && x->kind == N_BINARY && !string_lit (p, x->y))
        x = x->x;
      if (x && (x->kind == N_BINARY || string_lit (p, x)))
        {
          str = a;
          nstr++;
        }
    }
  return nsum == 1 ? sum : nstr == 1 ? str : NULL;
}

bool
ge_src_concat_at (ge_src_unit *su, const char *file, int line, int col,
                  char *text, size_t size, int *gc_line, int *gc_col,
                  bool *op_assign)
{
  if (op_assign)
    *op_assign = false;
  struct src_file *f = ge_lex_load (su, file);
  long at = ge_lex_offset_of (f, line, col);
  if (at < 0 || size < 8)
    return false;
  /* gccgo places a string literal inside it: start at the token that
     holds the position.  */
  struct lexer lx = { f, f->lines[line - 1], 0, 0 };
  for (struct tok t = ge_lex_next (&lx); t.kind != T_EOF && (long) t.off <= at;
       t = ge_lex_next (&lx))
    if ((long) (t.off + t.len) > at)
      {
        at = (long) t.off;
        break;
      }
  /* gccgo places a method call at the selector's dot, an index or a
     slice at its "[", and a sum whose left operand it folded ("k +
     \"x\" + s", k a constant) at the "+": the expression starts with
     their operand.  */
  if (f->text[at] == '.' || f->text[at] == '['
      || (f->text[at] == '+' && f->text[at + 1] != '='))
    {
      long start = ge_src_operand_start (su, file, line, col);
      /* No operand before a "[": a conversion, []byte(a + b).  */
      at = start >= 0 ? start : f->text[at] == '[' ? at : at + 1;
    }
  /* ... and a call of pkg.F at F.  */
  else if (at > 1 && f->text[at - 1] == '.')
    {
      long q = at - 1;
      while (q > 0 && (ISALNUM (f->text[q - 1]) || f->text[q - 1] == '_'))
        q--;
      char *pkg = xstrndup (f->text + q, at - 1 - q);
      if (q < at - 1 && ge_decls_is_import (su, file, pkg))
        at = q;
      free (pkg);
    }
  struct parser *p = ge_parser_new ();
  p->lx.f = f;
  p->lx.off = (size_t) at;
  p->full = true;  /* f([]string{...}) + s */
  bool ok = false;
  /* The expression's tokens, to the end of its statement: a sum goes on
     to the next line after its "+".  */
  int prev_line = line;
  for (;;)
    {
      struct tok t = ge_lex_next (&p->lx);
      int tl, tc;
      if (t.kind == T_EOF || p->ntoks == MAX_TOKS)
        break;
      ge_lex_pos_of (f, t.off, &tl, &tc);
      if (tl != prev_line
          && (p->ntoks == 0 || ge_lex_ends_line (&p->lx, p->toks[p->ntoks - 1])))
        break;
      p->toks[p->ntoks++] = t;
      prev_line = tl;
    }
  p->end = p->ntoks;
  /* The sum, or the call, without the comparisons and logical operators
     it is an operand of: "f(a+b) || g(c)", "a+b == c".  */
  struct node *e = ge_expr_parse_expr (p, 4);
  /* []byte(a + b): gccgo places the sum at the conversion's "(".  */
  while (e && e->kind == N_PAREN)
    e = e->x;
  /* A concatenation passed to a call: gccgo places it at the call.  */
  if (e && e->kind == N_CALL)
    e = concat_argument (p, e);
  /* s += a + b: gccgo concatenates s, a and b at s; gc reports only the
     concatenation on the right.  */
  else if (e && !p->bad && p->at < p->end
           && ge_lex_is (&p->lx, p->toks[p->at], "+="))
    {
      p->at++;
      e = ge_expr_parse_expr (p, 1);
      if (op_assign)
        *op_assign = true;
    }
  if (e && e->kind == N_BINARY && ge_lex_is (&p->lx, e->tok, "+"))
    {
      /* gc places the concatenation at its last "+", the root of the
         left-associated chain.  */
      ge_lex_pos_of (f, e->tok.off, gc_line, gc_col);
      struct out o = { text, size, 0 };
      ge_expr_render (p, &o, e);
      ok = true;
    }
  free (p);
  return ok;
}

int
ge_src_string_conversions (ge_src_unit *su, const char *file, int line,
                           int *cols, int max)
{
  struct src_file *f = ge_lex_load (su, file);
  if (!f || line < 1 || line > f->nlines)
    return 0;
  struct lexer lx = { f, f->lines[line - 1], 0, 0 };
  struct tok prev = { T_EOF, 0, 0 };
  int n = 0;
  for (struct tok t = ge_lex_next (&lx); t.kind != T_EOF && n < max;
       t = ge_lex_next (&lx))
    {
      int tl, tc;
      ge_lex_pos_of (f, t.off, &tl, &tc);
      if (tl != line)
        break;
      if (ge_lex_is (&lx, prev, "string") && ge_lex_is (&lx, t, "(")
          && prev.kind == T_IDENT)
        {
          ge_lex_pos_of (f, prev.off, &tl, &tc);
          cols[n++] = tc;
        }
      prev = t;
    }
  return n;
}
