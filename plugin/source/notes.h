/* goescape: the path of a value through a statement's expressions, and
   gc's notes on it (notepath.c), for the statement walk of notes.c.
   Internal.  */

#ifndef GOESCAPE_SOURCE_NOTES_H
#define GOESCAPE_SOURCE_NOTES_H

#include <stdbool.h>
#include <stddef.h>

#include "goescape/source/source.h"
#include "expr.h"

#define MAX_PATH 64

/* What the walk found: the nodes from the searched root down to the
   leaf.  */
struct path
{
  const struct node *n[MAX_PATH];
  int len;
};

struct walk
{
  struct parser *p;
  const struct ge_src_leaf *leaf;
  long leaf_off;        /* the leaf's offset, or -1 for a name */
  long call_off;        /* the call whose argument bounds the notes */
  struct path path;
};

struct notes
{
  struct parser *p;
  struct ge_src_note *out;
  int n, max;
  size_t stmt_at;   /* the token gccgo places the statement at */
};

struct node *ge_notepath_strip_parens (struct node *n);
bool ge_notepath_is_name (struct parser *p, struct tok t, const char *name);
/* The first token of N: where the reader may place it too.  */
size_t ge_notepath_node_start (const struct node *n);
void ge_notepath_pos (struct parser *p, size_t off, int *line, int *col);
/* Search N for W's leaf along the edges gc's walk gives a value: the
   path into W->path.  */
bool ge_notepath_find (struct walk *w, const struct node *n);
/* A note on WHERE (rendered), or on TEXT, at offset AT.  */
void ge_notepath_add (struct notes *ns, const struct node *where, size_t at,
                      const char *why);
void ge_notepath_add_text (struct notes *ns, const char *text, size_t at,
                           const char *why);
/* The notes of PA from its leaf up, stopping at a spilled literal, a
   call's argument or LEAF's box; returns whether they reached PA's root
   (the statement's own note then follows).  */
bool ge_notepath_notes (struct notes *ns, const struct path *pa, int derefs,
                        const struct ge_src_leaf *leaf);

#endif
