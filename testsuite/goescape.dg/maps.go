// { dg-do compile }
// Maps: index, assignment, delete, comma-ok (verdicts from gc 1.19).
package p

var sink interface{}

// Reading a map: what it holds comes out of it.
func get(m map[string]*int, k string) *int { // { dg-message "10: m does not escape" }
	// { dg-message "29: k does not escape" "" { target *-*-* } .-1 }
	return m[k]
}

func getOK(m map[string]*int, k string) (*int, bool) { // { dg-message "12: m does not escape" }
	// { dg-message "31: k does not escape" "" { target *-*-* } .-1 }
	v, ok := m[k]
	return v, ok
}

// Keys and values stored into a map go to the heap.
func put(m map[*int]*int, k, v *int) { // { dg-message "10: m does not escape" }
	// { dg-message "27: leaking param: k" "" { target *-*-* } .-1 }
	// { dg-message "30: leaking param: v" "" { target *-*-* } .-2 }
	m[k] = v
}

func putLocal(v *int) int { // { dg-message "15: leaking param: v" }
	m := map[string]*int{} // { dg-message "22: map\\\[string\\\]\\*int\\{\\} does not escape" }
	m["a"] = v
	return len(m)
}

// delete reads the key only.
func del(m map[*int]int, k *int) { // { dg-message "10: m does not escape" }
	// { dg-message "26: k does not escape" "" { target *-*-* } .-1 }
	delete(m, k)
}

func delString(m map[string]int, k string) { // { dg-message "16: m does not escape" }
	// { dg-message "34: k does not escape" "" { target *-*-* } .-1 }
	delete(m, k)
}

// A map of structs.
type S struct{ p *int }

func field(m map[string]S, k string) *int { // { dg-message "12: m does not escape" }
	// { dg-message "28: k does not escape" "" { target *-*-* } .-1 }
	return m[k].p
}

// A local map whose address escapes.
func addr() *map[int]int {
	m := make(map[int]int) // { dg-message "2: moved to heap: m" }
	// { dg-message "11: make\\(map\\\[int\\\]int\\) escapes to heap" "" { target *-*-* } .-1 }
	return &m
}

// Index with a local key.
func lookup(m map[[2]int]string) string { // { dg-message "13: m does not escape" }
	k := [2]int{1, 2}
	return m[k]
}
