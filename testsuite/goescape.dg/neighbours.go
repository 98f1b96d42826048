// { dg-do compile }
// Each file of this directory is a package of its own: a name another
// file declares (interfaces.go has "const msg") is not a constant here.
// gc places the conversion of a variable at the variable, of a constant
// at the call (verdicts from gc 1.19).
package p

func show(args ...interface{}) int { return len(args) } // { dg-message "11: args does not escape" }

func greet(n int) int {
	msg := "hello"
	if n > 1 {
		msg = "hellos"
	}
	return show(n, msg) // { dg-message "13: \\.\\.\\. argument does not escape" }
	// { dg-message "13: n does not escape" "" { target *-*-* } .-1 }
	// { dg-message "13: msg does not escape" "" { target *-*-* } .-2 }
}
