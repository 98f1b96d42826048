/* Unit tests: the package's types and methods as methodsets.c reads them
   for gc's method wrappers: grouped and single declarations, aliases
   and generic types left out, embedded fields (pointer, qualified),
   interfaces and what they embed, the types fields mention, struct
   types written in fields (identical ones once), methods and their
   receivers, generic receivers left out.  */

#include <stdlib.h>
#include <unistd.h>

#include <libiberty/libiberty.h>

#include "goescape/source/methodsets.h"
#include "goescape/source/source.h"
#include "unit.h"

static const char *src =
  "package p\n"
  "import \"io\"\n"
  "type (\n"
  "\tT struct{ p *int }\n"                                      /* 4 */
  "\tA = T\n"
  "\tG[P any] struct{ v P }\n"
  "\tArr [4]T\n"
  ")\n"
  "type U struct {\n"                                           /* 9 */
  "\tT\n"
  "\t*io.PipeReader `tag`\n"
  "\tn, m int\n"
  "\tnext *U\n"
  "\tv *struct {\n"
  "\t\tT\n"
  "\t\tk string `k`\n"
  "\t}\n"
  "\tw []struct {\n"
  "\t\tT\n"
  "\t\tk string `k`\n"
  "\t}\n"
  "}\n"
  "type I interface {\n"                                        /* 23 */
  "\tio.Reader\n"
  "\tGet(x T) (*U, error)\n"
  "}\n"
  "type F func()\n"                                             /* 27 */
  "type D T\n"
  "func (t *T) Get() *int { return t.p }\n"                     /* 29 */
  "func (U) Val(q Arr) {}\n"
  "func (g G[P]) Gen() {}\n"
  "func f() { type local struct{ T } }\n";

static const struct ge_src_type_decl *
find (const struct ge_src_package_types *pt, const char *name)
{
  for (int i = 0; i < pt->ntypes; i++)
    if (strcmp (pt->types[i].name, name) == 0)
      return &pt->types[i];
  return NULL;
}

static void
test_types (const struct ge_src_package_types *pt)
{
  /* T Arr U I F D, and one struct type of U's fields.  */
  CHECK (pt->ntypes == 7);
  CHECK (find (pt, "A") == NULL && find (pt, "G") == NULL
         && find (pt, "local") == NULL);
  const struct ge_src_type_decl *t = find (pt, "T");
  CHECK (t && t->kind == GE_SRC_TYPE_STRUCT && t->nembeds == 0
         && t->nfields == 1 && t->direct_iface);
  const struct ge_src_type_decl *arr = find (pt, "Arr");
  CHECK (arr && arr->kind == GE_SRC_TYPE_OTHER);

  const struct ge_src_type_decl *u = find (pt, "U");
  CHECK (u && u->kind == GE_SRC_TYPE_STRUCT);
  if (u)
    {
      CHECK (u->nembeds == 2);
      if (u->nembeds == 2)
        {
          CHECK_STREQ (u->embeds[0].type, "T");
          CHECK (u->embeds[0].pkg == NULL && !u->embeds[0].ptr);
          CHECK_STREQ (u->embeds[1].type, "PipeReader");
          CHECK_STREQ (u->embeds[1].pkg, "io");
          CHECK (u->embeds[1].ptr);
        }
      /* T PipeReader n m next v w */
      CHECK (u->nfields == 7 && !u->direct_iface);
      /* T, U, the struct type of v and w, once */
      CHECK (u->nrefs == 4);
      if (u->nrefs == 4)
        {
          CHECK_STREQ (u->refs[0], "T");
          CHECK_STREQ (u->refs[1], "U");
          CHECK (strcmp (u->refs[2], u->refs[3]) == 0);
          const struct ge_src_type_decl *s = find (pt, u->refs[2]);
          CHECK (s && s->anonymous && s->nembeds == 1);
        }
    }

  const struct ge_src_type_decl *i = find (pt, "I");
  CHECK (i && i->kind == GE_SRC_TYPE_INTERFACE);
  if (i)
    {
      CHECK (i->nimethods == 1 && i->nembeds == 1);
      if (i->nimethods == 1)
        {
          CHECK_STREQ (i->imethods[0].name, "Get");
          CHECK (i->imethods[0].line == 25 && i->imethods[0].col == 2);
          CHECK (i->imethods[0].nrefs == 2);
        }
      if (i->nembeds == 1)
        CHECK_STREQ (i->embeds[0].pkg, "io");
    }
  const struct ge_src_type_decl *fn = find (pt, "F");
  CHECK (fn && fn->kind == GE_SRC_TYPE_OTHER && fn->direct_iface);
  const struct ge_src_type_decl *d = find (pt, "D");
  CHECK (d && d->kind == GE_SRC_TYPE_DEFINED);
  if (d)
    CHECK_STREQ (d->def_type, "T");
}

static void
test_methods (const struct ge_src_package_types *pt)
{
  CHECK (pt->nmethods == 2);
  if (pt->nmethods != 2)
    return;
  CHECK_STREQ (pt->methods[0].type, "T");
  CHECK_STREQ (pt->methods[0].name, "Get");
  CHECK (pt->methods[0].ptr && pt->methods[0].line == 29
         && pt->methods[0].col == 13);
  CHECK_STREQ (pt->methods[1].type, "U");
  CHECK (!pt->methods[1].ptr);
  CHECK (pt->methods[1].nrefs == 1);
  if (pt->methods[1].nrefs == 1)
    CHECK_STREQ (pt->methods[1].refs[0], "Arr");
}

int
main (void)
{
  char dir[] = "/tmp/goescape-unit-XXXXXX";
  CHECK (mkdtemp (dir) != NULL);
  char *path = concat (dir, "/m.go", NULL);
  FILE *f = fopen (path, "w");
  fputs (src, f);
  fclose (f);
  const char *files[] = { path };
  ge_src_unit *su = ge_src_unit_new (files, 1);
  struct ge_src_package_types *pt = ge_src_package_types (su);
  test_types (pt);
  test_methods (pt);
  ge_src_package_types_free (pt);
  ge_src_unit_free (su);
  unlink (path);
  rmdir (dir);
  free (path);
  return UNIT_DONE ();
}
