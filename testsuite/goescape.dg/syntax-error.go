// A Go file with errors gets gccgo's errors only: no report, no crash.
// { dg-do compile }
package p

func broken() *int {
	x := 1
	return &x +
} // { dg-error "expected operand" }
