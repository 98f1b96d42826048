// Taking an address that never leaves the function keeps the variable on
// the stack: no report at all.
// { dg-do compile }
package p

func stackLocal() int {
	y := 1 // { dg-bogus "moved to heap: y" }
	p := &y
	return *p
}
