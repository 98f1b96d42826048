/* goescape: functions declared without a body (assembly, a //go:linkname
   to the runtime), read from the source.  */

#ifndef GOESCAPE_BODILESS_H
#define GOESCAPE_BODILESS_H

#include <stdbool.h>

#include "goescape/source/source.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a parameter's type is to gc's tagging of functions without a
   body: uintptr (gc "assumes" it unsafe), a type without pointers
   (untagged), or one with pointers.  */
enum ge_src_type_class
{
  GE_SRC_TYPE_SCALAR,
  GE_SRC_TYPE_POINTERS,
  GE_SRC_TYPE_UINTPTR
};

/* A parameter of a function declared without a body.  NAME is NULL when
   unnamed, "_" when blank.  */
struct ge_src_bodiless_param
{
  char *name;
  int line, col;
  enum ge_src_type_class cls;
  bool variadic;  /* the last parameter, "...T" */
};

/* A function declared without a body, at its name's LINE:COL.  LINKNAME
   is the symbol a //go:linkname directive gives it, or NULL; NOESCAPE
   says a //go:noescape directive precedes it.  */
struct ge_src_bodiless
{
  char *name;
  char *linkname;
  int line, col;
  bool noescape;
  struct ge_src_bodiless_param *params;
  int nparams;
  int nresults;
  char **result_names;  /* NULL, or one per result (NULL when unnamed) */
};

/* The functions FILE declares without a body, in source order; their
   number into *N.  Free the vector with ge_src_bodiless_free.  */
struct ge_src_bodiless *ge_src_bodiless_funcs (ge_src_unit *su,
                                               const char *file, int *n);
void ge_src_bodiless_free (struct ge_src_bodiless *v, int n);

/* The signature of the function, method or interface method whose name
   is at FILE:LINE:COL, read as a bodiless function's is (its
   parameters' classes, names and positions), into *D.  False if no
   name is there.  Free with ge_src_signature_classes_free.  */
bool ge_src_signature_classes (ge_src_unit *su, const char *file, int line,
                               int col, struct ge_src_bodiless *d);
void ge_src_signature_classes_free (struct ge_src_bodiless *d);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_BODILESS_H */
