import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { storyFileName, storyTemplate } from '../../core/stories/story';
import { Commands } from '../commandIds';
import { UserError } from '../failures';
import type { CommandTable } from '../registerCommand';
import type { CommandContext } from './context';

/** Creates `<dir>/<slug>.md` (or `<slug>-2.md`, … when taken); never overwrites a story. */
async function createStoryFile(dir: string, title: string, text: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const base = storyFileName(title).replace(/\.md$/, '');
  for (let n = 1; n <= 100; n++) {
    const file = path.join(dir, `${base}${n === 1 ? '' : `-${n}`}.md`);
    try {
      await fs.writeFile(file, text, { flag: 'wx' });
      return file;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new UserError(`Too many stories are named like "${title}".`);
}

/** The story bank's commands: a new story from the STAR-C template, refresh. */
export function storyCommands(ctx: CommandContext): CommandTable {
  return {
    [Commands.newStory]: async (arg?: unknown) => {
      const title =
        typeof arg === 'string' && arg.trim()
          ? arg.trim()
          : await vscode.window.showInputBox({
              title: 'New Story',
              prompt: 'A short title for the story (e.g. "Rolled back the ranking model before the holiday peak")',
              validateInput: (v) => (v.trim() ? undefined : 'The story needs a title.'),
            });
      if (!title?.trim()) return undefined;
      const file = await createStoryFile(ctx.stories.dir(), title.trim(), storyTemplate(title.trim().slice(0, 200), new Date().toISOString().slice(0, 10)));
      ctx.stories.refresh();
      if (typeof arg !== 'string') await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
      return file;
    },
    [Commands.refreshStories]: () => {
      ctx.stories.refresh();
      return ctx.stories.summary();
    },
  };
}
