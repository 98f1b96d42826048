/* goescape: the one growable array, for every layer.

   An array is a pointer, a count and a capacity, whatever their integer
   types.  GE_VEC_PUSH makes room for one more element and gives the
   address of its slot:

     struct tok *v = NULL;
     size_t n = 0, alloc = 0;
     *GE_VEC_PUSH (v, n, alloc) = t;
     ...
     free (v);

   The capacity doubles, so N pushes cost O(N).  Arrays of the engine's
   unit live on its obstack (GE_VEC_PUSH_WITH with an allocator that
   takes from it): the larger copy is taken there and the old one goes
   with the obstack.  */

#ifndef GOESCAPE_VEC_H
#define GOESCAPE_VEC_H

#include <stddef.h>
#include <string.h>

#include <libiberty/libiberty.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Allocate SIZE bytes from CTX's store (an obstack), never freed alone.  */
typedef void *(*ge_vec_fresh_fn) (void *ctx, size_t size);

/* V, N elements of ELEM bytes in room for *CAP, with room for N + 1: V
   itself, or its copy in twice the room (FRESH (CTX) allocates it; NULL:
   xrealloc).  */
static inline void *
ge_vec_reserve (void *v, size_t elem, size_t n, size_t *cap,
                ge_vec_fresh_fn fresh, void *ctx)
{
  if (n < *cap)
    return v;
  size_t c = *cap ? 2 * *cap : 4;
  while (c <= n)
    c *= 2;
  *cap = c;
  if (!fresh)
    return xrealloc (v, c * elem);
  void *nv = fresh (ctx, c * elem);
  if (n)
    memcpy (nv, v, n * elem);
  return nv;
}

/* The slot of element N of V, which then counts one more.  */
#define GE_VEC_PUSH_WITH(v, n, cap, fresh, ctx)                          \
  (__extension__ ({                                                      \
    if ((size_t) (n) >= (size_t) (cap))                                  \
      {                                                                  \
        size_t cap_ = (size_t) (cap);                                    \
        (v) = (__typeof__ (v)) ge_vec_reserve ((v), sizeof *(v),         \
                                               (size_t) (n), &cap_,      \
                                               (fresh), (ctx));          \
        (cap) = cap_;                                                    \
      }                                                                  \
    &(v)[(n)++];                                                         \
  }))

#define GE_VEC_PUSH(v, n, cap) GE_VEC_PUSH_WITH (v, n, cap, NULL, NULL)

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_VEC_H */
