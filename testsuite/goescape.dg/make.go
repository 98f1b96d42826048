// make: slices of constant and non-constant size, maps, channels.
// { dg-do compile }
package p

var gs []byte

func nonConstant(n int) []byte {
	b := make([]byte, n) // { dg-message "11: make\\(\\\[\\\]byte, n\\) escapes to heap" }
	return b
}

// A non-constant size goes to the heap even when nothing keeps it.
func nonConstantLocal(n int) int {
	b := make([]byte, n) // { dg-message "11: make\\(\\\[\\\]byte, n\\) escapes to heap" }
	return len(b)
}

func constant() int {
	b := make([]int, 10) // { dg-message "11: make\\(\\\[\\\]int, 10\\) does not escape" }
	return b[0]
}

func constantStored() {
	gs = make([]byte, 16, 32) // { dg-message "11: make\\(\\\[\\\]byte, 16, 32\\) escapes to heap" }
}

func localMap() int {
	m := make(map[string]int) // { dg-message "11: make\\(map\\\[string\\\]int\\) does not escape" }
	m["a"] = 1
	return len(m)
}

func returnedMap() map[int]*int {
	return make(map[int]*int, 4) // { dg-message "13: make\\(map\\\[int\\\]\\*int, 4\\) escapes to heap" }
}

// Channels are always allocated by the runtime: gc reports nothing.
func channel() chan int {
	return make(chan int)
}

func capacity(n int) int {
	b := make([]byte, 0, n+1) // { dg-message "11: make\\(\\\[\\\]byte, 0, n \\+ 1\\) escapes to heap" }
	return len(b)
}
