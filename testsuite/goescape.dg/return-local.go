// Returning the address of a local moves it to the heap.
// { dg-do compile }
package p

func retLocal() *int {
	x := 42 // { dg-message "2: moved to heap: x" }
	return &x
}

type User struct {
	Name string
	Age  int
}

func newUser() *User {
	u := User{Name: "a"} // { dg-message "2: moved to heap: u" }
	return &u
}
