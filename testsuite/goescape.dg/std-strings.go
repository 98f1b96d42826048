// { dg-do compile }
// Calls into strings and bytes, with gc 1.19's verdicts from their
// export data.
package p

import (
	"bytes"
	"strings"
)

// Pure functions of strings: nothing escapes.
func index(s, sub string) int { // { dg-message "12: s does not escape" }
	// { dg-message "15: sub does not escape" "" { target *-*-* } .-1 }
	return strings.Index(s, sub)
}

func hasPrefix(s string) bool { // { dg-message "16: s does not escape" }
	return strings.HasPrefix(s, "go")
}

// Results that alias their argument.
func trim(s string) string { // { dg-message "11: leaking param: s to result ~r0 level=0" }
	return strings.TrimSpace(s)
}

func fields(s string) []string { // { dg-message "13: leaking param: s" }
	return strings.Fields(s)
}

func split(s string) []string { // { dg-message "12: leaking param: s" }
	return strings.Split(s, ",")
}

func join(parts []string) string { // { dg-message "11: leaking param: parts to result ~r0 level=1" }
	return strings.Join(parts, "/")
}

// A Builder on the stack.
func build(a, b string) string { // { dg-message "12: a does not escape" }
	// { dg-message "15: b does not escape" "" { target *-*-* } .-1 }
	var sb strings.Builder
	sb.WriteString(a)
	sb.WriteString(b)
	return sb.String()
}

// A Builder whose buffer is returned.
func builder(n int) *strings.Builder {
	sb := &strings.Builder{} // { dg-message "8: &strings\\.Builder\\{\\} escapes to heap" }
	sb.Grow(n)
	return sb
}

// A Reader over a string.
func reader(s string) *strings.Reader { // { dg-message "13: leaking param: s" }
	return strings.NewReader(s)
}

// bytes.Buffer on the stack and returned.
func buffer(p []byte) int { // { dg-message "13: p does not escape" }
	var b bytes.Buffer
	b.Write(p)
	return b.Len()
}

func newBuffer(p []byte) *bytes.Buffer { // { dg-message "16: leaking param: p" }
	return bytes.NewBuffer(p)
}

func bytesEqual(a, b []byte) bool { // { dg-message "17: a does not escape" }
	// { dg-message "20: b does not escape" "" { target *-*-* } .-1 }
	return bytes.Equal(a, b)
}

func bytesTrim(a []byte) []byte { // { dg-message "16: leaking param: a to result ~r0 level=0" }
	return bytes.TrimSpace(a)
}

func toUpper(a []byte) []byte { // { dg-message "14: a does not escape" }
	return bytes.ToUpper(a)
}
