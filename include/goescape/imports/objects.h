/* goescape: a section out of an object file or an archive (objects.c).  */

#ifndef GOESCAPE_IMPORTS_OBJECTS_H
#define GOESCAPE_IMPORTS_OBJECTS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Section NAME of the object or archive at PATH (for an archive, of the
   first member that has one), xmalloc'd with a NUL after its *LEN
   bytes; NULL if it has none or PATH is no object.  */
char *ge_object_section (const char *path, const char *name, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
