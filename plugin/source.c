/* goescape: Go source text (see goescape/source.h).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>
#include <libiberty/safe-ctype.h>

#include "goescape/source.h"

struct src_file
{
  char *path;
  char *text;
  size_t len;
  size_t *lines;  /* offset of each line's start; lines[0] is line 1 */
  int nlines;
};

static htab_t files;

static hashval_t
file_hash (const void *p)
{
  return htab_hash_string (((const struct src_file *) p)->path);
}

static int
file_eq (const void *a, const void *b)
{
  return strcmp (((const struct src_file *) a)->path, (const char *) b) == 0;
}

static void
file_del (void *p)
{
  struct src_file *f = p;
  free (f->path);
  free (f->text);
  free (f->lines);
  free (f);
}

static struct src_file *
load (const char *path)
{
  if (!path)
    return NULL;
  if (!files)
    files = htab_create_alloc (8, file_hash, file_eq, file_del, xcalloc, free);
  void **slot = htab_find_slot_with_hash (files, path, htab_hash_string (path),
                                          INSERT);
  if (*slot)
    return *slot;
  struct src_file *f = XCNEW (struct src_file);
  f->path = xstrdup (path);
  *slot = f;
  FILE *fp = fopen (path, "rb");
  if (!fp)
    return f;  /* an empty file: every lookup fails softly */
  size_t cap = 4096;
  f->text = XNEWVEC (char, cap + 1);
  size_t n;
  while ((n = fread (f->text + f->len, 1, cap - f->len, fp)) > 0)
    {
      f->len += n;
      if (f->len == cap)
        {
          cap *= 2;
          f->text = XRESIZEVEC (char, f->text, cap + 1);
        }
    }
  fclose (fp);
  f->text[f->len] = '\0';
  int alloc = 64;
  f->lines = XNEWVEC (size_t, alloc);
  f->lines[f->nlines++] = 0;
  for (size_t i = 0; i < f->len; i++)
    if (f->text[i] == '\n')
      {
        if (f->nlines == alloc)
          {
            alloc *= 2;
            f->lines = XRESIZEVEC (size_t, f->lines, alloc);
          }
        f->lines[f->nlines++] = i + 1;
      }
  return f;
}

void
ge_src_reset (void)
{
  if (files)
    htab_delete (files);
  files = NULL;
}

/* Offset of LINE:COL, or -1.  */
static long
offset_of (struct src_file *f, int line, int col)
{
  if (!f || !f->text || line < 1 || line > f->nlines || col < 1)
    return -1;
  size_t off = f->lines[line - 1] + (size_t) (col - 1);
  return off <= f->len ? (long) off : -1;
}

static void
pos_of (struct src_file *f, size_t off, int *line, int *col)
{
  int lo = 0, hi = f->nlines - 1;
  while (lo < hi)
    {
      int mid = (lo + hi + 1) / 2;
      if (f->lines[mid] <= off)
        lo = mid;
      else
        hi = mid - 1;
    }
  *line = lo + 1;
  *col = (int) (off - f->lines[lo]) + 1;
}

/* ---- a small Go lexer ---------------------------------------------- */

enum tok_kind
{
  T_EOF,
  T_IDENT,
  T_LIT,
  T_OP
};

struct tok
{
  enum tok_kind kind;
  size_t off, len;
};

struct lexer
{
  struct src_file *f;
  size_t off;
};

static bool
ident_start (int c)
{
  return ISALPHA (c) || c == '_' || c >= 0x80;
}

static struct tok
next (struct lexer *lx)
{
  const char *s = lx->f->text;
  size_t n = lx->f->len, i = lx->off;
  struct tok t = { T_EOF, n, 0 };
  for (;;)
    {
      while (i < n && ISSPACE (s[i]))
        i++;
      if (i + 1 < n && s[i] == '/' && s[i + 1] == '/')
        {
          while (i < n && s[i] != '\n')
            i++;
          continue;
        }
      if (i + 1 < n && s[i] == '/' && s[i + 1] == '*')
        {
          i += 2;
          while (i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'))
            i++;
          i = i + 2 <= n ? i + 2 : n;
          continue;
        }
      break;
    }
  if (i >= n)
    {
      lx->off = n;
      return t;
    }
  t.off = i;
  int c = (unsigned char) s[i];
  if (ident_start (c))
    {
      while (i < n && (ident_start ((unsigned char) s[i]) || ISDIGIT (s[i])))
        i++;
      t.kind = T_IDENT;
    }
  else if (ISDIGIT (c) || (c == '.' && i + 1 < n && ISDIGIT (s[i + 1])))
    {
      while (i < n && (ISALNUM (s[i]) || s[i] == '.' || s[i] == '_'))
        i++;
      t.kind = T_LIT;
    }
  else if (c == '"' || c == '\'')
    {
      i++;
      while (i < n && s[i] != c && s[i] != '\n')
        i += (s[i] == '\\' && i + 1 < n) ? 2 : 1;
      if (i < n)
        i++;
      t.kind = T_LIT;
    }
  else if (c == '`')
    {
      i++;
      while (i < n && s[i] != '`')
        i++;
      if (i < n)
        i++;
      t.kind = T_LIT;
    }
  else
    {
      static const char *const ops3[] = { "...", "<<=", ">>=", "&^=", NULL };
      static const char *const ops2[]
        = { "<-", "&&", "||", "==", "!=", "<=", ">=", ":=", "++", "--",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
            "&^", NULL };
      size_t len = 1;
      for (int k = 0; ops3[k]; k++)
        if (i + 3 <= n && memcmp (s + i, ops3[k], 3) == 0)
          len = 3;
      if (len == 1)
        for (int k = 0; ops2[k]; k++)
          if (i + 2 <= n && memcmp (s + i, ops2[k], 2) == 0)
            len = 2;
      i += len;
      t.kind = T_OP;
    }
  t.len = i - t.off;
  lx->off = i;
  return t;
}

static bool
is (const struct lexer *lx, struct tok t, const char *text)
{
  size_t l = strlen (text);
  return t.len == l && memcmp (lx->f->text + t.off, text, l) == 0;
}

static bool
word_tok (const struct lexer *lx, struct tok t)
{
  (void) lx;
  return t.kind == T_IDENT || t.kind == T_LIT;
}

/* Append the tokens of a type, from the lexer's position up to (not
   including) the first of STOP at bracket depth 0, joined as gc prints
   types.  Returns the stopping token.  */
static struct tok
copy_type (struct lexer *lx, const char *stop, char *buf, size_t size,
           size_t *used)
{
  int depth = 0;
  struct tok prev = { T_EOF, 0, 0 };
  for (;;)
    {
      struct tok t = next (lx);
      if (t.kind == T_EOF)
        return t;
      if (depth == 0 && t.kind == T_OP && t.len == 1
          && strchr (stop, lx->f->text[t.off]))
        return t;
      if (is (lx, t, "(") || is (lx, t, "[") || is (lx, t, "{"))
        depth++;
      else if (is (lx, t, ")") || is (lx, t, "]") || is (lx, t, "}"))
        depth--;
      bool space = prev.kind != T_EOF
                   && ((word_tok (lx, prev) && word_tok (lx, t))
                       || is (lx, prev, ",") || is (lx, prev, ";")
                       || (is (lx, t, "{") && prev.kind == T_IDENT)
                       || is (lx, prev, "{") || is (lx, t, "}"));
      if (space && *used + 1 < size)
        buf[(*used)++] = ' ';
      for (size_t k = 0; k < t.len && *used + 1 < size; k++)
        buf[(*used)++] = lx->f->text[t.off + k];
      buf[*used] = '\0';
      prev = t;
    }
}

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
      struct tok t = next (lx);
      if (t.kind == T_EOF)
        {
          free (ents);
          return false;
        }
      bool close = depth == 0 && is (lx, t, ")");
      if ((depth == 0 && is (lx, t, ",")) || close)
        {
          if (cur.ntoks > 0)
            {
              if (nents == alloc)
                {
                  alloc = alloc ? 2 * alloc : 8;
                  ents = XRESIZEVEC (struct entry, ents, alloc);
                }
              ents[nents++] = cur;
            }
          memset (&cur, 0, sizeof cur);
          if (close)
            break;
          continue;
        }
      if (is (lx, t, "(") || is (lx, t, "[") || is (lx, t, "{"))
        depth++;
      else if (is (lx, t, ")") || is (lx, t, "]") || is (lx, t, "}"))
        depth--;
      if (cur.ntoks == 0)
        cur.first = t;
      else if (cur.ntoks == 1)
        cur.second_is_dot = is (lx, t, ".");
      cur.ntoks++;
    }

  /* Either every entry names its fields or none does.  */
  bool named = false;
  for (int i = 0; i < nents; i++)
    if (ents[i].first.kind == T_IDENT && ents[i].ntoks >= 2
        && !ents[i].second_is_dot)
      named = true;
  *fields = XCNEWVEC (struct ge_src_field, nents + 1);
  *n = nents;
  for (int i = 0; i < nents; i++)
    {
      struct ge_src_field *fd = &(*fields)[i];
      pos_of (lx->f, ents[i].first.off, &fd->line, &fd->col);
      if (named)
        fd->name = xstrndup (lx->f->text + ents[i].first.off,
                             ents[i].first.len);
    }
  free (ents);
  return true;
}

bool
ge_src_signature (const char *file, int line, int col,
                  struct ge_src_signature *sig)
{
  memset (sig, 0, sizeof *sig);
  struct src_file *f = load (file);
  long start = offset_of (f, line, 1);
  long at = offset_of (f, line, col);
  if (start < 0 || at < 0)
    return false;

  /* Find "func" on the line, at or before COL.  */
  struct lexer lx = { f, (size_t) start };
  long func_off = -1;
  for (;;)
    {
      struct tok t = next (&lx);
      if (t.kind == T_EOF || (long) t.off > at)
        break;
      if (is (&lx, t, "func"))
        func_off = (long) t.off;
    }
  if (func_off < 0)
    return false;
  lx.off = (size_t) func_off;
  next (&lx);

  struct tok t = next (&lx);
  struct ge_src_field *recv = NULL;
  int nrecv = 0;
  if (is (&lx, t, "("))
    {
      if (!parse_fields (&lx, &recv, &nrecv))
        return false;
      sig->has_recv = true;
      t = next (&lx);
    }
  if (t.kind != T_IDENT)
    {
      free (recv);
      return false;
    }
  t = next (&lx);
  struct ge_src_field *params = NULL;
  int nparams = 0;
  if (!is (&lx, t, "(") || !parse_fields (&lx, &params, &nparams))
    {
      free (recv);
      return false;
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
  t = next (&lx);
  if (is (&lx, t, "("))
    return parse_fields (&lx, &sig->results, &sig->nresults);
  if (t.kind == T_EOF || is (&lx, t, "{") || is (&lx, t, "\n"))
    return true;
  /* A single unnamed result, unless the declaration ends here (a
     function without body on one line).  */
  int tl, tc;
  pos_of (f, t.off, &tl, &tc);
  int sl, sc;
  pos_of (f, save, &sl, &sc);
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

enum ge_src_alloc
ge_src_alloc_at (const char *file, int line, int col, char *text,
                 size_t size, int *gc_col)
{
  struct src_file *f = load (file);
  long at = offset_of (f, line, col);
  if (at < 0 || size < 8)
    return GE_SRC_NONE;
  struct lexer lx = { f, (size_t) at };
  struct tok t = next (&lx);
  if ((long) t.off != at)
    return GE_SRC_NONE;
  size_t used = 0;
  text[0] = '\0';

  if (is (&lx, t, "new"))
    {
      struct tok p = next (&lx);
      if (!is (&lx, p, "("))
        return GE_SRC_NONE;
      int pl;
      pos_of (f, p.off, &pl, gc_col);
      memcpy (text, "new(", 4);
      used = 4;
      struct tok end = copy_type (&lx, ")", text, size - 1, &used);
      if (end.kind == T_EOF)
        return GE_SRC_NONE;
      text[used++] = ')';
      text[used] = '\0';
      return GE_SRC_NEW;
    }
  if (is (&lx, t, "&"))
    {
      text[used++] = '&';
      struct tok end = copy_type (&lx, "{", text, size - 6, &used);
      if (end.kind == T_EOF || used == 1)
        return GE_SRC_NONE;
      /* gc elides the elements, and shows "{}" when there are none.  */
      struct tok first = next (&lx);
      strcpy (text + used, is (&lx, first, "}") ? "{}" : "{...}");
      *gc_col = col;
      return GE_SRC_PTRLIT;
    }
  return GE_SRC_NONE;
}

bool
ge_src_ident_at (const char *file, int line, int col, const char *name)
{
  struct src_file *f = load (file);
  long at = offset_of (f, line, col);
  if (at < 0)
    return false;
  struct lexer lx = { f, (size_t) at };
  struct tok t = next (&lx);
  return (long) t.off == at && t.kind == T_IDENT && is (&lx, t, name);
}
