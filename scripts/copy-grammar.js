// The grammar is read at run time next to the compiled parser: copy it into dist/.
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync('dist/asm', { recursive: true });
copyFileSync('asm/riscv.ohm', 'dist/asm/riscv.ohm');
