/* goescape: finding the summaries of imported packages (see
   goescape/imports.h).  */

#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "goescape/imports/gccgo-notes.h"
#include "goescape/imports/imports.h"
#include "goescape/imports/objects.h"
#include "goescape/imports/objects.h"
#include "goescape/vec.h"

struct package
{
  char *path;
  ge_summary_file *sums;  /* NULL: no summaries, or not found */
  char *damage;           /* why its summaries were not taken, if damaged */
  char *name;             /* its package clause's name, from its export
                             data; NULL if not found */
  bool reported;
};

struct ge_imports
{
  bool gccgo_notes;  /* imports=gccgo: gccgo's export data, no database */
  ge_summary_file *std;
  char **dirs;
  size_t ndirs, dirs_alloc;
  htab_t packages;  /* struct package, by path */
  htab_t std_paths; /* struct std_path: whether a path is the standard
                       library's, asked once per path */
};

struct std_path
{
  char *path;
  bool std;
};

static hashval_t
std_path_hash (const void *p)
{
  return htab_hash_string (((const struct std_path *) p)->path);
}

static int
std_path_eq (const void *a, const void *b)
{
  return strcmp (((const struct std_path *) a)->path, (const char *) b) == 0;
}

static void
std_path_free (void *p)
{
  free (((struct std_path *) p)->path);
  free (p);
}

static hashval_t
package_hash (const void *p)
{
  return htab_hash_string (((const struct package *) p)->path);
}

static int
package_eq (const void *a, const void *b)
{
  return strcmp (((const struct package *) a)->path, (const char *) b) == 0;
}

static void
package_free (void *p)
{
  struct package *pk = p;
  ge_summary_file_close (pk->sums);
  free (pk->path);
  free (pk->damage);
  free (pk->name);
  free (pk);
}

ge_imports *
ge_imports_new (void)
{
  ge_imports *im = XCNEW (ge_imports);
  im->packages = htab_create (16, package_hash, package_eq, package_free);
  im->std_paths = htab_create (16, std_path_hash, std_path_eq, std_path_free);
  return im;
}

void
ge_imports_free (ge_imports *im)
{
  if (!im)
    return;
  ge_summary_file_close (im->std);
  for (size_t i = 0; i < im->ndirs; i++)
    free (im->dirs[i]);
  free (im->dirs);
  htab_delete (im->packages);
  htab_delete (im->std_paths);
  free (im);
}

void
ge_imports_set_stdlib (ge_imports *im, ge_summary_file *std)
{
  ge_summary_file_close (im->std);
  im->std = std;
  htab_empty (im->std_paths);
}

void
ge_imports_use_gccgo_notes (ge_imports *im)
{
  im->gccgo_notes = true;
}

void
ge_imports_add_dir (ge_imports *im, const char *dir)
{
  *GE_VEC_PUSH (im->dirs, im->ndirs, im->dirs_alloc) = xstrdup (dir);
}

char *
ge_read_summary_section (const char *path, size_t *len)
{
  return ge_object_section (path, GE_SUMMARY_SECTION, len);
}

/* ---- finding a package -------------------------------------------- */

static bool
regular_file (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && S_ISREG (st.st_mode);
}

/* The file gccgo would import for PATH from DIR, or NULL (xmalloc'd).  */
static char *
package_file (const char *dir, const char *path)
{
  const char *slash = strrchr (path, '/');
  const char *base = slash ? slash + 1 : path;
  int dirlen = slash ? (int) (slash - path) + 1 : 0;
  char *candidates[5];
  candidates[0] = concat (dir, "/", path, ".gox", NULL);
  candidates[1] = xasprintf ("%s/%.*slib%s.so", dir, dirlen, path, base);
  candidates[2] = xasprintf ("%s/%.*slib%s.a", dir, dirlen, path, base);
  candidates[3] = concat (dir, "/", path, ".o", NULL);
  candidates[4] = concat (dir, "/", path, NULL);
  char *found = NULL;
  for (int i = 0; i < 5; i++)
    {
      if (!found && regular_file (candidates[i]))
        found = candidates[i];
      else
        free (candidates[i]);
    }
  return found;
}

/* With imports=gccgo, the summaries gccgo's notes in FILE's export data
   make.  */
static ge_summary_file *
gccgo_summaries (const char *file)
{
  size_t len, n;
  char *exp = ge_object_section (file, ".go_export", &len);
  if (!exp)
    return NULL;
  char *sums = ge_gccgo_notes_summaries (exp, len, &n);
  free (exp);
  return ge_summary_file_from_text (sums, n);
}

/* Summaries of the package whose file is FILE: its section, else the
   sidecar file beside it.  NULL if it has none, or if they are damaged:
   *DAMAGE (xmalloc'd) then says how.  */
static ge_summary_file *
package_summaries (const char *file, char **damage)
{
  size_t len;
  char err[512];
  char *sec = ge_read_summary_section (file, &len);
  if (sec)
    {
      ge_summary_file *s = ge_summary_file_from_buffer (sec, len, err,
                                                        sizeof err);
      if (!s)
        *damage = xasprintf ("%s, section %s: %s", file, GE_SUMMARY_SECTION,
                             err);
      return s;
    }

  char *real = lrealpath (file);
  char *dot = strrchr (real, '.'), *slash = strrchr (real, '/');
  if (dot && (!slash || dot > slash))
    *dot = '\0';
  char *sidecar = concat (real, ".esc", NULL);
  ge_summary_file *s = NULL;
  if (regular_file (sidecar))
    {
      if (!(s = ge_summary_file_open (sidecar, err, sizeof err)))
        *damage = xstrdup (err);
    }
  else if (slash)
    {
      /* The go command's layout: _pkg_.a beside the compiler's _go_.o.  */
      slash = strrchr (real, '/');
      slash[1] = '\0';
      char *go = concat (real, "_go_.esc", NULL);
      if (regular_file (go) && !(s = ge_summary_file_open (go, err,
                                                           sizeof err)))
        *damage = xstrdup (err);
      free (go);
    }
  free (sidecar);
  free (real);
  return s;
}

/* The name in the package clause of the package whose file is FILE:
   its export data's "package NAME;" line (gccgo's format v1 to v3,
   in the .go_export section or a .gox file of its own).  */
static char *
package_name (const char *file)
{
  size_t len = 0;
  char *exp = ge_object_section (file, ".go_export", &len);
  if (!exp)
    {
      /* A .gox file may hold the export data itself.  */
      FILE *f = fopen (file, "rb");
      if (!f)
        return NULL;
      exp = XNEWVEC (char, 4097);
      len = fread (exp, 1, 4096, f);
      exp[len] = '\0';
      fclose (f);
      if (strncmp (exp, "v", 1) != 0)
        len = 0;
    }
  char *name = NULL;
  for (size_t at = 0; at < len && at < 4096;)
    {
      const char *line = exp + at;
      const char *nl = memchr (line, '\n', len - at);
      size_t n = nl ? (size_t) (nl - line) : len - at;
      if (n > 8 && strncmp (line, "package ", 8) == 0)
        {
          size_t k = 8;
          while (k < n && line[k] != ';' && line[k] != ' ')
            k++;
          name = xstrndup (line + 8, k - 8);
          break;
        }
      at += n + 1;
    }
  free (exp);
  return name;
}

static struct package *
load_package (ge_imports *im, const char *path)
{
  void **slot = htab_find_slot_with_hash (im->packages, path,
                                          htab_hash_string (path), INSERT);
  if (*slot)
    return *slot;
  struct package *pk = XCNEW (struct package);
  pk->path = xstrdup (path);
  *slot = pk;
  /* The first directory holding the package decides, as for gccgo, which
     also looks in each -L directory's go/VERSION/TARGET for the
     standard library.  */
  for (size_t i = 0; i < im->ndirs; i++)
    {
      char *file = package_file (im->dirs[i], path);
      if (!file && im->gccgo_notes)
        {
          char *pattern = concat (im->dirs[i], "/go/*/*", NULL);
          glob_t g;
          if (glob (pattern, GLOB_ONLYDIR, NULL, &g) == 0)
            {
              for (size_t k = 0; k < g.gl_pathc && !file; k++)
                file = package_file (g.gl_pathv[k], path);
              globfree (&g);
            }
          free (pattern);
        }
      if (file)
        {
          pk->sums = im->gccgo_notes ? gccgo_summaries (file)
                                     : package_summaries (file, &pk->damage);
          pk->name = package_name (file);
          free (file);
          break;
        }
    }
  return pk;
}

enum ge_import_result
ge_imports_lookup (ge_imports *im, const char *key, ge_summary *out,
                   const char **pkg, bool *first)
{
  *pkg = NULL;
  *first = false;
  if (im->std && ge_summary_file_lookup (im->std, key, out))
    return out->kind == '?' ? GE_IMPORT_UNKNOWN : GE_IMPORT_FOUND;

  /* gccgo's own symbols (package initializers "p..import" and
     "internal/cpu" as "cpu.init", thunks) are not Go functions.  */
  size_t n = strlen (key);
  if (strstr (key, "..") || (n > 5 && strcmp (key + n - 5, ".init") == 0))
    return GE_IMPORT_UNKNOWN;
  /* A package compiled without -fgo-pkgpath has the prefix "go.".  */
  const char *name = strncmp (key, "go.", 3) == 0 ? key + 3 : key;

  /* The package path ends at a dot after the last slash; import paths
     may hold dots too ("gopkg.in/yaml.v2"), so try each.  */
  const char *slash = strrchr (name, '/');
  const char *from = slash ? slash + 1 : name;
  char *path = xstrdup (name);
  struct package *chosen = NULL;
  for (const char *d = strchr (from, '.'); d; d = strchr (d + 1, '.'))
    {
      path[d - name] = '\0';
      char prefix[1024];
      snprintf (prefix, sizeof prefix, "%s.", path);
      if (im->std && ge_summary_file_has_prefix (im->std, prefix))
        {
          free (path);
          return GE_IMPORT_UNKNOWN;  /* a standard package */
        }
      struct package *pk = load_package (im, path);
      memcpy (path, name, strlen (name) + 1);
      if (pk->sums)
        {
          chosen = pk;
          break;
        }
      if (!chosen)
        chosen = pk;  /* the shortest path, to name in the message */
    }
  free (path);
  if (!chosen)
    return GE_IMPORT_NO_SUMMARIES;
  if (chosen->sums && ge_summary_file_lookup (chosen->sums, key, out))
    return out->kind == '?' ? GE_IMPORT_UNKNOWN : GE_IMPORT_FOUND;
  if (chosen->sums)
    return GE_IMPORT_UNKNOWN;
  *pkg = chosen->path;
  *first = !chosen->reported;
  chosen->reported = true;
  return chosen->damage ? GE_IMPORT_DAMAGED : GE_IMPORT_NO_SUMMARIES;
}

const char *
ge_imports_damage (ge_imports *im, const char *pkg)
{
  struct package *pk = htab_find_with_hash (im->packages, pkg,
                                            htab_hash_string (pkg));
  return pk ? pk->damage : NULL;
}

const char *
ge_imports_package_name (ge_imports *im, const char *path)
{
  /* The standard library's packages are named by their last element.  */
  if (!path[0])
    return NULL;
  void **slot = htab_find_slot_with_hash (im->std_paths, path,
                                          htab_hash_string (path), INSERT);
  if (!*slot)
    {
      struct std_path *sp = XNEW (struct std_path);
      char prefix[1024];
      snprintf (prefix, sizeof prefix, "%s.", path);
      sp->path = xstrdup (path);
      sp->std = im->std && ge_summary_file_has_prefix (im->std, prefix);
      *slot = sp;
    }
  if (((struct std_path *) *slot)->std)
    return NULL;
  return load_package (im, path)->name;
}
