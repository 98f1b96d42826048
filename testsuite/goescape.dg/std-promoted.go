// { dg-do compile }
// Methods another package's type promotes from its fields: gccgo calls
// them through that type's stub, which has no summary; gc's wrapper
// calls the field's method, whose summary then holds, its receiver one
// dereference further for a pointer field or a value receiver
// (verdicts from gc 1.19).
package p

import (
	"bufio"
	"net"
	"time"
)

// *bufio.ReadWriter embeds *bufio.Reader: a pointer field.
func viaPointerField(rw *bufio.ReadWriter) (string, error) { // { dg-message "22: leaking param content: rw" }
	return rw.ReadString('\n')
}

// *net.TCPConn embeds net.conn, an unexported struct, by value.
func viaValueField(c *net.TCPConn, t time.Time) { // { dg-message "20: leaking param content: c" }
	// { dg-message "36: t does not escape" "" { target *-*-* } .-1 }
	c.SetDeadline(t)
}

// A value whose address the stub takes stays on the stack.
func viaValue(rw bufio.ReadWriter) (string, error) { // { dg-message "15: leaking param content: rw" }
	return rw.ReadString('\n')
}

func viaUDP(conn *net.UDPConn, t time.Duration) { // { dg-message "13: leaking param content: conn" }
	conn.SetReadDeadline(time.Now().Add(t))
}
