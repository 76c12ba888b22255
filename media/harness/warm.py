# ML Interview Prep: a warm parent for Python runs (Linux).
#
# Started by the judge once per interpreter and set of required modules as
#   python -u -B warm.py SOCKET MODULE...
# It imports what every run imports (the harness's standard modules and the problem's required
# modules, e.g. numpy or pandas, with BLAS pinned to one thread) and then NEVER runs a solution's
# code: it only listens on the Unix socket SOCKET. Each run is a fresh child forked from this clean
# state, so nothing a solution does (module state, monkeypatches, files, cwd) reaches the next run.
#
# A run: the judge starts `python -I -S relay.py SOCKET ...` with the run's stdio, channel (fd 3)
# and status pipe (fd 4); the relay sends those five descriptors (SCM_RIGHTS) and a JSON request
# {"argv": [supervisor.py, MEMORY, FSIZE, "python", harness.py], "cwd": DIR, "env": {...}, "watch": RELAY_PID}.
# The forked child puts the descriptors on fds 0-4, moves to DIR and runs supervisor.py from the
# run's folder exactly as the cold path does (subreaper, limits, memory sum, kill of everything
# left); the supervisor also ends the run when the relay (the process the judge knows) is gone.
# When the child ends, its raw wait status goes back to the relay, which exits the same way.
#
# Lines on stdout: "ready" once listening; nothing else. It exits when stdin closes (the judge is
# gone) or on SIGTERM.
import os
import sys

for _name in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'NUMEXPR_NUM_THREADS', 'VECLIB_MAXIMUM_THREADS'):
    os.environ[_name] = '1'

# The server's own folder is not importable by the runs.
_here = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or '.') == _here:
    del sys.path[0]


def _serve():
    import json
    import selectors
    import signal
    import socket

    sock_path = sys.argv[1]
    preload = sys.argv[2:]
    # Passing descriptors needs Python 3.9+ on a system with fork and Unix sockets; without them the
    # parent never says "ready", and runs start cold.
    if not hasattr(socket, 'recv_fds') or not hasattr(os, 'fork') or not hasattr(socket, 'AF_UNIX'):
        sys.stderr.write('warm: this Python cannot pass descriptors (3.9+ on Linux needed); runs start cold\n')
        sys.exit(3)

    # What the harness and the supervisor import, so that a run finds them loaded.
    import ctypes  # noqa: F401
    import faulthandler  # noqa: F401
    import io  # noqa: F401
    import linecache  # noqa: F401
    import math  # noqa: F401
    import random  # noqa: F401
    import resource  # noqa: F401
    import time  # noqa: F401
    import traceback  # noqa: F401
    for name in preload:
        try:
            __import__(name)
        except BaseException as exc:  # the run reports the missing module itself
            sys.stderr.write('warm: cannot import %s: %s\n' % (name, exc))

    try:
        os.unlink(sock_path)
    except OSError:
        pass
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(sock_path)
    os.chmod(sock_path, 0o600)
    listener.listen(16)
    listener.setblocking(False)

    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ, 'accept')
    sel.register(0, selectors.EVENT_READ, 'stdin')
    running = {}  # child pid -> connection to its relay

    stop = [False]

    def on_term(signo, frame):
        stop[0] = True

    signal.signal(signal.SIGTERM, on_term)
    # A run's end wakes the loop at once (its status goes back to the relay without waiting for
    # the next poll): SIGCHLD writes to a pipe the selector watches.
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.signal(signal.SIGCHLD, lambda signo, frame: None)
    signal.set_wakeup_fd(wake_w)
    sel.register(wake_r, selectors.EVENT_READ, 'wake')
    sys.stdout.write('ready\n')
    sys.stdout.flush()

    def reap():
        while running:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            except InterruptedError:
                continue
            if pid == 0:
                return
            conn = running.pop(pid, None)
            if conn is not None:
                try:
                    conn.sendall(('exit %d\n' % status).encode('ascii'))
                except OSError:
                    pass
                conn.close()

    def start(conn):
        conn.setblocking(True)
        conn.settimeout(5)
        try:
            msg, fds, _flags, _addr = socket.recv_fds(conn, 1 << 16, 5)
        except (OSError, ValueError):
            conn.close()
            return
        if len(fds) != 5:
            for fd in fds:
                os.close(fd)
            conn.close()
            return
        try:
            req = json.loads(msg.decode('utf-8'))
            argv = [str(x) for x in req['argv']]
            cwd = str(req['cwd'])
            watch = int(req['watch'])
            env = {str(k): str(v) for k, v in dict(req['env']).items()}
        except (ValueError, KeyError, TypeError):
            for fd in fds:
                os.close(fd)
            conn.close()
            return
        pid = os.fork()
        if pid == 0:
            try:
                _child(fds, argv, cwd, env, watch, listener, conn)
            except BaseException:
                pass
            os._exit(70)
        for fd in fds:
            os.close(fd)
        running[pid] = conn

    while not stop[0]:
        for key, _ in sel.select(0.05):
            if key.data == 'accept':
                try:
                    conn, _ = listener.accept()
                except (BlockingIOError, InterruptedError):
                    continue
                start(conn)
            elif key.data == 'wake':
                try:
                    os.read(wake_r, 4096)
                except OSError:
                    pass
            elif key.data == 'stdin':
                try:
                    data = os.read(0, 4096)
                except OSError:
                    data = b''
                if not data:
                    stop[0] = True
        reap()
    try:
        os.unlink(sock_path)
    except OSError:
        pass
    os._exit(0)


def _child(fds, argv, cwd, env, watch, listener, conn):
    import signal
    try:
        signal.set_wakeup_fd(-1)
    except (ValueError, OSError):
        pass
    listener.close()
    conn.close()
    for signo in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGCHLD, signal.SIGPIPE):
        try:
            signal.signal(signo, signal.SIG_DFL)
        except (OSError, ValueError):
            pass
    # The run's descriptors become 0-4 (a received one may already sit on one of those numbers).
    moved = [os.dup(fd) for fd in fds]
    for fd in fds:
        os.close(fd)
    for target, fd in enumerate(moved):
        os.dup2(fd, target, inheritable=target < 3)
        os.close(fd)
    os.closerange(5, 65536)
    os.chdir(cwd)
    # The run's environment (its marker, its TMPDIR), as the relay got it from the judge; the
    # BLAS pins stay.
    pins = {k: v for k, v in os.environ.items() if k.endswith('_NUM_THREADS') or k == 'VECLIB_MAXIMUM_THREADS'}
    os.environ.clear()
    os.environ.update(env)
    os.environ.update(pins)
    os.environ['MLPREP_WATCH_PID'] = str(watch)
    path = argv[0]
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec', dont_inherit=True)
    main = type(sys)('__main__')
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    sys.argv = argv
    exec(code, main.__dict__)
    os._exit(0)


_serve()
