// { dg-do compile }
// Range statements, method calls with variadic arguments, a
// concatenation passed as an argument (verdicts from gc 1.19).
package p

import "fmt"

var sink interface{}

// Range over a map: the value gets what the map holds, the key nothing.
func values(m map[string]*int) { // { dg-message "13: leaking param content: m" }
	for _, v := range m {
		sink = v
	}
}

func keys(m map[*int]bool) { // { dg-message "11: m does not escape" }
	for k := range m {
		sink = k
	}
}

// Range over a channel: the received values come from the heap.
func recv(c chan *int) { // { dg-message "11: c does not escape" }
	for v := range c {
		sink = v
	}
}

func elems(s []*int) *int { // { dg-message "12: leaking param: s to result ~r0 level=1" }
	for _, p := range s {
		return p
	}
	return nil
}

type logger struct{ out []string }

func (l *logger) printf(format string, args ...interface{}) { // { dg-message "7: leaking param content: l" }
	// { dg-message "25: format does not escape" "" { target *-*-* } .-1 }
	// { dg-message "40: leaking param content: args" "" { target *-*-* } .-2 }
	l.out = append(l.out, fmt.Sprintf(format, args...))
}

// A method call with variadic arguments, and a concatenation passed as
// an argument.
func report(l *logger, n int, name string) { // { dg-message "13: leaking param content: l" }
	// { dg-message "31: name does not escape" "" { target *-*-* } .-1 }
	l.printf("n=%d", n) // { dg-message "10: \\.\\.\\. argument does not escape" }
	// { dg-message "11: n escapes to heap" "" { target *-*-* } .-1 }
	l.printf("name="+name, 0) // { dg-message "18: \"name=\" \\+ name does not escape" }
	// { dg-message "10: \\.\\.\\. argument does not escape" "" { target *-*-* } .-1 }
	// { dg-message "25: 0 escapes to heap" "" { target *-*-* } .-2 }
}
