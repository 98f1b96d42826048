/* goescape: a function's summary as text, one line of the format in
   goescape/engine/summary.h: gc writes its parameter tags into export
   data and reads them back (escape/leaks.go's Encode and ParseLeaks);
   this is the same, with the function's kind and result count.  */

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "goescape/engine/summary.h"

/* Read a decimal number at *P (below END); false if there is none.  */
static bool
read_number (const char **p, const char *end, uint32_t *out)
{
  const char *s = *p;
  uint32_t v = 0;
  if (s >= end || *s < '0' || *s > '9')
    return false;
  while (s < end && *s >= '0' && *s <= '9')
    {
      v = v * 10 + (uint32_t) (*s - '0');
      if (v > 1000000)
        return false;
      s++;
    }
  *p = s;
  *out = v;
  return true;
}

static bool
parse_tag (const char *s, const char *end, ge_leaks *tag)
{
  memset (tag, 0, sizeof *tag);
  if (s == end)
    return false;
  if (end - s == 1 && *s == '-')
    return true;
  while (s < end)
    {
      uint32_t a, b;
      if (*s == 'h')
        {
          s++;
          if (!read_number (&s, end, &a))
            return false;
          ge_leaks_add_heap (tag, (int) a);
        }
      else
        {
          if (!read_number (&s, end, &a) || s >= end || *s++ != ':'
              || !read_number (&s, end, &b) || a >= GE_NUM_ESC_RESULTS)
            return false;
          ge_leaks_add_result (tag, (int) a, (int) b);
        }
      if (s < end && *s++ != ',')
        return false;
    }
  return true;
}

bool
ge_summary_parse (const char *text, size_t len, ge_summary *out)
{
  const char *s = text, *end = text + len;
  memset (out, 0, sizeof *out);
  if (s >= end)
    return false;
  out->kind = *s++;
  if (!strchr ("fpvV?", out->kind) || s >= end || *s++ != ' '
      || !read_number (&s, end, &out->nresults))
    return false;
  while (s < end)
    {
      if (*s++ != ' ')
        return false;
      const char *t = s;
      while (s < end && *s != ' ')
        s++;
      if (out->nparams == GE_SUMMARY_MAX_PARAMS
          || !parse_tag (t, s, &out->tags[out->nparams]))
        return false;
      out->nparams++;
    }
  return true;
}

static void
write_tag (FILE *out, const ge_leaks *tag)
{
  const char *sep = "";
  int x = ge_leaks_heap (tag);
  if (x >= 0)
    {
      fprintf (out, "h%d", x);
      sep = ",";
    }
  for (int i = 0; i < GE_NUM_ESC_RESULTS; i++)
    if ((x = ge_leaks_result (tag, i)) >= 0)
      {
        fprintf (out, "%s%d:%d", sep, i, x);
        sep = ",";
      }
  if (!*sep)
    fputc ('-', out);
}

void
ge_summary_write (FILE *out, const char *key, const ge_summary *s)
{
  fprintf (out, "%s %c %u", key, s->kind, s->nresults);
  for (uint32_t i = 0; i < s->nparams; i++)
    {
      fputc (' ', out);
      write_tag (out, &s->tags[i]);
    }
  fputc ('\n', out);
}

/* The header's hash: FNV-1a's step taken a 64-bit little-endian word
   at a time, folded to 32 bits.  Every compile checks the standard
   library's file, and FNV-1a's byte at a time was most of the plugin's
   start-up (a multiply per byte, each waiting for the last).  Each
   step is a bijection of H for a given word, so a changed word always
   changes the 64-bit value.  contrib/gen-std-summaries computes it
   too.  */
static uint32_t
summary_hash (const char *s, size_t len)
{
  const uint64_t prime = 0x100000001b3ull;
  uint64_t h = 0xcbf29ce484222325ull;
  size_t i = 0;
  for (; i + 8 <= len; i += 8)
    {
      uint64_t w;
      memcpy (&w, s + i, 8);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      w = __builtin_bswap64 (w);
#endif
      h = (h ^ w) * prime;
      h ^= h >> 32;
    }
  for (; i < len; i++)
    h = (h ^ (unsigned char) s[i]) * prime;
  return (uint32_t) (h ^ (h >> 32));
}

static size_t
count_lines (const char *s, size_t len)
{
  size_t n = 0;
  for (const char *p = s, *end = s + len; p < end;)
    {
      const char *nl = memchr (p, '\n', (size_t) (end - p));
      n++;
      p = nl ? nl + 1 : end;
    }
  return n;
}

void
ge_summary_header (const char *body, size_t len, char *buf, size_t size)
{
  snprintf (buf, size, "# goescape summaries %d %zu %08x\n",
            GE_SUMMARY_VERSION, count_lines (body, len),
            (unsigned) summary_hash (body, len));
}

bool
ge_summary_check (const char *text, size_t len, size_t *body, char *err,
                  size_t errlen)
{
  static const char magic[] = "# goescape summaries ";
  size_t m = sizeof magic - 1;
  const char *nl = len ? memchr (text, '\n', len) : NULL;
  if (len < m || memcmp (text, magic, m) != 0 || !nl)
    {
      snprintf (err, errlen, "not a goescape summary text (no header)");
      return false;
    }
  int version;
  size_t lines;
  unsigned hash;
  char tail;
  size_t hlen = (size_t) (nl - text) + 1;
  char line[128];
  if (hlen >= sizeof line)
    {
      snprintf (err, errlen, "damaged: header too long");
      return false;
    }
  memcpy (line, text, hlen - 1);
  line[hlen - 1] = '\0';
  int got = sscanf (line + m, "%d %zu %8x%c", &version, &lines, &hash, &tail);
  if (got >= 1 && version != GE_SUMMARY_VERSION)
    {
      snprintf (err, errlen, "summaries of format %d, not %d: rebuild them "
                "with this plugin", version, GE_SUMMARY_VERSION);
      return false;
    }
  if (got != 3)
    {
      snprintf (err, errlen, "damaged: bad header");
      return false;
    }
  const char *b = text + hlen;
  size_t blen = len - hlen;
  size_t have = count_lines (b, blen);
  if (have != lines)
    {
      snprintf (err, errlen, "damaged: %zu lines where its header says %zu "
                "(truncated or extended)", have, lines);
      return false;
    }
  if (summary_hash (b, blen) != hash)
    {
      snprintf (err, errlen, "damaged: its bytes are not those its header "
                "was written for (altered)");
      return false;
    }
  *body = hlen;
  return true;
}
