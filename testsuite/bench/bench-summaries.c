/* Benchmark of the standard library's summary database: the cost of
   opening it (what every compilation pays once) and of a lookup (what
   each call into another package pays).

   Usage: bench-summaries STD.ESC [ROUNDS]  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libiberty/libiberty.h>

#include "goescape/imports/summaries.h"

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-summaries STD.ESC [ROUNDS]\n");
      return 2;
    }
  int rounds = argc > 2 ? atoi (argv[2]) : 100;

  /* Open and close: the start-up cost, best and mean of ROUNDS.  */
  double best = 1e9, total = 0;
  for (int r = 0; r < rounds; r++)
    {
      double t0 = now ();
      ge_summary_file *f = ge_summary_file_open (argv[1], NULL, 0);
      ge_summary s;
      if (!f || !ge_summary_file_lookup (f, "fmt.Println", &s))
        {
          fprintf (stderr, "bench-summaries: cannot use %s\n", argv[1]);
          return 1;
        }
      ge_summary_file_close (f);
      double dt = now () - t0;
      total += dt;
      if (dt < best)
        best = dt;
    }
  printf ("open + first lookup: best %.3f ms, mean %.3f ms (%d rounds)\n",
          best * 1e3, total / rounds * 1e3, rounds);

  /* Every key of the file, looked up in turn.  */
  FILE *in = fopen (argv[1], "r");
  char line[4096];
  char **keys = NULL;
  size_t n = 0;
  while (in && fgets (line, sizeof line, in))
    if (line[0] != '#')
      {
        keys = XRESIZEVEC (char *, keys, n + 1);
        keys[n++] = xstrndup (line, strcspn (line, " "));
      }
  if (in)
    fclose (in);
  ge_summary_file *f = ge_summary_file_open (argv[1], NULL, 0);
  ge_summary s;
  size_t found = 0;
  double t0 = now ();
  for (int r = 0; r < 10; r++)
    for (size_t i = 0; i < n; i++)
      found += ge_summary_file_lookup (f, keys[i], &s);
  double dt = now () - t0;
  printf ("lookup: %zu keys x 10, %.3f us each, %zu found\n", n,
          dt / (10.0 * n) * 1e6, found);
  ge_summary_file_close (f);
  for (size_t i = 0; i < n; i++)
    free (keys[i]);
  free (keys);
  return found == 10 * n ? 0 : 1;
}
