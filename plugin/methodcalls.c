/* goescape: static method calls and variadic calls as gc prints them.

   gc's messages render expressions after typechecking, where a call of
   a method x.M(a) through a concrete type has become a call of the
   method expression with the receiver first: "(*T).M(x, a)", or
   "pkg.T.M(x, a)" for a type of another package, with "&x" or "*p"
   when the receiver was taken by address or dereferenced.  The source
   alone does not say which selector calls are methods nor the
   receiver's type; the GIMPLE reader does, and notes each call here by
   its selector's dot.  The expression renderer asks.

   Likewise a call passing trailing arguments to a variadic parameter:
   gc has packed them into an implicit slice, "... argument", which it
   prints followed by the call's "...": f(a, ... argument...).  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "goescape/source.h"
#include "expr.h"

struct method_call
{
  const struct src_file *f;
  size_t off;          /* the selector's dot, or a variadic call's '(' */
  char *method_expr;   /* "(*T).M"; NULL for a variadic call */
  char recv_prefix;    /* '&', '*' or 0 */
  int fixed;           /* a variadic call's arguments before the slice */
};

static htab_t calls, variadic;

static hashval_t
call_hash (const void *p)
{
  const struct method_call *c = (const struct method_call *) p;
  return htab_hash_pointer (c->f) ^ (hashval_t) (c->off * 2654435761u);
}

static int
call_eq (const void *a, const void *b)
{
  const struct method_call *x = (const struct method_call *) a;
  const struct method_call *y = (const struct method_call *) b;
  return x->f == y->f && x->off == y->off;
}

static void
call_del (void *p)
{
  struct method_call *c = (struct method_call *) p;
  free (c->method_expr);
  free (c);
}

void
ge_src_note_method_call (const char *file, int line, int col,
                         const char *method_expr, char recv_prefix)
{
  struct src_file *f = ge_lex_load (file);
  long off = f ? ge_lex_offset_of (f, line, col) : -1;
  if (off < 0 || f->text[off] != '.')
    return;
  if (!calls)
    calls = htab_create_alloc (64, call_hash, call_eq, call_del, xcalloc,
                               free);
  struct method_call key = { f, (size_t) off, NULL, 0, 0 };
  void **slot = htab_find_slot (calls, &key, INSERT);
  if (*slot)
    return;
  struct method_call *c = XNEW (struct method_call);
  *c = key;
  c->method_expr = xstrdup (method_expr);
  c->recv_prefix = recv_prefix;
  *slot = c;
}

const char *
ge_method_call_at (const struct src_file *f, size_t dot, char *recv_prefix)
{
  if (!calls)
    return NULL;
  struct method_call key = { f, dot, NULL, 0, 0 };
  struct method_call *c = (struct method_call *) htab_find (calls, &key);
  if (!c)
    return NULL;
  *recv_prefix = c->recv_prefix;
  return c->method_expr;
}

void
ge_src_note_variadic_call (const char *file, int line, int col, int fixed)
{
  int pl, pc;
  struct src_file *f = ge_lex_load (file);
  if (!f || !ge_src_variadic_at (file, line, col, &pl, &pc))
    return;
  long off = ge_lex_offset_of (f, pl, pc);
  if (off < 0)
    return;
  if (!variadic)
    variadic = htab_create_alloc (64, call_hash, call_eq, call_del, xcalloc,
                                  free);
  struct method_call key = { f, (size_t) off, NULL, 0, fixed };
  void **slot = htab_find_slot (variadic, &key, INSERT);
  if (*slot)
    return;
  struct method_call *c = XNEW (struct method_call);
  *c = key;
  *slot = c;
}

int
ge_variadic_call_at (const struct src_file *f, size_t paren)
{
  if (!variadic)
    return -1;
  struct method_call key = { f, paren, NULL, 0, 0 };
  struct method_call *c = (struct method_call *) htab_find (variadic, &key);
  return c ? c->fixed : -1;
}

void
ge_method_calls_reset (void)
{
  if (calls)
    htab_delete (calls);
  if (variadic)
    htab_delete (variadic);
  calls = variadic = NULL;
}
