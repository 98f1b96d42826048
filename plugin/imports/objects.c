/* goescape: a section out of an object file or a package's archive,
   as gccgo reads its own export data: libiberty's simple_object for the
   object (ELF, and whatever else libiberty knows), and a walk over the
   archive's member headers, each member handed to simple_object at its
   offset.  */

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libiberty/libiberty.h>

#include "goescape/imports/objects.h"

/* libiberty's simple_object interface.  GCC's include/simple-object.h
   declares it; Debian's libiberty-dev ships the library without the
   header, so the three functions used are declared here.  */
typedef struct simple_object_read_struct simple_object_read;
simple_object_read *simple_object_start_read (int descriptor, off_t offset,
                                              const char *segment_name,
                                              const char **errmsg, int *err);
int simple_object_find_section (simple_object_read *simple_object,
                                const char *name, off_t *offset,
                                off_t *length, const char **errmsg, int *err);
void simple_object_release_read (simple_object_read *simple_object);

/* Section NAME of the object at OFFSET of FD, SIZE bytes long, into a
   new buffer with a NUL after its *LEN bytes; NULL if there is none.  */
static char *
object_section (int fd, off_t offset, off_t size, const char *name,
                size_t *len)
{
  const char *errmsg;
  int err;
  /* The segment name matters for Mach-O only; gccgo passes this one.  */
  simple_object_read *obj = simple_object_start_read (fd, offset, "__GNU_GO",
                                                      &errmsg, &err);
  if (!obj)
    return NULL;
  off_t at = 0, n = 0;
  int found = simple_object_find_section (obj, name, &at, &n, &errmsg, &err);
  simple_object_release_read (obj);
  if (!found || at < 0 || n < 0 || at > size || n > size - at)
    return NULL;
  char *buf = XNEWVEC (char, (size_t) n + 1);
  ssize_t got = pread (fd, buf, (size_t) n, offset + at);
  if (got != (ssize_t) n)
    {
      free (buf);
      return NULL;
    }
  buf[n] = '\0';  /* readers may scan text with the C library */
  *len = (size_t) n;
  return buf;
}

/* Section NAME of the first member of the archive FD (SIZE bytes) that
   has one: a package's archive holds one Go object (the others, if any,
   are its cgo parts), and each text vouches for itself with its header,
   so texts are not concatenated.  Members are "NAME/ DATE UID GID MODE
   SIZE`\n" headers of 60 bytes, each member padded to an even size.  */
static char *
archive_section (int fd, off_t size, const char *name, size_t *len)
{
  off_t off = 8;  /* "!<arch>\n" */
  while (off + 60 <= size)
    {
      char h[60];
      if (pread (fd, h, sizeof h, off) != (ssize_t) sizeof h
          || memcmp (h + 58, "`\n", 2) != 0)
        return NULL;
      char size_text[11];
      memcpy (size_text, h + 48, 10);
      size_text[10] = '\0';
      char *endp;
      unsigned long long member = strtoull (size_text, &endp, 10);
      if (endp == size_text || member > (unsigned long long) (size - off - 60))
        return NULL;
      char *sec = object_section (fd, off + 60, (off_t) member, name, len);
      if (sec)
        return sec;
      off += 60 + (off_t) member + (off_t) (member & 1);
    }
  return NULL;
}

char *
ge_object_section (const char *path, const char *name, size_t *len)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK);
  if (fd < 0)
    return NULL;
  struct stat st;
  char *sec = NULL;
  char magic[8];
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0)
    {
      if (st.st_size >= 8 && pread (fd, magic, 8, 0) == 8
          && memcmp (magic, "!<arch>\n", 8) == 0)
        sec = archive_section (fd, st.st_size, name, len);
      else
        sec = object_section (fd, 0, st.st_size, name, len);
    }
  close (fd);
  if (!sec)
    *len = 0;
  return sec;
}
