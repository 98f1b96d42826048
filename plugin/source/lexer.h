/* goescape: a small Go lexer over cached source files, shared by the
   readers of signatures, expressions and statements.  Internal.  */

#ifndef GOESCAPE_LEXER_H
#define GOESCAPE_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct ge_src_unit;

struct tok;

struct src_file
{
  struct ge_src_unit *su;  /* the unit whose cache holds it */
  char *path;
  char *text;
  size_t len;
  size_t *lines;  /* offset of each line's start; lines[0] is line 1 */
  int nlines;
  /* The file's tokens, lexed once when first asked for: every query
     reads statements again, and lexing was most of their cost.  */
  struct tok *toks;
  size_t ntoks;
  bool tokenized;
  /* deadcode.c: offset ranges [dead[2i], dead[2i+1]) of switch clauses
     gc's deadcode pass drops, found when first asked for.  */
  size_t *dead;
  size_t ndead;
  bool dead_read;
  /* autotmp.c: gc's temporaries for method receivers, (dot offset,
     number) pairs, and the bodies ("{" offsets) counted so far.  */
  size_t *tmps, ntmps, tmps_alloc;
  /* "return f()" of several results: ("return" offset, number of its
     first temporary, number of results) triples.  */
  size_t *rets, nrets, rets_alloc;
  size_t *tmp_bodies, ntmp_bodies, tmp_bodies_alloc;
};

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
  /* The token after the last one returned, plus one, valid while OFF is
     HINT_OFF (0: none; callers may move OFF themselves).  */
  size_t hint, hint_off;
};

/* The cached text of PATH (an empty file if unreadable), or NULL.  */
struct src_file *ge_lex_load (struct ge_src_unit *su, const char *path);
/* Offset of LINE:COL, or -1.  */
long ge_lex_offset_of (struct src_file *f, int line, int col);
void ge_lex_pos_of (struct src_file *f, size_t off, int *line, int *col);
/* The line of offset OFF.  */
int ge_lex_line_of (struct src_file *f, size_t off);
bool ge_lex_ident_start (int c);
/* The index in F's tokens (lexed on first use) of the first token at
   or after offset OFF; F->ntoks if there is none.  */
size_t ge_lex_token_index (struct src_file *f, size_t off);
/* The token closing the bracket group token K opens (NTOKS if none).  */
size_t ge_lex_group_end (struct src_file *f, size_t k);
/* Whether token K lies in a branch of an if with a constant condition
   that gc's deadcode pass drops: the then block of a false condition,
   the else block of a true one (godefer.c).  */
bool ge_lex_in_dead_branch (struct src_file *f, long k);
/* The next token after the lexer's offset; T_EOF at the end.  */
struct tok ge_lex_next (struct lexer *lx);
/* The next token, left unread.  */
struct tok ge_lex_peek (struct lexer *lx);
/* After an opening bracket: skip to just past its closing one.  */
void ge_lex_skip_group (struct lexer *lx);
/* Whether token T is TEXT.  Inline: the queries ask it of nearly every
   token they read, and with TEXT a literal the length is a constant.  */
static inline bool
ge_lex_text_is (const struct src_file *f, struct tok t, const char *text)
{
  /* The first byte first: where TEXT is not a constant (a caller not
     inlined), most tokens differ there and need no strlen.  */
  return t.len > 0 && f->text[t.off] == text[0] && t.len == strlen (text)
         && memcmp (f->text + t.off, text, t.len) == 0;
}

static inline bool
ge_lex_is (const struct lexer *lx, struct tok t, const char *text)
{
  return ge_lex_text_is (lx->f, t, text);
}

/* Whether F's token K (of its tokens, ge_lex_token_index) is TEXT;
   false for K out of range.  */
static inline bool
ge_lex_tok_is (const struct src_file *f, long k, const char *text)
{
  return k >= 0 && (size_t) k < f->ntoks && ge_lex_text_is (f, f->toks[k], text);
}
bool ge_lex_word_tok (const struct lexer *lx, struct tok t);
/* Whether a line break after T ends the statement (Go's semicolon
   insertion): after a name, a literal, ")", "]", "}", "++" or "--".  */
bool ge_lex_ends_line (const struct lexer *lx, struct tok t);
/* Whether token T assigns: "=", ":=" or an operator with "=".  */
bool ge_lex_is_assign_op (const struct lexer *lx, struct tok t);
/* +1 for an opening bracket ( [ {, -1 for a closing one, else 0.  */
int ge_lex_bracket (const struct lexer *lx, struct tok t);
/* Append the tokens of a type up to the first of STOP at bracket depth 0,
   joined as gc prints types; returns the stopping token.  */
const char *ge_lex_type_gap (const struct lexer *lx, struct tok prev2,
                             struct tok prev, struct tok t);
struct tok ge_lex_copy_type (struct lexer *lx, const char *stop, char *buf,
                             size_t size, size_t *used);

#endif
