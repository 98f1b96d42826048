// What a parameter points to leaks, not the parameter itself.
// { dg-do compile }
package p

var global *int

func content(pp **int) { // { dg-message "14: leaking param content: pp" }
	global = *pp
}
