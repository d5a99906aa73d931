import * as ohm from 'ohm-js';
import fs from 'fs';
const g = ohm.grammar(fs.readFileSync('asm/riscv.ohm','utf8'));
const lines = [];
for (let i=0;i<20000;i++) lines.push(`L${i}: addi a${i%8}, sp, ${i%2000} # c`);
const lines2 = lines.map((_, i)=>`    lw a${i%8}, ${i*4}(sp)`);
function run(name, gr, rule, ls) { let t=performance.now(); for (const l of ls) { const m=gr.match(l, rule); if (m.failed()) throw new Error(m.message);} const dt=performance.now()-t; console.log(name, (ls.length/dt*1000).toFixed(0)); }
run('full', g, 'Line', lines);
run('full', g, 'Line', lines);
run('lw', g, 'Line', lines2);
