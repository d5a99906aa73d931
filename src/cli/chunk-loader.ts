/**
 * Loads the bundled CLI: the chunks scripts/bundle.js writes to dist/cli/ (rolldown's CommonJS
 * output for src/cli/main.ts and everything it loads, each wrapped by wrapChunk), as Node's
 * require would load CommonJS modules, but compiled with
 * V8's code cache from dist/cli/code-cache/ (written at build time by scripts/train-code-cache.js)
 * so that V8 neither parses nor compiles what the cache holds. A cache file that is missing, or
 * that V8 rejects (another Node version, other V8 flags), costs only the compilation it would have
 * saved; nothing is written at run time, so a read-only install works the same.
 *
 * Chunk file names carry a hash of their content (the manifest, dist/cli/bundle.json, names the
 * entry), so a cache file can only belong to the chunk it is named after: V8 itself checks no
 * more than the source's length.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** What scripts/bundle.js writes next to the chunks. */
export interface BundleManifest {
  /** The entry chunk's file name: it exports src/cli/main.ts's exports. */
  entry: string;
  /** The modules each chunk holds (paths from the repository's root), for the tests and the curious. */
  modules: Record<string, string[]>;
}

/**
 * A chunk file as the bundler writes it: a CommonJS module's code wrapped in a function of
 * CommonJS's five parameters and `__import` (for what was `import(...)` of a package). Wrapped at
 * build time, so that the loader compiles the file's text as read, not a copy joined at run time.
 */
export function wrapChunk(code: string): string {
  return `(function (exports, require, module, __filename, __dirname, __import) {${code}\n})`;
}

type ChunkFunction = (exports: object, require: (id: string) => unknown, module: { exports: object },
  filename: string, dirname: string, importPackage: (id: string) => Promise<unknown>) => void;

interface LoadedChunk {
  module: { exports: object };
  script: Script;
}

/** The bytes of file `path`, or undefined if it cannot be read. */
function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Dynamic import of a package, for the chunks: code compiled by vm.Script cannot use import() itself. */
const importPackage = (id: string): Promise<unknown> => import(id);

/** The chunks of one bundle directory, each loaded once. */
export class ChunkLoader {
  private readonly chunks = new Map<string, LoadedChunk>();
  private readonly requirePackage: NodeJS.Require;
  private readonly cacheDir: string;

  readonly dir: string;

  /** A loader for the bundle in directory `dir` (dist/cli/). */
  constructor(dir: string) {
    this.dir = resolve(dir);
    this.requirePackage = createRequire(join(this.dir, 'bundle.json'));
    this.cacheDir = join(this.dir, 'code-cache');
  }

  /** The bundle's manifest; throws if the bundle was not built. */
  manifest(): BundleManifest {
    return JSON.parse(readFileSync(join(this.dir, 'bundle.json'), 'utf8')) as BundleManifest;
  }

  /** The exports of chunk `file` (a name in dir), run on first use with its code cache if V8 takes it. */
  load(file: string): object {
    const known = this.chunks.get(file);
    if (known) return known.module.exports;
    const path = join(this.dir, file);
    const source = readFileSync(path, 'utf8');
    const cachedData = readIfThere(join(this.cacheDir, `${file}.bin`));
    const script = new Script(source, { filename: path, cachedData });
    const module = { exports: {} };
    this.chunks.set(file, { module, script });
    const run = script.runInThisContext() as ChunkFunction;
    const require = (id: string): unknown => (id.startsWith('./') ? this.load(id.slice(2)) : this.requirePackage(id));
    run(module.exports, require, module, path, this.dir, importPackage);
    return module.exports;
  }

  /** The chunks loaded so far, in the order they were loaded. */
  loaded(): string[] {
    return [...this.chunks.keys()];
  }

  /** Chunks loaded so far whose code cache V8 rejected or that had none. */
  uncached(): string[] {
    return [...this.chunks].filter(([, c]) => c.script.cachedDataRejected !== false).map(([file]) => file);
  }

  /**
   * Write the code cache of every chunk loaded so far (the build's training runs). Functions run so
   * far, and those compiled from a cache loaded, are in it; so successive runs add to a cache.
   */
  writeCodeCache(): void {
    mkdirSync(this.cacheDir, { recursive: true });
    for (const [file, { script }] of this.chunks) writeFileSync(join(this.cacheDir, `${file}.bin`), script.createCachedData());
  }
}
