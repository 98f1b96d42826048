// A defer statement's arguments are apart in gc's wrapper: a receiver
// that leaks does not take the other arguments with it, though gccgo
// hands its thunk one record of them all.
package p

import (
	"database/sql/driver"
	"net"
	"runtime"
	"sync"
)

type conn struct{ err syncErr }


type syncErr struct {
	err error
	sync.Mutex
}

// Return ErrBadConn if connection is bad.
func (e *syncErr) get() error {
	e.Lock()
	defer e.Unlock()
	if e.err != nil {
		return driver.ErrBadConn
	}
	return nil
}

// Return the error set on the connection. Currently only used by rows.Next.
func (e *syncErr) getForNext() error {
	e.Lock()
	defer e.Unlock()
	return e.err
}

// Set error, only if it isn't set yet.
func (e *syncErr) set(err error) {
	if err == nil {
		panic("attempt to set nil err")
	}
	e.Lock()
	defer e.Unlock()
	if e.err == nil {
		e.err = err
	}
}

// Handle driver-side settings in parsed connection string.

func (cn *conn) errRecover(err *error) {
	e := recover()
	switch v := e.(type) {
	case nil:
	case runtime.Error:
		cn.err.set(driver.ErrBadConn)
		panic(v)
	case *net.OpError:
		cn.err.set(driver.ErrBadConn)
		*err = v
	case error:
		*err = v
	}
}

func (cn *conn) begin() (err error) {
	defer cn.errRecover(&err)
	return nil
}
