// { dg-do compile }
// The verdicts here follow from the summaries the plugin wrote into
// m/a.o when it compiled package m/a (checked against gc 1.19, which
// reads the same facts from m/a's export data).
package main

import "m/a"

var out *int

func keep() *int {
	x := 1 // { dg-message "2: moved to heap: x" }
	return a.Keep(&x)
}

func drop() int {
	y := 2 // { dg-bogus "moved to heap" }
	return a.Drop(&y)
}

func leak() {
	z := 3 // { dg-message "2: moved to heap: z" }
	a.Leak(&z)
}

// a.Content leaks what its argument points to, not the argument.
func content() {
	v := 4 // { dg-message "2: moved to heap: v" }
	p := &v // { dg-bogus "moved to heap" }
	a.Content(&p)
}

func set(t *a.T) { // { dg-message "10: t does not escape" }
	w := 5 // { dg-message "2: moved to heap: w" }
	t.Set(&w)
}

func local() {
	u := 6 // { dg-message "2: moved to heap: u" }
	var t a.T // { dg-bogus "moved to heap" }
	t.Set(&u)
}

// A value receiver: gccgo passes it as its only field.
func get(t a.T) { // { dg-message "10: leaking param: t" }
	out = t.Get()
}

func store(t *a.T) { // { dg-message "12: leaking param content: t" }
	t.Store()
}

// A value receiver gccgo passes by address: the receiver's fields, not
// its address, reach the result.
func size(r a.R) int { // { dg-message "11: r does not escape" }
	return len(r.Name())
}

func name(r a.R) string { // { dg-message "11: leaking param: r to result ~r0 level=0" }
	return r.Name()
}

func main() {}
