function normalise(text: string): string {
  return text.toLowerCase().replace(/[ \t\n\r]+/g, ' ').replace(/^ +| +$/g, '');
}

function isWordChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); // text is already lower-cased
}

function occurs(q: string, s: string): boolean {
  const start = s.indexOf(q); // only the first occurrence is checked
  if (start === -1) return false;
  const end = start + q.length;
  const leftOk = start === 0 || !isWordChar(s[start - 1]);
  const rightOk = end === s.length || !isWordChar(s[end]);
  return leftOk && rightOk;
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
