// { dg-do compile }
// A local constant moves gc's conversion position; a parameter of the
// same name elsewhere does not (verdicts from gc 1.19).
package p

import "fmt"

func f(context string) string { // { dg-message "8: leaking param: context" }
	return fmt.Sprintf("%s in %s", "x", context) // { dg-message "20: \\.\\.\\. argument does not escape" }
	// { dg-message "33: \"x\" escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "33: context escapes to heap" "" { target *-*-* } .-2 }
}

func g() string {
	const context = "define clause"
	return fmt.Sprintf("%s: %s", "y", context) // { dg-message "20: \\.\\.\\. argument does not escape" }
	// { dg-message "31: \"y\" escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "36: context escapes to heap" "" { target *-*-* } .-2 }
}

func h(context string) string { // { dg-message "8: leaking param: context" }
	return fmt.Sprintf("%s and %s", "z", context) // { dg-message "20: \\.\\.\\. argument does not escape" }
	// { dg-message "34: \"z\" escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "34: context escapes to heap" "" { target *-*-* } .-2 }
}
