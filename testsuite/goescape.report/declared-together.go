// Variables declared together, moved to the heap: each at its own name.
package p

type C struct{ n int }

type T struct{ cow *C }

func (t *T) Clone() (t2 *T) {
	cow1, cow2 := *t.cow, *t.cow
	out := *t
	t.cow = &cow1
	out.cow = &cow2
	return &out
}
