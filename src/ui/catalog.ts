import { existsSync } from 'node:fs';
import { loadBrief, loadNuanceCards, loadPack, loadStatement, loadTests, type Diagnostic } from '../core/problems/loader';
import { mergePacks, type PackSource } from '../core/problems/packs';
import type { Brief, CodingProblem, NuanceCard, Problem, TestCase } from '../core/problems/schema';

/**
 * The loaded problem packs: the bundled one and the user's own (manifests only; statements and
 * tests lazily, cached). Load problems are kept as diagnostics: the UI reports them and shows
 * the rest — a broken problem never hides the others of its pack. Nuance cards come from the
 * bundled pack.
 */
export class Catalog {
  private problems: Problem[] = [];
  private byId = new Map<string, Problem>();
  private sourceOf = new Map<string, PackSource>();
  private loadedSources: PackSource[] = [];
  private cards = new Map<string, NuanceCard>();
  private statements = new Map<string, Promise<string>>();
  private readonly briefs = new Map<string, Promise<Brief | undefined>>();
  private tests = new Map<string, Promise<TestCase[]>>();
  diagnostics: Diagnostic[] = [];

  /**
   * @param dir the bundled pack
   * @param sources every pack to load, the bundled one first (default: the bundled one alone)
   */
  constructor(
    readonly dir: string,
    private readonly sources: () => PackSource[] = () => [{ dir, origin: 'bundled', label: '' }],
  ) {}

  async load(): Promise<void> {
    // A workspace without a `.mlprep/problems` folder simply has no pack; a configured folder
    // that is missing is reported by the loader.
    const sources = this.sources().filter((s) => s.origin !== 'workspace' || existsSync(s.dir));
    const [packs, nuances] = await Promise.all([Promise.all(sources.map(async (source) => ({ source, pack: await loadPack(source.dir) }))), loadNuanceCards(this.dir)]);
    const merged = mergePacks(packs);
    this.loadedSources = sources;
    this.problems = merged.problems;
    this.sourceOf = merged.sourceOf;
    this.byId = new Map(merged.problems.map((p) => [p.id, p]));
    this.cards = new Map(nuances.cards.map((c) => [c.id, c]));
    this.diagnostics = [...merged.diagnostics, ...nuances.diagnostics];
    this.statements.clear();
    this.briefs.clear();
    this.tests.clear();
  }

  all(): Problem[] {
    return this.problems;
  }

  get(id: string): Problem | undefined {
    return this.byId.get(id);
  }

  /** The pack a problem came from. */
  source(id: string): PackSource | undefined {
    return this.sourceOf.get(id);
  }

  /** The packs of the last load, the bundled one first. */
  packs(): readonly PackSource[] {
    return this.loadedSources;
  }

  card(id: string): NuanceCard | undefined {
    return this.cards.get(id);
  }

  nuanceTitle(id: string): string {
    return this.cards.get(id)?.title ?? id;
  }

  statement(p: Problem): Promise<string> {
    let s = this.statements.get(p.id);
    if (!s) {
      s = loadStatement(p);
      this.statements.set(p.id, s);
      s.catch(() => this.statements.delete(p.id));
    }
    return s;
  }

  /** The interview-style brief of a coding problem (undefined: it has none); rejects when brief.json is invalid. */
  brief(p: CodingProblem): Promise<Brief | undefined> {
    let b = this.briefs.get(p.id);
    if (!b) {
      b = loadBrief(p);
      this.briefs.set(p.id, b);
      b.catch(() => this.briefs.delete(p.id));
    }
    return b;
  }

  /** Whether the tests of a problem are loaded (or loading) already. */
  hasTests(p: CodingProblem): boolean {
    return this.tests.has(p.id);
  }

  testCases(p: CodingProblem): Promise<TestCase[]> {
    let t = this.tests.get(p.id);
    if (!t) {
      t = loadTests(p);
      this.tests.set(p.id, t);
      t.catch(() => this.tests.delete(p.id));
    }
    return t;
  }
}
