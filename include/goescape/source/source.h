/* goescape: reading Go source text at positions GIMPLE points to.

   gc reports positions and expressions as they are in the source: a
   parameter at its name, new(T) at its parenthesis, &T{...} at its
   ampersand.  GIMPLE keeps only positions, so the plugin reads the
   source there with a small Go lexer.  */

#ifndef GOESCAPE_SOURCE_H
#define GOESCAPE_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the source layer keeps for one compilation unit: the files it
   has read, the package's declarations, gc's static data, and the call
   facts the GIMPLE reader notes (ge_src_note_method_call).  Every query
   takes it; nothing is kept elsewhere.  */
typedef struct ge_src_unit ge_src_unit;

/* A unit compiling the N files FILES (kept by reference until freed):
   what the package declares is read from them, not from every .go file
   of their directories (a directory may hold several programs).  */
ge_src_unit *ge_src_unit_new (const char *const *files, int n);
void ge_src_unit_free (ge_src_unit *su);
/* Whether FILE is one of the unit's files.  */
bool ge_src_unit_has_file (const ge_src_unit *su, const char *file);

/* One parameter or result of a signature.  NAME is NULL when unnamed,
   "_" when blank.  */
struct ge_src_field
{
  char *name;
  int line, col;
};

struct ge_src_signature
{
  bool has_recv;
  struct ge_src_field *params;  /* receiver first when has_recv */
  int nparams;
  struct ge_src_field *results;
  int nresults;
};

/* Parse the signature of the function declared on LINE of FILE (the
   "func" keyword at or before COL).  Returns false if it cannot.  */
bool ge_src_signature (ge_src_unit *su, const char *file, int line, int col,
                       struct ge_src_signature *sig);
void ge_src_signature_free (struct ge_src_signature *sig);

/* The package name of FILE's package clause, into BUF.  */
bool ge_src_package_name (ge_src_unit *su, const char *file, char *buf,
                          size_t size);

/* What kind of allocating expression starts at a position.  */
enum ge_src_alloc
{
  GE_SRC_NONE,
  GE_SRC_NEW,     /* new(T): gc's position is the parenthesis */
  GE_SRC_PTRLIT,  /* &T{...}: gc's position is the ampersand */
  GE_SRC_FUNCLIT, /* func(...) {...}: "func literal" at "func" */
  GE_SRC_MAKE,    /* make(T, ...): gc's position is the parenthesis */
  GE_SRC_CONV,    /* string(b), ([]byte)(s): at the parenthesis */
  GE_SRC_SLICELIT, /* []T{...}: at the brace */
  GE_SRC_METHVAL  /* x.M, a method value: at the dot */
};

/* Classify the expression at FILE:LINE:COL; on success write gc's
   rendering into TEXT (e.g. "new(User)", "&User{...}") and gc's column
   into *GC_COL.  */
enum ge_src_alloc ge_src_alloc_at (ge_src_unit *su, const char *file, int line,
                                   int col, char *text, size_t size,
                                   int *gc_col);

/* The first map literal of the statement from FILE:LINE:COL on: gc's
   rendering ("map[string]int{...}") into TEXT and its brace into
   *GC_LINE, *GC_COL.  False if there is none.  */
bool ge_src_maplit_after (ge_src_unit *su, const char *file, int line, int col,
                          char *text, size_t size, int *gc_line, int *gc_col);

/* The string concatenation whose first operand starts at FILE:LINE:COL:
   gc's rendering ("a + \"x\" + b") into TEXT, the position of its last
   "+" (perhaps on a later line) into *GC_LINE and *GC_COL.  False if
   there is none.  *OP_ASSIGN (if not NULL) says
   whether the position is the X of "X += Y", which gccgo concatenates
   there: gc assigns Y to X, and reports Y only if it is itself a
   concatenation (the one returned).  */
bool ge_src_concat_at (ge_src_unit *su, const char *file, int line, int col,
                       char *text, size_t size, int *gc_line, int *gc_col,
                       bool *op_assign);

/* An operand gc may convert to an interface, as gc reports it.  */
struct ge_src_conv
{
  char text[512];      /* gc's rendering: "x", "E(x)", "(interface {})(x)" */
  int line, col;       /* gc's position of the conversion */
  bool constant;       /* a constant expression */
  bool explicit_conv;  /* a conversion written in the source, T(x) */
  char lit;            /* a literal's kind: 's' string, 'i' integer,
                          'f' float, 'r' rune, 'b' bool; else 0 */
  char name[64];       /* the operand's identifier, or the argument's of
                          a one-argument call such as E(x); else "" */
  char construct;      /* 'c' call argument, 'b' builtin's argument,
                          'r' return operand, 'a' assigned value, 'v'
                          declared value, 'l' literal element, 's' sent
                          value, 'x' explicit conversion */
  int index, count;    /* the operand's index among COUNT in it */
  char key[64];        /* a literal element's key, "val" of val: x */
};

/* The operands converted to interfaces by the construct gccgo places at
   FILE:LINE:COL (a call, return, assignment, declaration, composite
   literal or send), in order, with gc's positions: at most MAX into OUT.
   Returns their number.  */
int ge_src_conv_operands (ge_src_unit *su, const char *file, int line, int col,
                          struct ge_src_conv *out, int max);

/* Whether the call whose function name is at FILE:LINE:COL passes its
   trailing arguments as a variadic list (no "..."): gc's implicit
   "... argument" slice, at the call's parenthesis (*PAREN_LINE,
   *PAREN_COL).  */
bool ge_src_variadic_at (ge_src_unit *su, const char *file, int line, int col,
                         int *paren_line, int *paren_col);

/* Whether a method value x.M (a selector not called) has its dot at
   FILE:LINE:COL; gc's rendering ("x.M") into TEXT.  */
bool ge_src_method_value_at (ge_src_unit *su, const char *file, int line,
                             int col, char *text, size_t size);

/* The columns of the conversions "string(...)" on LINE of FILE (their
   "string"), at most MAX into COLS.  Returns their number.  */
int ge_src_string_conversions (ge_src_unit *su, const char *file, int line,
                               int *cols, int max);

/* Whether the go or defer statement at FILE:LINE:COL calls a function
   literal, go func(...) {...}(...): its "func" into *LIT_LINE,
   *LIT_COL.  */
bool ge_src_go_defer_funclit (ge_src_unit *su, const char *file, int line,
                              int col, int *lit_line, int *lit_col);

/* Where the first argument of the call of the go or defer statement at
   FILE:LINE:COL starts, into *ARG_LINE, *ARG_COL: gccgo evaluates a
   lone argument it hands the runtime as is at the statement.  */
bool ge_src_go_defer_first_arg (ge_src_unit *su, const char *file, int line,
                                int col, int *arg_line, int *arg_col);

/* gc's wrapper of a go or defer statement (escape.goDeferStmt): a
   closure of no arguments that makes the call, with each operand that
   is no constant copied into a temporary it captures.

     defer db.mu.Unlock()     // .autotmp_2 := &db.mu
                              // defer func() { (*sync.Mutex).Unlock(.autotmp_2) }()

   The operands in gc's order once it has made a method call a function
   call (typecheck.FixMethodCall): the function value called, the
   receiver, the arguments.  */
#define GE_SRC_GO_DEFER_MAX 16

/* What the statement calls, as the compiled code shows it.  */
enum ge_src_go_defer_callee
{
  GE_SRC_GO_DEFER_FUNC,         /* a function, a builtin or a method
                                   expression: no operand of its own */
  GE_SRC_GO_DEFER_VALUE,        /* a function value: an operand */
  GE_SRC_GO_DEFER_METHOD,       /* a method, the receiver as it is */
  GE_SRC_GO_DEFER_METHOD_IMPLICIT,  /* a method whose receiver
                                        typecheck adjusts, &x or *p:
                                        at the selector's dot */
  GE_SRC_GO_DEFER_INTERFACE     /* an interface's method */
};

struct ge_src_go_defer_operand
{
  char text[192];   /* gc's rendering of it */
  int line, col;    /* gc's position of its temporary: the operand's, or
                       the call's for a name (ir.HasUniquePos) */
};

struct ge_src_go_defer
{
  int call_line, call_col;  /* the call's parenthesis */
  int dot_line, dot_col;    /* a method call's selector's dot */
  /* What precedes the arguments once the operands are replaced: "f",
     "(*T).M" (the receiver then comes first), ".M" (after the
     receiver's temporary); empty for a function value.  */
  char callee[192];
  bool has_fn, has_recv;
  struct ge_src_go_defer_operand fn, recv;
  int nargs;
  struct ge_src_go_defer_operand args[GE_SRC_GO_DEFER_MAX];
};

/* The call of the go or defer statement whose keyword is at
   FILE:LINE:COL, which calls a KIND, into *OUT; METHOD is gc's method
   expression for a static method call ("(*T).M").  False when the
   source does not show it so, or it passes a variadic list (whose
   elements gc copies one by one).  */
bool ge_src_go_defer_call (ge_src_unit *su, const char *file, int line,
                           int col, enum ge_src_go_defer_callee kind,
                           const char *method, struct ge_src_go_defer *out);

/* The return statement on the line of FILE:LINE:COL (a call of it)
   returns a call of several results, "return f()", which gc's
   typechecking copies into temporaries (RewriteMultiValueCall): the
   number N of the first, ".autotmp_N", and their count into *COUNT;
   -1 if it is no such statement.  */
int ge_src_return_temps (ge_src_unit *su, const char *file, int line,
                         int col, int *count);

/* The number of names the function whose body holds FILE:LINE:COL has
   declared when escape analysis starts (len(fn.Dcl)): gc numbers the
   temporaries the analysis makes from it.  -1 if unknown.  */
int ge_src_function_dcls (ge_src_unit *su, const char *file, int line,
                          int col);

/* A type switch's variable, "switch NAME := x.(type)" with NAME at
   FILE:LINE:COL, is one per clause, which gc declares at the clause's
   colon: that of the clause holding USE_LINE:USE_COL, into *CLAUSE_LINE
   and *CLAUSE_COL.  False if FILE:LINE:COL is no such name or the use is
   in no clause; with USE_LINE 0, whether FILE:LINE:COL is such a name.  */
bool ge_src_typeswitch_clause (ge_src_unit *su, const char *file, int line,
                               int col, int use_line, int use_col,
                               int *clause_line, int *clause_col);

/* The clause of a type switch whose colon is at FILE:LINE:COL (where
   gc declares its variable) as gc prints it in "switch case" notes,
   "case T: return s", into TEXT; its "case" or "default" into
   *CASE_LINE, *CASE_COL.  False if the clause is not read.  */
bool ge_src_typeswitch_case (ge_src_unit *su, const char *file, int line,
                             int col, char *text, size_t size,
                             int *case_line, int *case_col);

/* Whether FILE:LINE:COL lies in a switch clause gc's deadcode pass drops
   (a switch on a constant the source tells: a literal, runtime.GOOS or
   runtime.GOARCH; every clause but the one whose literal case matches,
   or the default).  */
bool ge_src_dead_at (ge_src_unit *su, const char *file, int line, int col);
/* Whether FILE has any such clause.  */
bool ge_src_has_dead (ge_src_unit *su, const char *file);

/* Whether the function literal whose "func" is at FILE:LINE:COL is
   assigned to the blank identifier, "_ = func() {...}", in code gc's
   deadcode pass keeps (not in the branch of an if whose condition is a
   constant the source tells: true, false, 1 > 2).  */
bool ge_src_blank_funclit (ge_src_unit *su, const char *file, int line,
                           int col);

/* "_ = new(T)" in the body of the function at FILE:LINE:COL (its name,
   or a literal's "func"), not in its literals' bodies: gccgo drops the
   statement, gc spills new(T) into nothing.  Up to MAX into OUT, each
   at gc's position (the parenthesis) with gc's text; returns how many.  */
struct ge_src_blank_new
{
  int line, col;
  char text[128];
};
int ge_src_blank_news (ge_src_unit *su, const char *file, int line, int col,
                       struct ge_src_blank_new *out, int max);

/* The column of NAME among the names declared from FILE:LINE:COL on
   ("dir, elem, _ := split(p)": gccgo places every one at the first,
   gc each at its own), into *NAME_COL.  */
bool ge_src_declared_at (ge_src_unit *su, const char *file, int line,
                         int col, const char *name, int *name_col);

/* Where the body of the function literal whose "func" is at
   FILE:LINE:COL first refers to NAME, as gc meets the names (the right
   side of an assignment before its left): an increasing key, or -1,
   and the reference's position into *USE_LINE, *USE_COL.  gc lists a
   closure's captured variables in that order (its ClosureVars), each
   placed at that reference.  */
long ge_src_first_use (ge_src_unit *su, const char *file, int line, int col,
                       const char *name, int *use_line, int *use_col);

/* Whether the identifier NAME starts at FILE:LINE:COL.  */
bool ge_src_ident_at (ge_src_unit *su, const char *file, int line, int col,
                      const char *name);

/* gc's self-assignment rule (isSelfAssign) on the assignment statement
   whose "=" is at FILE:LINE:COL.  THROUGH_PTR says the destination is
   stored through a pointer (gc's ODOTPTR rather than ODOT), which the
   source alone does not tell.  Returns how many of the statement's
   destination/source pairs gc ignores (0 if none), or -1 when no plain
   assignment statement is there; writes gc's rendering of the statement
   into TEXT ("b.p, b.q = b.q, b.p") and whether every pair is ignored
   into *ALL.  */
int ge_src_self_assign (ge_src_unit *su, const char *file, int line, int col,
                        bool through_ptr, char *text, size_t size,
                        bool *all);

/* Of that statement's pairs whose destination is rooted at the variable
   ROOT (s of *s, b of b.p): 1 if gc ignores them all, 0 if not all, -1
   if there are none.  gccgo stores each pair apart: "*s, t = (*s)[:i],
   (*s)[i:]" ignores the store into *s only.  */
int ge_src_self_assign_root (ge_src_unit *su, const char *file, int line,
                             int col, bool through_ptr, const char *root);

/* gc's name for the function declared by the "func" keyword at or
   before FILE:LINE:COL: "f", "T.m" or "(*T).m".  False if none.  */
bool ge_src_func_name (ge_src_unit *su, const char *file, int line, int col,
                       char *buf, size_t size);

/* A call of method METHOD_EXPR (gc's rendering of the method
   expression: "(*T).M", "pkg.T.M") whose selector's dot is at
   FILE:LINE:COL; RECV_PREFIX is '&' or '*' when gc shows the receiver
   taken by address or dereferenced, 'a' when gc takes its address but
   shows it only in -m=2 notes, else 0.  Expressions containing the
   call are then rendered as gc does: "(*T).M(x, args)".  RECV_PATH,
   when not NULL, is the embedded fields a promoted method's receiver
   is reached through, after '*' when the receiver is a pointer and '.'
   otherwise: x.Lock() is "(*sync.Mutex).Lock(x.Mutex)" for "*Mutex".  */
void ge_src_note_method_call (ge_src_unit *su, const char *file, int line,
                              int col, const char *method_expr,
                              char recv_prefix, const char *recv_path);

/* The selector of FIELD whose dot is at FILE:LINE:COL reaches it through
   the embedded fields PATH ("MsgHdr", "A.B"): expressions containing it
   render as gc's, "in.MsgHdr.Rcode" for in.Rcode.  */
void ge_src_note_implicit_fields (ge_src_unit *su, const char *file, int line,
                                  int col, const char *field,
                                  const char *path);

/* The variadic call whose parenthesis is at FILE:PAREN_LINE:PAREN_COL
   (ge_src_variadic_at finds it) passes its arguments after the first
   FIXED in gc's implicit slice: expressions containing it render as gc
   does, "f(a, ... argument...)".  */
void ge_src_note_variadic_call (ge_src_unit *su, const char *file,
                                int paren_line, int paren_col, int fixed);

/* Whether the call gccgo places at FILE:LINE:COL, a selector's dot,
   passes a receiver (a method call, not a package's function).  */
bool ge_src_call_has_receiver (ge_src_unit *su, const char *file, int line,
                               int col);

/* Whether FILE's package declares method METHOD of TYPE with a pointer
   receiver (1), a value receiver (0), or not at all (-1).  */
int ge_src_method_receiver (ge_src_unit *su, const char *file,
                            const char *type, const char *method);

/* //line directives in the unit's files.  gccgo places positions where
   a directive says, with physical columns (and "<stdin>" for a
   directive without a file name): the physical file and line of
   gccgo's FILE:LINE into *PFILE (one of the unit's files) and *PLINE.
   False when no directive maps FILE:LINE.  */
bool ge_src_physical_pos (ge_src_unit *su, const char *file, int line,
                          const char **pfile, int *pline);
/* gc's position for the physical position FILE:LINE:COL, into BUF:
   "FILE:LINE:COL" as a directive gives them, or "FILE:LINE" where the
   directive gives no column.  */
void ge_src_gc_pos (ge_src_unit *su, const char *file, int line, int col,
                    char *buf, size_t size);

/* Package-level variable initializers gc lays out as static data
   (staticinit.c): whether the literal at LINE:COL (its "&" or "{") is
   one, and whether the interface box gc would place at LINE:COL for
   the value printed TEXT is static storage.  */
bool ge_src_static_alloc (ge_src_unit *su, const char *file, int line,
                          int col);
bool ge_src_static_box (ge_src_unit *su, const char *file, int line, int col,
                        const char *text);

/* gc's -m=2 notes (notes.c).  A value a flow starts from: a variable
   NAME, or the expression gc places at LINE:COL (an allocation, a call
   whose result it is).  DST_NAME, when not NULL, is the variable the
   flow goes into: of several assignments in the statement, that one's
   value is searched first.  */
struct ge_src_leaf
{
  const char *name;
  int line, col;
  const char *dst_name;
  /* An interface box gc spills at LINE:COL, for the operand rendered
     TEXT (found by its rendering when nothing is placed there).  */
  const char *text;
  /* The value is converted to an interface where it is assigned,
     returned or passed: gc's implicit OCONVIFACE, "interface-converted"
     at the position gc gives it (ge_src_conv_operands).  */
  bool iface;
  /* The flow goes into the box of the operand rendered BOX_TEXT, which
     gc spills at BOX_LINE:BOX_COL: the notes end there, with the
     conversion's.  */
  const char *box_text;
  int box_line, box_col;
  /* The flow goes to the heap: of append's arguments, the appended
     slice's (gc's "appendee slice").  */
  bool to_heap;
  /* The flow goes into gc's temporary for an argument with several
     holes (teeHole): the notes end at the call's.  */
  bool into_tee;
  /* The flow goes into the storage of the allocation gc places at
     DST_LINE:DST_COL (&T{...}, []T{...}): the value is searched in
     it, and noted up to it.  */
  int dst_line, dst_col;
  /* What the variable NAME is, from its type: whether a selector on it
     dereferences a pointer (1, 0; -1 unknown), and what indexing it
     indexes: 'a' an array, 's' a slice, 'p' an array through a
     pointer, 0 unknown.  */
  int sel_derefs;
  char index_kind;
};

/* One "from WHERE (WHY) at LINE:COL" line.  */
struct ge_src_note
{
  char where[160];
  const char *why;    /* static text: gc's reason */
  int line, col;
};

#define GE_SRC_DEREFS_UNKNOWN (-1000)

/* gc's notes on the way of LEAF's value through the statement gccgo
   places at FILE:LINE:COL, innermost first: up to the statement's
   destination (its "assign", "return", "send" note), or, when CALL_LINE
   is positive, up to the argument of the call placed at
   CALL_LINE:CALL_COL (gc's "call parameter" note is the caller's).  A
   literal that spills (&T{...}, []T{...}) ends them too: what flows
   into it is noted up to it.  DEREFS, the flow's dereferences from the
   value, says which selectors and indexes dereference a pointer
   (GE_SRC_DEREFS_UNKNOWN: the source's guess).  At most MAX into OUT;
   returns their number, 0 when the leaf is not found there.  */
int ge_src_flow_notes (ge_src_unit *su, const char *file, int line, int col,
                       const struct ge_src_leaf *leaf, int derefs,
                       int call_line, int call_col, struct ge_src_note *out,
                       int max);

/* gc's rendering of the call gccgo places at FILE:LINE:COL (its
   parenthesis, its selector's dot or its first token) into BUF:
   "f(p)", "(*T).M(x, a)"; gc's position, its parenthesis, into
   *GC_LINE, *GC_COL.  Returns 0 if there is none.  */
int ge_src_call_text (ge_src_unit *su, const char *file, int line, int col,
                      char *buf, size_t size, int *gc_line, int *gc_col);

/* TEXT, an expression of the statement at FILE:LINE:COL, as gc prints
   it before it has analysed it, into BUF: its variadic calls with their
   arguments as written, not yet "... argument...".  False if that is
   TEXT itself, or no expression there renders as TEXT.  */
bool ge_src_unvisited_text (ge_src_unit *su, const char *file, int line,
                            int col, const char *text, char *buf,
                            size_t size);

/* Whether FILE:LINE:COL is the "for" of a range statement: gccgo copies
   the ranged value into a temporary there, as gc does (its {temp}).  */
bool ge_src_range_at (ge_src_unit *su, const char *file, int line, int col);

#ifdef __cplusplus
}
#endif

#endif /* GOESCAPE_SOURCE_H */
