/* Unit tests: //line directives, gccgo's positions back to the physical
   file and the physical ones to gc's.  The expected gc positions are
   those gc 1.19 prints for the same directives
   (testsuite/goescape.report/line-directives.go).  */

#include <stdlib.h>
#include <unistd.h>

#include "goescape/source/source.h"
#include "unit.h"

static const char *src =
  "package p\n"                 /* 1 */
  "\n"                          /* 2 */
  "//line gen.y:10\n"           /* 3 */
  "func f() {\n"                /* 4: gen.y:10 */
  "}\n"                         /* 5: gen.y:11 */
  "//line gen.y:200:5\n"        /* 6 */
  "func g() {\n"                /* 7: gen.y:200, columns from 5 */
  "}\n"                         /* 8: gen.y:201 */
  "//line :300\n"               /* 9 */
  "func h() {}\n"               /* 10: line 300 of no file */
  "//line C:dir/x.go:40\n"      /* 11: colons in the file name */
  "func k() {}\n"               /* 12 */
  "//line bad.go:0\n"           /* 13: not a directive (line 0) */
  "func m() {}\n"               /* 14: C:dir/x.go:42 */
  " //line indented.go:5\n"     /* 15: not at the start of the line */
  "func n() {}\n";              /* 16: C:dir/x.go:44 */

int
main (void)
{
  char path[] = "/tmp/goescape-linemap-XXXXXX.go";
  UNIT_WRITE_GO (path, src);
  const char *files[] = { path };
  ge_src_unit *su = ge_src_unit_new (files, 1);

  const char *pf = NULL;
  int pl = 0;
  CHECK (ge_src_physical_pos (su, "gen.y", 11, &pf, &pl));
  CHECK (pf == path && pl == 5);
  CHECK (ge_src_physical_pos (su, "gen.y", 200, &pf, &pl) && pl == 7);
  /* gccgo names a directive's empty file "<stdin>".  */
  CHECK (ge_src_physical_pos (su, "<stdin>", 300, &pf, &pl) && pl == 10);
  CHECK (ge_src_physical_pos (su, "C:dir/x.go", 44, &pf, &pl) && pl == 16);
  /* Beyond a segment: gen.y:12 would be line 6, the next directive.  */
  CHECK (!ge_src_physical_pos (su, "gen.y", 12, &pf, &pl));
  CHECK (!ge_src_physical_pos (su, "other.go", 1, &pf, &pl));
  CHECK (!ge_src_physical_pos (su, path, 1, &pf, &pl));

  char buf[256], want[256];
  /* Before the first directive, positions are the file's own.  */
  ge_src_gc_pos (su, path, 1, 9, buf, sizeof buf);
  snprintf (want, sizeof want, "%s:1:9", path);
  CHECK_STREQ (buf, want);
  ge_src_gc_pos (su, path, 4, 6, buf, sizeof buf);
  CHECK_STREQ (buf, "gen.y:10");
  ge_src_gc_pos (su, path, 5, 1, buf, sizeof buf);
  CHECK_STREQ (buf, "gen.y:11");
  ge_src_gc_pos (su, path, 7, 8, buf, sizeof buf);
  CHECK_STREQ (buf, "gen.y:200:12");
  ge_src_gc_pos (su, path, 8, 1, buf, sizeof buf);
  CHECK_STREQ (buf, "gen.y:201:1");
  ge_src_gc_pos (su, path, 10, 6, buf, sizeof buf);
  CHECK_STREQ (buf, ":300");
  ge_src_gc_pos (su, path, 14, 6, buf, sizeof buf);
  CHECK_STREQ (buf, "C:dir/x.go:42");
  ge_src_gc_pos (su, path, 16, 6, buf, sizeof buf);
  CHECK_STREQ (buf, "C:dir/x.go:44");

  ge_src_unit_free (su);
  unlink (path);
  return UNIT_DONE ();
}
