// The assembler's grammar, precompiled (npm run build): ohm-js's recipe of asm/riscv.ohm, written
// to dist/asm/riscv.recipe.json. asm/parse.ts builds the grammar from it when it is there (the
// compiled assembler in dist/), which is many times faster than ohm-js compiling the .ohm source;
// run from source (the tests), parse.ts compiles asm/riscv.ohm itself.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as ohm from 'ohm-js';

const grammar = ohm.grammar(readFileSync('asm/riscv.ohm', 'utf8'));
mkdirSync('dist/asm', { recursive: true });
writeFileSync('dist/asm/riscv.recipe.json', grammar.toRecipe());
