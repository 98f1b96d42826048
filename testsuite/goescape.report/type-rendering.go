// Types in rendered expressions, printed as gc prints them: empty
// struct and interface types as "struct {}", a function type's result
// after a space, fields on separate lines joined by "; ".
package p

type RR interface{ Header() int }

var sink interface{}

func f(n int) {
	sink = make(map[string]struct{})
	sink = make([]interface{}, n)
	sink = new(interface{})
	sink = map[uint16]func() RR{}
	sink = make(chan<- int)
	sink = make([]func(int) (int, error), n)
	sink = make([]struct{ a int }, n)
	sink = new(struct {
		a int
		b int
	})
	sink = []func() RR{}
	sink = new(<-chan int)
	sink = make(map[string]func() *int)
}
