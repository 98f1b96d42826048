/* goescape: the Go lexer and source file cache (see lexer.h).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>
#include <libiberty/safe-ctype.h>

#include "lexer.h"
#include "unit.h"
#include "goescape/vec.h"

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
  free (f->toks);
  free (f->dead);
  free (f->tmps);
  free (f->rets);
  free (f->tmp_bodies);
  free (f);
}

struct src_file *
ge_lex_load (ge_src_unit *su, const char *path)
{
  if (!path)
    return NULL;
  /* Queries come in runs on one file; hashing a long path for each
     cost more than most of them.  */
  if (su->last_file && strcmp (su->last_file->path, path) == 0)
    return su->last_file;
  if (!su->files)
    su->files = htab_create_alloc (8, file_hash, file_eq, file_del, xcalloc,
                                   free);
  void **slot = htab_find_slot_with_hash (su->files, path,
                                          htab_hash_string (path), INSERT);
  if (*slot)
    return su->last_file = *slot;
  struct src_file *f = XCNEW (struct src_file);
  f->path = xstrdup (path);
  f->su = su;
  *slot = f;
  su->last_file = f;
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
  size_t alloc = 0;
  *GE_VEC_PUSH (f->lines, f->nlines, alloc) = 0;
  for (const char *nl = f->text;
       (nl = memchr (nl, '\n', f->len - (size_t) (nl - f->text))) != NULL;
       nl++)
    *GE_VEC_PUSH (f->lines, f->nlines, alloc) = (size_t) (nl - f->text) + 1;
  return f;
}

/* Whether FILE is one the unit compiles.  Here rather than in unit.c,
   which calls decls.c (to free its tables) while decls.c asks this.  */
bool
ge_src_unit_has_file (const ge_src_unit *su, const char *file)
{
  for (int i = 0; file && i < su->npackage_files; i++)
    if (strcmp (su->package_files[i], file) == 0)
      return true;
  return false;
}

void
ge_lex_files_free (ge_src_unit *su)
{
  if (su->files)
    htab_delete (su->files);
  su->files = NULL;
  su->last_file = NULL;
}

/* Offset of LINE:COL, or -1.  */
long
ge_lex_offset_of (struct src_file *f, int line, int col)
{
  if (!f || !f->text || line < 1 || line > f->nlines || col < 1)
    return -1;
  size_t off = f->lines[line - 1] + (size_t) (col - 1);
  return off <= f->len ? (long) off : -1;
}

void
ge_lex_pos_of (struct src_file *f, size_t off, int *line, int *col)
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

int
ge_lex_line_of (struct src_file *f, size_t off)
{
  int line, col;
  ge_lex_pos_of (f, off, &line, &col);
  return line;
}

bool
ge_lex_ident_start (int c)
{
  return ISALPHA (c) || c == '_' || c >= 0x80;
}

static inline bool
ident_char (int c)
{
  return ISALNUM (c) || c == '_' || c >= 0x80;
}

/* The length of the operator at S (AVAIL bytes there): Go's operators of
   two and three characters, else one.  */
static size_t
op_len (const char *s, size_t avail)
{
  char c = s[0], d = avail > 1 ? s[1] : 0, e = avail > 2 ? s[2] : 0;
  switch (c)
    {
    case '.':
      return d == '.' && e == '.' ? 3 : 1;
    case '<':
      if (d == '<')
        return e == '=' ? 3 : 2;
      return d == '=' || d == '-' ? 2 : 1;
    case '>':
      if (d == '>')
        return e == '=' ? 3 : 2;
      return d == '=' ? 2 : 1;
    case '&':
      if (d == '^')
        return e == '=' ? 3 : 2;
      return d == '&' || d == '=' ? 2 : 1;
    case '|':
      return d == '|' || d == '=' ? 2 : 1;
    case '+':
      return d == '+' || d == '=' ? 2 : 1;
    case '-':
      return d == '-' || d == '=' ? 2 : 1;
    case '=': case '!': case ':': case '*': case '/': case '%': case '^':
      return d == '=' ? 2 : 1;
    default:
      return 1;
    }
}

/* The token of F after offset *OFF, read from the text; *OFF moves
   past it.  */
static struct tok
lex_text (const struct src_file *f, size_t *off)
{
  const char *s = f->text;
  size_t n = f->len, i = *off;
  struct tok t = { T_EOF, n, 0 };
  for (;;)
    {
      while (i < n && ISSPACE (s[i]))
        i++;
      if (i + 1 < n && s[i] == '/' && s[i + 1] == '/')
        {
          const char *nl = memchr (s + i, '\n', n - i);
          i = nl ? (size_t) (nl - s) : n;
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
      *off = n;
      return t;
    }
  t.off = i;
  int c = (unsigned char) s[i];
  if (ge_lex_ident_start (c))
    {
      while (i < n && ident_char ((unsigned char) s[i]))
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
      i += op_len (s + i, n - i);
      t.kind = T_OP;
    }
  t.len = i - t.off;
  *off = i;
  return t;
}

static void
tokenize (struct src_file *f)
{
  f->tokenized = true;
  if (!f->text)
    return;
  size_t alloc = 0, off = 0;
  for (;;)
    {
      struct tok t = lex_text (f, &off);
      if (t.kind == T_EOF)
        break;
      *GE_VEC_PUSH (f->toks, f->ntoks, alloc) = t;
    }
}

size_t
ge_lex_token_index (struct src_file *f, size_t off)
{
  if (!f->tokenized)
    tokenize (f);
  size_t lo = 0, hi = f->ntoks;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (f->toks[mid].off < off)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

struct tok
ge_lex_next (struct lexer *lx)
{
  struct src_file *f = lx->f;
  size_t k = lx->hint && lx->hint_off == lx->off
             ? lx->hint - 1 : ge_lex_token_index (f, lx->off);
  if (k >= f->ntoks)
    {
      struct tok eof = { T_EOF, f->len, 0 };
      lx->off = f->len;
      lx->hint = 0;
      return eof;
    }
  struct tok t = f->toks[k];
  lx->off = t.off + t.len;
  lx->hint = k + 2;
  lx->hint_off = lx->off;
  return t;
}

struct tok
ge_lex_peek (struct lexer *lx)
{
  size_t off = lx->off, hint = lx->hint, hint_off = lx->hint_off;
  struct tok t = ge_lex_next (lx);
  lx->off = off;
  lx->hint = hint;
  lx->hint_off = hint_off;
  return t;
}

void
ge_lex_skip_group (struct lexer *lx)
{
  for (int depth = 1; depth > 0;)
    {
      struct tok t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        return;
      depth += ge_lex_bracket (lx, t);
    }
}

bool
ge_lex_word_tok (const struct lexer *lx, struct tok t)
{
  (void) lx;
  return t.kind == T_IDENT || t.kind == T_LIT;
}

bool
ge_lex_is_assign_op (const struct lexer *lx, struct tok t)
{
  if (t.kind != T_OP || lx->f->text[t.off + t.len - 1] != '=')
    return false;
  return !ge_lex_is (lx, t, "==") && !ge_lex_is (lx, t, "!=")
         && !ge_lex_is (lx, t, "<=") && !ge_lex_is (lx, t, ">=");
}

int
ge_lex_bracket (const struct lexer *lx, struct tok t)
{
  if (t.kind != T_OP || t.len != 1)
    return 0;
  switch (lx->f->text[t.off])
    {
    case '(': case '[': case '{':
      return 1;
    case ')': case ']': case '}':
      return -1;
    default:
      return 0;
    }
}

bool
ge_lex_ends_line (const struct lexer *lx, struct tok t)
{
  return t.kind == T_IDENT || t.kind == T_LIT || ge_lex_is (lx, t, ")")
         || ge_lex_is (lx, t, "]") || ge_lex_is (lx, t, "}")
         || ge_lex_is (lx, t, "++") || ge_lex_is (lx, t, "--");
}

/* Whether gc prints a space between the tokens PREV and T of a type on
   one line.  */
static bool
type_space (const struct lexer *lx, struct tok prev2, struct tok prev,
            struct tok t)
{
  if (ge_lex_word_tok (lx, prev) && ge_lex_word_tok (lx, t))
    return true;
  if (ge_lex_is (lx, prev, ",") || ge_lex_is (lx, prev, ";"))
    return true;
  if (ge_lex_is (lx, t, "{") && prev.kind == T_IDENT)
    return true;
  if (ge_lex_is (lx, prev, "{"))
    return !ge_lex_is (lx, t, "}");
  if (ge_lex_is (lx, t, "}"))
    return true;
  /* a function type's result: "func(T) R" */
  if (ge_lex_is (lx, prev, ")")
      && (t.kind == T_IDENT || ge_lex_is (lx, t, "*") || ge_lex_is (lx, t, "[")
          || ge_lex_is (lx, t, "(") || ge_lex_is (lx, t, "<-")))
    return true;
  /* "chan<- T" */
  return ge_lex_is (lx, prev, "<-") && ge_lex_is (lx, prev2, "chan");
}

/* What gc prints between the tokens PREV and T of a type (PREV2 before
   them): nothing, a space ("map[string]struct {}", "func(int) (T,
   error)", "chan<- int") or, for a line break between fields or
   methods, "; " ("struct { a int; b int }").  */
const char *
ge_lex_type_gap (const struct lexer *lx, struct tok prev2, struct tok prev,
                 struct tok t)
{
  if (prev.kind == T_EOF)
    return "";
  if (!ge_lex_is (lx, prev, "{") && !ge_lex_is (lx, prev, ",")
      && !ge_lex_is (lx, prev, ";") && !ge_lex_is (lx, t, "}")
      && memchr (lx->f->text + prev.off + prev.len, '\n',
                 t.off - (prev.off + prev.len)))
    return "; ";
  return type_space (lx, prev2, prev, t) ? " " : "";
}

/* Append the tokens of a type, from the lexer's position up to (not
   including) the first of STOP at bracket depth 0, joined as gc prints
   types.  Returns the stopping token.  */
struct tok
ge_lex_copy_type (struct lexer *lx, const char *stop, char *buf, size_t size,
           size_t *used)
{
  int depth = 0;
  struct tok prev = { T_EOF, 0, 0 }, prev2 = prev;
  for (;;)
    {
      struct tok t = ge_lex_next (lx);
      if (t.kind == T_EOF)
        return t;
      if (depth == 0 && t.kind == T_OP && t.len == 1
          && strchr (stop, lx->f->text[t.off]))
        return t;
      depth += ge_lex_bracket (lx, t);
      for (const char *g = ge_lex_type_gap (lx, prev2, prev, t);
           *g && *used + 1 < size; g++)
        buf[(*used)++] = *g;
      for (size_t k = 0; k < t.len && *used + 1 < size; k++)
        buf[(*used)++] = lx->f->text[t.off + k];
      buf[*used] = '\0';
      prev2 = prev;
      prev = t;
    }
}


size_t
ge_lex_group_end (struct src_file *f, size_t k)
{
  struct lexer lx = { f, 0, 0, 0 };
  int depth = 0;
  for (size_t i = k; i < f->ntoks; i++)
    {
      depth += ge_lex_bracket (&lx, f->toks[i]);
      if (depth == 0)
        return i;
    }
  return f->ntoks;
}
