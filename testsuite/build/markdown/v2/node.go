// Package markdown's import path ends in v2: gc names it markdown.
package markdown

type NodeType int

func (t NodeType) String() string { return "node" }

type Node struct {
	Kind NodeType
	Text string
}

func (n *Node) Literal() string { return n.Text }
