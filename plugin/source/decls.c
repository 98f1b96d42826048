/* goescape: the names a Go package declares as constants, types and
   methods, and the package names a file imports, read from the source.

   gc's positions for interface conversions depend on whether an operand
   is a constant and whether a called name is a type (noder's base.Pos
   rules, see convsite.c).  The source says so: a package's files are in
   one directory, and constants and types are declared by keyword.  */

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "decls.h"
#include "lexer.h"
#include "unit.h"
#include "goescape/vec.h"

/* A constant or type declared inside a function: in scope from its
   declaration to the end of its block.  */
struct local_decl
{
  char *name;
  struct src_file *f;
  size_t from, block;  /* the declaration; its block's "{" */
  bool is_const;
};

/* Where a package-level type's specification starts (after its name).  */
struct type_spec
{
  char *name;
  struct src_file *f;
  size_t off;
  bool alias;  /* "type A = T": OFF is T's */
};

struct decls
{
  char *dir;
  htab_t consts, types;             /* package level */
  htab_t specs;                     /* struct type_spec by name */
  htab_t ptr_methods, val_methods;  /* "T.M" by receiver kind */
  htab_t funcs;                     /* package-level functions */
  struct local_decl *locals;
  size_t nlocals, locals_alloc;
};

static hashval_t
decls_hash (const void *p)
{
  return htab_hash_string (((const struct decls *) p)->dir);
}

static int
decls_eq (const void *a, const void *b)
{
  return strcmp (((const struct decls *) a)->dir,
                 ((const struct decls *) b)->dir) == 0;
}

static void
decls_del (void *p)
{
  struct decls *d = (struct decls *) p;
  htab_delete (d->consts);
  htab_delete (d->types);
  htab_delete (d->ptr_methods);
  htab_delete (d->val_methods);
  htab_delete (d->funcs);
  htab_delete (d->specs);
  for (size_t i = 0; i < d->nlocals; i++)
    free (d->locals[i].name);
  free (d->locals);
  free (d->dir);
  free (d);
}

static htab_t
name_set (void)
{
  return htab_create_alloc (64, htab_hash_string, htab_eq_string, free,
                            xcalloc, free);
}

static void
add_name (htab_t set, struct lexer *lx, struct tok t)
{
  char *s = xstrndup (lx->f->text + t.off, t.len);
  void **slot = htab_find_slot (set, s, INSERT);
  if (*slot)
    free (s);
  else
    *slot = s;
}

/* Specs hash by name; a lookup key may be a pointer to the name.  */
static hashval_t
spec_hash (const void *p)
{
  return htab_hash_string (*(const char *const *) p);
}

static int
spec_eq (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b) == 0;
}

static void
spec_del (void *p)
{
  struct type_spec *ts = (struct type_spec *) p;
  free (ts->name);
  free (ts);
}

/* Record that the type named by T is specified from the lexer's offset
   on, past the "=" of an alias (the first declaration wins, as build
   tags may give several).  */
static void
add_spec (htab_t specs, struct lexer *lx, struct tok t)
{
  if (!specs)
    return;
  struct type_spec key = { xstrndup (lx->f->text + t.off, t.len), NULL, 0,
                           false };
  void **slot = htab_find_slot (specs, &key, INSERT);
  if (*slot)
    {
      free (key.name);
      return;
    }
  struct type_spec *ts = XNEW (struct type_spec);
  *ts = key;
  ts->f = lx->f;
  ts->off = lx->off;
  /* An alias "type A = T" is specified by T.  */
  struct lexer after = *lx;
  if (ge_lex_is (&after, ge_lex_next (&after), "="))
    {
      ts->off = after.off;
      ts->alias = true;
    }
  *slot = ts;
}

/* After "const" or "type": one spec, or a parenthesized block of them
   whose lines start with the declared names.  Types' specifications go
   into SPECS when not NULL.  */
static void
scan_decl (struct lexer *lx, htab_t set, htab_t specs, bool is_const)
{
  struct tok t = ge_lex_next (lx);
  if (!ge_lex_is (lx, t, "("))
    {
      while (t.kind == T_IDENT)
        {
          add_name (set, lx, t);
          add_spec (specs, lx, t);
          if (!is_const)
            return;
          struct tok c = ge_lex_next (lx);
          if (!ge_lex_is (lx, c, ","))
            return;
          t = ge_lex_next (lx);
        }
      return;
    }
  int depth = 1, last_line = ge_lex_line_of (lx->f, t.off);
  bool at_start = false;
  while (depth > 0)
    {
      t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        return;
      int l = ge_lex_line_of (lx->f, t.off);
      if (l != last_line)
        at_start = depth == 1;
      last_line = l;
      if (ge_lex_is (lx, t, "(") || ge_lex_is (lx, t, "{")
          || ge_lex_is (lx, t, "["))
        depth++, at_start = false;
      else if (ge_lex_is (lx, t, ")") || ge_lex_is (lx, t, "}")
               || ge_lex_is (lx, t, "]"))
        depth--, at_start = false;
      else if (at_start && t.kind == T_IDENT)
        {
          add_name (set, lx, t);
          add_spec (specs, lx, t);
          /* "A, B = 1, 2" declares both.  */
          at_start = is_const;
        }
      else if (!ge_lex_is (lx, t, ","))
        at_start = false;
    }
}

/* After "func": a method's receiver "(r *T)" or "(T)" and its name go
   into D's method sets; a function or a literal adds nothing.  */
static void
scan_method (struct decls *d, struct lexer *lx)
{
  size_t start = lx->off;
  struct tok t = ge_lex_next (lx);
  if (t.kind == T_IDENT)
    {
      /* func print(...): the package's print, not the builtin.  */
      char *name = xstrndup (lx->f->text + t.off, t.len);
      void **slot = htab_find_slot (d->funcs, name, INSERT);
      if (*slot)
        free (name);
      else
        *slot = name;
      goto done;
    }
  if (!ge_lex_is (lx, t, "("))
    goto done;
  bool ptr = false;
  struct tok type = { T_EOF, 0, 0 };
  for (int depth = 0;;)
    {
      t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        goto done;
      if (depth == 0 && ge_lex_is (lx, t, ")"))
        break;
      if (ge_lex_is (lx, t, "(") || ge_lex_is (lx, t, "["))
        depth++;
      else if (ge_lex_is (lx, t, ")") || ge_lex_is (lx, t, "]"))
        depth--;
      else if (depth == 0 && ge_lex_is (lx, t, "*"))
        ptr = true;
      else if (depth == 0 && t.kind == T_IDENT)
        type = t;
    }
  struct tok name = ge_lex_next (lx);
  struct tok paren = ge_lex_next (lx);
  if (type.kind != T_IDENT || name.kind != T_IDENT
      || !ge_lex_is (lx, paren, "("))
    goto done;
  /* TYPE.NAME, built by hand: xasprintf sizes its buffer with the
     strlen of every string argument, here the rest of the file.  */
  char *key = XNEWVEC (char, type.len + name.len + 2);
  memcpy (key, lx->f->text + type.off, type.len);
  key[type.len] = '.';
  memcpy (key + type.len + 1, lx->f->text + name.off, name.len);
  key[type.len + 1 + name.len] = '\0';
  void **slot = htab_find_slot (ptr ? d->ptr_methods : d->val_methods, key,
                                INSERT);
  if (*slot)
    free (key);
  else
    *slot = key;
done:
  /* Rescan what followed "func": a literal's body may hold more.  */
  lx->off = start;
}

/* What add_local records a local declaration with.  */
struct local_scope
{
  struct decls *d;
  struct src_file *f;
  size_t from, block;
  bool is_const;
};

static int
add_local (void **slot, void *data)
{
  struct local_scope *sc = (struct local_scope *) data;
  struct decls *d = sc->d;
  struct local_decl *l = GE_VEC_PUSH (d->locals, d->nlocals, d->locals_alloc);
  l->name = xstrdup ((const char *) *slot);
  l->f = sc->f;
  l->from = sc->from;
  l->block = sc->block;
  l->is_const = sc->is_const;
  return 1;
}

/* The names a local "const" or "type" declares (scanned into a scratch
   set), recorded with their block.  */
static void
add_locals (struct decls *d, htab_t set, struct src_file *f, size_t from,
            size_t block, bool is_const)
{
  struct local_scope sc = { d, f, from, block, is_const };
  htab_traverse_noresize (set, add_local, &sc);
}

static void
scan_file (ge_src_unit *su, struct decls *d, const char *path)
{
  struct src_file *f = ge_lex_load (su, path);
  if (!f)
    return;
  struct lexer lx = { f, 0, 0, 0 };
  size_t *open = NULL;  /* offsets of the enclosing "{"s */
  size_t depth = 0, open_alloc = 0;
  for (;;)
    {
      struct tok t = ge_lex_next (&lx);
      if (t.kind == T_EOF)
        break;
      bool is_const = ge_lex_is (&lx, t, "const");
      if (is_const || ge_lex_is (&lx, t, "type"))
        {
          if (depth == 0)
            scan_decl (&lx, is_const ? d->consts : d->types,
                       is_const ? NULL : d->specs, is_const);
          else
            {
              htab_t set = name_set ();
              scan_decl (&lx, set, NULL, is_const);
              add_locals (d, set, f, t.off, open[depth - 1], is_const);
              htab_delete (set);
            }
        }
      else if (ge_lex_is (&lx, t, "func") && depth == 0)
        scan_method (d, &lx);
      else if (ge_lex_is (&lx, t, "{"))
        {
          *GE_VEC_PUSH (open, depth, open_alloc) = t.off;
        }
      else if (ge_lex_is (&lx, t, "}") && depth > 0)
        depth--;
    }
  free (open);
}

/* Whether OFF in F lies in the block whose "{" is at BLOCK.  */
static bool
in_block (struct src_file *f, size_t block, size_t off)
{
  if (off <= block)
    return false;
  struct lexer lx = { f, block, 0, 0 };
  int depth = 0;
  for (struct tok t = ge_lex_next (&lx); t.kind != T_EOF; t = ge_lex_next (&lx))
    {
      if (ge_lex_is (&lx, t, "{"))
        depth++;
      else if (ge_lex_is (&lx, t, "}") && --depth == 0)
        return off < t.off;
    }
  return true;
}

/* Whether a local constant (IS_CONST) or type NAME is in scope at OFF
   of FILE.  */
static bool
local_in_scope (ge_src_unit *su, struct decls *d, const char *file,
                size_t off, const char *name, bool is_const)
{
  struct src_file *f = ge_lex_load (su, file);
  for (size_t i = 0; i < d->nlocals; i++)
    {
      struct local_decl *l = &d->locals[i];
      if (l->f == f && l->is_const == is_const && l->from < off
          && strcmp (l->name, name) == 0 && in_block (f, l->block, off))
        return true;
    }
  return false;
}

static struct decls *
decls_for (ge_src_unit *su, const char *file)
{
  /* The package being compiled is its files; another is its
     directory.  */
  bool package = ge_src_unit_has_file (su, file);
  const char *slash = strrchr (file, '/');
  char *dir = package ? xstrdup ("") /* not a directory name */
              : slash ? xstrndup (file, slash - file) : xstrdup (".");
  if (!su->decls_by_dir)
    su->decls_by_dir = htab_create_alloc (8, decls_hash, decls_eq, decls_del,
                                          xcalloc, free);
  struct decls key = { dir, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0 };
  void **slot = htab_find_slot (su->decls_by_dir, &key, INSERT);
  if (*slot)
    {
      free (dir);
      return (struct decls *) *slot;
    }
  struct decls *d = XCNEW (struct decls);
  d->dir = dir;
  d->consts = name_set ();
  d->types = name_set ();
  d->ptr_methods = name_set ();
  d->val_methods = name_set ();
  d->funcs = name_set ();
  d->specs = htab_create_alloc (64, spec_hash, spec_eq, spec_del, xcalloc,
                                free);
  *slot = d;
  if (package)
    {
      for (int i = 0; i < su->npackage_files; i++)
        scan_file (su, d, su->package_files[i]);
      return d;
    }
  /* The package's other files, then FILE itself (which may be elsewhere
     or not end in .go).  */
  DIR *dh = opendir (dir);
  if (dh)
    {
      struct dirent *e;
      while ((e = readdir (dh)) != NULL)
        {
          size_t n = strlen (e->d_name);
          if (n > 3 && strcmp (e->d_name + n - 3, ".go") == 0
              && (n < 8 || strcmp (e->d_name + n - 8, "_test.go") != 0))
            {
              char *path = concat (dir, "/", e->d_name, NULL);
              scan_file (su, d, path);
              free (path);
            }
        }
      closedir (dh);
    }
  scan_file (su, d, file);
  return d;
}

static bool
in_list (const char *name, const char *const *list)
{
  for (int i = 0; list[i]; i++)
    if (strcmp (name, list[i]) == 0)
      return true;
  return false;
}

static enum ge_type_kind type_kind (ge_src_unit *su, struct src_file *f,
                                   size_t off, const char *name, int depth);

bool
ge_decls_is_const (ge_src_unit *su, const char *file, size_t off,
                   const char *name)
{
  static const char *const universe[] = { "true", "false", "iota", NULL };
  if (in_list (name, universe))
    return true;
  struct decls *d = decls_for (su, file);
  return htab_find (d->consts, name) != NULL
         || local_in_scope (su, d, file, off, name, true);
}

bool
ge_decls_is_type (ge_src_unit *su, const char *file, size_t off,
                  const char *name)
{
  static const char *const universe[]
    = { "bool", "byte", "complex64", "complex128", "error", "float32",
        "float64", "int", "int8", "int16", "int32", "int64", "rune",
        "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
        "any", NULL };
  if (in_list (name, universe))
    return true;
  struct decls *d = decls_for (su, file);
  return htab_find (d->types, name) != NULL
         || local_in_scope (su, d, file, off, name, false);
}

bool
ge_decls_is_func (ge_src_unit *su, const char *file, const char *name)
{
  struct decls *d = decls_for (su, file);
  return htab_find (d->funcs, name) != NULL;
}

bool
ge_decls_is_import (ge_src_unit *su, const char *file, const char *name)
{
  struct src_file *f = ge_lex_load (su, file);
  if (!f)
    return false;
  struct lexer lx = { f, 0, 0, 0 };
  struct tok prev = { T_EOF, 0, 0 };
  size_t nl = strlen (name);
  for (;;)
    {
      struct tok t = ge_lex_next (&lx);
      if (t.kind == T_EOF || ge_lex_is (&lx, t, "func")
          || ge_lex_is (&lx, t, "var") || ge_lex_is (&lx, t, "const")
          || ge_lex_is (&lx, t, "type"))
        return false;
      if (t.kind == T_LIT && f->text[t.off] == '"')
        {
          /* An import path, named by the identifier before it if any,
             else by its last element.  */
          if (prev.kind == T_IDENT && !ge_lex_is (&lx, prev, "import"))
            {
              if (ge_lex_is (&lx, prev, name))
                return true;
            }
          else
            {
              const char *s = f->text + t.off + 1;
              size_t n = t.len >= 2 ? t.len - 2 : 0;
              const char *last = s + n;
              while (last > s && last[-1] != '/')
                last--;
              if ((size_t) (s + n - last) == nl
                  && memcmp (last, name, nl) == 0)
                return true;
            }
        }
      prev = t;
    }
}

int
ge_src_method_receiver (ge_src_unit *su, const char *file, const char *type,
                        const char *method)
{
  struct decls *d = decls_for (su, file);
  char *key = concat (type, ".", method, NULL);
  int kind = htab_find (d->ptr_methods, key) ? 1
             : htab_find (d->val_methods, key) ? 0 : -1;
  free (key);
  return kind;
}

bool
ge_decls_type_spec (ge_src_unit *su, const char *file, const char *name,
                    struct src_file **f, size_t *off)
{
  struct decls *d = decls_for (su, file);
  const struct type_spec *ts = htab_find (d->specs, &name);
  if (!ts)
    return false;
  *f = ts->f;
  *off = ts->off;
  return true;
}

/* The local type NAME in scope at OFF of F, declared by the "type" at
   FROM: where its specification starts (after its name, past an
   alias's "=").  */
static bool
local_type_spec (struct decls *d, struct src_file *f, size_t off,
                 const char *name, size_t *spec)
{
  size_t nl = strlen (name);
  for (size_t i = d->nlocals; i-- > 0;)
    {
      struct local_decl *l = &d->locals[i];
      if (l->f != f || l->is_const || l->from >= off
          || strcmp (l->name, name) != 0 || !in_block (f, l->block, off))
        continue;
      struct lexer lx = { f, l->from, 0, 0 };
      for (struct tok t = ge_lex_next (&lx); t.kind != T_EOF && t.off < off;
           t = ge_lex_next (&lx))
        if (t.kind == T_IDENT && t.len == nl
            && memcmp (f->text + t.off, name, nl) == 0)
          {
            struct lexer after = lx;
            *spec = ge_lex_is (&after, ge_lex_next (&after), "=") ? after.off
                                                                  : lx.off;
            return true;
          }
    }
  return false;
}

/* The kind of the type specified from offset OFF of F on (DEPTH named
   types followed so far).  */
static enum ge_type_kind
spec_kind (ge_src_unit *su, struct src_file *f, size_t off, int depth)
{
  struct lexer lx = { f, off, 0, 0 };
  struct tok t = ge_lex_next (&lx);
  while (ge_lex_is (&lx, t, "("))
    t = ge_lex_next (&lx);
  if (ge_lex_is (&lx, t, "*") || ge_lex_is (&lx, t, "struct")
      || ge_lex_is (&lx, t, "map") || ge_lex_is (&lx, t, "chan")
      || ge_lex_is (&lx, t, "func") || ge_lex_is (&lx, t, "<-"))
    return GE_TYPE_OTHER;
  if (ge_lex_is (&lx, t, "interface"))
    return GE_TYPE_IFACE;
  if (ge_lex_is (&lx, t, "["))
    return ge_lex_is (&lx, ge_lex_next (&lx), "]") ? GE_TYPE_SLICE
                                                   : GE_TYPE_OTHER;
  if (t.kind != T_IDENT || depth > 16)
    return GE_TYPE_UNKNOWN;
  struct lexer next = lx;
  if (ge_lex_is (&next, ge_lex_next (&next), "."))
    return GE_TYPE_UNKNOWN;  /* another package's */
  char *name = xstrndup (f->text + t.off, t.len);
  enum ge_type_kind k = type_kind (su, f, t.off, name, depth + 1);
  free (name);
  return k;
}

static enum ge_type_kind
type_kind (ge_src_unit *su, struct src_file *f, size_t off, const char *name,
           int depth)
{
  static const char *const simple[]
    = { "bool", "byte", "complex64", "complex128", "float32", "float64",
        "int", "int8", "int16", "int32", "int64", "rune", "uint", "uint8",
        "uint16", "uint32", "uint64", "uintptr", NULL };
  static const char *const ifaces[] = { "error", "any", NULL };
  struct decls *d = decls_for (su, f->path);
  size_t spec;
  if (local_type_spec (d, f, off, name, &spec))
    return spec_kind (su, f, spec, depth);
  const struct type_spec *ts = htab_find (d->specs, &name);
  if (ts)
    return spec_kind (su, ts->f, ts->off, depth);
  if (in_list (name, simple))
    return GE_TYPE_SIMPLE;
  if (strcmp (name, "string") == 0)
    return GE_TYPE_STRING;
  if (in_list (name, ifaces))
    return GE_TYPE_IFACE;
  return GE_TYPE_NONE;
}

bool
ge_decls_alias_of (ge_src_unit *su, const char *file, const char *name,
                   char *buf, size_t size)
{
  struct decls *d = decls_for (su, file);
  bool found = false;
  /* An alias of an alias is its target's.  */
  for (int depth = 0; depth < 16; depth++)
    {
      const struct type_spec *ts = htab_find (d->specs, &name);
      if (!ts || !ts->alias)
        break;
      struct lexer lx = { ts->f, ts->off, 0, 0 };
      struct tok t = ge_lex_next (&lx);
      struct lexer next = lx;
      if (t.kind != T_IDENT || t.len >= size
          || ge_lex_is (&next, ge_lex_next (&next), "."))
        break;
      memcpy (buf, ts->f->text + t.off, t.len);
      buf[t.len] = '\0';
      name = buf;
      found = true;
    }
  return found;
}

enum ge_type_kind
ge_decls_type_kind (ge_src_unit *su, const char *file, size_t off,
                    const char *name)
{
  struct src_file *f = ge_lex_load (su, file);
  return f ? type_kind (su, f, off, name, 0) : GE_TYPE_NONE;
}

bool
ge_src_package_name (ge_src_unit *su, const char *file, char *buf, size_t size)
{
  struct src_file *f = ge_lex_load (su, file);
  if (!f)
    return false;
  struct lexer lx = { f, 0, 0, 0 };
  struct tok t = ge_lex_next (&lx);
  if (!ge_lex_is (&lx, t, "package"))
    return false;
  t = ge_lex_next (&lx);
  if (t.kind != T_IDENT || t.len >= size)
    return false;
  memcpy (buf, f->text + t.off, t.len);
  buf[t.len] = '\0';
  return true;
}

void
ge_decls_free (ge_src_unit *su)
{
  if (su->decls_by_dir)
    htab_delete (su->decls_by_dir);
  su->decls_by_dir = NULL;
}
