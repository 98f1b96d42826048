/* goescape: the conversion matcher (see goescape/gcc/convmatch.h).  */

#include <string.h>

#include "goescape/gcc/convmatch.h"

int
ge_conv_fit (const struct ge_conv_facts *c, const struct ge_src_conv *s)
{
  /* Where the value goes decides, when it is known.  */
  if (s->construct == 'r' && c->result >= 0)
    return s->index == c->result ? 4 : 0;
  if (s->construct == 'c' && c->arg >= 0
      && (c->call_nargs == s->count || c->call_nargs == s->count + 1))
    return s->index == c->arg - (c->call_nargs - s->count) ? 4 : 0;
  if (s->construct == 'c' && c->elem >= 0 && s->count >= c->nelems)
    return s->index == s->count - c->nelems + c->elem ? 4 : 0;
  if (s->construct == 'l' && c->elem >= 0)
    return s->index == c->elem ? 4 : 0;
  /* T{a, b, c} by position, T{val: c} by key.  */
  if (s->construct == 'l' && c->field_index >= 0)
    return (s->key[0] ? c->field && strcmp (s->key, c->field) == 0
                      : s->index == c->field_index)
             ? 4 : 0;
  /* A constant: a literal of a kind the dynamic type can hold.  */
  if (c->constant || c->value_const)
    {
      if (!s->constant)
        return 0;
      const char *t = c->type ? c->type : "";
      bool is_int = strncmp (t, "int", 3) == 0 || strncmp (t, "uint", 4) == 0;
      bool is_float = strncmp (t, "float", 5) == 0;
      bool lit_ok = s->lit == 0
                    || (s->lit == 's' && strcmp (t, "string") == 0)
                    || (s->lit == 'i' && (is_int || is_float))
                    || (s->lit == 'r' && (strcmp (t, "int32") == 0 || is_int))
                    || (s->lit == 'f' && is_float)
                    || (s->lit == 'b' && strcmp (t, "bool") == 0);
      return lit_ok ? 3 : 1;
    }
  /* A variable: the operand of its name.  */
  if (c->value)
    return strcmp (s->name, c->value) == 0 ? 3 : s->constant ? 0 : 1;
  return s->constant ? 1 : s->name[0] ? 1 : 2;
}

int
ge_conv_pick (const struct ge_conv_facts *c, const struct ge_src_conv *ops,
              int n, unsigned taken)
{
  int best = -1, best_fit = 0;
  for (int i = 0; i < n && i < 32; i++)
    {
      if (taken & (1u << i))
        continue;
      int fit = ge_conv_fit (c, &ops[i]);
      if (fit > best_fit)
        best = i, best_fit = fit;
    }
  return best;
}
