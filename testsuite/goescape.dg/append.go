// { dg-do compile }
// append and copy (verdicts from gc 1.19).
package p

var sink interface{}
var gs []*int

// The appendee's backing array flows to the result; appended values
// flow to the heap (they are stored in a slice gc cannot track).
func grow(s []*int, x *int) []*int { // { dg-message "11: leaking param content: s" }
	// { dg-message "11: leaking param: s to result ~r0 level=0" "" { target *-*-* } .-1 }
	// { dg-message "21: leaking param: x" "" { target *-*-* } .-2 }
	return append(s, x)
}

// Appending a value type: only the slice matters.
func growInts(s []int, n int) []int { // { dg-message "15: leaking param: s to result ~r0 level=0" }
	return append(s, n)
}

// append(s, t...): the contents of t are copied, not t itself.
func concat(s, t []*int) []*int { // { dg-message "13: leaking param content: s" }
	// { dg-message "13: leaking param: s to result ~r0 level=0" "" { target *-*-* } .-1 }
	// { dg-message "16: leaking param content: t" "" { target *-*-* } .-2 }
	return append(s, t...)
}

// A local slice that only grows locally.
func local() int {
	s := make([]int, 0, 4) // { dg-message "11: make\\(\\\[\\\]int, 0, 4\\) does not escape" }
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

// A local slice appended into a global.
func toGlobal(x *int) { // { dg-message "15: leaking param: x" }
	gs = append(gs, x)
}

// Appending bytes of a string.
func bytesOf(b []byte, s string) []byte { // { dg-message "14: leaking param: b to result ~r0 level=0" }
	// { dg-message "24: s does not escape" "" { target *-*-* } .-1 }
	return append(b, s...)
}

// A literal slice appended to.
func lit() []int {
	s := []int{1, 2, 3} // { dg-message "12: \\\[\\\]int\\{\\.\\.\\.\\} escapes to heap" }
	s = append(s, 4)
	return s
}

// copy moves no pointers between arguments in gc's model.
func cp(dst, src []*int) int { // { dg-message "9: dst does not escape" }
	// { dg-message "14: leaking param content: src" "" { target *-*-* } .-1 }
	return copy(dst, src)
}

func cpString(dst []byte, s string) int { // { dg-message "15: dst does not escape" }
	// { dg-message "27: s does not escape" "" { target *-*-* } .-1 }
	return copy(dst, s)
}

// A local buffer copied into.
func cpLocal(src []int) int { // { dg-message "14: src does not escape" }
	buf := make([]int, 8) // { dg-message "13: make\\(\\\[\\\]int, 8\\) does not escape" }
	return copy(buf, src)
}

// Appending the address of a local makes it escape.
func addrAppend() []*int {
	var s []*int
	x := 1 // { dg-message "2: moved to heap: x" }
	s = append(s, &x)
	return s
}

// Appending to a slice that does not escape still leaks the value.
func appendLocal(x *int) int { // { dg-message "18: leaking param: x" }
	s := make([]*int, 0, 2) // { dg-message "11: make\\(\\\[\\\]\\*int, 0, 2\\) does not escape" }
	s = append(s, x)
	return len(s)
}
