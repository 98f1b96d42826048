// String conversions and concatenation: gc reports the temporary each
// allocates; the operands are copied and never escape through it.
// { dg-do compile }
package p

var gs string
var gb []byte

func toString(b []byte) int { // { dg-message "15: b does not escape" }
	s := string(b) // { dg-message "13: string\\(b\\) does not escape" }
	return len(s)
}

func toStringKept(b []byte) { // { dg-message "19: b does not escape" }
	gs = string(b[1:]) // { dg-message "13: string\\(b\\\[1:\\\]\\) escapes to heap" }
}

func toBytes(s string) int { // { dg-message "14: s does not escape" }
	b := []byte(s) // { dg-message "13: \\(\\\[\\\]byte\\)\\(s\\) does not escape" }
	return len(b)
}

func toBytesKept(s string) { // { dg-message "18: s does not escape" }
	gb = []byte(s) // { dg-message "13: \\(\\\[\\\]byte\\)\\(s\\) escapes to heap" }
}

func concat(a, b string) int { // { dg-message "13: a does not escape" }
	// { dg-message "16: b does not escape" "" { target *-*-* } .-1 }
	c := a + b // { dg-message "9: a \\+ b does not escape" }
	return len(c)
}

func concatKept(a, b string) { // { dg-message "17: a does not escape" }
	// { dg-message "20: b does not escape" "" { target *-*-* } .-1 }
	gs = a + "x" + b // { dg-message "15: a \\+ \"x\" \\+ b escapes to heap" }
}

func toRunes(s string) int { // { dg-message "14: s does not escape" }
	r := []rune(s) // { dg-message "13: \\(\\\[\\\]rune\\)\\(s\\) does not escape" }
	return len(r)
}

func quote(s string) string { // { dg-message "12: leaking param: s to result ~r0 level=0" }
	return s
}

// gccgo places a leading string literal inside it; gc at the "+".
func concatCall(a string) string { // { dg-message "17: a does not escape" }
	return "invalid " + quote(a) // { dg-message "20: \"invalid \" \\+ quote\\(a\\) escapes to heap" }
}
