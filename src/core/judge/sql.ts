// A SQL solution as the Python module the harness runs: media/harness/sql_runner.py followed by
// the query and the name of the schema file. The runner builds the problem's tables in SQLite
// (Python's standard library), opens them read-only and returns the query's rows.

/** The entry function of the runner module. */
export const SQL_ENTRY = 'mlprep_sql';
/** The runner's file in the harness folder. */
export const SQL_RUNNER = 'sql_runner.py';

/** Python source of a SQL solution: the runner, then the query and the schema file as string literals. */
export function sqlModuleSource(runner: string, query: string, schemaFile: string): string {
  // A JSON string is a valid Python string literal (JSON.stringify escapes quotes, backslashes and control characters).
  return `${runner.replace(/\s*$/, '')}\n\n_SQL = ${JSON.stringify(query)}\n_SCHEMA = ${JSON.stringify(schemaFile)}\n`;
}
