/*
 * Many functions over many text pages (about 25 KiB of code), called in a scrambled order while
 * they update a 64 KiB table: under a small RAM, text pages holding translated blocks are evicted
 * and read in again, into other frames.
 */
#include "gen.h"
static unsigned data[16 * 1024];
#define F(i) \
  __attribute__((noinline)) static unsigned f##i(unsigned x) { \
    unsigned y = x * (2u * i + 3u) + (i * 7919u % 1000u); \
    for (int j = 0; j < i % 5 + 1; j++) { \
      y ^= y >> (i % 13 + 1); \
      y += i * (unsigned)j + data[(y + j) & 16383]; \
      y = (y << (i % 7 + 1)) | (y >> (32 - (i % 7 + 1))); \
    } \
    data[(x + i) & 16383] += y; \
    return y; \
  }
F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9)
F(10) F(11) F(12) F(13) F(14) F(15) F(16) F(17) F(18) F(19)
F(20) F(21) F(22) F(23) F(24) F(25) F(26) F(27) F(28) F(29)
F(30) F(31) F(32) F(33) F(34) F(35) F(36) F(37) F(38) F(39)
F(40) F(41) F(42) F(43) F(44) F(45) F(46) F(47) F(48) F(49)
F(50) F(51) F(52) F(53) F(54) F(55) F(56) F(57) F(58) F(59)
F(60) F(61) F(62) F(63) F(64) F(65) F(66) F(67) F(68) F(69)
F(70) F(71) F(72) F(73) F(74) F(75) F(76) F(77) F(78) F(79)
F(80) F(81) F(82) F(83) F(84) F(85) F(86) F(87) F(88) F(89)
F(90) F(91) F(92) F(93) F(94) F(95) F(96) F(97) F(98) F(99)
F(100) F(101) F(102) F(103) F(104) F(105) F(106) F(107) F(108) F(109)
F(110) F(111) F(112) F(113) F(114) F(115) F(116) F(117) F(118) F(119)
F(120) F(121) F(122) F(123) F(124) F(125) F(126) F(127) F(128) F(129)
F(130) F(131) F(132) F(133) F(134) F(135) F(136) F(137) F(138) F(139)
F(140) F(141) F(142) F(143) F(144) F(145) F(146) F(147) F(148) F(149)
F(150) F(151) F(152) F(153) F(154) F(155) F(156) F(157) F(158) F(159)
static unsigned (*const fs[])(unsigned) = {
  f0, f1, f2, f3, f4, f5, f6, f7, f8, f9,
  f10, f11, f12, f13, f14, f15, f16, f17, f18, f19,
  f20, f21, f22, f23, f24, f25, f26, f27, f28, f29,
  f30, f31, f32, f33, f34, f35, f36, f37, f38, f39,
  f40, f41, f42, f43, f44, f45, f46, f47, f48, f49,
  f50, f51, f52, f53, f54, f55, f56, f57, f58, f59,
  f60, f61, f62, f63, f64, f65, f66, f67, f68, f69,
  f70, f71, f72, f73, f74, f75, f76, f77, f78, f79,
  f80, f81, f82, f83, f84, f85, f86, f87, f88, f89,
  f90, f91, f92, f93, f94, f95, f96, f97, f98, f99,
  f100, f101, f102, f103, f104, f105, f106, f107, f108, f109,
  f110, f111, f112, f113, f114, f115, f116, f117, f118, f119,
  f120, f121, f122, f123, f124, f125, f126, f127, f128, f129,
  f130, f131, f132, f133, f134, f135, f136, f137, f138, f139,
  f140, f141, f142, f143, f144, f145, f146, f147, f148, f149,
  f150, f151, f152, f153, f154, f155, f156, f157, f158, f159,
};
int main(void) {
  unsigned h = 1, k = 12345;
  for (int r = 0; r < 1000; r++) {
    k = k * 1103515245u + 12345u;
    h = hashu(h, fs[(k >> 8) % (sizeof fs / sizeof fs[0])](h));
  }
  put_num("h ", (long)h);
  return h & 0x7f;
}
