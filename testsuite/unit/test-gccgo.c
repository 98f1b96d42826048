/* Unit tests: gccgo-12's names and runtime entry points, decoded.  The
   names are those gccgo-12 gives in GIMPLE (-fdump-tree-ssa, package p
   without -fgo-pkgpath, so "go.p.") to the Go code quoted beside each
   check.  */

#include <stdlib.h>
#include <string.h>

#include "goescape/gccgo/names.h"
#include "goescape/gccgo/runtime.h"
#include "unit.h"

static void
test_temporaries (void)
{
  CHECK (ge_gccgo_is_temp_name (NULL));
  CHECK (ge_gccgo_is_temp_name ("GOTMP.3"));
  CHECK (ge_gccgo_is_temp_name ("$ret0"));
  CHECK (ge_gccgo_is_temp_name ("D.1234"));
  CHECK (ge_gccgo_is_temp_name ("RESULT.0"));
  CHECK (!ge_gccgo_is_temp_name ("x"));
  CHECK (!ge_gccgo_is_temp_name ("GOT"));
  /* _ = f(): a blank parameter or result; $this in stubs.  */
  CHECK (ge_gccgo_is_unnamed_param ("_"));
  CHECK (ge_gccgo_is_unnamed_param ("p.1"));
  CHECK (ge_gccgo_is_unnamed_param ("$p0"));
  CHECK (!ge_gccgo_is_unnamed_param ("p"));
  CHECK (ge_gccgo_result_index ("$ret2") == 2);
  CHECK (ge_gccgo_result_index ("ret2") == -1);
}

/* type E struct{}; func (E) M() {}; type T struct{ E }
   func f() func() func() {
     g := func() func() { return func() {} }   go.p.f..func1, ..func2
     go h(); defer recover()                    go.p.go..thunk0, f..r
     return g }
   func init() {}                               go.p.go.p..init0  */
static void
test_functions (void)
{
  CHECK (ge_gccgo_is_closure_name ("go.p.f..func1"));
  CHECK (ge_gccgo_is_closure_name ("go.p.f..func2"));
  CHECK (!ge_gccgo_is_closure_name ("go.p.f..funcx"));
  CHECK (!ge_gccgo_is_closure_name ("go.p.function"));
  CHECK (ge_gccgo_is_wrapper_name ("go.p.go..thunk0"));
  CHECK (ge_gccgo_is_wrapper_name ("go.p.T.M..stub"));
  CHECK (!ge_gccgo_is_wrapper_name ("go.p.go..thunk0x"));
  CHECK (!ge_gccgo_is_wrapper_name ("go.p.stub"));
  CHECK (ge_gccgo_init_index ("go.p.go.p..init0") == 0);
  CHECK (ge_gccgo_init_index ("main.main..init12") == 12);
  CHECK (ge_gccgo_init_index ("go.p.initialize") == -1);
  CHECK (ge_gccgo_is_package_initializer ("go.p..import"));
  CHECK (!ge_gccgo_is_package_initializer ("go.p.import"));

  /* func f() { recover() } is split into f and its body f..r; with
     -fgo-pkgpath=p, func (t *T) M() { recover() } into p.T.M and
     p.p.T.M..r.  */
  char *f = ge_gccgo_recover_body_of ("go.p.f..r");
  CHECK_STREQ (f, "go.p.f");
  free (f);
  f = ge_gccgo_recover_body_of ("p.p.T.M..r");
  CHECK_STREQ (f, "p.T.M");
  free (f);
  CHECK (ge_gccgo_recover_body_of ("go.p.f") == NULL);

  /* Type equality helpers (-fgo-pkgpath=p): not Go code.  */
  CHECK (ge_gccgo_is_helper_name ("p.T..eq"));
  CHECK (ge_gccgo_is_helper_name ("p._63_7int32..eq"));
  CHECK (ge_gccgo_is_helper_name (NULL));
  CHECK (!ge_gccgo_is_helper_name ("go.p.f"));
  CHECK (!ge_gccgo_is_helper_name ("go.p.f..func2"));
  CHECK (!ge_gccgo_is_helper_name ("go.p.go..thunk0"));
  CHECK (!ge_gccgo_is_helper_name ("go.p.T.M..stub"));
  CHECK (!ge_gccgo_is_helper_name ("go.p.f..r"));
  CHECK (!ge_gccgo_is_helper_name ("go.p..import"));
  CHECK (!ge_gccgo_is_helper_name ("go.p.go.p..init0"));
}

/* f := strings.Index; g := func() {}; var x any = 1; type E int with
   a method M, var i I = e (an interface method table); var t *T in an
   interface with -fgo-pkgpath=p.  */
static void
test_descriptors (void)
{
  bool closure = true;
  char *f = ge_gccgo_descriptor_func ("strings.Index..f", &closure);
  CHECK_STREQ (f, "strings.Index");
  CHECK (!closure);
  free (f);
  f = ge_gccgo_descriptor_func ("go.p.f..func1..f", &closure);
  CHECK_STREQ (f, "go.p.f..func1");
  CHECK (closure);
  free (f);
  CHECK (ge_gccgo_descriptor_func ("p.f", NULL) == NULL);
  CHECK (ge_gccgo_descriptor_func ("..f", NULL) == NULL);

  /* Literals of package-level declarations are evaluated by no
     function's body; go and defer wrappers are thunks.  */
  CHECK (ge_gccgo_is_package_closure_name ("go.p..go..func1"));
  CHECK (!ge_gccgo_is_package_closure_name ("go.p..go..func2..func1"));
  CHECK (!ge_gccgo_is_package_closure_name ("go.p.f..func1"));
  CHECK (ge_gccgo_is_thunk_name ("go.p.go..thunk0"));
  CHECK (!ge_gccgo_is_thunk_name ("go.p.T.m..stub"));
  CHECK (!ge_gccgo_is_thunk_name ("go.p.thunk"));

  char buf[64];
  ge_gccgo_descriptor_type ("int..d", buf, sizeof buf);
  CHECK_STREQ (buf, "int");
  ge_gccgo_descriptor_type ("go.p.E..d", buf, sizeof buf);
  CHECK_STREQ (buf, "E");
  ge_gccgo_descriptor_type ("imt..interface_4M_bfunc_8_9_8_9_5..go_0p.E", buf,
                            sizeof buf);
  CHECK_STREQ (buf, "E");
  ge_gccgo_descriptor_type ("pimt..interface_4M_bfunc_8_9_8_9_5..p.T", buf,
                            sizeof buf);
  CHECK_STREQ (buf, "T");
  /* interface{}(new(int)) and interface{}(&S{}): gccgo-12 names the
     descriptors of *int and *p.S so.  */
  ge_gccgo_descriptor_type ("int..p", buf, sizeof buf);
  CHECK_STREQ (buf, "*int");
  ge_gccgo_descriptor_type ("go.p.S..p", buf, sizeof buf);
  CHECK_STREQ (buf, "*S");
  ge_gccgo_descriptor_type ("go.p.LongTypeName..d", buf, 5);
  CHECK_STREQ (buf, "Long");

  CHECK (ge_gccgo_is_constant_name ("go..C42"));
  CHECK (!ge_gccgo_is_constant_name ("go.p.C"));
  CHECK_STREQ (ge_gccgo_global_name ("go.p.x"), "x");
  CHECK_STREQ (ge_gccgo_global_name ("x"), "x");
}

/* b.WriteString(s) with b a bytes.Buffer; encoding/json's (*Encoder).  */
static void
test_methods (void)
{
  struct ge_gccgo_method m;
  CHECK (ge_gccgo_split_method ("bytes.Buffer.WriteString", &m));
  CHECK (m.type_len == 6 && strncmp (m.type, "Buffer", 6) == 0);
  CHECK_STREQ (m.method, "WriteString");
  CHECK (m.pkg_len == 6 && strncmp (m.pkg, "bytes.", 6) == 0);
  CHECK (ge_gccgo_split_method ("encoding/json.Encoder.Encode", &m));
  CHECK (m.pkg_len == 5 && strncmp (m.pkg, "json.", 5) == 0);
  CHECK (!ge_gccgo_split_method ("strings.Index", &m));
  CHECK (!ge_gccgo_split_method ("main", &m));
}

static void
test_runtime (void)
{
  CHECK (ge_gccgo_runtime_role ("runtime.newobject") == GE_RT_NEWOBJECT);
  CHECK (ge_gccgo_allocates (ge_gccgo_runtime_role ("runtime.makeslice64")));
  CHECK (ge_gccgo_allocates (ge_gccgo_runtime_role ("runtime.makemap__small")));
  CHECK (!ge_gccgo_allocates (ge_gccgo_runtime_role ("runtime.growslice")));
  CHECK (ge_gccgo_runtime_role ("runtime.typedmemmove") == GE_RT_LOWERING);
  CHECK (ge_gccgo_runtime_role ("strings.Index") == GE_RT_NONE);
  CHECK (ge_gccgo_runtime_role (NULL) == GE_RT_NONE);

  /* go f(x): __go_go (fn, arg); any other arity is not gccgo-12's.  */
  CHECK (ge_gccgo_runtime_call ("__go_go", 2).role == GE_RT_GO);
  CHECK (ge_gccgo_runtime_call ("__go_go", 3).role == GE_RT_NONE);
  CHECK (ge_gccgo_runtime_call ("runtime.deferproc", 3).role == GE_RT_DEFER);
  CHECK (ge_gccgo_runtime_call ("runtime.deferprocStack", 4).role
         == GE_RT_DEFER);
  CHECK (ge_gccgo_runtime_call ("runtime.deferproc", 2).role
         == GE_RT_LOWERING);

  /* m[k] = v: the generic entry takes &k, the fast ones k.  */
  struct ge_rt_entry e = ge_gccgo_runtime_call ("runtime.mapassign", 3);
  CHECK (e.role == GE_RT_MAPASSIGN && e.key_by_address);
  e = ge_gccgo_runtime_call ("runtime.mapassign_faststr", 3);
  CHECK (e.role == GE_RT_MAPASSIGN && !e.key_by_address);
  CHECK (ge_gccgo_runtime_role ("runtime.mapassign_fast64")
         == GE_RT_MAPASSIGN);

  CHECK (ge_gccgo_runtime_call ("runtime.assertE2I2", 2).role
         == GE_RT_TYPE_ASSERT);
  CHECK (ge_gccgo_runtime_call ("runtime.ifaceI2I2", 2).role
         == GE_RT_TYPE_ASSERT);
  /* string(b) copies b's bytes; []byte(s) is a new slice.  */
  CHECK (ge_gccgo_runtime_call ("runtime.slicebytetostring", 3).copies_bytes);
  e = ge_gccgo_runtime_call ("runtime.stringtoslicebyte", 2);
  CHECK (e.role == GE_RT_STRING_CONV && !e.copies_bytes);
  CHECK (ge_gccgo_runtime_call ("runtime.selectgo", 5).role == GE_RT_SELECT);
  CHECK (ge_gccgo_runtime_call ("__go_construct_map", 6).role
         == GE_RT_MAP_LITERAL);
}

int
main (void)
{
  test_temporaries ();
  test_functions ();
  test_descriptors ();
  test_methods ();
  test_runtime ();
  return UNIT_DONE ();
}
