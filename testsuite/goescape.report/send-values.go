// A send gives the value to the heap (gc's assignHeap), which matters
// only for a value with pointers: one without is no flow at all.

package p

type Chan struct {
	sc chan int
	sv int
	pc chan *int
	pv *int
}

func sendInt(c *Chan) {
	c.sc <- c.sv
}

func sendPointer(c *Chan) {
	c.pc <- c.pv
}

func sendLocal(ch chan [2]int) {
	v := [2]int{1, 2}
	ch <- v
}
