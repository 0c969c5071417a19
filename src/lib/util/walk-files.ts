/** Every file below a folder, as absolute paths, in a stable order: the one folder walker of the engine. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `skip` leaves out files and folders by name (for example `node_modules`). */
export function walkFiles(dir: string, skip: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => !skip(name))
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walkFiles(path, skip) : [path];
    });
}
