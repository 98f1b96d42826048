// { dg-do compile }
// sync/atomic: gccgo uses GCC builtins, gc sees assembly whose
// arguments leak (verdicts from gc 1.19).
package p

import "sync/atomic"

type I struct{ i int64 }

func (v *I) Value() int64 { return atomic.LoadInt64(&v.i) } // { dg-message "7: leaking param: v" }
func (v *I) Add(n int64)  { atomic.AddInt64(&v.i, n) } // { dg-message "7: leaking param: v" }
func cas(p *int32) bool    { return atomic.CompareAndSwapInt32(p, 1, 2) } // { dg-message "10: leaking param: p" }
func st(p *uint32)         { atomic.StoreUint32(p, 1) } // { dg-message "9: leaking param: p" }
func ld(p *int32) int32    { return atomic.LoadInt32(p) } // { dg-message "9: leaking param: p" }
