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
   prints followed by the call's "...": f(a, ... argument...).

   And a selector of a field promoted from embedded ones: gc's
   typechecking made the embedded fields explicit, in.Rcode is
   in.MsgHdr.Rcode; the GIMPLE reader sees the embedded field's
   reference at the selector's dot.  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "goescape/source/source.h"
#include "expr.h"
#include "unit.h"

struct method_call
{
  const struct src_file *f;
  size_t off;          /* the selector's dot, or a variadic call's '(' */
  char *method_expr;   /* "(*T).M"; NULL for a variadic call; the
                          embedded fields' path "MsgHdr" of a selector */
  char recv_prefix;    /* '&', '*', 'a' (an address gc takes
                          implicitly, shown in -m=2 notes only) or 0 */
  int fixed;           /* a variadic call's arguments before the slice */
  char *sel;           /* the promoted field, "Rcode"; a promoted
                          method's receiver path, "*Mutex" */
};

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
  free (c->sel);
  free (c);
}

/* Record KEY in *TAB (created on first use); the first note of a
   position stands.  */
static void
note (htab_t *tab, const struct method_call *key)
{
  if (!*tab)
    *tab = htab_create_alloc (64, call_hash, call_eq, call_del, xcalloc, free);
  void **slot = htab_find_slot (*tab, key, INSERT);
  if (*slot)
    return;
  struct method_call *c = XNEW (struct method_call);
  *c = *key;
  if (key->method_expr)
    c->method_expr = xstrdup (key->method_expr);
  if (key->sel)
    c->sel = xstrdup (key->sel);
  *slot = c;
}

static const struct method_call *
noted (htab_t tab, const struct src_file *f, size_t off)
{
  struct method_call key = { f, off, NULL, 0, 0, NULL };
  return tab ? (const struct method_call *) htab_find (tab, &key) : NULL;
}

void
ge_src_note_method_call (ge_src_unit *su, const char *file, int line, int col,
                         const char *method_expr, char recv_prefix,
                         const char *recv_path)
{
  struct src_file *f = ge_lex_load (su, file);
  long off = f ? ge_lex_offset_of (f, line, col) : -1;
  if (off < 0 || f->text[off] != '.')
    return;
  struct method_call key = { f, (size_t) off, (char *) method_expr,
                             recv_prefix, 0, (char *) recv_path };
  note (&su->method_calls, &key);
}

const char *
ge_method_call_path (const struct src_file *f, size_t dot)
{
  const struct method_call *c = noted (f->su->method_calls, f, dot);
  return c ? c->sel : NULL;
}

const char *
ge_method_call_at (const struct src_file *f, size_t dot, char *recv_prefix)
{
  const struct method_call *c = noted (f->su->method_calls, f, dot);
  if (!c)
    return NULL;
  *recv_prefix = c->recv_prefix;
  return c->method_expr;
}

void
ge_src_note_variadic_call (ge_src_unit *su, const char *file, int paren_line,
                           int paren_col, int fixed)
{
  struct src_file *f = ge_lex_load (su, file);
  long off = f ? ge_lex_offset_of (f, paren_line, paren_col) : -1;
  if (off < 0 || f->text[off] != '(')
    return;
  struct method_call key = { f, (size_t) off, NULL, 0, fixed, NULL };
  note (&su->variadic_calls, &key);
}

int
ge_variadic_call_at (const struct src_file *f, size_t paren)
{
  const struct method_call *c = noted (f->su->variadic_calls, f, paren);
  return c ? c->fixed : -1;
}

void
ge_src_note_implicit_fields (ge_src_unit *su, const char *file, int line,
                             int col, const char *field, const char *path)
{
  struct src_file *f = ge_lex_load (su, file);
  long off = f ? ge_lex_offset_of (f, line, col) : -1;
  if (off < 0 || f->text[off] != '.')
    return;
  struct method_call key = { f, (size_t) off, (char *) path, 0, 0,
                             (char *) field };
  note (&su->implicit_fields, &key);
}

const char *
ge_implicit_fields_at (const struct src_file *f, size_t dot, struct tok sel)
{
  const struct method_call *c = noted (f->su->implicit_fields, f, dot);
  if (!c || strlen (c->sel) != sel.len
      || memcmp (f->text + sel.off, c->sel, sel.len) != 0)
    return NULL;
  return c->method_expr;
}

void
ge_method_calls_free (ge_src_unit *su)
{
  if (su->method_calls)
    htab_delete (su->method_calls);
  if (su->variadic_calls)
    htab_delete (su->variadic_calls);
  if (su->implicit_fields)
    htab_delete (su->implicit_fields);
  su->method_calls = su->variadic_calls = su->implicit_fields = NULL;
}
