/* Static data: constant tables, a CRC-32 table computed and checked, pointers in data. */
#include "vmlab.h"

static const unsigned short squares[16] = { 0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225 };
static unsigned crc_table[256];
const char *messages[] = { "zero", "one", "two" };
static const struct { char op; int prec; } ops[] = { { '+', 1 }, { '-', 1 }, { '*', 2 }, { '/', 2 } };

static unsigned crc32(const char *s) {
  unsigned c = 0xffffffffu;
  while (*s) c = crc_table[(c ^ (unsigned char)*s++) & 0xff] ^ (c >> 8);
  return ~c;
}

int main(void) {
  for (unsigned n = 0; n < 256; n++) {
    unsigned c = n;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[n] = c;
  }
  printf("crc %x\n", crc32("123456789"));
  int sum = 0;
  for (int i = 0; i < 16; i++) sum += squares[i];
  printf("sum %d %s %s\n", sum, messages[1], messages[2]);
  for (int i = 0; i < 4; i++) printf("%c%d ", ops[i].op, ops[i].prec);
  printf("\n");
  return sum % 256;
}
