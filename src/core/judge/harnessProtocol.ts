// The private channel between the judge and a harness (media/harness/harness.py, harness.js):
// one JSON object per line on fd 3. Lines from the harness carry the run's nonce in front (see
// harnessProcess.ts); what follows is checked here before the judge acts on it.
//
//   judge -> harness   init  {t:'init', nonce, path, source, entry, memoryMb?, recursionCap?, fileSizeBytes?}
//                      case  {t:'case', i, args, calls?, seed?}      (args: tagged JSON; calls: a class case)
//   harness -> judge   ready {t:'ready'}
//                      load_error {t:'load_error', kind, message?, line?, traceback?, code?}
//                      result {t:'result', i, ok:true, value}  |  {t:'result', i, ok:false, kind, ...}
//   (kind 'input': the case's arguments could not be decoded, so the solution was not called)
//
// The harness decides no verdicts; it reports what the solution returned or raised. A line that
// is not one of these messages is dropped on receipt, so the judge waits on as if it had never
// come (a case then ends at its time limit). A message of a known kind is never dropped for a
// bad detail: a field of the wrong type counts as absent, an unknown `kind` as the plain one
// (`compile` while loading, `exception` in a case), and a result whose `ok` is anything but
// `true` as a failure.
import { z } from 'zod';

/** What the harness needs to load a solution (the judge adds `t` and the nonce). */
export interface HarnessInit {
  /** The solution's absolute path (its name in tracebacks). */
  path: string;
  /** The code to run (JavaScript/TypeScript: already CommonJS). */
  source: string;
  entry: string;
  /** Python: the address-space limit of the process. */
  memoryMb?: number;
  /** Python: the highest recursion limit the solution may set. */
  recursionCap?: number;
  /** Python: the file-size limit (also set by the supervisor where there is one). */
  fileSizeBytes?: number;
  /** Python: return NumPy arrays as `{"$ndarray": [...], "dtype": ...}` (the problem compares dtypes). */
  arrayDtypes?: boolean;
  /** Python: modules imported before the solution loads (the problem's `requires`). */
  preload?: string[];
}

export type JudgeToHarness = ({ t: 'init'; nonce: string } & HarnessInit) | { t: 'case'; i: number; args: unknown[]; calls?: [string, unknown[]][]; seed?: number };

/** A string field; anything else counts as absent. */
const text = z.string().optional().catch(undefined);
/** A finite number (JSON can spell an infinity: 1e999); anything else counts as absent. */
const lineNumber = z.number().optional().catch(undefined);
/** The `repr` of a `sys.exit` argument; absent or mistyped reads as empty. */
const exitCode = z.string().catch('');

const ready = z.object({ t: z.literal('ready') });

const loadError = z.object({
  t: z.literal('load_error'),
  kind: z.enum(['compile', 'memory', 'exit']).catch('compile'),
  message: text,
  line: lineNumber,
  traceback: text,
  code: exitCode,
});

const caseReturned = z.object({
  t: z.literal('result'),
  i: z.number(),
  ok: z.literal(true),
  value: z.unknown().optional(),
});

const caseRaised = z.object({
  t: z.literal('result'),
  i: z.number(),
  ok: z
    .unknown()
    .optional()
    .refine((ok) => ok !== true)
    .transform((): false => false),
  kind: z.enum(['exception', 'memory', 'stack', 'exit', 'input']).catch('exception'),
  message: text,
  line: lineNumber,
  traceback: text,
  code: exitCode,
});

/** Every message a harness sends, discriminated by `t` (and a result by `ok`). */
export const harnessMessageSchema = z.union([ready, loadError, caseReturned, caseRaised]);

export type HarnessMessage = z.infer<typeof harnessMessageSchema>;
export type LoadErrorMessage = z.infer<typeof loadError>;
export type ResultMessage = z.infer<typeof caseReturned> | z.infer<typeof caseRaised>;

/** The message in one decoded channel line; undefined when it is not one the judge knows. */
export function parseHarnessMessage(raw: unknown): HarnessMessage | undefined {
  const parsed = harnessMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
