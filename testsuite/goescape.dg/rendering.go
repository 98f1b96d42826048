// { dg-do compile }
// gc renders a static method call as its method expression applied to
// the receiver, and a variadic call with its implicit slice (verdicts
// from gc 1.19).
package p

import "fmt"

func a(n int) string {
	return fmt.Sprintf("%d", n) // { dg-message "20: \\.\\.\\. argument does not escape" }
	// { dg-message "21: n escapes to heap" "" { target *-*-* } .-1 }
}

func b(n int) {
	panic(fmt.Sprintf("%d", n)) // { dg-message "19: fmt\\.Sprintf\\(\"%d\", \\.\\.\\. argument\\.\\.\\.\\) escapes to heap" }
	// { dg-message "19: \\.\\.\\. argument does not escape" "" { target *-*-* } .-1 }
	// { dg-message "20: n escapes to heap" "" { target *-*-* } .-2 }
}

func c(n int) error {
	return fmt.Errorf("%d", n) // { dg-message "19: \\.\\.\\. argument does not escape" }
	// { dg-message "20: n escapes to heap" "" { target *-*-* } .-1 }
}

func d(n int) {
	var e error = fmt.Errorf("%d", n) // { dg-message "26: \\.\\.\\. argument does not escape" }
	// { dg-message "27: n escapes to heap" "" { target *-*-* } .-1 }
	panic(e)
}

func e(n int) {
	s := fmt.Sprintf("%d", n) // { dg-message "18: \\.\\.\\. argument does not escape" }
	// { dg-message "19: n escapes to heap" "" { target *-*-* } .-1 }
	panic(s) // { dg-message "8: s escapes to heap" }
}

func f(n int) {
	g(fmt.Sprintf("%d", n)) // { dg-message "15: fmt\\.Sprintf\\(\"%d\", \\.\\.\\. argument\\.\\.\\.\\) does not escape" }
	// { dg-message "15: \\.\\.\\. argument does not escape" "" { target *-*-* } .-1 }
	// { dg-message "16: n escapes to heap" "" { target *-*-* } .-2 }
}

func g(x interface{}) {} // { dg-message "8: x does not escape" }

func h(n int, s string) { // { dg-message "15: leaking param: s" }
	panic(fmt.Sprint(n, s)) // { dg-message "18: fmt\\.Sprint\\(\\.\\.\\. argument\\.\\.\\.\\) escapes to heap" }
	// { dg-message "18: \\.\\.\\. argument does not escape" "" { target *-*-* } .-1 }
	// { dg-message "18: n escapes to heap" "" { target *-*-* } .-2 }
	// { dg-message "18: s escapes to heap" "" { target *-*-* } .-3 }
}

func i(n int) {
	panic("x" + fmt.Sprint(n)) // { dg-message "24: \"x\" \\+ fmt\\.Sprint\\(\\.\\.\\. argument\\.\\.\\.\\) escapes to heap" }
	// { dg-message "12: \"x\" \\+ fmt\\.Sprint\\(\\.\\.\\. argument\\.\\.\\.\\) escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "24: \\.\\.\\. argument does not escape" "" { target *-*-* } .-2 }
	// { dg-message "24: n escapes to heap" "" { target *-*-* } .-3 }
}

type T struct{}

func (t *T) errorf(format string, args ...any) { // { dg-message "7: t does not escape" }
	// { dg-message "20: format does not escape" "" { target *-*-* } .-1 }
	// { dg-message "35: leaking param content: args" "" { target *-*-* } .-2 }
	panic(fmt.Sprintf(format, args...)) // { dg-message "19: fmt\\.Sprintf\\(format, args\\.\\.\\.\\) escapes to heap" }
}

func (t *T) f(token, context string) { // { dg-message "7: t does not escape" }
	// { dg-message "15: leaking param: token" "" { target *-*-* } .-1 }
	// { dg-message "22: leaking param: context" "" { target *-*-* } .-2 }
	t.errorf("unexpected %s in %s", token, context) // { dg-message "10: \\.\\.\\. argument does not escape" }
	// { dg-message "11: token escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "11: context escapes to heap" "" { target *-*-* } .-2 }
}

type item struct{ s string }

func (i item) String() string { return i.s } // { dg-message "7: leaking param: i to result ~r0 level=0" }

func (t *T) g(tok item, context string) { // { dg-message "7: t does not escape" }
	// { dg-message "15: leaking param: tok" "" { target *-*-* } .-1 }
	// { dg-message "25: leaking param: context" "" { target *-*-* } .-2 }
	t.errorf("unexpected %s in %s", tok, context) // { dg-message "10: \\.\\.\\. argument does not escape" }
	// { dg-message "11: tok escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "11: context escapes to heap" "" { target *-*-* } .-2 }
}

func (t *T) h(tok item, context string) { // { dg-message "7: t does not escape" }
	// { dg-message "15: leaking param: tok" "" { target *-*-* } .-1 }
	// { dg-message "25: leaking param: context" "" { target *-*-* } .-2 }
	if tok.s == "" {
		extra := ""
		t.errorf("%s%s", tok, extra) // { dg-message "11: \\.\\.\\. argument does not escape" }
	// { dg-message "12: tok escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "12: extra escapes to heap" "" { target *-*-* } .-2 }
	}
	t.errorf("unexpected %s in %s", tok, context) // { dg-message "10: \\.\\.\\. argument does not escape" }
	// { dg-message "11: tok escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "11: context escapes to heap" "" { target *-*-* } .-2 }
}
