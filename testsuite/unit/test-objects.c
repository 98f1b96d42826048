/* Unit tests: a section out of an object or an archive (objects.c).  */

#include <stdlib.h>
#include <unistd.h>

#include "goescape/imports/objects.h"
#include "unit.h"

/* Write an archive member header for NAME of SIZE bytes to F.  */
static void
member (FILE *f, const char *name, long size)
{
  fprintf (f, "%-16s%-12s%-6s%-6s%-8s%-10ld`\n", name, "0", "0", "0", "644",
           size);
}

static char *
slurp (const char *path, long *size)
{
  FILE *f = fopen (path, "rb");
  if (!f)
    return NULL;
  fseek (f, 0, SEEK_END);
  *size = ftell (f);
  rewind (f);
  char *buf = malloc (*size);
  if (fread (buf, 1, *size, f) != (size_t) *size)
    *size = 0;
  fclose (f);
  return buf;
}

int
main (int argc, char **argv)
{
  /* This program is an ELF file with GCC's .comment section.  */
  size_t len = 0, alen = 0, none = 1;
  char *comment = ge_object_section ("/proc/self/exe", ".comment", &len);
  CHECK (comment && len > 4 && memcmp (comment, "GCC:", 4) == 0);
  CHECK (ge_object_section ("/proc/self/exe", ".no_such_section", &none)
         == NULL && none == 0);

  /* An archive: a member that is no object, then this program.  */
  long size = 0;
  char *exe = slurp ("/proc/self/exe", &size);
  CHECK (exe && size > 0);
  char path[] = "/tmp/goescape-unit-XXXXXX.a";
  int fd = mkstemps (path, 2);
  CHECK (fd >= 0);
  FILE *f = fdopen (fd, "wb");
  fputs ("!<arch>\n", f);
  member (f, "notes/", 5);
  fputs ("hello\n", f);  /* five bytes and the pad to an even size */
  member (f, "exe.o/", size);
  fwrite (exe, 1, size, f);
  fclose (f);
  char *sec = ge_object_section (path, ".comment", &alen);
  CHECK (sec && comment && alen == len && memcmp (sec, comment, len) == 0);
  free (sec);

  /* A member header claiming more bytes than the archive has.  */
  f = fopen (path, "wb");
  fputs ("!<arch>\n", f);
  member (f, "exe.o/", size + 100);
  fwrite (exe, 1, size, f);
  fclose (f);
  CHECK (ge_object_section (path, ".comment", &alen) == NULL);

  /* Not an object at all, and no file.  */
  f = fopen (path, "wb");
  fputs ("package p\n", f);
  fclose (f);
  CHECK (ge_object_section (path, ".comment", &alen) == NULL);
  unlink (path);
  CHECK (ge_object_section (path, ".comment", &alen) == NULL);

  free (comment);
  free (exe);
  (void) argc;
  (void) argv;
  return UNIT_DONE ();
}
