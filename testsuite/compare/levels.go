// Parameter leak levels and chains of indirections.
package p

type Node struct {
	next *Node
	val  *int
	data [4]*int
}

var global *int
var gnode *Node

func deref1(p **int) *int     { return *p }
func deref2(p ***int) *int    { return **p }
func deref3(p ****int) **int  { return **p }
func addrOf(p *int) **int     { q := p; return &q }
func storeDeep(p ***int)      { global = **p }
func storeNode(n *Node)       { gnode = n.next }
func storeVal(n *Node)        { global = n.val }
func storeData(n *Node, i int) { global = n.data[i] }
func keep(n *Node) *Node      { return n }
func keepNext(n *Node) *Node  { return n.next }
func keepNextNext(n *Node) *Node {
	return n.next.next
}
func walk(n *Node) int {
	c := 0
	for n != nil {
		c++
		n = n.next
	}
	return c
}
func last(n *Node) *Node {
	for n.next != nil {
		n = n.next
	}
	return n
}
func link(a, b *Node) { a.next = b }
func swapVals(a, b *Node) {
	a.val, b.val = b.val, a.val
}
func two(p, q *int) (*int, *int) { return q, p }
func pick(c bool, p, q *int) *int {
	if c {
		return p
	}
	return q
}
func newNode(v *int) *Node { return &Node{val: v} }
func newNodes(v *int) *Node {
	n := &Node{val: v}
	n.next = &Node{val: v}
	return n
}
func local() int {
	x := 1
	p := &x
	pp := &p
	return **pp
}
func localEscapes() **int {
	x := 1
	p := &x
	return &p
}
