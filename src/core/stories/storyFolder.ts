/**
 * Reads the story bank folder: every `*.md` file parsed, the broken ones reported with their
 * diagnostic, the others listed. A missing folder is an empty bank. I/O injected.
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { MAX_STORY_BYTES, parseStory, type Story, type StoryProblem } from './story';

export interface StoryFolderIo {
  list(dir: string): Promise<string[]>;
  /** Size in bytes and whether it is a regular file. */
  stat(file: string): Promise<{ size: number; file: boolean }>;
  read(file: string): Promise<string>;
}

export const nodeStoryIo: StoryFolderIo = {
  list: (dir) => fsp.readdir(dir),
  stat: async (file) => {
    const s = await fsp.stat(file);
    return { size: s.size, file: s.isFile() };
  },
  read: (file) => fsp.readFile(file, 'utf8'),
};

export interface StoryFolder {
  stories: Story[];
  problems: StoryProblem[];
}

export async function readStoryFolder(dir: string, io: StoryFolderIo = nodeStoryIo): Promise<StoryFolder> {
  let names: string[];
  try {
    names = await io.list(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { stories: [], problems: [] };
    throw err;
  }
  const stories: Story[] = [];
  const problems: StoryProblem[] = [];
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.md')).sort()) {
    const file = path.join(dir, name);
    try {
      const st = await io.stat(file);
      if (!st.file) continue;
      if (st.size > MAX_STORY_BYTES) {
        problems.push({ file: name, message: `the file is larger than ${MAX_STORY_BYTES / 1024} KiB` });
        continue;
      }
      const parsed = parseStory(name, await io.read(file));
      if (parsed.ok) stories.push(parsed.story);
      else problems.push(parsed.problem);
    } catch (err) {
      problems.push({ file: name, message: `cannot be read: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { stories, problems };
}
