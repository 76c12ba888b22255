# ML Interview Prep: supervisor of one judged process set (Linux).
#
# Started by the judge as
#   python -u -B supervisor.py MEMORY FSIZE python HARNESS.py     (Python solutions)
#   python -I -S supervisor.py MEMORY FSIZE exec PROGRAM ARG...   (JavaScript / TypeScript)
# with the harness's stdio and private channel on fds 0-3 and a status pipe to the judge on fd 4.
# MEMORY and FSIZE are byte counts (0: no limit).
#
# It never runs the solution's code. It
#   - marks itself PR_SET_CHILD_SUBREAPER, so every orphan of the solution (double forks, setsid,
#     hopping fork-and-exit loops) is re-parented to it and stays findable: the solution cannot
#     clear the flag of its parent;
#   - sets RLIMIT_FSIZE (and no core files) for everything below it;
#   - starts the harness as its child: for Python by fork (the harness runs in the child, which
#     saves a second interpreter start), otherwise by fork and exec;
#   - every 50 ms sums the resident memory of every process below it (anonymous and shared
#     pages, so Buffers, typed arrays and forked children all count); over MEMORY it stops and
#     kills them all and tells the judge on fd 4: "memory <bytes> <processes>";
#   - when the harness ends, kills whatever it left behind and exits the way the harness did
#     (same exit code, or the same signal); on SIGTERM / SIGINT / SIGHUP it kills everything.
# Killing: every process below is stopped (SIGSTOP, so none can fork meanwhile), the tree is read
# again until it holds nothing new, then all get SIGKILL; repeated until the tree is empty
# (at most 2 s).


def _supervise():
    import os
    import signal
    import sys
    import time

    argv = sys.argv
    memory_limit = int(argv[1])
    fsize_limit = int(argv[2])
    mode = argv[3]
    target = argv[4:]
    STATUS = 4
    me = os.getpid()
    monotonic = time.monotonic
    watch_env = os.environ.pop('MLPREP_WATCH_PID', '')

    try:
        os.set_inheritable(STATUS, False)
        os.set_blocking(STATUS, True)
    except OSError:
        STATUS = -1

    libc = None
    try:
        import ctypes
        libc = ctypes.CDLL(None)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        libc.prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG = SIGKILL: die with the judge
    except BaseException:
        libc = None

    try:
        import resource
        if fsize_limit > 0:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize_limit, fsize_limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass

    WAITED = {signal.SIGCHLD, signal.SIGTERM, signal.SIGINT, signal.SIGHUP}
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, WAITED)

    pid = os.fork()
    if pid == 0:
        # The harness. Nothing of the supervisor's stays with it but the loaded modules.
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        if STATUS >= 0:
            os.close(STATUS)
        if libc is not None:
            libc.prctl(1, 9, 0, 0, 0)  # die with the supervisor
        if os.getppid() != me:
            os._exit(1)
        if mode == 'exec':
            for name in ('SIGPIPE', 'SIGXFSZ'):
                sig = getattr(signal, name, None)
                if sig is not None:
                    signal.signal(sig, signal.SIG_DFL)  # as if started by the judge itself
            try:
                os.execv(target[0], target)
            except OSError as exc:
                os.write(2, ('cannot start ' + target[0] + ': ' + str(exc) + '\n').encode('utf-8', 'replace'))
            os._exit(127)
        _run_harness(target[0])
        os._exit(0)

    # The supervisor keeps no end of the channel: when the harness is gone, the judge sees it closed.
    try:
        os.close(3)
    except OSError:
        pass

    # ---------------------------------------------------------------------------------------
    # The process tree below this one.
    def read_small(path):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            return os.read(fd, 65536)
        except OSError:
            return None
        finally:
            os.close(fd)

    has_children_files = read_small('/proc/%d/task/%d/children' % (me, me)) is not None

    def children_of(p):
        out = []
        try:
            tasks = os.listdir('/proc/%d/task' % p)
        except OSError:
            return out
        for t in tasks:
            data = read_small('/proc/%d/task/%s/children' % (p, t))
            if data:
                out.extend(int(x) for x in data.split())
        return out

    def tree_by_stat():
        """Without /proc/<pid>/task/<tid>/children: every process's parent from its stat line."""
        kids = {}
        for name in os.listdir('/proc'):
            if not name.isdigit():
                continue
            data = read_small('/proc/' + name + '/stat')
            if not data:
                continue
            fields = data[data.rfind(b')') + 2:].split()
            if len(fields) > 1:
                kids.setdefault(int(fields[1]), []).append(int(name))
        return kids

    def descendants():
        out = []
        if has_children_files:
            stack = [me]
            while stack:
                for c in children_of(stack.pop()):
                    out.append(c)
                    stack.append(c)
            return out
        kids = tree_by_stat()
        stack = [me]
        while stack:
            for c in kids.get(stack.pop(), ()):
                out.append(c)
                stack.append(c)
        return out

    def resident(p):
        """Anonymous + shared resident bytes of one process (its file-backed pages are not its own)."""
        data = read_small('/proc/%d/status' % p)
        if not data:
            return 0
        total = 0
        for key in (b'RssAnon:', b'RssShmem:'):
            at = data.find(key)
            if at >= 0:
                end = data.find(b'kB', at)
                try:
                    total += int(data[at + len(key):end]) * 1024
                except ValueError:
                    pass
        return total

    harness_status = [None]

    def reap():
        while True:
            try:
                p, st = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            except InterruptedError:
                continue
            if p == 0:
                return
            if p == pid:
                harness_status[0] = st

    def send_signal(p, sig):
        try:
            os.kill(p, sig)
        except OSError:
            pass

    def kill_all():
        deadline = monotonic() + 2.0
        while True:
            reap()
            found = descendants()
            if not found or monotonic() > deadline:
                return
            stopped = set()
            while True:
                fresh = [p for p in found if p not in stopped]
                if not fresh or monotonic() > deadline:
                    break
                for p in fresh:
                    send_signal(p, signal.SIGSTOP)
                    stopped.add(p)
                found = descendants()
            for p in stopped:
                send_signal(p, signal.SIGKILL)
            signal.sigtimedwait({signal.SIGCHLD}, 0.005)

    def report(line):
        if STATUS < 0:
            return
        try:
            os.write(STATUS, (line + '\n').encode('ascii'))
        except OSError:
            pass

    # A warm run (warm.py) is a child of the warm parent, not of the process the judge started (the
    # relay): when the relay is gone (ended, or killed by the judge at a time limit) the run ends.
    watch_fd = -1
    watch_pid = 0
    try:
        watch_pid = int(watch_env or 0)
    except ValueError:
        watch_pid = 0
    if watch_pid > 0:
        try:
            watch_fd = os.pidfd_open(watch_pid)
        except (AttributeError, OSError):
            watch_fd = -1

    def watched_gone():
        if watch_pid <= 0:
            return False
        if watch_fd >= 0:
            import select
            return bool(select.select([watch_fd], [], [], 0)[0])
        try:
            os.kill(watch_pid, 0)
            return False
        except ProcessLookupError:
            return True
        except OSError:
            return False

    # ---------------------------------------------------------------------------------------
    # Wait for the harness; meanwhile watch the memory of the whole set.
    interval = 0.05
    next_poll = monotonic() + interval
    while harness_status[0] is None:
        if memory_limit > 0 or watch_pid > 0:
            info = signal.sigtimedwait(WAITED, max(0.0, next_poll - monotonic()))
        else:
            info = signal.sigwaitinfo(WAITED)
        if info is not None and info.si_signo != signal.SIGCHLD:
            kill_all()
            os._exit(128 + info.si_signo)
        reap()
        if harness_status[0] is not None:
            break
        if watch_pid > 0 and watched_gone():
            kill_all()
            os._exit(137)
        if memory_limit > 0 and monotonic() >= next_poll:
            procs = descendants()
            used = 0
            for p in procs:
                used += resident(p)
            if used > memory_limit:
                for p in procs:
                    send_signal(p, signal.SIGSTOP)
                report('memory %d %d' % (used, len(procs)))
                kill_all()
                os._exit(137)
            next_poll = monotonic() + interval
        elif monotonic() >= next_poll:
            next_poll = monotonic() + interval

    kill_all()
    st = harness_status[0]
    if os.WIFSIGNALED(st):
        sig = os.WTERMSIG(st)
        try:
            signal.signal(sig, signal.SIG_DFL)
        except (OSError, ValueError, RuntimeError):
            pass
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {sig})
        os.kill(me, sig)
        os._exit(128 + sig)
    os._exit(os.WEXITSTATUS(st) if os.WIFEXITED(st) else 1)


def _run_harness(path):
    """Runs harness.py in this (forked) interpreter as its __main__ module."""
    import os
    import sys
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec', dont_inherit=True)
    main = type(sys)('__main__')
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    sys.argv = [path]
    try:
        exec(code, main.__dict__)
    except SystemExit as exc:
        code_ = exc.code
        if code_ is None:
            os._exit(0)
        if isinstance(code_, int):
            os._exit(code_ & 0xff)
        try:
            sys.stderr.write(str(code_) + '\n')
            sys.stderr.flush()
        except BaseException:
            pass
        os._exit(1)
    except BaseException:
        import traceback
        traceback.print_exc()
        os._exit(1)


_supervise()
