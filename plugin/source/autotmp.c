/* goescape: gc's temporaries named in its texts.

   gc's typechecking copies the receiver of a method called on a call's
   result into a temporary, and prints the temporary where the receiver
   was ("(*scram.Client).Err(sc).Error()" is ".autotmp_26.Error()").  A
   temporary is named by the number of names its function has declared
   before it (typecheck.TempAt: len(curfn.Dcl)): the named parameters,
   every result, the locals declared so far in source order (each clause
   of a type switch with a variable declares one), and the temporaries
   made so far.

     func k(x, y int, d time.Time) {
         z := x + y
         sink = time.Until(d).String()   // time.Duration.String(.autotmp_4)
     }  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "goescape/source/source.h"
#include "goescape/vec.h"
#include "decls.h"
#include "expr.h"
#include "lexer.h"


static bool
blank (struct src_file *f, size_t k)
{
  return ge_lex_tok_is (f, k, "_");
}

/* The names a parameter list (K its "(") declares: with RESULTS, every
   result, named or not; else the named parameters but "_".  *END is
   its ")".  */
static int
list_names (struct src_file *f, size_t k, bool results, size_t *end)
{
  size_t e = ge_lex_group_end (f, k);
  *end = e;
  /* Split at commas at depth 1: an entry is "name Type", "name" (of a
     group sharing the next type) or "Type".  */
  int n = 0, entries = 0, named = 0;
  struct lexer lx = { f, 0, 0, 0 };
  size_t start = k + 1;
  int depth = 0;
  for (size_t i = k + 1; i <= e; i++)
    {
      int b = i < e ? ge_lex_bracket (&lx, f->toks[i]) : 0;
      if (i == e || (depth == 0 && ge_lex_tok_is (f, i, ",")))
        {
          if (i > start)
            {
              entries++;
              /* "name Type..." or a lone name before a comma.  */
              bool first_ident = f->toks[start].kind == T_IDENT;
              bool has_type = i > start + 1;
              if (first_ident && has_type && !ge_lex_tok_is (f, start + 1, "."))
                {
                  named++;
                  if (!blank (f, start) || results)
                    n++;
                }
              else if (first_ident && !has_type)
                {
                  /* A name of a group, or a lone type: named if any
                     entry of the list is "name Type".  */
                  if (!blank (f, start) || results)
                    n++;
                }
              else if (results)
                n++;
            }
          start = i + 1;
          continue;
        }
      depth += b;
    }
  if (named == 0)
    return results ? entries : 0;  /* all types: unnamed */
  return n;
}

/* Names the signature of the function whose "func" is token K declares
   (receiver, parameters, results); *BODY is its body's "{", *NRESULTS
   the number of its results.  */
static int
signature_names (struct src_file *f, size_t k, size_t *body, int *nresults)
{
  *nresults = 0;
  size_t i = k + 1, end;
  int n = 0;
  if (ge_lex_tok_is (f, i, "("))
    {
      /* A receiver, or a literal's parameters.  */
      int c = list_names (f, i, false, &end);
      i = end + 1;
      n += c;
    }
  if (i < f->ntoks && f->toks[i].kind == T_IDENT
      && ge_lex_tok_is (f, i + 1, "("))
    {
      n += list_names (f, i + 1, false, &end);
      i = end + 1;
    }
  if (ge_lex_tok_is (f, i, "("))
    {
      /* Results in parentheses, or (a literal) none before "{".  */
      *nresults = list_names (f, i, true, &end);
      n += *nresults;
      i = end + 1;
    }
  else if (!ge_lex_tok_is (f, i, "{"))
    {
      /* One unnamed result: skip its type to the body.  */
      n++;
      *nresults = 1;
      struct lexer lx = { f, 0, 0, 0 };
      for (int depth = 0; i < f->ntoks; i++)
        {
          if (depth == 0 && ge_lex_tok_is (f, i, "{")
              && !(ge_lex_tok_is (f, i - 1, "struct")
                   || ge_lex_tok_is (f, i - 1, "interface")))
            break;
          depth += ge_lex_bracket (&lx, f->toks[i]);
        }
    }
  *body = i;
  return n;
}

/* Whether the selector whose dot is token K calls a method on a call's
   result, ").M(", or on a composite literal, "}.M(".  */
static bool
receiver_temp (struct src_file *f, size_t k)
{
  /* A composite literal's method, net.IP{...}.String().  */
  if (k > 1 && ge_lex_tok_is (f, k, ".") && ge_lex_tok_is (f, k - 1, "}")
      && k + 2 < f->ntoks && f->toks[k + 1].kind == T_IDENT
      && ge_lex_tok_is (f, k + 2, "("))
    return true;
  if (!(k > 1 && ge_lex_tok_is (f, k, ".") && ge_lex_tok_is (f, k - 1, ")")
        && k + 2 < f->ntoks && f->toks[k + 1].kind == T_IDENT
        && ge_lex_tok_is (f, k + 2, "(")))
    return false;
  /* The receiver's group "(...)" and what it applies to.  */
  size_t open = k - 1;
  for (int depth = 0; open > 0; open--)
    {
      if (ge_lex_tok_is (f, open, ")"))
        depth++;
      else if (ge_lex_tok_is (f, open, "(") && --depth == 0)
        break;
    }
  if (open == 0)
    return false;
  /* new(T) is no call: gc calls the method on it as it is,
     "(*List).Init(new(List))".  */
  char name[128];
  struct tok fun = f->toks[open - 1];
  if (fun.kind == T_IDENT && !(open >= 2 && ge_lex_tok_is (f, open - 2, "."))
      && ge_lex_tok_is (f, open - 1, "new"))
    return false;
  /* A conversion to one of the package's types, Class(h.Class), is a
     call only if what it converts holds one (Type(v.Uint()).String()).  */
  if (fun.kind == T_IDENT && fun.len < sizeof name
      && !(open >= 2 && ge_lex_tok_is (f, open - 2, "."))
      && (memcpy (name, f->text + fun.off, fun.len), name[fun.len] = '\0',
          ge_decls_is_type (f->su, f->path, fun.off, name)))
    {
      for (size_t i = open + 1; i + 1 < k - 1; i++)
        if (ge_lex_tok_is (f, i + 1, "(")
            && (f->toks[i].kind == T_IDENT || ge_lex_tok_is (f, i, ")")))
          return true;
      return false;
    }
  /* A constant conversion, time.Duration(3).String(), is no call; a
     method's result, d.Index(0).Uint(), is.  */
  bool qualified = open >= 3 && ge_lex_tok_is (f, open - 2, ".");
  bool by_package = qualified && f->toks[open - 3].kind == T_IDENT
                    && f->toks[open - 3].len < sizeof name
                    && (memcpy (name, f->text + f->toks[open - 3].off,
                                f->toks[open - 3].len),
                        name[f->toks[open - 3].len] = '\0',
                        ge_decls_is_import (f->su, f->path, name));
  return !(f->toks[k - 2].kind == T_LIT && ge_lex_tok_is (f, k - 3, "(")
           && (!qualified || by_package));
}

/* Whether the return statement whose "return" is token K returns one
   expression, before token CLOSE: with several results, a call of a
   function returning them, which typecheck.RewriteMultiValueCall copies
   into a temporary each ("return f()" is "t1, t2 := f(); return t1,
   t2").  */
static bool
returns_one (struct src_file *f, size_t k, size_t close)
{
  struct lexer lx = { f, 0, 0, 0 };
  int line = ge_lex_line_of (f, f->toks[k].off);
  size_t i = k + 1;
  if (i >= close || ge_lex_line_of (f, f->toks[i].off) != line
      || ge_lex_tok_is (f, i, ";") || ge_lex_tok_is (f, i, "}"))
    return false;
  for (int depth = 0; i < close; i++)
    {
      if (depth == 0
          && (ge_lex_tok_is (f, i, ";") || ge_lex_tok_is (f, i, "}")
              || (ge_lex_line_of (f, f->toks[i].off) != line
                  && !ge_lex_tok_is (f, i - 1, ",")
                  && !ge_lex_tok_is (f, i - 1, "(")
                  && !ge_lex_tok_is (f, i - 1, "{"))))
        break;
      if (depth == 0 && ge_lex_tok_is (f, i, ","))
        return false;
      int b = ge_lex_bracket (&lx, f->toks[i]);
      depth += b;
      if (b > 0)
        line = -1;  /* the group may span lines */
      if (depth == 0 && b < 0)
        line = ge_lex_line_of (f, f->toks[i].off);
    }
  return true;
}

/* Declarations and temporaries of the function whose body opens at
   token OPEN, counted from N, the function having NRESULTS results:
   each temporary's number recorded in F's cache.  Returns the count at
   the body's end.  */
static int
count_body (struct src_file *f, size_t open, int n, int nresults)
{
  size_t close = ge_lex_group_end (f, open);
  /* Names declared per brace depth, to tell ":=" declaring from
     assigning.  */
  struct scoped { size_t tok; int depth; } *names = NULL;
  size_t nnames = 0, alloc = 0;
  int depth = 0;
  bool typeswitch_guard = false;
  int guard_depth = -1;
  /* ":=" declares its names after its right side is typechecked, whose
     temporaries come first: "z := f().M()" is .autotmp_1, then z.  */
  size_t pending_at = (size_t) -1;
  int pending = 0;
  for (size_t i = open + 1; i < close; i++)
    {
      if (i >= pending_at)
        {
          n += pending;
          pending = 0;
          pending_at = (size_t) -1;
        }
      if (ge_lex_tok_is (f, i, "func") && !ge_lex_tok_is (f, i + 1, "("))
        continue;
      if (ge_lex_tok_is (f, i, "func"))
        {
          /* A literal: its names are its own.  */
          size_t body;
          int nres;
          signature_names (f, i, &body, &nres);
          if (ge_lex_tok_is (f, body, "{"))
            i = ge_lex_group_end (f, body);
          continue;
        }
      if (ge_lex_tok_is (f, i, "{"))
        depth++;
      else if (ge_lex_tok_is (f, i, "}"))
        {
          while (nnames > 0 && names[nnames - 1].depth >= depth)
            nnames--;
          depth--;
          if (depth < guard_depth)
            guard_depth = -1;
        }
      else if (ge_lex_tok_is (f, i, "case") || ge_lex_tok_is (f, i, "default"))
        {
          /* A clause is a scope: the previous clause's names end.  */
          while (nnames > 0 && names[nnames - 1].depth >= depth)
            nnames--;
          if (guard_depth == depth)
            n++;  /* a type switch clause's variable */
        }
      else if (ge_lex_tok_is (f, i, "switch"))
        typeswitch_guard = true;
      else if (nresults > 1 && ge_lex_tok_is (f, i, "return")
               && returns_one (f, i, close))
        {
          *GE_VEC_PUSH (f->rets, f->nrets, f->rets_alloc) = f->toks[i].off;
          *GE_VEC_PUSH (f->rets, f->nrets, f->rets_alloc) = (size_t) n;
          *GE_VEC_PUSH (f->rets, f->nrets, f->rets_alloc) = (size_t) nresults;
          n += nresults;
        }
      else if (ge_lex_tok_is (f, i, ".") && receiver_temp (f, i))
        {
          *GE_VEC_PUSH (f->tmps, f->ntmps, f->tmps_alloc) = f->toks[i].off;
          *GE_VEC_PUSH (f->tmps, f->ntmps, f->tmps_alloc) = (size_t) n;
          n++;
        }
      else if (ge_lex_tok_is (f, i, "var") && !ge_lex_tok_is (f, i + 1, "("))
        {
          for (size_t j = i + 1; j < close && f->toks[j].kind == T_IDENT;
               j += 2)
            {
              if (!blank (f, j))
                n++;
              if (!ge_lex_tok_is (f, j + 1, ","))
                break;
            }
        }
      else if (ge_lex_tok_is (f, i, "var") && ge_lex_tok_is (f, i + 1, "("))
        {
          size_t end = ge_lex_group_end (f, i + 1);
          /* Each line's names: identifiers before the type or "=".  */
          bool line_start = true;
          for (size_t j = i + 2; j < end; j++)
            {
              if (line_start && f->toks[j].kind == T_IDENT)
                {
                  if (!blank (f, j))
                    n++;
                  if (ge_lex_tok_is (f, j + 1, ","))
                    {
                      j++;
                      continue;
                    }
                  line_start = false;
                  continue;
                }
              if (ge_lex_line_of (f, f->toks[j].off)
                  != ge_lex_line_of (f, f->toks[j + 1 < end ? j + 1 : j].off))
                line_start = true;
            }
          i = end;
        }
      else if (ge_lex_tok_is (f, i, ":="))
        {
          /* The names before it, back to the statement's start.  */
          size_t j = i;
          while (j >= 2 && f->toks[j - 1].kind == T_IDENT
                 && ge_lex_tok_is (f, j - 2, ","))
            j -= 2;
          if (j >= 1 && f->toks[j - 1].kind == T_IDENT)
            j--;
          /* A type switch guard declares one variable per clause.  */
          size_t k = i + 1;
          int d2 = 0;
          struct lexer lx = { f, 0, 0, 0 };
          bool is_guard = false;
          for (; k < close; k++)
            {
              if (d2 == 0 && ge_lex_tok_is (f, k, "{"))
                break;
              if (d2 == 0
                  && (ge_lex_tok_is (f, k, ";")
                      || ge_lex_line_of (f, f->toks[k].off)
                             != ge_lex_line_of (f, f->toks[i].off)))
                break;
              d2 += ge_lex_bracket (&lx, f->toks[k]);
            }
          if (typeswitch_guard && k < close && ge_lex_tok_is (f, k, "{")
              && ge_lex_tok_is (f, k - 1, ")")
              && ge_lex_tok_is (f, k - 2, "type"))
            is_guard = true;
          typeswitch_guard = false;
          if (is_guard)
            {
              guard_depth = depth + 1;
              continue;
            }
          for (size_t m = j; m < i; m += 2)
            {
              if (blank (f, m))
                continue;
              bool known = false;
              for (size_t q = 0; q < nnames && !known; q++)
                if (names[q].depth == depth
                    && f->toks[names[q].tok].len == f->toks[m].len
                    && memcmp (f->text + f->toks[names[q].tok].off,
                               f->text + f->toks[m].off, f->toks[m].len) == 0)
                  known = true;
              if (known)
                continue;
              if (nnames == alloc)
                {
                  alloc = alloc ? 2 * alloc : 16;
                  names = XRESIZEVEC (struct scoped, names, alloc);
                }
              /* A header's names (for, if, switch) live in the
                 statement's block.  */
              bool header = j > 0 && (ge_lex_tok_is (f, j - 1, "for")
                                      || ge_lex_tok_is (f, j - 1, "if")
                                      || ge_lex_tok_is (f, j - 1, "switch"));
              names[nnames].tok = m;
              names[nnames].depth = header ? depth + 1 : depth;
              nnames++;
              pending++;
            }
          pending_at = k;
        }
      if (ge_lex_tok_is (f, i, "{"))
        typeswitch_guard = false;
    }
  free (names);
  return n + pending;
}

/* The body of the innermost function holding token AT, counted once:
   (its "{", its count at the end) kept in F's cache.  False when no
   function holds it.  */
static bool
counted_body (struct src_file *f, size_t at, size_t *body_out, int *total)
{
  for (size_t k = at; k-- > 0;)
    {
      if (!ge_lex_tok_is (f, k, "func"))
        continue;
      size_t body;
      int nres;
      int n = signature_names (f, k, &body, &nres);
      if (!ge_lex_tok_is (f, body, "{") || body > at
          || ge_lex_group_end (f, body) < at)
        continue;
      *body_out = body;
      for (size_t i = 0; i + 1 < f->ntmp_bodies; i += 2)
        if (f->tmp_bodies[i] == body)
          {
            *total = (int) f->tmp_bodies[i + 1];
            return true;
          }
      *total = count_body (f, body, n, nres);
      *GE_VEC_PUSH (f->tmp_bodies, f->ntmp_bodies, f->tmp_bodies_alloc) = body;
      *GE_VEC_PUSH (f->tmp_bodies, f->ntmp_bodies, f->tmp_bodies_alloc)
        = (size_t) *total;
      return true;
    }
  return false;
}

int
ge_src_autotmp_index (ge_src_unit *su, const char *file, size_t dot)
{
  struct src_file *f = ge_lex_load (su, file);
  if (!f || !f->text)
    return -1;
  size_t at = ge_lex_token_index (f, dot);
  if (at >= f->ntoks || f->toks[at].off != dot || !receiver_temp (f, at))
    return -1;
  for (size_t i = 0; i + 1 < f->ntmps; i += 2)
    if (f->tmps[i] == dot)
      return (int) f->tmps[i + 1];
  /* The innermost function holding it, each body counted once, all its
     temporaries with it: one already counted has none at DOT.  */
  size_t before = f->ntmp_bodies, body;
  int total;
  if (!counted_body (f, at, &body, &total) || f->ntmp_bodies == before)
    return -1;
  for (size_t i = 0; i + 1 < f->ntmps; i += 2)
    if (f->tmps[i] == dot)
      return (int) f->tmps[i + 1];
  return -1;
}

int
ge_src_function_dcls (ge_src_unit *su, const char *file, int line, int col)
{
  struct src_file *f = ge_lex_load (su, file);
  long off = f && f->text ? ge_lex_offset_of (f, line, col) : -1;
  if (off < 0)
    return -1;
  size_t body;
  int total;
  return counted_body (f, ge_lex_token_index (f, (size_t) off), &body, &total)
         ? total : -1;
}

int
ge_lex_return_temps (struct src_file *f, size_t ret, int *count)
{
  size_t body;
  int total;
  if (!counted_body (f, ge_lex_token_index (f, ret), &body, &total))
    return -1;
  for (size_t i = 0; i + 2 < f->nrets; i += 3)
    if (f->rets[i] == ret)
      {
        *count = (int) f->rets[i + 2];
        return (int) f->rets[i + 1];
      }
  return -1;
}

int
ge_src_return_temps (ge_src_unit *su, const char *file, int line, int col,
                     int *count)
{
  struct src_file *f = ge_lex_load (su, file);
  long off = f && f->text ? ge_lex_offset_of (f, line, col) : -1;
  if (off < 0)
    return -1;
  /* The statement's "return", before the call on its line.  */
  size_t k = ge_lex_token_index (f, (size_t) off);
  int l = ge_lex_line_of (f, (size_t) off);
  for (; k < f->ntoks && ge_lex_line_of (f, f->toks[k].off) == l; k--)
    {
      if (ge_lex_tok_is (f, k, "return"))
        return ge_lex_return_temps (f, f->toks[k].off, count);
      if (k == 0)
        break;
    }
  return -1;
}
