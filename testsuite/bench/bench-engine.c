/* Benchmark of the escape engine on synthetic graphs of growing size.

   Each shape is built through the public API, as the GIMPLE reader would
   build it, and analysed; the time per location should stay flat as the
   graph grows (gc's solver is linear in the common case).  Shapes:

   chain    x1 = &x0; x2 = x1; ... ; sink = xN  (one long assignment chain
            whose root escapes: every step is re-walked only once)
   fanin    N variables whose addresses all flow into one escaping one
   calls    f0 calls f1 calls ... fN, each passing its pointer parameter
            on (N batches, summaries applied at each call)
   loops    N allocations inside loops, kept by variables outside them

   Usage: bench-engine [MAX]   (largest N, default 1000000)  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "goescape/engine/engine.h"
#include "goescape/engine/report.h"

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static ge_pos
at (int line)
{
  ge_pos p = { "bench.go", line, 2 };
  return p;
}

static void
build_chain (ge_unit *u, int n)
{
  ge_func *f = ge_func_new (u, "p.chain", "chain", at (1));
  ge_loc *prev = ge_loc_new (f, GE_LOC_AUTO, "x", at (2), 1);
  ge_loc *first = prev;
  for (int i = 1; i < n; i++)
    {
      ge_loc *x = ge_loc_new (f, GE_LOC_AUTO, "x", at (2 + i), 1);
      ge_flow (f, ge_hole_shift (ge_hole_of (x), i == 1 ? -1 : 0), prev);
      prev = x;
    }
  ge_flow (f, ge_hole_of (ge_heap (u)), prev);
  (void) first;
}

static void
build_fanin (ge_unit *u, int n)
{
  ge_func *f = ge_func_new (u, "p.fanin", "fanin", at (1));
  ge_loc *sink = ge_loc_new (f, GE_LOC_AUTO, "s", at (2), 1);
  ge_flow (f, ge_hole_of (ge_heap (u)), sink);
  for (int i = 0; i < n; i++)
    {
      ge_loc *x = ge_loc_new (f, GE_LOC_AUTO, "x", at (3 + i), 1);
      ge_flow (f, ge_hole_shift (ge_hole_of (sink), -1), x);
    }
}

static void
build_calls (ge_unit *u, int n)
{
  char name[32];
  ge_func *prev = NULL;
  for (int i = n - 1; i >= 0; i--)
    {
      snprintf (name, sizeof name, "p.f%d", i);
      ge_func *f = ge_func_new (u, name, name + 2, at (1 + i));
      ge_loc *p = ge_func_add_param (f, "p", at (1 + i), true);
      if (prev)
        {
          ge_call *c = ge_call_new (f, prev, at (1 + i), NULL, 1);
          ge_call_arg (c, 0, p, 0, NULL);
        }
      else
        ge_flow (f, ge_hole_of (ge_heap (u)), p);
      prev = f;
    }
}

static void
build_loops (ge_unit *u, int n)
{
  ge_func *f = ge_func_new (u, "p.loops", "loops", at (1));
  for (int i = 0; i < n; i++)
    {
      ge_loc *l = ge_loc_new (f, GE_LOC_AUTO, "l", at (2 + 2 * i), 1);
      ge_spill (f, ge_hole_of (l), "new(int)", at (3 + 2 * i), 2);
    }
}

struct shape
{
  const char *name;
  void (*build) (ge_unit *, int);
};

int
main (int argc, char **argv)
{
  long max = argc > 1 ? atol (argv[1]) : 1000000;
  static const struct shape shapes[]
    = { { "chain", build_chain },
        { "fanin", build_fanin },
        { "calls", build_calls },
        { "loops", build_loops } };
  setvbuf (stdout, NULL, _IOLBF, 0);
  FILE *null = fopen ("/dev/null", "w");
  printf ("%-6s %9s %10s %10s\n", "shape", "N", "seconds", "ns/node");
  for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
    for (long n = 1000; n <= max; n *= 10)
      {
        struct ge_report rep;
        ge_report_init (&rep, null, 1);
        double t0 = now ();
        ge_unit *u = ge_unit_new (&rep);
        ge_unit_add_file (u, "bench.go");
        shapes[s].build (u, (int) n);
        ge_unit_analyze (u);
        ge_unit_free (u);
        double t = now () - t0;
        printf ("%-6s %9ld %10.4f %10.1f\n", shapes[s].name, n, t,
                t * 1e9 / n);
      }
  fclose (null);
  return 0;
}
