# ML Interview Prep: judge harness for Python solutions.
#
# Started by the judge as `python -u -B harness.py` (on Linux: run by supervisor.py in a child of
# its own, see there) with stdin on the null device, stdout and stderr captured, and a private
# channel on fd 3. It loads one solution and calls its entry
# function once per case. It never sees expected values and decides no verdicts: it only reports
# what the function returned or raised.
#
# Protocol on fd 3, one JSON object per line (the judge's side: src/core/judge/harnessProtocol.ts,
# which drops any line that is not one of these messages):
#   judge -> harness  {"t":"init","nonce":N,"path":P,"source":S,"entry":E,"memoryMb":M,"recursionCap":R}
#                     {"t":"case","i":K,"args":[...],"seed":S?}  (tagged JSON: $float, $int, $set, $ndarray)
#                     {"t":"case","i":K,"args":[],"calls":[["__init__",[...]],["fit",[...]],...],"seed":S?}
#                     (a class case: the entry is a class; the value is the list of the calls' results,
#                     each encoded right after its call, null for the constructor)
#   harness -> judge  "\n" + N + " " + JSON + "\n", where JSON is one of
#                     {"t":"ready"}
#                     {"t":"load_error","kind":"compile"|"memory"|"exit",...}
#                     {"t":"result","i":K,"ok":true,"value":V}
#                     {"t":"result","i":K,"ok":false,"kind":"exception"|"memory"|"stack"|"exit"|"input",...}
#                     ("input": the case's arguments did not decode; the solution was not called)
# Before each result the harness writes the marker "\x1e" + N + "\x1f" to fd 1 and fd 2 so the
# judge can split the captured output per case.
#
# Everything the harness needs after the solution is loaded is bound to locals of _main first,
# so a solution that replaces builtins, json or this module's globals cannot change the wire
# format. Keep imports small: interpreter start-up time is the judge's main cost.


def _main():
    import sys
    import os

    # The script's own folder must not shadow anything the solution imports.
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or '.') == here:
        del sys.path[0]
    harness_file = _main.__code__.co_filename

    import json
    import math

    _read = os.read
    _write = os.write
    _isinstance = isinstance
    _type = type
    _len = len
    _repr = repr
    _str = str
    _int = int
    _float = float
    _list = list
    _tuple = tuple
    _dict = dict
    _set = set
    _frozenset = frozenset
    _bool = bool
    _getattr = getattr
    _id = id
    _callable = callable
    _sorted = sorted
    _min = min
    _max = max
    _map = map
    _all = all
    _BaseException = BaseException
    _MemoryError = MemoryError
    _RecursionError = RecursionError
    _SyntaxError = SyntaxError
    _memoryview = memoryview
    _SystemExit = SystemExit
    _float_repr = float.__repr__
    _int_repr = int.__repr__
    _loads = json.loads
    _enc_str = json.encoder.encode_basestring_ascii
    _join = ''.join
    _comma_join = ','.join
    _range = range
    _exit = os._exit
    _stdout = sys.stdout
    _stderr = sys.stderr
    _modules = sys.modules
    INF = _float('inf')
    _isfinite = math.isfinite

    CH = 3
    try:
        os.set_blocking(CH, True)  # the judge's end is non-blocking; ours must block
    except (AttributeError, OSError):
        pass  # Windows before 3.12: CRT descriptors are blocking already
    try:
        os.set_inheritable(CH, False)  # the solution's own subprocesses do not get the channel
    except OSError:
        pass

    buf = [b'']  # bytes read past the last line returned

    def read_line():
        data = buf[0]
        nl = data.find(b'\n')
        if nl >= 0:
            buf[0] = data[nl + 1:]
            return data[:nl]
        parts = [data]  # joined once: large arguments arrive in many chunks
        while True:
            chunk = _read(CH, 1 << 20)
            if not chunk:
                _exit(0)  # the judge closed the channel
            nl = chunk.find(b'\n')
            if nl >= 0:
                parts.append(chunk[:nl])
                buf[0] = chunk[nl + 1:]
                return b''.join(parts)
            parts.append(chunk)

    init = _loads(read_line().decode('utf-8'))
    nonce = init['nonce']
    path = init['path']
    source = init['source']
    entry = init['entry']
    prefix = ('\n' + nonce + ' ').encode('ascii')
    marker = ('\x1e' + nonce + '\x1f').encode('ascii')

    def write_all(fd, data):
        view = _memoryview(data)
        while _len(view):
            n = _write(fd, view)
            view = view[n:]

    def send(text):
        write_all(CH, prefix + text.encode('utf-8', 'surrogatepass') + b'\n')

    def send_markers():
        for stream in (_stdout, _stderr):
            try:
                stream.flush()
            except _BaseException:
                pass
        for fd in (1, 2):
            try:
                write_all(fd, marker)
            except _BaseException:
                pass

    # ---------------------------------------------------------------------------------------
    # Limits and process hygiene (before any solution code runs).
    # Orphans of the solution are kept by the supervisor (the subreaper), which the solution
    # cannot reconfigure; this process only dies with its parent.
    if sys.platform.startswith('linux'):
        try:
            import ctypes
            libc = ctypes.CDLL(None)
            libc.prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG = SIGKILL: die with the parent
        except _BaseException:
            pass
    try:
        import faulthandler
        faulthandler.enable(2)  # a crash (e.g. C stack overflow) leaves a traceback on stderr
    except _BaseException:
        pass
    memory_mb = init.get('memoryMb')
    if memory_mb:
        try:
            import resource
            limit = _int(memory_mb) * 1024 * 1024
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY and hard < limit:
                limit = hard
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            pass  # not enforceable on this platform
    file_size = init.get('fileSizeBytes')
    if file_size:
        try:
            import resource
            soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            size = _int(file_size)
            if hard == resource.RLIM_INFINITY or size < hard:
                resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        except (ImportError, ValueError, OSError):
            pass
    try:
        _stdout.reconfigure(errors='backslashreplace')
        _stderr.reconfigure(errors='backslashreplace')
    except _BaseException:
        pass

    import io

    class ClosedStdin(io.TextIOBase):
        def read(self, *args):
            raise EOFError('stdin is closed: the judge passes inputs as function arguments')

        readline = read

        def readlines(self, *args):
            raise EOFError('stdin is closed: the judge passes inputs as function arguments')

        def readable(self):
            return True

        def isatty(self):
            return False

    sys.stdin = ClosedStdin()

    recursion_cap = _int(init.get('recursionCap') or 0)
    if recursion_cap > 0:
        _set_limit = sys.setrecursionlimit

        def setrecursionlimit(n):
            _set_limit(_min(_int(n), recursion_cap))

        sys.setrecursionlimit = setrecursionlimit

    # ---------------------------------------------------------------------------------------
    # Errors: messages and tracebacks trimmed to the solution file.
    lines_cache = [None]

    def describe(exc):
        try:
            name = _type(exc).__name__
            text = _str(exc)
        except _BaseException:
            return 'exception'
        return name + ': ' + text if text else name

    def user_line(exc):
        """Innermost line of the solution file in the exception's traceback (no imports)."""
        line = None
        if _isinstance(exc, _SyntaxError) and exc.filename == path and exc.lineno:
            return exc.lineno
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == path:
                line = tb.tb_lineno
            tb = tb.tb_next
        return line

    def trace(exc, line):
        """The traceback trimmed to the solution file (frames of the harness never show)."""
        try:
            import traceback
            import linecache
            if lines_cache[0] is None:
                lines_cache[0] = source.splitlines(True)
            linecache.cache[path] = (_len(source), None, lines_cache[0], path)
            only = _join(traceback.format_exception_only(_type(exc), exc))
            if _isinstance(exc, _SyntaxError):
                return only
            frames = traceback.extract_tb(exc.__traceback__, limit=-200)
            shown = [f for f in frames if f.filename == path]
            if not shown:
                shown = [f for f in frames if f.filename != harness_file][-3:]
            text = ('Traceback (most recent call last):\n' + _join(traceback.format_list(shown)) if shown else '') + only
            if _len(text) > 8000:
                text = text[:3000] + '\n  ...\n' + text[-4000:]
            return text
        except _BaseException:
            text = describe(exc)
            if line is not None:
                text = '  File "' + path + '", line ' + _int_repr(line) + '\n' + text
            return text

    call_at = [-1]  # the call of a class case in progress (its number is named in errors)

    def error_fields(exc):
        line = user_line(exc)
        text = trace(exc, line)
        where = ''
        if call_at[0] >= 0:
            where = 'in call ' + _int_repr(call_at[0] + 1) + ': '
            call_at[0] = -1
        out = '"message":' + _enc_str((where + describe(exc))[:2000]) + ',"traceback":' + _enc_str(text)
        if line is not None:
            out += ',"line":' + _int_repr(line)
        return out

    # ---------------------------------------------------------------------------------------
    # Values: tagged JSON in, plain JSON out.
    def hashable(v):
        t = _type(v)
        if t is _list:
            return _tuple(hashable(x) for x in v)
        if t is _dict:
            return _tuple(_sorted((k, hashable(x)) for k, x in v.items()))
        return v

    DTYPES = _frozenset(('float64', 'float32', 'int64', 'bool'))

    def ndarray(obj):
        dtype = obj['dtype']
        if dtype not in DTYPES:
            raise ValueError('unknown dtype ' + _repr(dtype))
        np = _modules.get('numpy')
        if np is None:
            np = __import__('numpy')
        return np.array(obj['$ndarray'], dtype=dtype)

    def hook(obj):
        n = _len(obj)
        if n == 1:
            if '$float' in obj:
                return _float(obj['$float'])
            if '$int' in obj:
                return _int(obj['$int'])
            if '$set' in obj:
                return _set(hashable(x) for x in obj['$set'])
        elif n == 2 and '$ndarray' in obj and 'dtype' in obj:
            return ndarray(obj)
        return obj

    SAFE_INT = 1 << 53

    def enc(v, out, depth, active):
        t = _type(v)
        if v is None:
            out.append('null')
        elif t is _bool:
            out.append('true' if v else 'false')
        elif t is _int:
            if -SAFE_INT < v < SAFE_INT:
                out.append(_int_repr(v))
            else:
                try:
                    out.append('{"$int":"' + _int_repr(v) + '"}')
                except ValueError:
                    out.append('{"$object":"int","repr":"(an integer too large to print)"}')
        elif t is _float:
            if v != v:
                out.append('{"$float":"nan"}')
            elif v == INF:
                out.append('{"$float":"inf"}')
            elif v == -INF:
                out.append('{"$float":"-inf"}')
            else:
                out.append(_float_repr(v))
        elif t is _str:
            out.append(_enc_str(v))
        elif t is _list or t is _tuple:
            container(v, out, depth, active, '[', ']', None)
        elif t is _dict:
            container(v, out, depth, active, '{', '}', 'dict')
        elif t is _set or t is _frozenset:
            out.append('{"$set":')
            container(_list(v), out, depth, active, '[', ']', None)
            out.append('}')
        else:
            other(v, t, out, depth, active)

    NUMBER_TYPES = _frozenset((_int, _float))
    _list_repr = list.__repr__

    def flat_numbers(v):
        """C-speed encoding of a long list of finite floats and safe ints (their repr is JSON), else None."""
        if not _set(_map(_type, v)) <= NUMBER_TYPES:
            return None
        try:
            if not _all(_map(_isfinite, v)):
                return None
            if not (-SAFE_INT < _min(v) and _max(v) < SAFE_INT):
                return None
        except (OverflowError, TypeError):
            return None
        return _list_repr(v if _type(v) is _list else _list(v))

    def container(v, out, depth, active, open_, close, kind):
        if kind is None and _len(v) > 32:
            fast = flat_numbers(v)
            if fast is not None:
                out.append(fast)
                return
        key = _id(v)
        if depth > 400 or key in active:
            out.append('{"$object":"' + ('cycle' if key in active else 'nesting') + '","repr":"(a value nested too deeply or containing itself)"}')
            return
        active.add(key)
        out.append(open_)
        first = True
        if kind == 'dict':
            for k, x in v.items():
                if not first:
                    out.append(',')
                first = False
                if _type(k) is _str:
                    out.append(_enc_str(k))
                else:
                    try:
                        out.append(_enc_str(_str(k) if _isinstance(k, (_int, _float)) else _repr(k)))
                    except _BaseException:
                        out.append('"?"')
                out.append(':')
                enc(x, out, depth + 1, active)
        else:
            for x in v:
                if not first:
                    out.append(',')
                first = False
                enc(x, out, depth + 1, active)
        out.append(close)
        active.discard(key)

    array_dtypes = _bool(init.get('arrayDtypes'))

    def other(v, t, out, depth, active):
        module = _getattr(t, '__module__', '') or ''
        if array_dtypes and module == 'numpy' and _getattr(t, '__name__', '') == 'ndarray':
            out.append('{"$ndarray":')
            enc(v.tolist(), out, depth + 1, active)
            out.append(',"dtype":' + _enc_str(_str(v.dtype)) + '}')
        elif (module.startswith('numpy') or module.startswith('pandas')) and _callable(_getattr(v, 'tolist', None)):
            enc(v.tolist(), out, depth + 1, active)  # numpy arrays and scalars become plain values
        elif _isinstance(v, _bool):
            out.append('true' if v else 'false')
        elif _isinstance(v, _int):
            enc(_int(v), out, depth, active)
        elif _isinstance(v, _float) or module in ('fractions', 'decimal'):
            enc(_float(v), out, depth, active)
        elif _isinstance(v, _str):
            out.append(_enc_str(_str.__str__(v)))
        elif _isinstance(v, (_list, _tuple)):
            container(_list(v), out, depth, active, '[', ']', None)
        elif _isinstance(v, _dict):
            container(_dict(v), out, depth, active, '{', '}', 'dict')
        elif _isinstance(v, (_set, _frozenset)):
            out.append('{"$set":')
            container(_list(v), out, depth, active, '[', ']', None)
            out.append('}')
        else:
            try:
                text = _repr(v)
                if _type(text) is not _str:
                    text = '?'
            except _BaseException:
                text = '?'
            out.append('{"$object":' + _enc_str(_getattr(t, '__name__', 'object')) + ',"repr":' + _enc_str(text[:200]) + '}')

    # The C scanner of a decoder made now: json.loads itself looks up len/isinstance at call time.
    scan = json.decoder.JSONDecoder(object_hook=hook).scan_once

    def decode_case(line):
        return scan(line.decode('utf-8'), 0)[0]

    def encode(v):
        out = []
        enc(v, out, 0, _set())
        return _join(out)

    # ---------------------------------------------------------------------------------------
    # The problem's required modules first (their import is not the solution's), then the solution.
    for name in init.get('preload') or ():
        try:
            __import__(_str(name))
        except _MemoryError as exc:
            send('{"t":"load_error","kind":"memory",' + error_fields(exc) + '}')
            _exit(0)
        except _BaseException as exc:
            send('{"t":"load_error","kind":"compile","message":' + _enc_str(('cannot import the required module ' + _str(name) + ': ' + describe(exc))[:2000]) + '}')
            _exit(0)

    def seed_all(seed):
        # Python's random, and NumPy's global generator when NumPy is imported.
        random_module = _modules.get('random') or __import__('random')
        random_module.seed(seed)
        np = _modules.get('numpy')
        if np is not None:
            np.random.seed(seed)

    module = _type(sys)('solution')
    module.__file__ = path
    module.__builtins__ = __builtins__
    _modules['solution'] = module
    sys.argv = [path]
    try:
        code = compile(source, path, 'exec', dont_inherit=True)
        exec(code, module.__dict__)
    except _MemoryError as exc:
        send('{"t":"load_error","kind":"memory",' + error_fields(exc) + '}')
        _exit(0)
    except _SystemExit as exc:
        send('{"t":"load_error","kind":"exit","code":' + _enc_str(_repr(exc.code)) + ',' + error_fields(exc) + '}')
        _exit(0)
    except _BaseException as exc:
        send('{"t":"load_error","kind":"compile",' + error_fields(exc) + '}')
        _exit(0)
    fn = module.__dict__.get(entry)
    if not _callable(fn):
        send('{"t":"load_error","kind":"compile","message":' + _enc_str('the solution does not define a function or class named ' + entry) + '}')
        _exit(0)
    send('{"t":"ready"}')

    # ---------------------------------------------------------------------------------------
    # Cases, one at a time.
    while True:
        line = read_line()
        try:
            msg = decode_case(line)
        except _BaseException as exc:
            # Arguments that do not decode are the case's fault: say so, call nothing, go on.
            try:
                i = _int(_loads(line.decode('utf-8'))['i'])
            except _BaseException:
                continue
            send_markers()
            send('{"t":"result","i":' + _int_repr(i) + ',"ok":false,"kind":"input","message":' + _enc_str(describe(exc)[:2000]) + '}')
            continue
        if _type(msg) is not _dict or msg.get('t') != 'case':
            continue
        i = _int(msg['i'])
        head = '{"t":"result","i":' + _int_repr(i) + ','
        calls = msg.get('calls')
        seed = msg.get('seed')
        try:
            if seed is not None:
                seed_all(_int(seed))
            if calls is None:
                value = fn(*msg['args'])
                msg = None
                payload = head + '"ok":true,"value":' + encode(value) + '}'
            else:
                msg = None
                results = []
                obj = None
                for j in _range(_len(calls)):
                    call_at[0] = j
                    name, call_args = calls[j][0], calls[j][1]
                    if name == '__init__':
                        obj = fn(*call_args)
                        results.append('null')
                    else:
                        # Encoded now: a later call may change what an earlier one returned.
                        results.append(encode(_getattr(obj, name)(*call_args)))
                call_at[0] = -1
                obj = None
                payload = head + '"ok":true,"value":[' + _comma_join(results) + ']}'
                results = None
        except _MemoryError as exc:
            msg = value = None
            payload = head + '"ok":false,"kind":"memory",' + error_fields(exc) + '}'
        except _RecursionError as exc:
            msg = value = None
            payload = head + '"ok":false,"kind":"stack",' + error_fields(exc) + '}'
        except _SystemExit as exc:
            payload = head + '"ok":false,"kind":"exit","code":' + _enc_str(_repr(exc.code)) + ',' + error_fields(exc) + '}'
        except _BaseException as exc:
            payload = head + '"ok":false,"kind":"exception",' + error_fields(exc) + '}'
        value = None
        send_markers()
        send(payload)


_main()
