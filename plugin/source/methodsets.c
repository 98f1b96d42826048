/* goescape: the package's named types and methods (see
   goescape/source/methodsets.h).  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "goescape/source/methodsets.h"
#include "goescape/vec.h"
#include "lexer.h"
#include "unit.h"

static char *
text_of (const struct lexer *lx, struct tok t)
{
  return xstrndup (lx->f->text + t.off, t.len);
}

/* Whether a line break between PREV and T ends what PREV ends (Go's
   semicolon insertion).  */
static bool
breaks (struct lexer *lx, struct tok prev, struct tok t)
{
  return prev.kind != T_EOF && ge_lex_ends_line (lx, prev)
         && ge_lex_line_of (lx->f, prev.off) != ge_lex_line_of (lx->f, t.off);
}

/* The tokens of one entry of a struct or interface body, or of one
   type specification: up to its end at bracket depth 0 (a ";", a line
   break after a token that ends a line, or the closing bracket of what
   holds it, which is left unread).  At most MAX kept in V.  */
static int
read_entry (struct lexer *lx, struct tok *v, int max, bool *closed)
{
  int n = 0, depth = 0;
  struct tok prev = { T_EOF, 0, 0 };
  *closed = false;
  for (;;)
    {
      struct tok t = ge_lex_peek (lx);
      if (t.kind == T_EOF)
        {
          *closed = true;
          break;
        }
      if (depth == 0)
        {
          if (ge_lex_bracket (lx, t) < 0)
            {
              *closed = true;
              break;
            }
          if (ge_lex_is (lx, t, ";"))
            {
              ge_lex_next (lx);
              break;
            }
          if (n > 0 && breaks (lx, prev, t))
            break;
        }
      ge_lex_next (lx);
      depth += ge_lex_bracket (lx, t);
      if (n < max)
        v[n] = t;
      n++;
      prev = t;
    }
  return n < max ? n : max;
}

/* Whether the entry V[0..N) is a type's name alone, "T", "*T", "pkg.T",
   "*pkg.T" (a string tag after it aside); into E.  */
static bool
type_name_entry (struct lexer *lx, const struct tok *v, int n,
                 struct ge_src_embed *e)
{
  if (n > 0 && v[n - 1].kind == T_LIT)
    n--;  /* the tag */
  int i = 0;
  bool ptr = n > 0 && ge_lex_is (lx, v[0], "*");
  if (ptr)
    i++;
  if (n - i == 1 && v[i].kind == T_IDENT)
    {
      e->pkg = NULL;
      e->type = text_of (lx, v[i]);
    }
  else if (n - i == 3 && v[i].kind == T_IDENT && ge_lex_is (lx, v[i + 1], ".")
           && v[i + 2].kind == T_IDENT)
    {
      e->pkg = text_of (lx, v[i]);
      e->type = text_of (lx, v[i + 2]);
    }
  else
    return false;
  e->ptr = ptr;
  return true;
}

/* Whether a type starting with T is pointer-shaped (gc's IsDirectIface
   of a struct's only field): a pointer, map, channel, function or
   unsafe.Pointer.  */
static bool
pointer_shaped (struct lexer *lx, const struct tok *v, int n)
{
  if (n == 0)
    return false;
  if (ge_lex_is (lx, v[0], "*") || ge_lex_is (lx, v[0], "map")
      || ge_lex_is (lx, v[0], "chan") || ge_lex_is (lx, v[0], "func"))
    return true;
  return n >= 3 && ge_lex_is (lx, v[0], "unsafe") && ge_lex_is (lx, v[2], "Pointer");
}

#define MAX_ENTRY 64

/* Add to *REFS the unqualified type names among the tokens V[0..N): a
   name neither before nor after a dot, nor a keyword.  */
static void
add_refs (struct lexer *lx, const struct tok *v, int n, char ***refs,
          int *nrefs, int *alloc)
{
  /* Keywords, and the predeclared types (no type of the package).  */
  static const char *const keywords[]
    = { "struct", "interface", "map", "chan", "func", "any", "bool",
        "byte", "complex64", "complex128", "error", "float32", "float64",
        "int", "int8", "int16", "int32", "int64", "rune", "string", "uint",
        "uint8", "uint16", "uint32", "uint64", "uintptr", NULL };
  for (int i = 0; i < n; i++)
    {
      if (v[i].kind != T_IDENT || (i > 0 && ge_lex_is (lx, v[i - 1], "."))
          || (i + 1 < n && ge_lex_is (lx, v[i + 1], ".")))
        continue;
      bool kw = false;
      for (int k = 0; keywords[k]; k++)
        kw |= ge_lex_is (lx, v[i], keywords[k]);
      /* A parameter's name: a type follows it ("x T", "p *T").  */
      if (i + 1 < n
          && (v[i + 1].kind == T_IDENT || ge_lex_is (lx, v[i + 1], "*")
              || ge_lex_is (lx, v[i + 1], "[")
              || ge_lex_is (lx, v[i + 1], "...")
              || ge_lex_is (lx, v[i + 1], "<-")))
        kw = true;
      if (!kw)
        *GE_VEC_PUSH (*refs, *nrefs, *alloc) = text_of (lx, v[i]);
    }
}

/* The struct types written inside others' fields ("Version *struct {
   Common; ... }"), which gc writes runtime types, and so wrappers, for
   too: collected apart (the declarations being read point into the
   package's vector), named "struct{N}" (no Go name has braces).  */
struct anons
{
  struct ge_src_type_decl *v;
  int n, alloc;
  char **keys;   /* each one's tokens: identical struct types are one */
  int nkeys, keys_alloc;
};

/* The tokens from FROM to END, joined by spaces.  */
static char *
tokens_key (struct lexer *lx, size_t from, size_t end)
{
  struct lexer sub = { lx->f, from, 0, 0 };
  size_t cap = 64, len = 0;
  char *k = XNEWVEC (char, cap);
  for (;;)
    {
      struct tok t = ge_lex_next (&sub);
      if (t.kind == T_EOF || t.off >= end)
        break;
      if (len + t.len + 2 > cap)
        {
          cap = 2 * (len + t.len + 2);
          k = XRESIZEVEC (char, k, cap);
        }
      memcpy (k + len, lx->f->text + t.off, t.len);
      len += t.len;
      k[len++] = ' ';
    }
  k[len] = '\0';
  return k;
}

static void read_struct (struct lexer *lx, struct ge_src_type_decl *d,
                         struct anons *an);
static void clear_decl (struct ge_src_type_decl *d);
static void free_refs (char **refs, int n);

/* The type names of a field's type from FROM to END into D's refs,
   reading the struct types it holds as types of their own.  */
static void
type_refs (struct lexer *lx, size_t from, size_t end,
           struct ge_src_type_decl *d, int *ralloc, struct anons *an)
{
  struct lexer sub = { lx->f, from, 0, 0 };
  struct tok v[MAX_ENTRY];
  int n = 0;
  while (sub.off < end)
    {
      struct tok t = ge_lex_next (&sub);
      if (t.kind == T_EOF || t.off >= end)
        break;
      if (ge_lex_is (&sub, t, "struct")
          && ge_lex_is (&sub, ge_lex_peek (&sub), "{"))
        {
          add_refs (lx, v, n, &d->refs, &d->nrefs, ralloc);
          n = 0;
          ge_lex_next (&sub);
          size_t body = sub.off;
          struct ge_src_type_decl a;
          memset (&a, 0, sizeof a);
          a.kind = GE_SRC_TYPE_STRUCT;
          a.anonymous = true;
          read_struct (&sub, &a, an);
          char *key = tokens_key (lx, body, sub.off);
          int same = -1;
          for (int k = 0; k < an->nkeys && same < 0; k++)
            if (strcmp (an->keys[k], key) == 0)
              same = k;
          if (same >= 0)
            {
              free (key);
              *GE_VEC_PUSH (d->refs, d->nrefs, *ralloc)
                = xstrdup (an->v[same].name);
              clear_decl (&a);
            }
          else
            {
              a.name = xasprintf ("struct{%d}", an->n);
              *GE_VEC_PUSH (d->refs, d->nrefs, *ralloc) = xstrdup (a.name);
              *GE_VEC_PUSH (an->v, an->n, an->alloc) = a;
              *GE_VEC_PUSH (an->keys, an->nkeys, an->keys_alloc) = key;
            }
          continue;
        }
      if (n < MAX_ENTRY)
        v[n++] = t;
    }
  add_refs (lx, v, n, &d->refs, &d->nrefs, ralloc);
}

/* After "struct {": its fields.  */
static void
read_struct (struct lexer *lx, struct ge_src_type_decl *d, struct anons *an)
{
  int ealloc = 0, falloc = 0, ralloc = 0;
  bool one_pointer = false;
  for (;;)
    {
      struct tok v[MAX_ENTRY];
      bool closed;
      int n = read_entry (lx, v, MAX_ENTRY, &closed);
      if (n > 0)
        {
          struct ge_src_embed e;
          if (type_name_entry (lx, v, n, &e))
            {
              *GE_VEC_PUSH (d->embeds, d->nembeds, ealloc) = e;
              *GE_VEC_PUSH (d->fields, d->nfields, falloc) = xstrdup (e.type);
              one_pointer = e.ptr;
              add_refs (lx, v, n, &d->refs, &d->nrefs, &ralloc);
            }
          else
            {
              /* "a, b T": the names, then the type.  */
              int i = 0, names = 0;
              while (i < n && v[i].kind == T_IDENT)
                {
                  *GE_VEC_PUSH (d->fields, d->nfields, falloc)
                    = text_of (lx, v[i]);
                  names++;
                  i++;
                  if (i < n && ge_lex_is (lx, v[i], ","))
                    i++;
                  else
                    break;
                }
              one_pointer = names == 1 && pointer_shaped (lx, v + i, n - i);
              if (i < n)
                type_refs (lx, v[i].off, lx->off, d, &ralloc, an);
            }
        }
      if (closed)
        break;
    }
  ge_lex_next (lx);  /* "}" */
  d->direct_iface = d->nfields == 1 && one_pointer;
}

/* After "interface {": its methods and embedded interfaces.  */
static void
read_interface (struct lexer *lx, const char *file,
                struct ge_src_type_decl *d)
{
  int malloc_ = 0, ealloc = 0;
  for (;;)
    {
      struct tok v[MAX_ENTRY];
      bool closed;
      int n = read_entry (lx, v, MAX_ENTRY, &closed);
      struct ge_src_embed e;
      if (n >= 2 && v[0].kind == T_IDENT && ge_lex_is (lx, v[1], "("))
        {
          struct ge_src_imethod *m
            = GE_VEC_PUSH (d->imethods, d->nimethods, malloc_);
          m->name = text_of (lx, v[0]);
          m->file = file;
          ge_lex_pos_of (lx->f, v[0].off, &m->line, &m->col);
          m->refs = NULL;
          m->nrefs = 0;
          int ralloc = 0;
          add_refs (lx, v + 1, n - 1, &m->refs, &m->nrefs, &ralloc);
        }
      else if (n > 0 && type_name_entry (lx, v, n, &e))
        {
          if (e.ptr)
            {
              free (e.pkg);
              free (e.type);
            }
          else
            *GE_VEC_PUSH (d->embeds, d->nembeds, ealloc) = e;
        }
      if (closed)
        break;
    }
  ge_lex_next (lx);  /* "}" */
}

/* Whether the brackets after a type's name hold type parameters
   ("[T any]", "[K comparable, V any]") rather than an array's length
   ("[4]", "[N]").  */
static bool
type_params (struct lexer *lx)
{
  struct lexer p = *lx;
  struct tok a = ge_lex_next (&p), b = ge_lex_next (&p);
  return a.kind == T_IDENT
         && (b.kind == T_IDENT || ge_lex_is (&p, b, "interface")
             || ge_lex_is (&p, b, "~") || ge_lex_is (&p, b, ",")
             || ge_lex_is (&p, b, "*") || ge_lex_is (&p, b, "["));
}

/* Skip the rest of a type specification.  */
static void
skip_spec (struct lexer *lx)
{
  struct tok v[1];
  bool closed;
  read_entry (lx, v, 1, &closed);
}

/* After "type": one specification, into PT (unless an alias or
   generic).  */
static void
read_spec (struct lexer *lx, const char *file,
           struct ge_src_package_types *pt, int *alloc, struct anons *an)
{
  struct tok name = ge_lex_next (lx);
  if (name.kind != T_IDENT)
    return;
  struct tok t = ge_lex_peek (lx);
  if (ge_lex_is (lx, t, "="))
    {
      skip_spec (lx);  /* an alias */
      return;
    }
  if (ge_lex_is (lx, t, "["))
    {
      ge_lex_next (lx);
      bool generic = type_params (lx);
      ge_lex_skip_group (lx);
      skip_spec (lx);
      if (generic)
        return;
      struct ge_src_type_decl *d = GE_VEC_PUSH (pt->types, pt->ntypes, *alloc);
      memset (d, 0, sizeof *d);
      d->name = text_of (lx, name);
      d->kind = GE_SRC_TYPE_OTHER;  /* an array type */
      return;
    }
  struct ge_src_type_decl *d = GE_VEC_PUSH (pt->types, pt->ntypes, *alloc);
  memset (d, 0, sizeof *d);
  d->name = text_of (lx, name);
  struct lexer at = *lx;
  struct tok a = ge_lex_next (&at), b = ge_lex_next (&at);
  if (ge_lex_is (lx, a, "struct") && ge_lex_is (lx, b, "{"))
    {
      *lx = at;
      d->kind = GE_SRC_TYPE_STRUCT;
      read_struct (lx, d, an);
      return;
    }
  if (ge_lex_is (lx, a, "interface") && ge_lex_is (lx, b, "{"))
    {
      *lx = at;
      d->kind = GE_SRC_TYPE_INTERFACE;
      read_interface (lx, file, d);
      return;
    }
  struct tok v[MAX_ENTRY];
  bool closed;
  int n = read_entry (lx, v, MAX_ENTRY, &closed);
  int ralloc = 0;
  add_refs (lx, v, n, &d->refs, &d->nrefs, &ralloc);
  struct ge_src_embed e;
  if (type_name_entry (lx, v, n, &e) && !e.ptr)
    {
      d->kind = GE_SRC_TYPE_DEFINED;
      d->def_pkg = e.pkg;
      d->def_type = e.type;
    }
  else
    {
      if (n > 0 && type_name_entry (lx, v, n, &e))
        {
          free (e.pkg);
          free (e.type);
        }
      d->kind = GE_SRC_TYPE_OTHER;
      d->direct_iface = pointer_shaped (lx, v, n);
    }
}

/* After "func (": a method's receiver and name, into PT.  */
static void
read_method (struct lexer *lx, const char *file,
             struct ge_src_package_types *pt, int *alloc)
{
  struct tok type = { T_EOF, 0, 0 };
  bool ptr = false, generic = false;
  for (int depth = 0;;)
    {
      struct tok t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        return;
      if (depth == 0 && ge_lex_is (lx, t, ")"))
        break;
      if (ge_lex_is (lx, t, "["))
        generic = true;
      if (depth == 0 && ge_lex_is (lx, t, "*"))
        ptr = true;
      else if (depth == 0 && t.kind == T_IDENT)
        type = t;
      depth += ge_lex_bracket (lx, t);
    }
  struct tok name = ge_lex_next (lx);
  if (generic || type.kind != T_IDENT || name.kind != T_IDENT
      || !ge_lex_is (lx, ge_lex_peek (lx), "("))
    return;
  struct ge_src_method_decl *m = GE_VEC_PUSH (pt->methods, pt->nmethods,
                                              *alloc);
  m->type = text_of (lx, type);
  m->ptr = ptr;
  m->name = text_of (lx, name);
  m->file = file;
  ge_lex_pos_of (lx->f, name.off, &m->line, &m->col);
  /* The signature's tokens, up to the body.  */
  struct tok v[MAX_ENTRY];
  int n = 0;
  struct lexer sig = *lx;
  for (int depth = 0; n < MAX_ENTRY;)
    {
      struct tok t = ge_lex_next (&sig);
      if (t.kind == T_EOF || (depth == 0 && ge_lex_is (&sig, t, "{"))
          || ge_lex_is (&sig, t, "func"))
        break;
      depth += ge_lex_bracket (&sig, t);
      v[n++] = t;
    }
  m->refs = NULL;
  m->nrefs = 0;
  int ralloc = 0;
  add_refs (lx, v, n, &m->refs, &m->nrefs, &ralloc);
}

static void
scan_file (ge_src_unit *su, const char *file, struct ge_src_package_types *pt,
           int *talloc, int *malloc_, struct anons *an)
{
  struct src_file *f = ge_lex_load (su, file);
  if (!f || !f->text)
    return;
  struct lexer lx = { f, 0, 0, 0 };
  int depth = 0;
  for (struct tok t = ge_lex_next (&lx); t.kind != T_EOF;
       t = ge_lex_next (&lx))
    {
      if (depth == 0 && ge_lex_is (&lx, t, "type"))
        {
          if (ge_lex_is (&lx, ge_lex_peek (&lx), "("))
            {
              ge_lex_next (&lx);
              while (ge_lex_peek (&lx).kind != T_EOF
                     && !ge_lex_is (&lx, ge_lex_peek (&lx), ")"))
                {
                  size_t before = lx.off;
                  read_spec (&lx, file, pt, talloc, an);
                  if (ge_lex_is (&lx, ge_lex_peek (&lx), ";"))
                    ge_lex_next (&lx);
                  if (lx.off == before)
                    ge_lex_next (&lx);  /* never stall */
                }
              ge_lex_next (&lx);  /* ")" */
            }
          else
            read_spec (&lx, file, pt, talloc, an);
          continue;
        }
      if (depth == 0 && ge_lex_is (&lx, t, "func")
          && ge_lex_is (&lx, ge_lex_peek (&lx), "("))
        {
          ge_lex_next (&lx);
          read_method (&lx, file, pt, malloc_);
          continue;
        }
      depth += ge_lex_bracket (&lx, t);
    }
}

struct ge_src_package_types *
ge_src_package_types (ge_src_unit *su)
{
  struct ge_src_package_types *pt = XCNEW (struct ge_src_package_types);
  int talloc = 0, malloc_ = 0;
  struct anons an = { NULL, 0, 0, NULL, 0, 0 };
  for (int i = 0; i < su->npackage_files; i++)
    scan_file (su, su->package_files[i], pt, &talloc, &malloc_, &an);
  for (int i = 0; i < an.n; i++)
    *GE_VEC_PUSH (pt->types, pt->ntypes, talloc) = an.v[i];
  free (an.v);
  free_refs (an.keys, an.nkeys);
  return pt;
}

static void
free_refs (char **refs, int n)
{
  for (int i = 0; i < n; i++)
    free (refs[i]);
  free (refs);
}

void
ge_src_package_types_free (struct ge_src_package_types *pt)
{
  if (!pt)
    return;
  for (int i = 0; i < pt->ntypes; i++)
    clear_decl (&pt->types[i]);
  free (pt->types);
  for (int i = 0; i < pt->nmethods; i++)
    {
      free (pt->methods[i].type);
      free (pt->methods[i].name);
      free_refs (pt->methods[i].refs, pt->methods[i].nrefs);
    }
  free (pt->methods);
  free (pt);
}

static void
clear_decl (struct ge_src_type_decl *d)
{
  free (d->name);
  free (d->def_pkg);
  free (d->def_type);
  for (int j = 0; j < d->nembeds; j++)
    {
      free (d->embeds[j].pkg);
      free (d->embeds[j].type);
    }
  free (d->embeds);
  free_refs (d->fields, d->nfields);
  for (int j = 0; j < d->nimethods; j++)
    {
      free (d->imethods[j].name);
      free_refs (d->imethods[j].refs, d->imethods[j].nrefs);
    }
  free (d->imethods);
  free_refs (d->refs, d->nrefs);
}
