/* bytecode.c: a stack machine's loop of 300,000 rounds: a switch compiled to a jump table, each case jumping back to the dispatch (bench:run). */
#include "../../test/c/sys.h"
enum { PUSH, ADD, SUB, DUP, JNZ, DEC, SWAP, POP, HALT, MUL, OVER };
static const int prog[] = { PUSH, 0, PUSH, 300000, /* acc n */ DUP, JNZ, 9, POP, HALT,
  /*9*/ SWAP, PUSH, 3, ADD, DUP, PUSH, 7, MUL, POP, SWAP, DEC, PUSH, 1, JNZ, 4 };
int main(void) {
  int st[64], sp = 0, pc = 0;
  for (;;) {
    switch (prog[pc++]) {
    case PUSH: st[sp++] = prog[pc++]; break;
    case ADD: sp--; st[sp - 1] += st[sp]; break;
    case SUB: sp--; st[sp - 1] -= st[sp]; break;
    case MUL: sp--; st[sp - 1] *= st[sp]; break;
    case DUP: st[sp] = st[sp - 1]; sp++; break;
    case OVER: st[sp] = st[sp - 2]; sp++; break;
    case POP: sp--; break;
    case SWAP: { int t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } break;
    case DEC: st[sp - 1]--; break;
    case JNZ: { int t = prog[pc++]; if (st[--sp]) pc = t; } break;
    case HALT: put_num("acc: ", st[sp - 1]); return 0;
    }
  }
}
