// gc's order within a function: declared variables first, then
// allocating expressions, whatever their lines.
// { dg-do compile }
package p

var gp *int
var gq *int

func callee(b *int) *int { // { dg-message "13: leaking param: b to result ~r0 level=0" }
	p := new(int) // { dg-message "10: new\\(int\\) escapes to heap" }
	var x int     // { dg-message "6: moved to heap: x" }
	gp = &x
	gq = p
	return b
}
