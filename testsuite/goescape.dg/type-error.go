// A type error stops the compilation before any report.
// { dg-do compile }
package p

func typeError() *int {
	x := "s"
	return &x // { dg-error "incompatible type" }
}
