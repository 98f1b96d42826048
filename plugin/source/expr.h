/* goescape: Go expressions parsed from source tokens and rendered as gc
   prints them ("s[i + 1]", "make([]byte, n)").  Internal, for the
   source readers (self-assignment, allocation sites).  */

#ifndef GOESCAPE_EXPR_H
#define GOESCAPE_EXPR_H

#include <stdbool.h>
#include <stddef.h>

#include "lexer.h"

enum node_kind
{
  N_NAME,
  N_LIT,
  N_SEL,     /* x.name */
  N_INDEX,   /* x[i] */
  N_SLICE,   /* x[lo:hi] or x[lo:hi:max] */
  N_CALL,    /* x(args) */
  N_UNARY,   /* op x */
  N_BINARY,  /* x op y */
  N_PAREN,   /* (x) */
  /* Only when the parser is in full mode: */
  N_TYPE,    /* a type written in an expression: []byte, interface{} */
  N_COMPLIT, /* T{elems}: tok is the brace, x the type (NULL if elided) */
  N_KV,      /* key: value in a composite literal; tok is the colon */
  N_FUNCLIT, /* func(...) {...}: tok is "func" */
  N_ASSERT   /* x.(T): tok is the dot, the type in tokens t0..t1 */
};

struct node
{
  enum node_kind kind;
  struct tok tok;  /* name, literal, selector or operator */
  struct tok at;   /* where gc places the node (a selector's dot) */
  int t0, t1;      /* a type's tokens, [t0, t1) */
  struct node *x, *y, *z, *w;
  struct node **args;
  int nargs;
  bool three;      /* a three-index slice */
  bool ddd;        /* a call passing a slice as its variadic list, f(s...) */
};

#define MAX_TOKS 256
#define MAX_NODES 256

struct parser
{
  struct lexer lx;
  struct tok toks[MAX_TOKS];
  int ntoks, at, end;
  struct node nodes[MAX_NODES];
  int nnodes;
  struct node *argv[MAX_NODES];
  int nargv;
  bool bad;
  bool full;       /* accept composite and function literals, types and
                      type assertions; otherwise give up on them */
  bool header;     /* in an if/for/switch header: "name {" ends it */
  bool as_noted;   /* render calls as gc's -m=2 notes show them: a
                      static method call's receiver as written */
  bool unvisited;  /* render variadic calls as written, as gc does
                      before it analyses them */
};

struct out
{
  char *buf;
  size_t size, used;
};

/* A new parser, every field zero but the node and operand arrays, which
   the parser fills before it reads them: a query makes one for each
   statement it reads, and zeroing the whole (37 KiB) was most of the
   cost of the self-assignment rule.  Free it with free.  */
struct parser *ge_parser_new (void);

/* Whether token T of P's file is TEXT.  */
static inline bool
is_tok (const struct parser *p, struct tok t, const char *text)
{
  return ge_lex_is (&p->lx, t, text);
}

/* Parse tokens [FROM, TO) of P as a comma-separated expression list into
   OUT; returns the count, or -1 if the parser gave up.  */
int ge_expr_parse_list (struct parser *p, int from, int to,
                        struct node **out, int max);
/* Parse one expression at P's position, binding operators of precedence
   PREC and above (1 for a whole expression).  */
struct node *ge_expr_parse_expr (struct parser *p, int prec);
/* Consume the next token if it is S.  */
bool ge_expr_accept (struct parser *p, const char *s);
/* Parse a type at P's position (full mode): N_TYPE, or a name.  */
struct node *ge_expr_parse_type (struct parser *p);
/* gc's precedence of binary operator T (1 "||" .. 5 "*"), 0 if none.  */
int ge_expr_binary_prec (struct parser *p, struct tok t);
/* Append text to O.  */
void ge_expr_put (struct out *o, const char *s, size_t n);
void ge_expr_put_tok (struct parser *p, struct out *o, struct tok t);
/* Append N as gc prints it; a list joined by ", ".  */
void ge_expr_render (struct parser *p, struct out *o, const struct node *n);
void ge_expr_render_list (struct parser *p, struct out *o, struct node **v,
                          int n);
/* Append tokens [FROM, TO) of P as gc prints a type ("interface {}").  */
void ge_expr_render_type (struct parser *p, struct out *o, int from, int to);

/* The static method call whose selector's dot is at DOT in F, noted by
   ge_src_note_method_call: gc's method expression ("(*T).M") and the
   receiver's prefix ('&', '*' or 0) into *RECV_PREFIX; NULL if none.  */
const char *ge_method_call_at (const struct src_file *f, size_t dot,
                               char *recv_prefix);
/* The embedded fields' path of the receiver of the promoted method
   whose call has its selector's dot at DOT in F, as noted ("*Mutex":
   through a pointer, ".Mutex": a value), or NULL.  */
const char *ge_method_call_path (const struct src_file *f, size_t dot);
/* The number of arguments before the implicit slice of the variadic
   call whose parenthesis is at PAREN in F, noted by
   ge_src_note_variadic_call; -1 if none.  */
int ge_variadic_call_at (const struct src_file *f, size_t paren);
/* gc's temporary for the receiver of the method whose selector's dot is
   at offset DOT of FILE, called on a call's result (").M("): its
   number N in ".autotmp_N"; -1 if there is none (autotmp.c).  */
int ge_src_autotmp_index (struct ge_src_unit *su, const char *file,
                          size_t dot);
/* The return statement whose "return" is at offset RET in F returns a
   call of several results, which gc copies into temporaries: the number
   of the first (".autotmp_N"), their count into *COUNT; -1 if not.  */
int ge_lex_return_temps (struct src_file *f, size_t ret, int *count);
/* The embedded fields' path ge_src_note_implicit_fields noted for the
   selector SEL whose dot is at offset DOT, or NULL.  */
const char *ge_implicit_fields_at (const struct src_file *f, size_t dot,
                                   struct tok sel);

/* The offset where the operand of the selector whose dot, of the index
   or slice whose "[", or the left operand of the "+" is at FILE:LINE:COL
   starts ("a.b" of "a.b.c", "s" of "s[1:]", "k" of "k + s"), or -1.  */
long ge_src_operand_start (struct ge_src_unit *su, const char *file, int line,
                           int col);

#endif
