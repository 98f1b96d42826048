/* goescape: the entry points of gccgo-12's runtime that its lowering of
   Go calls, each with the role it plays in gc's terms.  One table
   (plugin/gccgo/runtime.c) for every place the reader recognises one,
   as GCC's analyzer keeps its known functions.  */

#ifndef GOESCAPE_GCCGO_RUNTIME_H
#define GOESCAPE_GCCGO_RUNTIME_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

enum ge_rt_role
{
  GE_RT_NONE,          /* not the runtime: an ordinary call */
  GE_RT_LOWERING,      /* the runtime doing what the Go code does inline
                          (write barriers, hashing): not a Go call */
  GE_RT_NEWOBJECT,     /* new(T), &T{...}, a moved variable: read where
                          its result is used */
  GE_RT_MAKESLICE,     /* make([]T, n, m) */
  GE_RT_MAKEMAP,       /* make(map[K]V) */
  GE_RT_GO,            /* go f(x): __go_go (fn, arg) */
  GE_RT_DEFER,         /* defer f(x): deferproc, deferprocStack */
  GE_RT_PANIC,         /* panic(v) */
  GE_RT_GROWSLICE,     /* append growing its slice */
  GE_RT_SLICECOPY,     /* copy(dst, src), append(s, t...) */
  GE_RT_CHANSEND,      /* c <- v */
  GE_RT_MAPASSIGN,     /* m[k] = v */
  GE_RT_MAPITERINIT,   /* for k, v := range m */
  GE_RT_TYPE_ASSERT,   /* x.(I): ifaceI2I2, assertE2I, ... */
  GE_RT_CONCAT,        /* s + t */
  GE_RT_STRING_CONV,   /* string(b), []byte(s), string(r), ... */
  GE_RT_SELECT,        /* select: selectgo */
  GE_RT_MAP_LITERAL    /* map[K]V{...}: __go_construct_map */
};

/* What the reader needs to know of a call of NAME with NARGS arguments.
   A known entry point called with other arguments than gccgo-12 passes
   is runtime lowering if it is in the runtime, else an ordinary call.  */
struct ge_rt_entry
{
  enum ge_rt_role role;
  bool key_by_address;  /* GE_RT_MAPASSIGN: takes the key's address */
  bool copies_bytes;    /* GE_RT_STRING_CONV: makes a new string of a
                           slice's bytes (gccgo otherwise shares them) */
};

struct ge_rt_entry ge_gccgo_runtime_call (const char *name, int nargs);

/* The role of NAME whatever its arguments (GE_RT_NONE if unknown).  */
enum ge_rt_role ge_gccgo_runtime_role (const char *name);

/* Whether ROLE allocates what a Go expression allocates.  */
bool ge_gccgo_allocates (enum ge_rt_role role);

/* Whether NAME is one of gccgo's runtime entry points: an unexported
   function of package runtime (its API, runtime.Stack, is not).  */
bool ge_gccgo_is_runtime (const char *name);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_GCCGO_RUNTIME_H */
