/* goescape: the path of a value through the expressions of a
   statement, as gc's walk (escape/expr.go) gives a value to a hole, and
   gc's note for each node of it (see notes.c).  */

#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "decls.h"
#include "notes.h"

struct node *
ge_notepath_strip_parens (struct node *n)
{
  while (n && n->kind == N_PAREN)
    n = n->x;
  return n;
}

bool
ge_notepath_is_name (struct parser *p, struct tok t, const char *name)
{
  size_t n = strlen (name);
  return t.kind == T_IDENT && t.len == n
         && memcmp (p->lx.f->text + t.off, name, n) == 0;
}

static char *
tok_str (struct parser *p, struct tok t)
{
  return xstrndup (p->lx.f->text + t.off, t.len);
}

/* The first token of N: where the reader may place it too.  */
size_t
ge_notepath_node_start (const struct node *n)
{
  while (n)
    switch (n->kind)
      {
      case N_SEL:
      case N_INDEX:
      case N_SLICE:
      case N_CALL:
      case N_BINARY:
      case N_ASSERT:
      case N_KV:
        if (!n->x)
          return n->tok.off;
        n = n->x;
        break;
      case N_COMPLIT:
        if (!n->x)
          return n->tok.off;
        n = n->x;
        break;
      default:
        return n->tok.off;
      }
  return 0;
}

/* Whether X names a package FILE imports: X.Name is then another
   package's, not a field.  */
static bool
is_package (struct parser *p, const struct node *x)
{
  if (!x || x->kind != N_NAME)
    return false;
  char *s = tok_str (p, x->tok);
  bool r = ge_decls_is_import (p->lx.f->su, p->lx.f->path, s);
  free (s);
  return r;
}

static bool
is_builtin_call (struct parser *p, const struct node *call, const char *name)
{
  const struct node *f = ge_notepath_strip_parens (call->x);
  if (!f || f->kind != N_NAME || !ge_notepath_is_name (p, f->tok, name))
    return false;
  return !ge_decls_is_func (p->lx.f->su, p->lx.f->path, name);
}

/* The builtin CALL calls whose arguments gc notes as a call's
   ("call parameter") and sends on itself: 'a' append, 'c' copy, 'p'
   panic; 0 for any other call.  */
static char
noted_builtin (struct parser *p, const struct node *call)
{
  if (call->kind != N_CALL)
    return 0;
  if (is_builtin_call (p, call, "append"))
    return 'a';
  if (is_builtin_call (p, call, "copy"))
    return 'c';
  if (is_builtin_call (p, call, "panic"))
    return 'p';
  return 0;
}

/* Whether CALL converts rather than calls: T(x), []byte(s), (*T)(p).  */
static bool
is_conversion (struct parser *p, const struct node *call)
{
  if (call->nargs != 1 || call->ddd)
    return false;
  const struct node *f = ge_notepath_strip_parens (call->x);
  if (!f)
    return false;
  if (f->kind == N_TYPE)
    return true;
  if (f->kind == N_UNARY && ge_lex_is (&p->lx, f->tok, "*"))
    return true;  /* (*T)(x) */
  if (f->kind == N_SEL && f->x && f->x->kind == N_NAME
      && ge_notepath_is_name (p, f->x->tok, "unsafe")
      && ge_notepath_is_name (p, f->tok, "Pointer"))
    return true;
  if (f->kind != N_NAME)
    return false;
  char *s = tok_str (p, f->tok);
  bool r = ge_decls_is_type (p->lx.f->su, p->lx.f->path, f->tok.off, s);
  free (s);
  return r;
}

/* The kind of the composite literal N by its written type: 's' slice,
   'a' array, 'm' map, 't' struct (or a named type gc reads as one).  */
static char
complit_kind (struct parser *p, const struct node *n)
{
  const struct node *t = n->x;
  if (!t)
    return 't';
  if (t->kind == N_TYPE)
    {
      struct tok first = p->toks[t->t0];
      if (ge_lex_is (&p->lx, first, "map"))
        return 'm';
      if (ge_lex_is (&p->lx, first, "["))
        return t->t0 + 1 < t->t1 && ge_lex_is (&p->lx, p->toks[t->t0 + 1], "]")
                 ? 's' : 'a';
      return 't';
    }
  if (t->kind == N_NAME)
    {
      char *s = tok_str (p, t->tok);
      enum ge_type_kind k = ge_decls_type_kind (p->lx.f->su, p->lx.f->path,
                                                t->tok.off, s);
      free (s);
      if (k == GE_TYPE_SLICE)
        return 's';
    }
  return 't';
}

/* Whether N renders as TEXT.  */
static bool
rendered_as (struct parser *p, const struct node *n, const char *text)
{
  char buf[sizeof ((struct ge_src_note *) 0)->where];
  struct out o = { buf, sizeof buf, 0 };
  buf[0] = '\0';
  ge_expr_render (p, &o, n);
  return strcmp (buf, text) == 0;
}

static bool
leaf_matches (struct walk *w, const struct node *n)
{
  /* A box by its operand: its position is gc's conversion's, which
     often is another node's (panic("x") at the parenthesis).  */
  if (w->leaf->text)
    return rendered_as (w->p, n, w->leaf->text);
  if (w->leaf_off >= 0)
    {
      if ((long) n->tok.off == w->leaf_off || (long) n->at.off == w->leaf_off)
        return n->kind != N_NAME && n->kind != N_LIT && n->kind != N_PAREN
               && n->kind != N_KV;
      /* A call placed at its function's first token, or a method
         call at its selector's dot; a literal at its type's.  */
      if (n->kind == N_CALL && n->x && n->x->kind == N_SEL
          && ((long) n->x->at.off == w->leaf_off
              || (long) n->x->tok.off == w->leaf_off))
        return true;
      return (n->kind == N_CALL || n->kind == N_COMPLIT)
             && (long) ge_notepath_node_start (n) == w->leaf_off;
    }
  return n->kind == N_NAME && ge_notepath_is_name (w->p, n->tok, w->leaf->name);
}

/* The innermost real call on the path above its leaf, or NULL: the
   notes end at its argument.  */
static const struct node *
bounding_call (struct walk *w, const struct path *pa)
{
  for (int i = pa->len - 2; i >= 0; i--)
    {
      const struct node *n = pa->n[i];
      if (n->kind == N_CALL && !is_conversion (w->p, n)
          && !is_builtin_call (w->p, n, "new")
          && !is_builtin_call (w->p, n, "make") && !noted_builtin (w->p, n))
        return n;
    }
  return NULL;
}


static bool
find_all (struct walk *w, struct node *const *v, int nv)
{
  for (int i = 0; i < nv; i++)
    if (ge_notepath_find (w, v[i]))
      return true;
  return false;
}

/* Search N for the leaf along the edges gc's walk gives a value: the
   path into w->path.  */
bool
ge_notepath_find (struct walk *w, const struct node *n)
{
  if (!n || w->path.len == MAX_PATH)
    return false;
  w->path.n[w->path.len++] = n;
  if (leaf_matches (w, n))
    {
      const struct node *call = bounding_call (w, &w->path);
      long at = call ? (long) call->tok.off : -1;
      bool ok = w->call_off < 0 ? call == NULL
                                : call && (at == w->call_off
                                           || (call->x && call->x->kind == N_SEL
                                               && ((long) call->x->at.off
                                                     == w->call_off
                                                   || (long) call->x->tok.off
                                                        == w->call_off))
                                           || (long) ge_notepath_node_start (call)
                                                == w->call_off);
      /* Into an interface box: the notes end at its operand, whatever
         call holds it.  */
      if (ok || w->leaf->box_text)
        return true;
    }
  bool r = false;
  switch (n->kind)
    {
    case N_PAREN:
    case N_ASSERT:
      r = ge_notepath_find (w, n->x);
      break;
    case N_UNARY:
      if (ge_lex_is (&w->p->lx, n->tok, "&")
          || ge_lex_is (&w->p->lx, n->tok, "*"))
        r = ge_notepath_find (w, n->x);
      break;
    case N_SEL:
      if (!is_package (w->p, n->x))
        r = ge_notepath_find (w, n->x);
      break;
    case N_INDEX:
    case N_SLICE:
      r = ge_notepath_find (w, n->x);
      break;
    case N_CALL:
      if (is_builtin_call (w->p, n, "len") || is_builtin_call (w->p, n, "cap")
          || is_builtin_call (w->p, n, "new") || is_builtin_call (w->p, n, "make"))
        break;
      if (n->x && n->x->kind == N_SEL && !is_package (w->p, n->x->x)
          && !is_conversion (w->p, n))
        r = ge_notepath_find (w, n->x->x);  /* the receiver */
      if (!r)
        r = find_all (w, n->args, n->nargs);
      break;
    case N_COMPLIT:
      r = find_all (w, n->args, n->nargs);
      break;
    case N_KV:
      r = ge_notepath_find (w, n->y) || ge_notepath_find (w, n->x);
      break;
    default:
      break;
    }
  /* What gc discards (an operand of +, an index, len's argument) is
     still walked: a call's arguments there flow into its parameters.

       return b.Drop(&x) + b.Drop(&y)   */
  if (!r && (w->call_off >= 0 || w->leaf->box_text))
    switch (n->kind)
      {
      case N_UNARY:
        if (!ge_lex_is (&w->p->lx, n->tok, "&")
            && !ge_lex_is (&w->p->lx, n->tok, "*"))
          r = ge_notepath_find (w, n->x);
        break;
      case N_BINARY:
        r = ge_notepath_find (w, n->x) || ge_notepath_find (w, n->y);
        break;
      case N_INDEX:
        r = ge_notepath_find (w, n->y);
        break;
      case N_SLICE:
        r = ge_notepath_find (w, n->y) || ge_notepath_find (w, n->z)
            || ge_notepath_find (w, n->w);
        break;
      case N_CALL:
        if (is_builtin_call (w->p, n, "len") || is_builtin_call (w->p, n, "cap")
            || is_builtin_call (w->p, n, "make"))
          r = find_all (w, n->args, n->nargs);
        break;
      default:
        break;
      }
  if (!r)
    w->path.len--;
  return r;
}

/* ---- notes ----------------------------------------------------------- */


void
ge_notepath_pos (struct parser *p, size_t off, int *line, int *col)
{
  ge_lex_pos_of (p->lx.f, off, line, col);
}

void
ge_notepath_add (struct notes *ns, const struct node *where, size_t at,
          const char *why)
{
  if (ns->n == ns->max)
    return;
  struct ge_src_note *o = &ns->out[ns->n++];
  struct out buf = { o->where, sizeof o->where, 0 };
  o->where[0] = '\0';
  ge_expr_render (ns->p, &buf, where);
  o->why = why;
  ge_notepath_pos (ns->p, at, &o->line, &o->col);
}

void
ge_notepath_add_text (struct notes *ns, const char *text, size_t at, const char *why)
{
  if (ns->n == ns->max)
    return;
  struct ge_src_note *o = &ns->out[ns->n++];
  strncpy (o->where, text, sizeof o->where - 1);
  o->where[sizeof o->where - 1] = '\0';
  o->why = why;
  ge_notepath_pos (ns->p, at, &o->line, &o->col);
}

static void iface_note (struct notes *ns, const struct node *n);

/* Whether N indexes what is surely a slice: a slice expression's
   result, a slice literal.  */
static bool
slice_index (const struct node *n)
{
  if (n->kind != N_INDEX)
    return false;
  const struct node *x = ge_notepath_strip_parens (n->x);
  return x && x->kind == N_SLICE;
}

/* A node whose dereference the source does not tell: a selector (dot,
   or dot of pointer), an index (of an array, or of a slice).  */
static bool
is_ambiguous (const struct node *n)
{
  return n->kind == N_SEL || n->kind == N_INDEX;
}

/* The notes of PA from its leaf up, stopping at a spilled literal or a
   call's argument.  Returns whether the walk reached PA's root (the
   statement's own note then follows).  */
bool
ge_notepath_notes (struct notes *ns, const struct path *pa, int derefs,
            const struct ge_src_leaf *leaf)
{
  struct parser *p = ns->p;
  /* How many of the ambiguous nodes dereference: the flow's
     dereferences less the known ones.  */
  int known = 0, nambig = 0, stop = 0;
  bool stopped = false;
  for (int i = pa->len - 2; i >= 0; i--)
    {
      const struct node *n = pa->n[i], *c = pa->n[i + 1];
      char b = noted_builtin (p, n);
      /* The appendee: into append's result (gc's temporary holds it
         first when its elements have pointers; that temporary's flow to
         the heap is the reader's, "appendee slice").  */
      if (b == 'a' && n->nargs > 0 && c == n->args[0]
          && !(leaf && leaf->into_tee))
        continue;
      if (b)
        {
          /* append's other arguments, copy's source, panic's value:
             to the heap.

               s = append(s, p)   // from append(s, p) (call parameter)  */
          stop = i;
          stopped = true;
          break;
        }
      if (n->kind == N_CALL && !is_conversion (p, n))
        {
          stop = i + 1;
          stopped = true;
          break;
        }
      if (n->kind == N_COMPLIT && complit_kind (p, n) != 't'
          && complit_kind (p, n) != 'a')
        {
          stop = i;
          stopped = true;
          break;
        }
      if (n->kind == N_UNARY && n->x && ge_notepath_strip_parens (n->x)->kind == N_COMPLIT)
        {
          stop = i + 1;
          stopped = true;
          break;
        }
      if (n->kind == N_UNARY && ge_lex_is (&p->lx, n->tok, "&"))
        known--;
      else if (n->kind == N_UNARY)
        known++;
      else if (slice_index (n))
        known++;
      else if (is_ambiguous (n))
        nambig++;
    }
  /* Into an interface box: up to its operand, converted there.  */
  int box = -1;
  if (leaf && leaf->box_text)
    for (int i = pa->len - 1; i >= stop; i--)
      if (rendered_as (p, pa->n[i], leaf->box_text))
        {
          box = i;
          break;
        }
  if (box >= 0)
    {
      stop = box;
      stopped = true;
    }
  int want = derefs == GE_SRC_DEREFS_UNKNOWN ? nambig : derefs - known;
  bool elem_iface = leaf && leaf->iface && stopped
                    && (box >= 0
                        || !(stop > 0 && pa->n[stop - 1]->kind == N_CALL));
  for (int i = pa->len - 2; i >= stop; i--)
    {
      const struct node *n = pa->n[i], *c = pa->n[i + 1];
      switch (n->kind)
        {
        case N_UNARY:
          ge_notepath_add (ns, n, n->tok.off,
                    ge_lex_is (&p->lx, n->tok, "&") ? "address-of"
                                                     : "indirection");
          break;
        case N_SEL:
          {
            /* On the value itself, its type tells (the reader's).  */
            bool on_leaf = i == pa->len - 2 && c->kind == N_NAME && leaf;
            bool deref = on_leaf && leaf->sel_derefs >= 0 ? leaf->sel_derefs
                                                          : want > 0;
            /* Through embedded fields: gc's selection of each, then of
               the field, "in.MsgHdr" then "in.MsgHdr.Rcode".  */
            const char *path = ge_implicit_fields_at (p->lx.f, n->at.off,
                                                      n->tok);
            if (path)
              {
                char text[sizeof ns->out->where];
                struct out o = { text, sizeof text, 0 };
                text[0] = '\0';
                ge_expr_render (p, &o, n->x);
                for (const char *e = path; *e;)
                  {
                    size_t len = strcspn (e, "*.");
                    ge_expr_put (&o, ".", 1);
                    ge_expr_put (&o, e, len);
                    ge_notepath_add_text (ns, text, n->at.off,
                                          deref ? "dot of pointer" : "dot");
                    if (deref)
                      want--;
                    e += len;
                    deref = *e == '*';
                    e += *e == '*';
                    e += *e == '.';
                  }
              }
            ge_notepath_add (ns, n, n->at.off,
                             deref ? "dot of pointer" : "dot");
            if (deref)
              want--;
            break;
          }
        case N_INDEX:
          {
            if (slice_index (n))
              {
                ge_notepath_add (ns, n, n->tok.off, "dot of pointer");
                break;
              }
            char kind = i == pa->len - 2 && c->kind == N_NAME && leaf
                          ? leaf->index_kind : 0;
            if (kind == 'p')
              {
                /* An array through a pointer: gc's implicit ODEREF.

                     return x[1]   // x *[2]*int: from x (indirection)  */
                ge_notepath_add (ns, c, c->tok.off, "indirection");
                ge_notepath_add (ns, n, n->tok.off, "fixed-array-index-of");
                want--;
                break;
              }
            bool deref = kind ? kind == 's' : want > 0;
            ge_notepath_add (ns, n, n->tok.off,
                             deref ? "dot of pointer" : "fixed-array-index-of");
            if (deref)
              want--;
            break;
          }
        case N_SLICE:
          /* Slicing an array takes its address (gc's implicit OADDR):
             the flow then has one dereference less.

               global = a[:][0]   // from a (address-of), from a[:] (slice)  */
          if (want < 0)
            {
              ge_notepath_add (ns, n->x, ge_notepath_node_start (n->x),
                               "address-of");
              want++;
            }
          ge_notepath_add (ns, n, n->tok.off, "slice");
          break;
        case N_ASSERT:
          ge_notepath_add (ns, n, n->tok.off, "dot");
          break;
        case N_CALL:
          {
            char b = noted_builtin (p, n);
            if (!b)
              break;
            ge_notepath_add (ns, n, n->tok.off, "call parameter");
            if (b == 'c')
              ge_notepath_add (ns, n, n->tok.off, "copied slice");
            else if (b == 'a' && n->ddd && n->nargs > 1 && c == n->args[1])
              ge_notepath_add (ns, n, n->tok.off, "appended slice...");
            break;
          }
        case N_COMPLIT:
          {
            /* An element converted to an interface where it is stored
               (the innermost literal holding it):

                 &outer{curr: &inner{r, 0}}   // from &inner{...} (interface-converted)  */
            if (elem_iface)
              {
                const struct node *elem = c->kind == N_KV && i + 2 < pa->len
                                            ? pa->n[i + 2] : c;
                iface_note (ns, elem);
                elem_iface = false;
              }
            char k = complit_kind (p, n);
            if (k == 't')
              ge_notepath_add (ns, n, n->tok.off, "struct literal element");
            else if (k == 'a')
              ge_notepath_add (ns, n, n->tok.off, "array literal element");
            else if (k == 's')
              ge_notepath_add (ns, n, n->tok.off, "slice-literal-element");
            else
              {
                const struct node *kv = c;
                bool is_key = kv->kind == N_KV && i + 2 < pa->len
                              && pa->n[i + 2] == kv->x;
                ge_notepath_add (ns, n, n->tok.off,
                          is_key ? "map literal key" : "map literal value");
              }
            break;
          }
        default:
          break;
        }
    }
  /* A static method call's receiver gc takes by address or
     dereferences (typecheck.FixMethodCall's implicit OADDR, ODEREF), at
     the selector's dot:

       u.String()   // U.String has a pointer receiver: from u (address-of)  */
  if (stopped && stop > 0 && pa->n[stop - 1]->kind == N_CALL)
    {
      const struct node *call = pa->n[stop - 1];
      char prefix = 0;
      if (call->x && call->x->kind == N_SEL && pa->n[stop] == call->x->x
          && ge_method_call_at (p->lx.f, call->x->at.off, &prefix))
        {
          /* A promoted method's receiver: gc's implicit selections of
             the embedded fields, each at the selector's dot.

               w.Lock()   // from w.Mutex (dot of pointer), from w.Mutex (address-of)  */
          const char *path = ge_method_call_path (p->lx.f, call->x->at.off);
          char text[sizeof ns->out->where];
          if (path)
            {
              struct out o = { text, sizeof text, 0 };
              text[0] = '\0';
              ge_expr_render (p, &o, call->x->x);
              for (const char *s = path + 1; *s;)
                {
                  const char *e = strchr (s, '.');
                  size_t len = e ? (size_t) (e - s) : strlen (s);
                  ge_expr_put (&o, ".", 1);
                  ge_expr_put (&o, s, len);
                  ge_notepath_add_text (ns, text, call->x->at.off,
                                        s == path + 1 && path[0] == '*'
                                          ? "dot of pointer" : "dot");
                  s += len + (e ? 1 : 0);
                }
            }
          if (prefix && path)
            ge_notepath_add_text (ns, text, call->x->at.off,
                                  prefix == '*' ? "indirection" : "address-of");
          else if (prefix)
            ge_notepath_add (ns, call->x->x, call->x->at.off,
                             prefix == '*' ? "indirection" : "address-of");
        }
    }
  /* The value converted to an interface where it is used: the
     argument the notes end at, or the statement's value.  */
  if (box >= 0)
    {
      long off = ge_lex_offset_of (p->lx.f, leaf->box_line, leaf->box_col);
      ge_notepath_add_text (ns, leaf->box_text, off >= 0 ? (size_t) off
                                                  : pa->n[box]->tok.off,
                     "interface-converted");
      return false;
    }
  bool at_call = stopped && stop > 0 && pa->n[stop - 1]->kind == N_CALL;
  if (leaf && leaf->iface && (!stopped || at_call) && stop < pa->len)
    iface_note (ns, pa->n[stop]);
  return !stopped;
}

/* gc's "interface-converted" note for the value N: at the position
   ge_src_conv_operands gives the conversion of an operand rendered as N
   is, else at N.  */
static void
iface_note (struct notes *ns, const struct node *n)
{
  if (ns->n == ns->max)
    return;
  char text[sizeof ns->out->where];
  struct out o = { text, sizeof text, 0 };
  text[0] = '\0';
  ge_expr_render (ns->p, &o, n);
  size_t at = n->kind == N_CALL ? n->tok.off : ge_notepath_node_start (n);
  if (n->kind == N_SEL)
    at = n->at.off;
  struct ge_src_conv ops[16];
  int line, col;
  ge_notepath_pos (ns->p, ns->stmt_at, &line, &col);
  int nops = ge_src_conv_operands (ns->p->lx.f->su, ns->p->lx.f->path, line,
                                   col, ops, 16);
  for (int i = 0; i < nops; i++)
    if (strcmp (ops[i].text, text) == 0)
      {
        long off = ge_lex_offset_of (ns->p->lx.f, ops[i].line, ops[i].col);
        if (off >= 0)
          at = (size_t) off;
        break;
      }
  ge_notepath_add_text (ns, text, at, "interface-converted");
}
