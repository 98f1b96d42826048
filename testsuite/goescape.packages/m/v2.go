// Package markdown is compiled as m/v2: its path's last element is not
// its name (../names.go).
package markdown

type NodeType int

func (t NodeType) String() string { return "node" }

type Node struct{ Kind NodeType }

func (n *Node) Text() string { return "text" }
