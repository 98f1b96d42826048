/* goescape: functions declared without a body, read from the source.

   gc tags the parameters of such a function (assembly, a //go:linkname
   to the runtime) without analysing anything (escape.paramTag when
   len(fn.Body) == 0): a uintptr is "assumed unsafe", a parameter without
   pointers is left alone, and the others leak to the heap unless
   //go:noescape precedes the declaration.  gccgo emits nothing for such
   a function unless it is called, and then only its symbol, so the
   declarations, directives and parameter types are read here.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/safe-ctype.h>

#include "goescape/source/bodiless.h"
#include "goescape/source/source.h"
#include "decls.h"
#include "lexer.h"
#include "goescape/vec.h"

/* Named types resolved through at most this many specifications.  */
#define MAX_TYPE_DEPTH 16

static bool
same_line (struct lexer *lx, struct tok a, struct tok b)
{
  return ge_lex_line_of (lx->f, a.off) == ge_lex_line_of (lx->f, b.off);
}

static bool
is_keyword_type (const struct lexer *lx, struct tok t)
{
  return ge_lex_is (lx, t, "func") || ge_lex_is (lx, t, "map")
         || ge_lex_is (lx, t, "chan") || ge_lex_is (lx, t, "struct")
         || ge_lex_is (lx, t, "interface");
}

/* Whether T can start a type.  */
static bool
type_start (const struct lexer *lx, struct tok t)
{
  return t.kind == T_IDENT || ge_lex_is (lx, t, "*") || ge_lex_is (lx, t, "[")
         || ge_lex_is (lx, t, "(") || ge_lex_is (lx, t, "<-");
}

static enum ge_src_type_class parse_type (struct lexer *lx, const char *file,
                                          int depth, bool resolve);

/* A type's class when it matters only whether it holds pointers.  */
static enum ge_src_type_class
without_uintptr (enum ge_src_type_class c)
{
  return c == GE_SRC_TYPE_POINTERS ? c : GE_SRC_TYPE_SCALAR;
}

/* After "func": its parameters and results, up to where a body would
   start.  */
static void
skip_signature (struct lexer *lx, const char *file, int depth)
{
  struct tok t = ge_lex_next (lx);
  if (!ge_lex_is (lx, t, "("))
    return;
  ge_lex_skip_group (lx);
  int line = ge_lex_line_of (lx->f, lx->off ? lx->off - 1 : 0);
  t = ge_lex_peek (lx);
  if (t.kind == T_EOF || ge_lex_line_of (lx->f, t.off) != line)
    return;
  if (ge_lex_is (lx, t, "("))
    {
      ge_lex_next (lx);
      ge_lex_skip_group (lx);
    }
  else if (type_start (lx, t))
    parse_type (lx, file, depth + 1, false);
}

/* After "struct": its fields; whether any holds pointers.  */
static enum ge_src_type_class
parse_struct (struct lexer *lx, const char *file, int depth)
{
  enum ge_src_type_class c = GE_SRC_TYPE_SCALAR;
  if (!ge_lex_is (lx, ge_lex_next (lx), "{"))
    return GE_SRC_TYPE_POINTERS;
  for (;;)
    {
      struct tok t = ge_lex_peek (lx);
      if (t.kind == T_EOF)
        return c;
      if (ge_lex_is (lx, t, "}"))
        {
          ge_lex_next (lx);
          return c;
        }
      if (ge_lex_is (lx, t, ";"))
        {
          ge_lex_next (lx);
          continue;
        }
      /* "a, b T", "a T" or an embedded "T", "*T", "pkg.T".  */
      if (t.kind == T_IDENT && !is_keyword_type (lx, t))
        {
          size_t start = lx->off;
          ge_lex_next (lx);
          struct tok n = ge_lex_peek (lx);
          if (ge_lex_is (lx, n, ","))
            {
              while (ge_lex_is (lx, ge_lex_peek (lx), ","))
                {
                  ge_lex_next (lx);
                  ge_lex_next (lx);
                }
            }
          else if (!(same_line (lx, n, t) && type_start (lx, n)
                     && !ge_lex_is (lx, n, "(")))
            lx->off = start;  /* embedded */
        }
      if (parse_type (lx, file, depth + 1, true) == GE_SRC_TYPE_POINTERS)
        c = GE_SRC_TYPE_POINTERS;
      if (ge_lex_peek (lx).kind == T_LIT)
        ge_lex_next (lx);  /* a tag */
    }
}

/* The class of the named type NAME, looked up in FILE's package.  */
static enum ge_src_type_class
named_type (ge_src_unit *su, const char *file, const char *name, int depth)
{
  static const char *const scalars[]
    = { "bool", "byte", "complex64", "complex128", "float32", "float64",
        "int", "int8", "int16", "int32", "int64", "rune", "uint", "uint8",
        "uint16", "uint32", "uint64", NULL };
  for (int i = 0; scalars[i]; i++)
    if (strcmp (name, scalars[i]) == 0)
      return GE_SRC_TYPE_SCALAR;
  if (strcmp (name, "uintptr") == 0)
    return GE_SRC_TYPE_UINTPTR;
  struct src_file *f;
  size_t off;
  if (depth > MAX_TYPE_DEPTH || !ge_decls_type_spec (su, file, name, &f, &off))
    return GE_SRC_TYPE_POINTERS;  /* string, error, any, or unknown */
  struct lexer spec = { f, off, 0, 0 };
  return parse_type (&spec, file, depth + 1, true);
}

/* Read one type; its class if RESOLVE (else it is only skipped).
   Types of other packages are taken to hold pointers, except that
   unsafe.Pointer is one.  */
static enum ge_src_type_class
parse_type (struct lexer *lx, const char *file, int depth, bool resolve)
{
  struct tok t = ge_lex_next (lx);
  if (t.kind == T_EOF || depth > 2 * MAX_TYPE_DEPTH)
    return GE_SRC_TYPE_POINTERS;
  if (ge_lex_is (lx, t, "*") || ge_lex_is (lx, t, "..."))
    {
      parse_type (lx, file, depth + 1, false);
      return GE_SRC_TYPE_POINTERS;
    }
  if (ge_lex_is (lx, t, "("))
    {
      enum ge_src_type_class c = parse_type (lx, file, depth + 1, resolve);
      if (ge_lex_is (lx, ge_lex_peek (lx), ")"))
        ge_lex_next (lx);
      return c;
    }
  if (ge_lex_is (lx, t, "["))
    {
      bool slice = ge_lex_is (lx, ge_lex_peek (lx), "]");
      ge_lex_skip_group (lx);
      enum ge_src_type_class c
        = parse_type (lx, file, depth + 1, resolve && !slice);
      return slice ? GE_SRC_TYPE_POINTERS : without_uintptr (c);
    }
  if (ge_lex_is (lx, t, "map"))
    {
      if (ge_lex_is (lx, ge_lex_next (lx), "["))
        ge_lex_skip_group (lx);
      parse_type (lx, file, depth + 1, false);
      return GE_SRC_TYPE_POINTERS;
    }
  if (ge_lex_is (lx, t, "chan") || ge_lex_is (lx, t, "<-"))
    {
      struct tok n = ge_lex_peek (lx);
      if (ge_lex_is (lx, n, "<-") || ge_lex_is (lx, n, "chan"))
        ge_lex_next (lx);
      parse_type (lx, file, depth + 1, false);
      return GE_SRC_TYPE_POINTERS;
    }
  if (ge_lex_is (lx, t, "func"))
    {
      skip_signature (lx, file, depth);
      return GE_SRC_TYPE_POINTERS;
    }
  if (ge_lex_is (lx, t, "interface"))
    {
      if (ge_lex_is (lx, ge_lex_next (lx), "{"))
        ge_lex_skip_group (lx);
      return GE_SRC_TYPE_POINTERS;
    }
  if (ge_lex_is (lx, t, "struct"))
    {
      if (resolve)
        return parse_struct (lx, file, depth);
      if (ge_lex_is (lx, ge_lex_next (lx), "{"))
        ge_lex_skip_group (lx);
      return GE_SRC_TYPE_POINTERS;
    }
  if (t.kind != T_IDENT)
    return GE_SRC_TYPE_POINTERS;

  bool qualified = ge_lex_is (lx, ge_lex_peek (lx), ".");
  bool unsafe_pointer = false;
  if (qualified)
    {
      bool unsafe = ge_lex_is (lx, t, "unsafe");
      ge_lex_next (lx);
      struct tok n = ge_lex_next (lx);
      unsafe_pointer = unsafe && ge_lex_is (lx, n, "Pointer");
    }
  /* A generic type's arguments.  */
  struct tok n = ge_lex_peek (lx);
  if (ge_lex_is (lx, n, "[") && same_line (lx, n, t))
    {
      ge_lex_next (lx);
      ge_lex_skip_group (lx);
    }
  if (!resolve || qualified || unsafe_pointer)
    return GE_SRC_TYPE_POINTERS;
  char *name = xstrndup (lx->f->text + t.off, t.len);
  enum ge_src_type_class c = named_type (lx->f->su, file, name, depth);
  free (name);
  return c;
}

/* One entry of a parameter list, between commas.  */
struct entry
{
  struct tok first, second;
  size_t ntoks;
};

/* After "(": the entries of a parameter list, up to its ")".  */
static struct entry *
read_entries (struct lexer *lx, int *n)
{
  struct entry *v = NULL;
  int alloc = 0;
  *n = 0;
  bool fresh = true;
  for (int depth = 0;;)
    {
      struct tok t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        break;
      if (depth == 0 && ge_lex_is (lx, t, ")"))
        break;
      if (depth == 0 && ge_lex_is (lx, t, ","))
        {
          fresh = true;
          continue;
        }
      if (fresh)
        {
          struct entry *e = GE_VEC_PUSH (v, *n, alloc);
          memset (e, 0, sizeof *e);
          e->first = t;
          fresh = false;
        }
      struct entry *e = &v[*n - 1];
      if (e->ntoks++ == 1)
        e->second = t;
      depth += ge_lex_bracket (lx, t);
    }
  return v;
}

/* Whether entry E starts with a parameter's name.  */
static bool
named_entry (const struct lexer *lx, const struct entry *e)
{
  return e->ntoks >= 2 && e->first.kind == T_IDENT
         && !is_keyword_type (lx, e->first) && !ge_lex_is (lx, e->second, ".");
}

/* The parameters of a list read by read_entries into OUT.  */
static int
list_params (struct lexer *lx, const char *file, struct entry *v, int n,
             bool resolve, struct ge_src_bodiless_param **out)
{
  bool named = false;
  for (int i = 0; i < n; i++)
    named |= named_entry (lx, &v[i]);
  size_t alloc = n > 0 ? (size_t) n : 1;
  struct ge_src_bodiless_param *p = XCNEWVEC (struct ge_src_bodiless_param,
                                              alloc);
  enum ge_src_type_class c = GE_SRC_TYPE_POINTERS;
  /* "a, b T": the names before a typed entry share its type, so go
     backwards.  */
  for (int i = n - 1; i >= 0; i--)
    {
      struct entry *e = &v[i];
      if (!named || e->ntoks >= 2)
        {
          struct tok type = named ? e->second : e->first;
          struct lexer tl = { lx->f, type.off, 0, 0 };
          c = parse_type (&tl, file, 0, resolve);
          p[i].variadic = i == n - 1 && ge_lex_is (lx, type, "...");
        }
      p[i].cls = c;
      if (named)
        p[i].name = xstrndup (lx->f->text + e->first.off, e->first.len);
      /* gc places a parameter at its name, an unnamed one at its type.  */
      ge_lex_pos_of (lx->f, e->first.off, &p[i].line, &p[i].col);
    }
  *out = p;
  return n;
}

/* Whether a //go:DIRECTIVE line is among the comments just above LINE.  */
static bool
directive_above (struct src_file *f, int line, const char *directive)
{
  size_t dl = strlen (directive);
  for (int l = line - 1; l >= 1; l--)
    {
      const char *s = f->text + f->lines[l - 1];
      while (*s == ' ' || *s == '\t')
        s++;
      if (*s == '\n' || *s == '\0')
        continue;
      if (s[0] != '/' || s[1] != '/')
        return false;
      if (strncmp (s, directive, dl) == 0
          && (s[dl] == '\n' || ISSPACE (s[dl]) || s[dl] == '\0'))
        return true;
    }
  return false;
}

/* The target of a "//go:linkname NAME TARGET" line of F, or NULL.  */
static char *
linkname_of (struct src_file *f, const char *name)
{
  static const char directive[] = "//go:linkname ";
  size_t nl = strlen (name);
  for (int l = 0; l < f->nlines; l++)
    {
      const char *s = f->text + f->lines[l];
      if (strncmp (s, directive, sizeof directive - 1) != 0)
        continue;
      s += sizeof directive - 1;
      while (*s == ' ')
        s++;
      if (strncmp (s, name, nl) != 0 || s[nl] != ' ')
        continue;
      s += nl;
      while (*s == ' ')
        s++;
      const char *e = s;
      while (*e && !ISSPACE (*e))
        e++;
      return e > s ? xstrndup (s, e - s) : NULL;
    }
  return NULL;
}

static void
clear (struct ge_src_bodiless *d)
{
  for (int j = 0; j < d->nparams; j++)
    free (d->params[j].name);
  free (d->params);
  for (int j = 0; d->result_names && j < d->nresults; j++)
    free (d->result_names[j]);
  free (d->result_names);
  free (d->name);
  free (d->linkname);
}

/* After a function's name: whether a body follows its signature; reads
   the parameters (their types' classes if RESOLVE) and counts the
   results on the way.  */
static bool
read_signature (struct lexer *lx, const char *file,
                struct ge_src_bodiless *d, bool resolve)
{
  struct tok t = ge_lex_next (lx);
  if (ge_lex_is (lx, t, "["))
    {
      ge_lex_skip_group (lx);  /* type parameters */
      t = ge_lex_next (lx);
    }
  if (!ge_lex_is (lx, t, "("))
    return true;
  int n;
  struct entry *v = read_entries (lx, &n);
  d->nparams = list_params (lx, file, v, n, resolve, &d->params);
  free (v);
  int line = ge_lex_line_of (lx->f, lx->off - 1);
  t = ge_lex_peek (lx);
  if (t.kind != T_EOF && ge_lex_line_of (lx->f, t.off) == line)
    {
      if (ge_lex_is (lx, t, "("))
        {
          ge_lex_next (lx);
          v = read_entries (lx, &n);
          d->nresults = n;
          bool named = false;
          for (int i = 0; i < n; i++)
            named |= named_entry (lx, &v[i]);
          d->result_names = XCNEWVEC (char *, n + 1);
          for (int i = 0; named && i < n; i++)
            d->result_names[i] = xstrndup (lx->f->text + v[i].first.off,
                                           v[i].first.len);
          free (v);
        }
      else if (type_start (lx, t))
        {
          parse_type (lx, file, 0, false);
          d->nresults = 1;
        }
    }
  return ge_lex_is (lx, ge_lex_peek (lx), "{");
}

struct ge_src_bodiless *
ge_src_bodiless_funcs (ge_src_unit *su, const char *file, int *n)
{
  struct ge_src_bodiless *v = NULL;
  int alloc = 0;
  *n = 0;
  struct src_file *f = ge_lex_load (su, file);
  if (!f || !f->text)
    return NULL;
  struct lexer lx = { f, 0, 0, 0 };
  int depth = 0;
  for (struct tok t = ge_lex_next (&lx); t.kind != T_EOF;
       t = ge_lex_next (&lx))
    {
      depth += ge_lex_bracket (&lx, t);
      if (depth != 0 || !ge_lex_is (&lx, t, "func"))
        continue;
      struct tok name = ge_lex_peek (&lx);
      if (name.kind != T_IDENT)
        continue;  /* a method or a literal */
      ge_lex_next (&lx);
      struct ge_src_bodiless d;
      memset (&d, 0, sizeof d);
      /* Almost every function has a body: only skim its signature
         (classifying parameter types can index other packages).  */
      struct lexer sig = lx;
      if (read_signature (&lx, file, &d, false))
        {
          clear (&d);
          continue;
        }
      clear (&d);
      memset (&d, 0, sizeof d);
      lx = sig;
      read_signature (&lx, file, &d, true);
      d.name = xstrndup (f->text + name.off, name.len);
      ge_lex_pos_of (f, name.off, &d.line, &d.col);
      int func_line = ge_lex_line_of (lx.f, t.off);
      d.noescape = directive_above (f, func_line, "//go:noescape");
      d.linkname = linkname_of (f, d.name);
      *GE_VEC_PUSH (v, *n, alloc) = d;
    }
  return v;
}

void
ge_src_bodiless_free (struct ge_src_bodiless *v, int n)
{
  for (int i = 0; i < n; i++)
    clear (&v[i]);
  free (v);
}

bool
ge_src_signature_classes (ge_src_unit *su, const char *file, int line,
                          int col, struct ge_src_bodiless *d)
{
  memset (d, 0, sizeof *d);
  struct src_file *f = ge_lex_load (su, file);
  long off = f ? ge_lex_offset_of (f, line, col) : -1;
  if (off < 0)
    return false;
  struct lexer lx = { f, (size_t) off, 0, 0 };
  struct tok name = ge_lex_next (&lx);
  if (name.kind != T_IDENT || name.off != (size_t) off)
    return false;
  read_signature (&lx, file, d, true);
  d->name = xstrndup (f->text + name.off, name.len);
  d->line = line;
  d->col = col;
  return true;
}

void
ge_src_signature_classes_free (struct ge_src_bodiless *d)
{
  clear (d);
}
