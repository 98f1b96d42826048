/* goescape: the statement around a position (statement.c).  Internal,
   for the source queries that read a construct gccgo places at one of
   its tokens.  */

#ifndef GOESCAPE_SOURCE_STATEMENT_H
#define GOESCAPE_SOURCE_STATEMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "goescape/source/source.h"
#include "expr.h"

/* The statement on LINE of FILE lexed into a new parser (full mode),
   with *K the index of its token at COL, or -1 if none starts there;
   NULL if FILE has no such position.  The caller frees the parser.  */
struct parser *ge_stmt_at (ge_src_unit *su, const char *file, int line,
                           int col, int *k);
/* Tokens from the start of LINE to the end of the statement through
   offset AT (Go's semicolon insertion, outside braces), into P.  */
void ge_stmt_lex (struct parser *p, int line, size_t at);
/* Whether token T assigns: "=", ":=" or an operator with "=".  */
bool ge_stmt_is_assign_op (struct parser *p, struct tok t);
/* The first token of the simple statement holding token K: after the
   last ";" before it, and after a leading keyword.  */
int ge_stmt_start (struct parser *p, int k);
/* The index of the first "=" after token K at bracket depth 0, or -1.  */
int ge_stmt_assign_after (struct parser *p, int k);
/* The index of the bracket opening the group that token I, a ")",
   "]" or "}", closes (-1 if none does).  */
int ge_stmt_group_open (struct parser *p, int i);
/* The first token of the operand that ends before token K (a
   selector's dot): a chain of names, selectors, calls and indexes; -1
   when it starts before the statement's tokens.  */
int ge_stmt_operand_start (struct parser *p, int k);
/* Start of the type that ends just before token K (a conversion's
   parenthesis): "interface{}", "(T)", "pkg.T", "T".  */
int ge_stmt_type_start_before (struct parser *p, int k);

#endif
