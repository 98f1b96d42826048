// gc's noder drops the source's parentheses; gc prints its own, where
// precedence needs them.
package p

var sink interface{}

func f(n, m int, s string) {
	sink = make([]int, (n + 1))
	sink = make([]int, (n+1)*m)
	sink = make([]int, n<<2+m)
	sink = make([]int, (n<<2)+m)
	sink = make([]int, n-(m-1))
	sink = make([]int, (n-m)-1)
	sink = (s + "x")
	sink = []int{(n)}
	g((&n))
}

func g(p *int) { sink = p }
