/* goescape: gccgo-12's names decoded (see goescape/gccgo/names.h).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>
#include <libiberty/safe-ctype.h>

#include "goescape/gccgo/names.h"

/* Whether N ends in SUFFIX.  */
static bool
ends_with (const char *n, const char *suffix)
{
  size_t a = strlen (n), b = strlen (suffix);
  return a >= b && strcmp (n + a - b, suffix) == 0;
}

/* Whether S is one or more digits and nothing else.  */
static bool
all_digits (const char *s)
{
  return ISDIGIT (s[0]) && strspn (s, "0123456789") == strlen (s);
}

bool
ge_gccgo_is_temp_name (const char *n)
{
  /* RESULT.N and D.N have a dot: asked of every variable the reader
     meets, the cheap tests come first.  */
  return !n || n[0] == '$' || strchr (n, '.') != NULL
         || (n[0] == 'G' && strncmp (n, "GOTMP", 5) == 0);
}

bool
ge_gccgo_is_closure_name (const char *n)
{
  const char *f = n ? strstr (n, "..func") : NULL;
  return f && ISDIGIT (f[6]);
}

bool
ge_gccgo_is_package_closure_name (const char *n)
{
  const char *f = n ? strstr (n, "..go..func") : NULL;
  return f && f[10] && all_digits (f + 10);
}

bool
ge_gccgo_is_thunk_name (const char *n)
{
  const char *t = n ? strstr (n, "..thunk") : NULL;
  return t && t[7] && all_digits (t + 7);
}

bool
ge_gccgo_is_wrapper_name (const char *n)
{
  if (!n)
    return false;
  const char *t = strstr (n, "..thunk");
  if (t && all_digits (t + 7))
    return true;
  return strlen (n) > 6 && ends_with (n, "..stub");
}

int
ge_gccgo_init_index (const char *n)
{
  const char *t = n ? strstr (n, "..init") : NULL;
  if (!t || !all_digits (t + 6))
    return -1;
  return atoi (t + 6);
}

bool
ge_gccgo_is_package_initializer (const char *n)
{
  return n && strlen (n) > 8 && ends_with (n, "..import");
}

char *
ge_gccgo_recover_body_of (const char *name)
{
  size_t n = name ? strlen (name) : 0;
  if (n < 4 || strcmp (name + n - 3, "..r") != 0)
    return NULL;
  char *f = xstrndup (name, n - 3);
  /* PKG.PKG.T.M: the package path repeated is the method's.  */
  for (char *dot = strchr (f, '.'); dot; dot = strchr (dot + 1, '.'))
    {
      size_t a = dot - f + 1;
      const char *rest = f + a;
      if (strncmp (rest, f, a) == 0 && rest[a] != '.' && rest[a] != '\0')
        {
          memmove (f, rest, strlen (rest) + 1);
          break;
        }
    }
  return f;
}

bool
ge_gccgo_is_helper_name (const char *n)
{
  if (!n)
    return true;
  char *body_of = ge_gccgo_recover_body_of (n);
  if (body_of)
    {
      free (body_of);
      return false;
    }
  const char *lit = strstr (n, "..func");
  bool literal = (lit && ge_gccgo_is_closure_name (n) && all_digits (lit + 6))
                 || ge_gccgo_is_wrapper_name (n);
  bool init = ge_gccgo_is_package_initializer (n)
              || ge_gccgo_init_index (n) >= 0;
  return strstr (n, "..") != NULL && !literal && !init;
}

char *
ge_gccgo_descriptor_func (const char *n, bool *closure)
{
  size_t len = n ? strlen (n) : 0;
  if (len < 4 || !ends_with (n, "..f"))
    return NULL;
  if (closure)
    *closure = ge_gccgo_is_closure_name (n);
  return xstrndup (n, len - 3);
}

void
ge_gccgo_descriptor_type (const char *n, char *buf, size_t size)
{
  const char *end = n + strlen (n);
  if (strncmp (n, "imt..", 5) == 0)
    {
      /* imt..IFACE..TYPE: the type is after the last "..".  */
      const char *last = strstr (n + 5, "..");
      while (last && strstr (last + 2, ".."))
        last = strstr (last + 2, "..");
      n = last ? last + 2 : n;
    }
  else if (end - n > 3 && strcmp (end - 3, "..d") == 0)
    end -= 3;
  /* T..p is the descriptor of *T.  */
  bool pointer = false;
  if (end - n > 3 && strncmp (end - 3, "..p", 3) == 0)
    {
      end -= 3;
      pointer = true;
    }
  const char *dot = n;
  for (const char *q = n; q < end; q++)
    if (*q == '.')
      dot = q + 1;
  snprintf (buf, size, "%s%.*s", pointer ? "*" : "", (int) (end - dot), dot);
}

bool
ge_gccgo_is_constant_name (const char *n)
{
  return n && strncmp (n, "go..C", 5) == 0;
}

const char *
ge_gccgo_global_name (const char *n)
{
  const char *dot = strrchr (n, '.');
  return dot ? dot + 1 : n;
}

void
ge_gccgo_func_name (const char *n, char *buf, size_t size)
{
  size_t o = 0;
  if (size == 0)
    return;
  for (; *n && o + 1 < size; n++)
    {
      buf[o++] = *n;
      if (n[0] == '_' && n[1] == '_')
        n++;
    }
  buf[o] = '\0';
}

int
ge_gccgo_result_index (const char *n)
{
  if (!n || strncmp (n, "$ret", 4) != 0)
    return -1;
  return atoi (n + 4);
}

bool
ge_gccgo_is_unnamed_param (const char *n)
{
  return n && (strcmp (n, "_") == 0 || strchr (n, '.') || n[0] == '$');
}

bool
ge_gccgo_split_method (const char *n, struct ge_gccgo_method *m)
{
  const char *dot = n ? strrchr (n, '.') : NULL;
  if (!dot || dot == n)
    return false;
  const char *t = dot - 1;
  while (t > n && t[-1] != '.')
    t--;
  if (t == n)
    return false;
  m->type = t;
  m->type_len = (size_t) (dot - t);
  m->method = dot + 1;
  const char *pkg = t - 1;
  while (pkg > n && pkg[-1] != '/')
    pkg--;
  m->pkg = pkg;
  m->pkg_len = (size_t) (t - pkg);
  return true;
}
