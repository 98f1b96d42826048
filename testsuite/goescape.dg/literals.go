// Slice and map literals, map stores and variadic calls: gc spills the
// literal (or the implicit "... argument" slice) and sends map keys and
// values to the heap.
// { dg-do compile }
package p

var sinkS []*int
var sinkM map[string]*int

func sliceLocal(p *int) int { // { dg-message "17: p does not escape" }
	xs := []*int{p, nil} // { dg-message "14: \\\[\\\]\\*int\\{\\.\\.\\.\\} does not escape" }
	return len(xs)
}

func sliceKept(p *int) { // { dg-message "16: leaking param: p" }
	sinkS = []*int{p} // { dg-message "16: \\\[\\\]\\*int\\{\\.\\.\\.\\} escapes to heap" }
}

func sliceEmpty() int {
	xs := []int{} // { dg-message "13: \\\[\\\]int\\{\\} does not escape" }
	return len(xs)
}

func mapLocal(p *int, k string) int { // { dg-message "15: leaking param: p" }
	// { dg-message "23: leaking param: k" "" { target *-*-* } .-1 }
	m := map[string]*int{"a": p, k: nil} // { dg-message "22: map\\\[string\\\]\\*int\\{\\.\\.\\.\\} does not escape" }
	return len(m)
}

func mapKept() {
	sinkM = map[string]*int{} // { dg-message "25: map\\\[string\\\]\\*int\\{\\} escapes to heap" }
}

func mapPut(m map[*int]*int, k, v *int) { // { dg-message "13: m does not escape" }
	// { dg-message "30: leaking param: k" "" { target *-*-* } .-1 }
	// { dg-message "33: leaking param: v" "" { target *-*-* } .-2 }
	m[k] = v
}

func count(xs ...*int) int { // { dg-message "12: xs does not escape" }
	return len(xs)
}

func keep(xs ...*int) { // { dg-message "11: leaking param: xs" }
	sinkS = xs
}

func variadic(p, q *int) int { // { dg-message "15: p does not escape" }
	// { dg-message "18: q does not escape" "" { target *-*-* } .-1 }
	return count(p, q) // { dg-message "14: \\.\\.\\. argument does not escape" }
}

func variadicKept(p *int) { // { dg-message "19: leaking param: p" }
	keep(p, nil) // { dg-message "6: \\.\\.\\. argument escapes to heap" }
}

func variadicSpread(xs []*int) int { // { dg-message "21: xs does not escape" }
	return count(xs...)
}

func variadicNone() int {
	return count()
}
