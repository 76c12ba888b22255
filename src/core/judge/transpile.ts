// Turns a TypeScript or ES-module JavaScript solution into CommonJS for the harness, with
// sucrase (pure JavaScript, so the packaged extension stays platform-independent). Sucrase keeps
// line numbers, so stack traces still point at the user's lines. Types are stripped, not checked.
import type * as SucraseModule from 'sucrase';
import type { Language } from '../vocabulary';

export type TranspileResult = { ok: true; code: string } | { ok: false; message: string; line?: number };

type Sucrase = typeof SucraseModule;
let sucrase: Promise<Sucrase> | undefined;

/** Loaded on first use: the extension host does not pay for it at activation. */
function loadSucrase(): Promise<Sucrase> {
  sucrase ??= import('sucrase');
  return sucrase;
}

function looksLikeModule(code: string): boolean {
  return /(^|[\n;])\s*(import|export)\b/.test(code);
}

export async function toCommonJs(source: string, filePath: string, language: Language): Promise<TranspileResult> {
  const lower = filePath.toLowerCase();
  if (language === 'javascript' && (lower.endsWith('.cjs') || !looksLikeModule(source))) return { ok: true, code: source };
  const transforms: ('typescript' | 'imports')[] = language === 'typescript' ? ['typescript', 'imports'] : ['imports'];
  try {
    const { transform } = await loadSucrase();
    const out = transform(source, { transforms, filePath, production: true, disableESTransforms: true });
    return { ok: true, code: out.code };
  } catch (err) {
    const e = err as { message?: string; loc?: { line?: number } };
    const message = String(e.message ?? err);
    const line = e.loc?.line ?? (/\((\d+):\d+\)/.exec(message)?.[1] !== undefined ? Number(/\((\d+):\d+\)/.exec(message)?.[1]) : undefined);
    return line !== undefined ? { ok: false, message: `SyntaxError: ${message}`, line } : { ok: false, message: `SyntaxError: ${message}` };
  }
}

/** TypeScript without its type annotations (lines kept, ES module syntax kept): the JavaScript starter. */
export async function stripTypes(source: string): Promise<string> {
  const { transform } = await loadSucrase();
  return transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
}
