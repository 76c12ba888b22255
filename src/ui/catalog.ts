import { loadNuanceCards, loadPack, loadStatement, loadTests, type Diagnostic } from '../core/problems/loader';
import type { CodingProblem, NuanceCard, Problem, TestCase } from '../core/problems/schema';

/**
 * The bundled problem pack, loaded once (manifests only; statements and tests lazily, cached).
 * Load problems are kept as diagnostics: the UI reports them once and shows the rest.
 */
export class Catalog {
  private problems: Problem[] = [];
  private byId = new Map<string, Problem>();
  private cards = new Map<string, NuanceCard>();
  private statements = new Map<string, Promise<string>>();
  private tests = new Map<string, Promise<TestCase[]>>();
  diagnostics: Diagnostic[] = [];

  constructor(readonly dir: string) {}

  async load(): Promise<void> {
    const [pack, nuances] = await Promise.all([loadPack(this.dir), loadNuanceCards(this.dir)]);
    this.problems = pack.problems;
    this.byId = new Map(pack.problems.map((p) => [p.id, p]));
    this.cards = new Map(nuances.cards.map((c) => [c.id, c]));
    this.diagnostics = [...pack.diagnostics, ...nuances.diagnostics];
    this.statements.clear();
    this.tests.clear();
  }

  all(): Problem[] {
    return this.problems;
  }

  get(id: string): Problem | undefined {
    return this.byId.get(id);
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
