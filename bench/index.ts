// `npm run bench`: runs every benchmark and prints one JSON object.
import { cpus } from 'node:os';
import { benchJudge } from './judge';
import { benchHistory } from './history';
import { benchCoverage } from './coverage';
import { benchPackV2 } from './packV2';
import { benchStartup } from './startup';

async function main(): Promise<void> {
  const machine = { cores: cpus().length, node: process.version, platform: process.platform };
  const judge = await benchJudge();
  const history = await benchHistory();
  const coverage = await benchCoverage();
  const packV2 = await benchPackV2();
  const startup = benchStartup();
  process.stdout.write(JSON.stringify({ machine, startup, judge, history, coverage, packV2 }, null, 2) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err) + '\n');
  process.exit(1);
});
