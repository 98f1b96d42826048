// A named result is reported by its name.
// { dg-do compile }
package p

func named(a *int) (r *int, err error) { // { dg-message "12: leaking param: a to result r level=0" }
	r = a
	return
}
