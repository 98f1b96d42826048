/* goescape: gccgo-12's names for what it generates, decoded.

   gccgo names every function, variable and descriptor it makes after
   the Go entity it comes from, with ".." separating its own parts:
   PKG.F..func1 for a function literal, PKG.go..thunk3 for a go or
   defer statement's wrapper, T.M..stub for a promoted method, F..r for
   the body of a function that calls recover, GOTMP and $ret for
   temporaries.  These are facts about gccgo, not about gc's analysis:
   the GIMPLE reader asks here and tells the engine what they mean.  */

#ifndef GOESCAPE_GCCGO_NAMES_H
#define GOESCAPE_GCCGO_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A compiler temporary: no name, "$...", "GOTMP...", "RESULT.",
   GCC's "D.N", or any name with a dot (gccgo's own variables).  */
bool ge_gccgo_is_temp_name (const char *n);

/* A function literal, OUTER..funcN (or a literal's literal).  */
bool ge_gccgo_is_closure_name (const char *n);

/* A wrapper gccgo writes, analysed but never reported: PKG.go..thunkN
   for a go or defer statement's call, and PKG.T.M..stub for a method T
   promotes from an embedded field.  */
bool ge_gccgo_is_wrapper_name (const char *n);

/* Whether N is a function literal of a package-level declaration
   (P..go..funcN), which no function's body evaluates.  */
bool ge_gccgo_is_package_closure_name (const char *n);

/* Whether N is a go or defer statement's wrapper (F..thunkN).  */
bool ge_gccgo_is_thunk_name (const char *n);

/* gccgo names the Nth "func init" of package PKG PKG.PKG..initN; gc
   names it init.N.  Returns N, or -1 if N is not one.  */
int ge_gccgo_init_index (const char *n);

/* The package initializer, PKG..import: it runs the package-level
   variables' initializers.  */
bool ge_gccgo_is_package_initializer (const char *n);

/* gccgo splits a function F that calls recover into a wrapper F and the
   body F..r, which takes one more parameter.  For a method PKG.T.M the
   body is PKG.PKG.T.M..r.  Returns F's name (malloc'd) if N is such a
   body, else NULL.  */
char *ge_gccgo_recover_body_of (const char *n);

/* Whether N names a helper gccgo generates with no counterpart in gc's
   analysis (type equality and hash functions, stubs for interfaces):
   any name with ".." but a function literal, a wrapper, a recover body
   or an initializer.  */
bool ge_gccgo_is_helper_name (const char *n);

/* The function a descriptor N (gccgo's NAME..f, a function value) stands
   for: NAME, malloc'd; NULL if N is not a descriptor.  *CLOSURE (if not
   NULL) says whether NAME is a function literal's.  */
char *ge_gccgo_descriptor_func (const char *n, bool *closure);

/* The Go name of the type a type descriptor or interface method table
   stands for, into BUF: "int..d" -> "int", "go.p.E..d" -> "E",
   "imt..I..go_0p.E" -> "E".  */
void ge_gccgo_descriptor_type (const char *n, char *buf, size_t size);

/* gccgo's static constants boxed into interfaces, go..C<N>.  */
bool ge_gccgo_is_constant_name (const char *n);

/* The Go name of a package-level variable gccgo qualifies ("go.p.x"
   -> "x"): the part after the last dot.  */
const char *ge_gccgo_global_name (const char *n);

/* The Go name of the function gccgo calls N, into BUF: gccgo's symbols
   double an underscore ("runtime.makemap__small" is
   runtime.makemap_small).  */
void ge_gccgo_func_name (const char *n, char *buf, size_t size);

/* An unnamed result variable, $retN: N, else -1.  */
int ge_gccgo_result_index (const char *n);

/* A parameter gc does not name: blank ("_"), or named by gccgo ("p.N",
   "$pN" in stubs).  */
bool ge_gccgo_is_unnamed_param (const char *n);

/* A method symbol PKGPATH.Type.Method split: the type and method names
   (pointers into N, with their lengths) and the package's last path
   element (the qualifier of another package's type).  False if N has no
   type part.  */
struct ge_gccgo_method
{
  const char *type;
  size_t type_len;
  const char *method;
  const char *pkg;       /* the package path's last element and its dot */
  size_t pkg_len;
};
bool ge_gccgo_split_method (const char *n, struct ge_gccgo_method *m);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_GCCGO_NAMES_H */
