import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import type { CommandTable } from '../registerCommand';

/** The walkthrough's id in package.json (`contributes.walkthroughs`). */
export const WALKTHROUGH_ID = 'mlprep.gettingStarted';
/** globalState key: the walkthrough was opened once after the first install. */
const SHOWN_KEY = 'mlprep.walkthroughShown';

function openWalkthrough(extensionId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH_ID}`, false);
}

/** `mlprep.getStarted`: the walkthrough, again. */
export function walkthroughCommands(extensionId: string): CommandTable {
  return { [Commands.getStarted]: () => openWalkthrough(extensionId) };
}

/**
 * Opens the walkthrough at the first activation after install, once per user (not in
 * development or test runs of the extension, which start with a fresh profile every time).
 */
export async function openWalkthroughOnce(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.extensionMode !== vscode.ExtensionMode.Production || context.globalState.get<boolean>(SHOWN_KEY)) return false;
  await context.globalState.update(SHOWN_KEY, true);
  await openWalkthrough(context.extension.id);
  return true;
}
