// { dg-do compile }
// Calls into fmt, with gc 1.19's verdicts from fmt's export data.
package p

import (
	"fmt"
	"io"
)

type P struct{ x, y int }

func (p P) String() string { return fmt.Sprintf("(%d, %d)", p.x, p.y) } // { dg-message "48: \\.\\.\\. argument does not escape" }
	// { dg-message "62: p\\.x escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "67: p\\.y escapes to heap" "" { target *-*-* } .-2 }

// Println's operands are converted to interfaces that escape.
func println(n int, s string, p *P) { // { dg-message "21: leaking param: s" }
	// { dg-message "31: leaking param: p" "" { target *-*-* } .-1 }
	fmt.Println(n, s, p) // { dg-message "13: \\.\\.\\. argument does not escape" }
	// { dg-message "13: n escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "13: s escapes to heap" "" { target *-*-* } .-2 }
}

// Sprintf too, and the result is a new string.
func sprintf(n int) string {
	return fmt.Sprintf("%d", n) // { dg-message "20: \\.\\.\\. argument does not escape" }
	// { dg-message "21: n escapes to heap" "" { target *-*-* } .-1 }
}

// Fprintf: the writer leaks (an interface method call inside).
func fprintf(w io.Writer, n int) { // { dg-message "14: leaking param: w" }
	fmt.Fprintf(w, "%d\n", n) // { dg-message "13: \\.\\.\\. argument does not escape" }
	// { dg-message "17: n escapes to heap" "" { target *-*-* } .-1 }
}

// Errorf wraps its operands.
func errorf(err error) error { // { dg-message "13: leaking param: err" }
	return fmt.Errorf("wrapped: %w", err) // { dg-message "19: \\.\\.\\. argument does not escape" }
}

// Sscanf stores through its pointer operands.
func sscanf(s string) (int, error) { // { dg-message "13: leaking param: s" }
	var n int // { dg-message "6: moved to heap: n" }
	_, err := fmt.Sscanf(s, "%d", &n) // { dg-message "22: \\.\\.\\. argument does not escape" }
	return n, err
}

// A constant operand: gc still boxes it, statically.
func constant() {
	fmt.Println("hello", 42) // { dg-message "13: \\.\\.\\. argument does not escape" }
	// { dg-message "14: \"hello\" escapes to heap" "" { target *-*-* } .-1 }
	// { dg-message "23: 42 escapes to heap" "" { target *-*-* } .-2 }
}

// Sprint of a struct value.
func sprint(p P) string {
	return fmt.Sprint(p) // { dg-message "19: \\.\\.\\. argument does not escape" }
	// { dg-message "19: p escapes to heap" "" { target *-*-* } .-1 }
}
