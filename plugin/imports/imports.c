/* goescape: finding the summaries of imported packages (see
   goescape/imports.h).  */

#include <elf.h>
#include <fcntl.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libiberty/libiberty.h>
#include <libiberty/hashtab.h>

#include "goescape/imports/gccgo-notes.h"
#include "goescape/imports/imports.h"
#include "goescape/vec.h"

struct package
{
  char *path;
  ge_summary_file *sums;  /* NULL: no summaries, or not found */
  char *damage;           /* why its summaries were not taken, if damaged */
  bool reported;
};

struct ge_imports
{
  bool gccgo_notes;  /* imports=gccgo: gccgo's export data, no database */
  ge_summary_file *std;
  char **dirs;
  size_t ndirs, dirs_alloc;
  htab_t packages;  /* struct package, by path */
};

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
  free (pk);
}

ge_imports *
ge_imports_new (void)
{
  ge_imports *im = XCNEW (ge_imports);
  im->packages = htab_create (16, package_hash, package_eq, package_free);
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
  free (im);
}

void
ge_imports_set_stdlib (ge_imports *im, ge_summary_file *std)
{
  ge_summary_file_close (im->std);
  im->std = std;
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

/* ---- reading a section out of an object or an archive ---------------- */

/* The contents of section NAME of the ELF image at P (LEN bytes), or
   NULL; *OUT_LEN gets its size.  Native byte order only: these are the
   objects this compiler just wrote.  */
static const char *
elf_section (const unsigned char *p, size_t len, const char *name,
             size_t *out_len)
{
  if (len < EI_NIDENT || memcmp (p, ELFMAG, SELFMAG) != 0)
    return NULL;
#define FIND_SECTION(Ehdr, Shdr)                                          \
  do                                                                      \
    {                                                                     \
      Ehdr eh;                                                            \
      if (len < sizeof eh)                                                \
        return NULL;                                                      \
      memcpy (&eh, p, sizeof eh);                                         \
      if (eh.e_shoff == 0 || eh.e_shentsize != sizeof (Shdr)              \
          || eh.e_shoff > len                                             \
          || (size_t) eh.e_shnum * sizeof (Shdr) > len - eh.e_shoff       \
          || eh.e_shstrndx >= eh.e_shnum)                                 \
        return NULL;                                                      \
      Shdr strs;                                                          \
      memcpy (&strs, p + eh.e_shoff + eh.e_shstrndx * sizeof (Shdr),      \
              sizeof strs);                                               \
      if (strs.sh_offset > len || strs.sh_size > len - strs.sh_offset)    \
        return NULL;                                                      \
      for (size_t i = 0; i < eh.e_shnum; i++)                             \
        {                                                                 \
          Shdr sh;                                                        \
          memcpy (&sh, p + eh.e_shoff + i * sizeof (Shdr), sizeof sh);    \
          size_t n = strlen (name);                                       \
          if (sh.sh_name + n + 1 > strs.sh_size                           \
              || memcmp (p + strs.sh_offset + sh.sh_name, name, n + 1)    \
                   != 0                                                   \
              || sh.sh_type == SHT_NOBITS || sh.sh_offset > len           \
              || sh.sh_size > len - sh.sh_offset)                         \
            continue;                                                     \
          *out_len = sh.sh_size;                                          \
          return (const char *) p + sh.sh_offset;                         \
        }                                                                 \
      return NULL;                                                        \
    }                                                                     \
  while (0)
  if (p[EI_CLASS] == ELFCLASS64)
    FIND_SECTION (Elf64_Ehdr, Elf64_Shdr);
  else if (p[EI_CLASS] == ELFCLASS32)
    FIND_SECTION (Elf32_Ehdr, Elf32_Shdr);
#undef FIND_SECTION
  return NULL;
}

/* Section NAME of the first member of the archive at P that has one,
   into BUF: a package's archive holds one Go object (the others, if
   any, are its cgo parts), and each text vouches for itself with its
   header, so texts are not concatenated.  */
static void
archive_sections (const unsigned char *p, size_t len, const char *name,
                  char **buf, size_t *buf_len)
{
  size_t off = 8;  /* "!<arch>\n" */
  while (off + 60 <= len)
    {
      const unsigned char *h = p + off;
      char size_text[11];
      memcpy (size_text, h + 48, 10);
      size_text[10] = '\0';
      char *endp;
      unsigned long size = strtoul (size_text, &endp, 10);
      if (endp == size_text || memcmp (h + 58, "`\n", 2) != 0
          || size > len - off - 60)
        break;
      size_t sec_len;
      const char *sec = elf_section (h + 60, size, name, &sec_len);
      if (sec)
        {
          *buf = XNEWVEC (char, sec_len + 1);
          memcpy (*buf, sec, sec_len);
          *buf_len = sec_len;
          (*buf)[sec_len] = '\0';
          return;
        }
      off += 60 + size + (size & 1);
    }
}

/* Section NAME of the object or archive at PATH (xmalloc'd, with a NUL
   after its *LEN bytes), or NULL.  */
static char *
read_section (const char *path, const char *name, size_t *len)
{
  int fd = open (path, O_RDONLY);
  struct stat st;
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size == 0)
    {
      close (fd);
      return NULL;
    }
  size_t size = (size_t) st.st_size;
  void *m = mmap (NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
  close (fd);
  if (m == MAP_FAILED)
    return NULL;
  char *buf = NULL;
  size_t n = 0;
  const unsigned char *p = m;
  if (size >= 8 && memcmp (p, "!<arch>\n", 8) == 0)
    archive_sections (p, size, name, &buf, &n);
  else
    {
      const char *sec = elf_section (p, size, name, &n);
      if (sec)
        {
          buf = XNEWVEC (char, n + 1);
          memcpy (buf, sec, n);
          buf[n] = '\0';  /* readers may scan text with the C library */
        }
    }
  munmap (m, size);
  *len = n;
  return buf;
}

char *
ge_read_summary_section (const char *path, size_t *len)
{
  return read_section (path, GE_SUMMARY_SECTION, len);
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
  char *exp = read_section (file, ".go_export", &len);
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
