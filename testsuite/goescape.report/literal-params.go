// A function literal whose result type is a name, "func(j Job) Job",
// is no method declaration: its parameters keep their names (gccgo
// renames a captured one "param").
package p

type Job interface{ Run() }

type FuncJob func()

func (f FuncJob) Run() { f() }

type JobWrapper func(Job) Job

func Recover() JobWrapper {
	return func(j Job) Job {
		return FuncJob(func() {
			defer func() {
				if r := recover(); r != nil {
					const size = 64 << 10
					buf := make([]byte, size)
					_ = buf
				}
			}()
			j.Run()
		})
	}
}

func Plain() JobWrapper {
	return func(j Job) Job {
		return FuncJob(func() {
			j.Run()
		})
	}
}
