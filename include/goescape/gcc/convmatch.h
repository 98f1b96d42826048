/* goescape: which source operand an interface conversion gccgo made is.

   gccgo converts a value to an interface by boxing it where the
   construct needs it; the source layer lists the operands gc may
   convert at that place (ge_src_conv_operands).  What the GIMPLE says
   of the box (where the interface goes, the dynamic type, the boxed
   variable) picks one of them.  */

#ifndef GOESCAPE_GCC_CONVMATCH_H
#define GOESCAPE_GCC_CONVMATCH_H

#include <stdbool.h>

#include "goescape/source/source.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What the GIMPLE says of one conversion.  */
struct ge_conv_facts
{
  const char *type;     /* the dynamic type's Go name: "int", "E" */
  const char *value;    /* the boxed variable's name, if a variable */
  bool constant;        /* a static constant (go..C<N>) */
  bool value_const;     /* the boxed value is a literal */
  /* Where the interface value goes: result RESULT, argument ARG of a
     call with CALL_NARGS arguments, element ELEM of an array of NELEMS
     (a variadic call's or a literal's); -1 when unknown.  */
  int result, arg, call_nargs, elem, nelems;
  /* The struct field it is stored into: its name and index (-1, NULL
     when it is none): a struct literal's element, keyed or not.  */
  const char *field;
  int field_index;
};

/* How well operand S fits conversion C: 0 not at all, 4 at best.  */
int ge_conv_fit (const struct ge_conv_facts *c, const struct ge_src_conv *s);

/* The best fitting of the N operands OPS, skipping those whose bit is
   set in TAKEN (operands taken by other conversions at the same place);
   -1 if none fits.  */
int ge_conv_pick (const struct ge_conv_facts *c, const struct ge_src_conv *ops,
                  int n, unsigned taken);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_GCC_CONVMATCH_H */
