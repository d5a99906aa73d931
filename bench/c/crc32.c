/* crc32.c: the CRC-32 (IEEE, table-driven) of a 64 KiB buffer, ROUNDS times (bench:run). */
#include "../../test/c/sys.h"

#define SIZE 65536
#define ROUNDS 24

static unsigned int table[256];
static unsigned char data[SIZE];

int main(void) {
  for (unsigned int n = 0; n < 256; n++) {
    unsigned int c = n;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  unsigned int seed = 12345;
  for (int i = 0; i < SIZE; i++) {
    seed = seed * 1103515245u + 12345u;
    data[i] = seed >> 16;
  }
  unsigned int crc = 0;
  for (int round = 0; round < ROUNDS; round++) {
    crc = 0xffffffffu;
    for (int i = 0; i < SIZE; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
    crc ^= 0xffffffffu;
    data[round] ^= crc;
  }
  put_num("crc32: ", (long)crc);
  return 0;
}
