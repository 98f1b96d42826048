/* goescape: gccgo's frontend's own escape notes, caught as GCC prints
   them.  gccgo's escape analysis runs while it parses, before any pass,
   and with -fgo-debug-escape1 says what it decided as notes:

     a.go:9:2: note: moved to heap: x
     a.go:12:7: note: f &(y) does not escape

   The comparison report shows each beside the decision read from the
   GIMPLE.  The notes are caught in GCC's diagnostic finalizer, after
   the message is formatted, and then printed as they would have been:
   the output, text or JSON, is unchanged.  */

#include "gcc-plugin.h"
#include "tree.h"
#include "diagnostic.h"

#include "frontend-notes.h"
#include "tree-facts.h"

static diagnostic_finalizer_fn original_finalizer;
static ge_compare *catcher;
static ge_src_unit *catcher_source;

/* TEXT without its terminal escape sequences ("\33[01;36m\33[K"), into
   BUF.  */
static void
strip_colours (const char *text, char *buf, size_t size)
{
  size_t o = 0;
  for (const char *p = text; *p && o + 1 < size; p++)
    {
      if (*p == '\33' && p[1] == '[')
        {
          p += 2;
          while (*p && !(*p >= '@' && *p <= '~'))
            p++;
          if (!*p)
            break;
          continue;
        }
      buf[o++] = *p;
    }
  buf[o] = '\0';
}

static void
catch_note (diagnostic_context *dc, diagnostic_info *d, diagnostic_t kind)
{
  if (catcher && d->kind == DK_NOTE)
    {
      char buf[1024];
      strip_colours (pp_formatted_text (dc->printer), buf, sizeof buf);
      /* The text printer's buffer holds the prefix, the JSON one's not.  */
      const char *msg = strstr (buf, "note: ");
      msg = msg ? msg + 6 : buf;
      ge_pos pos = ge_gimple::gimple_pos (diagnostic_location (d));
      if (pos.file)
        {
          ge_src_physical_pos (catcher_source, pos.file, pos.line, &pos.file,
                               &pos.line);
          ge_compare_frontend_note (catcher, pos, msg);
        }
    }
  original_finalizer (dc, d, kind);
}

void
goescape_frontend_notes_catch (ge_compare *cmp, ge_src_unit *su)
{
  catcher = cmp;
  catcher_source = su;
  if (!original_finalizer)
    {
      original_finalizer = diagnostic_finalizer (global_dc);
      diagnostic_finalizer (global_dc) = catch_note;
    }
}

void
goescape_frontend_notes_release (void)
{
  catcher = NULL;
  catcher_source = NULL;
}
