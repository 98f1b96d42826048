// new(T): escapes when returned, stays on the stack otherwise.  gc places
// the verdict at the parenthesis.
// { dg-do compile }
package p

type User struct {
	Name string
	Age  int
}

func newEsc() *User {
	return new(User) // { dg-message "12: new\\(User\\) escapes to heap" }
}

func newNoEsc() int {
	u := new(User) // { dg-message "10: new\\(User\\) does not escape" }
	u.Age = 3
	return u.Age
}
