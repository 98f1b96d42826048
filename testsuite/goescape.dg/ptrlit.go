// &T{...}: escapes when stored in a global, stays on the stack otherwise.
// { dg-do compile }
package p

type User struct {
	Name string
	Age  int
}

var gu *User

func litEsc() {
	gu = &User{Name: "a"} // { dg-message "7: &User\\{\\.\\.\\.\\} escapes to heap" }
}

func litNoEsc() int {
	u := &User{Age: 1} // { dg-message "7: &User\\{\\.\\.\\.\\} does not escape" }
	return u.Age
}
