// A copy of the built site (dist/, or $SEND_HUB_DIST) in a temporary
// folder, for tests that need the server to answer with files a council
// changed after the build, such as its own content/site.json. Serve it with
// startServer({ root: copy.root }).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function copyDist() {
  const source = path.resolve(process.env.SEND_HUB_DIST ?? 'dist');
  const root = mkdtempSync(path.join(tmpdir(), 'send-hub-dist-'));
  cpSync(source, root, { recursive: true });
  return {
    root,
    /** Reads the JSON file at `file` (relative to the copy), lets `edit` change it, and writes it back. */
    editJson(file, edit) {
      const full = path.join(root, file);
      const value = JSON.parse(readFileSync(full, 'utf8'));
      edit(value);
      writeFileSync(full, JSON.stringify(value, null, 2));
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
