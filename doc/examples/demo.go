// The bundled example of "make demo": the scenarios users ask about
// first, each with the verdict gc 1.19 gives it.
package main

type User struct {
	Name string
	Age  int
}

var global *int
var current *User

// Returning the address of a local: x is moved to the heap.
func newCounter() *int {
	x := 0
	return &x
}

// Storing a parameter in a global: p leaks.
func remember(p *int) {
	global = p
}

// Returning a parameter: it leaks to the result, not to the heap.
func pick(a, b *User) *User {
	return a
}

// Only reading through a parameter: it does not escape.
func age(u *User) int {
	return u.Age
}

// Composite literals and new: on the stack unless they outlive the call.
func login(name string) {
	current = &User{Name: name}
	tmp := new(User)
	tmp.Age = age(current)
}

func main() {
	var n int
	remember(&n)
	_ = newCounter()
	_ = pick(current, nil)
	login("gopher")
}
