import { defineConfig } from 'vitest/config';

// The live oracle: needs binutils-riscv64-unknown-elf, gcc-riscv64-unknown-elf and qemu-user.
export default defineConfig({
  test: {
    include: ['test/oracle/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/temp-root.ts'],
  },
});
