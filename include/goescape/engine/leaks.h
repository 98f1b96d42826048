/* goescape: leak summaries, encoded as gc 1.19 encodes them
   (cmd/compile/internal/escape/leaks.go).

   A parameter's summary records the minimal number of dereferences of
   any flow from the parameter to the heap and to each of the first
   GE_NUM_ESC_RESULTS results.  Each count is stored plus one, saturating
   at 255; zero means "no flow".  */

#ifndef GOESCAPE_LEAKS_H
#define GOESCAPE_LEAKS_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GE_NUM_ESC_RESULTS 7

typedef struct ge_leaks
{
  uint8_t v[1 + GE_NUM_ESC_RESULTS];
} ge_leaks;

bool ge_leaks_empty (const ge_leaks *l);
/* Minimal derefs to the heap / to result I, or -1 if there is no flow.  */
int ge_leaks_heap (const ge_leaks *l);
int ge_leaks_result (const ge_leaks *l, int i);
void ge_leaks_add_heap (ge_leaks *l, int derefs);
void ge_leaks_add_result (ge_leaks *l, int i, int derefs);
/* Drop result flows no shorter than the shortest heap flow.  */
void ge_leaks_optimize (ge_leaks *l);
/* gc's export-data tag: "" for a heap leak at level 0, else "esc:" and
   the trimmed bytes.  BUF needs 4 + 1 + GE_NUM_ESC_RESULTS + 1 bytes;
   returns the length written (the tag may contain NUL bytes).  */
int ge_leaks_encode (const ge_leaks *l, char *buf);
/* The inverse of ge_leaks_encode: anything not starting "esc:" is a heap
   leak at level 0, as gc's parseLeaks.  */
ge_leaks ge_leaks_decode (const char *tag, int len);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_LEAKS_H */
