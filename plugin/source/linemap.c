/* goescape: //line directives (cmd/compile's doc.go, "Line directives").

   Generated code (goyacc, cgo) says where its lines come from:

     //line gen.y:10        the next line is line 10 of gen.y, columns
                            unknown until the next directive
     //line gen.y:10:5      ... its first character is column 5
     //line :10             ... line 10 of no file

   gc prints positions as the directives say.  gccgo places GIMPLE at
   the directive's file and line too, with the physical column, and
   names a directive's empty file "<stdin>".  The source layer reads the
   physical file, so the reader maps gccgo's positions back to it
   (ge_src_physical_pos), and the report prints them as gc does
   (ge_src_gc_pos).  Only the //line form at the start of a line is
   read, as gc requires of it.  */

/* memmem.  */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libiberty/libiberty.h>

#include "lexer.h"
#include "unit.h"
#include "goescape/vec.h"

/* Lines from physical line START of a unit file on are line LINE of
   FILE, their first character column COL (0: unknown).  */
struct line_segment
{
  const char *pfile;   /* the unit's file */
  int start;
  char *file;          /* as gc prints it; "" for none */
  int line, col;
};

struct ge_src_line_map
{
  struct line_segment *v;
  int n, alloc;
};

/* Parse "//line FILE:LINE[:COL]" (TEXT, LEN bytes, from "//line ");
   interpreted from the back, as gc does.  */
static bool
parse_directive (const char *text, size_t len, char **file, int *line,
                 int *col)
{
  const char *s = text + 7, *end = text + len;
  while (end > s && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
    end--;
  long nums[2];
  int n = 0;
  const char *e = end;
  while (n < 2)
    {
      const char *c = e;
      while (c > s && c[-1] >= '0' && c[-1] <= '9')
        c--;
      if (c == e || c == s || c[-1] != ':')
        break;
      nums[n++] = strtol (c, NULL, 10);
      e = c - 1;
    }
  if (n == 0 || nums[0] <= 0)
    return false;
  if (n == 2 && nums[1] <= 0)
    return false;
  *line = (int) (n == 2 ? nums[1] : nums[0]);
  *col = n == 2 ? (int) nums[0] : 0;
  *file = xstrndup (s, (size_t) (e - s));
  return true;
}

static void
add_segment (struct ge_src_line_map *m, struct line_segment seg)
{
  *GE_VEC_PUSH (m->v, m->n, m->alloc) = seg;
}

/* The directives of the unit's files, read once.  */
static struct ge_src_line_map *
line_map (ge_src_unit *su)
{
  if (su->lines_read)
    return su->lines;
  su->lines_read = true;
  struct ge_src_line_map *m = XCNEW (struct ge_src_line_map);
  for (int i = 0; i < su->npackage_files; i++)
    {
      const char *path = su->package_files[i];
      struct src_file *f = ge_lex_load (su, path);
      if (!f || !f->text || !memmem (f->text, f->len, "//line ", 7))
        continue;
      const char *last_file = path;
      for (int l = 0; l < f->nlines; l++)
        {
          const char *s = f->text + f->lines[l];
          size_t len = (l + 1 < f->nlines ? f->lines[l + 1] - 1 : f->len)
                       - f->lines[l];
          char *file;
          int line, col;
          if (len < 8 || strncmp (s, "//line ", 7) != 0
              || !parse_directive (s, len, &file, &line, &col))
            continue;
          /* No file name: none if no column either, else the last.  */
          if (file[0] == '\0' && col > 0)
            {
              free (file);
              file = xstrdup (last_file);
            }
          last_file = file;
          struct line_segment seg = { path, l + 2, file, line, col };
          add_segment (m, seg);
        }
    }
  if (m->n == 0)
    {
      free (m->v);
      free (m);
      m = NULL;
    }
  su->lines = m;
  return m;
}

/* The segment physical line LINE of PFILE is in, or NULL.  */
static const struct line_segment *
segment_of (const struct ge_src_line_map *m, const char *pfile, int line)
{
  const struct line_segment *found = NULL;
  for (int i = 0; i < m->n; i++)
    if (strcmp (m->v[i].pfile, pfile) == 0 && m->v[i].start <= line)
      found = &m->v[i];
  return found;
}

bool
ge_src_physical_pos (ge_src_unit *su, const char *file, int line,
                     const char **pfile, int *pline)
{
  struct ge_src_line_map *m = line_map (su);
  if (!m || !file)
    return false;
  bool empty = strcmp (file, "<stdin>") == 0;
  for (int i = 0; i < m->n; i++)
    {
      const struct line_segment *s = &m->v[i];
      const struct line_segment *next
        = i + 1 < m->n && m->v[i + 1].pfile == s->pfile ? &m->v[i + 1] : NULL;
      int span = next ? next->start - 1 - s->start : 1 << 30;
      if (strcmp (s->file, file) != 0 && !(empty && s->file[0] == '\0'))
        continue;
      if (line >= s->line && line - s->line < span)
        {
          *pfile = s->pfile;
          *pline = s->start + (line - s->line);
          return true;
        }
    }
  return false;
}

/* FILE:LINE:COL as gc prints it: its positions keep 8 bits of column,
   and a column of 255 or more prints as none (src.format).  */
static void
format_pos (char *buf, size_t size, const char *file, int line, int col)
{
  if (col > 0 && col < 255)
    snprintf (buf, size, "%s:%d:%d", file, line, col);
  else
    snprintf (buf, size, "%s:%d", file, line);
}

void
ge_src_gc_pos (ge_src_unit *su, const char *file, int line, int col,
               char *buf, size_t size)
{
  struct ge_src_line_map *m = line_map (su);
  const struct line_segment *s = m ? segment_of (m, file, line) : NULL;
  if (!s)
    {
      format_pos (buf, size, file, line, col);
      return;
    }
  int l = s->line + (line - s->start);
  if (s->col == 0)
    snprintf (buf, size, "%s:%d", s->file, l);
  else
    format_pos (buf, size, s->file, l,
                line == s->start ? s->col + col - 1 : col);
}

void
ge_src_lines_free (ge_src_unit *su)
{
  struct ge_src_line_map *m = su->lines;
  if (m)
    {
      for (int i = 0; i < m->n; i++)
        free (m->v[i].file);
      free (m->v);
      free (m);
    }
  su->lines = NULL;
  su->lines_read = false;
}
