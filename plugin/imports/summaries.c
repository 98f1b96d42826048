/* goescape: summary text, searched in place (see
   goescape/imports/summaries.h).

   A file is mapped, not parsed: a lookup is a binary search over its
   lines, so opening the standard library's database costs one mmap
   whatever its size.  */

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libiberty/libiberty.h>

#include "goescape/imports/summaries.h"

struct ge_summary_file
{
  const char *text;
  size_t len;
  size_t body;  /* offset of the first line after the "#" comments */
  bool mapped;
};

/* Comment lines ("#") head the text; they sort before any key.  */
static void
skip_comments (ge_summary_file *f)
{
  size_t at = 0;
  while (at < f->len && f->text[at] == '#')
    {
      const char *nl = memchr (f->text + at, '\n', f->len - at);
      at = nl ? (size_t) (nl - f->text) + 1 : f->len;
    }
  f->body = at;
}

ge_summary_file *
ge_summary_file_open (const char *path, char *err, size_t errlen)
{
  char why[256];
  if (!err)
    err = why, errlen = sizeof why;
  /* Not a FIFO or a device, which would block or never end: opened
     without waiting for a writer, then refused.  */
  struct stat st;
  int fd = open (path, O_RDONLY | O_NONBLOCK);
  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      snprintf (err, errlen, "cannot read %s: %s", path,
                fd < 0 ? strerror (errno) : "not a regular file");
      if (fd >= 0)
        close (fd);
      return NULL;
    }
  ge_summary_file *f = XCNEW (ge_summary_file);
  if (st.st_size > 0)
    {
      void *m = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (m == MAP_FAILED)
        {
          if (err)
            snprintf (err, errlen, "cannot map %s: %s", path, strerror (errno));
          close (fd);
          free (f);
          return NULL;
        }
      f->text = m;
      f->len = (size_t) st.st_size;
      f->mapped = true;
    }
  close (fd);
  char why2[256];
  size_t body;
  if (!ge_summary_check (f->text, f->len, &body, why2, sizeof why2))
    {
      snprintf (err, errlen, "%s: %s", path, why2);
      ge_summary_file_close (f);
      return NULL;
    }
  skip_comments (f);
  return f;
}

ge_summary_file *
ge_summary_file_from_buffer (char *buf, size_t len, char *err,
                             size_t errlen)
{
  size_t body;
  if (!ge_summary_check (buf, len, &body, err, errlen))
    {
      free (buf);
      return NULL;
    }
  return ge_summary_file_from_text (buf, len);
}

ge_summary_file *
ge_summary_file_from_text (char *buf, size_t len)
{
  ge_summary_file *f = XCNEW (ge_summary_file);
  f->text = buf;
  f->len = len;
  skip_comments (f);
  return f;
}

void
ge_summary_file_close (ge_summary_file *f)
{
  if (!f)
    return;
  if (f->mapped)
    munmap ((void *) f->text, f->len);
  else
    free ((void *) f->text);
  free (f);
}

/* Compare KEY with the key of the line starting at LINE.  */
static int
compare_key (const char *key, const char *line, const char *end)
{
  for (;; key++, line++)
    {
      int a = (unsigned char) *key;
      int b = line < end && *line != ' ' && *line != '\n'
                ? (unsigned char) *line : 0;
      if (a != b || a == 0)
        return a - b;
    }
}

/* The offset of the first line whose key is not below KEY (or the
   text's length); *EXACT says whether its key is KEY.  */
static size_t
lower_bound (const ge_summary_file *f, const char *key, bool *exact)
{
  const char *text = f->text, *end = f->text + f->len;
  size_t lo = f->body, hi = f->len;
  *exact = false;
  /* LO is a line start; HI a line start or the end.  */
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      while (mid > lo && text[mid - 1] != '\n')
        mid--;
      const char *line = text + mid;
      const char *nl = memchr (line, '\n', (size_t) (end - line));
      const char *eol = nl ? nl : end;
      int c = compare_key (key, line, eol);
      if (c == 0)
        {
          *exact = true;
          return mid;
        }
      if (c < 0)
        hi = mid;
      else
        lo = (size_t) (eol - text) + (nl ? 1 : 0);
    }
  return lo;
}

bool
ge_summary_file_lookup (const ge_summary_file *f, const char *key,
                        ge_summary *out)
{
  bool exact;
  size_t at = lower_bound (f, key, &exact);
  size_t k = at + strlen (key);
  if (!exact || k >= f->len || f->text[k] != ' ')
    return false;
  const char *end = f->text + f->len;
  const char *fields = f->text + k + 1;
  const char *nl = memchr (fields, '\n', (size_t) (end - fields));
  return ge_summary_parse (fields, (size_t) ((nl ? nl : end) - fields), out);
}

bool
ge_summary_file_has_prefix (const ge_summary_file *f, const char *prefix)
{
  bool exact;
  size_t at = lower_bound (f, prefix, &exact);
  size_t n = strlen (prefix);
  return at + n <= f->len && memcmp (f->text + at, prefix, n) == 0;
}
