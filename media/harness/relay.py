# ML Interview Prep: the process the judge starts for a warm Python run (Linux).
#
#   python -I -S relay.py SOCKET supervisor.py MEMORY FSIZE python harness.py
# It hands its stdio, channel (fd 3) and status pipe (fd 4) to the warm parent listening on SOCKET
# (see warm.py), closes its own copies (so the judge sees the streams end when the run's processes
# end), waits for the run's wait status and exits the same way (same code, or the same signal).
# If it is killed, the run's supervisor sees it gone and kills the run. Exit 75 without touching
# the streams: the warm parent could not be reached (the judge then runs the case cold).
import json
import os
import signal
import socket
import sys


def main():
    sock_path = sys.argv[1]
    argv = sys.argv[2:]
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect(sock_path)
        req = json.dumps({'argv': argv, 'cwd': os.getcwd(), 'env': dict(os.environ), 'watch': os.getpid()}).encode('utf-8')
        socket.send_fds(s, [req], [0, 1, 2, 3, 4])
    except Exception as exc:  # noqa: BLE001 - whatever stops the hand-over, the judge runs the case cold
        try:
            os.write(2, ('warm interpreter unavailable: %s\n' % exc).encode('utf-8', 'replace'))
        except OSError:
            pass
        os._exit(75)
    for fd in (0, 1, 2, 3, 4):
        try:
            os.close(fd)
        except OSError:
            pass
    data = b''
    while b'\n' not in data:
        try:
            chunk = s.recv(64)
        except InterruptedError:
            continue
        except OSError:
            chunk = b''
        if not chunk:
            os._exit(1)  # the warm parent is gone: the run is over
        data += chunk
    try:
        status = int(data.split(b'\n', 1)[0].split()[1])
    except (ValueError, IndexError):
        os._exit(1)
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            signal.signal(sig, signal.SIG_DFL)
        except (OSError, ValueError, RuntimeError):
            pass
        os.kill(os.getpid(), sig)
        os._exit(128 + sig)
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)


main()
