# ML Interview Prep: runs a SQL solution (one SQLite query) through Python's standard sqlite3.
#
# The judge turns a .sql solution into a Python module: this file, followed by
#   _SQL = "<the solution's text>"
#   _SCHEMA = "<file of CREATE TABLE statements>"
# and calls `mlprep_sql(tables, params)` per case through harness.py, in the run's working folder
# where the problem's CSV files and schema were staged. `tables` maps a table name to a CSV file
# of that folder; `params` (optional) are the query's named parameters (`:name`).
#
# The database of a set of tables is built once per process, then opened read-only: a `mode=ro`
# URI and an authorizer that allows reading and nothing else (no INSERT, UPDATE, DELETE, CREATE,
# DROP, ATTACH, PRAGMA). The query's rows are returned as lists; the judge compares them ordered
# or as a multiset, as the problem says. An empty CSV field is NULL.
import csv as _csv
import os as _os
import sqlite3 as _sqlite3
from urllib.request import pathname2url as _pathname2url

_ALLOWED = {
    _sqlite3.SQLITE_SELECT,
    _sqlite3.SQLITE_READ,
    _sqlite3.SQLITE_FUNCTION,
    getattr(_sqlite3, 'SQLITE_RECURSIVE', 33),
}
_DATABASES = {}


def _authorizer(action, arg1, arg2, db_name, source):
    return _sqlite3.SQLITE_OK if action in _ALLOWED else _sqlite3.SQLITE_DENY


def _quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def _build(tables, schema_file):
    key = tuple(sorted(tables.items()))
    if key in _DATABASES:
        return _DATABASES[key]
    path = _os.path.abspath('mlprep-tables-%d.sqlite' % len(_DATABASES))
    if _os.path.exists(path):
        _os.remove(path)
    con = _sqlite3.connect(path)
    try:
        with open(schema_file, encoding='utf-8') as f:
            con.executescript(f.read())
        for table, file_name in sorted(tables.items()):
            with open(file_name, newline='', encoding='utf-8') as f:
                reader = _csv.reader(f)
                header = next(reader, None)
                if header is None:
                    continue
                sql = 'INSERT INTO %s (%s) VALUES (%s)' % (_quote(table), ', '.join(_quote(h) for h in header), ', '.join('?' for _ in header))
                con.executemany(sql, ([None if v == '' else v for v in row] for row in reader if row))
        con.commit()
    finally:
        con.close()
    ro = _sqlite3.connect('file:%s?mode=ro' % _pathname2url(path), uri=True, check_same_thread=False)
    ro.set_authorizer(_authorizer)
    _DATABASES[key] = ro
    return ro


def mlprep_sql(tables, params=None):
    if not isinstance(tables, dict) or not tables:
        raise ValueError('a SQL case names its tables: {"table": "file.csv", ...}')
    con = _build(tables, _SCHEMA)  # noqa: F821 (appended by the judge)
    query = _SQL.strip()  # noqa: F821
    if not query:
        raise ValueError('the solution is empty: write one SELECT query')
    try:
        cur = con.execute(query, params or {})
    except _sqlite3.DatabaseError as err:
        text = str(err)
        if 'not authorized' in text:
            raise PermissionError('the database is read-only: only a query that reads (SELECT / WITH) can run (' + text + ')') from None
        raise
    return [list(row) for row in cur.fetchall()]
