// One training run of the bundle's code cache (scripts/bundle.js runs it): `vmlab ARGS...` through
// the chunk loader, then the code cache of every chunk it loaded written to dist/cli/code-cache/.
import { ChunkLoader } from '../dist/src/cli/chunk-loader.js';

const loader = new ChunkLoader('dist/cli');
const { main } = loader.load(loader.manifest().entry);
const status = await main(process.argv.slice(2));
loader.writeCodeCache();
process.exitCode = status === 0 ? 0 : 1;
