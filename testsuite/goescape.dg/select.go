// { dg-do compile }
// Channels: send, receive, select (verdicts from gc 1.19).
package p

var sink interface{}

// The sent value escapes.
func send(c chan *int, p *int) { // { dg-message "11: c does not escape" }
	// { dg-message "24: leaking param: p" "" { target *-*-* } .-1 }
	c <- p
}

func sendLocal(c chan *int) { // { dg-message "16: c does not escape" }
	x := 1 // { dg-message "2: moved to heap: x" }
	c <- &x
}

// Received values come from the heap.
func recvOne(c chan *int) *int { // { dg-message "14: c does not escape" }
	return <-c
}

func sel(a chan *int, b chan *int, p *int) *int { // { dg-message "10: a does not escape" }
	// { dg-message "23: b does not escape" "" { target *-*-* } .-1 }
	// { dg-message "36: leaking param: p" "" { target *-*-* } .-2 }
	select {
	case v := <-a:
		return v
	case b <- p:
		return nil
	default:
		return nil
	}
}

func selLocal(a, b chan *int) { // { dg-message "15: a does not escape" }
	// { dg-message "18: b does not escape" "" { target *-*-* } .-1 }
	x := 2 // { dg-message "2: moved to heap: x" }
	select {
	case a <- &x:
	case v, ok := <-b:
		if ok {
			sink = v
		}
	}
}

func mk() chan int {
	return make(chan int, 1)
}

func mkLocal() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}
