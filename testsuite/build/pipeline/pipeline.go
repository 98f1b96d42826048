package pipeline

type Stage func([]byte) []byte

func Chain(s ...Stage) []Stage { return s }

func Run(a Stage, x []byte, b Stage) []byte { return b(a(x)) }
