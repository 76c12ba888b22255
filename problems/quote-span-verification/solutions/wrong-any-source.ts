function normalise(text: string): string {
  return text.toLowerCase().replace(/[ \t\n\r]+/g, ' ').replace(/^ +| +$/g, '');
}

function isWordChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'); // text is already lower-cased
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
    let ok: boolean;
    if (q === '') ok = false;
    // Ignores the citation number: a quote found in any source is accepted.
    else ok = normSources.some((s) => occurs(q, s));
    if (!ok) bad.push(qi);
  }
  return bad;
}
