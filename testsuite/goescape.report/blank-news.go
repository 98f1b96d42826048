// "_ = new(T)": gccgo drops the statement whole, gc evaluates new(T)
// into nothing and reports it, in a function, a method and function
// literals, but not in code its deadcode pass removes.

package p

type T struct{ n int }

func top() {
	_ = new(int)
	_ = new(T)
}

func (t *T) method() {
	_ = new([4]byte)
}

func literals() {
	defer func() {
		_ = new(int)
	}()
	func() {
		_ = new(string)
	}()
	go func() {
		_ = new(int)
	}()
}

func dead() {
	if false {
		_ = new(int)
	}
}

func kept() *int {
	p := new(int)
	_ = p
	return nil
}
