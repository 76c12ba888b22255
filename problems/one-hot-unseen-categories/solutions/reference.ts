function columnValues(csvText: string, column: string): string[] {
  const lines = csvText
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l.trim() !== '');
  const header = lines[0].split(',').map((h) => h.trim());
  const j = header.indexOf(column);
  return lines.slice(1).map((l) => l.split(',')[j].trim());
}

export function one_hot_encode(train_csv: string, serve_csv: string, column: string, min_count: number): number[][] {
  const counts = new Map<string, number>();
  for (const v of columnValues(train_csv, column)) {
    if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  // default sort compares UTF-16 code units: plain character-code order (not localeCompare)
  const vocab = [...counts.keys()].filter((v) => counts.get(v)! >= min_count).sort();
  const position = new Map<string, number>();
  vocab.forEach((v, i) => position.set(v, i));
  const width = vocab.length + 1;
  return columnValues(serve_csv, column).map((v) => {
    const row = new Array<number>(width).fill(0);
    if (v !== '') row[position.has(v) ? position.get(v)! : width - 1] = 1;
    return row;
  });
}
