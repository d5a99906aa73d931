/* RV32I encoders for generated code. */
#include "sys.h"
#define PROT_EXEC 4
enum { ZERO = 0, RA = 1, SP = 2, T0 = 5, T1 = 6, T2 = 7, A0 = 10, A1 = 11, A2 = 12, A3 = 13 };
static inline unsigned I(int op, int f3, int rd, int rs1, int imm) { return ((unsigned)(imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op; }
static inline unsigned ADDI(int rd, int rs1, int imm) { return I(0x13, 0, rd, rs1, imm); }
static inline unsigned LW(int rd, int rs1, int imm) { return I(0x03, 2, rd, rs1, imm); }
static inline unsigned SW(int rs2, int rs1, int imm) { return ((unsigned)((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (2 << 12) | ((imm & 31) << 7) | 0x23; }
static inline unsigned ADD(int rd, int rs1, int rs2) { return (rs2 << 20) | (rs1 << 15) | (rd << 7) | 0x33; }
static inline unsigned MUL(int rd, int rs1, int rs2) { return (1u << 25) | (rs2 << 20) | (rs1 << 15) | (rd << 7) | 0x33; }
static inline unsigned BR(int f3, int rs1, int rs2, int off) {
  return ((unsigned)((off >> 12) & 1) << 31) | (((off >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (((off >> 1) & 0xf) << 8) | (((off >> 11) & 1) << 7) | 0x63;
}
static inline unsigned BNE(int a, int b, int off) { return BR(1, a, b, off); }
static inline unsigned JAL(int rd, int off) {
  return ((unsigned)((off >> 20) & 1) << 31) | (((off >> 1) & 0x3ff) << 21) | (((off >> 11) & 1) << 20) | (((off >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;
}
static inline unsigned JALR(int rd, int rs1, int imm) { return I(0x67, 0, rd, rs1, imm); }
#define RET 0x00008067u
#define FENCE_I() __asm__ volatile(".word 0x0000100f" ::: "memory")
typedef int (*fn1)(int);
static void *rwx(size_t n) { return mmap(0, n, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); }
static unsigned hashu(unsigned h, unsigned v) { return (h ^ v) * 16777619u; }
