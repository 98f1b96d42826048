// Mutually recursive functions are analysed together: a parameter
// returned through the other function's result leaks to the heap.
// { dg-do compile }
package p

var gp *int

func mutualA(p *int, n int) *int { // { dg-message "14: leaking param: p" }
	if n == 0 {
		return p
	}
	return mutualB(p, n-1)
}

func mutualB(q *int, n int) *int { // { dg-message "14: leaking param: q" }
	var y int // { dg-message "6: moved to heap: y" }
	gp = &y
	return mutualA(q, n)
}
