// gc keeps 8 bits of a position's column: from column 255 on it
// prints the line alone.
package p

var sink interface{}

func f(x *int, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa int, y *int, z *int) { sink = y; _ = x; sink = new(int); sink = z }

func g(p *int) *int { var q = new(int); var r = new(int); sink = r; _ = q; return p }
