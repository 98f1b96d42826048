// { dg-do compile }
// Calls into io, with gc 1.19's verdicts from its export data.
package p

import (
	"io"
	"strings"
)

// io.Copy's writer and reader are interfaces: they leak.
func cp(w io.Writer, r io.Reader) (int64, error) { // { dg-message "9: leaking param: w" }
	// { dg-message "22: leaking param: r" "" { target *-*-* } .-1 }
	return io.Copy(w, r)
}

func readAll(r io.Reader) ([]byte, error) { // { dg-message "14: leaking param: r" }
	return io.ReadAll(r)
}

func readFull(r io.Reader) ([]byte, error) { // { dg-message "15: leaking param: r" }
	buf := make([]byte, 16) // { dg-message "13: make\\(\\\[\\\]byte, 16\\) escapes to heap" }
	_, err := io.ReadFull(r, buf)
	return buf, err
}

func writeString(w io.Writer, s string) error { // { dg-message "18: leaking param: w" }
	// { dg-message "31: leaking param: s" "" { target *-*-* } .-1 }
	_, err := io.WriteString(w, s)
	return err
}

// A strings.Reader converted to io.Reader escapes.
func fromString(s string) ([]byte, error) { // { dg-message "17: leaking param: s" }
	return io.ReadAll(strings.NewReader(s))
}

func limit(r io.Reader) io.Reader { // { dg-message "12: leaking param: r" }
	return io.LimitReader(r, 10)
}

func multi(a, b io.Reader) io.Reader { // { dg-message "12: leaking param: a" }
	// { dg-message "15: leaking param: b" "" { target *-*-* } .-1 }
	return io.MultiReader(a, b) // { dg-message "23: \\.\\.\\. argument does not escape" }
}
