function normalise(text: string): string {
  return text.toLowerCase().replace(/[ \t\n\r]+/g, ' ').replace(/^ +| +$/g, '');
}

function occurs(q: string, s: string): boolean {
  // Plain substring test, no word boundaries: "rate" is found inside "accurate".
  return s.includes(q);
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
