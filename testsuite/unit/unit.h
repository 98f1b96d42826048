/* goescape: a minimal unit-test harness for the C core.  Each check
   prints a line; the runner totals them into "N passed, N failed".  */

#ifndef GOESCAPE_UNIT_H
#define GOESCAPE_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

#define CHECK(cond)                                                       \
  do                                                                      \
    {                                                                     \
      if (cond)                                                           \
        unit_passed++;                                                    \
      else                                                                \
        {                                                                 \
          unit_failed++;                                                  \
          printf ("FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                 \
    }                                                                     \
  while (0)

#define CHECK_STREQ(got, want)                                            \
  do                                                                      \
    {                                                                     \
      const char *g_ = (got), *w_ = (want);                               \
      if (g_ && strcmp (g_, w_) == 0)                                     \
        unit_passed++;                                                    \
      else                                                                \
        {                                                                 \
          unit_failed++;                                                  \
          printf ("FAIL: %s:%d: got\n%s\nwant\n%s\n", __FILE__, __LINE__, \
                  g_ ? g_ : "(null)", w_);                                \
        }                                                                 \
    }                                                                     \
  while (0)

/* Write TEXT to a new file named after PATH, a template ending in
   "XXXXXX.go" (mkstemps), the test's Go source.  */
#define UNIT_WRITE_GO(path, text)                                         \
  do                                                                      \
    {                                                                     \
      int fd_ = mkstemps ((path), 3);                                     \
      CHECK (fd_ >= 0);                                                   \
      FILE *f_ = fdopen (fd_, "w");                                       \
      fputs ((text), f_);                                                 \
      fclose (f_);                                                        \
    }                                                                     \
  while (0)

/* The machine-read summary of one test program.  */
#define UNIT_DONE()                                                       \
  (printf ("unit: %d passed, %d failed\n", unit_passed, unit_failed),     \
   unit_failed ? 1 : 0)

#endif
