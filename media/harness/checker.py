# ML Interview Prep: runs a problem's own checker, in a process of its own (never the solution's).
#
# Started by the judge as `python -I -B checker.py <checker-file> <memoryBytes> <fileSizeBytes>`
# in an empty folder. Reads one JSON line per case on stdin:
#   {"args": [...], "expected": V, "actual": V}                       (tagged JSON)
# calls `check(args, expected, actual)` and writes one JSON line per case on fd 1:
#   {"ok": true} | {"ok": false, "message": M} | {"ok": false, "error": E}   (E: the checker failed)
# A checker that returns True accepts, False or a string (the message) rejects. Whatever the
# checker prints goes to stderr.


def _main():
    import sys
    import os
    import json

    path, memory, file_size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    try:
        import resource
        if memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not enforceable on this platform
    out_fd = os.dup(1)
    os.dup2(2, 1)  # prints of the checker go to stderr
    sys.stdout = sys.stderr

    def send(obj):
        data = (json.dumps(obj) + '\n').encode('utf-8')
        while data:
            data = data[os.write(out_fd, data):]

    def hashable(v):
        if isinstance(v, list):
            return tuple(hashable(x) for x in v)
        return v

    def hook(obj):
        if len(obj) == 1:
            if '$float' in obj:
                return float(obj['$float'])
            if '$int' in obj:
                return int(obj['$int'])
            if '$set' in obj:
                return set(hashable(x) for x in obj['$set'])
        elif len(obj) == 2 and '$ndarray' in obj and 'dtype' in obj:
            try:
                import numpy
                return numpy.array(obj['$ndarray'], dtype=obj['dtype'])
            except ImportError:
                return obj['$ndarray']
        return obj

    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        scope = {'__name__': 'checker', '__file__': path}
        exec(compile(source, path, 'exec'), scope)
        check = scope.get('check')
        if not callable(check):
            raise TypeError('the checker does not define check(args, expected, actual)')
    except BaseException as exc:
        send({'ok': False, 'error': 'the checker did not load: ' + type(exc).__name__ + ': ' + str(exc)})
        return
    send({'ready': True})
    for line in sys.stdin:
        try:
            msg = json.loads(line, object_hook=hook)
            verdict = check(msg['args'], msg['expected'], msg['actual'])
        except BaseException as exc:
            send({'ok': False, 'error': type(exc).__name__ + ': ' + str(exc)[:2000]})
            continue
        if verdict is True or (type(verdict).__name__ == 'bool_' and bool(verdict)):
            send({'ok': True})
        elif isinstance(verdict, str):
            send({'ok': False, 'message': verdict[:2000] or 'rejected by the checker'})
        else:
            send({'ok': False, 'message': 'rejected by the checker'})


_main()
