/* goescape: the process's CPU time, for the stats line and the
   report's own share of it.  */

#ifndef GOESCAPE_CPUTIME_H
#define GOESCAPE_CPUTIME_H

#include <stdint.h>
#include <time.h>

/* CPU time the process has used, in nanoseconds.  */
static inline uint64_t
ge_cpu_ns (void)
{
  struct timespec ts;
  if (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
    return 0;
  return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

#endif
