export function dedup_latest(csv_text: string, key: string, order_by: string): number[] {
  // Keeps the first occurrence of every entity, like a plain drop_duplicates().
  const lines = csv_text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  const ki = lines[0].split(',').map((h) => h.trim()).indexOf(key);
  const seen = new Set<string>();
  const keep: number[] = [];
  lines.slice(1).forEach((line, row) => {
    const e = line.split(',')[ki].trim().toLowerCase();
    if (e === '' || !seen.has(e)) keep.push(row);
    seen.add(e);
  });
  return keep;
}
