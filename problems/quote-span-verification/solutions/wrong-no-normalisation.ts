function normalise(text: string): string {
  // No lower-casing or whitespace folding: case and line breaks must match exactly.
  return text;
}

function isWordChar(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

function occurs(q: string, s: string): boolean {
  let start = s.indexOf(q);
  while (start !== -1) {
    const end = start + q.length;
    const leftOk = start === 0 || !isWordChar(s[start - 1]);
    const rightOk = end === s.length || !isWordChar(s[end]);
    if (leftOk && rightOk) return true;
    start = s.indexOf(q, start + 1); // a later occurrence may sit on word boundaries
  }
  return false;
}

export function unsupported_quotes(answer: string, sources: string[]): number[] {
  const normSources = sources.map(normalise);
  const marks: number[] = [];
  for (let i = 0; i < answer.length; i++) if (answer[i] === '"') marks.push(i);
  const bad: number[] = [];
  for (let qi = 0; qi < Math.floor(marks.length / 2); qi++) {
    const openPos = marks[2 * qi];
    const closePos = marks[2 * qi + 1];
    const q = normalise(answer.slice(openPos + 1, closePos));
    const m = /^ *\[([0-9]+)\]/.exec(answer.slice(closePos + 1));
    let ok: boolean;
    if (q === '') ok = false;
    else if (m) {
      const n = parseInt(m[1], 10);
      ok = n >= 1 && n <= sources.length && occurs(q, normSources[n - 1]);
    } else ok = normSources.some((s) => occurs(q, s));
    if (!ok) bad.push(qi);
  }
  return bad;
}
