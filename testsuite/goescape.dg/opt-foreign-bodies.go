// { dg-do compile }
// { dg-options "-O2" }
// At -O1 and above gccgo compiles the inlinable bodies of imported
// functions (strings.Index, bytes.IndexFunc) into the unit.  They are
// their package's, reported there: here calls of them use their
// summaries, as at -O0 (verdicts from gc 1.19, which any report line
// on strings.go or bytes.go would contradict).  The functions are
// exported: at -O2 gccgo drops unexported ones nothing calls before the
// plugin's pass sees them.
package p

import (
	"bytes"
	"strconv"
	"strings"
)

func Has(s, sub string) bool { // { dg-message "10: s does not escape" }
	// { dg-message "13: sub does not escape" "" { target *-*-* } .-1 }
	return strings.Index(s, sub) >= 0
}

func ASCII(b []byte) bool { // { dg-message "12: b does not escape" }
	notASCII := func(r rune) bool { return r >= 0x80 } // { dg-message "14: func literal does not escape" }
	return bytes.IndexFunc(b, notASCII) < 0
}

func Cut(s string) string { // { dg-message "10: leaking param: s to result ~r0 level=0" }
	a, _, _ := strings.Cut(s, " ")
	return a
}

// strconv.Quote as a value and called: its body is compiled here too.
func Quote(s string) string { // { dg-message "12: s does not escape" }
	q := strconv.Quote
	return q(s) + strconv.Quote(s) // { dg-message "14: q\\(s\\) \\+ strconv.Quote\\(s\\) escapes to heap" }
}

func Quote2(s string) string { return strconv.Quote(s) } // { dg-message "13: s does not escape" }
