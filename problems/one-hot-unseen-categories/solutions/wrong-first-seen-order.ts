function vals(csv: string, column: string): string[] {
  const lines = csv.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const j = lines[0].split(',').map((h) => h.trim()).indexOf(column);
  return lines.slice(1).map((l) => l.split(',')[j].trim());
}

export function one_hot_encode(train_csv: string, serve_csv: string, column: string, min_count: number): number[][] {
  // Keeps the vocabulary in first-seen order instead of sorting it.
  const counts = new Map<string, number>();
  for (const v of vals(train_csv, column)) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((v) => counts.get(v)! >= min_count);
  return vals(serve_csv, column).map((v) => {
    const row = new Array<number>(vocab.length + 1).fill(0);
    if (v) row[vocab.includes(v) ? vocab.indexOf(v) : vocab.length] = 1;
    return row;
  });
}
