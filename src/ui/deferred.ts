import * as vscode from 'vscode';

/**
 * A tree data provider registered at activation that asks for the real one (and so loads the
 * extension's services) only when VS Code first asks the view for its rows. Once attached, every
 * call and every change event goes to and from the real provider.
 */
export class DeferredTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private target: vscode.TreeDataProvider<T> | undefined;
  private forwarding: vscode.Disposable | undefined;

  constructor(private readonly load: () => Promise<unknown>) {}

  /** Hands the view over to its real provider (called once the services are built). */
  attach(target: vscode.TreeDataProvider<T>): void {
    this.forwarding?.dispose();
    this.target = target;
    this.forwarding = target.onDidChangeTreeData?.((e) => this.changed.fire(e));
    this.changed.fire(undefined);
  }

  async getChildren(element?: T): Promise<T[]> {
    if (!this.target) await this.load();
    // The services attach every view while they are built; a failed start rejects above.
    return (await this.target?.getChildren(element)) ?? [];
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // VS Code asks for items only of elements that getChildren returned, so the target is there.
    if (!this.target) throw new Error('the view is not ready yet');
    return this.target.getTreeItem(element);
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.target?.getParent?.(element);
  }

  resolveTreeItem(item: vscode.TreeItem, element: T, token: vscode.CancellationToken): vscode.ProviderResult<vscode.TreeItem> {
    return this.target?.resolveTreeItem ? this.target.resolveTreeItem(item, element, token) : item;
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }
}
